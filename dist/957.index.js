export const id = 957;
export const ids = [957];
export const modules = {

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
/* harmony export */   GW: () => (/* binding */ bootstrapMeanCI),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   i8: () => (/* binding */ signFlipBothWays),
/* harmony export */   k9: () => (/* binding */ signFlipNormal),
/* harmony export */   nv: () => (/* binding */ minimumDetectableEffect),
/* harmony export */   tf: () => (/* binding */ signFlipTest)
/* harmony export */ });
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
/**
 * Minimum detectable effect: the smallest drop in success rate the paired test finds with
 * probability `power` at level α, for this many tasks and trials.
 *   normal part: (z_{1−α} + z_power) · σ_d / √n, where σ_d² = p̄(1−p̄)(1/t_base + 1/t_head) is the
 *     variance of a task's difference if its trials were Bernoulli at the pooled rate p̄ — an upper
 *     bound on the between-trial noise, so the MDE errs on the side of "needs more tasks";
 *   discreteness floor: the exact one-sided mid-p test cannot reach p < α with fewer than k flipped
 *     tasks, k the smallest with ½^(k+1) < α, so no drop below k/n is detectable.
 */
function minimumDetectableEffect(opts) {
    const { tasks: n, pooledRate: p, alpha } = opts;
    if (n <= 0 || opts.trialsBase <= 0 || opts.trialsHead <= 0)
        return null;
    const power = opts.power ?? 0.8;
    const variance = p * (1 - p) * (1 / opts.trialsBase + 1 / opts.trialsHead);
    const normal = ((normalQuantile(1 - alpha) + normalQuantile(power)) * Math.sqrt(variance)) / Math.sqrt(n);
    let k = 1;
    while (0.5 ** (k + 1) >= alpha)
        k++;
    return Math.min(1, Math.max(normal, k / n));
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
/* harmony export */   Hq: () => (/* binding */ medianPeakMemory),
/* harmony export */   L: () => (/* binding */ taskCountsText),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Sw: () => (/* binding */ verdictTitle),
/* harmony export */   UM: () => (/* binding */ pts),
/* harmony export */   YP: () => (/* binding */ interval),
/* harmony export */   cW: () => (/* binding */ shape),
/* harmony export */   dE: () => (/* binding */ medianAgentTime)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/* harmony import */ var _results_median_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49214);
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
function medianPeakMemory(r) {
    const m = (0,_results_median_js__WEBPACK_IMPORTED_MODULE_1__/* .medianOf */ .u)(r.trials, (t) => t.peakMemoryBytes);
    return m === null ? '—' : (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(m);
}
function medianAgentTime(r) {
    const m = (0,_results_median_js__WEBPACK_IMPORTED_MODULE_1__/* .medianOf */ .u)(r.trials, (t) => t.agentDurationMs);
    return m === null ? '—' : (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(m);
}
/** A task's counts on one side: passes of valid trials, then limits and errors when there are any. */
function taskCountsText(c) {
    return `${c.pass}/${c.trials - c.error} pass${c.limit ? `, ${c.limit} limit` : ''}${c.error ? `, ${c.error} error` : ''}`;
}
function shape(r) {
    const tasks = r.summary.tasks;
    const trials = r.summary.trials;
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

/***/ 66303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ RESULTS_SCHEMA),
/* harmony export */   Ke: () => (/* binding */ resultsJsonSchema),
/* harmony export */   WI: () => (/* binding */ trialSchema),
/* harmony export */   sy: () => (/* binding */ resultsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98439);
/* harmony import */ var _config_multiplier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56339);
/** The results file (docs/design.md §6), as a zod schema: the single source of the types, the loader and the shipped JSON Schema. */


const RESULTS_SCHEMA = 'bakeoff.results/v1';
const outcomeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'limit', 'error']);
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0);
const nullableInt = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nullable();
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
    cpuSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).nullable(),
    agentExitCode: nullableInt,
    verifyExitCode: nullableInt,
    logTail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** A Harbor verifier's reward (reward.txt, or reward.json's "reward"); null when it wrote none that parses. Absent for bakeoff's own tasks. */
    reward: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().optional(),
    /** Where this trial's /logs/agent was kept: a tar under the run's agent-logs directory (`<results>.agent-logs/`), for Harbor tasks. */
    agentLogs: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** What the agent reported about itself through $BAKEOFF_METRICS (finite numbers only). */
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).optional(),
    /** Under an egress allow-list: each destination the agent tried (host:port), allowed or denied, with its traffic. */
    egress: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        destination: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        allowed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        connections: count,
        bytesOut: count,
        bytesIn: count,
        connectFailures: count,
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


/***/ })

};
