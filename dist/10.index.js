export const id = 10;
export const ids = [10];
export const modules = {

/***/ 99032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hZ: () => (/* binding */ compareFiles),
  cW: () => (/* reexport */ comparisonFileFormats)
});

// UNUSED EXPORTS: compareAndRender, conclusionFor, failsGate

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
// EXTERNAL MODULE: ./src/results/security.ts
var security = __webpack_require__(88258);
// EXTERNAL MODULE: ./src/report/chart.ts
var chart = __webpack_require__(70194);
// EXTERNAL MODULE: ./src/compare/egress.ts
var egress = __webpack_require__(12440);
// EXTERNAL MODULE: ./src/compare/harbor-score.ts
var harbor_score = __webpack_require__(61494);
// EXTERNAL MODULE: ./src/results/median.ts
var median = __webpack_require__(49214);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/harbor-score.ts
var report_harbor_score = __webpack_require__(26681);
;// CONCATENATED MODULE: ./src/report/comparison.ts





function comparison_comparisonView(verdict, base, head) {
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
        harbor: harborSides(base, head),
    };
}
function harborSides(base, head) {
    const sides = { base: (0,harbor_score/* harborScore */.j)(base), head: (0,harbor_score/* harborScore */.j)(head) };
    return sides.base || sides.head ? sides : null;
}
/** The summary table's row of the Harbor-equivalent score: label, base, head, Δ (head − base); none without Harbor tasks. */
function harborScoreRow(view) {
    if (!view.harbor)
        return null;
    const { base, head } = view.harbor;
    const delta = base?.score == null || head?.score == null ? null : head.score - base.score;
    return [report_harbor_score/* HARBOR_SCORE_LABEL */.DQ, (0,format/* pct */.Oe)(base?.score), (0,format/* pct */.Oe)(head?.score), (0,format/* pts */.UM)(delta)];
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
function summaryTable(view) {
    const { verdict: v, sides } = view;
    const harbor = harborScoreRow(view);
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
        ...(harbor ? [harbor] : []),
        ...sideRows(sides).map((r) => [...r, '']),
    ];
    const table = ['| | base | head | Δ |', '|---|---:|---:|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    return harbor ? `${table}\n\n<sub>${report_harbor_score/* HARBOR_SCORE_NOTE */.$Q}</sub>` : table;
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
/** A Harbor trial's verifier evidence: the failed tests its ctrf.json named, every reward.json key, where its /logs/verifier was kept. */
function verifierEvidence(trial) {
    const out = [];
    const failed = trial.failedTests;
    if (failed && failed.count > 0) {
        const more = failed.count - failed.names.length;
        out.push(`Failed tests (ctrf.json): ${failed.count}`, preBlock(failed.names.join('\n') + (more > 0 ? `\n… and ${more} more` : '')));
    }
    if (trial.rewards && Object.keys(trial.rewards).length > 1) {
        const shown = Object.entries(trial.rewards).slice(0, 12);
        out.push(`Rewards (reward.json): ${(0,report_escape/* escapeMarkdown */.FV)(shown.map(([k, v]) => `${k} ${v}`).join(', '), 400)}`);
    }
    if (trial.verifierLogs)
        out.push(`Verifier logs kept: ${(0,report_escape/* escapeMarkdown */.FV)(trial.verifierLogs, 200)} (agent-logs artifact)`);
    return out;
}
/** For each task that got worse: its head trial's reason, failed tests, verifier output tail and agent output tail, collapsed. */
function evidenceBlock(r, trial) {
    if (!trial)
        return '';
    const tests = verifierEvidence(trial);
    const verify = logSection(trial.logTail, 'verify', 1200);
    const agent = logSection(trial.logTail, 'agent', 1200);
    const harness = logSection(trial.logTail, 'harness', 600);
    const why = `head trial ${trial.trial}: ${(0,report_escape/* escapeMarkdown */.FV)(trial.reason ?? trial.outcome, 80)}`;
    return [
        `<details><summary>${(0,report_escape/* escapeMarkdown */.FV)(r.task, 100)}: why it got worse (${why})</summary>`,
        '',
        ...tests,
        ...(verify ? ['Verifier output (tail):', preBlock(verify)] : []),
        ...(agent ? ['Agent output (tail):', preBlock(agent)] : []),
        ...(harness ? ['Harness:', preBlock(harness)] : []),
        ...(!verify && !agent && !harness && !tests.length ? ['(no output was recorded)'] : []),
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
    lines.push(...importedLines(base, head));
    lines.push(...securityLines(base, head));
    lines.push(...agentDiffLines(v));
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
    const env = (r) => r.run.importedFrom
        ? `imported from Harbor${r.run.importedFrom.environment ? ` (${(0,report_escape/* escapeMarkdown */.FV)(r.run.importedFrom.environment, 100)})` : ''}: the machine was not recorded`
        : `${r.environment.host.cpus} CPUs, ${(0,format/* formatValue */.Fl)('memoryBytes', r.environment.host.memoryBytes)}, ` +
            `Docker ${(0,report_escape/* escapeMarkdown */.FV)(r.environment.docker.version)}, cgroup v${(0,report_escape/* escapeMarkdown */.FV)(r.environment.docker.cgroupVersion)}${r.environment.runner ? `, runner ${(0,report_escape/* escapeMarkdown */.FV)(r.environment.runner.name)}` : ''}`;
    lines.push(`- base: ${env(base)}`, `- head: ${env(head)}`);
    return lines.join('\n');
}
/** A run `bakeoff import` built from a Harbor job: bakeoff ran nothing, and its caps are as Harbor was told them. */
function importedLines(base, head) {
    const sides = ['base', 'head'].flatMap((side) => {
        const from = (side === 'base' ? base : head).run.importedFrom;
        if (!from)
            return [];
        const unrecorded = from.undeclared.length ? ` (not recorded by the job: ${(0,report_escape/* escapeMarkdown */.FV)(from.undeclared.join(', '), 300)})` : '';
        return [
            `> ${side === 'base' ? 'Base' : 'Head'}: imported from a Harbor job; the caps are as Harbor declared them, not enforced by bakeoff${unrecorded}.`,
        ];
    });
    return sides.length ? ['> [!NOTE]', ...sides.flatMap((l, i) => (i ? ['>', l] : [l])), ''] : [];
}
/** What the containers could do (capabilities, no-new-privileges, seccomp): once when both runs had the same, else per side. */
function securityLines(base, head) {
    const [b, h] = [base, head].map((r) => (0,report_escape/* escapeMarkdown */.FV)((0,security/* securityText */.y)((0,security/* securityOf */.K)(r.profile.resolved)), 400));
    return b === h ? [`Containers: ${h}.\n`] : [`Containers: base ${b}; head ${h}.\n`];
}
const MAX_TASK_CHANGES = 50;
/** The preset agent changed between the runs (its version, model or binary): said, as the cause a reader looks for first. */
function agentDiffLines(v) {
    if (!v.agentDiff.length)
        return [];
    const cell = (key, x) => (0,report_escape/* escapeMarkdown */.FV)((0,format/* formatValue */.Fl)(key, x), 120);
    return [
        'The agent changed between base and head:\n',
        '| agent | base | head |',
        '|---|---|---|',
        ...v.agentDiff.map((d) => `| ${(0,report_escape/* escapeMarkdown */.FV)(d.key, 40)} | ${cell(d.key, d.base)} | ${cell(d.key, d.head)} |`),
        '',
    ];
}
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
    const harbor = harborScore(head);
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
        ...(harbor ? [`| ${HARBOR_SCORE_LABEL} | ${pct(harbor.score)} |`] : []),
        ...sideRows({ base: side, head: side }).map(([label, , value]) => `| ${label} | ${value} |`),
        ...(harbor ? ['', `<sub>${HARBOR_SCORE_NOTE}</sub>`] : []),
        '',
        ctx.runUrl ? `[Run details](${encodeURI(ctx.runUrl)})` : '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/terminal.ts






const MAX_TASK_LINES = 25;
function renderTerminal(v, base, head) {
    return terminalReport(comparison_comparisonView(v, base, head));
}
function terminalReport(view) {
    const v = view.verdict;
    const s = v.successRate;
    const out = [];
    const harbor = harborScoreRow(view);
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
        ...(harbor ? [harbor] : []),
        ...sideRows(view.sides).map((r) => [...r, '']),
    ], [false, true, true, false]), '', ...(harbor ? [report_harbor_score/* HARBOR_SCORE_NOTE */.$Q, ''] : []), view.mde);
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
    if (v.agentDiff.length) {
        out.push('', 'the agent changed:');
        for (const d of v.agentDiff)
            out.push(`  ${d.key}: ${(0,report_escape/* escapeTerminal */.en)((0,format/* formatValue */.Fl)(d.key, d.base), 120)} → ${(0,report_escape/* escapeTerminal */.en)((0,format/* formatValue */.Fl)(d.key, d.head), 120)}`);
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

;// CONCATENATED MODULE: ./src/report/formats.ts



const COMPARISON_FORMATS = {
    /** The PR comment, check run and job summary. */
    markdown: { render: (view, ctx) => markdownReport(view, ctx), file: 'write the Markdown report here' },
    /** What `bakeoff compare` prints. */
    terminal: { render: (view) => terminalReport(view) },
    /** The verdict file (bakeoff.verdict/v1). */
    json: { render: (view) => JSON.stringify(verdictFile(view.verdict), null, 2) + '\n', file: 'write the verdict (bakeoff.verdict/v1) here' },
};
const comparisonFormatNames = Object.keys(COMPARISON_FORMATS);
/** The formats `bakeoff compare` can write to a file, each with its flag's help line. */
const comparisonFileFormats = comparisonFormatNames.flatMap((name) => {
    const file = COMPARISON_FORMATS[name].file;
    return file ? [{ name, help: file }] : [];
});
function renderComparison(format, verdict, base, head, ctx = {}) {
    return COMPARISON_FORMATS[format].render(comparison_comparisonView(verdict, base, head), ctx);
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
    for (const [format, file] of Object.entries(req.files))
        if (file)
            (0,io/* writeFileAtomic */.Zf)(file, renderComparison(format, verdict, base, head, { runUrl: req.runUrl }));
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


/***/ }),

/***/ 55860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ describeUserError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37827);
/* harmony import */ var _config_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90866);
/* harmony import */ var _results_merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42958);
/* harmony import */ var _runner_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44830);
/* harmony import */ var _runner_agents_npm_package_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50857);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1424);
/**
 * Every error a user can cause, mapped once to what the CLI and the Action show: an exit status
 * and one message (never a stack trace). Anything not known here is a bug and propagates.
 */






const EXIT = { ok: 0, failed: 1, badInput: 2 };
/** A mistake in what the user gave us on the command line or in the workflow: one message, exit status 2. */
class UsageError extends Error {
}
function describeUserError(err) {
    if (err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x || err instanceof UsageError || err instanceof _config_options_js__WEBPACK_IMPORTED_MODULE_1__/* .OptionError */ .eR || err instanceof _preflight_js__WEBPACK_IMPORTED_MODULE_4__/* .PreflightError */ .wG)
        return { exitCode: EXIT.badInput, message: err.message };
    if (err instanceof _results_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .MergeError */ .V)
        return {
            exitCode: EXIT.badInput,
            message: err.message
                .split('\n')
                .map((m) => `cannot merge: ${m}`)
                .join('\nbakeoff: '),
        };
    // Nothing the user wrote is wrong, but nothing can run either.
    if (err instanceof _runner_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .NoEngineError */ .cW)
        return { exitCode: EXIT.failed, message: err.message };
    // A preset agent's package: a version that does not exist is the user's; a registry that cannot serve it is not.
    if (err instanceof _runner_agents_npm_package_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl)
        return { exitCode: err.kind === 'input' ? EXIT.badInput : EXIT.failed, message: err.message };
    return undefined;
}


/***/ }),

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ preflightRequest),
/* harmony export */   Mz: () => (/* binding */ preflight),
/* harmony export */   wG: () => (/* binding */ PreflightError)
/* harmony export */ });
/* unused harmony exports CLI_WORDING, ACTION_WORDING, outputProblems, unsetVariables, presetApiProblems, unenforcedCapProblems, preflightEach, imageChecks, pullLines */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34529);
/* harmony import */ var _config_presets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30914);
/* harmony import */ var _config_network_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69264);
/* harmony import */ var _config_egress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16659);
/* harmony import */ var _runner_caps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13373);
/* harmony import */ var _runner_selection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45224);
/**
 * Checks made before the first container starts, so a new user's usual mistakes are told at once
 * instead of showing up as a run of `error` trials: outputs that cannot be written, agent variables
 * unset on the host, images missing from the engine, caps the engine would silently ignore. Harbor
 * tasks' missing docker_images are not refused: they are listed ("will pull: …") and pulled by the run.
 */








/** Every preflight problem at once; adapters print it and exit 2 (the CLI) or fail the step (the Action). */
class PreflightError extends Error {
    problems;
    constructor(problems) {
        super(`${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(problems.length, 'problem')} found before any container started:\n` + problems.map((p) => `  - ${p.what} — ${p.fix}`).join('\n'));
        this.problems = problems;
    }
}
const CLI_WORDING = {
    missingImage: (image) => `docker pull ${image} (or docker build -t ${image} …); --allow-missing-images counts such trials as error/image instead`,
    unsetVariable: (name) => `export ${name}=… before the run, or list it as "${name}?" in agent.env if it may be empty`,
};
const ACTION_WORDING = {
    missingImage: (image) => `add a step before bakeoff that makes it: run: docker pull ${image} (or docker build -t ${image} …); ` +
        'allow-missing-images: true counts such trials as error/image instead',
    unsetVariable: (name) => `pass it to the bakeoff step: env: { ${name}: \${{ secrets.${name} }} }, or list it as "${name}?" in agent.env if it may be empty`,
};
/** Output files that can be created (or overwritten), and output directories that can be made. */
function outputProblems(outputs) {
    return outputs.flatMap(({ flag, path, kind }) => {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full)) {
            const isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory();
            if (kind === 'file' && isDir)
                return [{ what: `${flag} ${path} is a directory`, fix: 'give a file path' }];
            if (kind === 'dir' && !isDir)
                return [{ what: `${flag} ${path} is a file`, fix: 'give a directory path' }];
            return writable(full) ? [] : [{ what: `${flag} ${path} is not writable`, fix: 'fix its permissions or choose another path' }];
        }
        let parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(full);
        if (kind === 'dir')
            while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(parent) && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(parent) !== parent)
                parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(parent);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(parent))
            return [{ what: `${flag} ${path}: the directory ${parent} does not exist`, fix: 'create it first, or choose another path' }];
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(parent).isDirectory())
            return [{ what: `${flag} ${path}: ${parent} is not a directory`, fix: 'choose another path' }];
        return writable(parent) ? [] : [{ what: `${flag} ${path}: cannot write in ${parent}`, fix: 'fix its permissions or choose another path' }];
    });
}
function writable(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The suite's agent variables that are unset or empty on the host, except those marked optional. */
function unsetVariables(suite, hostEnv, wording) {
    return suite.agent.env
        .filter((name) => !suite.agent.optionalEnv.includes(name) && !hostEnv[name])
        .map((name) => ({ what: `${name} (${whoTakes(suite, name)}) is not set on this host`, fix: wording.unsetVariable(name) }));
}
function whoTakes(suite, name) {
    const agent = suite.agent;
    return agent.kind === 'preset' && _config_presets_js__WEBPACK_IMPORTED_MODULE_3__/* .PRESETS */ .f[agent.preset].secretEnv.includes(name) ? `the ${agent.preset} preset's API key` : 'agent.env';
}
/**
 * A preset agent must reach its model API from the agent phase: the profile's network must allow
 * the host and port it will call (the default, or its base URL's), and the fix is the exact line.
 */
function presetApiProblems(agent, profile, hostEnv) {
    const profileFile = `the profile "${profile.name}"`;
    if (agent.kind !== 'preset')
        return [];
    const api = (0,_config_presets_js__WEBPACK_IMPORTED_MODULE_3__/* .presetApiDestination */ .G)(agent.preset, hostEnv);
    if ('problem' in api)
        return [
            {
                what: `${agent.preset}: ${api.problem}`,
                fix: `set ${_config_presets_js__WEBPACK_IMPORTED_MODULE_3__/* .PRESETS */ .f[agent.preset].api.baseUrlVar} to the model API's URL, or unset it for the default`,
            },
        ];
    const destination = `${api.host.includes(':') ? `[${api.host}]` : api.host}:${api.port}`;
    const phase = (0,_config_network_js__WEBPACK_IMPORTED_MODULE_4__/* .profileNetwork */ .aE)(profile).agent;
    const what = `${agent.preset} calls its model API at ${destination} (${api.from === 'the default' ? 'its default' : `from ${api.from}`}), `;
    if (phase.mode === 'bridge')
        return [];
    if (phase.mode === 'none')
        return [
            {
                what: `${what}but ${profileFile} gives the agent no network`,
                fix: `in ${profileFile}, set network: { agent: { egress: ["${destination}"] }, verify: none } (or add it to the agent's egress list)`,
            },
        ];
    if ((0,_config_egress_js__WEBPACK_IMPORTED_MODULE_5__/* .matchEgress */ .Xb)((0,_config_network_js__WEBPACK_IMPORTED_MODULE_4__/* .rulesOf */ .fD)(phase.egress ?? []), api.host, api.port))
        return [];
    return [
        {
            what: `${what}which ${profileFile}'s agent allow-list does not allow`,
            fix: `add this line to the agent's egress list in ${profileFile}:  - "${destination}"`,
        },
    ];
}
/**
 * Caps the profile sets that this engine reports it cannot enforce: trials would run uncapped without
 * a word. Swap is left to the run's warnings: many hosts lack swap accounting, and memory still holds.
 */
function unenforcedCapProblems(environment, caps) {
    const fix = 'run on an engine whose kernel has that cgroup controller (GitHub-hosted runners do), or measure with --multiplier uncapped';
    return (0,_runner_caps_js__WEBPACK_IMPORTED_MODULE_6__/* .unenforcedCaps */ .pi)(environment, caps)
        .filter((u) => u.cap !== 'swap')
        .map(({ what }) => ({ what, fix }));
}
const WORDING = { cli: CLI_WORDING, action: ACTION_WORDING };
/** The one place a preflight request is built. The Action writes only into its own temporary directory: its outputs are not checked. */
function preflightRequest(ask, run) {
    const outputs = ask.where === 'cli' ? (run.outputs ?? []).map((o) => ({ flag: `--${o.name}`, path: o.path, kind: o.kind })) : [];
    return {
        tasksGlob: run.tasksGlob,
        multipliers: run.multipliers,
        outputs,
        hostEnv: process.env,
        allowMissingImages: ask.allowMissingImages,
        wording: WORDING[ask.where],
        ...(run.log ? { log: run.log } : {}),
        ...(run.agents ? { agents: run.agents } : {}),
    };
}
/**
 * Preflight of several configurations run together (a head and its base): every problem of every
 * one, each named by its label ("head: …"), in one PreflightError.
 */
async function preflightEach(sides, ask, run) {
    const problems = [];
    for (const { label, session } of sides) {
        await preflight(session, preflightRequest(ask, run)).catch((err) => {
            if (!(err instanceof PreflightError))
                throw err;
            problems.push(...err.problems.map((p) => ({ ...p, what: `${label}: ${p.what}` })));
        });
    }
    if (problems.length)
        throw new PreflightError(problems);
}
/** All checks; throws PreflightError listing every problem. Returns the environment it read. */
async function preflight(session, req) {
    const suite = session.suite.value;
    const problems = [
        ...outputProblems(req.outputs),
        ...unsetVariables(suite, req.hostEnv, req.wording),
        ...(req.agents ?? [suite.agent]).flatMap((agent) => presetApiProblems(agent, session.profile.value, req.hostEnv)),
    ];
    const environment = await session.backend.environment();
    for (const multiplier of req.multipliers) {
        const { caps } = (0,_runner_caps_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveCaps */ .G$)({ profile: session.profile.value, multiplier, hostCpus: environment.docker.cpus });
        for (const p of unenforcedCapProblems(environment, caps))
            if (!problems.some((q) => q.what === p.what))
                problems.push(p);
    }
    const images = await imageChecks((0,_runner_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .filterTasks */ .NT)(suite.tasks, req.tasksGlob), (image) => session.backend.imageExists(image));
    if (!req.allowMissingImages)
        problems.push(...images.missing.map(({ image, tasks }) => ({
            what: `image ${image} is not on the engine (tasks: ${shownIds(tasks)})`,
            fix: req.wording.missingImage(image),
        })));
    if (problems.length)
        throw new PreflightError(problems);
    const log = req.log ?? ((line) => process.stderr.write(line + '\n'));
    for (const line of pullLines(images.toPull))
        log(line);
    return environment;
}
/** Task ids as a problem or a notice lists them: the first five, and how many more. */
function shownIds(ids) {
    return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
}
/**
 * The images `tasks` need that the engine lacks (`exists` asks it, once per image, a few at a time):
 * those bakeoff pulls before the trials (a Harbor task's docker_image), and those the user must make
 * (the suite's own `image:`). Harbor tasks built from their Dockerfile are built, not looked for here.
 */
async function imageChecks(tasks, exists) {
    const byImage = new Map();
    for (const t of tasks) {
        if (t.harbor?.build)
            continue;
        const entry = byImage.get(t.image) ?? { tasks: [], pulled: false };
        entry.tasks.push(t.id);
        // The run pulls an image a Harbor task names, also for the suite's own tasks that share it.
        entry.pulled ||= Boolean(t.harbor);
        byImage.set(t.image, entry);
    }
    const queue = [...byImage.entries()];
    const absent = new Set();
    const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift())
            if (!(await exists(next[0])))
                absent.add(next[0]);
    };
    await Promise.all(Array.from({ length: Math.min(8, queue.length) }, worker));
    const out = { missing: [], toPull: [] };
    for (const [image, { tasks: ids, pulled }] of byImage)
        if (absent.has(image))
            (pulled ? out.toPull : out.missing).push({ image, tasks: ids });
    return out;
}
/** What preflight says of the images the run will pull: one line each. */
function pullLines(toPull) {
    return toPull.map(({ image, tasks }) => `bakeoff: will pull: ${image} (${tasks.length === 1 ? 'task' : 'tasks'} ${shownIds(tasks)})`);
}


/***/ }),

/***/ 52090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dc: () => (/* reexport */ errors/* EXIT */.dc),
  eb: () => (/* reexport */ errors/* UsageError */.eb),
  Vt: () => (/* binding */ detectRef),
  Gc: () => (/* binding */ parseCommonFlags),
  N6: () => (/* binding */ rankFlagOptions),
  Kr: () => (/* binding */ reportUserError),
  w: () => (/* binding */ sessionFor),
  bJ: () => (/* binding */ stderrLog)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/app/errors.ts
var errors = __webpack_require__(55860);
// EXTERNAL MODULE: ./src/config/errors.ts
var config_errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/force-build.ts
var force_build = __webpack_require__(94076);
// EXTERNAL MODULE: ./src/config/harbor.ts
var harbor = __webpack_require__(12830);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(93661);
// EXTERNAL MODULE: ./src/config/timeouts.ts
var timeouts = __webpack_require__(27548);
// EXTERNAL MODULE: ./src/runner/engine.ts
var engine = __webpack_require__(44830);
;// CONCATENATED MODULE: ./src/app/session.ts
/** What every verb that runs trials starts with: the suite and profile loaded, then an engine that answers. */






function loadConfigs(files) {
    const loaded = (0,load/* loadSuite */.bu)(files.suite);
    const suite = files.build ? (0,force_build/* forceBuild */.G)(loaded) : loaded;
    const profile = (0,load/* loadProfile */.iH)(files.profile);
    (0,timeouts/* checkTimeouts */.t1)(suite.value, profile.value, files.profile);
    return { suite: files.agent ? withAgent(suite, files.agent) : suite, profile };
}
function withAgent(suite, agent) {
    if (agent === 'oracle')
        return (0,harbor/* asOracle */.HQ)(suite);
    throw new config_errors/* ConfigError */.x(suite.value.path, [
        {
            path: 'agent',
            message: `--agent ${agent}: unknown agent`,
            fix: "use --agent oracle (each task's solution), or leave it out for the suite's agent",
        },
    ]);
}
/** Files first, so a bad file is reported without an engine; then the engine (NoEngineError when none answers). */
async function openSession(files, log) {
    const configs = loadConfigs(files);
    const kept = files.build ? (0,force_build/* keptImages */.D)(configs.suite.value) : [];
    if (kept.length)
        log(`bakeoff: --build: ${kept.length} Harbor task(s) have no environment/Dockerfile and keep their docker_image: ` +
            kept
                .slice(0, 5)
                .map((t) => t.id)
                .join(', ') +
            (kept.length > 5 ? ` and ${kept.length - 5} more` : ''));
    return { ...configs, backend: await (0,engine/* connectEngine */.xn)(log) };
}

// EXTERNAL MODULE: ./src/config/options.ts + 1 modules
var options = __webpack_require__(90866);
;// CONCATENATED MODULE: ./src/commands/common.ts
/** Shared by the CLI verbs: exit codes, user errors, the shared options, the session. */






/** Reports a user's mistake and returns its exit status; anything else is a bug and propagates. */
function reportUserError(err, stderr) {
    const known = (0,errors/* describeUserError */.Pi)(err);
    if (!known)
        return undefined;
    stderr(`bakeoff: ${known.message}\n`);
    return known.exitCode;
}
const flagOptions = (0,options/* commonOptionsSchema */.d6)('flag');
/** The flags shared with the Action (trials, concurrency, multiplier(s), shard, thresholds), checked by their one rule each. */
function parseCommonFlags(flags, schema = flagOptions) {
    const parsed = schema.safeParse(flags);
    if (!parsed.success)
        throw new errors/* UsageError */.eb(parsed.error.issues.map((i) => i.message).join('\nbakeoff: '));
    return parsed.data;
}
/** `rank --multipliers` is the ranking's list (one value is enough), not the sweep's. */
const rankFlagOptions = (0,options/* commonOptionsSchema */.d6)('flag', { rankMultipliers: 'multipliers' });
/** The commit and branch under test: from the Actions environment, else from git, else unknown. */
function detectRef(near) {
    const env = process.env;
    if (env.GITHUB_SHA) {
        return { sha: env.GITHUB_SHA, branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null };
    }
    const git = (...args) => {
        try {
            return ((0,external_node_child_process_.execFileSync)('git', args, { cwd: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(near)), stdio: ['ignore', 'pipe', 'ignore'] })
                .toString()
                .trim() || null);
        }
        catch {
            return null;
        }
    };
    const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
    return { sha: git('rev-parse', 'HEAD'), branch: branch === 'HEAD' ? null : branch };
}
/** The loaded files and the engine for a verb that runs trials (NoEngineError, exit 1, when none answers). */
function sessionFor(files, io) {
    return openSession(files, stderrLog(io));
}
/** A log line on stderr. */
const stderrLog = (io) => (line) => io.stderr(line + '\n');


/***/ }),

/***/ 36010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var _app_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99032);
/* harmony import */ var _config_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90866);
/* harmony import */ var _config_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27473);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52090);
/**
 * bakeoff's command line, on commander: each verb's flags are declared once, and the same
 * declarations parse argv, generate `--help` and suggest the nearest verb or flag for a typo.
 */





