export const id = 646;
export const ids = [646];
export const modules = {

/***/ 74646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rankCommand: () => (/* binding */ rankCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/multiplier.ts
var config_multiplier = __webpack_require__(56339);
// EXTERNAL MODULE: ./src/results/median.ts
var median = __webpack_require__(49214);
// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(85468);
// EXTERNAL MODULE: ./src/compare/efficiency.ts
var efficiency = __webpack_require__(67518);
// EXTERNAL MODULE: ./src/compare/numbers.ts
var numbers = __webpack_require__(39349);
// EXTERNAL MODULE: ./src/compare/stats.ts
var stats = __webpack_require__(64856);
;// CONCATENATED MODULE: ./src/compare/rank.ts
/**
 * The bake-off: candidates run on the same tasks under the same caps, ranked honestly. Per
 * multiplier: each candidate's success rate over the tasks every candidate has a valid trial of,
 * two-sided paired sign-flip tests for every pair with Holm's correction (so with k candidates the
 * chance of any false "A beats B" stays ≤ α), ties with the leader, the cost/success front; across
 * multipliers, the pairs whose order flips between production caps and uncapped. Pure.
 */






const RANKING_SCHEMA = 'bakeoff.ranking/v1';
/** Holm's step-down adjustment: p_(i) · (m − i + 1), made monotone, capped at 1. Nulls stay null. */
function holm(pValues) {
    const order = pValues.map((p, i) => ({ p, i })).filter((x) => x.p !== null);
    order.sort((x, y) => x.p - y.p);
    const out = pValues.map(() => null);
    let running = 0;
    order.forEach(({ p, i }, rank) => {
        running = Math.max(running, Math.min(1, (order.length - rank) * p));
        out[i] = running;
    });
    return out;
}
/** Per task, p_a − p_b over tasks with a valid trial of both; with the denominators the exact test needs. */
function pairedDiffs(a, b) {
    const diffs = [];
    const denominators = [];
    const tasks = [];
    for (const [task, ca] of a) {
        const cb = b.get(task);
        if (ca.rate === null || !cb || cb.rate === null)
            continue;
        diffs.push(ca.rate - cb.rate);
        denominators.push(ca.trials - ca.error, cb.trials - cb.error);
        tasks.push(task);
    }
    return { diffs, denominators, tasks };
}
function twoSided(diffs, denominators) {
    const tails = (0,stats/* signFlipBothWays */.i8)(diffs, { denominators });
    return tails && Math.min(1, 2 * Math.min(tails.less, tails.greater));
}
function meanMetrics(trials) {
    const sums = new Map();
    for (const t of trials) {
        if (t.outcome === 'error')
            continue;
        for (const k in t.metrics) {
            const s = sums.get(k) ?? { sum: 0, n: 0 };
            s.sum += t.metrics[k];
            s.n++;
            sums.set(k, s);
        }
    }
    return Object.fromEntries([...sums].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, s]) => [k, s.sum / s.n]));
}
/**
 * The names agents report a cost in dollars under, in order of preference: bakeoff's own, then
 * Claude Code's (`total_cost_usd` in its JSON result) and its camel-case form.
 */
