export const id = 716;
export const ids = [716];
export const modules = {

/***/ 64716:
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
// EXTERNAL MODULE: ./src/compare/egress.ts
var egress = __webpack_require__(12440);
// EXTERNAL MODULE: ./src/results/declared.ts
var declared = __webpack_require__(73674);
// EXTERNAL MODULE: ./src/report/chart.ts
var chart = __webpack_require__(70194);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
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
function summaryTable(v, base, head) {
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
        ['tasks × trials', (0,format/* shape */.cW)(base), (0,format/* shape */.cW)(head), ''],
        ['median peak memory', (0,format/* medianPeakMemory */.Hq)(base), (0,format/* medianPeakMemory */.Hq)(head), ''],
        ['median agent time', (0,format/* medianAgentTime */.dE)(base), (0,format/* medianAgentTime */.dE)(head), ''],
    ];
    return ['| | base | head | Δ |', '|---|---:|---:|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
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
/** What an inconclusive verdict means, in words: the drop this run rules out, or that the data lean worse. */
function readingSentence(v) {
    const lo = v.successRate.ci95?.[0];
    if (v.verdict !== 'inconclusive' || lo === undefined || lo === null)
        return '';
    const ruledOut = `the 95% interval rules out drops larger than ${(0,format/* pts */.UM)(-lo).replace('+', '')}`;
    const tolerated = (0,format/* pts */.UM)(v.thresholds.maxDrop).replace('+', '');
    if (lo >= -v.thresholds.maxDrop) {
        const needs = v.resolution === null ? 'more tasks' : (0,format/* pts */.UM)(v.resolution).replace('+', '');
        return (`The 95% interval rules out drops larger than ${(0,format/* pts */.UM)(-lo).replace('+', '')}, ` +
            `but with this few tasks the paired test could not reliably see a drop of ${tolerated} (it needs ${needs}): not OK yet.`);
    }
    return v.reading === 'leaning-worse'
        ? `The data lean towards a drop that is not significant (${(0,format/* pText */.C6)(v.successRate.pValue)}); ${ruledOut}, more than the ${tolerated} the gate tolerates.`
        : `No significant change; ${ruledOut} — not yet the ${tolerated} the gate tolerates (more tasks or trials narrow it).`;
}
function mdeSentence(v) {
    const tasks = `${v.pairedTasks} paired task${v.pairedTasks === 1 ? '' : 's'}`;
    const rule = `a drop of ${(0,format/* pts */.UM)(v.thresholds.maxDrop).replace('+', '')} or more with p < ${v.thresholds.alpha}`;
    const base = v.mde === null
        ? `With ${tasks}, this suite can detect no drop in success rate, not even 100 pts: the gate fails on ${rule}, which needs more tasks.`
        : `With ${tasks}, this suite can detect a drop of ${(0,format/* pts */.UM)(v.mde).replace('+', '')} or more in success rate: ` +
            `the gate, which fails on ${rule}, catches a drop that large 80% of the time.`;
    const excluded = v.excludedTasks ? ` ${v.excludedTasks} task(s) with no valid trial on a side were left out.` : '';
    return base + excluded;
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
const NATURAL = new Intl.Collator('en', { numeric: true });
/** Flipped tasks first (worst first), then added/removed/excluded, then unchanged; ties in natural order (t3 before t12). */
function orderRows(rows) {
    const rank = (r) => (r.status === 'paired' && r.delta !== 0 ? 0 : r.status !== 'paired' ? 1 : 2);
    return [...rows].sort((a, b) => rank(a) - rank(b) || (a.delta ?? 0) - (b.delta ?? 0) || NATURAL.compare(a.task, b.task));
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
function egressSection(base, head) {
    if (![...base.trials, ...head.trials].some((t) => t.egress))
        return '';
    const { newlyDenied, changes } = (0,egress/* diffEgress */.$)(base, head);
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
function renderMarkdown(v, base, head, ctx = {}, limit = MAX_REPORT_CHARS) {
    const header = [marker(v.suite, v.profile.head), verdictLine(v), '', ...contextLines(ctx)];
    const notes = [...v.notes];
    if (v.addedTasks.length || v.removedTasks.length)
        notes.push(`${v.addedTasks.length} task(s) only in head and ${v.removedTasks.length} only in base are listed, not tested.`);
    const reading = readingSentence(v);
    const costs = efficiencyTable(v);
    const before = [
        ...header,
        summaryTable(v, base, head),
        '',
        ...(reading ? [reading, ''] : []),
        mdeSentence(v),
        ...(costs ? ['', costs, '', EFFICIENCY_NOTE] : []),
        ...(notes.length ? ['', ...notes.map((n) => `> ${(0,report_escape/* escapeMarkdown */.FV)(n, 500)}`)] : []),
        '',
        (0,chart/* mermaidOutcomeChart */.w)(base, head),
        '',
        '',
    ].join('\n');
    const egress = egressSection(base, head);
    const after = [
        '',
        ...(egress ? [details('Egress: what the agent tried to reach', egress), ''] : []),
        details('Profile and environment', profileSection(v, base, head)),
        '',
        ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
        `<sub>bakeoff · ${(0,report_escape/* escapeMarkdown */.FV)(v.suite)} × ${(0,report_escape/* escapeMarkdown */.FV)(v.profile.head)}</sub>`,
    ].join('\n');
    const rows = orderRows(v.tasks);
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
function renderNoBaseline(head, reason, ctx = {}) {
    const s = head.summary;
    return [
        marker(head.suite.name, head.profile.name),
        `### ⚪ No baseline — success ${(0,format/* pct */.Oe)(s.successRate)} (${(0,format/* interval */.YP)(s.successRateCI95)}), nothing to compare against`,
        '',
        ...contextLines({ advisory: ctx.advisory }),
        `> ${(0,report_escape/* escapeMarkdown */.FV)(reason, 500)} The gate passes; pushes to the base branch will make the next baseline.`,
        '',
        '| | head |',
        '|---|---:|',
        `| success rate (95% CI) | ${(0,format/* pct */.Oe)(s.successRate)} (${(0,format/* interval */.YP)(s.successRateCI95)}) |`,
        `| infra-error rate | ${(0,format/* pct */.Oe)(s.infraErrorRate)} |`,
        `| limit rate | ${(0,format/* pct */.Oe)(s.limitRate)} |`,
        `| tasks × trials | ${(0,format/* shape */.cW)(head)} |`,
        `| median peak memory | ${(0,format/* medianPeakMemory */.Hq)(head)} |`,
        `| median agent time | ${(0,format/* medianAgentTime */.dE)(head)} |`,
        '',
        ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/app/compare.ts
/** Base vs head → verdict and the Markdown report; without a base, the head's own report. Used by the CLI, the Action and the fork companion. */


function compareAndRender(head, base, opts) {
    const ctx = { runUrl: opts.runUrl, baselineNote: opts.baselineNote, advisory: opts.advisory };
    if (!base)
        return { markdown: renderNoBaseline(head, opts.noBaselineReason, ctx) };
    const verdict = (0,compare/* compareRuns */.qB)(base, head, opts.thresholds);
    return { verdict, markdown: renderMarkdown(verdict, base, head, ctx) };
}

// EXTERNAL MODULE: ./src/compare/verdict.ts
var compare_verdict = __webpack_require__(57682);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/options.ts
var options = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/results/io.ts
var results_io = __webpack_require__(65480);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/terminal.ts





const MAX_TASK_LINES = 25;
function renderTerminal(v, base, head) {
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
        ['tasks × trials', (0,format/* shape */.cW)(base), (0,format/* shape */.cW)(head), ''],
        ['median peak memory', (0,format/* medianPeakMemory */.Hq)(base), (0,format/* medianPeakMemory */.Hq)(head), ''],
        ['median agent time', (0,format/* medianAgentTime */.dE)(base), (0,format/* medianAgentTime */.dE)(head), ''],
    ], [false, true, true, false]), '', mdeSentence(v));
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
    const changed = orderRows(v.tasks).filter((r) => r.status !== 'paired' || r.delta !== 0);
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
    if ([...base.trials, ...head.trials].some((t) => t.egress)) {
        const { newlyDenied, changes } = (0,egress/* diffEgress */.$)(base, head);
        out.push('', newlyDenied.length ? 'egress denied on head, not on base:' : 'egress: nothing newly denied on head');
        for (const u of newlyDenied.slice(0, 10))
            out.push(`  ${(0,report_escape/* escapeTerminal */.en)(u.destination, 80)} ${u.connections}×`);
        for (const c of changes.slice(0, 10)) {
            out.push(`  ${(0,report_escape/* escapeTerminal */.en)(c.task, 40)}: head tried ${(0,report_escape/* escapeTerminal */.en)(c.destination, 80)} ${c.head}× (base ${c.base}×), ${c.allowed ? 'allowed' : 'denied'}`);
        }
    }
    for (const n of v.notes)
        out.push('', `note: ${n}`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var common = __webpack_require__(52090);
;// CONCATENATED MODULE: ./src/commands/compare.ts








async function compareCommand(flags, io) {
    const thresholds = (0,options/* thresholdsOf */.W6)((0,common/* parseSharedFlags */.QH)(flags));
    const base = (0,results_io/* readResults */.x8)(flags.base);
    const head = (0,results_io/* readResults */.x8)(flags.head);
    if (base.suite.name !== head.suite.name) {
        throw new errors/* ConfigError */.x(flags.head, [
            {
                path: 'suite.name',
                message: `is "${head.suite.name}" but the base (${flags.base}) ran suite "${base.suite.name}"`,
                fix: 'compare two runs of the same suite',
            },
        ]);
    }
    const { verdict, markdown } = compareAndRender(head, base, { thresholds, runUrl: flags.runUrl, noBaselineReason: '' });
    io.stdout(renderTerminal(verdict, base, head));
    if (flags.markdown)
        (0,external_node_fs_.writeFileSync)(flags.markdown, markdown);
    if (flags.json)
        (0,results_io/* writeJsonAtomic */.ZJ)(flags.json, verdict);
    if (verdict.profileChanged && base.profile.name !== head.profile.name) {
        io.stderr(`bakeoff: warning: comparing different profiles (${base.profile.name} → ${head.profile.name}): the difference includes the harness\n`);
    }
    return (0,compare_verdict/* failsJob */.V)(verdict.verdict, Boolean(flags.failOnInconclusive), verdict) ? common/* EXIT */.dc.failed : common/* EXIT */.dc.ok;
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


/***/ })

};