// Each verb's module is loaded when it runs: `compare` never loads the Docker client (its start-up
// measured 71 MB instead of 78 MB resident).
const BUILD_HELP = "build Harbor tasks' images from environment/Dockerfile even where task.toml names a docker_image (Harbor's force-build)";
const expects = (rule) => rule.expected.replace(/^must (be )?/, '');
function suiteAndProfile(cmd) {
    return cmd.requiredOption('--suite <file>', 'the suite YAML file').requiredOption('--profile <file>', 'the profile YAML file (profiles/<name>.yml)');
}
function runShape(cmd) {
    return cmd
        .option('--trials <n>', `trials per task, overriding the suite (${expects(_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_RULES */ ._4.trials)})`)
        .option('--concurrency <auto|n>', 'trials at once: auto packs them to the host by guaranteed memory and CPU', 'auto')
        .option('--tasks <glob>', 'only the task ids matching these comma-separated globs')
        .option('--allow-missing-images', 'run even when images are missing; their trials count as error/image')
        .option('--agent <oracle>', "run each Harbor task's own solution/solve.sh as the agent, instead of the suite's")
        .option('--build', BUILD_HELP);
}
function buildProgram(io, done) {
    const program = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('bakeoff')
        .description('Run an agent task suite under production caps and gate on honest paired statistics.')
        .version(_config_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .w, '-V, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        .showSuggestionAfterError(true)
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`bakeoff: ${text.replace(/^error: /, '')}`) })
        .exitOverride();
    const verb = (name) => program
        .command(name)
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`bakeoff: ${text.replace(/^error: /, '')}`) })
        .showSuggestionAfterError(true);
    suiteAndProfile(verb('validate').description('check a suite and a profile, and (when an engine answers) images, variables and limits'))
        .option('--allow-missing-images', 'do not count images missing from the engine as a problem')
        .action(async (flags) => done(await (await __webpack_require__.e(/* import() */ 563).then(__webpack_require__.bind(__webpack_require__, 95563))).validateCommand(flags, io)));
    runShape(suiteAndProfile(verb('run').description('run the suite under the profile; progress on stderr')))
        .requiredOption('--out <file>', 'where to write the results (bakeoff.results/v1)')
        .option('--multiplier <x|uncapped>', `scale the profile's ceilings (${expects(_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_RULES */ ._4.multiplier)})`, '1')
        .option('--events <file>', 'the JSONL events file (default: <out>.events.jsonl)')
        .option('--resume', 'continue the run recorded in the events file')
        .option('--shard <i/n>', 'run only shard i of n (tasks balanced by cost)')
        .option('--shard-durations <file>', 'an earlier results file whose trial durations balance the shards')
        .action(async (flags) => done(await (await Promise.all(/* import() */[__webpack_require__.e(571), __webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__, 94331))).runCommand(flags, io)));
    const compare = verb('compare')
        .description('compare base and head results: verdict, report, exit 1 when the gate fails')
        .requiredOption('--base <file>', 'base results file')
        .requiredOption('--head <file>', 'head results file');
    for (const { name, help } of _app_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .comparisonFileFormats */ .cW)
        compare.option(`--${name} <file>`, help);
    compare
        .option('--alpha <a>', `significance level (${expects(_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_RULES */ ._4.alpha)})`, '0.05')
        .option('--max-drop <d>', `smallest drop that is a regression (${expects(_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_RULES */ ._4.fraction)})`, '0.03')
        .option('--max-infra-error-rate <r>', `head infra-error rate that fails the gate (${expects(_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_RULES */ ._4.fraction)})`, '0.03')
        .option('--fail-on-inconclusive', 'also fail when the verdict is inconclusive')
        .option('--max-cost-increase <limits>', 'fail on a significant cost increase: 20% (every metric) or time=10%,cost_usd=20%')
        .option('--run-url <url>', 'link the report to this run')
        .action(async (flags) => done(await (await __webpack_require__.e(/* import() */ 165).then(__webpack_require__.bind(__webpack_require__, 51165))).compareCommand(flags, io)));
    verb('merge')
        .description('join the shards of one run into one results file')
        .argument('<results...>', 'the shard results files')
        .requiredOption('--out <file>', 'the merged results file')
        .action(async (files, flags) => done(await (await __webpack_require__.e(/* import() */ 122).then(__webpack_require__.bind(__webpack_require__, 16122))).mergeCommand(files, flags, io)));
    const imports = verb('import').description("read another harness's results into a results file that compare and rank take");
    imports
        .command('harbor')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`bakeoff: ${text.replace(/^error: /, '')}`) })
        .showSuggestionAfterError(true)
        .description("a Harbor job directory (jobs/<job name>): each trial's result.json; caps recorded as declared, not enforced by bakeoff")
        .argument('<job-dir>', 'the job directory Harbor wrote')
        .requiredOption('--out <file>', 'where to write the results (bakeoff.results/v1)')
        .option('--candidate <name>', 'record the job as this candidate, for bakeoff rank --from (one import per agent)')
        .action(async (jobDir, flags) => done(await (await __webpack_require__.e(/* import() */ 30).then(__webpack_require__.bind(__webpack_require__, 23030))).importHarborCommand(jobDir, flags, io)));
    runShape(suiteAndProfile(verb('sweep').description('run the suite at several multipliers, interleaved; table and charts')))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--multipliers <list>', `e.g. 1,2,3,uncapped (${expects(_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_RULES */ ._4.multipliers)})`).makeOptionMandatory())
        .requiredOption('--out <dir>', 'the directory for the table, charts and results')
        .action(async (flags) => done(await (await Promise.all(/* import() */[__webpack_require__.e(571), __webpack_require__.e(198)]).then(__webpack_require__.bind(__webpack_require__, 18198))).sweepCommand(flags, io)));
    verb('rank')
        .description("rank candidate agents (the suite's candidates) under the same caps, interleaved; where the ranking flips uncapped")
        .option('--suite <file>', 'the suite YAML file, with candidates')
        .option('--profile <file>', 'the profile YAML file (profiles/<name>.yml)')
        .option('--candidates <names>', 'only these comma-separated candidates (default: all the suite declares)')
        .option('--multipliers <list>', 'the multipliers to rank at, e.g. 1,uncapped (production caps and none)', '1,uncapped')
        .requiredOption('--out <dir>', 'the directory for ranking.md, ranking.svg, ranking.json and the results')
        .option('--from <results...>', 'rank these results files of a ranking run (e.g. shards joined by bakeoff merge) instead of running')
        .option('--alpha <a>', `family-wise significance level (${expects(_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_RULES */ ._4.alpha)})`, '0.05')
        .option('--trials <n>', `trials per task, overriding the suite (${expects(_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .OPTION_RULES */ ._4.trials)})`)
        .option('--concurrency <auto|n>', 'trials at once: auto packs them to the host by guaranteed memory and CPU', 'auto')
        .option('--tasks <glob>', 'only the task ids matching these comma-separated globs')
        .option('--shard <i/n>', 'run only shard i of n (the same tasks for every candidate)')
        .option('--resume', 'continue the ranking run recorded in the events files of --out')
        .option('--allow-missing-images', 'run even when images are missing; their trials count as error/image')
        .option('--build', BUILD_HELP)
        .option('--incumbent <name>', 'the candidate in production now: the gates below compare with it at 1x')
        .option('--fail-if-incumbent-beaten', 'exit 1 when a candidate is significantly better than the incumbent')
        .option('--fail-if-worse-than-incumbent <names>', 'exit 1 when one of these candidates is significantly worse than the incumbent')
        .action(async (flags) => done(await (await Promise.all(/* import() */[__webpack_require__.e(571), __webpack_require__.e(646)]).then(__webpack_require__.bind(__webpack_require__, 74646))).rankCommand(flags, io)));
    verb('plan')
        .description('size a gate from a base run: tasks × trials that detect a drop, and the MDE as the suite stands')
        .requiredOption('--base <file>', 'a results file of the base (its per-task rates drive the simulation)')
        .option('--mde <drop>', 'the drop to detect, in points (5pts) or as a fraction (0.05)', '5pts')
        .option('--alpha <a>', 'significance level', '0.05')
        .option('--power <p>', 'the power wanted', '0.8')
        .option('--max-drop <d>', "the gate's max-drop: it fails only on a drop at least this large (fraction)", '0.03')
        .action(async (flags) => done(await (await __webpack_require__.e(/* import() */ 129).then(__webpack_require__.bind(__webpack_require__, 42129))).planCommand(flags, io)));
    verb('build')
        .description("build the images of the suite's Harbor tasks (cached by their build context; run does this too)")
        .requiredOption('--suite <file>', 'the suite YAML file')
        .option('--tasks <glob>', 'only the task ids matching these comma-separated globs')
        .option('--force', 'rebuild even when an image of the same build context exists')
        .option('--build', 'also the Harbor tasks that name a docker_image and hold an environment/Dockerfile, as run --build builds them')
        .option('--build-concurrency <n>', 'builds at once', '2')
        .action(async (flags) => done(await (await __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 24118))).buildCommand(flags, io)));
    return program;
}
async function main(argv, io) {
    let code = _common_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    const program = buildProgram(io, (c) => (code = c));
    if (argv.length === 0) {
        program.outputHelp({ error: true });
        return _common_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.badInput;
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (err) {
        if (err instanceof commander__WEBPACK_IMPORTED_MODULE_0__/* .CommanderError */ .b7)
            return err.exitCode === 0 ? _common_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _common_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.badInput;
        const userCode = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .reportUserError */ .Kr)(err, io.stderr);
        if (userCode !== undefined)
            return userCode;
        io.stderr(`bakeoff: internal error: ${err?.stack ?? String(err)}\n`);
        return _common_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.failed;
    }
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
// EXTERNAL MODULE: ./src/results/security.ts
var security = __webpack_require__(88258);
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
/**
 * The profile as it shaped the trials: its name, multiplier and the caps really applied, with the
 * security context a file written before it was recorded ran under (so that change shows too).
 */
function profileDiff(base, head) {
    const view = (r) => ({
        name: r.profile.name,
        multiplier: r.profile.multiplier,
        ...r.profile.resolved,
        security: (0,security/* securityOf */.K)(r.profile.resolved),
    });
    return keyDiff(view(base), view(head));
}
/**
 * The preset agent each run ran: name, version, model and its binary's digest (what ran, however
 * it was named). A change is an agent change: often the pull request's point, shown beside the verdict.
 */
function agentDiff(base, head) {
    const view = (r) => {
        const p = r.run.preset;
        return p ? { preset: p.name, version: p.version, model: p.model ?? null, binarySha256: p.binarySha256 } : { preset: null };
    };
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
        agentDiff: agentDiff(base, head),
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
/** Every destination a run's trials tried in `phase` (a record without one is the agent's), summed; optionally one task's only. */
function egressUse(r, task, phase = 'agent') {
    const byDest = new Map();
    for (const t of r.trials) {
        if (task !== undefined && t.task !== task)
            continue;
        for (const e of t.egress ?? []) {
            if ((e.phase ?? 'agent') !== phase)
                continue;
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

/***/ 61494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ harborScore)
/* harmony export */ });
/* unused harmony export harborReward */
/**
 * What one trial scores in Harbor's terms: its reward where it has one (a Harbor verifier's, also
 * after a timeout); without one a pass is 1, a fail or a limit 0; an error is 0 (Harbor has no
 * retry that leaves a trial out, and grades nothing it could not run).
 */
function harborReward(t) {
    if (t.outcome === 'error')
        return 0;
    if (typeof t.reward === 'number')
        return t.reward;
    return t.outcome === 'pass' ? 1 : 0;
}
/** Whether a run has Harbor tasks: a trial carries a reward (graded or null), or a task records what it declares. */
function hasHarborTasks(results) {
    return results.trials.some((t) => t.reward !== undefined) || results.suite.tasks.some((t) => t.declared !== undefined);
}
/** The run's Harbor-equivalent score; null when it has no Harbor task (bakeoff's own rates say it all). */
function harborScore(results) {
    if (!hasHarborTasks(results))
        return null;
    const trials = results.trials;
    const sum = trials.reduce((s, t) => s + harborReward(t), 0);
    return {
        score: trials.length > 0 && Number.isFinite(sum) ? sum / trials.length : null,
        trials: trials.length,
        errors: trials.filter((t) => t.outcome === 'error').length,
        gradedTimeouts: trials.filter((t) => t.outcome === 'limit' && t.reason === 'timeout' && typeof t.reward === 'number').length,
    };
}


/***/ }),

/***/ 39349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ sumOfSquares),
/* harmony export */   cz: () => (/* binding */ sum),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   p_: () => (/* binding */ gcd)
/* harmony export */ });
/** Small arithmetic the statistics share: one definition each. Pure. */
function sum(xs) {
    let total = 0;
    for (const x of xs)
        total += x;
    return total;
}
/** The arithmetic mean; null for no numbers. */
function mean(xs) {
    return xs.length ? sum(xs) / xs.length : null;
}
function sumOfSquares(xs) {
    let total = 0;
    for (const x of xs)
        total += x * x;
    return total;
}
/** Greatest common divisor of two non-negative integers. */
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}


/***/ }),

/***/ 65332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ DEFAULT_SEED),
/* harmony export */   x: () => (/* binding */ xorshift32)
/* harmony export */ });
/**
 * A small seeded PRNG (xorshift32, Marsaglia 2003): the same inputs give the same Monte Carlo
 * p-values and bootstrap intervals, byte for byte. Only bit operations, no Math calls, so the hot
 * loops stay fast in every JS realm (Jest's sandbox makes each Math call costly).
 */
function xorshift32(seed) {
    let x = seed >>> 0 || 0x9e3779b9;
    return () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return (x >>> 0) / 4294967296;
    };
}
const DEFAULT_SEED = 20_241_127;


/***/ }),

/***/ 64856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ pairedSpread),
/* harmony export */   C3: () => (/* binding */ worstTaskVariance),
/* harmony export */   Ex: () => (/* binding */ detectableDrops),
/* harmony export */   GW: () => (/* binding */ bootstrapMeanCI),
/* harmony export */   VO: () => (/* binding */ meanInterval),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   i8: () => (/* binding */ signFlipBothWays),
/* harmony export */   k9: () => (/* binding */ signFlipNormal),
/* harmony export */   tf: () => (/* binding */ signFlipTest)
/* harmony export */ });
/* unused harmony export studentQuantile */
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39349);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65332);
/**
 * Paired statistics over tasks (docs/design.md §7). The task is the unit: trials of a task are never
 * pooled as independent observations. Pure functions, no I/O.
 */


/**
 * Writes each difference as an integer over a common denominator, when the differences are
 * fractions with small denominators (pass counts over trial counts), so the exact distribution of
 * their sum can be built by convolution without rounding. Returns null when that is not possible.
 */
function commonDenominator(diffs, denominators) {
    let scale = 1;
    for (const d of denominators) {
        if (!Number.isInteger(d) || d <= 0)
            return null;
        scale = (scale / (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .gcd */ .p_)(scale, d)) * d;
        if (scale > 1e6)
            return null;
    }
    const ks = diffs.map((x) => Math.round(x * scale));
    if (ks.some((k, i) => Math.abs(k - diffs[i] * scale) > 1e-6))
        return null;
    return { ks, scale };
}
/**
 * One-sided mid-p sign-flip permutation test on paired differences d_i.
 * H0: each d_i is symmetric about 0 (base and head exchangeable within a task), so the
 * observed sum T = Σ d_i is compared with the 2^n sums Σ ±d_i.
 *   'less':    p = P(T* < T) + ½·P(T* = T)     (evidence the head is worse)
 *   'greater': p = P(T* > T) + ½·P(T* = T)
 * With one trial per task (d_i ∈ {−1, 0, 1}) this is exactly the one-sided mid-p McNemar test.
 * Exact when the |d_i| are integers over a common denominator (pass counts over trial counts) and
 * the convolution fits in `maxExactWork` steps; otherwise seeded Monte Carlo with `draws` random
 * sign vectors.
 */
function signFlipTest(diffs, opts) {
    const both = signFlipBothWays(diffs, opts);
    return both && { pValue: both[opts.alternative], method: both.method };
}
/** Both one-sided mid-p values of the sign-flip test from one distribution (or one set of Monte Carlo draws). */
function signFlipBothWays(diffs, opts = {}) {
    const nonzero = diffs.filter((d) => d !== 0);
    if (diffs.length === 0)
        return null;
    if (nonzero.length === 0)
        return { less: 0.5, greater: 0.5, method: 'exact' };
    const scaled = commonDenominator(nonzero, opts.denominators ?? []);
    const dist = scaled && signFlipDistribution(scaled.ks, opts.maxExactWork ?? 5e7);
    if (scaled && dist)
        return {
            ...midPTails(dist, (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .cz)(scaled.ks)),
            method: 'exact',
        };
    return { ...monteCarloTails(nonzero, opts.draws ?? 20_000, opts.seed ?? _random_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SEED */ .K), method: 'monte-carlo' };
}
/**
 * The one-sided sign-flip p by the statistic's normal limit: Σd_i·ε_i has mean 0 and variance Σd_i²
 * under H0. Callers use it where many bounded terms make the normal tail as good as the exact one.
 */
function signFlipNormal(diffs, alternative) {
    const squares = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .sumOfSquares */ .Jv)(diffs);
    if (squares === 0)
        return 0.5;
    const z = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .cz)(diffs) / Math.sqrt(squares);
    return alternative === 'less' ? normalCdf(z) : 1 - normalCdf(z);
}
/**
 * Below this a probability is dropped from the tails of the distributions being convolved. Each drop
 * is counted, so the p-value is off by at most the dropped mass, which stays below 1e-12 (asserted).
 */
const NEGLIGIBLE = 1e-22;
/**
 * The distribution of Σ ±k_i with each sign fair. Tasks with the same |k| form one term k·(2J − c),
 * J ~ Binomial(c, ½), so 10,000 tasks at 3 trials a side are 3 to 9 convolutions of binomials, not
 * 10,000 steps over a 60,000-wide array. Null when that would take more than `maxWork` steps.
 */
function signFlipDistribution(ks, maxWork) {
    const counts = new Map();
    for (const k of ks)
        counts.set(Math.abs(k), (counts.get(Math.abs(k)) ?? 0) + 1);
    let acc = { min: 0, probs: Float64Array.of(1) };
    let work = 0;
    let dropped = 0;
    for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
        const binomial = fairBinomial(c);
        work += acc.probs.length * binomial.pmf.length;
        if (work > maxWork)
            return null;
        const trimmed = trimTails(convolveScaled(acc, binomial, k, c));
        dropped += binomial.dropped + trimmed.dropped;
        acc = trimmed;
    }
    if (dropped > 1e-12)
        throw new Error(`sign-flip: ${dropped} of the probability dropped (internal)`);
    return acc;
}
/** P(J = j) for J ~ Binomial(c, ½) from j = `from` on, where it is not negligible; computed outward from the mode by ratios. */
function fairBinomial(c) {
    const mode = c >> 1;
    const up = [];
    const down = [];
    for (let j = mode, v = 1; j < c && (v *= (c - j) / (j + 1)) > NEGLIGIBLE; j++)
        up.push(v);
    for (let j = mode, v = 1; j > 0 && (v *= j / (c - j + 1)) > NEGLIGIBLE; j--)
        down.push(v);
    const relative = [...down.reverse(), 1, ...up];
    const total = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .cz)(relative);
    // Each dropped term is below NEGLIGIBLE × the mode's probability (itself ≤ 1).
    const dropped = (c + 1 - relative.length) * NEGLIGIBLE;
    return { from: mode - down.length, pmf: Float64Array.from(relative, (v) => v / total), dropped };
}
/** acc + k·(2J − c): each binomial term shifts a copy of acc by 2k. */
function convolveScaled(acc, binomial, k, c) {
    const { pmf, from } = binomial;
    const probs = new Float64Array(acc.probs.length + 2 * k * (pmf.length - 1));
    for (let j = 0; j < pmf.length; j++) {
        const w = pmf[j];
        const at = 2 * k * j;
        for (let i = 0; i < acc.probs.length; i++)
            probs[at + i] += w * acc.probs[i];
    }
    return { min: acc.min + k * (2 * from - c), probs };
}
/** Cuts negligible probability off both ends. */
function trimTails(d) {
    let lo = 0;
    let hi = d.probs.length - 1;
    let dropped = 0;
    while (lo < hi && d.probs[lo] < NEGLIGIBLE)
        dropped += d.probs[lo++];
    while (hi > lo && d.probs[hi] < NEGLIGIBLE)
        dropped += d.probs[hi--];
    return { min: d.min + lo, probs: d.probs.subarray(lo, hi + 1), dropped };
}
function midPTails(d, observed) {
    const at = observed - d.min;
    let below = 0;
    let above = 0;
    for (let s = 0; s < d.probs.length; s++) {
        if (s < at)
            below += d.probs[s];
        else if (s > at)
            above += d.probs[s];
    }
    const equal = at >= 0 && at < d.probs.length ? d.probs[at] : 0;
    return { less: Math.min(1, below + equal / 2), greater: Math.min(1, above + equal / 2) };
}
function monteCarloTails(diffs, draws, seed) {
    const rand = (0,_random_js__WEBPACK_IMPORTED_MODULE_1__/* .xorshift32 */ .x)(seed);
    const observed = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .cz)(diffs);
    const eps = 1e-9 * diffs.reduce((a, b) => a + Math.abs(b), 0);
    let below = 0;
    let above = 0;
    let equal = 0;
    for (let i = 0; i < draws; i++) {
        let s = 0;
        for (const d of diffs)
            s += rand() < 0.5 ? -d : d;
        const gap = s - observed;
        if (gap <= eps && gap >= -eps)
            equal++;
        else if (s < observed)
            below++;
        else
            above++;
    }
    // +1 smoothing keeps a Monte Carlo p-value from being 0 (Phipson & Smyth 2010).
    const p = (beyond) => Math.min(1, (beyond + equal / 2 + 1) / (draws + 1));
    return { less: p(below), greater: p(above) };
}
/** Seeded percentile bootstrap over tasks: the 95% interval of the mean difference. */
function bootstrapMeanCI(diffs, opts = {}) {
    const n = diffs.length;
    if (n === 0)
        return null;
    const B = opts.resamples ?? 2000;
    const xs = Float64Array.from(diffs);
    const means = new Float64Array(B);
    // xorshift32 inlined (the same sequence as ./random.ts): a call per draw was most of the time at 10,000 tasks.
    let x = (opts.seed ?? _random_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SEED */ .K) >>> 0 || 0x9e3779b9;
    for (let b = 0; b < B; b++) {
        let s = 0;
        for (let i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            s += xs[(((x >>> 0) / 4294967296) * n) | 0];
        }
        means[b] = s / n;
    }
    means.sort();
    const alpha = 1 - (opts.level ?? 0.95);
    const at = (q) => means[Math.min(B - 1, Math.max(0, Math.round(q * (B - 1))))];
    return [at(alpha / 2), at(1 - alpha / 2)];
}
/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
function normalQuantile(p) {
    const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const lo = 0.02425;
    if (p < lo) {
        const q = Math.sqrt(-2 * Math.log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - lo)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return (((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1));
}
function pairedSpread(diffs, worstTaskVariance) {
    const n = diffs.length;
    if (n < 2)
        return null;
    let sum = 0;
    for (const d of diffs)
        sum += d;
    const mean = sum / n;
    let squares = 0;
    for (const d of diffs)
        squares += (d - mean) * (d - mean);
    const variance = (squares + worstTaskVariance) / n;
    return { tasks: n, mean, se: Math.sqrt(variance / n), df: n - 1 };
}
/** The largest variance a task's difference of rates over these valid trial counts can have: each rate at ½. */
function worstTaskVariance(trialsBase, trialsHead) {
    let sum = 0;
    for (let i = 0; i < trialsBase.length; i++)
        sum += (1 / trialsBase[i] + 1 / trialsHead[i]) / 4;
    return trialsBase.length ? sum / trialsBase.length : 0.5;
}
/** Student-t interval of the mean difference (docs/design.md §7), cut to the possible range [−1, 1]. */
function meanInterval(s, level = 0.95) {
    if (!s)
        return null;
    const half = studentQuantile(1 - (1 - level) / 2, s.df) * s.se;
    return [Math.max(-1, s.mean - half), Math.min(1, s.mean + half)];
}
/** P(T ≤ t) for Student's t with integer df ≥ 1, by the finite series in θ = atan(t/√df) (exact, no approximation). */
function studentCdf(t, df) {
    const theta = Math.atan(t / Math.sqrt(df));
    const c2 = Math.cos(theta) ** 2;
    let sum = df % 2 ? 0 : 1;
    let term = df % 2 ? Math.cos(theta) : 1;
    if (df % 2 && df > 1)
        sum = term;
    for (let k = df % 2 ? 3 : 2; k <= df - 2; k += 2) {
        term *= ((k - 1) / k) * c2;
        sum += term;
    }
    const within = df % 2 ? (2 / Math.PI) * (theta + (df > 1 ? Math.sin(theta) * sum : 0)) : Math.sin(theta) * sum;
    return 0.5 + within / 2;
}
/** The p-quantile of Student's t with integer df ≥ 1, by bisection on the exact CDF. */
function studentQuantile(p, df) {
    if (p < 0.5)
        return -studentQuantile(1 - p, df);
    let lo = 0;
    let hi = 1;
    while (studentCdf(hi, df) < p)
        hi *= 2;
    for (let i = 0; i < 60 && hi - lo > 1e-10; i++) {
        const mid = (lo + hi) / 2;
        if (studentCdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** The fewest tasks whose differences all point down that the exact one-sided mid-p sign-flip test can call significant. */
function fewestSignificant(alpha) {
    let k = 1;
    while (0.5 ** (k + 1) >= alpha)
        k++;
    return k;
}
/**
 * Minimum detectable drops from the spread of the differences. Under a true drop δ the mean
 * difference is about −δ + se·T; the test's threshold is about t_{1−α}·se, and the gate also needs
 * the drop to reach max-drop, so it fires when −Δ ≥ c = max(max-drop, t_{1−α}·se), with probability
 * `power` once δ = c + t_power·se. The exact test cannot reach p < α with fewer than k differing
 * tasks, and a task that differs moves the mean by at least `step`/n (`step`: the smallest difference
 * a task's rates can show, 1/t at t trials a side), so neither figure is below k·step/n.
 */
function detectableDrops(s, opts) {
    if (!s)
        return { gate: null, test: null };
    const k = fewestSignificant(opts.alpha);
    if (s.tasks < k)
        return { gate: null, test: null };
    const threshold = studentQuantile(1 - opts.alpha, s.df) * s.se;
    const margin = studentQuantile(opts.power ?? 0.8, s.df) * s.se;
    const floor = (k * (opts.step ?? 1)) / s.tasks;
    const atMost = (x) => (x > 1 ? null : x);
    return { gate: atMost(Math.max(floor, Math.max(opts.maxDrop, threshold) + margin)), test: atMost(Math.max(floor, threshold + margin)) };
}
/** The standard normal CDF (Abramowitz–Stegun 7.1.26 through erf, |error| < 1.5e-7). */
function normalCdf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
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

/***/ 16659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ noRuleRefusal),
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   T1: () => (/* binding */ refusalBrief),
/* harmony export */   Xb: () => (/* binding */ matchEgress),
/* harmony export */   Zw: () => (/* binding */ parseEgressRule),
/* harmony export */   lg: () => (/* binding */ addressAllowed),
/* harmony export */   t7: () => (/* binding */ matchEgressHost),
/* harmony export */   vR: () => (/* binding */ noProxyFor)
/* harmony export */ });
/* unused harmony export specialAddressClass */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The egress allow-list of a profile: `host[:port]`, `*.domain[:port]` or an IP address with an
 * optional port. A bare host means ports 443 and 80. Pure: parsing, validation and matching.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Why `pattern` is not a valid rule, with the fix, or the rule. */
function parseEgressRule(pattern) {
    if (typeof pattern !== 'string' || !pattern.trim())
        return { problem: 'must be a host pattern such as api.example.com:443' };
    const text = pattern.trim();
    const bracketed = /^\[([0-9a-fA-F:.]+)\](?::(\d+))?$/.exec(text);
    const [hostPart, portPart] = bracketed ? [bracketed[1], bracketed[2]] : splitPort(text);
    let ports = [443, 80];
    if (portPart !== undefined) {
        const port = Number(portPart);
        if (!/^\d{1,5}$/.test(portPart) || port < 1 || port > 65535)
            return { problem: `port ${portPart} is out of range — use 1 to 65535` };
        ports = [port];
    }
    const host = hostPart.toLowerCase();
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host))
        return { text, kind: 'ip', host, ports };
    if (host === '*' || host === '*.')
        return { problem: 'a bare * allows every destination — name the hosts, e.g. *.pypi.org:443' };
    const wildcard = host.startsWith('*.');
    const name = wildcard ? host.slice(2) : host;
    if (host.includes('*') && !wildcard)
        return { problem: 'a * may only stand for whole leading labels, as in *.example.com' };
    const labels = name.split('.');
    if (!labels.every((l) => LABEL.test(l)))
        return { problem: `${JSON.stringify(hostPart)} is not a host name — write e.g. api.example.com` };
    if (wildcard && labels.length < 2)
        return {
            problem: `*.${name} is over-broad (a whole top-level domain) — name the domain, e.g. *.${name === 'com' ? 'example.com' : `example.${name}`}`,
        };
    return { text, kind: wildcard ? 'wildcard' : 'name', host: name, ports };
}
function splitPort(text) {
    const i = text.lastIndexOf(':');
    if (i < 0 || text.indexOf(':') !== i)
        return [text, undefined]; // none, or an IPv6 address without brackets
    return [text.slice(0, i), text.slice(i + 1)];
}
/** The rule that allows `host:port` (a name or an IP literal as the client asked for it), if any. */
function matchEgress(rules, host, port) {
    const h = normalHost(host);
    return rules.find((r) => r.ports.includes(port) && hostMatches(r, h));
}
/** The rule naming `host` on any port: a task's allowed_hosts name hosts, the profile's rules decide the ports. */
function matchEgressHost(rules, host) {
    const h = normalHost(host);
    return rules.find((r) => hostMatches(r, h));
}
function normalHost(host) {
    return host
        .toLowerCase()
        .replace(/^\[|\]$/g, '')
        .replace(/\.$/, '');
}
function hostMatches(rule, h) {
    return rule.kind === 'wildcard' ? h.endsWith(`.${rule.host}`) : h === rule.host;
}
/**
 * The class of an address a wildcard may never reach: loopback, link-local (cloud metadata at
 * 169.254.169.254), private, shared (CGNAT), unspecified, multicast and reserved; undefined for a
 * public address. A rule that names the host exactly (or the address itself) may reach them: an
 * internal service is listed on purpose.
 */
function specialAddressClass(address) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address) === 4)
        return ipv4Class(address);
    const v6 = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
    if (mapped)
        return ipv4Class(mapped[1]);
    if (v6 === '::')
        return 'unspecified';
    if (v6 === '::1')
        return 'loopback';
    if (/^f[cd]/.test(v6))
        return 'private';
    if (/^fe[89ab]/.test(v6))
        return 'link-local';
    return v6.startsWith('ff') ? 'multicast' : undefined;
}
function ipv4Class(address) {
    const [a, b] = address.split('.').map(Number);
    if (a === 0)
        return 'unspecified';
    if (a === 127)
        return 'loopback';
    if (a === 169 && b === 254)
        return 'link-local (cloud metadata)';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
        return 'private';
    if (a === 100 && b >= 64 && b <= 127)
        return 'shared (CGNAT)';
    return a >= 224 ? 'multicast or reserved' : undefined;
}
/** Whether `rule` may take the connection to the resolved `address`. */
function addressAllowed(rule, address) {
    if (rule.kind === 'ip')
        return address === rule.host;
    return rule.kind === 'name' || specialAddressClass(address) === undefined;
}
/** The loopback spellings a container's NO_PROXY lists, so its own loopback stays its own. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
/**
 * NO_PROXY for a trial container: the loopback spellings, less any a rule names. A rule naming
 * loopback means the loopback of the machine the proxy runs on (a model gateway beside bakeoff,
 * as one beside the agent in production): the container's own loopback is not it, so such a
 * request must go to the proxy, which alone can reach it. NO_PROXY never excludes an allowed destination.
 */
function noProxyFor(rules) {
    const named = new Set(rules.filter((r) => r.kind !== 'wildcard').map((r) => r.host));
    return LOOPBACK_NAMES.filter((n) => !named.has(n)).join(',');
}
/** The refusal of `destination` (host:port as asked) under `rules`, given where the name resolved. */
function explainRefusal(destination, refusal) {
    const host = destination.replace(/:\d+$/, '');
    if (refusal.reason === 'address-refused') {
        const cls = specialAddressClass(refusal.address ?? '') ?? 'non-public';
        return (`${refusal.rule} matches ${destination}, but ${host} resolves to ${refusal.address} (${cls}), which a wildcard may not reach — ` +
            `if production really reaches it there, list ${destination} exactly in the profile's network.egress`);
    }
    if (refusal.reason === 'not-in-task')
        return `the task's allowed_hosts narrow this phase and do not list ${host} — add it to the task.toml allowed_hosts, within what the profile allows`;
    if (refusal.rule)
        return `no rule allows ${destination}: ${refusal.rule} allows ${host} on other ports only`;
    return `no rule of the profile's network.egress allows ${destination}`;
}
/** The refusal in a few words, for a summary line. */
function refusalBrief(refusal) {
    if (refusal.reason === 'address-refused')
        return `${refusal.rule} may not reach ${refusal.address}, ${specialAddressClass(refusal.address ?? '') ?? 'non-public'}`;
    if (refusal.reason === 'not-in-task')
        return "not in the task's allowed_hosts";
    return refusal.rule ? `no rule for this port; ${refusal.rule} allows other ports` : 'no rule';
}
/** Why `host:port` is refused under `rules` when no rule matches it: possibly a rule naming the host on other ports. */
function noRuleRefusal(rules, host) {
    const h = normalHost(host);
    const other = rules.find((r) => hostMatches(r, h));
    return other ? { reason: 'no-rule', rule: other.text } : { reason: 'no-rule' };
}


/***/ }),

/***/ 37827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ keyPath),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/** A user's mistake in a file: where it is, what is wrong, and how to fix it. Never a stack trace. */
class ConfigError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(problems.map((p) => formatProblem(file, p)).join('\n'));
        this.file = file;
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
function formatProblem(file, p) {
    const at = p.line ? `${file}:${p.line}` : file;
    const where = p.path ? `${at}: ${p.path}` : at;
    return `${where}: ${p.message}${p.fix ? ` — ${p.fix}` : ''}`;
}
/** Renders a zod-style path (["tasks", 3, "verify"]) as tasks[3].verify. */
function keyPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${String(part)}` : String(part);
    }
    return out;
}


/***/ }),

/***/ 90081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   Fw: () => (/* binding */ timeouts),
/* harmony export */   UU: () => (/* binding */ name),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   y0: () => (/* binding */ nonEmptyString)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88532);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/** zod field builders shared by the profile and suite schemas; each carries its own fix hint. */


const NAME_RE = /^[a-z0-9._-]+$/;
const name = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: `${what} is required — give it a string of a-z, 0-9, '.', '_' or '-'` })
    .regex(NAME_RE, { error: `must use only a-z, 0-9, '.', '_' and '-' (e.g. "my-${what}")` });
const size = (example) => zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()], { error: `must be a size such as ${example}` }).transform((value, ctx) => {
    const problem = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .sizeProblem */ .bi)(value, example);
    if (problem) {
        ctx.issues.push({ code: 'custom', input: value, message: problem });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSize */ .DB)(value);
});
const duration = (example) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: `must be a duration such as ${example}` }).transform((value, ctx) => {
    const ms = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value);
    if (ms === undefined || ms <= 0) {
        ctx.issues.push({
            code: 'custom',
            input: value,
            message: `${JSON.stringify(value)} is not a positive duration — write a number with ms, s, m or h, e.g. ${example}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    return ms;
});
const timeouts = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    setup: duration('5m').optional(),
    agent: duration('20m').optional(),
    verify: duration('5m').optional(),
});
const nonEmptyString = (what, example) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: `${what} is required — e.g. ${example}` })
    .trim()
    .min(1, { error: `${what} must not be empty — e.g. ${example}` });


/***/ }),

/***/ 94076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ keptImages),
/* harmony export */   G: () => (/* binding */ forceBuild)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37827);
/* harmony import */ var _harbor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12830);
/**
 * `--build`: Harbor tasks that name a `docker_image` and also hold an environment/Dockerfile are
 * built from the Dockerfile instead of pulled, as Harbor's force-build does. The built image is
 * tagged by the hash of its build context (builtImageTag), like any Dockerfile task, so the results
 * record the built tag and its image ID, and compare sees the change of image. A task with a
 * `docker_image` and no Dockerfile keeps its image (pulled when missing): there is nothing to build.
 */




