export const id = 468;
export const ids = [468];
export const modules = {

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
// EXTERNAL MODULE: ./src/config/options.ts
var options = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/compare/verdict.ts
var compare_verdict = __webpack_require__(57682);
// EXTERNAL MODULE: ./src/compare/efficiency.ts
var compare_efficiency = __webpack_require__(67518);
// EXTERNAL MODULE: ./src/results/summary.ts
var summary = __webpack_require__(64042);
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
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
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
    const gcd = (a, b) => (b ? gcd(b, a % b) : a);
    let step = 1;
    for (let i = 0; i < trialsBase.length; i++)
        step = Math.min(step, gcd(trialsBase[i], trialsHead[i]) / (trialsBase[i] * trialsHead[i]));
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
    const baseRate = mean(paired.map((r) => r.base.rate));
    const headRate = mean(paired.map((r) => r.head.rate));
    const delta = mean(diffs);
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
    const notes = [];
    if (paired.length === 0)
        notes.push('No task has a valid trial on both sides: nothing could be compared, and the gate fails.');
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
        notes,
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
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64856);

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
    const squares = xs.reduce((a, x) => a + x * x, 0);
    return xs.length > 200 && squares > 0 && xs.every((x) => x * x <= 0.05 * squares);
}
/** The one-sided sign-flip p for "head costs more": under H0 each log ratio's sign is a fair coin. */
function pRise(logRatios) {
    return nearlyNormal(logRatios) ? (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .signFlipNormal */ .k9)(logRatios, 'greater') : ((0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .signFlipTest */ .tf)(logRatios, { alternative: 'greater' })?.pValue ?? null);
}
/** The 95% interval of the mean log ratio: bootstrap over tasks, or mean ± z·s/√n where that is as good. */
function meanLogCI(logRatios, meanLog) {
    if (logRatios.every((x) => x === logRatios[0]))
        return [meanLog, meanLog];
    const centred = logRatios.map((x) => x - meanLog);
    if (!nearlyNormal(centred))
        return (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .bootstrapMeanCI */ .GW)(logRatios);
    const n = logRatios.length;
    const halfWidth = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(0.975) * Math.sqrt(centred.reduce((a, x) => a + x * x, 0) / (n - 1) / n);
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
        const meanLog = logRatios.reduce((a, x) => a + x, 0) / logRatios.length;
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
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65332);
/**
 * Paired statistics over tasks (docs/design.md §7). The task is the unit: trials of a task are never
 * pooled as independent observations. Pure functions, no I/O.
 */

function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
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
        scale = (scale / gcd(scale, d)) * d;
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
            ...midPTails(dist, scaled.ks.reduce((a, b) => a + b, 0)),
            method: 'exact',
        };
    return { ...monteCarloTails(nonzero, opts.draws ?? 20_000, opts.seed ?? _random_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SEED */ .K), method: 'monte-carlo' };
}
/**
 * The one-sided sign-flip p by the statistic's normal limit: Σd_i·ε_i has mean 0 and variance Σd_i²
 * under H0. Callers use it where many bounded terms make the normal tail as good as the exact one.
 */
function signFlipNormal(diffs, alternative) {
    const squares = diffs.reduce((a, d) => a + d * d, 0);
    if (squares === 0)
        return 0.5;
    const z = diffs.reduce((a, d) => a + d, 0) / Math.sqrt(squares);
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
    const total = relative.reduce((a, b) => a + b, 0);
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
    const rand = (0,_random_js__WEBPACK_IMPORTED_MODULE_0__/* .xorshift32 */ .x)(seed);
    const observed = diffs.reduce((a, b) => a + b, 0);
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
    let x = (opts.seed ?? _random_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SEED */ .K) >>> 0 || 0x9e3779b9;
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


/***/ })

};
