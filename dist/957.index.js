export const id = 957;
export const ids = [957];
export const modules = {

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

/***/ 65480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
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
    const tmp = `${file}.tmp-${process.pid}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify(value, null, 2) + '\n');
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
    /** A Harbor verifier's reward (reward.txt, or reward.json's "reward"); null when it wrote none that parses. Absent for bakeoff's own tasks. */
    reward: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
    /** Where this trial's /logs/agent was kept: a tar under the run's agent-logs directory (`<results>.agent-logs/`), for Harbor tasks. */
    agentLogs: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** What the agent reported about itself through $BAKEOFF_METRICS (finite numbers only). */
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricValue).optional(),
    /** Under an egress allow-list: each destination the agent tried (host:port), allowed or denied, with its traffic. */
    egress: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        destination: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        allowed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        connections: count,
        bytesOut: count,
        bytesIn: count,
        connectFailures: count,
        /**
         * Absent in older files and on what was allowed. Why it was denied: no rule names this host:port,
         * or the rule that names it may not reach the address it resolved to.
         */
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['no-rule', 'address-refused']).optional(),
        /** no-rule: a rule naming the host on other ports; address-refused: the rule that refused. */
        rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** address-refused: the address the name resolved to that the rule may not reach. */
        address: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }))
        .optional(),
});
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
    /** The verify phase's network, when the profile gives it one apart from the agent's. */
    verifyNetwork: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['none', 'bridge']).optional(),
    timeouts: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ setupMs: count, agentMs: count, verifyMs: count }),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ infra: count }),
    /** Absent in files written before they were recorded: the image's user, a writable root. */
    user: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional(),
    readOnlyRoot: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
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
        /** The candidate of a ranking run (`bakeoff rank`): its name, command and environment values. */
        candidate: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }).optional(),
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }),
    suite: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        tasks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            trials: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
            /** A Harbor task's own resource requests ([environment] cpus, memory, storage); the profile's caps are what applied. */
            declared: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ cpus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(), memoryBytes: count.optional(), storageBytes: count.optional() }).optional(),
            /** Under basis: task, the ceilings this task's trials really got. */
            applied: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ cpus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(), memoryBytes: count.nullable() }).optional(),
            /** The timeouts this task's trials ran under, when the suite or the task tightened the profile's (absent: the profile's). */
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


/***/ })

};