/** The suite with each such task's image built from its Dockerfile; the same suite when none has one. */
function forceBuild(loaded) {
    const suite = loaded.value;
    if (!suite.tasks.some((t) => t.harbor?.dockerfile))
        return loaded;
    const tasks = suite.tasks.map((t) => {
        const dockerfile = t.harbor?.dockerfile;
        if (!dockerfile)
            return t;
        let contextHash;
        try {
            contextHash = (0,_harbor_js__WEBPACK_IMPORTED_MODULE_3__/* .hashDirectory */ .sZ)(dockerfile.context);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dockerfile.context, 'Dockerfile'), [
                { path: '', message: `--build: ${err.message}`, fix: 'keep the build context (environment/) small, or run without --build' },
            ]);
        }
        return { ...t, image: (0,_harbor_js__WEBPACK_IMPORTED_MODULE_3__/* .builtImageTag */ .mY)(t.id, contextHash), harbor: { ...t.harbor, build: dockerfile } };
    });
    // Another run than without --build: a resume of one with the other is refused.
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${loaded.sha256}\0build`).digest('hex');
    return { ...loaded, value: { ...suite, tasks }, sha256 };
}
/** The Harbor tasks --build leaves on their docker_image: no environment/Dockerfile to build. */
function keptImages(suite) {
    return suite.tasks.filter((t) => t.harbor && !t.harbor.build);
}


/***/ }),

/***/ 12830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ asOracle),
/* harmony export */   Tu: () => (/* binding */ loadHarborTasks),
/* harmony export */   XZ: () => (/* binding */ resolveTemplate),
/* harmony export */   mY: () => (/* binding */ builtImageTag),
/* harmony export */   sZ: () => (/* binding */ hashDirectory)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3292);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37827);
/* harmony import */ var _network_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69264);
/**
 * Tasks from a directory of Harbor task directories (Terminal-Bench 2.0 and datasets adapted to
 * it), read as they are: `task.toml`, `instruction.md`, `environment/` (a Dockerfile, or
 * `[environment].docker_image`), `tests/test.sh`, optional `solution/solve.sh`. Unknown keys are
 * ignored, as Harbor ignores them; keys Harbor acts on and bakeoff does not are listed
 * (HarborTask.unsupported), and a multi-step task is skipped with its reason. A task directory is hostile input: every file is size-capped,
 * symlinks are never followed, and a verifier variable may name only host variables the suite
 * passes through.
 */







// The instruction also travels as $BAKEOFF_INSTRUCTION: Linux refuses one environment string over 128 KiB.
const LIMITS = { tomlBytes: 64 * 1024, instructionBytes: 64 * 1024, contextFiles: 20_000, contextBytes: 2 * 1024 ** 3, tasks: 5_000 };
const TASK_ID = /^[a-z0-9._-]+$/;
const DEFAULT_BUILD_TIMEOUT_MS = 10 * 60_000;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Harbor's templates: a whole value `${NAME}`, or `${NAME:-default}` (the default when NAME is unset on the host). */
const TEMPLATE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?\}$/s;
/** A user as Docker takes one: a name or uid, optionally :group or :gid. */
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,63})?$/;
const seconds = zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig({ error: 'must be a number of seconds, e.g. 600' })
    .positive({ error: 'must be more than 0 seconds' })
    .max(7 * 24 * 3600, { error: 'must be at most 604800 seconds (a week)' });
const count = (example) => zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig({ error: `must be a number, e.g. ${example}` }).min(0, { error: 'must not be negative' });
const harborSize = zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP({ error: 'must be a size such as "4G"' }).refine((v) => parseHarborSize(v) !== undefined, {
    error: 'must be a size such as "4G", "512M" or "2Gi"',
});
const envTable = zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
    .regex(ENV_NAME, { error: 'must be a variable name' })
    .refine((k) => !k.startsWith('BAKEOFF_'), { error: 'BAKEOFF_* variables are set by bakeoff itself' }), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP({ error: 'values are strings' }).max(4096, { error: 'a value is at most 4096 characters' }));
const user = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0)], { error: 'must be a user name or uid, e.g. "agent" or 1000' })
    .transform(String)
    .refine((u) => USER.test(u), { error: 'must be a user name or uid, optionally with :group, e.g. "agent" or "1000:1000"' });
const taskTomlSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    version: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig()]).optional(),
    agent: zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({ timeout_sec: seconds.optional(), user: user.optional() }).optional(),
    verifier: zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({ timeout_sec: seconds.optional(), env: envTable.optional(), user: user.optional() }).optional(),
    solution: zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({ env: envTable.optional() }).optional(),
    environment: zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
        env: envTable.optional(),
        workdir: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP({ error: 'must be an absolute path, e.g. "/app"' })
            .regex(/^\/[^\0\n]{0,4095}$/, { error: 'must be an absolute path, e.g. "/app"' })
            .optional(),
        build_timeout_sec: seconds.optional(),
        docker_image: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1, { error: 'must name an image, e.g. "python:3.12-slim"' }).optional(),
        cpus: count(2).optional(),
        memory_mb: count(4096).optional(),
        memory: harborSize.optional(),
        storage_mb: count(10240).optional(),
        storage: harborSize.optional(),
        gpus: count(0).optional(),
    })
        .optional(),
});
/** Harbor's older sizes ("4G", "512M"): binary units, as Docker reads them. */
function parseHarborSize(value) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*$/i.exec(value);
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * 1024 ** ' kmgt'.indexOf(m[2].toLowerCase() || ' '));
}
function readCapped(file, cap) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file);
    if (!st.isFile())
        throw new Error(`${file} is not a regular file`);
    if (st.size > cap)
        throw new Error(`${file} is ${st.size} bytes, over the ${cap}-byte cap`);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
}
/**
 * A content hash of a directory: every entry's relative path, type, mode and content (a symlink by
 * its target text, never followed), in a stable order. Bounded: too many or too large files refuse.
 */
function hashDirectory(dir, limits = LIMITS, skipTopLevel) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let files = 0;
    let bytes = 0;
    const walk = (d) => {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(d).sort()) {
            if (d === dir && name === skipTopLevel)
                continue;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, name);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, path);
            if (++files > limits.contextFiles)
                throw new Error(`${dir} holds more than ${limits.contextFiles} files`);
            if (st.isSymbolicLink())
                h.update(`L ${rel} ${(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(path)}\0`);
            else if (st.isDirectory()) {
                h.update(`D ${rel} ${st.mode & 0o7777}\0`);
                walk(path);
            }
            else if (st.isFile()) {
                bytes += st.size;
                if (bytes > limits.contextBytes)
                    throw new Error(`${dir} holds more than ${limits.contextBytes} bytes`);
                h.update(`F ${rel} ${st.mode & 0o7777} ${st.size}\0`);
                hashFile(h, path);
            }
        }
    };
    walk(dir);
    return h.digest('hex');
}
const CHUNK = Buffer.alloc(1024 * 1024);
/** A file into the hash a megabyte at a time: a large build context never sits in memory whole. */
function hashFile(h, path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    try {
        for (let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, CHUNK); n > 0; n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, CHUNK))
            h.update(CHUNK.subarray(0, n));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** The image tag of a built task: its id and the hash of its build context, so an unchanged task is never rebuilt. */
function builtImageTag(id, contextHash) {
    return `bakeoff-harbor/${id}:${contextHash.slice(0, 16)}`;
}
function tomlProblem(file, err) {
    if (err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .TomlError */ .zx) {
        return { path: `line ${err.line}, column ${err.column}`, message: `invalid TOML: ${err.message.split('\n')[0]}`, fix: 'fix the TOML syntax' };
    }
    return { path: '', message: err.message, fix: 'keep task.toml a small TOML file' };
}
/**
 * Values that name a host variable (`${NAME}`, `${NAME:-default}`) must name one the suite passes
 * through: a task may not read the job's secrets. With a default, a variable not passed through is
 * never read: the default is the value (see resolveDefaults), and validate says so.
 */
function templateProblems(table, env, allowed) {
    return Object.entries(env).flatMap(([k, v]) => {
        const m = TEMPLATE.exec(v);
        if (!m || allowed.includes(m[1]) || m[2] !== undefined)
            return [];
        return [
            {
                path: `${table}.${k}`,
                message: `\${${m[1]}} names a host variable the suite does not pass through`,
                fix: `add ${m[1]} to the suite's agent.env, give the value itself, or a default: \${${m[1]}:-value}`,
            },
        ];
    });
}
/** A table's values with each template of a variable the suite does not pass through replaced by its default. */
function resolveDefaults(table, env, allowed, notes) {
    return Object.fromEntries(Object.entries(env).map(([k, v]) => {
        const m = TEMPLATE.exec(v);
        if (!m || m[2] === undefined || allowed.includes(m[1]))
            return [k, v];
        notes.push({ key: `${table}.${k}`, why: `\${${m[1]}} is not passed through by the suite (agent.env): its default is used` });
        return [k, m[2]];
    }));
}
/**
 * A value of a Harbor env table as a phase gets it: `${NAME}` from the host (the suite passes NAME
 * through: checked when loaded), `${NAME:-default}` the default when NAME is unset, anything else as written.
 */
function resolveTemplate(value, hostEnv) {
    const m = TEMPLATE.exec(value);
    if (!m)
        return value;
    return hostEnv[m[1]] ?? m[2] ?? '';
}
/** Keys of task.toml that Harbor acts on and bakeoff does not: each a warning, none dropped silently. */
function unsupportedKeys(raw) {
    const table = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const env = table(raw.environment);
    const verifier = table(raw.verifier);
    const present = (v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
    const out = [];
    if (present(env.healthcheck))
        out.push({ key: 'environment.healthcheck', why: 'not run: the agent starts once the container has started' });
    if (present(raw.artifacts))
        out.push({ key: 'artifacts', why: 'not collected: only /logs/agent and /logs/verifier are kept' });
    if (present(env.mcp_servers))
        out.push({ key: 'environment.mcp_servers', why: 'not started or offered to the agent' });
    if (present(env.skills_dir))
        out.push({ key: 'environment.skills_dir', why: "not copied to the agent's skills directory" });
    if (present(verifier.environment) || verifier.environment_mode === 'separate') {
        out.push({
            key: present(verifier.environment) ? 'verifier.environment' : 'verifier.environment_mode',
            why: "no separate verifier container: the verifier runs in the agent's container",
        });
    }
    return out;
}
/** Harbor's multi-step tasks ([[steps]]): each step its own instruction, tests and reward. */
function stepCount(raw) {
    return Array.isArray(raw.steps) ? raw.steps.length : 0;
}
function parseTask(dir, id, passthrough) {
    const tomlFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'task.toml');
    const problems = [];
    const at = (file) => (problem) => problems.push({ file, problem });
    if (!TASK_ID.test(id)) {
        at(dir)({ path: '', message: `the directory name ${JSON.stringify(id)} is not a task id`, fix: "rename it to a-z, 0-9, '.', '_' and '-'" });
        return { problems };
    }
    let toml;
    let raw = {};
    try {
        raw = (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(readCapped(tomlFile, LIMITS.tomlBytes));
        // A multi-step task has its instructions and tests per step: skipped whole, before its files are looked for.
        const steps = stepCount(raw);
        if (steps > 0) {
            return {
                problems,
                skipped: { id, reason: `a multi-step task ([[steps]], ${steps} step(s)): not supported, each step needs its own verifier run` },
            };
        }
        const parsed = taskTomlSchema.safeParse(raw);
        if (parsed.success)
            toml = parsed.data;
        else
            for (const issue of parsed.error.issues)
                at(tomlFile)({ path: (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .keyPath */ .D)(issue.path), message: issue.message, fix: 'see the Harbor task format' });
    }
    catch (err) {
        at(tomlFile)(err.code === 'ENOENT'
            ? { path: '', message: 'missing', fix: 'a Harbor task has a task.toml' }
            : tomlProblem(tomlFile, err));
    }
    let instruction;
    try {
        instruction = readCapped((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'instruction.md'), LIMITS.instructionBytes);
    }
    catch {
        at((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'instruction.md'))({ path: '', message: 'missing or unreadable', fix: 'a Harbor task has an instruction.md' });
    }
    const testsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'tests');
    if (!isFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(testsDir, 'test.sh')))
        at((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(testsDir, 'test.sh'))({ path: '', message: 'missing', fix: 'the verifier is tests/test.sh' });
    if (toml) {
        for (const [table, env] of [
            ['environment.env', toml.environment?.env],
            ['verifier.env', toml.verifier?.env],
            ['solution.env', toml.solution?.env],
        ])
            for (const p of templateProblems(table, env ?? {}, passthrough))
                at(tomlFile)(p);
    }
    const network = (0,_network_js__WEBPACK_IMPORTED_MODULE_5__/* .harborNetwork */ .rC)(raw);
    for (const p of network.problems)
        at(tomlFile)(p);
    if (problems.length || !toml || instruction === undefined)
        return { problems };
    const env = toml.environment ?? {};
    const envDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'environment');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(envDir, 'docker-compose.yaml')) || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(envDir, 'docker-compose.yml'))) {
        return { problems, skipped: { id, reason: 'uses docker-compose (several containers): not supported' } };
    }
    if ((env.gpus ?? 0) > 0)
        return { problems, skipped: { id, reason: `asks for ${env.gpus} GPU(s): not supported` } };
    const hasDockerfile = isFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(envDir, 'Dockerfile'));
    if (!env.docker_image && !hasDockerfile) {
        at(tomlFile)({
            path: 'environment.docker_image',
            message: 'no image: neither environment/Dockerfile nor [environment].docker_image',
            fix: 'add one of them',
        });
        return { problems };
    }
    let contextHash;
    let digest;
    try {
        // The build context is read once: the task's digest takes its hash in place of its files.
        if (!env.docker_image)
            contextHash = hashDirectory(envDir);
        digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(`${hashDirectory(dir, LIMITS, contextHash ? 'environment' : undefined)}\0${contextHash ?? ''}`)
            .digest('hex');
    }
    catch (err) {
        at(dir)({ path: '', message: err.message, fix: 'keep a task directory small' });
        return { problems };
    }
    const memory = env.memory_mb !== undefined ? env.memory_mb * 1024 ** 2 : env.memory ? parseHarborSize(env.memory) : undefined;
    const storage = env.storage_mb !== undefined ? env.storage_mb * 1024 ** 2 : env.storage ? parseHarborSize(env.storage) : undefined;
    const solutionDir = isFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'solution', 'solve.sh')) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'solution') : undefined;
    const unsupported = unsupportedKeys(raw);
    const harbor = {
        dir,
        testsDir,
        ...(solutionDir ? { solutionDir } : {}),
        ...(contextHash ? { build: { context: envDir, timeoutMs: (env.build_timeout_sec ?? DEFAULT_BUILD_TIMEOUT_MS / 1000) * 1000 } } : {}),
        ...(env.docker_image && hasDockerfile
            ? { dockerfile: { context: envDir, timeoutMs: (env.build_timeout_sec ?? DEFAULT_BUILD_TIMEOUT_MS / 1000) * 1000 } }
            : {}),
        declared: {
            ...(env.cpus !== undefined ? { cpus: env.cpus } : {}),
            ...(memory !== undefined ? { memoryBytes: memory } : {}),
            ...(storage !== undefined ? { storageBytes: storage } : {}),
            ...(toml.agent?.timeout_sec ? { agentTimeoutMs: Math.round(toml.agent.timeout_sec * 1000) } : {}),
            ...(toml.verifier?.timeout_sec ? { verifyTimeoutMs: Math.round(toml.verifier.timeout_sec * 1000) } : {}),
            ...(network.declared ? { network: network.declared } : {}),
        },
        verifierEnv: resolveDefaults('verifier.env', toml.verifier?.env ?? {}, passthrough, unsupported),
        ...(toml.environment?.env ? { env: resolveDefaults('environment.env', toml.environment.env, passthrough, unsupported) } : {}),
        ...(toml.solution?.env ? { solutionEnv: resolveDefaults('solution.env', toml.solution.env, passthrough, unsupported) } : {}),
        ...(toml.agent?.user !== undefined ? { agentUser: toml.agent.user } : {}),
        ...(toml.verifier?.user !== undefined ? { verifierUser: toml.verifier.user } : {}),
    };
    if (unsupported.length)
        harbor.unsupported = unsupported;
    const task = {
        id,
        instruction,
        verify: 'bash /tests/test.sh',
        image: env.docker_image ?? builtImageTag(id, contextHash),
        trials: 1,
        ...(env.workdir ? { workdir: env.workdir } : {}),
        timeouts: {
            ...(toml.agent?.timeout_sec ? { agentMs: toml.agent.timeout_sec * 1000 } : {}),
            ...(toml.verifier?.timeout_sec ? { verifyMs: toml.verifier.timeout_sec * 1000 } : {}),
        },
        timeoutFrom: {
            ...(toml.agent?.timeout_sec ? { agentMs: `tasks_from.harbor: ${id}/task.toml agent.timeout_sec` } : {}),
            ...(toml.verifier?.timeout_sec ? { verifyMs: `tasks_from.harbor: ${id}/task.toml verifier.timeout_sec` } : {}),
        },
        harbor,
    };
    return { task, problems, digest };
}
function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Every task directory under `root` (the directories that hold a task.toml or are meant to): the
 * runnable tasks, those skipped with a reason, and a digest of all of them for the suite's hash.
 * Malformed tasks are one ConfigError listing every problem.
 */
function loadHarborTasks(root, passthrough) {
    const dirs = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(root, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
        .map((d) => d.name)
        .sort();
    if (dirs.length > LIMITS.tasks)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .x(root, [{ path: '', message: `${dirs.length} task directories`, fix: `keep at most ${LIMITS.tasks}` }]);
    const results = dirs.map((name) => parseTask((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name), name, passthrough));
    const problems = results.flatMap((r) => r.problems);
    if (problems.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .x(root, problems.map(({ file, problem }) => ({ ...problem, path: [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, file), problem.path].filter(Boolean).join(': ') })));
    }
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const [i, r] of results.entries())
        digest.update(`${dirs[i]} ${r.digest ?? 'skipped'}\0`);
    return {
        tasks: results.flatMap((r) => (r.task ? [r.task] : [])),
        skipped: results.flatMap((r) => (r.skipped ? [r.skipped] : [])),
        digest: digest.digest('hex'),
    };
}
/**
 * The suite with the oracle as its agent (`--agent oracle`): each Harbor task's own
 * solution/solve.sh, copied in at /solution and run as `bash /solution/solve.sh`. It shows which
 * tasks are feasible under the caps before any model is involved. Every task needs a solution.
 */
function asOracle(loaded) {
    const suite = loaded.value;
    const without = suite.tasks.filter((t) => !t.harbor?.solutionDir).map((t) => t.id);
    if (without.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .x(suite.path, [
            {
                path: suite.tasks.some((t) => t.harbor) ? 'tasks_from.harbor' : 'tasks',
                message: `--agent oracle needs each task's solution/solve.sh; these have none: ${without.join(', ')}`,
                fix: 'add solution/solve.sh to those Harbor tasks, or select the others with --tasks',
            },
        ]);
    }
    const agent = { kind: 'oracle', env: [], optionalEnv: [] };
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${loaded.sha256}\0oracle`).digest('hex');
    return { ...loaded, value: { ...suite, agent }, sha256 };
}


/***/ }),

/***/ 93661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iH: () => (/* binding */ loadProfile),
  bu: () => (/* binding */ loadSuite)
});

// UNUSED EXPORTS: parseProfile, parseSuite

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/harbor.ts
var config_harbor = __webpack_require__(12830);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/config/mount.ts
/**
 * Where `agent.mount` may point. It is bind-mounted into every task container, so it must be the
 * agent's own code: inside the repository the suite belongs to, and never a directory that holds
 * the machine's or the job's secrets (the Docker socket, /proc, a .git where actions/checkout
 * leaves the job token).
 */


const FORBIDDEN = ['/', '/proc', '/sys', '/dev', '/run', '/var/run', '/etc', '/root', '/home', '/var/lib/docker'];
const FIX = "mount only the directory with the agent's code, inside the repository, e.g. ./agent";
/** The git top level of `dir` (the nearest ancestor holding .git), else `dir` itself. */
function repositoryRoot(dir) {
    for (let d = dir;; d = (0,external_node_path_.dirname)(d)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, '.git')))
            return d;
        if ((0,external_node_path_.dirname)(d) === d)
            return dir;
    }
}
/** Whether `child` is `parent` or under it; a name that only starts with dots (`..agent`) is inside. */
function inside(child, parent) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + external_node_path_.sep) && !(0,external_node_path_.isAbsolute)(rel));
}
/** The resolved mount directory, or the problem with it. */
function checkMount(suiteFile, mount, key = 'agent.mount') {
    return checkDirectory(suiteFile, mount, key, FIX);
}
/**
 * A directory the suite names (`key`), confined as the agent mount is: it reaches containers (or
 * their builds), so it stays inside the suite's repository and away from secrets.
 */
function checkDirectory(suiteFile, mount, key, fix) {
    const suiteDir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(suiteFile));
    const given = (0,external_node_path_.resolve)(suiteDir, mount);
    const problem = (message, why = fix) => ({ problem: { path: key, message, fix: why } });
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(given);
    }
    catch {
        return problem(`${mount} does not exist (resolved to ${given})`, 'give a directory relative to the suite file, e.g. ./agent');
    }
    if (!(0,external_node_fs_.statSync)(real).isDirectory())
        return problem(`${mount} is not a directory (resolved to ${real})`, 'give a directory relative to the suite file, e.g. ./agent');
    if (FORBIDDEN.includes(real))
        return problem(`${mount} resolves to ${real}, a system directory that must never reach a task container`);
    if (/docker\.sock/.test(real))
        return problem(`${mount} resolves to the Docker socket (${real}): a container holding it controls the machine`);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(real, '.git'))) {
        return problem(`${mount} holds .git (${real}), where actions/checkout leaves the job's token — a task container must not see it`);
    }
    const root = (0,external_node_fs_.realpathSync)(repositoryRoot(suiteDir));
    if (!inside(real, root))
        return problem(`${mount} resolves to ${real}, outside the repository of the suite (${root})`);
    return { dir: real };
}

;// CONCATENATED MODULE: ./src/config/problems.ts

function valueAt(data, path) {
    let v = data;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
/** The line of the deepest node on `path` that the document has (a missing key: its parent's line). */
function lineAt(src, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = src.doc.getIn(path.slice(0, n), true);
        if (node?.range)
            return src.lines.linePos(node.range[0]).line;
    }
    return undefined;
}
/** tasks[1].verify (task "second"): the id is how the user knows the task. */
function describe(path, data) {
    const rendered = (0,errors/* keyPath */.D)(path);
    if (path[0] !== 'tasks' || typeof path[1] !== 'number')
        return rendered;
    const id = valueAt(data, path.slice(0, 2))?.id;
    return typeof id === 'string' && id ? `${rendered} (task ${JSON.stringify(id)})` : rendered;
}
/** The keys a strict object of `schema` at `path` knows, through optional/default/pipe/array/record wrappers. */
function knownKeys(schema, path) {
    const def = (s) => s?._zod?.def;
    const unwrap = (s) => {
        for (let d = def(s); d; d = def(s)) {
            if (d.innerType !== undefined)
                s = d.innerType;
            else if (d.type === 'pipe')
                s = d.in;
            else
                break;
        }
        return s;
    };
    let s = unwrap(schema);
    for (const p of path) {
        const d = def(s);
        if (d?.type === 'object' && d.shape)
            s = unwrap(d.shape[String(p)]);
        else if (d?.type === 'array')
            s = unwrap(d.element);
        else if (d?.type === 'record')
            s = unwrap(d.valueType);
        else
            return [];
    }
    const d = def(s);
    return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}
/** Optimal string alignment distance: a swap of two neighbours counts as one edit. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
function nearest(word, candidates) {
    let best;
    for (const key of candidates) {
        const distance = editDistance(word.toLowerCase(), key.toLowerCase());
        if (distance <= Math.max(1, Math.floor(key.length / 3)) && (!best || distance < best.distance))
            best = { key, distance };
    }
    return best?.key;
}
function zodProblems(error, schema, src) {
    return error.issues.flatMap((issue) => {
        const at = (path) => ({ path: describe(path, src.data), line: lineAt(src, path) });
        if (issue.code === 'unrecognized_keys') {
            const known = knownKeys(schema, issue.path);
            return issue.keys.map((key) => {
                const guess = nearest(key, known);
                return {
                    ...at([...issue.path, key]),
                    message: `unknown key "${key}"`,
                    fix: guess ? `did you mean "${guess}"?` : `remove it or fix its spelling${known.length ? ` (known here: ${known.join(', ')})` : ''}`,
                };
            });
        }
        if (issue.path.length === 0 && issue.code === 'invalid_type' && issue.expected === 'object') {
            return [{ path: '', message: 'is not a YAML mapping', fix: 'the file must be a mapping of keys (name:, tasks: …)' }];
        }
        const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
        const parent = valueAt(src.data, issue.path.slice(0, -1));
        const missing = issue.code !== 'custom' && parent !== null && typeof parent === 'object' && valueAt(src.data, issue.path) === undefined;
        if (missing && !/required/.test(message))
            return [{ ...at(issue.path), message: 'is missing', fix: message }];
        return [{ ...at(issue.path), message }];
    });
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/config/egress.ts
var egress = __webpack_require__(16659);
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __webpack_require__(90081);
;// CONCATENATED MODULE: ./src/config/security.ts
/**
 * The profile's `security` key: the container's Linux capabilities, no-new-privileges and seccomp
 * profile (docs/formats.md). The default is Docker's: what a production pod and a Harbor trial get
 * unless they say otherwise.
 */


