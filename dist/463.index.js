export const id = 463;
export const ids = [463];
export const modules = {

/***/ 1463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/config/options.ts
var options = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/results/group.ts
var group = __webpack_require__(44461);
// EXTERNAL MODULE: ./src/compare/random.ts
var random = __webpack_require__(65332);
// EXTERNAL MODULE: ./src/compare/stats.ts
var stats = __webpack_require__(64856);
;// CONCATENATED MODULE: ./src/compare/plan.ts
/**
 * Sizing a gate from a base run: how many tasks × trials make the gate catch a given drop, by
 * simulation with the gate's own rule (the one-sided paired sign-flip p < α and a drop of at least
 * max-drop), and the other way round the drop the suite as it stands catches at 1, 3 and 5 trials.
 * The tasks' true rates are not their observed pass fractions (with one trial every one is 0 or 1):
 * they are drawn from each task's posterior under a beta-binomial fit across tasks
 * (docs/design.md §7). Pure and seeded.
 */




const TRIALS = [1, 3, 5, 10];
const TASK_FACTORS = [1, 2, 4];
/** Draws kept from each task's posterior: a simulated task is one of them. */
const POOL = 32;
/** Beta prior weight a + b never below this: a base of only always-pass and always-fail tasks still leaves each some noise. */
const LEAST_PRIOR_WEIGHT = 1;
function taskCounts(base) {
    return [...(0,group/* groupBy */.$)(base.trials, (t) => t.task).values()].flatMap((trials) => {
        const valid = trials.filter((t) => t.outcome !== 'error').length;
        return valid ? [{ pass: trials.filter((t) => t.outcome === 'pass').length, valid }] : [];
    });
}
/**
 * Method-of-moments beta-binomial fit: the pooled rate, and ρ from the spread of the tasks' pass
 * fractions, Σ t_i (p_i − p)² ≈ p(1−p)·[(N − 1) + ρ·(Σ(t_i − 1) − Σ t_i(t_i − 1)/T)]. With one
 * trial per task the bracket's ρ term vanishes: ρ cannot be estimated, and is null.
 */
function fitBetaBinomial(tasks) {
    const total = tasks.reduce((a, t) => a + t.valid, 0);
    const mean = tasks.reduce((a, t) => a + t.pass, 0) / total;
    const identifying = tasks.reduce((a, t) => a + (t.valid - 1) - (t.valid * (t.valid - 1)) / total, 0);
    if (identifying <= 1e-9 || mean <= 0 || mean >= 1)
        return { mean, correlation: identifying <= 1e-9 ? null : 0 };
    const spread = tasks.reduce((a, t) => a + t.valid * (t.pass / t.valid - mean) ** 2, 0) / (mean * (1 - mean));
    const rho = (spread - (tasks.length - 1)) / identifying;
    return { mean, correlation: Math.min(1, Math.max(0, rho)) };
}
/** Standard normal by Box–Muller. */
function normal(rand) {
    return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}
/** Gamma(shape, 1) by Marsaglia–Tsang; below shape 1 through Gamma(shape + 1)·U^(1/shape). */
function gamma(shape, rand) {
    if (shape < 1)
        return gamma(shape + 1, rand) * (1 - rand()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        const z = normal(rand);
        const v = (1 + c * z) ** 3;
        if (v <= 0)
            continue;
        const u = 1 - rand();
        if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v))
            return d * v;
    }
}
function beta(a, b, rand) {
    const x = gamma(a, rand);
    return x / (x + gamma(b, rand));
}
/** Per base task, rates drawn from its posterior Beta(a + passes, b + fails); one rate, the mean, when ρ is 0 or unknown. */
function ratePools(tasks, fit, rand) {
    const rho = fit.correlation ?? 0;
    if (rho === 0 || fit.mean <= 0 || fit.mean >= 1)
        return tasks.map(() => [fit.mean]);
    const weight = Math.max(LEAST_PRIOR_WEIGHT, (1 - rho) / rho);
    const a = fit.mean * weight;
    const b = (1 - fit.mean) * weight;
    return tasks.map((t) => Array.from({ length: POOL }, () => beta(a + t.pass, b + t.valid - t.pass, rand)));
}
/**
 * Fraction of simulated runs in which the gate fails on the drop. A drop of δ scales every task's
 * rate by (1 − δ/p̄), p̄ the mean rate, so the suite's mean falls by δ and no rate leaves [0, 1].
 */