const USD_COST_METRICS = ['cost_usd', 'total_cost_usd', 'costUSD'];
/** A dollar cost every candidate reports (by the first of the usual names they all have), else tokens (input + output), else agent time. */
function costMetricOf(metrics) {
    const usd = USD_COST_METRICS.find((name) => metrics.every((m) => m[name] !== undefined));
    if (usd)
        return usd;
    if (metrics.every((m) => m.input_tokens !== undefined && m.output_tokens !== undefined))
        return 'tokens';
    return 'agent seconds';
}
function costOf(metric, s) {
    if (USD_COST_METRICS.includes(metric))
        return s.metrics[metric] ?? null;
    if (metric === 'tokens')
        return (s.metrics.input_tokens ?? 0) + (s.metrics.output_tokens ?? 0);
    return s.medianAgentMs === null ? null : s.medianAgentMs / 1000;
}
/** The reported metrics the cost axis is made of: what a costs table must never cut. */
function costMetricParts(costMetric) {
    if (costMetric === 'tokens')
        return ['input_tokens', 'output_tokens'];
    return USD_COST_METRICS.includes(costMetric) ? [costMetric] : [];
}
/** x is significantly better than y (their pair's Holm-corrected winner). */
function beats(pairs, x, y) {
    return pairs.some((p) => p.winner === x && ((p.a === x && p.b === y) || (p.a === y && p.b === x)));
}
/** The candidates no other one beats on both success (higher) and cost (lower), with one strictly. */
function paretoFront(points) {
    const known = points.filter((p) => p.success !== null && p.cost !== null);
    return new Set(known
        .filter((p) => !known.some((q) => q !== p && q.success >= p.success && q.cost <= p.cost && (q.success > p.success || q.cost < p.cost)))
        .map((p) => p.name));
}
function rankLevel(multiplier, arms, counts, alpha) {
    const common = [...counts[0].keys()].filter((task) => counts.every((c) => (c.get(task)?.rate ?? null) !== null)).sort();
    const partial = arms.map((arm, i) => {
        const rates = common.map((t) => counts[i].get(t).rate);
        const valid = arm.results.trials.filter((t) => t.outcome !== 'error');
        const s = arm.results.summary;
        return {
            candidate: arm.candidate,
            successRate: (0,numbers/* mean */.i2)(rates),
            ci95: (0,stats/* bootstrapMeanCI */.GW)(rates),
            trials: s.trials,
            infraErrorRate: s.infraErrorRate,
            limitRate: s.limitRate,
            medianAgentMs: (0,median/* medianOf */.u)(valid, (t) => t.agentDurationMs),
            medianCpuSeconds: (0,median/* medianOf */.u)(valid, (t) => t.cpuSeconds),
            medianPeakMemoryBytes: (0,median/* medianOf */.u)(valid, (t) => t.peakMemoryBytes),
            metrics: meanMetrics(arm.results.trials),
        };
    });
    const pairs = [];
    for (let i = 0; i < arms.length; i++)
        for (let j = i + 1; j < arms.length; j++) {
            const { diffs, denominators } = pairedDiffs(counts[i], counts[j]);
            pairs.push({
                a: arms[i].candidate,
                b: arms[j].candidate,
                tasks: diffs.length,
                delta: (0,numbers/* mean */.i2)(diffs),
                pValue: twoSided(diffs, denominators),
                pHolm: null,
                winner: null,
            });
        }
    holm(pairs.map((p) => p.pValue)).forEach((adjusted, k) => {
        const p = pairs[k];
        p.pHolm = adjusted;
        if (adjusted !== null && adjusted < alpha && p.delta !== null && p.delta !== 0)
            p.winner = p.delta > 0 ? p.a : p.b;
    });
    const costMetric = costMetricOf(partial.map((p) => p.metrics));
    const withCost = partial.map((p) => ({ ...p, cost: costOf(costMetric, p) }));
    const front = paretoFront(withCost.map((p) => ({ name: p.candidate, success: p.successRate, cost: p.cost })));
    const ordered = [...withCost].sort((x, y) => (y.successRate ?? -1) - (x.successRate ?? -1) || (x.cost ?? Infinity) - (y.cost ?? Infinity) || (x.candidate < y.candidate ? -1 : 1));
    const leader = common.length ? ordered[0].candidate : null;
    const resultsOf = (name) => arms.find((a) => a.candidate === name).results;
    const standings = ordered.map((p) => ({
        ...p,
        rank: 1 + ordered.filter((q) => beats(pairs, q.candidate, p.candidate)).length,
        tiedWithLeader: leader !== null && !beats(pairs, leader, p.candidate),
        pareto: front.has(p.candidate),
        vsLeader: leader === null || leader === p.candidate ? [] : (0,efficiency/* compareEfficiency */.t)(resultsOf(leader), resultsOf(p.candidate)),
    }));
    return { multiplier, label: (0,config_multiplier/* multiplierLabel */.QF)(multiplier), commonTasks: common.length, leader, standings, pairs, costMetric };
}
/** The kind of headroom a candidate's failures under the caps point to: its most frequent limit reason there. */
function headroomOf(reasons) {
    const limits = [
        ['oom', 'memory'],
        ['timeout', 'cpu-time'],
        ['pids', 'processes'],
        ['disk', 'disk'],
    ];
    const found = limits.map(([reason, headroom]) => [reasons[reason] ?? 0, headroom]).sort((x, y) => y[0] - x[0]);
    return found[0][0] > 0 ? found[0][1] : 'resources';
}
/** Candidates i and j between the capped and the uncapped level: a flip when their order crosses, with its p (not yet Holm-corrected). */
function findFlip(capped, uncapped, cappedCounts, uncappedCounts, names, i, j) {
    const [ca, cb, ua, ub] = [cappedCounts[i], cappedCounts[j], uncappedCounts[i], uncappedCounts[j]];
    const rows = [];
    const denominators = [];
    for (const [task, x] of ca) {
        const y = cb.get(task);
        const u = ua.get(task);
        const v = ub.get(task);
        if (x.rate === null || !y || y.rate === null || !u || u.rate === null || !v || v.rate === null)
            continue;
        rows.push({ task, capped: x.rate - y.rate, uncapped: u.rate - v.rate, d: x.rate - y.rate - (u.rate - v.rate) });
        denominators.push(x.trials - x.error, y.trials - y.error, u.trials - u.error, v.trials - v.error);
    }
    const dc = (0,numbers/* mean */.i2)(rows.map((r) => r.capped));
    const du = (0,numbers/* mean */.i2)(rows.map((r) => r.uncapped));
    if (dc === null || du === null || dc === 0 || du === 0 || Math.sign(dc) === Math.sign(du))
        return null;
    const pValue = twoSided(rows.map((r) => r.d), denominators);
    if (pValue === null)
        return null;
    const nameA = names[i];
    const nameB = names[j];
    const cappedLeader = dc > 0 ? nameA : nameB;
    const uncappedLeader = du > 0 ? nameA : nameB;
    // The tasks that move the pair towards the uncapped leader once the caps come off.
    const towards = Math.sign(du - dc);
    const causing = rows
        .filter((r) => Math.sign(r.uncapped - r.capped) === towards)
        .sort((x, y) => Math.abs(y.d) - Math.abs(x.d) || (x.task < y.task ? -1 : 1));
    const hurt = uncappedLeader === nameA ? ca : cb;
    const tasks = causing.slice(0, 10).map((r) => ({ task: r.task, capped: r.capped, uncapped: r.uncapped, reasons: hurt.get(r.task)?.reasons ?? {} }));
    const reasons = {};
    for (const t of tasks)
        for (const [k, n] of Object.entries(t.reasons))
            reasons[k] = (reasons[k] ?? 0) + n;
    return {
        a: nameA,
        b: nameB,
        capped: { label: capped.label, delta: dc, leader: cappedLeader },
        uncapped: { label: uncapped.label, delta: du, leader: uncappedLeader },
        pValue,
        needsHeadroom: uncappedLeader,
        headroom: headroomOf(reasons),
        tasks,
    };
}
function rankCandidates(runs, opts) {
    const candidates = [...new Set(runs.map((r) => r.candidate))];
    const multipliers = (0,config_multiplier/* orderMultipliers */.RQ)([...new Set(runs.map((r) => r.results.profile.multiplier))]);
    const armsAt = multipliers.map((m) => candidates.map((c) => {
        const arm = runs.find((r) => r.candidate === c && r.results.profile.multiplier === m);
        if (!arm)
            throw new Error(`rank: no results for candidate ${c} at ${(0,config_multiplier/* multiplierLabel */.QF)(m)}`);
        return arm;
    }));
    // Per task counts once per arm: every level's pairs and every pair's flip test read them.
    const countsAt = armsAt.map((arms) => arms.map((a) => (0,compare/* byTask */.Pp)(a.results)));
    const levels = multipliers.map((m, k) => rankLevel(m, armsAt[k], countsAt[k], opts.alpha));
    const flips = [];
    if (levels.length > 1) {
        // Production caps are 1x (else the smallest multiplier run); the other end is uncapped (else the largest).
        const first = Math.max(0, multipliers.indexOf(1));
        const last = levels.length - 1;
        const found = [];
        let tested = 0;
        for (let i = 0; i < candidates.length; i++)
            for (let j = i + 1; j < candidates.length; j++) {
                tested++;
                const f = findFlip(levels[first], levels[last], countsAt[first], countsAt[last], candidates, i, j);
                if (f)
                    found.push(f);
            }
        // Holm over every pair tested, not only those whose means crossed: the family is all pairs.
        const adjusted = holm([...found.map((f) => f.pValue), ...Array(Math.max(0, tested - found.length)).fill(1)]);
        found.forEach((f, k) => {
            if (adjusted[k] < opts.alpha)
                flips.push({ ...f, pHolm: adjusted[k] });
        });
    }
    return {
        schema: RANKING_SCHEMA,
        suite: runs[0]?.results.suite.name ?? '',
        profile: runs[0]?.results.profile.name ?? '',
        alpha: opts.alpha,
        candidates,
        levels,
        flips,
    };
}
function rankGate(r, req) {
    const level = r.levels.find((l) => l.multiplier === 1) ?? r.levels[0];
    const inc = req.incumbent;
    const beatIncumbent = inc ? r.candidates.filter((c) => c !== inc && beats(level.pairs, c, inc)) : [];
    const worseThanIncumbent = inc ? req.failIfWorseThanIncumbent.filter((c) => c !== inc && beats(level.pairs, inc, c)) : [];
    return {
        level: level.label,
        incumbent: inc ?? null,
        failIfIncumbentBeaten: req.failIfIncumbentBeaten,
        leader: level.leader,
        beatIncumbent,
        worseThanIncumbent,
        fails: (req.failIfIncumbentBeaten && beatIncumbent.length > 0) || worseThanIncumbent.length > 0,
    };
}

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/suite.ts
var config_suite = __webpack_require__(50954);
// EXTERNAL MODULE: ./src/results/io.ts
var io = __webpack_require__(65480);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/rank.ts
/** The bake-off's reports: Markdown (tables, Mermaid cost/success charts, the flips), the terminal, an SVG chart. Pure. */