/** Every Linux capability (capabilities(7), bits 0–40), as Docker names them without CAP_. */
const LINUX_CAPABILITIES = [
    'CHOWN',
    'DAC_OVERRIDE',
    'DAC_READ_SEARCH',
    'FOWNER',
    'FSETID',
    'KILL',
    'SETGID',
    'SETUID',
    'SETPCAP',
    'LINUX_IMMUTABLE',
    'NET_BIND_SERVICE',
    'NET_BROADCAST',
    'NET_ADMIN',
    'NET_RAW',
    'IPC_LOCK',
    'IPC_OWNER',
    'SYS_MODULE',
    'SYS_RAWIO',
    'SYS_CHROOT',
    'SYS_PTRACE',
    'SYS_PACCT',
    'SYS_ADMIN',
    'SYS_BOOT',
    'SYS_NICE',
    'SYS_RESOURCE',
    'SYS_TIME',
    'SYS_TTY_CONFIG',
    'MKNOD',
    'LEASE',
    'AUDIT_WRITE',
    'AUDIT_CONTROL',
    'SETFCAP',
    'MAC_OVERRIDE',
    'MAC_ADMIN',
    'SYSLOG',
    'WAKE_ALARM',
    'BLOCK_SUSPEND',
    'AUDIT_READ',
    'PERFMON',
    'BPF',
    'CHECKPOINT_RESTORE',
];
/** Docker's defaults, as Harbor and a pod without a securityContext get them. */
const DEFAULT_SECURITY = { capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' };
const CAPABILITIES_ERROR = "capabilities must be default (Docker's default set), none (all dropped), or { add: [...], drop: [...] } lists, e.g. { drop: [NET_RAW] }";
/** A capability as Docker names it: upper case, without CAP_. */
const normal = (written) => written.trim().toUpperCase().replace(/^CAP_/, '');
/** Why `written` is not a capability this list may name; undefined when it is one. */
function capabilityProblem(written, key) {
    const name = normal(written);
    if (name === 'ALL')
        return key === 'drop' ? undefined : 'add: ALL would grant every capability, near a privileged container — list the capabilities production grants';
    if (LINUX_CAPABILITIES.includes(name))
        return undefined;
    const guess = nearest(name, LINUX_CAPABILITIES);
    return (`${JSON.stringify(written)} is not a Linux capability — ` +
        (guess ? `did you mean ${guess}?` : 'use a name from capabilities(7) such as NET_ADMIN or SYS_PTRACE, without CAP_'));
}
const capabilityList = (key) => schemas/* array */.YOg(schemas/* string */.YjP({ error: 'a capability is a name such as NET_ADMIN or SYS_PTRACE' }), {
    error: `${key} is a list of capabilities, e.g. [NET_ADMIN]`,
})
    .superRefine((list, ctx) => list.forEach((written, i) => {
    const problem = capabilityProblem(written, key);
    if (problem)
        ctx.addIssue({ code: 'custom', path: [i], message: problem });
}))
    .transform((list) => {
    const names = list.map(normal);
    return names.includes('ALL') ? ['ALL'] : [...new Set(names)].sort();
});
/** `default` and `none` are the lists they stand for; anything else is read as { add, drop }. */
const SHORTHAND = { default: {}, none: { drop: ['ALL'] } };
const capabilitiesSchema = schemas/* preprocess */.vkY((v) => (typeof v === 'string' && Object.hasOwn(SHORTHAND, v) ? SHORTHAND[v] : v), schemas/* strictObject */.rej({ add: capabilityList('add').default([]), drop: capabilityList('drop').default([]) }, { error: CAPABILITIES_ERROR })
    .superRefine((c, ctx) => {
    const both = c.add.filter((name) => c.drop.includes(name));
    if (both.length)
        ctx.addIssue({ code: 'custom', message: `${both.join(', ')} is both added and dropped — keep each capability in one list` });
}));
const securitySchema = schemas/* strictObject */.rej({
    capabilities: capabilitiesSchema.default({ add: [], drop: [] }),
    no_new_privileges: schemas/* boolean */.zMY({ error: 'no_new_privileges must be true or false' }).default(false),
    seccomp: schemas/* enum */.k5n(['default', 'unconfined'], {
        error: "seccomp must be default (Docker's default profile) or unconfined (no system-call filter)",
    })
        .default('default'),
}, { error: 'security must be a mapping, e.g. { capabilities: none, no_new_privileges: true }' })
    .transform((s) => ({
    capabilities: { add: [...s.capabilities.add], drop: [...s.capabilities.drop] },
    noNewPrivileges: s.no_new_privileges,
    seccomp: s.seccomp,
}));

;// CONCATENATED MODULE: ./src/config/profile.ts
/** Profile: the production caps every trial runs under (docs/design.md §3). */




const DOCKER_MIN_MEMORY = 6 * 1024 * 1024;
const TMPFS_PATH = /^\/[^\s:,]*$/;
const USER_RE = /^([0-9]+|[a-z_][a-z0-9_-]*)(:([0-9]+|[a-z_][a-z0-9_-]*))?$/;
const resourcesSchema = schemas/* strictObject */.rej({
    cpus: schemas/* number */.aig({ error: 'cpus must be a number of CPUs, e.g. 2 or 0.5' }).positive({ error: 'cpus must be greater than 0, e.g. 1 or 0.5' }),
    memory: (0,fields/* size */.Ej)('4GiB'),
    memory_guaranteed: (0,fields/* size */.Ej)('2GiB').optional(),
    swap: (0,fields/* size */.Ej)('0').default(0),
    pids: schemas/* number */.aig({ error: 'pids must be a whole number, e.g. 512' })
        .int({ error: 'pids must be a whole number, e.g. 512' })
        .min(8, { error: 'pids must be at least 8 for a shell to run, e.g. 512' })
        .default(1024),
    tmpfs: schemas/* record */.g1P(schemas/* string */.YjP().regex(TMPFS_PATH, { error: 'tmpfs keys are absolute paths such as /tmp' }), (0,fields/* size */.Ej)('512MiB')).default({}),
    disk: (0,fields/* size */.Ej)('10GiB').optional(),
    basis: schemas/* enum */.k5n(['profile', 'task'], { error: 'basis must be profile (the caps above) or task (1x = what each Harbor task declares)' })
        .default('profile'),
}, { error: 'resources is required — give at least cpus and memory, e.g. { cpus: 2, memory: 4GiB }' });
const NETWORK_ERROR = 'network must be none, bridge, { egress: [host[:port] patterns] } (an allow-list), ' + 'or { agent: …, verify: … } with one of those for each phase';
const PHASE_ERROR = 'must be none, bridge or { egress: [host[:port] patterns] }';
const networkMode = schemas/* enum */.k5n(['none', 'bridge'], { error: NETWORK_ERROR });
const egressList = schemas/* array */.YOg(schemas/* unknown */.L5J(), { error: 'egress is a list of host patterns, e.g. [api.anthropic.com:443, "*.pypi.org:443"]' })
    .min(1, { error: 'egress is empty — list the destinations production allows, or use network: none' })
    .superRefine((list, ctx) => list.forEach((pattern, i) => {
    const rule = (0,egress/* parseEgressRule */.Zw)(pattern);
    if ('problem' in rule)
        ctx.addIssue({ code: 'custom', path: [i], message: rule.problem });
}))
    .transform((list) => list.map((p) => String(p).trim()));
/** One phase's network: a mode, or an allow-list through bakeoff's proxy. */
const phasePolicy = schemas/* union */.KCZ([schemas/* enum */.k5n(['none', 'bridge']), schemas/* strictObject */.rej({ egress: egressList })], {
    error: (issue) => (issue.code === 'invalid_union' ? PHASE_ERROR : undefined),
});
/**
 * `{ agent: P, verify: P }`; `{ egress: [...] }` alone is P for both phases. Kept from before
 * network per phase: `{ egress: [...], verify: none|bridge }` (the agent's allow-list beside the
 * verify phase's mode), and an absent agent meaning none.
 */
const networkObject = schemas/* strictObject */.rej({ agent: phasePolicy.optional(), egress: egressList.optional(), verify: phasePolicy.optional() }, { error: NETWORK_ERROR })
    .superRefine((n, ctx) => {
    if (n.agent && n.egress)
        ctx.addIssue({
            code: 'custom',
            message: 'give the agent either a network mode (agent) or an allow-list (egress), not both — write agent: { egress: [...] }',
        });
});
/** A mode or an object, each checked by its own schema so a problem deep in the object keeps its key path. */
const networkSchema = schemas/* unknown */.L5J()
    .default('none')
    .transform((v, ctx) => {
    const r = typeof v === 'string' ? networkMode.safeParse(v) : networkObject.safeParse(v);
    if (r.success)
        return r.data;
    for (const issue of r.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return core/* NEVER */.tm;
});
const profileSchema = schemas/* strictObject */.rej({
    name: (0,fields/* name */.UU)('profile'),
    description: schemas/* string */.YjP().optional(),
    resources: resourcesSchema,
    network: networkSchema,
    user: schemas/* union */.KCZ([schemas/* number */.aig().int().min(0), schemas/* string */.YjP().regex(USER_RE)], { error: 'user must be uid[:gid] or name[:group], e.g. "1000:1000"' })
        .transform(String)
        .optional(),
    read_only_root: schemas/* boolean */.zMY({ error: 'read_only_root must be true or false' }).default(false),
    security: securitySchema.default(() => structuredClone(DEFAULT_SECURITY)),
    timeouts: schemas/* strictObject */.rej({
        setup: (0,fields/* duration */.p0)('5m').default(5 * 60_000),
        agent: (0,fields/* duration */.p0)('20m').default(20 * 60_000),
        verify: (0,fields/* duration */.p0)('5m').default(5 * 60_000),
        basis: schemas/* enum */.k5n(['profile', 'task'], {
            error: "basis must be profile (the timeouts above) or task (1x = each Harbor task's declared agent and verifier timeout_sec)",
        })
            .default('profile'),
    })
        .default({ setup: 5 * 60_000, agent: 20 * 60_000, verify: 5 * 60_000, basis: 'profile' }),
    retries: schemas/* strictObject */.rej({
        infra: schemas/* number */.aig({ error: 'retries.infra must be a whole number, e.g. 2' })
            .int({ error: 'retries.infra must be a whole number, e.g. 2' })
            .min(0, { error: 'retries.infra must be 0 or more' })
            .max(10, { error: 'retries.infra above 10 hides a broken harness; use at most 10' }),
    })
        .default({ infra: 2 }),
})
    // Also when other keys are wrong (`when`), so one pass reports every problem of the file.
    .superRefine((p, ctx) => {
    const r = p?.resources;
    if (typeof r?.memory !== 'number')
        return;
    if (r.memory < DOCKER_MIN_MEMORY) {
        ctx.addIssue({ code: 'custom', path: ['resources', 'memory'], message: `is below Docker's minimum of 6MiB — use at least 6MiB` });
    }
    if (typeof r.memory_guaranteed === 'number' && r.memory_guaranteed > r.memory) {
        ctx.addIssue({
            code: 'custom',
            path: ['resources', 'memory_guaranteed'],
            message: 'is above resources.memory — the guarantee is a floor under the ceiling; lower it or raise memory',
        });
    }
}, { when: () => true });
function toProfile(p) {
    const r = p.resources;
    return {
        name: p.name,
        ...(p.description ? { description: p.description } : {}),
        resources: {
            cpus: r.cpus,
            memoryBytes: r.memory,
            memoryGuaranteedBytes: r.memory_guaranteed ?? r.memory,
            swapBytes: r.swap,
            pids: r.pids,
            tmpfs: r.tmpfs,
            ...(r.disk !== undefined ? { diskBytes: r.disk } : {}),
            basis: r.basis,
        },
        ...networkOf(p.network),
        ...(p.user !== undefined ? { user: p.user } : {}),
        readOnlyRoot: p.read_only_root,
        security: p.security,
        timeouts: { setupMs: p.timeouts.setup, agentMs: p.timeouts.agent, verifyMs: p.timeouts.verify },
        ...(p.timeouts.basis === 'task' ? { timeoutsBasis: 'task' } : {}),
        retries: { infra: p.retries.infra },
    };
}
function networkOf(n) {
    if (typeof n === 'string')
        return { network: n };
    const agent = phaseOf(n.egress ? { egress: n.egress } : (n.agent ?? 'none'));
    const verify = n.verify === undefined ? agent : phaseOf(n.verify);
    const same = verify.mode === agent.mode && (verify.egress ?? []).join('\0') === (agent.egress ?? []).join('\0');
    return {
        network: agent.mode,
        ...(agent.egress ? { egress: agent.egress } : {}),
        ...(same ? {} : { verifyNetwork: verify.mode, ...(verify.egress ? { verifyEgress: verify.egress } : {}) }),
    };
}
function phaseOf(p) {
    return typeof p === 'string' ? { mode: p } : { mode: 'egress', egress: p.egress };
}

// EXTERNAL MODULE: ./src/config/suite.ts
var config_suite = __webpack_require__(50954);
;// CONCATENATED MODULE: ./src/config/load.ts
/** Reads profile and suite files: YAML → zod → typed config, or a ConfigError naming file, key path and fix. */









function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function readText(file, what) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(err)})`;
        throw new errors/* ConfigError */.x(file, [{ path: '', message: why, fix: `pass the path of a ${what} YAML file` }]);
    }
}
function parseYaml(file, text) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
    if (doc.errors.length > 0) {
        throw new errors/* ConfigError */.x(file, doc.errors.map((e) => ({
            path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
            message: `invalid YAML: ${e.message.split('\n')[0]}`,
            fix: e.code === 'DUPLICATE_KEY' ? 'remove the repeated key' : 'fix the YAML syntax (indentation, quotes, colons)',
        })));
    }
    try {
        // maxAliasCount guards against alias bombs ("billion laughs").
        return { doc, lines, data: doc.toJS({ maxAliasCount: 100 }) };
    }
    catch (err) {
        throw new errors/* ConfigError */.x(file, [
            {
                path: '',
                message: `invalid YAML: ${err.message.split('\n')[0]}`,
                fix: 'define each anchor (&name) before its alias (*name), and keep aliases few',
            },
        ]);
    }
}
/** Every problem of the file in one pass: the schema's, then `extra` checks on the raw data. */
function parseWith(schema, file, text, extra = () => []) {
    const src = parseYaml(file, text);
    const result = schema.safeParse(src.data);
    const problems = [...(result.success ? [] : zodProblems(result.error, schema, src)), ...extra(src.data)];
    if (problems.length || !result.success)
        throw new errors/* ConfigError */.x(file, problems);
    return result.data;
}
/** Parses a profile's text; `file` only names it in errors. */
function parseProfile(file, text) {
    return { value: toProfile(parseWith(profileSchema, file, text)), text, sha256: sha256(text) };
}
function loadProfile(file) {
    return parseProfile(file, readText(file, 'profile'));
}
function loadSuite(file) {
    return parseSuite(file, readText(file, 'suite'));
}
/** Parses a suite's text; the agent mount and a Harbor task directory resolve against `file`'s directory and must exist. */
function parseSuite(file, text) {
    const raw = (data) => (data ?? {});
    const parsed = parseWith(config_suite/* suiteSchema */.Y9, file, text, (data) => {
        const { agent, tasks_from, candidates } = raw(data);
        const mount = typeof agent?.mount === 'string' ? checkMount(file, agent.mount) : undefined;
        const harbor = typeof tasks_from?.harbor === 'string' ? checkHarborDir(file, tasks_from.harbor) : undefined;
        const candidateMounts = (Array.isArray(candidates) ? candidates : []).map((c, i) => typeof c?.mount === 'string' ? checkMount(file, c.mount, `candidates[${i}].mount`) : undefined);
        return [mount, harbor, ...candidateMounts].flatMap((c) => (c && 'problem' in c ? [c.problem] : []));
    });
    const checked = parsed.agent.mount === undefined ? undefined : checkMount(file, parsed.agent.mount);
    const mountDir = checked && 'dir' in checked ? checked.dir : undefined;
    const harborDir = parsed.tasks_from ? checkHarborDir(file, parsed.tasks_from.harbor) : undefined;
    const harbor = harborDir && 'dir' in harborDir
        ? (0,config_harbor/* loadHarborTasks */.Tu)(harborDir.dir, parsed.agent.env.map((n) => n.replace(/\?$/, '')))
        : undefined;
    // A Harbor suite's meaning is in its task directories too: they are part of its hash.
    const digest = sha256(harbor ? `${text}\0${harbor.digest}` : text);
    const candidateMounts = new Map((parsed.candidates ?? []).flatMap((c, i) => {
        const checked = c.mount === undefined ? undefined : checkMount(file, c.mount, `candidates[${i}].mount`);
        return checked && 'dir' in checked ? [[c.name, checked.dir]] : [];
    }));
    const suite = (0,config_suite/* toSuite */.WC)(parsed, file, digest, mountDir, harbor, candidateMounts);
    const ids = new Set();
    const doubled = suite.tasks.filter((t) => ids.size === ids.add(t.id).size).map((t) => t.id);
    if (doubled.length) {
        throw new errors/* ConfigError */.x(file, [
            {
                path: 'tasks_from.harbor',
                message: `task ids both in tasks and in the Harbor directory: ${doubled.join(', ')}`,
                fix: 'rename one of each pair',
            },
        ]);
    }
    if (suite.tasks.length === 0) {
        throw new errors/* ConfigError */.x(file, [
            {
                path: 'tasks_from.harbor',
                message: `no task can run here: ${suite.skipped.map((t) => `${t.id} ${t.reason}`).join('; ') || 'the directory holds no task directory'}`,
                fix: 'add a task bakeoff can run (a Dockerfile or docker_image, no compose, no GPUs)',
            },
        ]);
    }
    return { value: suite, text, sha256: digest };
}
function checkHarborDir(file, dir) {
    return checkDirectory(file, dir, 'tasks_from.harbor', 'give the directory of Harbor task directories inside the repository, e.g. ./tasks');
}


/***/ }),

/***/ 56339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ parseMultiplierList),
/* harmony export */   QF: () => (/* binding */ multiplierLabel),
/* harmony export */   RQ: () => (/* binding */ orderMultipliers),
/* harmony export */   Xm: () => (/* binding */ parseMultiplier),
/* harmony export */   xc: () => (/* binding */ multiplierSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12311);
/** The resource multiplier (docs/design.md §3): a positive scale of the profile's ceilings, or "uncapped". */

const multiplierSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive(), zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('uncapped')]);
/** "2", "2x", "0.5" or "uncapped"; undefined when it is none of them. */
function parseMultiplier(value) {
    const v = value.trim();
    if (v === 'uncapped')
        return 'uncapped';
    const n = Number(v.replace(/x$/i, ''));
    return v !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}
/** A comma-separated list of at least `min` distinct multipliers, returned in increasing order; undefined otherwise. */
function parseMultiplierList(value, min = 2) {
    const parsed = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map(parseMultiplier);
    if (parsed.some((m) => m === undefined))
        return undefined;
    const list = parsed;
    if (list.length < min || new Set(list).size !== list.length)
        return undefined;
    return orderMultipliers(list);
}
const multiplierLabel = (m) => (m === 'uncapped' ? 'uncapped' : `${m}x`);
const rank = (m) => (m === 'uncapped' ? Infinity : m);
/** Multipliers in increasing order, uncapped last. */
function orderMultipliers(ms) {
    return [...ms].sort((a, b) => rank(a) - rank(b));
}


/***/ }),

/***/ 69264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ samePhaseNetwork),
/* harmony export */   aE: () => (/* binding */ profileNetwork),
/* harmony export */   fD: () => (/* binding */ rulesOf),
/* harmony export */   rC: () => (/* binding */ harborNetwork),
/* harmony export */   yG: () => (/* binding */ narrowNetwork)
/* harmony export */ });
/* harmony import */ var _egress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16659);
/**
 * Network per phase (docs/design.md §3): the profile's policy for the agent phase (with the setup)
 * and for the verify phase, and a Harbor task's own network keys, which may narrow the profile's
 * policy but never widen it. Pure.
 */

/** The profile's network for each phase: the verify phase's own when it has one, else the agent's. */
function profileNetwork(caps) {
    const agent = caps.network === 'egress' ? { mode: 'egress', egress: [...(caps.egress ?? [])] } : { mode: caps.network };
    if (!caps.verifyNetwork)
        return { agent, verify: { ...agent } };
    const verify = caps.verifyNetwork === 'egress' ? { mode: 'egress', egress: [...(caps.verifyEgress ?? caps.egress ?? [])] } : { mode: caps.verifyNetwork };
    return { agent, verify };
}
/**
 * The network a task's trials run under: the profile's, narrowed per phase by what the task asks
 * (no-network → none; an allow-list → the profile's bridge or allow-list bounded by the task's
 * hosts). What the task asks beyond the profile is not given, and is listed in `over`.
 */
function narrowNetwork(profile, declared) {
    const over = [];
    const phase = (name) => {
        const p = profile[name];
        const asks = declared?.[name];
        if (!asks)
            return p;
        const note = (what) => over.push({ phase: name, asks: what, gives: phaseText(p) });
        if (asks.mode === 'no-network')
            return { mode: 'none' };
        if (asks.mode === 'public') {
            if (p.mode !== 'bridge')
                note('the public internet');
            return p;
        }
        const hosts = asks.hosts ?? [];
        if (hosts.length === 0)
            return { mode: 'none' };
        if (p.mode === 'none') {
            note(`allowed_hosts ${hosts.join(', ')}`);
            return p;
        }
        if (p.mode === 'egress') {
            const rules = rulesOf(p.egress ?? []);
            const beyond = hosts.filter((h) => !hostAllowed(rules, h));
            if (beyond.length)
                note(`${beyond.join(', ')} (allowed_hosts)`);
        }
        return { ...p, mode: 'egress', hosts: [...hosts] };
    };
    return { network: { agent: phase('agent'), verify: phase('verify') }, over };
}
/** Whether two phase networks are the same policy. */
function samePhaseNetwork(a, b) {
    return a.mode === b.mode && (a.egress ?? []).join('\0') === (b.egress ?? []).join('\0') && (a.hosts ?? []).join('\0') === (b.hosts ?? []).join('\0');
}
/** The phase network in a few words: "none", "bridge", "egress [a:443, b]" and the task's hosts when it narrowed it. */
function phaseText(p) {
    if (p.mode !== 'egress')
        return p.mode;
    const list = p.egress ? `egress [${p.egress.join(', ')}]` : 'bridge';
    return p.hosts ? `${list} narrowed to [${p.hosts.join(', ')}]` : list;
}
/** Parsed rules of patterns already validated (a bad one is dropped, never widening the list). */
function rulesOf(patterns) {
    return patterns.map((p) => (0,_egress_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEgressRule */ .Zw)(p)).filter((r) => !('problem' in r));
}
/** Whether a rule of the list names `host` (a name, `*.domain` or an IP) on some port: the task names hosts, the profile decides the ports. */
function hostAllowed(rules, host) {
    const rule = (0,_egress_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEgressRule */ .Zw)(host);
    if ('problem' in rule)
        return false;
    // A task's wildcard is within the profile's only when the profile's wildcard covers the same domain or a wider one.
    const probe = rule.kind === 'wildcard' ? `x.${rule.host}` : rule.host;
    const covered = (0,_egress_js__WEBPACK_IMPORTED_MODULE_0__/* .matchEgressHost */ .t7)(rules, probe) !== undefined;
    if (rule.kind !== 'wildcard')
        return covered;
    return covered && rules.some((r) => r.kind === 'wildcard' && (rule.host === r.host || rule.host.endsWith(`.${r.host}`)));
}
const HARBOR_MODES = ['public', 'no-network', 'allowlist'];
const MAX_HOSTS = 100;
/**
 * A Harbor task's network keys, as Harbor reads them: `[environment]` network_mode, allowed_hosts
 * and allow_internet make the baseline; `[agent]` and `[verifier]` network_mode/allowed_hosts
 * override it for their phase. allowed_hosts alone means allowlist; with another mode it is refused.
 * A phase is declared only where the file writes one of these keys (Harbor's default, the public
 * internet, is not a request). `raw` is the parsed task.toml: hostile, bounded here.
 */
function harborNetwork(raw) {
    const problems = [];
    const table = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const policy = (section, t) => {
        const mode = t.network_mode;
        const hosts = t.allowed_hosts;
        if (mode !== undefined && !HARBOR_MODES.includes(mode)) {
            problems.push({ path: `${section}.network_mode`, message: `must be one of ${HARBOR_MODES.join(', ')}`, fix: 'e.g. network_mode = "allowlist"' });
            return undefined;
        }
        if (hosts === undefined || (Array.isArray(hosts) && hosts.length === 0))
            return mode === undefined ? undefined : { mode: mode };
        const list = allowedHosts(section, hosts, problems);
        if (!list)
            return undefined;
        if (mode !== undefined && mode !== 'allowlist') {
            problems.push({
                path: `${section}.allowed_hosts`,
                message: `is only valid with network_mode = "allowlist", not "${String(mode)}"`,
                fix: 'drop allowed_hosts, or set network_mode = "allowlist"',
            });
            return undefined;
        }
        return { mode: 'allowlist', hosts: list };
    };
    const env = table(raw.environment);
    let baseline = policy('environment', env);
    if (!baseline && env.allow_internet !== undefined) {
        if (typeof env.allow_internet !== 'boolean')
            problems.push({ path: 'environment.allow_internet', message: 'must be true or false', fix: 'e.g. allow_internet = false' });
        else
            baseline = { mode: env.allow_internet ? 'public' : 'no-network' };
    }
    const agent = policy('agent', table(raw.agent)) ?? baseline;
    const verify = policy('verifier', table(raw.verifier)) ?? baseline;
    if (problems.length || (!agent && !verify))
        return { problems };
    return { declared: { ...(agent ? { agent } : {}), ...(verify ? { verify } : {}) }, problems };
}
/** allowed_hosts as Harbor takes them: host names or IPv4 addresses, no scheme, path or port; lower-case, deduplicated. */
function allowedHosts(section, hosts, problems) {
    const path = `${section}.allowed_hosts`;
    if (!Array.isArray(hosts) || hosts.length > MAX_HOSTS) {
        problems.push({
            path,
            message: `must be a list of at most ${MAX_HOSTS} host names`,
            fix: 'e.g. allowed_hosts = ["pypi.org", "files.pythonhosted.org"]',
        });
        return undefined;
    }
    const out = [];
    let bad = false;
    for (const [i, h] of hosts.entries()) {
        const value = typeof h === 'string' ? h.trim().toLowerCase().replace(/\.$/, '') : '';
        const rule = value.length <= 253 && !/[:/]/.test(value) ? (0,_egress_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEgressRule */ .Zw)(value) : { problem: '' };
        if (!value || 'problem' in rule) {
            bad = true;
            problems.push({
                path: `${path}[${i}]`,
                message: `${typeof h === 'string' ? JSON.stringify(h.slice(0, 100)) : `a ${typeof h}`} is not a host name or IPv4 address`,
                fix: 'write the host alone, e.g. "pypi.org": no scheme, path or port',
            });
            continue;
        }
        if (!out.includes(value))
            out.push(value);
    }
    return bad ? undefined : out;
}


/***/ }),

/***/ 90866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
  _4: () => (/* binding */ OPTION_RULES),
  eR: () => (/* binding */ OptionError),
  tG: () => (/* binding */ TRIALS_MAX),
  d6: () => (/* binding */ commonOptionsSchema),
  Gw: () => (/* binding */ parseNames),
  $d: () => (/* binding */ parseRankGate),
  W6: () => (/* binding */ thresholdsOf)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/config/multiplier.ts
var multiplier = __webpack_require__(56339);
;// CONCATENATED MODULE: ./src/config/shard.ts
function parseShard(value) {
    const m = /^(\d+)\/(\d+)$/.exec(value.trim());
    if (!m)
        return undefined;
    const index = Number(m[1]);
    const count = Number(m[2]);
    return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

;// CONCATENATED MODULE: ./src/config/options.ts
/**
 * The run and compare options that the CLI flags and the Action inputs share: one rule each, so
 * the bounds and the wording cannot drift apart. Each rule parses the raw string or says what it expects.
 */



const TRIALS_MAX = 1000;
const number = (check) => (raw) => {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) && check(n) ? n : undefined;
};
const OPTION_RULES = {
    trials: {
        expected: `must be a whole number from 1 to ${TRIALS_MAX}`,
        parse: number((n) => Number.isInteger(n) && n >= 1 && n <= TRIALS_MAX),
    },
    concurrency: {
        expected: 'must be "auto" or a whole number ≥ 1',
        parse: (raw) => (raw.trim() === 'auto' ? 'auto' : number((n) => Number.isInteger(n) && n >= 1)(raw)),
    },
    multiplier: {
        expected: 'must be a positive number (e.g. 2 or 0.5) or "uncapped"',
        parse: multiplier/* parseMultiplier */.Xm,
    },
    multipliers: {
        expected: 'must list two or more distinct positive numbers or "uncapped", comma-separated, e.g. 1,2,3,uncapped',
        parse: multiplier/* parseMultiplierList */.FR,
    },
    /** A ranking's multipliers: one is enough (a ranking at 1x alone); the flip needs two. */
    rankMultipliers: {
        expected: 'must list distinct positive numbers or "uncapped", comma-separated, e.g. 1,uncapped',
        parse: (raw) => (0,multiplier/* parseMultiplierList */.FR)(raw, 1),
    },
    shard: {
        expected: 'must be I/N with 1 ≤ I ≤ N, e.g. 2/4',
        parse: parseShard,
    },
    alpha: {
        expected: 'must be a fraction between 0 and 1 (e.g. 0.05)',
        parse: number((n) => n > 0 && n < 1),
    },
    fraction: {
        expected: 'must be a fraction from 0 to 1 (e.g. 0.03, not 3)',
        parse: number((n) => n >= 0 && n <= 1),
    },
    costLimits: {
        expected: 'must be a percentage for every metric (20%) or name=percentage pairs (time=10%,cost_usd=20%; names: time, cpu, memory or a reported metric)',
        parse: parseCostLimits,
    },
};
const METRIC_ALIASES = { time: 'agent time', cpu: 'cpu seconds', memory: 'peak memory' };
function parseCostLimits(spec) {
    const limits = { byMetric: {} };
    const parts = spec
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    for (const part of parts) {
        const m = /^(?:([A-Za-z0-9_.-]+)=)?(\d+(?:\.\d+)?)%$/.exec(part);
        if (!m)
            return undefined;
        const fraction = Number(m[2]) / 100;
        if (m[1])
            limits.byMetric[METRIC_ALIASES[m[1]] ?? m[1]] = fraction;
        else
            limits.all = fraction;
    }
    return parts.length ? limits : undefined;
}
/** A comma-separated list of names: " a, b ,c" → ["a", "b", "c"]; empty or absent → []. */
function parseNames(raw) {
    return (raw ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
function parseRankGate(raw) {
    return {
        incumbent: raw.incumbent?.trim() || undefined,
        failIfIncumbentBeaten: Boolean(raw.failIfIncumbentBeaten),
        failIfWorseThanIncumbent: parseNames(raw.failIfWorseThanIncumbent),
    };
}
class OptionError extends Error {
}
/**
 * Parses one option; an empty or absent value gives `fallback`. `name` is how the user wrote it
 * ("--trials" on the command line, "trials" in a workflow), and the error quotes it back.
 */
function parseOption(rule, name, raw, fallback) {
    if (raw === undefined || raw.trim() === '')
        return fallback;
    const value = rule.parse(raw);
    if (value === undefined)
        throw new OptionError(name.startsWith('--') ? `${name} ${raw}: ${rule.expected}` : `${name} "${raw}" ${rule.expected}`);
    return value;
}
const DEFAULT_THRESHOLDS = { alpha: 0.05, maxDrop: 0.03, maxInfraErrorRate: 0.03 };
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/**
 * The shared options as one zod schema over raw strings, keyed in camelCase. `style` decides how
 * an error names the option: "--max-drop 3: …" on the command line, 'max-drop "3" …' in a workflow;
 * `names` renames a key where the user knows it by another name.
 */
function commonOptionsSchema(style, names = {}) {
    const field = (rule, key, fallback) => schemas/* string */.YjP()
        .optional()
        .transform((raw, ctx) => {
        try {
            const name = names[key] ?? kebab(key);
            return parseOption(rule, style === 'flag' ? `--${name}` : name, raw, fallback);
        }
        catch (err) {
            ctx.addIssue({ code: 'custom', message: err.message });
            return core/* NEVER */.tm;
        }
    });
    return schemas/* object */.Ikc({
        trials: field(OPTION_RULES.trials, 'trials'),
        concurrency: field(OPTION_RULES.concurrency, 'concurrency', 'auto').transform((v) => v),
        multiplier: field(OPTION_RULES.multiplier, 'multiplier', 1).transform((v) => v),
        multipliers: field(OPTION_RULES.multipliers, 'multipliers'),
        rankMultipliers: field(OPTION_RULES.rankMultipliers, 'rankMultipliers', [1, 'uncapped']).transform((v) => v),
        shard: field(OPTION_RULES.shard, 'shard'),
        alpha: field(OPTION_RULES.alpha, 'alpha', DEFAULT_THRESHOLDS.alpha).transform((v) => v),
        maxDrop: field(OPTION_RULES.fraction, 'maxDrop', DEFAULT_THRESHOLDS.maxDrop).transform((v) => v),
        maxInfraErrorRate: field(OPTION_RULES.fraction, 'maxInfraErrorRate', DEFAULT_THRESHOLDS.maxInfraErrorRate).transform((v) => v),
        maxCostIncrease: field(OPTION_RULES.costLimits, 'maxCostIncrease'),
    });
}
const thresholdsOf = (o) => ({
    alpha: o.alpha,
    maxDrop: o.maxDrop,
    maxInfraErrorRate: o.maxInfraErrorRate,
    ...(o.maxCostIncrease ? { maxCostIncrease: o.maxCostIncrease } : {}),
});


/***/ }),

/***/ 30914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ presetApiDestination),
/* harmony export */   f: () => (/* binding */ PRESETS)
/* harmony export */ });
const PRESETS = {
    'claude-code': {
        mainPackage: '@anthropic-ai/claude-code',
        nativePackage: (version) => ({ name: '@anthropic-ai/claude-code-linux-x64', version }),
        secretEnv: ['ANTHROPIC_API_KEY'],
        plainEnv: ['ANTHROPIC_BASE_URL'],
        api: { baseUrlVar: 'ANTHROPIC_BASE_URL', defaultUrl: 'https://api.anthropic.com' },
    },
    codex: {
        mainPackage: '@openai/codex',
        // Codex publishes each platform's build as a version of the main package (0.171.0-linux-x64).
        nativePackage: (version) => ({ name: '@openai/codex', version: `${version}-linux-x64` }),
        secretEnv: ['OPENAI_API_KEY'],
        plainEnv: ['OPENAI_BASE_URL'],
        api: { baseUrlVar: 'OPENAI_BASE_URL', defaultUrl: 'https://api.openai.com/v1' },
    },
};
/** The model API's host:port a preset will call, given the host's variables: what the agent phase's network must allow. */
function presetApiDestination(preset, hostEnv) {
    const { baseUrlVar, defaultUrl } = PRESETS[preset].api;
    const given = hostEnv[baseUrlVar];
    const raw = given || defaultUrl;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return { problem: `${baseUrlVar}=${raw} is not a URL — give one such as ${defaultUrl}` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { problem: `${baseUrlVar} must be an http(s) URL, not ${url.protocol}` };
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port, from: given ? baseUrlVar : 'the default' };
}


/***/ }),

/***/ 50954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WC: () => (/* binding */ toSuite),
/* harmony export */   Y9: () => (/* binding */ suiteSchema),
/* harmony export */   yJ: () => (/* binding */ withCandidate)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12311);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90081);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90866);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30914);
/** Suite: the agent under test and its tasks (docs/design.md §4). */




// A trailing ? marks a variable that may be unset or empty on the host (preflight does not refuse it).
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*\??$/;
const trials = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'trials must be a whole number, e.g. 3' })
    .int({ error: 'trials must be a whole number, e.g. 3' })
    .min(1, { error: 'trials must be at least 1' })
    .max(_options_js__WEBPACK_IMPORTED_MODULE_1__/* .TRIALS_MAX */ .tG, { error: `trials above ${_options_js__WEBPACK_IMPORTED_MODULE_1__/* .TRIALS_MAX */ .tG} per task is almost surely a typo; use at most ${_options_js__WEBPACK_IMPORTED_MODULE_1__/* .TRIALS_MAX */ .tG}` });
const absPath = (example) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: `must be an absolute path, e.g. ${example}` }).regex(/^\//, { error: `must be an absolute path, e.g. ${example}` });
const CANDIDATE_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** An environment value is committed to the repository and recorded in the results: a model name, a flag — never a secret. */
const envValue = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()], { error: 'an env value is a string, number or boolean, e.g. MODEL: model-a' })
    .transform(String)
    .refine((v) => v.length <= 4096, { error: 'an env value is at most 4096 characters' });
const CANDIDATES_MAX = 16;
/** The coding-agent CLIs bakeoff runs itself from the npm registry (runner/agents/presets). */
const PRESET_NAMES = ['claude-code', 'codex'];
const presetName = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(PRESET_NAMES, { error: `preset is one of ${PRESET_NAMES.join(', ')}` });
// An exact version as the registry names it: a range would make two runs of one suite run different agents.
const presetVersion = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'version is an exact version in quotes, e.g. "2.1.332"' })
    .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, { error: 'version is an exact version such as "2.1.332" (not a range); leave it out for the latest' });
const presetModel = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'model is the model name the agent is given, e.g. claude-sonnet-4-5' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$/, {
    error: 'model is a model name of letters, digits and . _ : / @ - (at most 128), e.g. claude-sonnet-4-5',
});
const candidate = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .name */ .UU)('candidate'),
    env: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(CANDIDATE_ENV_NAME, { error: 'env keys are variable names such as MODEL' }), envValue, {
        error: 'env maps variable names to values, e.g. { MODEL: model-a }',
    })
        .refine((env) => !Object.keys(env).some((k) => k.startsWith('BAKEOFF_')), { error: 'BAKEOFF_* variables are set by bakeoff itself' })
        .default({}),
    host_env: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(ENV_NAME, { error: 'host_env entries are variable names such as OTHER_API_KEY (their values come from the host)' }), {
        error: 'host_env is a list of variable names, e.g. [OTHER_API_KEY]',
    })
        .default([]),
    command: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1, { error: 'command must not be empty; leave it out to use agent.command' }).optional(),
    mount: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'mount is a directory relative to the suite file, e.g. ./agent-b' }).optional(),
    setup: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    preset: presetName.optional(),
    version: presetVersion.optional(),
    model: presetModel.optional(),
}, { error: 'a candidate is { name, env?, host_env?, command?, mount?, setup? } or, for a preset agent, { name, preset?, version?, model? }' });
const image = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'image must be a string, e.g. busybox:1.36' }).min(1, { error: 'image must not be empty, e.g. busybox:1.36' });
const suiteSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .name */ .UU)('suite'),
    agent: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        command: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyString */ .y0)('agent.command', 'sh /agent/solve.sh').optional(),
        preset: presetName.optional(),
        version: presetVersion.optional(),
        model: presetModel.optional(),
        mount: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'mount is a directory relative to the suite file, e.g. ./agent' }).optional(),
        env: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(ENV_NAME, {
            error: 'env entries are variable names such as MODEL_API_KEY, or OPTIONAL_NAME? for one that may be unset (values never go in files)',
        }), {
            error: 'env is a list of variable names, e.g. [MODEL_API_KEY]',
        })
            .default([]),
        setup: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    }, {
        error: 'agent is required — give agent.command (your own agent), e.g. { command: sh /agent/solve.sh }, or a preset, e.g. { preset: claude-code }',
    }),
    defaults: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        image: image.optional(),
        trials: trials.optional(),
        workdir: absPath('/work').optional(),
        timeouts: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .timeouts */ .Fw.optional(),
    })
        .default({}),
    candidates: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(candidate, { error: 'candidates is a list, e.g. [{ name: model-a, env: { MODEL: model-a } }]' })
        .min(1, { error: 'candidates must name at least one candidate, or be left out' })
        .max(CANDIDATES_MAX, { error: `at most ${CANDIDATES_MAX} candidates (each is a full run of the suite)` })
        .optional(),
    tasks_from: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ harbor: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'harbor is a directory of Harbor task directories, relative to the suite file, e.g. ./tasks' }) }, { error: 'tasks_from takes { harbor: ./tasks } — a directory of Harbor task directories' })
        .optional(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        id: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .name */ .UU)('task id'),
        instruction: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyString */ .y0)('instruction', 'Write hello into /work/out.txt'),
        setup: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        verify: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyString */ .y0)('verify', 'grep -qx hello /work/out.txt'),
        image: image.optional(),
        trials: trials.optional(),
        workdir: absPath('/work').optional(),
        timeouts: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .timeouts */ .Fw.optional(),
    }), { error: 'tasks is a list of tasks, each with id, instruction and verify' })
        .optional(),
})
    // Also when other keys are wrong (`when`): the raw tasks may be malformed, so each is checked before use.
    .superRefine((s, ctx) => {
    const raw = (s ?? {});
    agentProblems(raw.agent).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
    candidateProblems(raw.candidates, raw.agent?.env).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
    candidateKindProblems(raw.candidates, raw.agent).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
    const tasks = Array.isArray(raw.tasks) ? raw.tasks : [];
    if (tasks.length === 0 && !raw.tasks_from) {
        ctx.addIssue({
            code: 'custom',
            path: ['tasks'],
            message: 'no tasks — add tasks (each with id, instruction and verify) or tasks_from: { harbor: ./tasks }',
        });
    }
    const defaultImage = raw.defaults?.image;
    const seen = new Map();
    tasks.forEach((t, i) => {
        const task = (t ?? {});
        if (typeof task.id === 'string') {
            const first = seen.get(task.id);
            if (first !== undefined) {
                ctx.addIssue({
                    code: 'custom',
                    path: ['tasks', i, 'id'],
                    message: `duplicate task id "${task.id}" (also tasks[${first}].id) — task ids must be unique`,
                });
            }
            else
                seen.set(task.id, i);
        }
        if (!task.image && !defaultImage) {
            ctx.addIssue({ code: 'custom', path: ['tasks', i, 'image'], message: 'no image — set tasks[].image or defaults.image, e.g. busybox:1.36' });
        }
    });
}, { when: () => true });
/** An agent is either the suite's own command or a preset, and a preset's keys go with a preset only. */
function agentProblems(agent) {
    if (!agent || typeof agent !== 'object')
        return [];
    if (agent.command === undefined && agent.preset === undefined)
        return [
            {
                path: ['agent'],
                message: 'agent needs command (your own agent, e.g. sh /agent/solve.sh) or preset (one of ' + PRESET_NAMES.join(', ') + ')',
            },
        ];
    if (agent.command !== undefined && agent.preset !== undefined)
        return [
            {
                path: ['agent', 'preset'],
                message: 'agent takes command or preset, not both — drop command to run the preset, or preset to run your command',
            },
        ];
    if (agent.preset !== undefined)
        return agent.mount !== undefined
            ? [
                {
                    path: ['agent', 'mount'],
                    message: 'a preset brings its own files — drop mount (a preset agent takes preset, version, model, env, setup)',
                },
            ]
            : [];
    return ['version', 'model']
        .filter((k) => agent[k] !== undefined)
        .map((k) => ({
        path: ['agent', k],
        message: `${k} goes with a preset (e.g. preset: claude-code) — for your own command, pass it in the command or env`,
    }));
}
/** A candidate refines the suite's agent in its own terms: a command agent's command and mount, a preset's preset, version and model. */
function candidateKindProblems(candidates, agent) {
    if (!Array.isArray(candidates) || !agent || typeof agent !== 'object')
        return [];
    const preset = agent.preset !== undefined;
    const foreign = preset ? ['command', 'mount'] : ['preset', 'version', 'model'];
    return candidates.flatMap((c, i) => c && typeof c === 'object'
        ? foreign
            .filter((k) => c[k] !== undefined)
            .map((k) => ({
            path: ['candidates', i, k],
            message: preset
                ? `the suite's agent is a preset: a candidate sets preset, version or model, not ${k}`
                : `${k} refines a preset agent, and the suite's agent is a command — set agent.preset, or drop ${k}`,
        }))
        : []);
}
/** Two candidates of one name, and a candidate setting a variable the agent already takes from the host. */
function candidateProblems(candidates, agentEnv) {
    if (!Array.isArray(candidates))
        return [];
    const fromHost = new Set(Array.isArray(agentEnv) ? agentEnv.map((n) => String(n).replace(/\?$/, '')) : []);
    const seen = new Map();
    return candidates.flatMap((c, i) => {
        const out = [];
        if (typeof c?.name === 'string') {
            const first = seen.get(c.name);
            if (first !== undefined)
                out.push({
                    path: ['candidates', i, 'name'],
                    message: `duplicate candidate "${c.name}" (also candidates[${first}].name) — names must be unique`,
                });
            else
                seen.set(c.name, i);
        }
        if (c?.env && typeof c.env === 'object')
            for (const key of Object.keys(c.env).filter((k) => fromHost.has(k)))
                out.push({
                    path: ['candidates', i, 'env', key],
                    message: `${key} is passed from the host by agent.env — a candidate may not also set it (remove it from one of them)`,
                });
        return out;
    });
}
/** The overrides, later layers winning, and where each winning one was written (`at`: a phase's key path in that layer). */
function timeoutOverrides(layers) {
    const timeouts = {};
    const timeoutFrom = {};
    for (const { at, t } of layers)
        for (const [phase, key] of [
            ['setup', 'setupMs'],
            ['agent', 'agentMs'],
            ['verify', 'verifyMs'],
        ]) {
            if (t?.[phase] === undefined)
                continue;
            timeouts[key] = t[phase];
            timeoutFrom[key] = at(phase);
        }
    return { timeouts, timeoutFrom };
}
function toSuite(s, path, sha256, mountDir, harbor, candidateMounts = new Map()) {
    const d = s.defaults;
    return {
        name: s.name,
        path,
        sha256,
        agent: toAgent(s.agent, mountDir),
        tasks: [
            ...(s.tasks ?? []).map((t, i) => ({
                id: t.id,
                instruction: t.instruction,
                ...(t.setup ? { setup: t.setup } : {}),
                verify: t.verify,
                image: (t.image ?? d.image),
                trials: t.trials ?? d.trials ?? 1,
                workdir: t.workdir ?? d.workdir ?? '/work',
                ...timeoutOverrides([
                    { at: (phase) => `defaults.timeouts.${phase}`, t: d.timeouts },
                    { at: (phase) => `tasks[${i}].timeouts.${phase} (task ${JSON.stringify(t.id)})`, t: t.timeouts },
                ]),
            })),
            // a Harbor task's own timeouts (task.toml) over the suite's defaults, as a suite task's own do
            ...(harbor?.tasks ?? []).map((t) => {
                const defaults = timeoutOverrides([{ at: (phase) => `defaults.timeouts.${phase}`, t: d.timeouts }]);
                return {
                    ...t,
                    trials: d.trials ?? 1,
                    timeouts: { ...defaults.timeouts, ...t.timeouts },
                    timeoutFrom: { ...defaults.timeoutFrom, ...t.timeoutFrom },
                };
            }),
        ],
        skipped: harbor?.skipped ?? [],
        candidates: (s.candidates ?? []).map((c) => ({
            name: c.name,
            env: c.env,
            hostEnv: c.host_env,
            ...(c.command ? { command: c.command } : {}),
            ...(c.mount ? { mount: c.mount, mountDir: candidateMounts.get(c.name) } : {}),
            ...(c.setup ? { setup: c.setup } : {}),
            ...(c.preset ? { preset: c.preset } : {}),
            ...(c.version ? { version: c.version } : {}),
            ...(c.model ? { model: c.model } : {}),
        })),
    };
}
/** The suite's own variables and the preset's key (by name, masked as every agent.env variable is). */
function withPresetEnv(preset, env, previous) {
    const dropped = previous && previous !== preset ? _presets_js__WEBPACK_IMPORTED_MODULE_2__/* .PRESETS */ .f[previous].secretEnv : [];
    return [...new Set([...env.filter((n) => !dropped.includes(n)), ..._presets_js__WEBPACK_IMPORTED_MODULE_2__/* .PRESETS */ .f[preset].secretEnv])];
}
function toAgent(a, mountDir) {
    const env = a.env.map((n) => n.replace(/\?$/, ''));
    const optionalEnv = a.env.filter((n) => n.endsWith('?')).map((n) => n.slice(0, -1));
    const setup = a.setup ? { setup: a.setup } : {};
    if (a.preset)
        return {
            kind: 'preset',
            preset: a.preset,
            ...(a.version ? { version: a.version } : {}),
            ...(a.model ? { model: a.model } : {}),
            env: withPresetEnv(a.preset, env),
            optionalEnv,
            ...setup,
        };
    return { kind: 'command', command: a.command, env, optionalEnv, ...(mountDir ? { mountDir } : {}), ...setup };
}
/**
 * The suite as one candidate runs it: a command agent, the candidate's overrides over the suite's
 * own; host variables by name only, as the agent's. Candidates refine the suite's command agent.
 */