function simulatePower(pools, mean, tasks, trials, drop, req, rand) {
    const sims = req.simulations ?? 200;
    const keep = mean > 0 ? Math.max(0, 1 - drop / mean) : 0;
    const binomial = (p) => {
        let k = 0;
        for (let i = 0; i < trials; i++)
            if (rand() < p)
                k++;
        return k / trials;
    };
    let found = 0;
    for (let s = 0; s < sims; s++) {
        const diffs = [];
        let sum = 0;
        for (let i = 0; i < tasks; i++) {
            const pool = pools[(rand() * pools.length) | 0];
            const p = pool[(rand() * pool.length) | 0];
            const d = binomial(p * keep) - binomial(p);
            diffs.push(d);
            sum += d;
        }
        const delta = sum / tasks;
        if (delta < 0 && -delta >= req.maxDrop - 1e-9 && pDrop(diffs, trials, s) < req.alpha)
            found++;
    }
    return found / sims;
}
/**
 * The sign-flip p for a drop: exact (as the verdict computes it) up to 100 tasks; above, its normal
 * approximation — with over 100 bounded terms the normal tail is within simulation error of the exact one.
 */
function pDrop(diffs, trials, seed) {
    if (diffs.length <= 100)
        return (0,stats/* signFlipTest */.tf)(diffs, { alternative: 'less', denominators: [trials], draws: 2000, seed: seed + 1 })?.pValue ?? 1;
    return (0,stats/* signFlipNormal */.k9)(diffs, 'less');
}
function planGate(base, given) {
    const req = { ...given, maxDrop: given.maxDrop ?? options/* DEFAULT_THRESHOLDS */.JJ.maxDrop };
    const counts = taskCounts(base);
    const rand = (0,random/* xorshift32 */.x)(req.seed ?? 20261129);
    const fit = counts.length ? fitBetaBinomial(counts) : { mean: 0, correlation: null };
    const pools = ratePools(counts, fit, rand);
    const powerAt = (tasks, trials, drop) => simulatePower(pools, fit.mean, tasks, trials, drop, req, rand);
    const designs = [];
    if (counts.length) {
        for (const factor of TASK_FACTORS) {
            for (const trials of TRIALS)
                designs.push({ tasks: counts.length * factor, trials, power: powerAt(counts.length * factor, trials, req.mde) });
        }
    }
    const reaching = designs.filter((d) => d.power >= req.power).sort((a, b) => a.tasks * a.trials - b.tasks * b.trials || a.trials - b.trials);
    const mdeAt = [1, 3, 5].map((trials) => ({
        trials,
        mde: counts.length ? smallestCaught((drop) => powerAt(counts.length, trials, drop), fit.mean, req.power) : null,
    }));
    return {
        observedTasks: counts.length,
        meanRate: fit.mean,
        correlation: fit.correlation,
        maxDrop: req.maxDrop,
        designs,
        recommended: reaching[0] ?? null,
        mdeAt,
    };
}
/** The smallest drop caught with the power asked: bisection on simulated power, to half a point, up to the whole mean rate. */
function smallestCaught(powerAt, mean, power) {
    if (mean <= 0 || powerAt(mean) < power)
        return null;
    let lo = 0;
    let hi = mean;
    while (hi - lo > 0.005) {
        const mid = (lo + hi) / 2;
        if (powerAt(mid) >= power)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

// EXTERNAL MODULE: ./src/results/io.ts
var results_io = __webpack_require__(65480);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/plan.ts

function planText(plan, req) {
    const trials = [...new Set(plan.designs.map((d) => d.trials))];
    const tasks = [...new Set(plan.designs.map((d) => d.tasks))];
    const cell = (t, k) => {
        const d = plan.designs.find((x) => x.tasks === t && x.trials === k);
        return `${Math.round(d.power * 100)}%`;
    };
    const drop = (0,format/* pts */.UM)(req.mde).replace('+', '');
    const gate = `p < ${req.alpha} in the one-sided paired sign-flip test and a drop of at least ${(0,format/* pts */.UM)(plan.maxDrop).replace('+', '')}`;
    return [
        `Base: ${plan.observedTasks} tasks with a valid trial, mean pass rate ${(0,format/* pct */.Oe)(plan.meanRate)}. ${ratesSentence(plan)}`,
        '',
        `Power of the gate (it fails on ${gate}) to catch a drop of ${drop}, simulated:`,
        '',
        `| tasks | ${trials.map((k) => `× ${k} trial${k === 1 ? '' : 's'}`).join(' | ')} |`,
        `|---:|${trials.map(() => '---:').join('|')}|`,
        ...tasks.map((t) => `| ${t} | ${trials.map((k) => cell(t, k)).join(' | ')} |`),
        '',
        recommendation(plan, req, drop),
        '',
        `The gate on the suite as it stands (${plan.observedTasks} tasks) catches, with ${Math.round(req.power * 100)}% power: ` +
            plan.mdeAt.map((m) => `${m.mde === null ? '—' : (0,format/* pts */.UM)(m.mde).replace('+', '')} at ${m.trials} trial${m.trials === 1 ? '' : 's'}`).join(', ') +
            '.',
    ].join('\n');
}
/** How the tasks' true rates were estimated: what the powers below rest on. */
function ratesSentence(plan) {
    if (plan.correlation === null)
        return ('With one trial per task, steady tasks cannot be told from flaky ones: every task is taken at the mean rate, ' +
            'the noisiest case, so the powers below are at the low end.');
    return `Task rates: a beta-binomial fit across tasks (intra-task correlation ${plan.correlation.toFixed(2)}), each task drawn from its posterior.`;
}
function recommendation(plan, req, drop) {
    const power = `${Math.round(req.power * 100)}%`;
    const rec = plan.recommended;
    if (!rec)
        return `No design tried reaches ${power} power for a ${drop} drop: add tasks, or gate on a larger drop.`;
    const trials = `${rec.trials} trial${rec.trials === 1 ? '' : 's'}`;
    return `Recommended: ${rec.tasks} tasks × ${trials} (${Math.round(rec.power * 100)}% power ≥ ${power}), the cheapest design that reaches it.`;
}

// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var common = __webpack_require__(52090);
;// CONCATENATED MODULE: ./src/commands/plan.ts




/** "5pts", "5", "0.05" → 0.05. */
function parseDrop(raw) {
    const m = /^(\d+(?:\.\d+)?)\s*(pts?)?$/.exec(raw.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const fraction = m[2] || n >= 1 ? n / 100 : n;
    return fraction > 0 && fraction < 1 ? fraction : undefined;
}
async function planCommand(flags, io) {
    const mde = parseDrop(flags.mde ?? '5pts');
    if (mde === undefined)
        throw new common/* UsageError */.eb(`--mde ${flags.mde}: must be a drop in points (5pts) or a fraction (0.05)`);
    const alpha = Number(flags.alpha ?? 0.05);
    const power = Number(flags.power ?? 0.8);
    if (!(alpha > 0 && alpha < 1))
        throw new common/* UsageError */.eb(`--alpha ${flags.alpha}: must be a fraction between 0 and 1 (e.g. 0.05)`);
    if (!(power > 0 && power < 1))
        throw new common/* UsageError */.eb(`--power ${flags.power}: must be a fraction between 0 and 1 (e.g. 0.8)`);
    const maxDrop = Number(flags.maxDrop ?? 0.03);
    if (!(maxDrop >= 0 && maxDrop < 1))
        throw new common/* UsageError */.eb(`--max-drop ${flags.maxDrop}: must be a fraction between 0 and 1 (e.g. 0.03)`);
    const base = (0,results_io/* readResults */.x8)(flags.base);
    const req = { mde, alpha, power, maxDrop };
    io.stdout(planText(planGate(base, req), req) + '\n');
    return common/* EXIT */.dc.ok;
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


/***/ })

};
