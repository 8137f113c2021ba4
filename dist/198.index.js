export const id = 198;
export const ids = [198];
export const modules = {

/***/ 18198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sweepCommand: () => (/* binding */ sweepCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/multiplier.ts
var config_multiplier = __webpack_require__(56339);
// EXTERNAL MODULE: ./src/results/group.ts
var group = __webpack_require__(44461);
// EXTERNAL MODULE: ./src/results/median.ts
var median = __webpack_require__(49214);
// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(85468);
// EXTERNAL MODULE: ./src/config/options.ts + 1 modules
var options = __webpack_require__(90866);
// EXTERNAL MODULE: ./src/compare/harbor-score.ts
var harbor_score = __webpack_require__(61494);
;// CONCATENATED MODULE: ./src/compare/sweep.ts
/** A sweep's analysis: each multiplier against the 1x run with the same paired test. Pure. */






function analyzeSweep(runs, thresholds = options/* DEFAULT_THRESHOLDS */.JJ) {
    const order = (0,config_multiplier/* orderMultipliers */.RQ)(runs.map((r) => r.profile.multiplier));
    const ordered = [...runs].sort((a, b) => order.indexOf(a.profile.multiplier) - order.indexOf(b.profile.multiplier));
    const ref = ordered.find((r) => r.profile.multiplier === 1) ?? ordered[0];
    const points = ordered.map((r) => {
        const peak = (0,median/* medianOf */.u)(r.trials, (t) => t.peakMemoryBytes);
        if (r === ref)
            return {
                multiplier: r.profile.multiplier,
                summary: r.summary,
                harborScore: (0,harbor_score/* harborScore */.j)(r),
                medianPeakMemoryBytes: peak,
                efficiency: [],
                delta: 0,
                pValue: null,
                significant: false,
            };
        const v = (0,compare/* compareRuns */.qB)(ref, r, thresholds);
        // Two-sided: a change either way is a finding in a sweep.
        const p = v.successRate.pValue === null ? null : Math.min(1, 2 * v.successRate.pValue);
        return {
            multiplier: r.profile.multiplier,
            summary: r.summary,
            harborScore: (0,harbor_score/* harborScore */.j)(r),
            medianPeakMemoryBytes: peak,
            efficiency: v.efficiency,
            delta: v.successRate.delta,
            pValue: p,
            significant: p !== null && p < thresholds.alpha,
        };
    });
    let differsFrom = null;
    for (let i = points.length - 1; i >= 0 && points[i].significant; i--)
        differsFrom = points[i].multiplier;
    const byTask = ordered.map((r) => (0,group/* groupBy */.$)(r.trials, (t) => t.task));
    const tasks = [...new Set(byTask.flatMap((g) => [...g.keys()]))].sort();
    const changedTasks = tasks
        .map((task) => ({ task, counts: byTask.map((g) => (0,compare/* countTask */.J4)(g.get(task) ?? [])) }))
        .filter(({ counts }) => new Set(counts.map((c) => c.rate)).size > 1);
    const refIndex = ordered.indexOf(ref);
    const capBound = changedTasks.flatMap(({ task, counts }) => {
        const rate = (i) => counts[i].rate ?? -1;
        const larger = counts.map((_, i) => i).filter((i) => i > refIndex);
        const best = larger.reduce((b, i) => (rate(i) > rate(b) ? i : b), larger[0] ?? refIndex);
        return larger.length && rate(best) > rate(refIndex) ? [{ task, at: ordered[best].profile.multiplier }] : [];
    });
    const oracle = ordered.every((r) => r.run.agent === 'oracle');
    return { reference: ref.profile.multiplier, points, differsFrom, changedTasks, capBound, oracle, alpha: thresholds.alpha };
}

// EXTERNAL MODULE: ./src/results/io.ts
var io = __webpack_require__(65480);
// EXTERNAL MODULE: ./src/report/chart.ts
var chart = __webpack_require__(70194);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/harbor-score.ts
var report_harbor_score = __webpack_require__(26681);
;// CONCATENATED MODULE: ./src/report/sweep.ts







const passesOfValid = (c) => `${c.pass}/${c.trials - c.error}`;
/** Whether a sweep's runs have Harbor tasks: then its tables show the Harbor-equivalent score beside the rates. */
const hasHarbor = (a) => a.points.some((p) => p.harborScore);
function sweepMarkdown(a, title) {
    const ref = (0,config_multiplier/* multiplierLabel */.QF)(a.reference);
    const harbor = hasHarbor(a);
    const rows = a.points.map((p) => {
        const s = p.summary;
        const vs = p.multiplier === a.reference ? 'reference' : `${(0,format/* pts */.UM)(p.delta)}, ${(0,format/* pText */.C6)(p.pValue)}${p.significant ? ' — **significant**' : ''}`;
        const peak = (0,format/* orDash */.gR)(p.medianPeakMemoryBytes, units/* formatBytes */.z3);
        const cells = [
            (0,config_multiplier/* multiplierLabel */.QF)(p.multiplier),
            `${(0,format/* pct */.Oe)(s.successRate)} (${(0,format/* interval */.YP)(s.successRateCI95)})`,
            (0,format/* pct */.Oe)(s.infraErrorRate),
            (0,format/* pct */.Oe)(s.limitRate),
            ...(harbor ? [(0,format/* pct */.Oe)(p.harborScore?.score)] : []),
            peak,
            vs,
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const finding = a.differsFrom === null
        ? `No multiplier's success rate differs significantly from ${ref} (two-sided paired test, α = ${a.alpha}).`
        : `From **${(0,config_multiplier/* multiplierLabel */.QF)(a.differsFrom)}** on, success differs significantly from ${ref} (two-sided paired test, α = ${a.alpha}): ` +
            `the ${ref} caps cost the agent tasks that more resources would have passed.`;
    const taskRows = a.changedTasks.map((t) => `| ${(0,report_escape/* escapeMarkdown */.FV)(t.task)} | ${t.counts.map((c) => `${passesOfValid(c)}${c.limit ? ` (${c.limit} limit)` : ''}`).join(' | ')} |`);
    return [
        `### bakeoff sweep — ${(0,report_escape/* escapeMarkdown */.FV)(title)}`,
        '',
        `| multiplier | success rate (95% CI) | infra-error rate | limit rate |${harbor ? ` ${report_harbor_score/* HARBOR_SCORE_LABEL */.DQ} |` : ''} median peak memory | vs ${ref} |`,
        `|---|---:|---:|---:|${harbor ? '---:|' : ''}---:|---|`,
        ...rows,
        '',
        ...(harbor ? [`<sub>${report_harbor_score/* HARBOR_SCORE_NOTE */.$Q}</sub>`, ''] : []),
        finding,
        '',
        sweepMermaid(a),
        '',
        ...capBoundLines(a).flatMap((l) => [l, '']),
        ...efficiencyLines(a),
        ...(a.changedTasks.length
            ? [
                'Tasks whose outcome depends on the caps (passes / valid trials):',
                '',
                `| task | ${a.points.map((p) => (0,config_multiplier/* multiplierLabel */.QF)(p.multiplier)).join(' | ')} |`,
                `|---|${a.points.map(() => '---:').join('|')}|`,
                ...taskRows,
            ]
            : ['No task changed outcome across multipliers.']),
    ].join('\n');
}
/** What each metric costs at each multiplier against the reference (geometric mean over tasks of the ratio): the trade-off a sweep shows. */
function efficiencyLines(a) {
    const others = a.points.filter((p) => p.multiplier !== a.reference);
    const metrics = [...new Set(others.flatMap((p) => p.efficiency.filter((r) => r.ratio !== null).map((r) => r.metric)))];
    if (!metrics.length)
        return [];
    const cell = (p, metric) => {
        const r = p.efficiency.find((x) => x.metric === metric);
        return r?.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`;
    };
    return [
        `Cost against ${(0,config_multiplier/* multiplierLabel */.QF)(a.reference)} (per task, then the geometric mean over tasks):`,
        '',
        `| metric | ${others.map((p) => (0,config_multiplier/* multiplierLabel */.QF)(p.multiplier)).join(' | ')} |`,
        `|---|${others.map(() => '---:').join('|')}|`,
        ...metrics.slice(0, 20).map((m) => `| ${(0,report_escape/* escapeMarkdown */.FV)(m, 64)} | ${others.map((p) => cell(p, m)).join(' | ')} |`),
        '',
    ];
}
/** The tasks the caps decide, in words; for the oracle, tasks that measure the harness rather than any agent. */
function capBoundLines(a, escape = (t) => (0,report_escape/* escapeMarkdown */.FV)(t, 100)) {
    if (!a.capBound.length)
        return [];
    const ref = (0,config_multiplier/* multiplierLabel */.QF)(a.reference);
    const list = a.capBound.map((t) => `${escape(t.task)} (better at ${(0,config_multiplier/* multiplierLabel */.QF)(t.at)})`).join(', ');
    return a.oracle
        ? [
            `Infeasible under the ${ref} caps: the reference solution fails at ${ref} but does better with more resources — ${list}. ` +
                'These tasks measure the harness, not the agent.',
        ]
        : [`Cap-bound at ${ref}: ${list}.`];
}
function sweepMermaid(a) {
    const labels = a.points.map((p) => `"${(0,config_multiplier/* multiplierLabel */.QF)(p.multiplier)}"`);
    const share = (k) => a.points.map((p) => (p.summary.trials ? Number(((p.summary[k] / p.summary.trials) * 100).toFixed(1)) : 0));
    return (0,chart/* mermaidXyChart */.X)({
        title: 'Success rate and limit rate by resource multiplier (%)',
        x: labels,
        yLabel: '%',
        bar: a.points.map((p) => Number(((p.summary.successRate ?? 0) * 100).toFixed(1))),
        line: share('limit'),
    });
}
/** One SVG element; attributes keep their order (tests and readers find them by it). */
function svg(tag, attrs) {
    return `<${tag} ${Object.entries(attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ')}/>`;
}
const COLORS = { pass: '#2da44e', fail: '#cf222e', limit: '#bf8700', error: '#8c959f' };
/** Stacked outcome bars per multiplier with the success rate and its CI; significant differences starred. */
function sweepSvg(a, title) {
    const W = Math.max(120 * a.points.length + 120, 760);
    const taskRows = a.changedTasks.slice(0, 10);
    const gridTop = 338;
    const H = 360 + (taskRows.length ? 30 + taskRows.length * 22 : 0);
    const top = 50;
    const plotH = 240;
    const left = 60;
    const y = (f) => top + plotH * (1 - f);
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
    parts.push(`<title>${(0,report_escape/* escapeXml */.X)(title)}</title>`, `<text x="${left}" y="24" font-size="15" font-weight="bold">${(0,report_escape/* escapeXml */.X)(title)}</text>`);
    for (const f of [0, 0.25, 0.5, 0.75, 1]) {
        parts.push(`<line x1="${left}" x2="${W - 20}" y1="${y(f)}" y2="${y(f)}" stroke="#d0d7de"/>`, `<text x="${left - 8}" y="${y(f) + 4}" text-anchor="end">${f * 100}%</text>`);
    }
    a.points.forEach((p, i) => {
        const x = left + 30 + i * 120;
        const n = p.summary.trials || 1;
        let acc = 0;
        for (const k of ['pass', 'fail', 'limit', 'error']) {
            const f = p.summary[k] / n;
            if (f > 0) {
                const share = { 'data-multiplier': (0,config_multiplier/* multiplierLabel */.QF)(p.multiplier), 'data-outcome': k, 'data-share': f.toFixed(4) };
                parts.push(svg('rect', { ...share, x, y: y(acc + f), width: 60, height: (plotH * f).toFixed(2), fill: COLORS[k] }));
            }
            acc += f;
        }
        const s = p.summary.successRate;
        const ci = p.summary.successRateCI95;
        if (s !== null && ci) {
            parts.push(`<line x1="${x + 30}" x2="${x + 30}" y1="${y(ci[1])}" y2="${y(ci[0])}" stroke="#000" stroke-width="1.5"/>`);
            parts.push(svg('circle', { 'data-multiplier': (0,config_multiplier/* multiplierLabel */.QF)(p.multiplier), 'data-success': s.toFixed(4), cx: x + 30, cy: y(s), r: 4, fill: '#000' }));
        }
        parts.push(`<text x="${x + 30}" y="${top + plotH + 20}" text-anchor="middle">${(0,report_escape/* escapeXml */.X)((0,config_multiplier/* multiplierLabel */.QF)(p.multiplier))}${p.significant ? ' *' : ''}</text>`);
    });
    // Tasks whose outcome depends on the caps: one row each, a cell per multiplier shaded by its pass rate.
    if (taskRows.length)
        parts.push(`<text x="${left}" y="${gridTop}" font-weight="bold">tasks that change with the caps (pass rate)</text>`);
    taskRows.forEach((t, r) => {
        const rowY = gridTop + 12 + r * 22;
        t.counts.forEach((c, i) => {
            const x = left + 30 + i * 120;
            const rate = c.rate ?? 0;
            const cell = { 'data-task': (0,report_escape/* escapeXml */.X)(t.task), 'data-multiplier': (0,config_multiplier/* multiplierLabel */.QF)(a.points[i].multiplier), 'data-pass-rate': rate.toFixed(4) };
            const shade = { fill: COLORS.pass, 'fill-opacity': (0.1 + 0.9 * rate).toFixed(2), stroke: '#d0d7de' };
            parts.push(svg('rect', { ...cell, x, y: rowY, width: 60, height: 16, ...shade }));
            parts.push(`<text x="${x + 30}" y="${rowY + 12}" text-anchor="middle" font-size="10">${passesOfValid(c)}</text>`);
        });
        parts.push(`<text x="${left + 30 + t.counts.length * 120}" y="${rowY + 12}">${(0,report_escape/* escapeXml */.X)(t.task.slice(0, 40))}</text>`);
    });
    const legend = Object.entries(COLORS).map(([k, c], i) => `<rect x="${left + i * 90}" y="${H - 30}" width="12" height="12" fill="${c}"/><text x="${left + i * 90 + 16}" y="${H - 20}">${k}</text>`);
    parts.push(...legend, `<text x="${left + 370}" y="${H - 20}">● success rate, 95% CI · * differs from ${(0,report_escape/* escapeXml */.X)((0,config_multiplier/* multiplierLabel */.QF)(a.reference))} (p &lt; ${a.alpha})</text>`);
    parts.push('</svg>');
    return parts.join('\n') + '\n';
}
/** The sweep for a terminal. */
function sweepTerminal(a) {
    const ref = (0,config_multiplier/* multiplierLabel */.QF)(a.reference);
    const harbor = hasHarbor(a);
    const rows = a.points.map((p) => [
        (0,config_multiplier/* multiplierLabel */.QF)(p.multiplier),
        (0,format/* pct */.Oe)(p.summary.successRate),
        (0,format/* interval */.YP)(p.summary.successRateCI95),
        (0,format/* pct */.Oe)(p.summary.infraErrorRate),
        (0,format/* pct */.Oe)(p.summary.limitRate),
        ...(harbor ? [(0,format/* pct */.Oe)(p.harborScore?.score)] : []),
        (0,format/* orDash */.gR)(p.medianPeakMemoryBytes, units/* formatBytes */.z3),
        p.multiplier === a.reference ? 'reference' : `${(0,format/* pts */.UM)(p.delta)}, ${(0,format/* pText */.C6)(p.pValue)}${p.significant ? ' *' : ''}`,
    ]);
    const head = ['multiplier', 'success', '95% CI', 'infra err', 'limit', ...(harbor ? ['harbor'] : []), 'peak mem', `vs ${ref}`];
    const lines = [(0,table/* textTable */.e)(head, rows, [false, true, true, true, true, ...(harbor ? [true] : []), true, false]), ''];
    if (harbor)
        lines.push(`harbor: ${report_harbor_score/* HARBOR_SCORE_NOTE */.$Q}`, '');
    lines.push(a.differsFrom === null
        ? `no multiplier differs significantly from ${ref}`
        : `from ${(0,config_multiplier/* multiplierLabel */.QF)(a.differsFrom)} on, success differs significantly from ${ref}`);
    lines.push(...capBoundLines(a, (t) => (0,report_escape/* escapeTerminal */.en)(t, 40)));
    for (const t of a.changedTasks.slice(0, 20))
        lines.push(`  ${(0,report_escape/* escapeTerminal */.en)(t.task, 40).padEnd(24)} ${t.counts.map((c, i) => `${(0,config_multiplier/* multiplierLabel */.QF)(a.points[i].multiplier)} ${passesOfValid(c)}`).join('  ')}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/runner/run.ts + 26 modules
var run = __webpack_require__(95615);
// EXTERNAL MODULE: ./src/app/preflight.ts
var preflight = __webpack_require__(1424);
// EXTERNAL MODULE: ./src/app/run.ts + 2 modules
var app_run = __webpack_require__(34629);
;// CONCATENATED MODULE: ./src/app/sweep.ts
/** A sweep: the suite at several multipliers, all arms interleaved on one scheduler so drift hits them alike. */









async function sweepMultipliers(session, opts) {
    const outputs = [{ name: 'out', path: opts.outDir, kind: 'dir' }];
    await (0,preflight/* preflight */.Mz)(session, (0,preflight/* preflightRequest */.Dp)(opts.checks, { multipliers: opts.multipliers, tasksGlob: opts.tasksGlob, outputs, log: opts.log }));
    (0,external_node_fs_.mkdirSync)(opts.outDir, { recursive: true });
    const name = (m) => `results-${(0,config_multiplier/* multiplierLabel */.QF)(m)}`;
    const outcomes = await (0,run/* runInterleaved */.Ns)(opts.multipliers.map((multiplier) => ({
        suite: session.suite,
        profile: session.profile,
        multiplier,
        label: (0,config_multiplier/* multiplierLabel */.QF)(multiplier),
        trials: opts.trials,
        tasksGlob: opts.tasksGlob,
        eventsFile: (0,external_node_path_.join)(opts.outDir, `${name(multiplier)}.events.jsonl`),
        agentLogsDir: (0,external_node_path_.join)(opts.outDir, `${name(multiplier)}.json.agent-logs`),
        resume: false,
        ref: opts.ref,
    })), (0,app_run/* onEngine */.e)(opts, session));
    const runs = outcomes.map((o) => o.results);
    const results = opts.multipliers.map((m, i) => {
        const file = (0,external_node_path_.join)(opts.outDir, `${name(m)}.json`);
        (0,io/* writeJsonAtomic */.ZJ)(file, runs[i]);
        return file;
    });
    const analysis = analyzeSweep(runs, opts.thresholds);
    const title = `${session.suite.value.name} × ${session.profile.value.name}`;
    const files = { markdown: (0,external_node_path_.join)(opts.outDir, 'sweep.md'), svg: (0,external_node_path_.join)(opts.outDir, 'sweep.svg'), json: (0,external_node_path_.join)(opts.outDir, 'sweep.json'), results };
    (0,external_node_fs_.writeFileSync)(files.markdown, sweepMarkdown(analysis, title) + '\n');
    (0,external_node_fs_.writeFileSync)(files.svg, sweepSvg(analysis, `bakeoff sweep: ${title}`));
    (0,io/* writeJsonAtomic */.ZJ)(files.json, { schema: 'bakeoff.sweep/v1', ...analysis });
    return { analysis, runs, files, terminal: sweepTerminal(analysis), interrupted: outcomes.some((o) => o.interrupted) };
}

// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var common = __webpack_require__(52090);
// EXTERNAL MODULE: ./src/commands/signals.ts
var signals = __webpack_require__(35055);
;// CONCATENATED MODULE: ./src/commands/sweep.ts



async function sweepCommand(flags, io) {
    const { trials, concurrency, multipliers } = (0,common/* parseCommonFlags */.Gc)(flags);
    const session = await (0,common/* sessionFor */.w)(flags, io);
    return (0,signals/* withSignals */.M)(io, async (signal, exitCode) => {
        const out = await sweepMultipliers(session, {
            multipliers: multipliers,
            outDir: flags.out,
            trials,
            tasksGlob: flags.tasks,
            ref: (0,common/* detectRef */.Vt)(flags.suite),
            concurrency,
            signal,
            checks: { where: 'cli', allowMissingImages: Boolean(flags.allowMissingImages) },
        });
        if (out.interrupted) {
            io.stderr(`bakeoff: sweep interrupted; finished trials are in ${flags.out}/*.events.jsonl\n`);
            return exitCode();
        }
        io.stdout(`${out.terminal}\nwritten: ${out.files.markdown}, ${out.files.svg}, ${out.files.json}, ${out.files.results.join(', ')}\n`);
        return common/* EXIT */.dc.ok;
    });
}


/***/ })

};