function withCandidate(suite, c) {
    const agent = suite.agent;
    if (agent.kind === 'oracle')
        throw new Error('a candidate refines a command or preset agent, not the oracle');
    const names = c.hostEnv.map((n) => n.replace(/\?$/, ''));
    const shared = {
        ...(c.setup ? { setup: c.setup } : {}),
        env: [...new Set([...agent.env, ...names])],
        optionalEnv: [...agent.optionalEnv, ...c.hostEnv.filter((n) => n.endsWith('?')).map((n) => n.slice(0, -1))],
        candidate: { name: c.name, values: c.env },
    };
    if (agent.kind === 'preset') {
        // Another preset's version means nothing for this one: switching preset drops the suite's pin.
        const version = c.version ?? (c.preset && c.preset !== agent.preset ? undefined : agent.version);
        const { version: _pinned, bundle: _fetched, ...rest } = agent;
        const preset = c.preset ?? agent.preset;
        return {
            ...suite,
            agent: {
                ...rest,
                ...shared,
                env: withPresetEnv(preset, shared.env, agent.preset),
                preset,
                ...(version ? { version } : {}),
                ...(c.model ? { model: c.model } : {}),
            },
        };
    }
    return { ...suite, agent: { ...agent, ...shared, command: c.command ?? agent.command, ...(c.mountDir ? { mountDir: c.mountDir } : {}) } };
}


/***/ }),

/***/ 27548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sA: () => (/* binding */ appliedTimeouts),
/* harmony export */   t1: () => (/* binding */ checkTimeouts)
/* harmony export */ });
/* unused harmony export MAX_TIMEOUT_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37827);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34529);
/**
 * The profile is production: a suite or a task may tighten a phase's timeout, never loosen it
 * (docs/design.md §4). A looser one is refused when the suite meets its profile (validate, run,
 * sweep, rank), naming where it was written and the fix. Under the profile's `timeouts.basis: task`
 * a Harbor task's declared agent and verifier timeouts are 1x instead, scaled by the multiplier.
 */


const PHASES = [
    { key: 'setupMs', name: 'setup' },
    { key: 'agentMs', name: 'agent' },
    { key: 'verifyMs', name: 'verify' },
];
/** The longest timeout a phase can be given: Node's timers fire at once past 2^31 − 1 ms (24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** The phases a Harbor task may declare a timeout for, and where its declaration is kept. */
const DECLARED = [
    { key: 'agentMs', declared: 'agentTimeoutMs' },
    { key: 'verifyMs', declared: 'verifyTimeoutMs' },
];
/** The phases whose timeout a Harbor task declares (task.toml [agent]/[verifier].timeout_sec). */
function declaredPhases(task) {
    return DECLARED.filter((d) => task.harbor?.declared[d.declared] !== undefined).map((d) => d.key);
}
/**
 * What a task's trials run under: the profile's timeouts with the task's tighter ones over them.
 * With `onTask` (the profile's `timeouts.basis: task`, at this multiplier), a phase whose timeout
 * the Harbor task declares gets the declared time × the multiplier — under `uncapped` the declared
 * time itself, as Harbor runs it (a phase with no ceiling would never end) — at most MAX_TIMEOUT_MS.
 */
function appliedTimeouts(profile, task, onTask) {
    const applied = { ...profile, ...task.timeouts };
    if (!onTask || !task.harbor)
        return applied;
    const scale = onTask.multiplier === 'uncapped' ? 1 : onTask.multiplier;
    for (const d of DECLARED) {
        const declared = task.harbor.declared[d.declared];
        if (declared !== undefined)
            applied[d.key] = Math.min(MAX_TIMEOUT_MS, Math.round(declared * scale));
    }
    return applied;
}
/** Two durations as text that tells them apart: rounded when that differs, else to the millisecond (60001 ms vs 60000 ms). */
function distinctDurations(a, b) {
    const [x, y] = [(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(a), (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(b)];
    return x === y ? [`${a} ms`, `${b} ms`] : [x, y];
}
/** One problem per place a looser timeout is written (defaults.timeouts once, not once per task). */
function looserTimeouts(suite, profile, profileFile) {
    const seen = new Map();
    for (const task of suite.tasks) {
        const declared = declaredPhases(task);
        for (const { key, name } of PHASES) {
            const own = task.timeouts[key];
            const cap = profile.timeouts[key];
            if (own === undefined || own <= cap)
                continue;
            // Under basis: task the task's own declaration is 1x, not a loosening of the profile's.
            if (profile.timeoutsBasis === 'task' && declared.includes(key))
                continue;
            const where = task.timeoutFrom?.[key] ?? `tasks (task ${JSON.stringify(task.id)}) timeouts.${name}`;
            if (seen.has(where))
                continue;
            const [ownText, capText] = distinctDurations(own, cap);
            const orBasis = declared.includes(key) ? ', or set timeouts.basis: task in the profile to run each Harbor task under the time it declares' : '';
            seen.set(where, {
                path: where,
                message: `is ${ownText}, longer than the profile's ${capText} (${profileFile}: timeouts.${name}) — ` +
                    "the profile is production, and a suite may tighten a phase's timeout, not loosen it",
                fix: `lower it to at most ${capText}, or raise timeouts.${name} in the profile if production really allows that long${orBasis}`,
            });
        }
    }
    return [...seen.values()];
}
function checkTimeouts(suite, profile, profileFile) {
    const problems = looserTimeouts(suite, profile, profileFile);
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(suite.path, problems);
}


/***/ }),

/***/ 34529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bi: () => (/* binding */ sizeProblem),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Sizes and durations as users write them in profiles and suites, parsed to bytes and ms. */
// Binary only: Docker's own k/m/g are 1024-based, and so are KiB/MiB/GiB/TiB. Decimal names
// (kB, MB, GB, TB) are refused rather than guessed at: "4GB" read as 4 GiB silently grants 7% more.
const SIZE_UNITS = {
    b: 1,
    k: 1024,
    kib: 1024,
    m: 1024 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tib: 1024 ** 4,
};
const DECIMAL_UNITS = /^(kb|mb|gb|tb)$/i;
const SIZE_RE = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/;
function parseSize(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
    if (typeof value !== 'string')
        return undefined;
    const m = SIZE_RE.exec(value);
    if (!m)
        return undefined;
    const factor = SIZE_UNITS[(m[2] || 'b').toLowerCase()];
    if (factor === undefined)
        return undefined;
    return Math.round(Number(m[1]) * factor);
}
/** Why a size is not one, with the fix; undefined when it is one. */
function sizeProblem(value, example) {
    if (parseSize(value) !== undefined)
        return undefined;
    const unit = typeof value === 'string' ? (SIZE_RE.exec(value)?.[2] ?? '') : '';
    if (DECIMAL_UNITS.test(unit)) {
        const binary = `${unit[0].toUpperCase()}iB`;
        return `${JSON.stringify(value)} uses a decimal unit — write ${binary} (or Docker's ${unit[0].toLowerCase()}): sizes here are 1024-based, as Docker's are`;
    }
    return `${JSON.stringify(value)} is not a size — write a number with B, KiB, MiB, GiB, TiB (or Docker's k, m, g), e.g. ${example}`;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_RE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/;
function parseDuration(value) {
    if (typeof value !== 'string')
        return undefined;
    const m = DURATION_RE.exec(value);
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * DURATION_UNITS[m[2]]);
}
function formatBytes(bytes) {
    if (bytes >= 1024 ** 3)
        return `${trim(bytes / 1024 ** 3)} GiB`;
    if (bytes >= 1024 ** 2)
        return `${trim(bytes / 1024 ** 2)} MiB`;
    if (bytes >= 1024)
        return `${trim(bytes / 1024)} KiB`;
    return `${bytes} B`;
}
function formatDuration(ms) {
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    // Decide the unit on the rounded figure, so 59.99 s reads 1m rather than 60s (and 119.6 s 2m, not 1m60s).
    if (Number(trim(s)) < 60)
        return `${trim(s)}s`;
    const seconds = Math.round(s);
    const m = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (m < 60)
        return rest ? `${m}m${rest}s` : `${m}m`;
    const h = Math.floor(m / 60);
    return `${h}h${m % 60}m`;
}
function trim(n) {
    return Number(n.toFixed(n < 10 ? 2 : 1)).toString();
}
/** "1 trial", "3 trials". */
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 27473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ TOOL_VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/config/version.ts
/** bakeoff's version, from package.json (ncc inlines the JSON into the bundles). */

const TOOL_VERSION = package_namespaceObject.rE;


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

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ pText),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   L: () => (/* binding */ taskCountsText),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Sw: () => (/* binding */ verdictTitle),
/* harmony export */   UM: () => (/* binding */ pts),
/* harmony export */   YP: () => (/* binding */ interval),
/* harmony export */   b8: () => (/* binding */ unsignedPts),
/* harmony export */   cW: () => (/* binding */ shape),
/* harmony export */   gR: () => (/* binding */ orDash)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/** Number formatting shared by the Markdown and terminal reports. Pure. */

const pct = (x, digits = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`);
/** Percentage points with an explicit sign and a real minus. */
function pts(x, digits = 1) {
    if (x === null || x === undefined)
        return '—';
    const v = (x * 100).toFixed(digits);
    if (Number(v) === 0)
        return `±${(0).toFixed(digits)} pts`;
    return `${x > 0 ? '+' : '−'}${v.replace('-', '')} pts`;
}
/** Percentage points without the plus sign: a size ("a drop of 3.0 pts"). */
function unsignedPts(x, digits = 1) {
    return pts(x, digits).replace('+', '');
}
function formatP(p) {
    if (p === null || p === undefined)
        return '—';
    if (p < 0.001)
        return '< 0.001';
    return p.toFixed(3);
}
/** "p = 0.125" or "p < 0.001". */
function pText(p) {
    const v = formatP(p);
    return v.startsWith('<') ? `p ${v}` : `p = ${v}`;
}
function interval(ci, fmt = (x) => pct(x)) {
    return ci ? `${fmt(ci[0])} to ${fmt(ci[1])}` : '—';
}
/** A measure that may be missing: formatted, or a dash. */
function orDash(x, format) {
    return x === null ? '—' : format(x);
}
/** A task's counts on one side: passes of valid trials, then limits and errors when there are any. */
function taskCountsText(c) {
    return `${c.pass}/${c.trials - c.error} pass${c.limit ? `, ${c.limit} limit` : ''}${c.error ? `, ${c.error} error` : ''}`;
}
/** Tasks × trials per task ("12 × 3"), or both counts when tasks ran unequal numbers of trials. */
function shape({ tasks, trials }) {
    const per = tasks ? trials / tasks : 0;
    return Number.isInteger(per) ? `${tasks} × ${per}` : `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(tasks, 'task')}, ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(trials, 'trial')}`;
}
function formatValue(key, v) {
    if (v === null || v === undefined)
        return 'none';
    if (Array.isArray(v))
        return v.length ? v.map(String).join(', ') : 'none';
    if (typeof v === 'number' && /Bytes$|tmpfs\./.test(key))
        return (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(v);
    if (typeof v === 'number' && /Ms$/.test(key))
        return (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(v);
    return String(v);
}
const VERDICT_TITLE = {
    regression: '🔴 Regression',
    infra: '🟠 Infra errors over the limit',
    inconclusive: '⚪ No significant change',
    improvement: '🟢 Improvement',
    ok: '✅ No regression',
};
/** The verdict's title, with the reading of an inconclusive one. */
function verdictTitle(v) {
    return v.verdict === 'inconclusive' && v.reading === 'leaning-worse' ? '🟡 Inconclusive — leaning worse' : VERDICT_TITLE[v.verdict];
}


/***/ }),

/***/ 26681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ HARBOR_SCORE_NOTE),
/* harmony export */   DQ: () => (/* binding */ HARBOR_SCORE_LABEL),
/* harmony export */   JA: () => (/* binding */ harborScoreLine)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12011);


const HARBOR_SCORE_LABEL = 'Harbor-equivalent score';
/** What the score is, for a report's footnote. */
const HARBOR_SCORE_NOTE = 'Harbor-equivalent score: the mean reward over all trials, errors counted as 0 and timed-out trials graded — ' +
    "the number Terminal-Bench 2.0's leaderboard publishes; bakeoff's success rate leaves errors out and fails every limit.";
/** How the score was made: "over 45 trials; 2 errors counted as 0, 3 timed-out trials graded". */
function harborScoreBasis(s) {
    const parts = [
        ...(s.errors ? [`${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.errors, 'error')} counted as 0`] : []),
        ...(s.gradedTimeouts ? [`${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.gradedTimeouts, 'timed-out trial')} graded`] : []),
    ];
    return `mean reward over ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.trials, 'trial')}${parts.length ? `; ${parts.join(', ')}` : ''}`;
}
/** How far bakeoff's success rate is from the score: the points bakeoff's classification moves. */
function moved(successRate, score) {
    const d = successRate - score;
    const size = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .unsignedPts */ .b8)(Math.abs(d));
    return size === (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .unsignedPts */ .b8)(0) ? 'the same' : `${size} ${d > 0 ? 'above' : 'below'} it`;
}
/** The run summary's line: the score, how it was made, and how far bakeoff's success rate is from it. */
function harborScoreLine(s, successRate) {
    const from = s.score === null || successRate === null
        ? ''
        : ` · bakeoff's success rate (errors left out, limits failed) ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(successRate)} is ${moved(successRate, s.score)}`;
    return `${HARBOR_SCORE_LABEL} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(s.score)} (${harborScoreBasis(s)})${from}`;
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
/* harmony import */ var _config_network_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69264);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34529);
/** Harbor tasks that ask for more than the profile gives: the profile is what applied; this says where it bites. Pure. */


/** One line per task and resource, e.g. "big-mem asks 4 GiB memory, production gives 2 GiB". */
function declaredOverCaps(results) {
    const caps = results.profile.resolved;
    const gives = results.profile.name;
    const lines = [];
    for (const t of results.suite.tasks) {
        const d = t.declared;
        if (!d)
            continue;
        // A task's network keys may narrow the profile's network, never widen it: what it asks beyond is not given.
        for (const o of d.network ? (0,_config_network_js__WEBPACK_IMPORTED_MODULE_0__/* .narrowNetwork */ .yG)((0,_config_network_js__WEBPACK_IMPORTED_MODULE_0__/* .profileNetwork */ .aE)(caps), d.network).over : [])
            lines.push(`${t.id} asks ${o.asks} for the ${o.phase === 'verify' ? 'verifier' : 'agent'}, ${gives} gives ${o.gives}`);
        if (caps.basis === 'task')
            continue; // each task got the resources it declares
        if (d.memoryBytes !== undefined && caps.memoryBytes !== null && d.memoryBytes > caps.memoryBytes) {
            lines.push(`${t.id} asks ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(d.memoryBytes)} memory, ${gives} gives ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(caps.memoryBytes)}`);
        }
        if (d.cpus !== undefined && caps.cpus !== null && d.cpus > caps.cpus)
            lines.push(`${t.id} asks ${d.cpus} CPUs, ${gives} gives ${caps.cpus}`);
        const disk = caps.diskBytes ?? null;
        if (d.storageBytes !== undefined && disk !== null && d.storageBytes > disk) {
            lines.push(`${t.id} asks ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(d.storageBytes)} storage, ${gives} gives ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(disk)}`);
        }
    }
    return lines;
}


/***/ }),

/***/ 44461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ groupBy),
/* harmony export */   w: () => (/* binding */ trialKey)
/* harmony export */ });
/** Items grouped by a key, in first-seen order (one pass, no copying). */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const list = groups.get(k);
        if (list)
            list.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}
/** The identity of a trial within a run: task id and trial index. */
const trialKey = (task, trial) => `${task}#${trial}`;


/***/ }),

/***/ 65480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   x8: () => (/* binding */ readResults)
/* harmony export */ });
/* unused harmony export UNTRUSTED_LIMITS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37827);
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44461);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66303);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64042);
/** Reading and writing results files: atomic writes, and reads that name the file and the problem. */






let checkInPlace;
/**
 * True when `json` is a valid results file with no unknown keys, checked in place by Ajv against the
 * JSON Schema zod generates from the same definition. zod's parse copies every object it checks: at
 * 30,000 trials a side that was 170 MB allocated and most of a comparison's peak memory. Anything
 * else (an invalid file, or one with keys this version does not know, which zod drops) goes to zod.
 */
function validInPlace(json) {
    checkInPlace ??= new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__.Ajv2020({ strict: false, allErrors: false }).compile((0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .resultsJsonSchema */ .Ke)());
    return checkInPlace(json);
}
function writeJsonAtomic(file, value) {
    writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
}
/** Written whole or not at all: a run killed midway leaves the old file, never half of a new one. */
function writeFileAtomic(file, text) {
    const tmp = `${file}.tmp-${process.pid}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
}
const UNTRUSTED_LIMITS = { maxBytes: 32 * 2 ** 20, maxTasks: 20_000, maxTrials: 200_000 };
function readResults(file, limits) {
    let text;
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size;
        if (limits && size > limits.maxBytes) {
            throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, [
                {
                    path: '',
                    message: `is ${size} bytes, over the ${limits.maxBytes} bakeoff reads from an untrusted artifact`,
                    fix: 'a results file of this size did not come from bakeoff run',
                },
            ]);
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (err) {
        if (err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x)
            throw err;
        const code = err.code;
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, [
            { path: '', message: code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`, fix: 'pass a results file written by bakeoff run' },
        ]);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, [{ path: '', message: `is not JSON (${err.message})`, fix: 'pass a results file written by bakeoff run' }]);
    }
    const schema = json?.schema;
    if (schema !== _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_SCHEMA */ .Bi) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, [
            { path: 'schema', message: `is ${JSON.stringify(schema)}, not "${_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .RESULTS_SCHEMA */ .Bi}"`, fix: 'pass a results file written by bakeoff run' },
        ]);
    }
    const parsed = validInPlace(json) ? { success: true, data: json } : _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .resultsSchema */ .sy.safeParse(json);
    if (!parsed.success) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, parsed.error.issues.slice(0, 5).map((i) => ({
            path: (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .keyPath */ .D)(i.path),
            message: i.message,
            fix: 'the file does not match bakeoff.results/v1; regenerate it with bakeoff run',
        })));
    }
    const r = parsed.data;
    refuseInconsistent(file, r);
    if (limits && (r.suite.tasks.length > limits.maxTasks || r.trials.length > limits.maxTrials)) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, [
            {
                path: 'trials',
                message: `holds ${r.suite.tasks.length} tasks and ${r.trials.length} trials, ` +
                    `over the ${limits.maxTasks} and ${limits.maxTrials} read from an untrusted artifact`,
            },
        ]);
    }
    return r;
}
/**
 * A results file is its trials: a `(task, trial)` recorded twice would be counted twice, and a
 * summary that disagrees with the trials (hiding errors, inventing them) was not written by
 * bakeoff. Both are refused, naming what is wrong.
 */
function refuseInconsistent(file, r) {
    const seen = new Set();
    const doubled = new Set();
    for (const t of r.trials) {
        const key = (0,_group_js__WEBPACK_IMPORTED_MODULE_4__/* .trialKey */ .w)(t.task, t.trial);
        if (seen.has(key))
            doubled.add(key);
        seen.add(key);
    }
    if (doubled.size) {
        const shown = [...doubled].slice(0, 10).join(', ');
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, [
            {
                path: 'trials',
                message: `records ${doubled.size} trial(s) more than once: ${shown}${doubled.size > 10 ? ', …' : ''}`,
                fix: 'each (task, trial) is recorded once; regenerate the file with bakeoff run (or bakeoff merge for shards)',
            },
        ]);
    }
    refuseUndeclared(file, r);
    const actual = (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .summarize */ .e)(r.trials);
    const keys = ['tasks', 'trials', 'pass', 'fail', 'limit', 'error'];
    const differ = keys.filter((k) => actual[k] !== r.summary[k]);
    if (differ.length) {
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, [
            {
                path: 'summary',
                message: `disagrees with the trials (${differ.map((k) => `${k}: summary ${r.summary[k]}, trials ${actual[k]}`).join('; ')})`,
                fix: 'the summary is computed from the trials; regenerate the file with bakeoff run',
            },
        ]);
    }
}
/**
 * `bakeoff run` writes a file only when every trial it planned has a result (an interrupted run
 * writes none; `--resume` finishes it), and `merge` joins shards only when complete, so a file
 * holds trials 0…n−1 of each task `suite.tasks` declares with n trials, and no others. A trial
 * missing against that (a failed trial deleted, say) would change the verdict unseen: refused.
 */
function refuseUndeclared(file, r) {
    const declared = new Map(r.suite.tasks.map((t) => [t.id, t.trials]));
    const present = new Map();
    const stray = [];
    for (const t of r.trials) {
        const n = declared.get(t.task);
        if (n === undefined || t.trial >= n)
            stray.push((0,_group_js__WEBPACK_IMPORTED_MODULE_4__/* .trialKey */ .w)(t.task, t.trial));
        else
            present.set(t.task, (present.get(t.task) ?? 0) + 1);
    }
    const short = r.suite.tasks.flatMap((t) => {
        const missing = t.trials - (present.get(t.id) ?? 0);
        return missing > 0 ? [{ id: t.id, missing, of: t.trials }] : [];
    });
    const issues = [];
    if (short.length) {
        const total = short.reduce((a, t) => a + t.missing, 0);
        const named = short.slice(0, 5).map((t) => `${t.id}: ${t.missing} of ${t.of}`);
        issues.push({
            path: 'trials',
            message: `lacks ${total} trial(s) that suite.tasks declares (${named.join(', ')}${short.length > 5 ? ', …' : ''}); ` +
                'a missing trial would change the verdict unseen',
            fix: 'pass the complete file bakeoff run wrote: finish an interrupted run with --resume, join shards with bakeoff merge',
        });
    }
    if (stray.length) {
        issues.push({
            path: 'trials',
            message: `holds ${stray.length} trial(s) that suite.tasks does not declare: ${stray.slice(0, 5).join(', ')}${stray.length > 5 ? ', …' : ''}`,
            fix: 'each trial belongs to a task in suite.tasks, numbered from 0 below its trials; regenerate the file with bakeoff run',
        });
    }
    if (issues.length)
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(file, issues);
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


/***/ }),

/***/ 42958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ mergeShards),
/* harmony export */   V: () => (/* binding */ MergeError)
/* harmony export */ });
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44461);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64042);