const MAX_RANKING_CHARS = 65_536;
const HEADROOM_WORDS = {
    memory: 'memory headroom',
    'cpu-time': 'more CPU time',
    processes: 'process headroom',
    disk: 'disk headroom',
    resources: 'the extra resources',
};
/** A flip in one sentence: who leads at each end, and what the uncapped leader's lead comes from. */
function flipSentence(f) {
    const size = (delta) => (0,format/* unsignedPts */.b8)(Math.abs(delta), 0);
    const shown = f.tasks.slice(0, 3).map((t) => t.task);
    return (`${f.uncapped.leader} leads ${f.uncapped.label} by ${size(f.uncapped.delta)}; ` +
        `under the production caps (${f.capped.label}) ${f.capped.leader} leads by ${size(f.capped.delta)}: ` +
        `${f.needsHeadroom}'s lead comes from ${HEADROOM_WORDS[f.headroom]}` +
        (shown.length ? ` (${shown.join(', ')}${f.tasks.length > shown.length ? ', …' : ''})` : ''));
}
/** What a reader must know before the tables: the levels where nothing could be ranked. */
function rankingNotes(r) {
    return r.levels.filter((l) => l.commonTasks === 0).map((l) => `${l.label}: no task has a valid trial of every candidate; nothing is ranked`);
}
/** The ranking file (bakeoff.ranking/v1, report/ranking-schema.ts): the ranking with its flips and notes in words. */
/** Why a ranking's gate failed, one sentence per rule that failed; empty when it passed. */
function rankGateReasons(g) {
    const reasons = [];
    if (g.failIfIncumbentBeaten && g.beatIncumbent.length > 0)
        reasons.push(`${g.beatIncumbent.join(', ')} beat the incumbent ${g.incumbent} at ${g.level}`);
    if (g.worseThanIncumbent.length > 0) {
        const verb = g.worseThanIncumbent.length > 1 ? 'are' : 'is';
        reasons.push(`${g.worseThanIncumbent.join(', ')} ${verb} worse than the incumbent ${g.incumbent} at ${g.level}`);
    }
    return reasons;
}
function rankingFile(r) {
    const flips = r.flips.map((f) => {
        const { pHolm, ...rest } = f;
        return { ...rest, headroom: HEADROOM_WORDS[f.headroom], sentence: flipSentence(f), pHolm };
    });
    return { ...r, flips, notes: rankingNotes(r) };
}
function costText(level, s) {
    if (s.cost === null)
        return '—';
    if (USD_COST_METRICS.includes(level.costMetric))
        return `$${s.cost.toFixed(4)}`;
    if (level.costMetric === 'tokens')
        return `${Math.round(s.cost).toLocaleString('en-US')} tokens`;
    return `${s.cost.toFixed(1)} s`;
}
/** The one-line finding: who leads at each multiplier, tied candidates named. */
function rankingHeadline(r, esc = report_escape/* escapeMarkdown */.FV) {
    const parts = r.levels.map((l) => {
        if (!l.leader)
            return `nothing ranked at ${l.label}`;
        const tied = l.standings.filter((s) => s.tiedWithLeader && s.candidate !== l.leader).map((s) => esc(s.candidate));
        return `${esc(l.leader)} leads at ${l.label}${tied.length ? ` (tied with ${tied.join(', ')})` : ''}`;
    });
    return parts.join('; ');
}
function standingsTable(level) {
    const rows = level.standings.map((s) => {
        const cells = [
            s.tiedWithLeader ? `${s.rank} (tied with the leader)` : String(s.rank),
            `**${(0,report_escape/* escapeMarkdown */.FV)(s.candidate, 60)}**`,
            `${(0,format/* pct */.Oe)(s.successRate)} (${(0,format/* interval */.YP)(s.ci95)})`,
            (0,format/* pct */.Oe)(s.infraErrorRate),
            (0,format/* pct */.Oe)(s.limitRate),
            (0,format/* orDash */.gR)(s.medianAgentMs, units/* formatDuration */.a3),
            (0,format/* orDash */.gR)(s.medianPeakMemoryBytes, units/* formatBytes */.z3),
            costText(level, s),
            s.pareto ? '★' : '',
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return [
        '| rank | candidate | success rate (95% CI) | infra-error rate | limit rate | median agent time | median peak memory | ' +
            `${(0,report_escape/* escapeMarkdown */.FV)(level.costMetric)} | front |`,
        '|---|---|---:|---:|---:|---:|---:|---:|:-:|',
        ...rows,
    ];
}
/** Agent time and the chart's cost, this candidate ÷ the leader, paired by task (geometric mean, 95% CI). */
function vsLeaderText(level, s) {
    if (s.candidate === level.leader)
        return 'the leader';
    const wanted = ['agent time', level.costMetric === 'tokens' ? 'input_tokens' : level.costMetric];
    const shown = s.vsLeader
        .filter((r) => wanted.includes(r.metric) && r.ratio !== null)
        .map((r) => `${(0,report_escape/* escapeMarkdown */.FV)(r.metric, 40)} ${r.ratio.toFixed(2)}×${r.ci95 ? ` (${r.ci95[0].toFixed(2)}–${r.ci95[1].toFixed(2)}×)` : ''}`);
    return shown.join(', ') || '—';
}
/** At most this many reported metrics in the costs table: the cost axis's own first, then the others by name. */
const COSTS_TABLE_METRICS = 6;
/** What each candidate costs: medians per valid trial, and the mean of each reported metric (the cost metric never cut). */
function costsTable(level) {
    const reported = new Set(level.standings.flatMap((s) => Object.keys(s.metrics)));
    const cost = costMetricParts(level.costMetric).filter((m) => reported.has(m));
    const others = [...reported].filter((m) => !cost.includes(m)).sort();
    const metrics = [...cost, ...others].slice(0, Math.max(COSTS_TABLE_METRICS, cost.length));
    const number = (x) => (x === undefined ? '—' : Number(x.toPrecision(4)).toLocaleString('en-US'));
    const rows = level.standings.map((s) => {
        const cells = [
            (0,report_escape/* escapeMarkdown */.FV)(s.candidate, 60),
            (0,format/* orDash */.gR)(s.medianAgentMs, units/* formatDuration */.a3),
            (0,format/* orDash */.gR)(s.medianCpuSeconds, (x) => `${x.toFixed(2)} s`),
            (0,format/* orDash */.gR)(s.medianPeakMemoryBytes, units/* formatBytes */.z3),
            ...metrics.map((m) => number(s.metrics[m])),
            vsLeaderText(level, s),
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return [
        '<details><summary>What each candidate costs (medians per valid trial; reported metrics: mean per trial)</summary>',
        '',
        `| candidate | agent time | CPU | peak memory |${metrics.map((m) => ` ${(0,report_escape/* escapeMarkdown */.FV)(m, 40)} |`).join('')} against the leader, paired by task |`,
        `|---|---:|---:|---:|${metrics.map(() => '---:|').join('')}---|`,
        ...rows,
        '',
        '</details>',
    ];
}
function pairsTable(level, alpha) {
    const rows = level.pairs.map((p) => {
        const winner = p.winner ? `**${(0,report_escape/* escapeMarkdown */.FV)(p.winner, 60)}**` : 'neither (tied)';
        return `| ${(0,report_escape/* escapeMarkdown */.FV)(p.a, 60)} vs ${(0,report_escape/* escapeMarkdown */.FV)(p.b, 60)} | ${p.tasks} | ${(0,format/* pts */.UM)(p.delta)} | ${(0,format/* pText */.C6)(p.pValue)} | ${(0,format/* pText */.C6)(p.pHolm)} | ${winner} |`;
    });
    return [
        `Pairwise, paired by task (two-sided sign-flip test, Holm-corrected over ${level.pairs.length} pair(s), α = ${alpha}):`,
        '',
        '| pair | tasks | Δ (first − second) | p | p (Holm) | better |',
        '|---|---:|---:|---:|---:|---|',
        ...rows,
    ];
}
/** A Mermaid quadrant chart of cost against success (cost scaled over the candidates' range); GitHub renders it. */
function rankingMermaid(level) {
    const known = level.standings.filter((s) => s.cost !== null && s.successRate !== null);
    const costs = known.map((s) => s.cost);
    const lo = Math.min(...costs, Infinity) * 0.8;
    const hi = Math.max(...costs, -Infinity) * 1.1;
    const at = (c) => (hi > lo ? (c - lo) / (hi - lo) : 0.5);
    // Mermaid has no escaping: names (hostile in a results file) keep only a-z, 0-9, '.', '_', '-'.
    const front = known.filter((s) => s.pareto).map((s) => (0,report_escape/* markerPart */.Ei)(s.candidate));
    return [
        '```mermaid',
        'quadrantChart',
        `  title Cost vs success at ${level.label}${front.length ? ` - front: ${front.join(', ')}` : ''}`,
        `  x-axis Cheaper --> Costlier ${level.costMetric === 'agent seconds' ? '(agent time)' : `(${level.costMetric})`}`,
        '  y-axis Fails more --> Succeeds more',
        ...known.map((s) => `  ${(0,report_escape/* markerPart */.Ei)(s.candidate)}: [${at(s.cost).toFixed(3)}, ${s.successRate.toFixed(3)}]`),
        '```',
    ].join('\n');
}
function flipLines(f) {
    const other = f.needsHeadroom === f.a ? f.b : f.a;
    const rows = f.tasks.map((t) => {
        const sign = f.needsHeadroom === f.a ? 1 : -1;
        const reasons = Object.entries(t.reasons)
            .map(([k, n]) => `${(0,report_escape/* escapeMarkdown */.FV)(k, 40)} ×${n}`)
            .join(', ');
        return `| ${(0,report_escape/* escapeMarkdown */.FV)(t.task, 100)} | ${(0,format/* pts */.UM)(sign * t.capped, 0)} | ${(0,format/* pts */.UM)(sign * t.uncapped, 0)} | ${reasons || '—'} |`;
    });
    return [
        `> [!IMPORTANT]\n> ${(0,report_escape/* escapeMarkdown */.FV)(flipSentence(f), 600)} (change between the two: ${(0,format/* pText */.C6)(f.pValue)}, Holm ${(0,format/* pText */.C6)(f.pHolm)}).`,
        '',
        `<details><summary>The tasks behind it (${f.tasks.length})</summary>`,
        '',
        `| task | ${(0,report_escape/* escapeMarkdown */.FV)(f.needsHeadroom)} − ${(0,report_escape/* escapeMarkdown */.FV)(other)} at ${f.capped.label} | at ${f.uncapped.label} | ` +
            `${(0,report_escape/* escapeMarkdown */.FV)(f.needsHeadroom)}'s outcomes at ${f.capped.label} |`,
        '|---|---:|---:|---|',
        ...rows,
        '',
        '</details>',
    ];
}
function rankingMarkdown(r, ctx = {}) {
    const levels = r.levels.flatMap((l) => [
        `#### ${l.label}${l.multiplier === 1 ? ' (production caps)' : ''} — over the ${l.commonTasks} task(s) every candidate has a valid trial of`,
        '',
        ...standingsTable(l),
        '',
        ...costsTable(l),
        '',
        ...pairsTable(l, r.alpha),
        '',
        rankingMermaid(l),
        '',
    ]);
    const flips = r.levels.length < 2
        ? []
        : r.flips.length
            ? ['#### Where the ranking flips', '', ...r.flips.flatMap((f) => [...flipLines(f), ''])]
            : [
                `No pair's order changes significantly between ${r.levels[0].label} and ${r.levels[r.levels.length - 1].label} (Holm-corrected, α = ${r.alpha}).`,
                '',
            ];
    const text = [
        `<!-- bakeoff-rank:${(0,report_escape/* markerPart */.Ei)(r.suite)}:${(0,report_escape/* markerPart */.Ei)(r.profile)} -->`,
        `### 🏁 bakeoff rank — ${(0,report_escape/* escapeMarkdown */.FV)(r.suite)} × ${(0,report_escape/* escapeMarkdown */.FV)(r.profile)}: ${rankingHeadline(r)}`,
        '',
        ...r.flips.slice(0, 1).map((f) => `**${(0,report_escape/* escapeMarkdown */.FV)(flipSentence(f), 600)}.**\n`),
        ...rankingNotes(r).map((n) => `> ${(0,report_escape/* escapeMarkdown */.FV)(n, 300)}\n`),
        ...levels,
        ...flips,
        'Ranks: 1 + the number of candidates significantly better (Holm-corrected); a candidate the leader does not beat significantly is tied with it. ' +
            '★: on the cost/success front (no other candidate both succeeds more and costs less).',
        ...(ctx.runUrl ? ['', `[The run](${ctx.runUrl})`] : []),
    ].join('\n');
    return text.length <= MAX_RANKING_CHARS
        ? text
        : `${text.slice(0, MAX_RANKING_CHARS - 80)}\n\n… cut at ${MAX_RANKING_CHARS} characters (the full ranking is in ranking.json).`;
}
function rankingTerminal(r) {
    const lines = [rankingHeadline(r, (t) => (0,report_escape/* escapeTerminal */.en)(t, 40)), ''];
    for (const l of r.levels) {
        lines.push(`${l.label}: ${l.commonTasks} common task(s)`);
        lines.push((0,table/* textTable */.e)(['rank', 'candidate', 'success', '95% CI', 'infra err', 'limit', 'agent time', l.costMetric, 'front'], l.standings.map((s) => [
            s.tiedWithLeader ? `${s.rank}=` : String(s.rank),
            (0,report_escape/* escapeTerminal */.en)(s.candidate, 30),
            (0,format/* pct */.Oe)(s.successRate),
            (0,format/* interval */.YP)(s.ci95),
            (0,format/* pct */.Oe)(s.infraErrorRate),
            (0,format/* pct */.Oe)(s.limitRate),
            (0,format/* orDash */.gR)(s.medianAgentMs, units/* formatDuration */.a3),
            costText(l, s),
            s.pareto ? '*' : '',
        ]), [false, false, true, true, true, true, true, true, false]));
        for (const p of l.pairs.filter((x) => x.winner))
            lines.push(`  ${(0,report_escape/* escapeTerminal */.en)(p.winner, 30)} beats ${(0,report_escape/* escapeTerminal */.en)(p.winner === p.a ? p.b : p.a, 30)}: ${(0,format/* pts */.UM)(Math.abs(p.delta))}, Holm ${(0,format/* pText */.C6)(p.pHolm)}`);
        lines.push('');
    }
    for (const f of r.flips)
        lines.push(`flip: ${(0,report_escape/* escapeTerminal */.en)(flipSentence(f), 400)}`);
    return lines.join('\n') + '\n';
}
const LEVEL_COLORS = ['#0969da', '#cf222e', '#2da44e', '#8250df', '#bf8700'];
/** Success (with its CI) against cost, one colour per multiplier, each multiplier's front joined by a line. */
function rankingSvg(r, title) {
    const W = 760;
    const H = 460;
    const left = 70;
    const top = 50;
    const plotW = 560;
    const plotH = 320;
    const points = r.levels.flatMap((l, li) => l.standings.filter((s) => s.cost !== null && s.successRate !== null).map((s) => ({ l, li, s })));
    const most = Math.max(...points.map((p) => p.s.cost), 0) * 1.1 || 1;
    const x = (c) => (left + (plotW * c) / most).toFixed(1);
    const y = (f) => (top + plotH * (1 - f)).toFixed(1);
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
        `<title>${(0,report_escape/* escapeXml */.X)(title)}</title>`,
        `<text x="${left}" y="24" font-size="15" font-weight="bold">${(0,report_escape/* escapeXml */.X)(title)}</text>`,
    ];
    for (const f of [0, 0.25, 0.5, 0.75, 1])
        parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(f)}" y2="${y(f)}" stroke="#d0d7de"/>`, `<text x="${left - 8}" y="${Number(y(f)) + 4}" text-anchor="end">${f * 100}%</text>`);
    const costLabel = r.levels[0]?.costMetric ?? 'cost';
    parts.push(`<text x="${left + plotW / 2}" y="${top + plotH + 36}" text-anchor="middle">${(0,report_escape/* escapeXml */.X)(costLabel)} (lower is cheaper)</text>`);
    r.levels.forEach((l, li) => {
        const front = points.filter((p) => p.li === li && p.s.pareto).sort((a, b) => a.s.cost - b.s.cost);
        if (front.length > 1)
            parts.push(`<polyline data-front="${(0,report_escape/* escapeXml */.X)(l.label)}" fill="none" stroke="${LEVEL_COLORS[li % LEVEL_COLORS.length]}" stroke-dasharray="4 3" points="${front
                .map((p) => `${x(p.s.cost)},${y(p.s.successRate)}`)
                .join(' ')}"/>`);
    });
    for (const { l, li, s } of points) {
        const color = LEVEL_COLORS[li % LEVEL_COLORS.length];
        if (s.ci95)
            parts.push(`<line x1="${x(s.cost)}" x2="${x(s.cost)}" y1="${y(s.ci95[1])}" y2="${y(s.ci95[0])}" stroke="${color}" stroke-opacity="0.5"/>`);
        parts.push(`<circle data-candidate="${(0,report_escape/* escapeXml */.X)(s.candidate)}" data-multiplier="${(0,report_escape/* escapeXml */.X)(l.label)}" ` +
            `data-success="${s.successRate.toFixed(4)}" data-cost="${s.cost}" ` +
            `data-pareto="${s.pareto}" cx="${x(s.cost)}" cy="${y(s.successRate)}" r="${s.pareto ? 6 : 4}" ` +
            `fill="${s.pareto ? color : '#fff'}" stroke="${color}" stroke-width="2"/>`, 
        // one candidate at two multipliers often sits on one point: its labels stack instead of overlapping
        `<text x="${Number(x(s.cost)) + 8}" y="${Number(y(s.successRate)) - 6 - 13 * li}" fill="${color}">` +
            `${(0,report_escape/* escapeXml */.X)(s.candidate.slice(0, 30))} (${(0,report_escape/* escapeXml */.X)(l.label)})</text>`);
    }
    r.levels.forEach((l, li) => parts.push(`<rect x="${left + li * 150}" y="${H - 24}" width="12" height="12" fill="${LEVEL_COLORS[li % LEVEL_COLORS.length]}"/>`, `<text x="${left + li * 150 + 16}" y="${H - 14}">${(0,report_escape/* escapeXml */.X)(l.label)}</text>`));
    parts.push(`<text x="${left + r.levels.length * 150}" y="${H - 14}">filled: on the front · bar: 95% CI</text>`, '</svg>');
    return parts.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/runner/run.ts + 26 modules
var run = __webpack_require__(95615);
// EXTERNAL MODULE: ./src/app/preflight.ts
var preflight = __webpack_require__(1424);
// EXTERNAL MODULE: ./src/app/run.ts + 2 modules
var app_run = __webpack_require__(34629);
;// CONCATENATED MODULE: ./src/app/rank.ts
/**
 * The bake-off: every candidate × multiplier arm on one scheduler, trials interleaved so drift hits
 * them alike (the sweep's mechanism), then the ranking. Also the ranking of results files already
 * run (shards merged with `bakeoff merge`).
 */











const NAME = /^[a-z0-9._-]+$/;
/** The candidates asked for (all the suite declares when none is named), in the suite's order. */
function selectCandidates(suite, names) {
    const declared = suite.value.candidates;
    const problem = (message, fix) => new errors/* ConfigError */.x(suite.value.path, [{ path: 'candidates', message, fix }]);
    if (declared.length === 0)
        throw problem('declares no candidates', 'add candidates: [{ name: model-a, env: { MODEL: model-a } }, { name: model-b, env: { MODEL: model-b } }]');
    const unknown = (names ?? []).filter((n) => !declared.some((c) => c.name === n));
    if (unknown.length)
        throw problem(`has no candidate ${unknown.join(', ')} (it declares ${declared.map((c) => c.name).join(', ')})`, 'name declared candidates in --candidates');
    const chosen = names?.length ? declared.filter((c) => names.includes(c.name)) : declared;
    if (chosen.length < 2)
        throw problem(`ranks ${chosen.length} candidate; a ranking needs two or more`, 'declare or name at least two candidates');
    return chosen;
}
/** The suite as preflight sees a ranking: every chosen candidate's host variables at once. */
function suiteForPreflight(suite, candidates) {
    const agents = candidates.map((c) => (0,config_suite/* withCandidate */.yJ)(suite.value, c).agent);
    const union = (pick) => [...new Set(agents.flatMap(pick))];
    return { ...suite, value: { ...suite.value, agent: { ...suite.value.agent, env: union((a) => a.env), optionalEnv: union((a) => a.optionalEnv) } } };
}
const armName = (candidate, m) => `results-${candidate}-${(0,config_multiplier/* multiplierLabel */.QF)(m)}`;
/** Checks every chosen candidate's setup, runs every candidate × multiplier arm interleaved, ranks them and writes the reports. */
async function runRanking(session, opts) {
    const outputs = [{ name: 'out', path: opts.outDir, kind: 'dir' }];
    await (0,preflight/* preflight */.Mz)({ ...session, suite: suiteForPreflight(session.suite, opts.candidates) }, (0,preflight/* preflightRequest */.Dp)(opts.checks, {
        multipliers: opts.multipliers,
        tasksGlob: opts.tasksGlob,
        outputs,
        log: opts.log,
        agents: opts.candidates.map((c) => (0,config_suite/* withCandidate */.yJ)(session.suite.value, c).agent),
    }));
    (0,external_node_fs_.mkdirSync)(opts.outDir, { recursive: true });
    const arms = opts.multipliers.flatMap((multiplier) => opts.candidates.map((c) => ({ candidate: c, multiplier, name: armName(c.name, multiplier) })));
    const outcomes = await (0,run/* runInterleaved */.Ns)(arms.map((a) => ({
        suite: { ...session.suite, value: (0,config_suite/* withCandidate */.yJ)(session.suite.value, a.candidate) },
        profile: session.profile,
        multiplier: a.multiplier,
        label: `${a.candidate.name}@${(0,config_multiplier/* multiplierLabel */.QF)(a.multiplier)}`,
        trials: opts.trials,
        tasksGlob: opts.tasksGlob,
        shard: opts.shard,
        eventsFile: (0,external_node_path_.join)(opts.outDir, `${a.name}.events.jsonl`),
        agentLogsDir: (0,external_node_path_.join)(opts.outDir, `${a.name}.json.agent-logs`),
        resume: opts.resume,
        ref: opts.ref,
    })), (0,app_run/* onEngine */.e)(opts, session));
    const files = rankFiles(opts.outDir);
    if (outcomes.some((o) => o.interrupted))
        return { ranking: null, files, interrupted: true };
    files.results = arms.map((a, i) => {
        const file = (0,external_node_path_.join)(opts.outDir, `${a.name}.json`);
        (0,io/* writeJsonAtomic */.ZJ)(file, outcomes[i].results);
        return file;
    });
    const ranking = rankCandidates(arms.map((a, i) => ({ candidate: a.candidate.name, results: outcomes[i].results })), { alpha: opts.alpha });
    writeRanking(ranking, files, `${session.suite.value.name} × ${session.profile.value.name}`);
    return judged(ranking, files, opts.gate);
}
function judged(ranking, files, gate) {
    const judgedGate = rankGate(ranking, gate);
    return { ranking, files, interrupted: false, gate: judgedGate, gateReasons: rankGateReasons(judgedGate), terminal: rankingTerminal(ranking) };
}
function rankFiles(dir) {
    return { markdown: (0,external_node_path_.join)(dir, 'ranking.md'), svg: (0,external_node_path_.join)(dir, 'ranking.svg'), json: (0,external_node_path_.join)(dir, 'ranking.json'), results: [] };
}
function writeRanking(ranking, files, title) {
    (0,external_node_fs_.writeFileSync)(files.markdown, rankingMarkdown(ranking) + '\n');
    (0,external_node_fs_.writeFileSync)(files.svg, rankingSvg(ranking, `bakeoff rank: ${title}`));
    (0,io/* writeJsonAtomic */.ZJ)(files.json, rankingFile(ranking));
}
/** Results files of a ranking run (e.g. shards joined by `bakeoff merge`): each must name its candidate; one suite; every arm there. */
function armsFromFiles(paths) {
    const read = paths.map((file) => ({ file, results: (0,io/* readResults */.x8)(file) }));
    const arms = read.map(({ file, results }) => {
        const name = results.run.candidate?.name;
        if (name === undefined || !NAME.test(name))
            throw new errors/* ConfigError */.x(file, [
                {
                    path: 'run.candidate.name',
                    message: name === undefined ? 'is missing: this file is not from bakeoff rank' : `${JSON.stringify(name.slice(0, 40))} is not a candidate name`,
                    fix: 'pass the results-<candidate>-<multiplier>.json files bakeoff rank wrote',
                },
            ]);
        return { candidate: name, results, file };
    });
    const suites = new Set(arms.map((a) => `${a.results.suite.name}\0${a.results.profile.name}`));
    if (suites.size > 1)
        throw new errors/* ConfigError */.x(paths[0], [
            { path: 'suite.name', message: 'the files are runs of different suites or profiles', fix: 'rank runs of one suite under one profile' },
        ]);
    const key = (a) => `${a.candidate}@${(0,config_multiplier/* multiplierLabel */.QF)(a.results.profile.multiplier)}`;
    const seen = new Map();
    for (const a of arms) {
        const other = seen.get(key(a));
        if (other)
            throw new errors/* ConfigError */.x(a.file, [
                { path: 'run.candidate', message: `is ${key(a)}, as is ${other}`, fix: 'merge shards with bakeoff merge first' },
            ]);
        seen.set(key(a), a.file);
    }
    const candidates = [...new Set(arms.map((a) => a.candidate))];
    const multipliers = [...new Set(arms.map((a) => (0,config_multiplier/* multiplierLabel */.QF)(a.results.profile.multiplier)))];
    const missing = candidates.flatMap((c) => multipliers.filter((m) => !seen.has(`${c}@${m}`)).map((m) => `${c}@${m}`));
    if (missing.length)
        throw new errors/* ConfigError */.x(paths[0], [
            { path: 'run.candidate', message: `no results for ${missing.join(', ')}`, fix: 'pass one file per candidate and multiplier' },
        ]);
    if (candidates.length < 2)
        throw new errors/* ConfigError */.x(paths[0], [{ path: 'run.candidate', message: 'only one candidate', fix: 'rank two or more candidates' }]);
    return arms.map(({ candidate, results }) => ({ candidate, results }));
}
/** `rank --from` without a gate (bench/measure.ts times it). */
function rankFromFiles(paths, outDir, alpha) {
    const gate = { failIfIncumbentBeaten: false, failIfWorseThanIncumbent: [] };
    return rankArms(armsFromFiles(paths), { paths, outDir, alpha, gate });
}
/** The candidates that arms (e.g. read by armsFromFiles) ranked, each once. */
const candidatesOf = (arms) => [...new Set(arms.map((a) => a.candidate))];
/** Ranks arms read from `paths` (see armsFromFiles) and writes the three reports into `outDir`. */
function rankArms(arms, req) {
    (0,external_node_fs_.mkdirSync)(req.outDir, { recursive: true });
    const ranking = rankCandidates(arms, { alpha: req.alpha });
    const files = { ...rankFiles(req.outDir), results: [...req.paths] };
    writeRanking(ranking, files, `${ranking.suite} × ${ranking.profile}`);
    return judged(ranking, files, req.gate);
}
/** A gate naming a candidate the ranking does not have, or asking without an incumbent: what is wrong, else null. */
function gateProblem(candidates, req) {
    const named = [...(req.incumbent ? [req.incumbent] : []), ...req.failIfWorseThanIncumbent];
    const unknown = named.filter((n) => !candidates.includes(n));
    if (unknown.length)
        return `${unknown.join(', ')}: not among the candidates ranked (${candidates.join(', ')})`;
    if (!req.incumbent && (req.failIfIncumbentBeaten || req.failIfWorseThanIncumbent.length))
        return 'the gate compares with an incumbent: name it (incumbent / --incumbent)';
    return null;
}

// EXTERNAL MODULE: ./src/config/options.ts + 1 modules
var options = __webpack_require__(90866);
// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var commands_common = __webpack_require__(52090);
// EXTERNAL MODULE: ./src/commands/signals.ts
var signals = __webpack_require__(35055);
;// CONCATENATED MODULE: ./src/commands/rank.ts




function checkGate(candidates, gate) {
    const problem = gateProblem(candidates, gate);
    if (problem)
        throw new commands_common/* UsageError */.eb(problem);
}
/** The ranking on stdout; exit 1 when the gate asked for fails. */
function report(out, io) {
    io.stdout(`${out.terminal}written: ${out.files.markdown}, ${out.files.svg}, ${out.files.json}\n`);
    for (const reason of out.gateReasons)
        io.stderr(`bakeoff: gate failed: ${reason}\n`);
    return out.gate.fails ? commands_common/* EXIT */.dc.failed : commands_common/* EXIT */.dc.ok;
}
async function rankCommand(flags, io) {
    const alpha = options/* OPTION_RULES */._4.alpha.parse(flags.alpha ?? '0.05');
    if (alpha === undefined)
        throw new commands_common/* UsageError */.eb(`--alpha ${flags.alpha}: ${options/* OPTION_RULES */._4.alpha.expected}`);
    const gate = (0,options/* parseRankGate */.$d)(flags);
    if (flags.from?.length) {
        if (flags.suite || flags.profile)
            throw new commands_common/* UsageError */.eb('--from ranks results files already run; leave out --suite and --profile');
        const arms = armsFromFiles(flags.from);
        // Names in the gate checked before anything is written.
        checkGate(candidatesOf(arms), gate);
        return report(rankArms(arms, { paths: flags.from, outDir: flags.out, alpha, gate }), io);
    }
    if (!flags.suite || !flags.profile)
        throw new commands_common/* UsageError */.eb('rank needs --suite and --profile (or --from with the results files of a ranking run)');
    const common = { trials: flags.trials, concurrency: flags.concurrency, rankMultipliers: flags.multipliers, shard: flags.shard };
    const { trials, concurrency, rankMultipliers: multipliers, shard } = (0,commands_common/* parseCommonFlags */.Gc)(common, commands_common/* rankFlagOptions */.N6);
    const session = await (0,commands_common/* sessionFor */.w)({ suite: flags.suite, profile: flags.profile, build: flags.build }, io);
    const candidates = selectCandidates(session.suite, (0,options/* parseNames */.Gw)(flags.candidates));
    checkGate(candidates.map((c) => c.name), gate);
    return (0,signals/* withSignals */.M)(io, async (signal, exitCode) => {
        const out = await runRanking(session, {
            candidates,
            multipliers,
            outDir: flags.out,
            alpha,
            gate,
            trials,
            tasksGlob: flags.tasks,
            shard,
            resume: Boolean(flags.resume),
            ref: (0,commands_common/* detectRef */.Vt)(flags.suite),
            concurrency,
            signal,
            checks: { where: 'cli', allowMissingImages: Boolean(flags.allowMissingImages) },
        });
        if (out.interrupted) {
            io.stderr(`bakeoff: rank interrupted; finished trials are in ${flags.out}/*.events.jsonl: run the same command with --resume to finish\n`);
            return exitCode();
        }
        return report(out, io);
    });
}


/***/ })

};
