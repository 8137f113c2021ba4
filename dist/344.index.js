export const id = 344;
export const ids = [344];
export const modules = {

/***/ 4344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareCommand: () => (/* binding */ compareCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(85468);
// EXTERNAL MODULE: ./src/compare/verdict.ts
var verdict = __webpack_require__(57682);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/results/io.ts
var io = __webpack_require__(65480);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/results/declared.ts
var declared = __webpack_require__(73674);
// EXTERNAL MODULE: ./src/report/chart.ts
var chart = __webpack_require__(70194);
// EXTERNAL MODULE: ./src/compare/egress.ts
var egress = __webpack_require__(12440);
// EXTERNAL MODULE: ./src/results/median.ts
var median = __webpack_require__(49214);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/comparison.ts



function comparisonView(verdict, base, head) {
    const rows = orderRows(verdict.tasks);
    const egressed = [...base.trials, ...head.trials].some((t) => t.egress);
    return {
        verdict,
        base,
        head,
        sides: { base: comparison_sideFacts(base), head: comparison_sideFacts(head) },
        rows,
        changed: rows.filter((r) => r.status !== 'paired' || r.delta !== 0),
        egress: egressed ? (0,egress/* diffEgress */.$)(base, head) : null,
        reading: readingSentence(verdict),
        mde: mdeSentence(verdict),
        notes: comparisonNotes(verdict),
    };
}
function comparison_sideFacts(r) {
    return {
        tasks: r.summary.tasks,
        trials: r.summary.trials,
        medianPeakMemoryBytes: (0,median/* medianOf */.u)(r.trials, (t) => t.peakMemoryBytes),
        medianAgentMs: (0,median/* medianOf */.u)(r.trials, (t) => t.agentDurationMs),
    };
}
const NATURAL = new Intl.Collator('en', { numeric: true });
/** Flipped tasks first (worst first), then added/removed/excluded, then unchanged; ties in natural order (t3 before t12). */
function orderRows(rows) {
    const rank = (r) => (r.status === 'paired' && r.delta !== 0 ? 0 : r.status !== 'paired' ? 1 : 2);
    return [...rows].sort((a, b) => rank(a) - rank(b) || (a.delta ?? 0) - (b.delta ?? 0) || NATURAL.compare(a.task, b.task));
}
function comparisonNotes(v) {
    return v.pairedTasks === 0 ? ['No task has a valid trial on both sides: nothing could be compared, and the gate fails.'] : [];
}
/** What an inconclusive verdict means, in words: the drop this run rules out, or that the data lean worse. */
function readingSentence(v) {
    const lo = v.successRate.ci95?.[0];
    if (v.verdict !== 'inconclusive' || lo === undefined || lo === null)
        return '';
    const ruledOut = `the 95% interval rules out drops larger than ${(0,format/* unsignedPts */.b8)(-lo)}`;
    const tolerated = (0,format/* unsignedPts */.b8)(v.thresholds.maxDrop);
    if (lo >= -v.thresholds.maxDrop) {
        const needs = v.resolution === null ? 'more tasks' : (0,format/* unsignedPts */.b8)(v.resolution);
        return (`The 95% interval rules out drops larger than ${(0,format/* unsignedPts */.b8)(-lo)}, ` +
            `but with this few tasks the paired test could not reliably see a drop of ${tolerated} (it needs ${needs}): not OK yet.`);
    }
    return v.reading === 'leaning-worse'
        ? `The data lean towards a drop that is not significant (${(0,format/* pText */.C6)(v.successRate.pValue)}); ${ruledOut}, more than the ${tolerated} the gate tolerates.`
        : `No significant change; ${ruledOut} — not yet the ${tolerated} the gate tolerates (more tasks or trials narrow it).`;
}
function mdeSentence(v) {
    const tasks = `${v.pairedTasks} paired task${v.pairedTasks === 1 ? '' : 's'}`;
    const rule = `a drop of ${(0,format/* unsignedPts */.b8)(v.thresholds.maxDrop)} or more with p < ${v.thresholds.alpha}`;
    const base = v.mde === null
        ? `With ${tasks}, this suite can detect no drop in success rate, not even 100 pts: the gate fails on ${rule}, which needs more tasks.`
        : `With ${tasks}, this suite can detect a drop of ${(0,format/* unsignedPts */.b8)(v.mde)} or more in success rate: ` +
            `the gate, which fails on ${rule}, catches a drop that large 80% of the time.`;
    const excluded = v.excludedTasks ? ` ${v.excludedTasks} task(s) with no valid trial on a side were left out.` : '';
    return base + excluded;
}
/** The verdict file (bakeoff.verdict/v1, `bakeoff compare --json`): the verdict with its notes in words. */
function verdictFile(v) {
    const { reading, efficiency, costIncreases, ...rest } = v;
    return { ...rest, notes: comparisonNotes(v), reading, efficiency, costIncreases };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/markdown.ts






const MAX_REPORT_CHARS = 65_536;
function contextLines(ctx) {
    return [
        ...(ctx.advisory ? [`> [!CAUTION]\n> ${(0,report_escape/* escapeMarkdown */.FV)(ctx.advisory, 600)}`, ''] : []),
        ...(ctx.baselineNote ? [(0,report_escape/* escapeMarkdown */.FV)(ctx.baselineNote, 300), ''] : []),
    ];
}
function marker(suite, profile) {
    return `<!-- bakeoff:${(0,report_escape/* markerPart */.Ei)(suite)}:${(0,report_escape/* markerPart */.Ei)(profile)} -->`;
}
function verdictLine(v) {
    const s = v.successRate;
    const p = s.pValue === null ? '' : `, ${(0,format/* pText */.C6)(s.pValue)}`;
    return `### ${(0,format/* verdictTitle */.Sw)(v)} — success ${(0,format/* pct */.Oe)(s.base)} → ${(0,format/* pct */.Oe)(s.head)} (${(0,format/* pts */.UM)(s.delta)}${p})`;
}
function summaryTable({ verdict: v, sides }) {
    const s = v.successRate;
    const rows = [
        [
            'success rate (95% CI)',
            `${(0,format/* pct */.Oe)(s.base)} (${(0,format/* interval */.YP)(s.baseCI95)})`,
            `${(0,format/* pct */.Oe)(s.head)} (${(0,format/* interval */.YP)(s.headCI95)})`,
            `**${(0,format/* pts */.UM)(s.delta)}** (${(0,format/* interval */.YP)(s.ci95, (x) => (0,format/* pts */.UM)(x))}), ${(0,format/* pText */.C6)(s.pValue)}`,
        ],
        ['infra-error rate', (0,format/* pct */.Oe)(v.infraErrorRate.base), (0,format/* pct */.Oe)(v.infraErrorRate.head), `${(0,format/* pts */.UM)(v.infraErrorRate.delta)}, ${(0,format/* pText */.C6)(v.infraErrorRate.pValue)}`],
        ['limit rate', (0,format/* pct */.Oe)(v.limitRate.base), (0,format/* pct */.Oe)(v.limitRate.head), `${(0,format/* pts */.UM)(v.limitRate.delta)}, ${(0,format/* pText */.C6)(v.limitRate.pValue)}`],
        ...sideRows(sides).map((r) => [...r, '']),
    ];
    return ['| | base | head | Δ |', '|---|---:|---:|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
/** The rows of the summary table that describe each side's run: its shape and medians. */
function sideRows(sides) {
    const both = (f) => [f(sides.base), f(sides.head)];
    return [
        ['tasks × trials', ...both(format/* shape */.cW)],
        ['median peak memory', ...both((s) => (0,format/* orDash */.gR)(s.medianPeakMemoryBytes, units/* formatBytes */.z3))],
        ['median agent time', ...both((s) => (0,format/* orDash */.gR)(s.medianAgentMs, units/* formatDuration */.a3))],
    ];
}
const EFFICIENCY_NOTE = "<sub>Per task the mean over valid trials (errors left out; a failed trial's cost counts), head ÷ base; across tasks the geometric mean, " +
    'a bootstrap interval and a one-sided paired sign-flip p for "head costs more".</sub>';
const METRIC_LABEL = { 'agent time': 'agent time', 'cpu seconds': 'CPU seconds', 'peak memory': 'peak memory' };
/** What the change costs, head ÷ base paired by task; '' when no metric has a paired task. */
function efficiencyTable(v, escape = (s) => (0,report_escape/* escapeMarkdown */.FV)(s, 64)) {
    const rows = v.efficiency.filter((r) => r.ratio !== null || r.tasksLeftOut > 0);
    if (!rows.length)
        return '';
    const lines = rows.slice(0, 20).map((r) => {
        const failing = v.costIncreases.includes(r.metric);
        const ratio = r.ratio === null ? '—' : `${failing ? '**' : ''}${ratioText(r.ratio)}${failing ? '** — over the limit' : ''}`;
        const ci = r.ci95 ? ` (${ratioText(r.ci95[0])} to ${ratioText(r.ci95[1])})` : '';
        return `| ${escape(METRIC_LABEL[r.metric] ?? r.metric)} | ${r.tasks}${missingText(r)} | ${ratio}${ci} | ${(0,format/* pText */.C6)(r.pIncrease)} |`;
    });
    return ['| cost, head ÷ base | tasks | ratio (95% CI) | costlier? |', '|---|---:|---|---|', ...lines].join('\n');
}
/** Tasks a metric's ratio leaves out because trials lack it (an agent killed before it wrote its metrics): never silent. */
function missingText(r) {
    if (!r.tasksLeftOut)
        return '';
    return ` (${r.tasksLeftOut} left out: trials without it ${r.missing.base} base, ${r.missing.head} head)`;
}
function ratioText(x) {
    return `${x.toFixed(2)}×`;
}
function countsCell(c) {
    if (!c)
        return '—';
    const parts = ['pass', 'fail', 'limit', 'error'].filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
    const reasons = Object.entries(c.reasons ?? {}).map(([reason, n]) => `${n > 1 ? `${n}× ` : ''}${reason}`);
    return `${parts.join(' · ') || '0 trials'}${reasons.length ? ` (${(0,report_escape/* escapeMarkdown */.FV)(reasons.join(', '), 120)})` : ''}`;
}
function rowKind(r) {
    if (r.status === 'added')
        return '🆕 added';
    if (r.status === 'removed')
        return '➖ removed';
    if (r.status === 'excluded')
        return '⚠️ no valid trial';
    if (r.delta < 0)
        return '🔻 worse';
    if (r.delta > 0)
        return '🔺 better';
    return '';
}
/** A log section ("--- agent ---" …) of a trial's log tail, its last `max` characters. */
function logSection(logTail, name, max) {
    const m = new RegExp(`(?:^|\\n)--- ${name} ---\\n([\\s\\S]*?)(?=\\n--- [a-z]+ ---\\n|$)`).exec(logTail);
    const text = (m?.[1] ?? '').replace(/\s+$/, '');
    return text.length > max ? `…${text.slice(-max)}` : text;
}
/** Log text as a block that renders verbatim and cannot break out of it. */
function preBlock(text) {
    const escaped = (0,report_escape/* stripControl */.kU)(text).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
    return `<pre>${escaped.replace(/@/g, '@\u200b')}</pre>`;
}
/** For each task that got worse: its head trial's reason, verifier output tail and agent output tail, collapsed. */
function evidenceBlock(r, trial) {
    if (!trial)
        return '';
    const verify = logSection(trial.logTail, 'verify', 1200);
    const agent = logSection(trial.logTail, 'agent', 1200);
    const harness = logSection(trial.logTail, 'harness', 600);
    const why = `head trial ${trial.trial}: ${(0,report_escape/* escapeMarkdown */.FV)(trial.reason ?? trial.outcome, 80)}`;
    return [
        `<details><summary>${(0,report_escape/* escapeMarkdown */.FV)(r.task, 100)}: why it got worse (${why})</summary>`,
        '',
        ...(verify ? ['Verifier output (tail):', preBlock(verify)] : []),
        ...(agent ? ['Agent output (tail):', preBlock(agent)] : []),
        ...(harness ? ['Harness:', preBlock(harness)] : []),
        ...(!verify && !agent && !harness ? ['(no output was recorded)'] : []),
        '</details>',
    ].join('\n');
}
function taskRow(r) {
    const delta = r.delta === null ? '—' : r.delta === 0 ? '0' : (0,format/* pts */.UM)(r.delta, 0);
    return `| ${(0,report_escape/* escapeMarkdown */.FV)(r.task, 100)} | ${countsCell(r.base)} | ${countsCell(r.head)} | ${delta} | ${rowKind(r)} |`;
}
function profileSection(v, base, head) {
    const lines = [];
    if (v.profileChanged) {
        lines.push(`> [!WARNING]\n> The profile changed (${(0,report_escape/* escapeMarkdown */.FV)(v.profile.base)} → ${(0,report_escape/* escapeMarkdown */.FV)(v.profile.head)}): ` +
            'this is a harness change, not only an agent change.\n');
        if (v.profileDiff.length) {
            lines.push('| profile key | base | head |', '|---|---|---|');
            for (const d of v.profileDiff)
                lines.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(d.key)} | ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(d.key, d.base))} | ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(d.key, d.head))} |`);
            lines.push('');
        }
    }
    else {
        lines.push(`Profile **${(0,report_escape/* escapeMarkdown */.FV)(v.profile.head)}** unchanged (sha256 ${(0,report_escape/* escapeMarkdown */.FV)(head.profile.sha256.slice(0, 12))}).\n`);
    }
    lines.push(...tasksDiffLines(v));
    const over = (0,declared/* declaredOverCaps */.I)(head);
    if (over.length) {
        lines.push(`Tasks that ask for more than the profile gives (the profile's caps applied):\n`);
        for (const l of over.slice(0, 50))
            lines.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(l)}`);
        if (over.length > 50)
            lines.push(`- … and ${over.length - 50} more`);
        lines.push('');
    }
    const skipped = head.suite.skipped ?? [];
    if (skipped.length) {
        lines.push(`Harbor tasks not run here: ${skipped
            .slice(0, 50)
            .map((t) => `${(0,report_escape/* escapeMarkdown */.FV)(t.id, 100)} (${(0,report_escape/* escapeMarkdown */.FV)(t.reason, 100)})`)
            .join(', ')}\n`);
    }
    if (v.environmentChanged) {
        lines.push('> [!NOTE]\n> The two runs ran on different environments; scores can move with the machine.\n');
        lines.push('| environment | base | head |', '|---|---|---|');
        for (const d of v.environmentDiff)
            lines.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(d.key)} | ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(d.key, d.base))} | ${(0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(d.key, d.head))} |`);
        lines.push('');
    }
    const env = (r) => `${r.environment.host.cpus} CPUs, ${(0,format/* formatValue */.Fl)('memoryBytes', r.environment.host.memoryBytes)}, ` +
        `Docker ${(0,report_escape/* escapeMarkdown */.FV)(r.environment.docker.version)}, cgroup v${(0,report_escape/* escapeMarkdown */.FV)(r.environment.docker.cgroupVersion)}${r.environment.runner ? `, runner ${(0,report_escape/* escapeMarkdown */.FV)(r.environment.runner.name)}` : ''}`;
    lines.push(`- base: ${env(base)}`, `- head: ${env(head)}`);
    return lines.join('\n');
}
const MAX_TASK_CHANGES = 50;
/** Tasks whose image (tag or ID) or timeouts changed between the runs: a harness change, as a profile's. */
function tasksDiffLines(v) {
    if (!v.tasksDiff.length)
        return [];
    const cell = (key, x) => (0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(key, x), 120);
    return [
        '> [!WARNING]\n> What the tasks ran on changed (an image rebuilt or retagged, or a timeout): this is a harness change, not only an agent change.\n',
        '| task key | base | head |',
        '|---|---|---|',
        ...v.tasksDiff.slice(0, MAX_TASK_CHANGES).map((d) => `| ${(0,report_escape/* escapeMarkdown */.FV)(d.key, 160)} | ${cell(d.key, d.base)} | ${cell(d.key, d.head)} |`),
        ...(v.tasksDiff.length > MAX_TASK_CHANGES ? [`\n… and ${v.tasksDiff.length - MAX_TASK_CHANGES} more`] : []),
        '',
    ];
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Destinations denied on head and not on base, and per task what the agent tried more or less often; '' without egress records. */
function egressSection(egress) {
    if (!egress)
        return '';
    const { newlyDenied, changes } = egress;
    const lines = [];
    if (newlyDenied.length) {
        lines.push('Denied on head, not on base:', '');
        for (const u of newlyDenied.slice(0, 20))
            lines.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(u.destination, 120)} ${u.connections}×`);
        lines.push('');
    }
    else
        lines.push('No destination is denied on head that was not on base.\n');
    if (changes.length) {
        lines.push('| task | destination | | base | head |', '|---|---|---|---:|---:|');
        for (const c of changes.slice(0, 30)) {
            lines.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(c.task, 100)} | ${(0,report_escape/* escapeMarkdown */.FV)(c.destination, 120)} | ${c.allowed ? 'allowed' : '**denied**'} | ${c.base}× | ${c.head}× |`);
        }
        if (changes.length > 30)
            lines.push(`\n… and ${changes.length - 30} more changes`);
    }
    return lines.join('\n');
}
/** The full report, never over MAX_REPORT_CHARS: the per-task table is cut with a count of what was left out. */
function markdown_renderMarkdown(v, base, head, ctx = {}, limit = MAX_REPORT_CHARS) {
    return markdownReport(comparisonView(v, base, head), ctx, limit);
}
function markdownReport(view, ctx = {}, limit = MAX_REPORT_CHARS) {
    const { verdict: v, base, head, rows } = view;
    const header = [marker(v.suite, v.profile.head), verdictLine(v), '', ...contextLines(ctx)];
    const notes = [...view.notes];
    if (v.addedTasks.length || v.removedTasks.length)
        notes.push(`${v.addedTasks.length} task(s) only in head and ${v.removedTasks.length} only in base are listed, not tested.`);
    const costs = efficiencyTable(v);
    const before = [
        ...header,
        summaryTable(view),
        '',
        ...(view.reading ? [view.reading, ''] : []),
        view.mde,
        ...(costs ? ['', costs, '', EFFICIENCY_NOTE] : []),
        ...(notes.length ? ['', ...notes.map((n) => `> ${(0,report_escape/* escapeMarkdown */.FV)(n, 500)}`)] : []),
        '',
        (0,chart/* mermaidOutcomeChart */.w)(base, head),
        '',
        '',
    ].join('\n');
    const egress = egressSection(view.egress);
    const after = [
        '',
        ...(egress ? [details('Egress: what the agent tried to reach', egress), ''] : []),
        details('Profile and environment', profileSection(v, base, head)),
        '',
        ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
        `<sub>bakeoff · ${(0,report_escape/* escapeMarkdown */.FV)(v.suite)} × ${(0,report_escape/* escapeMarkdown */.FV)(v.profile.head)}</sub>`,
    ].join('\n');
    const flipped = rows.filter((r) => r.status === 'paired' && r.delta !== 0).length;
    const tableHead = ['| task | base | head | Δ | |', '|---|---|---|---:|---|'];
    const wrapperCost = 200; // summary line, details tags, the "not shown" line
    let budget = limit - before.length - after.length - wrapperCost - tableHead.join('\n').length;
    const shown = [];
    for (const r of rows) {
        const line = taskRow(r);
        if (line.length + 1 > budget)
            break;
        shown.push(line);
        budget -= line.length + 1;
    }
    const left = rows.length - shown.length;
    const table = [...tableHead, ...shown].join('\n') + (left ? `\n\n… ${left} more task(s) not shown (the full list is in the results artifact).` : '');
    const perTask = details(`Per-task results: ${flipped} of ${v.pairedTasks} paired tasks changed`, table);
    // Evidence only in what room the table left: the verdict and the table always come first.
    const evidence = [];
    const worse = rows.filter((r) => r.status === 'paired' && (r.delta ?? 0) < 0);
    const firstNonPass = new Map();
    for (const t of head.trials)
        if (t.outcome !== 'pass' && !firstNonPass.has(t.task))
            firstNonPass.set(t.task, t);
    for (const r of worse) {
        const block = evidenceBlock(r, firstNonPass.get(r.task));
        if (!block || block.length + 2 > budget)
            continue;
        evidence.push(block);
        budget -= block.length + 2;
    }
    const evidenceText = evidence.length ? `\n\n${evidence.join('\n\n')}` : '';
    return before + perTask + evidenceText + after;
}
/** The report for a run with nothing to compare against (the first run on a branch). */
function markdown_renderNoBaseline(head, reason, ctx = {}) {
    const s = head.summary;
    const side = sideFacts(head);
    return [
        marker(head.suite.name, head.profile.name),
        `### ⚪ No baseline — success ${pct(s.successRate)} (${interval(s.successRateCI95)}), nothing to compare against`,
        '',
        ...contextLines({ advisory: ctx.advisory }),
        `> ${escapeMarkdown(reason, 500)} The gate passes; pushes to the base branch will make the next baseline.`,
        '',
        '| | head |',
        '|---|---:|',
        `| success rate (95% CI) | ${pct(s.successRate)} (${interval(s.successRateCI95)}) |`,
        `| infra-error rate | ${pct(s.infraErrorRate)} |`,
        `| limit rate | ${pct(s.limitRate)} |`,
        ...sideRows({ base: side, head: side }).map(([label, , value]) => `| ${label} | ${value} |`),
        '',
        ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/terminal.ts





const MAX_TASK_LINES = 25;
function renderTerminal(v, base, head) {
    return terminalReport(comparisonView(v, base, head));
}
function terminalReport(view) {
    const v = view.verdict;
    const s = v.successRate;
    const out = [];
    const reading = v.reading ? ` (${v.reading.replace('-', ' ')})` : '';
    out.push(`bakeoff: ${v.verdict.toUpperCase()}${reading} — success ${(0,format/* pct */.Oe)(s.base)} → ${(0,format/* pct */.Oe)(s.head)} (${(0,format/* pts */.UM)(s.delta)}, ${(0,format/* pText */.C6)(s.pValue)})`, '');
    out.push((0,table/* textTable */.e)(['', 'base', 'head', 'Δ'], [
        ['success rate', (0,format/* pct */.Oe)(s.base), (0,format/* pct */.Oe)(s.head), `${(0,format/* pts */.UM)(s.delta)} (95% CI ${(0,format/* interval */.YP)(s.ci95, (x) => (0,format/* pts */.UM)(x))})`],
        [
            'infra-error rate',
            (0,format/* pct */.Oe)(v.infraErrorRate.base),
            (0,format/* pct */.Oe)(v.infraErrorRate.head),
            `${(0,format/* pts */.UM)(v.infraErrorRate.delta)}, ${(0,format/* pText */.C6)(v.infraErrorRate.pValue)}`,
        ],
        ['limit rate', (0,format/* pct */.Oe)(v.limitRate.base), (0,format/* pct */.Oe)(v.limitRate.head), `${(0,format/* pts */.UM)(v.limitRate.delta)}, ${(0,format/* pText */.C6)(v.limitRate.pValue)}`],
        ...sideRows(view.sides).map((r) => [...r, '']),
    ], [false, true, true, false]), '', view.mde);
    const costs = v.efficiency.filter((r) => r.ratio !== null || r.tasksLeftOut > 0);
    if (costs.length) {
        out.push('', 'cost, head ÷ base (paired by task, geometric mean, 95% CI, p for costlier):');
        for (const r of costs.slice(0, 20)) {
            const ci = r.ci95 ? `${r.ci95[0].toFixed(2)}–${r.ci95[1].toFixed(2)}` : '—';
            const over = v.costIncreases.includes(r.metric) ? '  OVER THE LIMIT' : '';
            const ratio = r.ratio === null ? '—' : `${r.ratio.toFixed(2)}× (${ci}), ${(0,format/* pText */.C6)(r.pIncrease)}`;
            out.push(`  ${(0,report_escape/* escapeTerminal */.en)(r.metric, 40).padEnd(20)} ${ratio}${missingText(r)}${over}`);
        }
    }
    const changed = view.changed;
    if (changed.length) {
        out.push('', 'changed tasks:');
        for (const r of changed.slice(0, MAX_TASK_LINES)) {
            const side = (c) => (c ? (0,format/* taskCountsText */.L)(c) : '—');
            out.push([
                `  ${(0,report_escape/* escapeTerminal */.en)(r.task, 60).padEnd(24)}`,
                side(r.base).padEnd(26),
                '→',
                side(r.head).padEnd(26),
                r.status === 'paired' ? (0,format/* pts */.UM)(r.delta, 0) : r.status,
            ].join(' '));
        }
        if (changed.length > MAX_TASK_LINES)
            out.push(`  … ${changed.length - MAX_TASK_LINES} more`);
    }
    if (v.profileChanged) {
        out.push('', `warning: the profile changed (${(0,report_escape/* escapeTerminal */.en)(v.profile.base)} → ${(0,report_escape/* escapeTerminal */.en)(v.profile.head)}) — a harness change:`);
        for (const d of v.profileDiff)
            out.push(`  ${d.key}: ${(0,format/* formatValue */.Fl)(d.key, d.base)} → ${(0,format/* formatValue */.Fl)(d.key, d.head)}`);
    }
    if (v.tasksDiff.length) {
        out.push('', 'warning: what the tasks ran on changed (image or timeouts) — a harness change:');
        const value = (key, x) => (0,report_escape/* escapeTerminal */.en)((0,format/* formatValue */.Fl)(key, x), 120);
        for (const d of v.tasksDiff.slice(0, MAX_TASK_LINES))
            out.push(`  ${(0,report_escape/* escapeTerminal */.en)(d.key, 120)}: ${value(d.key, d.base)} → ${value(d.key, d.head)}`);
        if (v.tasksDiff.length > MAX_TASK_LINES)
            out.push(`  … ${v.tasksDiff.length - MAX_TASK_LINES} more`);
    }
    if (v.environmentChanged) {
        out.push('', 'warning: the environments differ:');
        for (const d of v.environmentDiff)
            out.push(`  ${d.key}: ${(0,report_escape/* escapeTerminal */.en)((0,format/* formatValue */.Fl)(d.key, d.base))} → ${(0,report_escape/* escapeTerminal */.en)((0,format/* formatValue */.Fl)(d.key, d.head))}`);
    }
    if (view.egress) {
        const { newlyDenied, changes } = view.egress;
        out.push('', newlyDenied.length ? 'egress denied on head, not on base:' : 'egress: nothing newly denied on head');
        for (const u of newlyDenied.slice(0, 10))
            out.push(`  ${(0,report_escape/* escapeTerminal */.en)(u.destination, 80)} ${u.connections}×`);
        for (const c of changes.slice(0, 10)) {
            out.push(`  ${(0,report_escape/* escapeTerminal */.en)(c.task, 40)}: head tried ${(0,report_escape/* escapeTerminal */.en)(c.destination, 80)} ${c.head}× (base ${c.base}×), ${c.allowed ? 'allowed' : 'denied'}`);
        }
    }
    for (const n of view.notes)
        out.push('', `note: ${n}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/app/compare.ts
/** Base vs head → verdict and the Markdown report; without a base, the head's own report. Used by the CLI, the Action and the fork companion. */








function compareAndRender(head, base, opts) {
    const ctx = { runUrl: opts.runUrl, baselineNote: opts.baselineNote, advisory: opts.advisory };
    if (!base)
        return { markdown: renderNoBaseline(head, opts.noBaselineReason, ctx) };
    const verdict = compareRuns(base, head, opts.thresholds);
    return { verdict, markdown: renderMarkdown(verdict, base, head, ctx) };
}
/** The gate's rule: whether this verdict fails the job (none, for want of a baseline: never). Pass the Verdict itself as `facts`. */
function failsGate(kind, failOnInconclusive, facts) {
    return kind !== 'none' && (0,verdict/* failsJob */.V)(kind, failOnInconclusive, facts);
}
/** The check run's conclusion follows the gate: failure exactly when the job fails; an unforced inconclusive is neutral. */
function conclusionFor(kind, failOnInconclusive, facts) {
    if (failsGate(kind, failOnInconclusive, facts))
        return 'failure';
    return kind === 'inconclusive' ? 'neutral' : 'success';
}
/** `compare`: two results files of one suite → the verdict, the terminal report, the files asked for. */
function compareFiles(req) {
    const base = (0,io/* readResults */.x8)(req.base);
    const head = (0,io/* readResults */.x8)(req.head);
    if (base.suite.name !== head.suite.name) {
        throw new errors/* ConfigError */.x(req.head, [
            {
                path: 'suite.name',
                message: `is "${head.suite.name}" but the base (${req.base}) ran suite "${base.suite.name}"`,
                fix: 'compare two runs of the same suite',
            },
        ]);
    }
    const verdict = (0,compare/* compareRuns */.qB)(base, head, req.thresholds);
    if (req.markdownFile)
        (0,external_node_fs_.writeFileSync)(req.markdownFile, markdown_renderMarkdown(verdict, base, head, { runUrl: req.runUrl }));
    if (req.jsonFile)
        (0,io/* writeJsonAtomic */.ZJ)(req.jsonFile, verdictFile(verdict));
    const profileChanged = verdict.profileChanged && base.profile.name !== head.profile.name;
    return {
        verdict,
        terminal: renderTerminal(verdict, base, head),
        profileWarning: profileChanged
            ? `comparing different profiles (${base.profile.name} → ${head.profile.name}): the difference includes the harness`
            : undefined,
        failsGate: failsGate(verdict.verdict, req.failOnInconclusive, verdict),
    };
}

// EXTERNAL MODULE: ./src/config/options.ts + 1 modules
var options = __webpack_require__(90866);
// EXTERNAL MODULE: ./src/commands/common.ts + 2 modules
var common = __webpack_require__(92168);
;// CONCATENATED MODULE: ./src/commands/compare.ts



async function compareCommand(flags, io) {
    const compared = compareFiles({
        base: flags.base,
        head: flags.head,
        thresholds: (0,options/* thresholdsOf */.W6)((0,common/* parseCommonFlags */.Gc)(flags)),
        failOnInconclusive: Boolean(flags.failOnInconclusive),
        runUrl: flags.runUrl,
        markdownFile: flags.markdown,
        jsonFile: flags.json,
    });
    io.stdout(compared.terminal);
    if (compared.profileWarning)
        io.stderr(`bakeoff: warning: ${compared.profileWarning}\n`);
    return compared.failsGate ? common/* EXIT */.dc.failed : common/* EXIT */.dc.ok;
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

/***/ 12440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ diffEgress),
/* harmony export */   h: () => (/* binding */ egressUse)
/* harmony export */ });
/** Every destination a run's trials tried, summed; optionally one task's only. */
function egressUse(r, task) {
    const byDest = new Map();
    for (const t of r.trials) {
        if (task !== undefined && t.task !== task)
            continue;
        for (const e of t.egress ?? []) {
            const key = `${e.destination} ${e.allowed}`;
            const u = byDest.get(key) ?? { destination: e.destination, allowed: e.allowed, connections: 0, connectFailures: 0 };
            u.connections += e.connections;
            u.connectFailures += e.connectFailures;
            if (!u.refusal && e.reason)
                u.refusal = { reason: e.reason, ...(e.rule ? { rule: e.rule } : {}), ...(e.address ? { address: e.address } : {}) };
            byDest.set(key, u);
        }
    }
    return [...byDest.values()].sort((a, b) => b.connections - a.connections || (a.destination < b.destination ? -1 : 1));
}
function diffEgress(base, head) {
    const deniedOnBase = new Set(egressUse(base).flatMap((u) => (u.allowed ? [] : [u.destination])));
    const newlyDenied = egressUse(head).filter((u) => !u.allowed && !deniedOnBase.has(u.destination));
    const tasks = [...new Set([...head.trials, ...base.trials].map((t) => t.task))].sort();
    const changes = [];
    for (const task of tasks) {
        const count = (r) => new Map(egressUse(r, task).map((u) => [`${u.destination} ${u.allowed}`, u]));
        const b = count(base);
        const h = count(head);
        for (const key of new Set([...b.keys(), ...h.keys()])) {
            const u = (h.get(key) ?? b.get(key));
            const change = { task, destination: u.destination, allowed: u.allowed, base: b.get(key)?.connections ?? 0, head: h.get(key)?.connections ?? 0 };
            if (change.base !== change.head)
                changes.push(change);
        }
    }
    changes.sort((x, y) => Math.abs(y.head - y.base) - Math.abs(x.head - x.base));
    return { newlyDenied, changes };
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


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ markerPart),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   X: () => (/* binding */ escapeXml),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   kU: () => (/* binding */ stripControl)
/* harmony export */ });
/**
 * Text from a suite or a results file (task ids, suite names, log lines) can hold Markdown, HTML,
 * `-->`, @mentions or terminal escapes. Everything such goes through here before it is rendered.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    '#': '&#35;',
    '!': '&#33;',
    ':': '&#58;',
};
// C0/C1 controls, including ESC of ANSI sequences; the rest of a CSI sequence is stripped with it.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/** Terminal escapes and control characters out; newlines and tabs stay (a log block keeps its lines). */
function stripControl(text) {
    return text.replace(ANSI, '');
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** Safe inside Markdown text and table cells: no markup, no HTML, no mention, one line. */
function escapeMarkdown(text, max = 200) {
    const clean = truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
    // A zero-width space after @ keeps GitHub from turning @name into a mention.
    return clean.replace(/[&<>"|`*_[\]\\~#!:]/g, (c) => ENTITIES[c]).replace(/@/g, '@\u200b');
}
/** For the hidden marker comment: only characters that cannot end or break an HTML comment. */
function markerPart(text) {
    return text.replace(/[^A-Za-z0-9._-]/g, '_');
}
/** For a plain terminal: no escape sequences, one line. */
function escapeTerminal(text, max = 120) {
    return truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
}
/** Safe inside SVG text and attribute values. */
function escapeXml(text) {
    return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
/** Plain-text tables for the terminal. Pure. */
function textTable(header, rows, alignRight = []) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const fmt = (cells) => cells
        .map((c, i) => (alignRight[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}


/***/ }),

/***/ 73674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ declaredOverCaps)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/** Harbor tasks that ask for more than the profile gives: the profile is what applied; this says where it bites. Pure. */

/** One line per task and resource, e.g. "big-mem asks 4 GiB memory, production gives 2 GiB". */
function declaredOverCaps(results) {
    const caps = results.profile.resolved;
    if (caps.basis === 'task')
        return []; // each task got what it declares
    const gives = results.profile.name;
    const lines = [];
    for (const t of results.suite.tasks) {
        const d = t.declared;
        if (!d)
            continue;
        if (d.memoryBytes !== undefined && caps.memoryBytes !== null && d.memoryBytes > caps.memoryBytes) {
            lines.push(`${t.id} asks ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(d.memoryBytes)} memory, ${gives} gives ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(caps.memoryBytes)}`);
        }
        if (d.cpus !== undefined && caps.cpus !== null && d.cpus > caps.cpus)
            lines.push(`${t.id} asks ${d.cpus} CPUs, ${gives} gives ${caps.cpus}`);
        const disk = caps.diskBytes ?? null;
        if (d.storageBytes !== undefined && disk !== null && d.storageBytes > disk) {
            lines.push(`${t.id} asks ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(d.storageBytes)} storage, ${gives} gives ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(disk)}`);
        }
    }
    return lines;
}


/***/ }),

/***/ 49214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ median),
/* harmony export */   u: () => (/* binding */ medianOf)
/* harmony export */ });
/** The median of a per-trial measure, skipping trials that have none. */
function medianOf(items, pick) {
    return median(items.map(pick).filter((x) => x !== null));
}
function median(xs) {
    if (xs.length === 0)
        return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}


/***/ })

};
