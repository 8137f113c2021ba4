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
;// CONCATENATED MODULE: ./src/report/sweep.ts






const passesOfValid = (c) => `${c.pass}/${c.trials - c.error}`;
function sweepMarkdown(a, title) {
    const ref = (0,config_multiplier/* multiplierLabel */.QF)(a.reference);
    const rows = a.points.map((p) => {
        const s = p.summary;
        const vs = p.multiplier === a.reference ? 'reference' : `${(0,format/* pts */.UM)(p.delta)}, ${(0,format/* pText */.C6)(p.pValue)}${p.significant ? ' — **significant**' : ''}`;
        const peak = (0,format/* orDash */.gR)(p.medianPeakMemoryBytes, units/* formatBytes */.z3);
        const cells = [
            (0,config_multiplier/* multiplierLabel */.QF)(p.multiplier),
            `${(0,format/* pct */.Oe)(s.successRate)} (${(0,format/* interval */.YP)(s.successRateCI95)})`,
            (0,format/* pct */.Oe)(s.infraErrorRate),
            (0,format/* pct */.Oe)(s.limitRate),
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
        '| multiplier | success rate (95% CI) | infra-error rate | limit rate | median peak memory | vs ' + ref + ' |',
        '|---|---:|---:|---:|---:|---|',
        ...rows,
        '',
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
    const rows = a.points.map((p) => [
        (0,config_multiplier/* multiplierLabel */.QF)(p.multiplier),
        (0,format/* pct */.Oe)(p.summary.successRate),
        (0,format/* interval */.YP)(p.summary.successRateCI95),
        (0,format/* pct */.Oe)(p.summary.infraErrorRate),
        (0,format/* pct */.Oe)(p.summary.limitRate),
        (0,format/* orDash */.gR)(p.medianPeakMemoryBytes, units/* formatBytes */.z3),
        p.multiplier === a.reference ? 'reference' : `${(0,format/* pts */.UM)(p.delta)}, ${(0,format/* pText */.C6)(p.pValue)}${p.significant ? ' *' : ''}`,
    ]);
    const lines = [
        (0,table/* textTable */.e)(['multiplier', 'success', '95% CI', 'infra err', 'limit', 'peak mem', `vs ${ref}`], rows, [false, true, true, true, true, true, false]),
        '',
    ];
    lines.push(a.differsFrom === null
        ? `no multiplier differs significantly from ${ref}`
        : `from ${(0,config_multiplier/* multiplierLabel */.QF)(a.differsFrom)} on, success differs significantly from ${ref}`);
    lines.push(...capBoundLines(a, (t) => (0,report_escape/* escapeTerminal */.en)(t, 40)));
    for (const t of a.changedTasks.slice(0, 20))
        lines.push(`  ${(0,report_escape/* escapeTerminal */.en)(t.task, 40).padEnd(24)} ${t.counts.map((c, i) => `${(0,config_multiplier/* multiplierLabel */.QF)(a.points[i].multiplier)} ${passesOfValid(c)}`).join('  ')}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/runner/run.ts + 18 modules
var run = __webpack_require__(35137);
// EXTERNAL MODULE: ./src/app/preflight.ts
var preflight = __webpack_require__(1424);
// EXTERNAL MODULE: ./src/app/run.ts + 2 modules
var app_run = __webpack_require__(34629);
;// CONCATENATED MODULE: ./src/app/sweep.ts
/** A sweep: the suite at several multipliers, all arms interleaved on one scheduler so drift hits them alike. */









async function sweepMultipliers(session, opts) {
    const outputs = [{ name: 'out', path: opts.outDir, kind: 'dir' }];
    await (0,preflight/* preflight */.Mz)(session, (0,preflight/* preflightRequest */.Dp)(opts.checks, { multipliers: opts.multipliers, tasksGlob: opts.tasksGlob, outputs }));
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

// EXTERNAL MODULE: ./src/commands/common.ts + 2 modules
var common = __webpack_require__(92168);
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


/***/ }),

/***/ 85468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pp: () => (/* binding */ byTask),
  qB: () => (/* binding */ compareRuns),
  J4: () => (/* binding */ countTask)
});

// EXTERNAL MODULE: ./src/results/group.ts
var group = __webpack_require__(44461);
// EXTERNAL MODULE: ./src/results/wilson.ts
var wilson = __webpack_require__(80240);
;// CONCATENATED MODULE: ./src/compare/diff.ts
function flatten(value, prefix = '', out = {}) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else
        out[prefix] = value;
    return out;
}
function keyDiff(base, head) {
    const a = flatten(base);
    const b = flatten(head);
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((key) => ({ key, base: a[key] ?? null, head: b[key] ?? null }));
}
/** The profile as it shaped the trials: its name, multiplier and the caps really applied. */
function profileDiff(base, head) {
    const view = (r) => ({ name: r.profile.name, multiplier: r.profile.multiplier, ...r.profile.resolved });
    return keyDiff(view(base), view(head));
}
/** What of the machine can move a score: CPU count, memory, Docker and cgroup versions. */
function environmentDiff(base, head) {
    const view = (r) => ({
        'host.cpus': r.environment.host.cpus,
        'host.memoryBytes': r.environment.host.memoryBytes,
        'docker.version': r.environment.docker.version,
        'docker.cgroupVersion': r.environment.docker.cgroupVersion,
    });
    return keyDiff(view(base), view(head));
}
/**
 * Per task both runs list, what it ran on beyond the profile: its image (the tag as written and the
 * ID it pointed at, when both runs recorded one) and the timeouts it ran under where either run
 * records its own. A change is a harness change, as a profile's is.
 */
function tasksDiff(base, head) {
    const before = new Map(base.suite.tasks.map((t) => [t.id, t]));
    return head.suite.tasks.flatMap((h) => {
        const b = before.get(h.id);
        return b ? keyDiff(taskView(b, h, base), taskView(h, b, head)).map((c) => ({ ...c, key: `tasks.${h.id}.${c.key}` })) : [];
    });
}
function taskView(t, other, r) {
    return {
        image: t.image,
        ...(t.imageId !== undefined && other.imageId !== undefined ? { imageId: t.imageId } : {}),
        ...(t.timeouts || other.timeouts ? { timeouts: t.timeouts ?? r.profile.resolved.timeouts } : {}),
    };
}

// EXTERNAL MODULE: ./src/compare/stats.ts
var stats = __webpack_require__(64856);
// EXTERNAL MODULE: ./src/config/options.ts + 1 modules
var options = __webpack_require__(90866);
// EXTERNAL MODULE: ./src/compare/verdict.ts
var compare_verdict = __webpack_require__(57682);
// EXTERNAL MODULE: ./src/compare/efficiency.ts
var compare_efficiency = __webpack_require__(67518);
// EXTERNAL MODULE: ./src/results/summary.ts
var summary = __webpack_require__(64042);
// EXTERNAL MODULE: ./src/compare/numbers.ts
var numbers = __webpack_require__(39349);
;// CONCATENATED MODULE: ./src/compare/compare.ts
/** Base vs head: pairing by task, the paired tests, the interval, the MDE and the verdict (docs/design.md §7). Pure. */









const VERDICT_SCHEMA = 'bakeoff.verdict/v1';
function countTask(trials) {
    const c = { pass: 0, fail: 0, limit: 0, error: 0 };
    const reasons = {};
    for (const t of trials) {
        c[t.outcome]++;
        if (t.outcome !== 'pass')
            reasons[t.reason ?? t.outcome] = (reasons[t.reason ?? t.outcome] ?? 0) + 1;
    }
    const valid = trials.length - c.error;
    return { trials: trials.length, ...c, rate: valid > 0 ? c.pass / valid : null, reasons };
}
/** Per task, its counts over the trials the file has of it. */
function byTask(results) {
    return new Map([...(0,group/* groupBy */.$)(results.trials, (t) => t.task)].map(([k, v]) => [k, countTask(v)]));
}
/** A paired test on a per-task fraction (errors or limits over trials) over tasks run on both sides. */
function pairedRate(rows, pick, base, head, key) {
    const both = rows.filter((r) => r.base && r.head && r.base.trials > 0 && r.head.trials > 0);
    const diffs = both.map((r) => pick(r.head) / r.head.trials - pick(r.base) / r.base.trials);
    const denominators = both.flatMap((r) => [r.base.trials, r.head.trials]);
    const test = (0,stats/* signFlipTest */.tf)(diffs, { alternative: 'greater', denominators });
    const b = base.summary[key];
    const h = head.summary[key];
    return { base: b, head: h, delta: b === null || h === null ? null : h - b, pValue: test?.pValue ?? null, alternative: 'greater' };
}
/** The smallest nonzero difference of two rates over these valid trial counts: 1/lcm(t_base, t_head) at the finest task. */
function smallestStep(trialsBase, trialsHead) {
    let step = 1;
    for (let i = 0; i < trialsBase.length; i++)
        step = Math.min(step, (0,numbers/* gcd */.p_)(trialsBase[i], trialsHead[i]) / (trialsBase[i] * trialsHead[i]));
    return step;
}
/** Below this one-sided p, a drop that is not significant is still reported as leaning worse. */
const LEANING_P = 0.2;
function compareRuns(givenBase, givenHead, thresholds = options/* DEFAULT_THRESHOLDS */.JJ) {
    // Everything from the trials: a file's own summary is never believed.
    const base = { ...givenBase, summary: (0,summary/* summarize */.e)(givenBase.trials) };
    const head = { ...givenHead, summary: (0,summary/* summarize */.e)(givenHead.trials) };
    const b = byTask(base);
    const h = byTask(head);
    const ids = [...new Set([...b.keys(), ...h.keys()])].sort();
    const rows = ids.map((task) => {
        const bc = b.get(task) ?? null;
        const hc = h.get(task) ?? null;
        if (!bc)
            return { task, base: null, head: hc, delta: null, status: 'added' };
        if (!hc)
            return { task, base: bc, head: null, delta: null, status: 'removed' };
        if (bc.rate === null || hc.rate === null)
            return { task, base: bc, head: hc, delta: null, status: 'excluded' };
        return { task, base: bc, head: hc, delta: hc.rate - bc.rate, status: 'paired' };
    });
    const paired = rows.filter((r) => r.status === 'paired');
    const diffs = paired.map((r) => r.delta);
    const denominators = paired.flatMap((r) => [r.base.trials - r.base.error, r.head.trials - r.head.error]);
    const tails = (0,stats/* signFlipBothWays */.i8)(diffs, { denominators });
    const validPerTask = (side) => paired.map((r) => r[side].trials - r[side].error);
    const spread = (0,stats/* pairedSpread */.B$)(diffs, (0,stats/* worstTaskVariance */.C3)(validPerTask('base'), validPerTask('head')));
    const ci95 = (0,stats/* meanInterval */.VO)(spread);
    const baseRate = (0,numbers/* mean */.i2)(paired.map((r) => r.base.rate));
    const headRate = (0,numbers/* mean */.i2)(paired.map((r) => r.head.rate));
    const delta = (0,numbers/* mean */.i2)(diffs);
    const sum = (f) => paired.reduce((n, r) => n + f(r), 0);
    const validBase = sum((r) => r.base.trials - r.base.error);
    const validHead = sum((r) => r.head.trials - r.head.error);
    const passBase = sum((r) => r.base.pass);
    const passHead = sum((r) => r.head.pass);
    const drops = (0,stats/* detectableDrops */.Ex)(spread, { ...thresholds, step: smallestStep(validPerTask('base'), validPerTask('head')) });
    const infraErrorRate = pairedRate(rows, (c) => c.error, base, head, 'infraErrorRate');
    const limitRate = pairedRate(rows, (c) => c.limit, base, head, 'limitRate');
    const verdict = (0,compare_verdict/* decide */.L)({
        delta,
        pDrop: tails?.less ?? null,
        pRise: tails?.greater ?? null,
        ci95,
        resolution: drops.test,
        headInfraErrorRate: head.summary.infraErrorRate,
    }, thresholds);
    const pDiff = profileDiff(base, head);
    const eDiff = environmentDiff(base, head);
    const efficiency = (0,compare_efficiency/* compareEfficiency */.t)(base, head);
    const alternative = delta !== null && delta > 0 ? 'greater' : 'less';
    return {
        schema: VERDICT_SCHEMA,
        verdict,
        suite: head.suite.name,
        profile: { base: base.profile.name, head: head.profile.name },
        successRate: {
            base: baseRate,
            head: headRate,
            delta,
            ci95,
            pValue: tails?.[alternative] ?? null,
            alternative,
            method: tails?.method ?? null,
            baseCI95: (0,wilson/* wilson */.r)(passBase, validBase),
            headCI95: (0,wilson/* wilson */.r)(passHead, validHead),
        },
        infraErrorRate,
        limitRate,
        mde: drops.gate,
        resolution: drops.test,
        pairedTasks: paired.length,
        excludedTasks: rows.filter((r) => r.status === 'excluded').length,
        addedTasks: rows.filter((r) => r.status === 'added').map((r) => r.task),
        removedTasks: rows.filter((r) => r.status === 'removed').map((r) => r.task),
        thresholds,
        profileChanged: base.profile.sha256 !== head.profile.sha256 || pDiff.length > 0,
        profileDiff: pDiff,
        tasksDiff: tasksDiff(base, head),
        environmentChanged: eDiff.length > 0,
        environmentDiff: eDiff,
        tasks: rows,
        reading: verdict !== 'inconclusive' ? null : delta !== null && delta < 0 && (tails?.less ?? 1) < LEANING_P ? 'leaning-worse' : 'no-change',
        efficiency,
        costIncreases: thresholds.maxCostIncrease ? (0,compare_efficiency/* costIncreases */.V)(efficiency, thresholds.maxCostIncrease, thresholds.alpha).map((r) => r.metric) : [],
    };
}


/***/ }),

/***/ 67518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ costIncreases),
/* harmony export */   t: () => (/* binding */ compareEfficiency)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39349);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64856);


const BUILT_IN = {
    'agent time': (t) => t.agentDurationMs,
    'cpu seconds': (t) => t.cpuSeconds,
    'peak memory': (t) => t.peakMemoryBytes,
};
/** Reported metrics compared at most: a results file (a fork's artifact) may name thousands, each costing a bootstrap and a test. */
const MAX_REPORTED = 20;
/** The built-in three, then the reported metrics most trials carry (at most MAX_REPORTED), by name. */
function metricNames(base, head) {
    const seen = new Map();
    for (const side of [base, head])
        for (const t of side.trials)
            for (const k in t.metrics)
                seen.set(k, (seen.get(k) ?? 0) + 1);
    const reported = [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_REPORTED);
    return [...Object.keys(BUILT_IN), ...reported.map(([k]) => k).sort()];
}
function valueOf(metric) {
    return BUILT_IN[metric] ?? ((t) => t.metrics?.[metric] ?? null);
}
/**
 * One pass over the trials into flat arrays indexed by task: at 30,000 trials a side, a grouping
 * per metric was most of the memory a comparison took.
 */
function taskMeans(r, metrics) {
    const getters = metrics.map(valueOf);
    const width = metrics.length;
    const row = new Map();
    for (const t of r.trials)
        if (t.outcome !== 'error' && !row.has(t.task))
            row.set(t.task, row.size);
    const sums = new Float64Array(row.size * width);
    const counts = new Uint32Array(row.size * width);
    const valid = new Uint32Array(row.size);
    for (const t of r.trials) {
        if (t.outcome === 'error')
            continue;
        const task = row.get(t.task);
        valid[task]++;
        for (let m = 0; m < width; m++) {
            const v = getters[m](t);
            if (v === null)
                continue;
            sums[task * width + m] += v;
            counts[task * width + m]++;
        }
    }
    return {
        row,
        means: sums.map((x, i) => (counts[i] ? x / counts[i] : NaN)),
        lacking: counts.map((n, i) => valid[Math.floor(i / width)] - n),
    };
}
/**
 * Over 200 tasks with no single term carrying more than 5% of Σx², a sum of the terms is normal to
 * well within the Monte Carlo error of 20,000 sign flips or 2,000 bootstrap resamples (Lindeberg),
 * and costs one pass over the tasks instead of thousands.
 */
function nearlyNormal(xs) {
    const squares = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .sumOfSquares */ .Jv)(xs);
    return xs.length > 200 && squares > 0 && xs.every((x) => x * x <= 0.05 * squares);
}
/** The one-sided sign-flip p for "head costs more": under H0 each log ratio's sign is a fair coin. */
function pRise(logRatios) {
    return nearlyNormal(logRatios) ? (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .signFlipNormal */ .k9)(logRatios, 'greater') : ((0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .signFlipTest */ .tf)(logRatios, { alternative: 'greater' })?.pValue ?? null);
}
/** The 95% interval of the mean log ratio: bootstrap over tasks, or mean ± z·s/√n where that is as good. */
function meanLogCI(logRatios, meanLog) {
    if (logRatios.every((x) => x === logRatios[0]))
        return [meanLog, meanLog];
    const centred = logRatios.map((x) => x - meanLog);
    if (!nearlyNormal(centred))
        return (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapMeanCI */ .GW)(logRatios);
    const n = logRatios.length;
    const halfWidth = (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .normalQuantile */ .Zl)(0.975) * Math.sqrt((0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .sumOfSquares */ .Jv)(centred) / (n - 1) / n);
    return [meanLog - halfWidth, meanLog + halfWidth];
}
/** One metric's log ratios over the tasks both sides ran in full, and the trials missing it. */
function pairedLogRatios(b, h, width, m) {
    const logRatios = [];
    const missing = { base: 0, head: 0 };
    let tasksLeftOut = 0;
    let measured = false;
    for (const [task, hi] of h.row) {
        const bi = b.row.get(task);
        if (bi === undefined)
            continue;
        const [bv, hv] = [b.means[bi * width + m], h.means[hi * width + m]];
        const [bl, hl] = [b.lacking[bi * width + m], h.lacking[hi * width + m]];
        measured ||= !Number.isNaN(bv) || !Number.isNaN(hv);
        missing.base += bl;
        missing.head += hl;
        if (bl || hl)
            tasksLeftOut++;
        else if (bv > 0 && hv > 0)
            logRatios.push(Math.log(hv) - Math.log(bv));
    }
    // A metric no trial of either side has (peak memory where the engine cannot read it) is unmeasured, not lost.
    return measured ? { logRatios, missing, tasksLeftOut } : { logRatios, missing: { base: 0, head: 0 }, tasksLeftOut: 0 };
}
function compareEfficiency(base, head) {
    const metrics = metricNames(base, head);
    const b = taskMeans(base, metrics);
    const h = taskMeans(head, metrics);
    return metrics.map((metric, m) => {
        const { logRatios, missing, tasksLeftOut } = pairedLogRatios(b, h, metrics.length, m);
        if (logRatios.length === 0)
            return { metric, tasks: 0, ratio: null, ci95: null, pIncrease: null, missing, tasksLeftOut };
        const meanLog = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .i2)(logRatios);
        const ci = meanLogCI(logRatios, meanLog);
        return {
            metric,
            tasks: logRatios.length,
            ratio: Math.exp(meanLog),
            ci95: ci ? [Math.exp(ci[0]), Math.exp(ci[1])] : null,
            pIncrease: pRise(logRatios),
            missing,
            tasksLeftOut,
        };
    });
}
/**
 * The metrics whose increase fails the gate: like a regression, the rise must be both as large as
 * the limit and significant at α. A limit on a metric that no task has is not a failure.
 */
function costIncreases(rows, limits, alpha) {
    return rows.filter((r) => {
        const limit = limits.byMetric[r.metric] ?? limits.all;
        return limit !== undefined && r.ratio !== null && r.pIncrease !== null && r.ratio - 1 >= limit - 1e-9 && r.pIncrease < alpha;
    });
}


/***/ }),

/***/ 57682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ decide),
/* harmony export */   V: () => (/* binding */ failsJob)
/* harmony export */ });
/**
 * Rates are means of fractions: a drop of exactly max-drop can come out as 0.029999999999999995.
 * Comparisons with a threshold allow this much rounding, so "exactly at the threshold" counts as at it.
 */
const ROUNDING = 1e-9;
function decide(x, t) {
    const { delta, pDrop, pRise, ci95 } = x;
    if (delta !== null && pDrop !== null && delta < 0 && pDrop < t.alpha && -delta >= t.maxDrop - ROUNDING)
        return 'regression';
    if (x.headInfraErrorRate !== null && x.headInfraErrorRate > t.maxInfraErrorRate + ROUNDING)
        return 'infra';
    if (ci95 === null || ci95[0] < -t.maxDrop - ROUNDING)
        return 'inconclusive';
    if (delta !== null && pRise !== null && delta > 0 && pRise < t.alpha && delta >= t.maxDrop - ROUNDING)
        return 'improvement';
    // OK says a drop of max-drop is ruled out: not by a suite too small to have seen one.
    if (x.resolution === null || x.resolution > t.maxDrop + ROUNDING)
        return 'inconclusive';
    return 'ok';
}
/**
 * Whether the gate fails the job: a regression, infra errors, a cost over --max-cost-increase, or
 * (when asked) an inconclusive verdict. A comparison of no paired task at all (an empty head, disjoint
 * task ids, every base trial an error) is `inconclusive` and fails the gate whatever
 * fail-on-inconclusive says: it measured nothing, so it must not pass silently.
 */
function failsJob(v, failOnInconclusive, facts) {
    const nothingPaired = facts?.pairedTasks === 0;
    const costIncreased = (facts?.costIncreases.length ?? 0) > 0;
    return v === 'regression' || v === 'infra' || costIncreased || (v === 'inconclusive' && (failOnInconclusive || nothingPaired));
}


/***/ }),

/***/ 70194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ mermaidXyChart),
/* harmony export */   w: () => (/* binding */ mermaidOutcomeChart)
/* harmony export */ });
const OUTCOMES = ['pass', 'fail', 'limit', 'error'];
function outcomeShares(r) {
    const n = r.summary.trials || 1;
    return OUTCOMES.map((o) => Number(((r.summary[o] / n) * 100).toFixed(1)));
}
function mermaidOutcomeChart(base, head) {
    const b = outcomeShares(base);
    const h = outcomeShares(head);
    const labels = OUTCOMES.flatMap((o) => [`"${o} base"`, `"${o} head"`]);
    const values = OUTCOMES.flatMap((_, i) => [b[i], h[i]]);
    return mermaidXyChart({ title: 'Outcome mix, % of trials (base vs head)', x: labels, yLabel: '% of trials', bar: values });
}
/** A Mermaid xychart-beta block with a 0–100 y axis; labels are quoted by the caller. */
function mermaidXyChart(c) {
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${c.title}"`,
        `  x-axis [${c.x.join(', ')}]`,
        `  y-axis "${c.yLabel}" 0 --> 100`,
        `  bar [${c.bar.join(', ')}]`,
        ...(c.line ? [`  line [${c.line.join(', ')}]`] : []),
        '```',
    ].join('\n');
}


/***/ })

};