class MergeError extends Error {
}
function mergeShards(parts) {
    if (parts.length === 0)
        throw new MergeError('no results files given');
    const [first] = parts;
    const problems = [];
    const warnings = [];
    for (const p of parts.slice(1)) {
        const r = p.results;
        const f = first.results;
        if (r.suite.name !== f.suite.name || r.suite.sha256 !== f.suite.sha256)
            problems.push(`${p.file}: suite ${r.suite.name} (${r.suite.sha256.slice(0, 12)}) is not ${f.suite.name} (${f.suite.sha256.slice(0, 12)}) of ${first.file}`);
        if (r.profile.name !== f.profile.name || r.profile.sha256 !== f.profile.sha256 || r.profile.multiplier !== f.profile.multiplier) {
            problems.push(`${p.file}: profile ${r.profile.name} at ${r.profile.multiplier}x is not ` +
                `${f.profile.name} at ${f.profile.multiplier}x of ${first.file} (or its file differs)`);
        }
        if (r.run.ref.sha !== f.run.ref.sha)
            problems.push(`${p.file}: ref ${r.run.ref.sha} is not ${f.run.ref.sha} of ${first.file}`);
        if (r.environment.docker.cpus !== f.environment.docker.cpus || r.environment.docker.version !== f.environment.docker.version) {
            warnings.push(`${p.file} ran on a different environment than ${first.file} (CPUs or Docker version)`);
        }
    }
    const counts = new Set(parts.map((p) => p.results.run.shard?.count ?? 1));
    if (counts.size > 1) {
        const shape = parts.map((p) => `${p.file} is ${p.results.run.shard ? `shard ${p.results.run.shard.index}/${p.results.run.shard.count}` : 'unsharded'}`);
        problems.push(`the files come from different shard counts (${shape.join(', ')}) — merge the shards of one --shard I/N run`);
    }
    // Files of different runs or shardings: their trials would only repeat this, so stop at the cause.
    if (problems.length)
        throw new MergeError(problems.join('\n'));
    const count = [...counts][0];
    const byShard = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupBy */ .$)(parts, (p) => p.results.run.shard?.index ?? 1);
    for (let i = 1; i <= count; i++) {
        const files = (byShard.get(i) ?? []).map((p) => p.file);
        if (files.length === 0)
            problems.push(`shard ${i}/${count} is missing`);
        if (files.length > 1)
            problems.push(`shard ${i}/${count} is given twice: ${files.join(', ')}`);
    }
    const seen = new Map();
    const tasks = new Map();
    parts.forEach((p, index) => {
        for (const t of p.results.suite.tasks) {
            for (let k = 0; k < t.trials; k++) {
                const key = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .trialKey */ .w)(t.id, k);
                const other = seen.get(key);
                if (other !== undefined && other !== index)
                    problems.push(`trial ${k} of task ${t.id} is in both ${parts[other].file} and ${p.file}`);
                seen.set(key, index);
            }
            tasks.set(t.id, t);
        }
        const ran = new Set(p.results.trials.map((t) => (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .trialKey */ .w)(t.task, t.trial)));
        const planned = p.results.suite.tasks.flatMap((t) => Array.from({ length: t.trials }, (_, k) => (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .trialKey */ .w)(t.id, k)));
        const missing = planned.filter((k) => !ran.has(k));
        if (missing.length)
            problems.push(`${p.file}: ${missing.length} planned trial(s) have no result ` +
                `(${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}) — finish it with --resume`);
        if (ran.size !== p.results.trials.length)
            problems.push(`${p.file}: a trial appears more than once`);
    });
    if (problems.length)
        throw new MergeError(problems.join('\n'));
    const trials = parts.flatMap((p) => p.results.trials).sort((a, b) => (a.task < b.task ? -1 : a.task > b.task ? 1 : a.trial - b.trial));
    const startedAt = parts.map((p) => p.results.run.startedAt).sort()[0];
    const finishedAt = parts
        .map((p) => p.results.run.finishedAt)
        .sort()
        .at(-1);
    const { shard: _shard, ...run } = first.results.run;
    const merged = {
        ...first.results,
        run: { ...run, id: `${first.results.run.id}+${parts.length - 1}`, startedAt, finishedAt },
        suite: { ...first.results.suite, tasks: [...tasks.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) },
        trials,
        summary: (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .summarize */ .e)(trials),
    };
    return { merged, warnings };
}


/***/ }),

/***/ 66303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ RESULTS_SCHEMA),
/* harmony export */   Ke: () => (/* binding */ resultsJsonSchema),
/* harmony export */   WI: () => (/* binding */ trialSchema),
/* harmony export */   q3: () => (/* binding */ isMetricValue),
/* harmony export */   sy: () => (/* binding */ resultsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98439);
/* harmony import */ var _config_multiplier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56339);
/** The results file (docs/design.md §6), as a zod schema: the single source of the types, the loader and the shipped JSON Schema. */


const RESULTS_SCHEMA = 'bakeoff.results/v1';
const outcomeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'limit', 'error']);
/**
 * A results file is hostile input: every measure is bounded, so sums over 200,000 trials and
 * ratios between two runs stay finite. 1e15 is past any real count, byte size or millisecond
 * duration (a petabyte; 31,000 years); a reported metric is 0 or a magnitude in [1e-15, 1e15]
 * (the bounds are in the JSON Schema too: Ajv's bare `number` lets Infinity through).
 */
const MEASURE_MAX = 1e15;
const METRIC_MIN_MAGNITUDE = 1e-15;
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(MEASURE_MAX);
const nullableInt = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nullable();
const METRIC_RANGE = `a metric is a finite number, 0 or of magnitude ${METRIC_MIN_MAGNITUDE} to ${MEASURE_MAX}`;
const magnitude = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(0), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(METRIC_MIN_MAGNITUDE).max(MEASURE_MAX)], { error: METRIC_RANGE });
const metricValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([magnitude, zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(-MEASURE_MAX).max(-METRIC_MIN_MAGNITUDE)], { error: METRIC_RANGE });
/** Whether the runner may record `x` as a reported metric (the schema's metric range). */
function isMetricValue(x) {
    const m = Math.abs(x);
    return m === 0 || (m >= METRIC_MIN_MAGNITUDE && m <= MEASURE_MAX);
}
const attemptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
    outcome: outcomeSchema,
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    durationMs: count,
    /** What went wrong, for errors: the daemon's message, the setup's exit code… */
    detail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const trialSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    task: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    trial: count,
    outcome: outcomeSchema,
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(attemptSchema).min(1),
    durationMs: count,
    agentDurationMs: count.nullable(),
    peakMemoryBytes: count.nullable(),
    cpuSeconds: magnitude.nullable(),
    agentExitCode: nullableInt,
    verifyExitCode: nullableInt,
    logTail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** A Harbor verifier's reward (reward.json's deciding key, else reward.txt); null when it wrote none that parses. Absent for bakeoff's own tasks. */
    reward: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
    /** Where this trial's /logs/agent was kept: a tar under the run's agent-logs directory (`<results>.agent-logs/`), for Harbor tasks. */
    agentLogs: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** Where a preset agent's trajectory (its stdout: stream-json, JSONL) was kept, beside agentLogs: its head and tail when long. */
    trajectory: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(500).optional(),
    /** Where this trial's /logs/verifier (ctrf.json, test output, reward files) was kept: a tar beside agentLogs, cut at 1 MiB. */
    verifierLogs: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /**
     * Every key of a Harbor verifier's reward.json (absent after a reward.txt). `reward` above is the
     * one that decided: the key "reward" when there is one, the only key, else the smallest (each must be 1 or more to pass).
     */
    rewards: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(100), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(-MEASURE_MAX).max(MEASURE_MAX))
        .refine((r) => Object.keys(r).length <= 64, { error: 'at most 64 rewards' })
        .optional(),
    /** The tests a Harbor verifier's ctrf.json named as failed: how many, and the first 20 names. */
    failedTests: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ count, names: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(200)).max(20) }).optional(),
    /** What the agent reported about itself through $BAKEOFF_METRICS (finite numbers only). */
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricValue).optional(),
    /**
     * Under an egress allow-list: each destination a phase tried (host:port), allowed or denied, with its traffic;
     * `phase` says whose (absent in older files: the agent's, the only one recorded then).
     */
    egress: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        phase: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['agent', 'verify']).optional(),
        destination: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        allowed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        connections: count,
        bytesOut: count,
        bytesIn: count,
        connectFailures: count,
        /**
         * Absent in older files and on what was allowed. Why it was denied: no rule names this host:port,
         * the rule that names it may not reach the address it resolved to, or the profile allows it but
         * the task narrowed the phase to allowed_hosts that do not list it.
         */
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['no-rule', 'address-refused', 'not-in-task']).optional(),
        /** no-rule: a rule naming the host on other ports; address-refused: the rule that refused. */
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** address-refused: the address the name resolved to that the rule may not reach. */
        address: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }))
        .optional(),
});
/** Bounded: a results file is read as hostile input; Linux has 41 capabilities, the longest name 18 characters. */
const capabilityNames = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(32)).max(64);
/** Host names of an allow-list, bounded (a task's allowed_hosts: at most 100; a profile's list: as written). */
const hostList = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(300)).max(1000);
const harborPolicySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['public', 'no-network', 'allowlist']), hosts: hostList.optional() });
const phaseNetworkSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['none', 'bridge', 'egress']), egress: hostList.optional(), hosts: hostList.optional() });
const resolvedCapsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    cpus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().nullable(),
    memoryBytes: count.nullable(),
    memoryGuaranteedBytes: count,
    swapBytes: count.nullable(),
    pids: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    tmpfs: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), count.nullable()),
    /** Absent in older files. `diskEnforcement`: the engine's storage-opt size, or bakeoff measuring usage while the agent runs. */
    diskBytes: count.nullable().optional(),
    diskEnforcement: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['storage-opt', 'polling']).nullable().optional(),
    network: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['none', 'bridge', 'egress']),
    /** Under network egress: the allow-list that applied. */
    egress: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    /** "task": 1x was each Harbor task's declared cpus and memory (see suite.tasks[].applied); absent: the profile's. */
    basis: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('task').optional(),
    /** The verify phase's network, when the profile gives it one apart from the agent's (egress: through the same proxy). */
    verifyNetwork: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['none', 'bridge', 'egress']).optional(),
    /** Under verifyNetwork egress: the verify phase's allow-list. */
    verifyEgress: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    timeouts: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ setupMs: count, agentMs: count, verifyMs: count }),
    /** "task": 1x of the agent and verify timeouts was each Harbor task's declared time (see suite.tasks[].timeouts); absent: the profile's. */
    timeoutsBasis: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('task').optional(),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ infra: count }),
    /** Absent in files written before they were recorded: the image's user, a writable root. */
    user: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional(),
    readOnlyRoot: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    /**
     * Capabilities added to and dropped from the engine's default set (drop ["ALL"]: none but those
     * added), no-new-privileges, seccomp. Absent in files written before it was recorded: every
     * capability dropped, no-new-privileges, the default seccomp profile (what every run applied then).
     */
    security: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        capabilities: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ add: capabilityNames, drop: capabilityNames }),
        noNewPrivileges: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        seccomp: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['default', 'unconfined']),
    })
        .optional(),
});
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    host: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ cpus: count, memoryBytes: count, kernel: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), os: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), arch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    docker: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        apiVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        cgroupVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        cgroupDriver: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        cpus: count,
        memoryBytes: count,
        memoryLimit: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        swapLimit: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        pidsLimit: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        /** Whether the storage driver enforces a container's disk size (overlay2 on xfs with pquota); absent in older files. */
        storageOptSize: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        /** CFS quota support (the CPU ceiling); absent in files written before it was recorded. */
        cpuLimit: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    }),
    runner: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), os: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), arch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).optional(),
});
const rate = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1);
const summarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    tasks: count,
    trials: count,
    pass: count,
    fail: count,
    limit: count,
    error: count,
    successRate: rate.nullable(),
    infraErrorRate: rate.nullable(),
    limitRate: rate.nullable(),
    successRateCI95: zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([rate, rate]).nullable(),
});
const resultsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RESULTS_SCHEMA),
    run: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        startedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        finishedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(), branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() }),
        tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
        shard: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1), count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1) }).optional(),
        tasksGlob: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** "oracle" when each Harbor task's own solution was the agent (`--agent oracle`). */
        agent: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('oracle').optional(),
        /**
         * A preset agent (claude-code, codex) as it ran: its version, model, the sha256 of its binary,
         * and the npm package and integrity hash it was fetched and checked against.
         */
        preset: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64),
            version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64),
            model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(128).optional(),
            binarySha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
            package: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(214),
            integrity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(200),
        })
            .optional(),
        /** The candidate of a ranking run (`bakeoff rank`): its name, command and environment values. */
        candidate: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }).optional(),
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /**
         * A file `bakeoff import` built from another harness's output (a Harbor job directory): bakeoff
         * ran nothing. `capsEnforced: false`: profile.resolved holds the caps that harness was told
         * (as declared, not applied by bakeoff); `undeclared`: the resolved keys it recorded no value
         * for, which hold placeholders. `environment`: the harness's backend (docker, daytona, modal…).
         */
        importedFrom: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('harbor'),
            capsEnforced: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(false),
            environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(100).nullable(),
            undeclared: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(100)).max(50),
        })
            .optional(),
    }),
    suite: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        tasks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            trials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
            /**
             * A Harbor task's own requests ([environment] cpus, memory, storage; [agent]/[verifier] timeout_sec):
             * what applied is the profile's caps, or under a `basis: task` these scaled (`applied`, `timeouts`).
             */
            declared: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
                cpus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
                memoryBytes: count.optional(),
                storageBytes: count.optional(),
                agentTimeoutMs: count.optional(),
                verifyTimeoutMs: count.optional(),
                /** The network the task asks per phase ([environment], [agent], [verifier] network keys), where its task.toml writes one. */
                network: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ agent: harborPolicySchema.optional(), verify: harborPolicySchema.optional() }).optional(),
            })
                .optional(),
            /** The network this task's trials ran under per phase, when the task narrowed the profile's (absent: the profile's). */
            network: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ agent: phaseNetworkSchema, verify: phaseNetworkSchema }).optional(),
            /** A Harbor task's task.toml keys that bakeoff reads but did not act on (healthcheck, artifacts…), each with what happened instead. */
            unsupported: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(100), why: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(300) }))
                .max(32)
                .optional(),
            /** Under basis: task, the ceilings this task's trials really got. */
            applied: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ cpus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), memoryBytes: count.nullable() }).optional(),
            /**
             * The timeouts this task's trials ran under, when the suite or the task tightened the profile's, and
             * for every task under `timeoutsBasis: task` (absent: the profile's).
             */
            timeouts: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ setupMs: count, agentMs: count, verifyMs: count }).optional(),
            /**
             * The image the trials ran on, as the engine knew it at the run's start (a tag rebuilt between
             * runs changes it); null: the engine had no such image.
             */
            imageId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(200).nullable().optional(),
            /** The image's registry digests (repo@sha256:…), where it was pulled or pushed. */
            repoDigests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(500)).max(32).optional(),
        })),
        /** Harbor task directories not run (compose, GPUs), with why. */
        skipped: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })).optional(),
    }),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        multiplier: _config_multiplier_js__WEBPACK_IMPORTED_MODULE_0__/* .multiplierSchema */ .xc,
        resolved: resolvedCapsSchema,
    }),
    environment: environmentSchema,
    trials: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(trialSchema),
    summary: summarySchema,
});
function resultsJsonSchema() {
    return {
        $id: 'https://bakeoff.dev/schema/bakeoff.results-v1.json',
        title: 'bakeoff results file (bakeoff.results/v1)',
        ...zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(resultsSchema, { target: 'draft-2020-12' }),
    };
}


/***/ }),

/***/ 88258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ securityOf),
/* harmony export */   y: () => (/* binding */ securityText)
/* harmony export */ });
/** What every container got before the profile could say: all capabilities dropped, no-new-privileges, the default seccomp profile. */
const BEFORE_RECORDED = { capabilities: { add: [], drop: ['ALL'] }, noNewPrivileges: true, seccomp: 'default' };
/** The security context a run applied; a file written before it was recorded ran under the hardened set it could not change. */
function securityOf(caps) {
    return caps.security ?? BEFORE_RECORDED;
}
/**
 * One line's worth: "capabilities Docker's default", "capabilities none", "capabilities
 * default −NET_RAW +NET_ADMIN", "capabilities none +CHOWN"; then no-new-privileges and an unconfined
 * seccomp where they apply. Names come from a results file: callers escape for where they print.
 */
function securityText(s) {
    const none = s.capabilities.drop.includes('ALL');
    const dropped = none ? [] : s.capabilities.drop.map((c) => ` −${c}`);
    const added = s.capabilities.add.map((c) => ` +${c}`);
    const base = none ? 'none' : dropped.length || added.length ? 'default' : "Docker's default";
    return [
        `capabilities ${base}${dropped.join('')}${added.join('')}`,
        ...(s.noNewPrivileges ? ['no-new-privileges'] : []),
        ...(s.seccomp === 'unconfined' ? ['seccomp unconfined'] : []),
    ].join(', ');
}


/***/ }),

/***/ 64042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var _wilson_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80240);

function summarize(trials) {
    const counts = { pass: 0, fail: 0, limit: 0, error: 0 };
    const tasks = new Set();
    for (const t of trials) {
        counts[t.outcome]++;
        tasks.add(t.task);
    }
    const n = trials.length;
    const valid = n - counts.error;
    return {
        tasks: tasks.size,
        trials: n,
        ...counts,
        successRate: valid > 0 ? counts.pass / valid : null,
        infraErrorRate: n > 0 ? counts.error / n : null,
        limitRate: n > 0 ? counts.limit / n : null,
        successRateCI95: (0,_wilson_js__WEBPACK_IMPORTED_MODULE_0__/* .wilson */ .r)(counts.pass, valid),
    };
}


/***/ }),

/***/ 80240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ wilson)
/* harmony export */ });
/**
 * Wilson score interval for a binomial proportion (Wilson 1927):
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half = z·sqrt(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n)
 * Unlike the Wald interval it stays inside [0, 1] and behaves at p̂ = 0 or 1.
 */
const Z95 = 1.959963984540054;
function wilson(successes, n, z = Z95) {
    if (n <= 0)
        return null;
    const p = successes / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const centre = (p + z2 / (2 * n)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}


/***/ }),

/***/ 50857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ defaultCacheDir),
/* harmony export */   Ph: () => (/* binding */ resolvePackage),
/* harmony export */   X7: () => (/* binding */ fetchPackage),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56118);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(12311);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37827);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34529);
/* harmony import */ var _pull_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(14531);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(47825);
/**
 * An npm package fetched on the host into bakeoff's cache, once per version: the native binaries of
 * an agent preset (Claude Code, Codex), later mounted read-only into task containers. Whatever the
 * registry sends is treated as hostile: the metadata is size-capped and validated, the tarball is
 * checked against the registry's sha512 before anything is unpacked, and unpacking writes only
 * regular files and directories, inside the package's own directory, under caps.
 */














/**
 * Why a package cannot be had, naming it and the fix. `input`: the name or version asked for is
 * wrong (exit status 2); `registry`: the registry, the network or the file sent is (exit status 1).
 */
class RegistryError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'RegistryError';
    }
}
const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
// The abbreviated document is a fraction of the full one; a registry without it sends the full one.
const METADATA_ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';
const MAX_METADATA_BYTES = 50 * 1024 ** 2;
const MAX_TARBALL_BYTES = 2 * 1024 ** 3;
// Counted on the decompressed tar stream, so it bounds a gzip bomb as well as the files' total.
const MAX_UNPACKED_BYTES = 4 * 1024 ** 3;
const MAX_ENTRIES = 100_000;
// A staging dir this old is a killed run's: a live one is minutes old at most.
const ABANDONED_AFTER_MS = 24 * 3_600_000;
const RECENT_VERSIONS_SHOWN = 5;
const STAGING_PREFIX = '.tmp-';
const MARKER = '.verified';
// npm's rules for new names: lowercase, URL-safe, no leading dot or underscore — so no name is `.`,
// `..` or a `.tmp-` staging dir, and a scope adds exactly one path component.
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;
const MAX_NAME_LENGTH = 214;
// semver.org's own expression: an exact version has no `/`, and no empty or `..` component.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const MAX_VERSION_LENGTH = 256;
const RANGE = /^(?:[\^~]|[<>]=?|=)\s*v?\d|(?:^|\.)[xX*](?:\.|$)|\s-\s|\|\||^\d+(?:\.\d+)?$/;
const SHA512_SRI = /^sha512-[A-Za-z0-9+/]{86}==$/;
const Dist = zod__WEBPACK_IMPORTED_MODULE_13__/* .object */ .Ikc({
    tarball: zod__WEBPACK_IMPORTED_MODULE_13__/* .string */ .YjP()
        .max(4096)
        .refine((s) => /^https?:$/.test(urlOrUndefined(s)?.protocol ?? ''), 'must be an http(s) URL'),
    integrity: zod__WEBPACK_IMPORTED_MODULE_13__/* .string */ .YjP().regex(SHA512_SRI, 'must be a sha512 integrity (sha512-…)'),
    unpackedSize: zod__WEBPACK_IMPORTED_MODULE_13__/* .number */ .aig().int().nonnegative().optional(),
});
const Manifest = zod__WEBPACK_IMPORTED_MODULE_13__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_13__/* .string */ .YjP(), dist: Dist });
const Packument = zod__WEBPACK_IMPORTED_MODULE_13__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_13__/* .string */ .YjP(),
    'dist-tags': zod__WEBPACK_IMPORTED_MODULE_13__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_13__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_13__/* .string */ .YjP()).optional(),
    versions: zod__WEBPACK_IMPORTED_MODULE_13__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_13__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_13__/* .unknown */ .L5J()),
});
/** The default cache root: $BAKEOFF_CACHE_DIR, else ${XDG_CACHE_HOME:-~/.cache}/bakeoff */
function defaultCacheDir(env = process.env) {
    if (env.BAKEOFF_CACHE_DIR)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(env.BAKEOFF_CACHE_DIR);
    // The XDG spec says a relative XDG_CACHE_HOME is invalid and to be ignored.
    const xdg = env.XDG_CACHE_HOME && (0,node_path__WEBPACK_IMPORTED_MODULE_4__.isAbsolute)(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(xdg ?? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.cache'), 'bakeoff');
}
/** `version` undefined → the registry's dist-tags.latest; otherwise that exact version (a semver range is refused with a clear error). */
async function resolvePackage(name, version, opts) {
    checkName(name);
    if (version !== undefined)
        checkVersion(name, version);
    const registry = registryUrl(opts);
    const doc = await packument(name, version, registry, opts);
    const wanted = version ?? latestOf(doc, name, registry);
    if (!Object.hasOwn(doc.versions, wanted))
        throw unknownVersion(doc, name, wanted, registry);
    return manifestOf(name, wanted, doc.versions[wanted], registry);
}
/** The package's extracted `package/` directory in the cache; downloads, checks integrity, extracts on first use only. */
async function fetchPackage(pkg, opts) {
    checkPackage(pkg);
    opts.signal?.throwIfAborted();
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(opts.cacheDir, 'npm');
    const versionDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, pkg.name, pkg.version);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(versionDir, 'package');
    if (await isVerified(versionDir, pkg.integrity))
        return { dir, fetched: false };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(root, { recursive: true });
    await sweepAbandoned(root);
    // Staged beside its final place (same file system), so the rename into place is atomic.
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, STAGING_PREFIX));
    try {
        await stage(pkg, staging, opts);
        await install((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, 'v'), versionDir, root, pkg.integrity);
        return { dir, fetched: true };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    }
}
// ---- names and versions ----
const labelOf = (name, version) => `${name}@${version ?? 'latest'}`;
function checkName(name) {
    if (name.length <= MAX_NAME_LENGTH && PACKAGE_NAME.test(name))
        return;
    throw new RegistryError('input', `${JSON.stringify((0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(name, 100))} is not an npm package name — write a lowercase name such as codex or @openai/codex`);
}
function checkVersion(name, version) {
    if (version.length <= MAX_VERSION_LENGTH && SEMVER.test(version))
        return;
    const shown = JSON.stringify((0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(version, 100));
    const what = RANGE.test(version) ? 'a version range' : 'not an exact version';
    throw new RegistryError('input', `${name}@${shown}: ${shown} is ${what} — bakeoff pins one exact version (such as 1.2.3 or 0.171.0-linux-x64), ` +
        `so every run of a suite gets the same agent; leave the version out for the registry's latest`);
}
function checkPackage(pkg) {
    checkName(pkg.name);
    checkVersion(pkg.name, pkg.version);
    const dist = Dist.safeParse(pkg);
    if (!dist.success)
        throw unusable(pkg.name, pkg.version, 'the package', dist.error.issues);
}
function parseSemver(version) {
    const m = SEMVER.exec(version);
    return { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] };
}
function newestFirst(a, b) {
    const [x, y] = [parseSemver(a), parseSemver(b)];
    for (let i = 0; i < 3; i++)
        if (x.core[i] !== y.core[i])
            return y.core[i] - x.core[i];
    if (!x.pre !== !y.pre)
        return x.pre ? 1 : -1;
    return (y.pre ?? '').localeCompare(x.pre ?? '', 'en', { numeric: true });
}
/** The newest few versions, releases only when there are any (a prerelease per platform would crowd them out). */
function recentVersions(doc) {
    const exact = Object.keys(doc.versions).filter((v) => v.length <= MAX_VERSION_LENGTH && SEMVER.test(v));
    const releases = exact.filter((v) => !parseSemver(v).pre);
    return (releases.length ? releases : exact).sort(newestFirst).slice(0, RECENT_VERSIONS_SHOWN);
}
// ---- the registry's metadata ----
function urlOrUndefined(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
function registryUrl(opts) {
    const text = opts.registry ?? (process.env.npm_config_registry || process.env.NPM_CONFIG_REGISTRY || DEFAULT_REGISTRY);
    const url = urlOrUndefined(text);
    if (!url || !/^https?:$/.test(url.protocol)) {
        throw new RegistryError('input', `the npm registry ${JSON.stringify((0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(text, 200))} is not an http(s) URL — fix npm_config_registry`);
    }
    // A base without its trailing slash would lose its last path component when a name is resolved against it.
    if (!url.pathname.endsWith('/'))
        url.pathname += '/';
    return url;
}
/** A URL as messages show it: never with the credentials it may carry. */
function shown(url) {
    const copy = new URL(url);
    copy.username = copy.password = '';
    return copy.href;
}
async function packument(name, version, registry, opts) {
    const label = labelOf(name, version);
    const url = new URL(name.replace('/', '%2f'), registry);
    const res = await request(url, { accept: METADATA_ACCEPT }, label, opts);
    if (res.status === 404) {
        await res.body?.cancel();
        throw new RegistryError('input', `${label}: there is no package ${name} on ${shown(registry)} — check the name (and npm_config_registry)`);
    }
    const body = await readBody(res, url, label, opts);
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new RegistryError('registry', `${label}: ${shown(url)} sent metadata that is not JSON — check npm_config_registry points at an npm registry`);
    }
    const doc = Packument.safeParse(json);
    if (!doc.success)
        throw unusable(name, version, shown(url), doc.error.issues);
    if (doc.data.name !== name)
        throw unusable(name, version, shown(url), [{ path: ['name'], message: `is ${JSON.stringify((0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(doc.data.name, 100))}` }]);
    return doc.data;
}
async function readBody(res, url, label, opts) {
    if (!res.ok || !res.body)
        throw await statusError(res, url, label);
    if (Number(res.headers.get('content-length')) > MAX_METADATA_BYTES) {
        await res.body.cancel();
        throw tooBigMetadata(url, label);
    }
    const read = await midStream(url, label, opts, () => (0,_tar_js__WEBPACK_IMPORTED_MODULE_12__/* .readCapped */ .EF)(node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.fromWeb(res.body), MAX_METADATA_BYTES));
    if (read.truncated)
        throw tooBigMetadata(url, label);
    return read.data;
}
const tooBigMetadata = (url, label) => new RegistryError('registry', `${label}: the metadata at ${shown(url)} is over ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(MAX_METADATA_BYTES)} — check npm_config_registry`);
function latestOf(doc, name, registry) {
    const latest = doc['dist-tags']?.latest;
    if (latest !== undefined && latest.length <= MAX_VERSION_LENGTH && SEMVER.test(latest))
        return latest;
    throw new RegistryError('registry', `${name}@latest: ${shown(registry)} names no exact latest version of ${name} — ` +
        `write the version in the suite (one of ${recentVersions(doc).join(', ') || 'none'})`);
}
function unknownVersion(doc, name, version, registry) {
    const latest = doc['dist-tags']?.latest;
    const recent = recentVersions(doc);
    return new RegistryError('input', `${name}@${version}: ${shown(registry)} has no version ${version} of ${name}` +
        (latest ? ` — latest is ${(0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(latest, 100)}` : '') +
        (recent.length ? `; recent versions: ${recent.join(', ')}` : '') +
        ` — write one of these, or leave the version out for the latest`);
}
function manifestOf(name, version, raw, registry) {
    const manifest = Manifest.safeParse(raw);
    if (!manifest.success)
        throw unusable(name, version, shown(registry), manifest.error.issues, ['versions', version]);
    if (manifest.data.version !== version) {
        throw unusable(name, version, shown(registry), [{ path: ['version'], message: `is ${JSON.stringify((0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(manifest.data.version, 100))}` }]);
    }
    const { tarball, integrity, unpackedSize } = manifest.data.dist;
    return { name, version, tarball, integrity, ...(unpackedSize === undefined ? {} : { unpackedSize }) };
}
function unusable(name, version, source, issues, under = []) {
    const problems = issues.slice(0, 3).map((i) => `${(0,_config_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .keyPath */ .D)([...under, ...i.path]) || '(document)'} ${(0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(i.message, 200)}`);
    return new RegistryError('registry', `${labelOf(name, version)}: the metadata from ${source} is not usable (${problems.join('; ')}) — check npm_config_registry points at an npm registry`);
}
// ---- the network ----
async function request(url, headers, label, opts) {
    try {
        return await (opts.fetchImpl ?? fetch)(url, { headers, signal: opts.signal });
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw err;
        throw new RegistryError('registry', `${label}: cannot reach ${shown(url)} (${reasonOf(err)}) — check the network, or set npm_config_registry to a registry this machine can reach`);
    }
}
/** `work` reading a response's body, its network failures said as such; an abort, or an error of ours, as it is. */
async function midStream(url, label, opts, work) {
    try {
        return await work();
    }
    catch (err) {
        if (opts.signal?.aborted || err instanceof RegistryError)
            throw err;
        throw new RegistryError('registry', `${label}: the transfer from ${shown(url)} broke off (${reasonOf(err)}) — retry`);
    }
}
function reasonOf(err) {
    // Node's fetch says only "fetch failed"; what failed (ECONNREFUSED, ENOTFOUND…) is its cause.
    const e = err;
    return (0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(e?.cause?.message ?? e?.message ?? String(err), 200);
}
async function statusError(res, url, label) {
    await res.body?.cancel();
    const fix = res.status === 401 || res.status === 403
        ? 'bakeoff sends no credentials: set npm_config_registry to a registry that serves it without them'
        : 'retry later, or set npm_config_registry to another registry';
    return new RegistryError('registry', `${label}: ${shown(url)} answered HTTP ${res.status}${res.statusText ? ` ${(0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(res.statusText, 80)}` : ''} — ${fix}`);
}
// ---- download, verify, unpack ----
/** Counts (and hashes) what passes, and fails the stream once it is over `limit` bytes. */
class Meter extends node_stream__WEBPACK_IMPORTED_MODULE_5__.Transform {
    limit;
    over;
    hash;
    bytes = 0;
    constructor(limit, over, hash) {
        super();
        this.limit = limit;
        this.over = over;
        this.hash = hash;
    }
    _transform(chunk, _enc, done) {
        this.bytes += chunk.length;
        if (this.bytes > this.limit)
            return done(this.over());
        this.hash?.update(chunk);
        done(null, chunk);
    }
}
/** `say` called every `everyMs` until the returned stop is. */
function every(everyMs, say) {
    const timer = setInterval(say, everyMs);
    timer.unref();
    return () => clearInterval(timer);
}
/** The verified package unpacked at `<staging>/v/package`, its marker at `<staging>/v/.verified`. */
async function stage(pkg, staging, opts) {
    const log = opts.log ?? (() => { });
    const label = labelOf(pkg.name, pkg.version);
    const started = Date.now();
    const tgz = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, 'package.tgz');
    const bytes = await download(pkg, tgz, opts);
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, 'v');
    await makeDir(target);
    const counts = await unpack(tgz, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(target, 'package'), label, opts.signal);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(target, MARKER), pkg.integrity);
    const skipped = counts.skipped ? `, ${counts.skipped} ${counts.skipped === 1 ? 'link or special file' : 'links or special files'} skipped` : '';
    log(`bakeoff: fetched ${label} (${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(bytes)}) in ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a3)(Date.now() - started)}: ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(counts.files, 'file')}${skipped}`);
}
/** The tarball at `file`, checked against `pkg.integrity`; its size. */
async function download(pkg, file, opts) {
    const log = opts.log ?? (() => { });
    const label = labelOf(pkg.name, pkg.version);
    const url = new URL(pkg.tarball);
    const res = await request(url, {}, label, opts);
    if (!res.ok || !res.body)
        throw await statusError(res, url, label);
    const size = Number(res.headers.get('content-length')) || undefined;
    const tooBig = () => new RegistryError('registry', `${label}: the tarball at ${shown(url)} is over ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(MAX_TARBALL_BYTES)}: refused, nothing was cached`);
    if (size !== undefined && size > MAX_TARBALL_BYTES) {
        await res.body.cancel();
        throw tooBig();
    }
    log(`bakeoff: fetching ${label} from ${url.host} (${size === undefined ? 'size unknown' : (0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(size)})`);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    const meter = new Meter(MAX_TARBALL_BYTES, tooBig, hash);
    const started = Date.now();
    const stop = every(opts.progressEveryMs ?? _pull_js__WEBPACK_IMPORTED_MODULE_11__/* .PROGRESS_EVERY_MS */ .Xy, () => log(`bakeoff: fetching ${label}: ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(meter.bytes)}${size ? ` of ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(size)}` : ''}, ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a3)(Date.now() - started)}`));
    try {
        const body = node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.fromWeb(res.body);
        await midStream(url, label, opts, () => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(body, meter, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file), { signal: opts.signal }));
    }
    finally {
        stop();
    }
    const got = `sha512-${hash.digest('base64')}`;
    if (got !== pkg.integrity) {
        throw new RegistryError('registry', `${label}: the tarball from ${shown(url)} does not match the registry's integrity: expected ${pkg.integrity}, got ${got}; ` +
            `nothing was cached — retry, and if it persists, something between here and the registry is changing the file`);
    }
    return meter.bytes;
}
async function makeDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir);
    // Explicit, whatever the umask: a container's user other than root reads the mount.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(dir, 0o755);
}
/** The package's tar under `dest`: regular files and directories only, the first path component stripped as npm does. */
async function unpack(tgz, dest, label, signal) {
    const refuse = (why) => new RegistryError('registry', `${label}: the package's tarball ${why}: refused, nothing was cached`);
    const tar = (0,tar_stream__WEBPACK_IMPORTED_MODULE_8__.extract)();
    const meter = new Meter(MAX_UNPACKED_BYTES, () => refuse(`unpacks to over ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(MAX_UNPACKED_BYTES)}`));
    // Before feeding, never between it and the loop: tar-stream emits an entry as soon as it has one, and
    // one emitted before the loop listens is lost, the extraction stalled waiting for it to be taken.
    await makeDir(dest);
    const feeding = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(tgz), (0,node_zlib__WEBPACK_IMPORTED_MODULE_7__.createGunzip)(), meter, tar, { signal });
    // Awaited below; until then, a failure must not count as unhandled (the loop sees it through `tar`).
    feeding.catch(() => { });
    try {
        const counts = await writeEntries(tar, dest, refuse);
        await feeding;
        return counts;
    }
    catch (err) {
        if (err instanceof RegistryError || signal?.aborted || err.syscall)
            throw err;
        throw refuse(`is not a gzipped tar (${reasonOf(err)})`);
    }
}
async function writeEntries(tar, dest, refuse) {
    const made = new Set([dest]);
    const counts = { files: 0, skipped: 0, entries: 0 };
    for await (const entry of tar) {
        if (++counts.entries > MAX_ENTRIES)
            throw refuse(`has over ${MAX_ENTRIES} entries`);
        const { type, name, mode } = entry.header;
        const parts = entryPath(name, refuse);
        if (!parts.length || (type !== 'file' && type !== 'contiguous-file' && type !== 'directory')) {
            if (parts.length)
                counts.skipped++;
            entry.resume();
            continue;
        }
        const path = await ensureParents(dest, type === 'directory' ? parts : parts.slice(0, -1), made);
        if (type === 'directory') {
            entry.resume();
            continue;
        }
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, parts[parts.length - 1]);
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(file, (mode ?? 0) & 0o111 ? 0o755 : 0o644);
        counts.files++;
    }
    return { files: counts.files, skipped: counts.skipped };
}
/** An entry's path inside the package, as components; refused when it could land outside it. */
function entryPath(name, refuse) {
    const shownName = JSON.stringify((0,_pull_js__WEBPACK_IMPORTED_MODULE_11__/* .oneLine */ .TN)(name, 200));
    if (name.startsWith('/') || name.includes('\0'))
        throw refuse(`has an entry with an absolute path, ${shownName}`);
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        throw refuse(`has an entry that climbs out of the package, ${shownName}`);
    return parts.slice(1);
}
/** `dir` and each of its parents under `root`, made when missing; the full path. */
async function ensureParents(root, parts, made) {
    let path = root;
    for (const part of parts) {
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, part);
        if (made.has(path))
            continue;
        // Only this run writes in its staging dir, and only files and directories: a path there is never a link.
        await makeDir(path);
        made.add(path);
    }
    return path;
}
// ---- the cache ----
async function isVerified(versionDir, integrity) {
    try {
        const marker = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(versionDir, MARKER), 'utf8');
        return marker === integrity && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(versionDir, 'package'))).isDirectory();
    }
    catch {
        return false;
    }
}
/** The staged version moved into place; if another run put it there meanwhile, theirs is kept and ours dropped. */
async function install(staged, versionDir, root, integrity) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(versionDir), { recursive: true });
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staged, versionDir);
            return;
        }
        catch (err) {
            if (!isTaken(err))
                throw err;
        }
        if (await isVerified(versionDir, integrity))
            return;
        // Another integrity than the registry's now: the version's files changed, or a run was tampered with.
        await discard(versionDir, root);
    }
    throw new Error(`could not move ${versionDir} into place: other runs keep replacing it`);
}
function isTaken(err) {
    const code = err.code;
    return code === 'ENOTEMPTY' || code === 'EEXIST';
}
/** Out of the way with one rename (a run reading it never sees it half deleted), then deleted. */
async function discard(dir, root) {
    const aside = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, `${STAGING_PREFIX}stale-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(dir, aside);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return;
        throw err;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(aside, { recursive: true, force: true });
}
/** Staging dirs a killed run left behind, deleted; a live run's are recent and kept. */
async function sweepAbandoned(root) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(root)).filter((n) => n.startsWith(STAGING_PREFIX));
    for (const name of names) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, name);
        try {
            if (Date.now() - (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).mtimeMs > ABANDONED_AFTER_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true, force: true });
        }
        catch {
            // Another run swept it first.
        }
    }
}


/***/ }),

/***/ 13373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ resolveCaps),
/* harmony export */   Ym: () => (/* binding */ capsForTask),
/* harmony export */   fZ: () => (/* binding */ dockerLimits),
/* harmony export */   pi: () => (/* binding */ unenforcedCaps)
/* harmony export */ });
/* harmony import */ var _results_security_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88258);

/**
 * Ceilings (cpus, memory, tmpfs) scale with the multiplier; the guarantee stays (docs/design.md §3).
 * Docker refuses a CPU ceiling above the host's CPU count, so it is clamped there and a warning
 * says so; swap stays the profile's amount on top of the scaled memory.
 */
function resolveCaps({ profile, multiplier, hostCpus }) {
    const r = profile.resources;
    const warnings = [];
    const scale = (v) => (multiplier === 'uncapped' ? null : Math.round(v * multiplier));
    let cpus = multiplier === 'uncapped' ? null : Number((r.cpus * multiplier).toFixed(3));
    if (cpus !== null && cpus > hostCpus) {
        warnings.push(`cpus ${cpus} exceeds the host's ${hostCpus} CPUs; Docker cannot enforce more, so trials get ${hostCpus}`);
        cpus = hostCpus;
    }
    const memoryBytes = scale(r.memoryBytes);
    const tmpfs = {};
    for (const [path, bytes] of Object.entries(r.tmpfs))
        tmpfs[path] = scale(bytes);
    return {
        caps: {
            cpus,
            memoryBytes,
            memoryGuaranteedBytes: Math.min(r.memoryGuaranteedBytes, memoryBytes ?? Infinity),
            swapBytes: memoryBytes === null ? null : r.swapBytes,
            pids: r.pids,
            tmpfs,
            diskBytes: r.diskBytes === undefined ? null : scale(r.diskBytes),
            diskEnforcement: null,
            network: profile.network,
            ...(profile.egress ? { egress: [...profile.egress] } : {}),
            ...(r.basis === 'task' ? { basis: 'task' } : {}),
            ...(profile.verifyNetwork ? { verifyNetwork: profile.verifyNetwork } : {}),
            ...(profile.verifyEgress ? { verifyEgress: [...profile.verifyEgress] } : {}),
            timeouts: { ...profile.timeouts },
            ...(profile.timeoutsBasis === 'task' ? { timeoutsBasis: 'task' } : {}),
            retries: { ...profile.retries },
            user: profile.user ?? null,
            readOnlyRoot: profile.readOnlyRoot,
            security: {
                capabilities: { add: [...profile.security.capabilities.add], drop: [...profile.security.capabilities.drop] },
                noNewPrivileges: profile.security.noNewPrivileges,
                seccomp: profile.security.seccomp,
            },
        },
        warnings,
    };
}
/**
 * One task's caps under `basis: task`: 1x is what the task declares — its memory is both floor and
 * ceiling, the multiplier scales the ceiling (as the profile's are scaled) — and a resource it does
 * not declare keeps the profile's. Under `basis: profile` every task gets the run's caps.
 */
function capsForTask(caps, declared, multiplier, hostCpus) {
    if (caps.basis !== 'task' || !declared)
        return caps;
    const uncapped = multiplier === 'uncapped';
    const cpus = declared.cpus === undefined || uncapped ? caps.cpus : Math.min(hostCpus, Number((declared.cpus * multiplier).toFixed(3)));
    const memoryBytes = declared.memoryBytes === undefined || uncapped ? caps.memoryBytes : Math.round(declared.memoryBytes * multiplier);
    const floor = declared.memoryBytes ?? caps.memoryGuaranteedBytes;
    return { ...caps, cpus, memoryBytes, memoryGuaranteedBytes: Math.min(floor, memoryBytes ?? Infinity) };
}
/** The caps in Docker's terms: nano-CPUs, and memory+swap as one total (Docker's MemorySwap), null where uncapped. */
function dockerLimits(caps) {
    return {
        nanoCpus: caps.cpus === null ? null : Math.round(caps.cpus * 1e9),
        memoryBytes: caps.memoryBytes,
        memorySwapBytes: caps.memoryBytes === null || caps.swapBytes === null ? null : caps.memoryBytes + caps.swapBytes,
        memoryReservationBytes: caps.memoryGuaranteedBytes,
        pids: caps.pids,
        tmpfs: caps.tmpfs,
        network: caps.network,
        ...(caps.verifyNetwork ? { verifyNetwork: caps.verifyNetwork } : {}),
        user: caps.user ?? null,
        readOnlyRoot: caps.readOnlyRoot ?? false,
        ...securityOpts(caps),
    };
}
/** The security context in Docker's terms: what the results record is what the engine is asked for. */
function securityOpts(caps) {
    const s = (0,_results_security_js__WEBPACK_IMPORTED_MODULE_0__/* .securityOf */ .K)(caps);
    return {
        capAdd: [...s.capabilities.add],
        capDrop: [...s.capabilities.drop],
        securityOpt: [...(s.noNewPrivileges ? ['no-new-privileges'] : []), ...(s.seccomp === 'unconfined' ? ['seccomp=unconfined'] : [])],
    };
}
/**
 * The caps of `caps` the engine says it cannot enforce (docker info), one entry each; `cap` names
 * it. With no caps given, every cap the engine cannot enforce. The one home of this check: the
 * run's warnings and preflight's refusals both read it.
 */
function unenforcedCaps(environment, caps) {
    const d = environment.docker;
    const out = [];
    if ((!caps || caps.memoryBytes !== null) && !d.memoryLimit)
        out.push({ cap: 'memory', what: 'the engine does not enforce memory limits (docker info: MemoryLimit false)' });
    if ((!caps || caps.swapBytes !== null) && !d.swapLimit)
        out.push({ cap: 'swap', what: 'the engine does not enforce swap limits (docker info: SwapLimit false)' });
    if (!d.pidsLimit)
        out.push({ cap: 'pids', what: 'the engine does not enforce pids limits (docker info: PidsLimit false)' });
    if ((!caps || caps.cpus !== null) && d.cpuLimit === false)
        out.push({ cap: 'cpus', what: 'the engine does not enforce CPU limits (docker info: CpuCfsQuota false)' });
    return out;
}


/***/ }),

/***/ 47932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ TailBuffer)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/** A Writable that keeps only the last `cap` bytes of what it is sent: a task printing gigabytes costs no memory. */

class TailBuffer extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Writable {
    cap;
    chunks = [];
    kept = 0;
    total = 0;
    constructor(cap) {
        super();
        this.cap = cap;
    }
    _write(chunk, _enc, done) {
        this.total += chunk.length;
        if (chunk.length >= this.cap) {
            this.chunks = [chunk.subarray(chunk.length - this.cap)];
            this.kept = this.cap;
        }
        else {
            this.chunks.push(chunk);
            this.kept += chunk.length;
            while (this.kept - this.chunks[0].length >= this.cap)
                this.kept -= this.chunks.shift().length;
        }
        done();
    }
    text() {
        const buf = Buffer.concat(this.chunks);
        const tail = buf.subarray(Math.max(0, buf.length - this.cap)).toString('utf8');
        const dropped = this.total - Math.min(this.total, this.cap);
        return dropped > 0 ? `[… ${dropped} earlier bytes not kept]\n${tail}` : tail;
    }
}


/***/ }),

/***/ 69601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ps: () => (/* binding */ DockerBackend)
});

// UNUSED EXPORTS: HarnessFault, LABEL, OWNER, faultFrom

// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var lib_docker = __webpack_require__(39040);
var docker_default = /*#__PURE__*/__webpack_require__.n(lib_docker);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/runner/capture.ts
var capture = __webpack_require__(47932);
// EXTERNAL MODULE: ./src/runner/tar.ts
var tar = __webpack_require__(47825);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/runner/cgroup.ts
/**
 * A container's cgroup counters, for cgroup v1 (this machine) and v2 (GitHub's runners): read from
 * the host's cgroupfs when it is visible, else by one `sh` exec inside. parseCgroupProbe is pure.
 */


const V1 = {
    peak: '/sys/fs/cgroup/memory/memory.max_usage_in_bytes',
    oom: '/sys/fs/cgroup/memory/memory.oom_control',
    cpu: '/sys/fs/cgroup/cpuacct/cpuacct.usage',
    cpuAlt: '/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage',
    pids: '/sys/fs/cgroup/pids/pids.events',
};
const V2 = {
    peak: '/sys/fs/cgroup/memory.peak',
    current: '/sys/fs/cgroup/memory.current',
    events: '/sys/fs/cgroup/memory.events',
    cpu: '/sys/fs/cgroup/cpu.stat',
    pids: '/sys/fs/cgroup/pids.events',
};
const FILES = [...Object.values(V1), ...Object.values(V2)];
/** A POSIX sh script that prints "@@ <path>" then the contents of each counter file present. */
const PROBE_SCRIPT = `for f in ${FILES.join(' ')}; do if [ -r "$f" ]; then echo "@@ $f"; cat "$f"; fi; done`;
function splitProbe(text) {
    const files = new Map();
    let current;
    for (const line of text.split('\n')) {
        if (line.startsWith('@@ ')) {
            current = line.slice(3).trim();
            files.set(current, '');
        }
        else if (current !== undefined) {
            files.set(current, files.get(current) + line + '\n');
        }
    }
    return files;
}
/** "key value" lines (memory.events, cpu.stat, pids.events, memory.oom_control) → a map. */
function keyedValues(text) {
    const out = new Map();
    for (const line of (text ?? '').split('\n')) {
        const [key, value] = line.trim().split(/\s+/);
        if (key && value !== undefined && /^\d+$/.test(value))
            out.set(key, Number(value));
    }
    return out;
}
function scalar(text) {
    const v = text?.trim();
    return v && /^\d+$/.test(v) ? Number(v) : null;
}
function parseCgroupProbe(text) {
    const files = splitProbe(text);
    if (files.has(V2.events) || files.has(V2.cpu)) {
        const cpu = keyedValues(files.get(V2.cpu)).get('usage_usec');
        return {
            version: 2,
            peakMemoryBytes: scalar(files.get(V2.peak)) ?? scalar(files.get(V2.current)),
            cpuSeconds: cpu === undefined ? null : cpu / 1e6,
            oomKills: keyedValues(files.get(V2.events)).get('oom_kill') ?? 0,
            pidsMaxEvents: keyedValues(files.get(V2.pids)).get('max') ?? 0,
        };
    }
    if (files.has(V1.oom) || files.has(V1.peak)) {
        const cpuNs = scalar(files.get(V1.cpu)) ?? scalar(files.get(V1.cpuAlt));
        return {
            version: 1,
            peakMemoryBytes: scalar(files.get(V1.peak)),
            cpuSeconds: cpuNs === null ? null : cpuNs / 1e9,
            oomKills: keyedValues(files.get(V1.oom)).get('oom_kill') ?? 0,
            pidsMaxEvents: keyedValues(files.get(V1.pids)).get('max') ?? 0,
        };
    }
    return null;
}
const V1_CONTROLLERS = {
    memory: [V1.peak, V1.oom],
    cpuacct: [V1.cpu],
    pids: [V1.pids],
};
const V2_FILES = Object.values(V2);
/**
 * Reads the same counter files from the host's cgroup filesystem, located through the container's
 * init process: no process has to start in the container (which may have no pids left) and no
 * exec round trip is spent. Returns the probe's text format, or null when the container's cgroup
 * is not visible from here (bakeoff in another container, a remote engine) — then the caller execs.
 */
function readHostCgroup(pid, containerId, roots = { proc: '/proc', cgroup: '/sys/fs/cgroup' }) {
    let membership;
    try {
        membership = (0,external_node_fs_.readFileSync)(`${roots.proc}/${pid}/cgroup`, 'utf8');
    }
    catch {
        return null;
    }
    // The pid must really be this container's: its cgroup path names the container id under both drivers.
    if (!membership.includes(containerId.slice(0, 12)))
        return null;
    const lines = membership
        .trim()
        .split('\n')
        .map((l) => {
        const [, , controllers = '', path = ''] = /^(\d+):([^:]*):(.*)$/.exec(l) ?? [];
        return { controllers: controllers.split(',').filter(Boolean), path };
    });
    const out = [];
    const add = (shownAs, hostFile) => {
        try {
            out.push(`@@ ${shownAs}\n${(0,external_node_fs_.readFileSync)(hostFile, 'utf8')}`);
        }
        catch {
            /* absent on this kernel */
        }
    };
    const v1 = lines.filter((l) => l.controllers.length > 0);
    if (v1.some((l) => l.controllers.includes('memory'))) {
        for (const [controller, files] of Object.entries(V1_CONTROLLERS)) {
            const line = v1.find((l) => l.controllers.includes(controller));
            if (!line)
                continue;
            const mounts = [controller, line.controllers.join(',')].map((m) => `${roots.cgroup}/${m}${line.path}`);
            const dir = mounts.find((d) => (0,external_node_fs_.existsSync)(d));
            if (!dir)
                continue;
            for (const file of files)
                add(file, `${dir}/${(0,external_node_path_.basename)(file)}`);
        }
    }
    else {
        const unified = lines.find((l) => l.controllers.length === 0);
        if (!unified)
            return null;
        const dir = `${roots.cgroup}${unified.path}`;
        if (!(0,external_node_fs_.existsSync)(dir))
            return null;
        for (const file of V2_FILES)
            add(file, `${dir}/${(0,external_node_path_.basename)(file)}`);
    }
    return out.length ? out.join('') : null;
}

// EXTERNAL MODULE: ./src/runner/labels.ts
var labels = __webpack_require__(53887);
;// CONCATENATED MODULE: ./src/runner/engine-watch.ts

class EngineWatch {
    docker;
    onConnected;
    /** Bumped each time the connection to the engine is lost: a trial that saw it change lost its engine midway. */
    epoch = 0;
    watching = false;
    watchStream;
    listeners = new Map();
    constructor(docker, onConnected) {
        this.docker = docker;
        this.onConnected = onConnected;
    }
    /** Calls `listener` with each event's action (die, pause, destroy, …) for this container until unsubscribed. */
    subscribe(containerId, listener) {
        this.listeners.set(containerId, listener);
        return () => this.listeners.delete(containerId);
    }
    /** Keeps the stream open while a run lasts; Docker ends it when the daemon stops. */
    async start() {
        this.watching = true;
        const connect = async () => {
            while (this.watching) {
                try {
                    const stream = (await this.docker.getEvents({ filters: { type: ['container'], label: [labels/* LABEL */.d.tool] } }));
                    this.watchStream = stream;
                    let pending = '';
                    stream.on('data', (chunk) => {
                        const lines = (pending + chunk.toString('utf8')).split('\n');
                        pending = lines.pop() ?? '';
                        for (const line of lines)
                            this.dispatch(line);
                    });
                    const lost = () => {
                        if (!this.watching || this.watchStream !== stream)
                            return;
                        this.watchStream = undefined;
                        // A stream can drop while the engine lives on; only an engine that does not answer was lost.
                        void this.docker.ping().then(() => undefined, () => this.epoch++);
                        setTimeout(() => void connect(), 500);
                    };
                    stream.on('end', lost);
                    stream.on('close', lost);
                    stream.on('error', lost);
                    await this.onConnected();
                    return;
                }
                catch {
                    await new Promise((r) => setTimeout(r, 1000));
                }
            }
        };
        await connect();
    }
    dispatch(line) {
        if (!line.trim())
            return;
        try {
            const event = JSON.parse(line);
            const id = event.Actor?.ID ?? event.id;
            const action = event.Action ?? event.status;
            if (id && action)
                this.listeners.get(id)?.(action);
        }
        catch {
            /* not an event: ignore */
        }
    }
    stop() {
        this.watching = false;
        const s = this.watchStream;
        this.watchStream = undefined;
        s?.destroy?.();
    }
}

// EXTERNAL MODULE: ./src/runner/fate.ts
var fate = __webpack_require__(17526);
// EXTERNAL MODULE: ./src/runner/faults.ts
var faults = __webpack_require__(42329);
;// CONCATENATED MODULE: ./src/runner/networks.ts


/** The run's internal network for an egress allow-list: no route out; the host (the proxy) at its gateway address. */
async function createEgressNetwork(docker, runId) {
    const name = `bakeoff-egress-${runId.slice(0, 12)}`;
    try {
        const network = await docker.createNetwork({
            Name: name,
            Driver: 'bridge',
            Internal: true,
            CheckDuplicate: true,
            Labels: { [labels/* LABEL */.d.tool]: 'egress', [labels/* LABEL */.d.run]: runId, [labels/* LABEL */.d.owner]: labels/* OWNER */.y },
        });
        const gateway = (await network.inspect()).IPAM?.Config?.[0]?.Gateway;
        if (!gateway)
            throw new Error(`the network ${name} has no gateway address for the proxy`);
        return { name, gateway: gateway.replace(/\/\d+$/, '') };
    }
    catch (err) {
        throw (0,faults/* faultFrom */.Fx)(err, 'network');
    }
}
async function removeNetwork(docker, name) {
    await docker
        .getNetwork(name)
        .remove()
        .catch(() => undefined);
}
/** The container's address on `network`: how the proxy tells the trials apart. */
async function addressOn(container, network) {
    try {
        const ip = (await container.inspect()).NetworkSettings.Networks[network]?.IPAddress;
        if (!ip)
            throw new Error(`the container has no address on ${network}`);
        return ip;
    }
    catch (err) {
        throw (0,faults/* faultFrom */.Fx)(err, 'network');
    }
}
/** Attaches the container to `network` or detaches it from it. */
async function setNetwork(docker, containerId, network, attached) {
    const net = docker.getNetwork(network);
    try {
        await (attached ? net.connect({ Container: containerId }) : net.disconnect({ Container: containerId, Force: true }));
    }
    catch (err) {
        throw (0,faults/* faultFrom */.Fx)(err, 'internal');
    }
}

;// CONCATENATED MODULE: ./src/runner/reaper.ts


function ownerIsAlive(owner) {
    const [host, pid] = (owner ?? '').split(':');
    if (host !== (0,external_node_os_.hostname)() || !/^\d+$/.test(pid ?? ''))
        return true; // another machine's: not ours to judge
    try {
        process.kill(Number(pid), 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
class ContainerReaper {
    docker;
    /** Containers whose removal failed while the engine was away; removed once it answers again. */
    orphans = new Set();
    disposing = new Set();
    constructor(docker) {
        this.docker = docker;
    }
    async flushOrphans() {
        for (const id of [...this.orphans]) {
            try {
                await this.docker.getContainer(id).remove({ force: true, v: true });
                this.orphans.delete(id);
            }
            catch (err) {
                if (err.statusCode === 404)
                    this.orphans.delete(id);
            }
        }
    }
    get pendingRemovals() {
        return this.orphans.size;
    }
    /**
     * Waits until the engine has finished removing the containers of these runs (AutoRemove works in
     * the background), removing by force what is still there after `timeoutMs`.
     */
    async awaitGone(runIds, timeoutMs = 15_000) {
        const left = async () => (await Promise.all(runIds.map((id) => this.docker.listContainers({ all: true, filters: { label: [`${labels/* LABEL */.d.run}=${id}`] } }).catch(() => [])))).flat();
        const deadline = Date.now() + timeoutMs;
        let remaining = await left();
        while (remaining.length && Date.now() < deadline) {
            // A dead container (its removal failed, as when the engine restarted mid-removal) is never taken
            // away by AutoRemove: remove it by force again, each turn, until the engine lets it go.
            await Promise.all(remaining.filter((c) => c.State === 'dead').map((c) => this.remove(this.docker.getContainer(c.Id))));
            await new Promise((r) => setTimeout(r, 25));
            remaining = await left();
        }
        await Promise.all(remaining.filter((c) => c.State !== 'removing').map((c) => this.remove(this.docker.getContainer(c.Id))));
        return (await left()).length;
    }
    /**
     * Ends a trial's container without waiting for the engine's bookkeeping: the SIGKILL is sent at
     * once (the kernel frees the container's memory as its processes die), while the API call that
     * waits for the engine to record the exit (~40 ms) finishes in the background. `settle()` waits
     * for all of them; a run calls it before it reports that nothing is left behind.
     */
    disposeInBackground(container) {
        const p = this.dispose(container).finally(() => this.disposing.delete(p));
        this.disposing.add(p);
    }
    async settle() {
        while (this.disposing.size)
            await Promise.all([...this.disposing]);
    }
    /** Ends a trial's container: SIGKILL to PID 1, and AutoRemove takes it away. Falls back to a forced remove. */
    async dispose(container) {
        try {
            await container.kill({ signal: 'SIGKILL' });
            return;
        }
        catch (err) {
            const status = err.statusCode;
            if (status === 404)
                return; // already gone
        }
        await this.remove(container);
    }
    async remove(container) {
        try {
            await container.remove({ force: true, v: true });
            this.orphans.delete(container.id);
        }
        catch (err) {
            if (err.statusCode === 404)
                return;
            // The daemon may be briefly gone: remember it and remove it once the engine answers again.
            this.orphans.add(container.id);
        }
    }
    /** Removes every container of one bakeoff process (the Action's post step, after its main step ended). */
    async removeOwnedBy(owner) {
        const list = await this.docker.listContainers({ all: true, filters: { label: [`${labels/* LABEL */.d.owner}=${owner}`] } });
        const removed = await this.removeEach(list.map((c) => c.Id));
        const networks = await this.docker.listNetworks({ filters: { label: [`${labels/* LABEL */.d.owner}=${owner}`] } }).catch(() => []);
        for (const n of networks)
            await this.docker
                .getNetwork(n.Id)
                .remove()
                .catch(() => undefined);
        return removed;
    }
    /**
     * Removes bakeoff containers whose owning process on this host is gone: leftovers of a crashed run.
     * Containers of a live bakeoff process (a parallel job) and containers without bakeoff's label are never touched.
     */
    async removeStale() {
        const list = await this.docker.listContainers({ all: true, filters: { label: [labels/* LABEL */.d.tool] } });
        // A container the engine is already removing (or failed to) cannot be removed again until it restarts.
        const stale = list.filter((c) => !ownerIsAlive(c.Labels[labels/* LABEL */.d.owner]) && c.State !== 'removing' && c.State !== 'dead');
        const removed = await this.removeEach(stale.map((c) => c.Id));
        await this.removeStaleNetworks();
        return removed;
    }
    /** The egress networks of bakeoff processes that are gone (their containers went first). */
    async removeStaleNetworks() {
        const networks = await this.docker.listNetworks({ filters: { label: [labels/* LABEL */.d.tool] } }).catch(() => []);
        for (const n of networks.filter((n) => !ownerIsAlive(n.Labels?.[labels/* LABEL */.d.owner]))) {
            await this.docker
                .getNetwork(n.Id)
                .remove()
                .catch(() => undefined);
        }
    }
    /** Force-removes each; counts those that are gone afterwards (already gone counts). */
    async removeEach(ids) {
        const gone = await Promise.all(ids.map((id) => this.docker
            .getContainer(id)
            .remove({ force: true, v: true })
            .then(() => true, (err) => err.statusCode === 404)));
        return gone.filter(Boolean).length;
    }
}

// EXTERNAL MODULE: ./src/runner/sleep.ts
var sleep = __webpack_require__(71821);
;// CONCATENATED MODULE: ./src/runner/docker.ts
/** The Docker engine through dockerode: the trial's `ContainerEngine`, and the run's own needs (environment, builds, storage-opt). */














// Their homes moved; these names stay importable from here.


// PID 1 of a trial container: a shell that idles and reaps orphans, so zombies never eat the pids cap.
const IDLE_CMD = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 3600 & wait; done'];
/**
 * The trial's side of the engine: create, start, exec, counters. Removal lives in `reaper`, outage
 * detection in `watch`. A trial's container may come as a bare id: `handle` makes it dockerode's.
 */
class DockerBackend {
    docker;
    reaper;
    watch;
    constructor(docker) {
        this.docker = docker ?? new (docker_default())();
        this.reaper = new ContainerReaper(this.docker);
        this.watch = new EngineWatch(this.docker, () => this.reaper.flushOrphans());
    }
    /** The engine's data directory (its images and writable layers), as `docker info` names it. */
    dataRoot;
    get epoch() {
        return this.watch.epoch;
    }
    handle(container) {
        return container instanceof (docker_default()).Container ? container : this.docker.getContainer(container.id);
    }
    async environment() {
        const [info, version] = await Promise.all([this.docker.info(), this.docker.version()]);
        this.dataRoot = info.DockerRootDir;
        const runner = process.env.RUNNER_NAME
            ? { name: process.env.RUNNER_NAME, os: process.env.RUNNER_OS ?? '', arch: process.env.RUNNER_ARCH ?? '' }
            : undefined;
        return {
            host: { cpus: (0,external_node_os_.cpus)().length, memoryBytes: (0,external_node_os_.totalmem)(), kernel: (0,external_node_os_.release)(), os: (0,external_node_os_.platform)(), arch: (0,external_node_os_.arch)() },
            docker: {
                version: String(version.Version ?? info.ServerVersion ?? 'unknown'),
                apiVersion: String(version.ApiVersion ?? 'unknown'),
                cgroupVersion: String(info.CgroupVersion ?? '1'),
                cgroupDriver: String(info.CgroupDriver ?? 'unknown'),
                cpus: Number(info.NCPU ?? (0,external_node_os_.cpus)().length),
                memoryBytes: Number(info.MemTotal ?? (0,external_node_os_.totalmem)()),
                memoryLimit: info.MemoryLimit !== false,
                swapLimit: info.SwapLimit !== false,
                pidsLimit: info.PidsLimit !== false,
                cpuLimit: info.CpuCfsQuota !== false,
            },
            ...(runner ? { runner } : {}),
        };
    }
    storageOpt;
    /**
     * Whether the storage driver enforces a container's disk size (storage-opt size: overlay2 on xfs
     * with pquota, among others): asked once, by creating a container with it and removing it.
     */
    storageOptSupported(image) {
        this.storageOpt ??= this.docker
            .createContainer({
            Image: image,
            Cmd: ['true'],
            Labels: { [labels/* LABEL */.d.tool]: 'probe', [labels/* LABEL */.d.owner]: labels/* OWNER */.y },
            HostConfig: { StorageOpt: { size: '1G' } },
        })
            .then(async (c) => (await c.remove({ force: true }).catch(() => undefined), true), () => false);
        return this.storageOpt;
    }
    async imageExists(image) {
        try {
            await this.docker.getImage(image).inspect();
            return true;
        }
        catch (err) {
            if ((0,faults/* statusOf */.c2)(err) === 404)
                return false;
            throw (0,faults/* faultFrom */.Fx)(err, 'daemon');
        }
    }
    async create(spec) {
        const tmpfs = {};
        // mode=1777: scratch space any user can write, as /tmp; Docker would copy the mode of the directory it covers.
        for (const [path, bytes] of Object.entries(spec.tmpfs))
            tmpfs[path] = bytes === null ? 'rw,mode=1777' : `rw,mode=1777,size=${bytes}`;
        // A verify phase with a network (the bridge, the egress network) after an agent with none: created on it, detached before it starts.
        const network = spec.network === 'none' && spec.verifyNetwork && spec.verifyNetwork !== 'none' ? spec.verifyNetwork : spec.network;
        let container;
        try {
            container = await this.docker.createContainer({
                Image: spec.image,
                Cmd: IDLE_CMD,
                ...(spec.workdir ? { WorkingDir: spec.workdir } : {}),
                Env: spec.env,
                Labels: spec.labels,
                NetworkDisabled: network === 'none',
                ...(spec.user !== null ? { User: spec.user } : {}),
                HostConfig: {
                    NetworkMode: network,
                    ...(spec.nanoCpus !== null ? { NanoCpus: spec.nanoCpus } : {}),
                    ...(spec.memoryBytes !== null ? { Memory: spec.memoryBytes, MemorySwap: spec.memorySwapBytes ?? -1 } : {}),
                    MemoryReservation: spec.memoryReservationBytes,
                    PidsLimit: spec.pids,
                    Tmpfs: tmpfs,
                    // The profile's security context (docs/formats.md): capabilities relative to the engine's default set.
                    CapAdd: spec.capAdd,
                    CapDrop: spec.capDrop,
                    SecurityOpt: spec.securityOpt,
                    Binds: [
                        `${spec.taskDir}:/task:ro`,
                        ...(spec.agentMountDir ? [`${spec.agentMountDir}:/agent:ro`] : []),
                        ...(spec.mounts ?? []).map((m) => `${m.source}:${m.target}:ro`),
                    ],
                    // The engine removes the container itself once PID 1 is killed; bakeoff never inspects a
                    // container after that (its counters are read before), and kill returns sooner than remove.
                    AutoRemove: true,
                    Privileged: false,
                    ReadonlyRootfs: spec.readOnlyRoot,
                    ...(spec.storageOptBytes !== undefined ? { StorageOpt: { size: String(spec.storageOptBytes) } } : {}),
                },
            });
        }
        catch (err) {
            throw (0,faults/* faultFrom */.Fx)(err, 'create');
        }
        if (network !== spec.network) {
            await setNetwork(this.docker, container.id, network, false).catch(async (err) => {
                await container.remove({ force: true }).catch(() => undefined);
                throw (0,faults/* faultFrom */.Fx)(err, 'create');
            });
        }
        return container;
    }
    async start(container) {
        try {
            await this.handle(container).start();
        }
        catch (err) {
            throw (0,faults/* faultFrom */.Fx)(err, 'start');
        }
    }
    /**
     * Runs `sh -c command` in the container. Output from both streams goes to `log` (capped by the caller).
     * On timeout the stream is dropped but the process is left running (Docker cannot kill one exec):
     * the caller probes the container, then removes it — nothing else runs in a trial after a timeout.
     */
    async exec(container, command, opts) {
        const started = Date.now();
        let timer;
        let timedOut = false;
        let interrupted = false;
        let removeInterrupt = () => { };
        try {
            const exec = await this.handle(container).exec({
                Cmd: ['sh', '-c', command],
                AttachStdout: true,
                AttachStderr: true,
                Env: opts.env,
                WorkingDir: opts.workdir,
                ...(opts.user !== undefined ? { User: opts.user } : {}),
            });
            const stream = await exec.start({ hijack: true, stdin: false });
            const sink = new external_node_stream_.PassThrough();
            sink.pipe(opts.log, { end: false });
            const out = opts.stdout ? new external_node_stream_.PassThrough() : sink;
            if (opts.stdout)
                out.pipe(opts.stdout, { end: false });
            this.docker.modem.demuxStream(stream, out, sink);
            await new Promise((resolve, reject) => {
                timer = setTimeout(() => {
                    timedOut = true;
                    stream.destroy();
                    resolve();
                }, opts.timeoutMs);
                // The caller learnt the container is no longer the one it started (a frozen exec would hang until its timeout).
                const onInterrupt = () => {
                    interrupted = true;
                    stream.destroy();
                    resolve();
                };
                if (opts.interrupt?.aborted)
                    onInterrupt();
                opts.interrupt?.addEventListener('abort', onInterrupt, { once: true });
                removeInterrupt = () => opts.interrupt?.removeEventListener('abort', onInterrupt);
                stream.on('end', resolve);
                stream.on('close', resolve);
                stream.on('error', (err) => (timedOut || interrupted ? resolve() : reject(err)));
            });
            sink.unpipe(opts.log);
            if (timedOut || interrupted)
                return { exitCode: null, timedOut, durationMs: Date.now() - started };
            const info = await exec.inspect();
            return { exitCode: info.ExitCode ?? null, timedOut, durationMs: Date.now() - started };
        }
        catch (err) {
            throw (0,faults/* faultFrom */.Fx)(err, 'internal');
        }
        finally {
            clearTimeout(timer);
            removeInterrupt();
        }
    }
    /**
     * Builds `context` (a directory with a Dockerfile) as `tag`, from local images only (no pull).
     * The build's output goes to `log`; past `timeoutMs` the request is dropped, which stops the build.
     */
    async buildImage(context, tag, opts) {
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
        let failure;
        try {
            const stream = await this.docker.buildImage((0,tar/* packDirectory */.jG)(context), {
                t: tag,
                rm: true,
                forcerm: true,
                abortSignal: abort.signal,
            });
            await new Promise((resolve, reject) => {
                this.docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve()), (event) => {
                    if (event.stream)
                        opts.log.write(event.stream);
                    if (event.error)
                        opts.log.write(`${(failure = event.error)}\n`);
                });
            });
        }
        catch (err) {
            if (abort.signal.aborted)
                return { ok: false, timedOut: true, message: `the build took longer than ${Math.round(opts.timeoutMs / 1000)} s` };
            const fault = (0,faults/* faultFrom */.Fx)(err, 'image');
            if (fault.stage === 'daemon')
                throw fault;
            failure ??= fault.message;
        }
        finally {
            clearTimeout(timer);
        }
        return failure === undefined ? { ok: true } : { ok: false, timedOut: false, message: failure.trim() };
    }
    /**
     * Pulls `image` from its registry, each event of the engine's stream to `onEvent`. A pull that sends
     * nothing for `stallMs` is dropped (which stops it), as is one `signal` aborts; a registry's refusal
     * (no such tag, no access) is the failure's message. A lost engine is thrown, as for a build.
     */
    async pullImage(image, opts) {
        const abort = new AbortController();
        let stalled = false;
        let timer;
        const alive = () => {
            clearTimeout(timer);
            timer = setTimeout(() => ((stalled = true), abort.abort()), opts.stallMs);
        };
        const onAbort = () => abort.abort();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        let failure;
        try {
            alive();
            const stream = await this.docker.pull(image, { abortSignal: abort.signal });
            await new Promise((resolve, reject) => {
                this.docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve()), (event) => {
                    alive();
                    if (event.error || event.errorDetail?.message)
                        failure ??= event.error ?? event.errorDetail?.message;
                    opts.onEvent(event);
                });
            });
        }
        catch (err) {
            if (stalled)
                return { ok: false, message: `the pull sent nothing for ${Math.round(opts.stallMs / 1000)} s` };
            if (abort.signal.aborted)
                return { ok: false, message: 'the run was interrupted' };
            const fault = (0,faults/* faultFrom */.Fx)(err, 'image');
            if (fault.stage === 'daemon')
                throw fault;
            // The engine's refusal (404: no such tag or repository) without the client's "(HTTP code 404) unexpected - ".
            failure ??= fault.message.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '');
        }
        finally {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
        }
        return failure === undefined ? { ok: true } : { ok: false, message: failure.trim() };
    }
    /** Copies the host directory `dir` into the container as `target` (an absolute path one level deep, e.g. /tests). */
    async putDirectory(container, dir, target) {
        try {
            await this.handle(container).putArchive((0,tar/* packDirectory */.jG)(dir, `${target.replace(/^\/+/, '')}/`), { path: '/' });
        }
        catch (err) {
            throw (0,faults/* faultFrom */.Fx)(err, 'internal');
        }
    }
    /** A tar of `path` in the container, cut at `cap` bytes; null when there is no such path. */
    async readArchive(container, path, cap) {
        let stream;
        try {
            stream = await this.handle(container).getArchive({ path });
        }
        catch (err) {
            if ((0,faults/* statusOf */.c2)(err) === 404)
                return null;
            throw (0,faults/* faultFrom */.Fx)(err, 'internal');
        }
        return (0,tar/* readCapped */.EF)(stream, cap);
    }
    createEgressNetwork(runId) {
        return createEgressNetwork(this.docker, runId);
    }
    removeNetwork(name) {
        return removeNetwork(this.docker, name);
    }
    addressOn(container, network) {
        return addressOn(this.handle(container), network);
    }
    setNetwork(container, network, attached) {
        return setNetwork(this.docker, container.id, network, attached);
    }
    /**
     * A regular file in the container, at most `cap` bytes of it, read through the engine's archive
     * API: no process starts in the container. Null when there is no such file (or it is a link or a
     * directory — never followed). `bytes` is the file's full size. The archive API does not see into
     * tmpfs mounts: the caller reads those another way.
     */
    async readFile(container, path, cap) {
        let stream;
        try {
            stream = await this.handle(container).getArchive({ path });
        }
        catch (err) {
            const status = (0,faults/* statusOf */.c2)(err);
            // A missing file is an answer; a missing container is the harness's loss, never "no file".
            if (status === 404 && (await this.isRunning(container)))
                return null;
            throw (0,faults/* faultFrom */.Fx)(err, status === 404 ? 'container-gone' : 'internal');
        }
        return (0,tar/* firstTarFile */.YK)(await (0,tar/* readCapped */.EF)(stream, (0,tar/* tarBytesFor */.MS)(cap)), cap);
    }
    async identity(container) {
        try {
            const { State } = await this.handle(container).inspect();
            return { pid: State.Pid || undefined, startedAt: State.StartedAt };
        }
        catch (err) {
            throw (0,faults/* faultFrom */.Fx)(err, 'start');
        }
    }
    async state(container) {
        let info;
        try {
            info = await this.handle(container).inspect();
        }
        catch (err) {
            if ((0,faults/* statusOf */.c2)(err) === 404)
                return null;
            throw (0,faults/* faultFrom */.Fx)(err, 'internal');
        }
        const s = info.State;
        return { running: s.Running, paused: s.Paused, exitCode: s.ExitCode, oomKilled: s.OOMKilled, startedAt: s.StartedAt, pid: s.Pid };
    }
    initAlive(pid, containerId) {
        return (0,fate/* initAlive */.MH)(pid, containerId);
    }
    subscribe(containerId, listener) {
        return this.watch.subscribe(containerId, listener);
    }
    answers() {
        return this.docker.ping().then(() => true, () => false);
    }
    async awaitEngine(signal, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        while (!signal.aborted && Date.now() < deadline) {
            try {
                await this.docker.ping();
                await this.reaper.flushOrphans();
                return;
            }
            catch {
                await (0,sleep/* sleep */.y)(1000, signal);
            }
        }
    }
    dispose(container) {
        return this.reaper.dispose(this.handle(container));
    }
    disposeInBackground(container) {
        this.reaper.disposeInBackground(this.handle(container));
    }
    /**
     * Counters from the host's cgroupfs when visible (no process needed inside), else from inside the
     * container; null when neither works (e.g. its pids are exhausted and the cgroup is not visible).
     */
    async probe(container, pid) {
        const host = pid ? readHostCgroup(pid, container.id) : null;
        if (host)
            return parseCgroupProbe(host);
        const out = new capture/* TailBuffer */.v(64 * 1024);
        const res = await this.exec(container, PROBE_SCRIPT, { timeoutMs: 15_000, log: out }).catch(() => null);
        if (!res || res.timedOut)
            return null;
        return parseCgroupProbe(out.text());
    }
    /** Fallback when no process can start inside: Docker's stats (pids in use, and v1's memory high-water mark). */
    async stats(container) {
        try {
            const s = (await this.handle(container).stats({ stream: false }));
            const total = s.cpu_stats?.cpu_usage?.total_usage;
            return {
                pids: s.pids_stats?.current ?? null,
                peakMemoryBytes: s.memory_stats?.max_usage ?? s.memory_stats?.usage ?? null,
                cpuSeconds: total === undefined ? null : total / 1e9,
            };
        }
        catch {
            return { pids: null, peakMemoryBytes: null, cpuSeconds: null };
        }
    }
    /** The overlay upper directory on the host, when visible from here. */
    async writableLayerDir(container) {
        const info = await this.handle(container)
            .inspect()
            .catch(() => undefined);
        const dir = info?.GraphDriver?.Data?.UpperDir;
        return dir && (0,external_node_fs_.existsSync)(dir) ? dir : undefined;
    }
    async writableLayerBytes(container) {
        const c = this.handle(container);
        const inspectWithSize = c.inspect;
        return (await inspectWithSize.call(c, { size: true }).catch(() => undefined))?.SizeRw ?? 0;
    }
    async isRunning(container) {
        try {
            return (await this.handle(container).inspect()).State.Running;
        }
        catch {
            return false;
        }
    }
}


/***/ }),

/***/ 44830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cW: () => (/* binding */ NoEngineError),
/* harmony export */   x9: () => (/* binding */ answeringEngine),
/* harmony export */   xn: () => (/* binding */ connectEngine)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69601);
/** The local engine, ready for a run: it answers, and leftovers of crashed bakeoff processes are gone. */


class NoEngineError extends Error {
}
/** The engine if one answers, with nothing cleaned up: for read-only checks (validate). */
async function answeringEngine() {
    const backend = new _docker_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerBackend */ .Ps();
    return backend.docker.ping().then(() => backend, () => undefined);
}
async function connectEngine(log) {
    const backend = new _docker_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerBackend */ .Ps();
    try {
        await backend.docker.ping();
    }
    catch (err) {
        throw new NoEngineError(`no Docker engine answers (${err.message}). Start Docker or set DOCKER_HOST; ` +
            'on a fresh Debian machine as root, scripts/setup.sh --engine does it.');
    }
    const removed = await backend.reaper.removeStale().catch(() => 0);
    if (removed)
        log(`bakeoff: removed ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(removed, 'container')} left by an earlier bakeoff process that is gone`);
    return backend;
}


/***/ }),

/***/ 17526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ initAlive),
/* harmony export */   cS: () => (/* binding */ ContainerFate),
/* harmony export */   lp: () => (/* binding */ ContainerGone)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42329);
/**
 * Whether a trial's container is still the one bakeoff started: alive, not paused, not restarted,
 * not removed. An exit code means nothing without this (a container killed from outside makes the
 * next exec report 126 or 137), so every phase checks it before its exit code is believed. Three
 * sources, none of them a timer: the engine's events (which also interrupt an exec frozen by a
 * pause), the kernel's view of the container's init process on the host, and the engine's state.
 */


/** Events that mean the container stopped being the one started; `kill` alone may be a harmless signal. */
const GONE = {
    die: 'killed or stopped from outside (its init process died)',
    stop: 'stopped from outside',
    destroy: 'removed from outside',
    pause: 'paused from outside',
    restart: 'restarted from outside',
};
class ContainerGone extends _faults_js__WEBPACK_IMPORTED_MODULE_1__/* .HarnessFault */ .JE {
    oomKilled;
    constructor(what, 
    /** The cgroup's OOM killer took the init process: the agent's memory, not an outside hand. */
    oomKilled) {
        super('container-gone', `the trial's container was ${what}`);
        this.oomKilled = oomKilled;
    }
}
/** PF_EXITING: set on a task from the first step of its exit. */
const PF_EXITING = 0x4;
/**
 * Whether the kernel still runs this process as a live member of the container's cgroup; undefined
 * when it cannot tell. "Live" excludes a task that has begun to exit: when a PID namespace's init
 * dies, the kernel kills the namespace's other processes first (so an exec reports 137) while the
 * init still shows as running, to /proc and to the engine — but it already carries PF_EXITING.
 */
function initAlive(pid, containerId) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch (err) {
        return err.code === 'ENOENT' ? false : undefined;
    }
    // After "(comm)": state, ppid, pgrp, session, tty_nr, tpgid, flags, …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X' || (Number(fields[6]) & PF_EXITING) !== 0)
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/cgroup`, 'utf8').includes(containerId.slice(0, 12));
    }
    catch {
        return false;
    }
}
class ContainerFate {
    engine;
    container;
    identity;
    /** Aborted the moment the events say the container is gone, so a running exec stops waiting. */
    interrupt = new AbortController();
    outside;
    oomEvent = false;
    unsubscribe;
    /** Whether the host's /proc shows the container's init: only then is its absence there a death. */
    hostProcVisible;
    constructor(engine, container, identity) {
        this.engine = engine;
        this.container = container;
        this.identity = identity;
        this.hostProcVisible = identity.pid !== undefined && engine.initAlive(identity.pid, container.id) === true;
        this.unsubscribe = engine.subscribe(container.id, (action) => {
            if (action === 'oom')
                this.oomEvent = true;
            else if (GONE[action] && !this.outside) {
                // A die after an OOM event is the agent's memory, told apart in check(); others are an outside hand.
                this.outside = GONE[action];
                this.interrupt.abort();
            }
        });
    }
    /** Throws ContainerGone unless the container is still the one started. */
    async check() {
        if (this.outside)
            throw this.gone(this.outside, this.outside === GONE.die);
        const { pid } = this.identity;
        if (pid && this.hostProcVisible && this.engine.initAlive(pid, this.container.id) === false)
            throw this.gone(GONE.die, true);
        const s = await this.engine.state(this.container);
        if (!s)
            throw this.gone('removed from outside');
        if (s.paused)
            throw this.gone('paused from outside');
        if (!s.running)
            throw this.gone(`stopped from outside (exit ${s.exitCode})`, true, s.oomKilled);
        if (s.startedAt !== this.identity.startedAt || (pid && s.pid !== pid))
            throw this.gone('restarted from outside');
        if (this.outside)
            throw this.gone(this.outside, this.outside === GONE.die);
    }
    /** `died`: the init process is gone, and an OOM event or the engine's OOMKilled says the OOM killer did it. */
    gone(what, died = false, oomKilled = false) {
        return new ContainerGone(what, died && (oomKilled || this.oomEvent));
    }
    dispose() {
        this.unsubscribe();
    }
}


/***/ }),

/***/ 42329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ faultFrom),
/* harmony export */   JE: () => (/* binding */ HarnessFault),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
class HarnessFault extends Error {
    stage;
    constructor(stage, message) {
        super(message);
        this.stage = stage;
    }
}
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ESOCKETTIMEDOUT']);
/** An engine API error as the fault it is: a lost connection is the daemon's, a missing image on create the image's, else `stage`'s. */
function faultFrom(err, stage) {
    if (err instanceof HarnessFault)
        return err;
    const e = err;
    const message = e?.json?.message ?? e?.message ?? String(err);
    if ((e?.code && CONNECTION_ERRORS.has(e.code)) || /socket hang up|connect E|EOF/.test(message))
        return new HarnessFault('daemon', message);
    if (stage === 'create' && e?.statusCode === 404 && /image/i.test(message))
        return new HarnessFault('image', message);
    if (e?.statusCode !== undefined && e.statusCode >= 500 && /is not running|connection|daemon|dial unix/i.test(message)) {
        return new HarnessFault('daemon', message);
    }
    return new HarnessFault(stage, message);
}
/** The HTTP status of an engine API error, if it has one (404: no such container, image, file or network). */
function statusOf(err) {
    return err?.statusCode;
}


/***/ }),

/***/ 53887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ LABEL),
/* harmony export */   y: () => (/* binding */ OWNER)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/** The labels on every container bakeoff creates: how it finds its own, and never touches anyone else's. */

const LABEL = {
    tool: 'dev.bakeoff',
    run: 'dev.bakeoff.run',
    suite: 'dev.bakeoff.suite',
    task: 'dev.bakeoff.task',
    trial: 'dev.bakeoff.trial',
    attempt: 'dev.bakeoff.attempt',
    /** The candidate a container runs, in a ranking run. */
    candidate: 'dev.bakeoff.candidate',
    /** hostname:pid of the bakeoff process that owns the container. */
    owner: 'dev.bakeoff.owner',
};
const OWNER = `${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()}:${process.pid}`;


/***/ }),

/***/ 14531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R8: () => (/* binding */ PullProgress),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Xy: () => (/* binding */ PROGRESS_EVERY_MS),
/* harmony export */   e: () => (/* binding */ BuildProgress)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/**
 * Progress of an image pull or build, as a few lines on the run's log: never the engine's stream
 * itself (one event per chunk of every layer). A pull says each layer it finished, and its total
 * every `everyMs`; a build says the step it is at every `everyMs`. Both say when they start and end.
 * The engine's text (layer ids, step lines, errors a registry sent) is cut to one short printable line.
 */

/** How often a total is told while a pull or build goes on. */
const PROGRESS_EVERY_MS = 10_000;
/** Engine or registry text as one printable line of at most `max` characters (terminal escapes dropped). */
function oneLine(text, max = 200) {
    const flat = text
        // eslint-disable-next-line no-control-regex
        .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
        .trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** What a pull's and a build's progress share: the image, where lines go, the clock, and when the last line was told. */
class TimedProgress {
    image;
    log;
    now;
    everyMs;
    lastLine;
    started;
    constructor(image, log, now = Date.now, everyMs = PROGRESS_EVERY_MS) {
        this.image = image;
        this.log = log;
        this.now = now;
        this.everyMs = everyMs;
        this.started = this.lastLine = now();
    }
    /** One line on the log, as `bakeoff: <doing> <image>: <text>`; it resets the clock for the next total. */
    tell(doing, text) {
        this.lastLine = this.now();
        this.log(`bakeoff: ${doing} ${this.image}: ${text}`);
    }
    /** Whether `everyMs` has passed since the last line. */
    due() {
        return this.now() - this.lastLine >= this.everyMs;
    }
}
/** A pull's events summarised: a line per layer pulled, a total on `tick()` when `everyMs` has passed since the last line. */
class PullProgress extends TimedProgress {
    layers = new Map();
    /** The error the stream ended with, if it did. */
    error;
    say(text) {
        this.tell('pulling', text);
    }
    layer(id) {
        let l = this.layers.get(id);
        if (!l)
            this.layers.set(id, (l = { current: 0, total: 0, done: false, present: false }));
        return l;
    }
    event(e) {
        if (e.error || e.errorDetail?.message) {
            this.error = oneLine(e.error ?? e.errorDetail?.message ?? '');
            return;
        }
        // Events without an id are the pull's own (its digest, its status): not a layer.
        if (!e.id || !e.status || !/^[0-9a-f]{6,64}$/.test(e.id))
            return;
        const status = e.status;
        const l = this.layer(e.id);
        if (status === 'Already exists') {
            l.done = l.present = true;
        }
        else if (status === 'Downloading') {
            if (e.progressDetail?.total)
                l.total = e.progressDetail.total;
            if (e.progressDetail?.current !== undefined)
                l.current = e.progressDetail.current;
        }
        else if (status === 'Download complete') {
            l.current = l.total = Math.max(l.current, l.total);
        }
        else if (status === 'Pull complete' && !l.done) {
            l.done = true;
            l.current = l.total = Math.max(l.current, l.total);
            const { done, count } = this.counts();
            this.say(`layer ${e.id} done${l.total ? `, ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(l.total)}` : ''} (${done} of ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count, 'layer')})`);
        }
    }
    counts() {
        const all = [...this.layers.values()];
        const pulled = all.filter((l) => !l.present);
        return {
            done: all.filter((l) => l.done).length,
            count: all.length,
            current: pulled.reduce((n, l) => n + l.current, 0),
            // A layer's size is known once its download starts: the total grows until every layer has started.
            total: pulled.reduce((n, l) => n + l.total, 0),
            sized: pulled.every((l) => l.total > 0),
        };
    }
    /** The pull's total so far, when `everyMs` has passed since the last line (called by a timer, and by tests with their own clock). */
    tick() {
        if (!this.due())
            return;
        const c = this.counts();
        const size = c.total ? `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(c.current)} of ${c.sized ? '' : 'at least '}${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(c.total)}` : 'waiting for the registry';
        this.say(`${size}, ${c.done} of ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.count, 'layer')} done, ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(this.now() - this.started)}`);
    }
    /** The closing line's words: layers and bytes pulled, and how long it took. */
    summary() {
        const c = this.counts();
        const present = c.count - [...this.layers.values()].filter((l) => !l.present).length;
        return (`${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.count - present, 'layer')} pulled (${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(c.total)})` +
            (present ? `, ${present} already present` : '') +
            ` in ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(this.now() - this.started)}`);
    }
}
const STEP = /^Step (\d+)\/(\d+) : (.*)$/m;
/** A build's output summarised: on `tick()`, the step it is at, when `everyMs` has passed since the last line. */
class BuildProgress extends TimedProgress {
    step;
    /** A chunk of the build's output (the classic builder says `Step 3/7 : RUN …` as each step starts). */
    output(text) {
        const m = STEP.exec(text);
        if (m)
            this.step = `step ${m[1]}/${m[2]} (${oneLine(m[3], 80)})`;
    }
    tick() {
        if (!this.due())
            return;
        this.tell('building', `${this.step ?? 'sending the context'}, ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(this.now() - this.started)}`);
    }
}


/***/ }),

/***/ 45224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ shardAlong),
/* harmony export */   NT: () => (/* binding */ filterTasks),
/* harmony export */   bq: () => (/* binding */ shardTasks),
/* harmony export */   l7: () => (/* binding */ planTrials)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/** Which trials a run does, in which order: task filter, shard, trials override, interleaving. Pure. */

function filterTasks(tasks, glob) {
    if (!glob)
        return [...tasks];
    const patterns = glob
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
    const match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(patterns);
    return tasks.filter((t) => match(t.id));
}
/**
 * Deterministic shard split balanced by expected cost: tasks sorted by cost (then id) go one by one
 * to the shard with the least cost so far (longest-processing-time first). Cost is a task's trials
 * times its typical duration when earlier durations are given, else its trial count.
 */
function shardTasks(tasks, shard, durationsMs) {
    const cost = (t) => t.trials * (durationsMs?.get(t.id) ?? 1);
    const order = [...tasks].sort((a, b) => cost(b) - cost(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const load = new Array(shard.count).fill(0);
    const mine = new Set();
    for (const t of order) {
        let best = 0;
        for (let i = 1; i < shard.count; i++)
            if (load[i] < load[best])
                best = i;
        load[best] += cost(t);
        if (best === shard.index - 1)
            mine.add(t.id);
    }
    return tasks.filter((t) => mine.has(t.id));
}
/**
 * The shard of `tasks` that follows `leader`'s partition: a task the leader has lands on the same
 * shard as there, so a sharded head and base run each paired task on one runner; the rest are
 * balanced among themselves.
 */
function shardAlong(tasks, leader, shard) {
    const leaderIds = new Set(leader.map((t) => t.id));
    const mine = new Set(shardTasks(leader, shard).map((t) => t.id));
    for (const t of shardTasks(tasks.filter((t) => !leaderIds.has(t.id)), shard))
        mine.add(t.id);
    return tasks.filter((t) => mine.has(t.id));
}
/** Round-robin over tasks so the trials of one task are spread out, not run back to back. */
function planTrials(tasks) {
    const most = Math.max(0, ...tasks.map((t) => t.trials));
    const jobs = [];
    for (let i = 0; i < most; i++)
        for (const task of tasks)
            if (i < task.trials)
                jobs.push({ task, trial: i });
    return jobs;
}


/***/ }),

/***/ 71821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** Waits `ms`, or less when `signal` aborts; leaves no listener behind on the signal. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        // An abort before the call fires no event: answer it now rather than wait the full ms.
        if (signal.aborted)
            return done();
        signal.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 47825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   MS: () => (/* binding */ tarBytesFor),
/* harmony export */   YK: () => (/* binding */ firstTarFile),
/* harmony export */   jG: () => (/* binding */ packDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56118);
/**
 * Directories as tar streams for the engine (a build context, a task's tests/ or solution/ copied
 * into a container). Symlinks go in as symlinks, never followed: a task directory cannot make
 * bakeoff read a host file outside it. And the way back: a stream read up to a cap, and the first
 * file of a tar the engine's archive API sent.
 */




/** A tar of `dir`'s contents, each entry under `prefix` (e.g. "tests/" to land at /tests), owned by root. */
function packDirectory(dir, prefix = '') {
    const tar = (0,tar_stream__WEBPACK_IMPORTED_MODULE_3__.pack)();
    const owner = { uid: 0, gid: 0 };
    void (async () => {
        try {
            if (prefix)
                await entry(tar, { name: prefix, type: 'directory', mode: 0o755, ...owner });
            await addTree(tar, dir, prefix, owner);
            tar.finalize();
        }
        catch (err) {
            tar.destroy(err);
        }
    })();
    return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(tar);
}
async function addTree(tar, dir, prefix, owner) {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort()) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        const header = { name: `${prefix}${name}`, mode: st.mode & 0o7777, mtime: st.mtime, ...owner };
        if (st.isSymbolicLink())
            await entry(tar, { ...header, type: 'symlink', linkname: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path) });
        else if (st.isDirectory()) {
            await entry(tar, { ...header, name: `${header.name}/`, type: 'directory' });
            await addTree(tar, path, `${header.name}/`, owner);
        }
        else if (st.isFile())
            await fileEntry(tar, { ...header, size: st.size }, path);
    }
}
function entry(tar, header) {
    return new Promise((resolve, reject) => tar.entry(header, (err) => (err ? reject(err) : resolve())));
}
function fileEntry(tar, header, path) {
    return new Promise((resolve, reject) => {
        const sink = tar.entry(header, (err) => (err ? reject(err) : resolve()));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path).on('error', reject).pipe(sink);
    });
}
const TAR_BLOCK = 512;
/** At most `cap` bytes of a stream; `truncated` when there was more (the rest is not read). */
async function readCapped(stream, cap) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const room = cap - size;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        if (chunk.length > room) {
            ;
            stream.destroy();
            return { data: Buffer.concat(chunks), truncated: true };
        }
    }
    return { data: Buffer.concat(chunks), truncated: false };
}
/** How much of a tar to read for its first file's `cap` bytes: the header and a PAX header before it. */
function tarBytesFor(cap) {
    return cap + 3 * TAR_BLOCK;
}
/**
 * The first regular file of a tar (ustar headers; a PAX extended header before it is skipped), at
 * most `cap` bytes of its content, and its full size; null when the first entry is anything else.
 */
function firstTarFile(archive, cap) {
    const buf = archive.data;
    let at = 0;
    while (at + TAR_BLOCK <= buf.length) {
        const size = parseInt(buf
            .subarray(at + 124, at + 136)
            .toString('ascii')
            .replace(/\0.*$/s, '')
            .trim() || '0', 8);
        const type = String.fromCharCode(buf[at + 156] || 48);
        if (type === 'x' || type === 'g') {
            at += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
            continue;
        }
        if (type !== '0')
            return null;
        const start = at + TAR_BLOCK;
        return { text: buf.subarray(start, start + Math.min(size, cap)).toString('utf8'), bytes: size };
    }
    return null;
}


/***/ })

};
