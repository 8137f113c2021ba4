export const id = 129;
export const ids = [129];
export const modules = {

/***/ 42129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/config/options.ts + 1 modules
var options = __webpack_require__(90866);
// EXTERNAL MODULE: ./src/results/group.ts
var group = __webpack_require__(44461);
// EXTERNAL MODULE: ./src/compare/random.ts
var random = __webpack_require__(65332);
// EXTERNAL MODULE: ./src/compare/stats.ts
var stats = __webpack_require__(64856);
;// CONCATENATED MODULE: ./src/compare/gate-sizing.ts
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
function sizeGate(base, given) {
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
var io = __webpack_require__(65480);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/gate-sizing.ts

function gateSizingText(sizing, req) {
    if (sizing.observedTasks === 0)
        return ('Base: 0 tasks with a valid trial (every trial an error, or none at all): there is nothing to size a gate from. ' +
            'Size it from a base run whose trials ran.');
    const trials = [...new Set(sizing.designs.map((d) => d.trials))];
    const tasks = [...new Set(sizing.designs.map((d) => d.tasks))];
    const cell = (t, k) => {
        const d = sizing.designs.find((x) => x.tasks === t && x.trials === k);
        return `${Math.round(d.power * 100)}%`;
    };
    const drop = (0,format/* unsignedPts */.b8)(req.mde);
    const gate = `p < ${req.alpha} in the one-sided paired sign-flip test and a drop of at least ${(0,format/* unsignedPts */.b8)(sizing.maxDrop)}`;
    return [
        `Base: ${sizing.observedTasks} tasks with a valid trial, mean pass rate ${(0,format/* pct */.Oe)(sizing.meanRate)}. ${ratesSentence(sizing)}`,
        '',
        `Power of the gate (it fails on ${gate}) to catch a drop of ${drop}, simulated:`,
        '',
        `| tasks | ${trials.map((k) => `× ${k} trial${k === 1 ? '' : 's'}`).join(' | ')} |`,
        `|---:|${trials.map(() => '---:').join('|')}|`,
        ...tasks.map((t) => `| ${t} | ${trials.map((k) => cell(t, k)).join(' | ')} |`),
        '',
        recommendation(sizing, req, drop),
        '',
        `The gate on the suite as it stands (${sizing.observedTasks} tasks) catches, with ${Math.round(req.power * 100)}% power: ` +
            sizing.mdeAt.map((m) => `${(0,format/* orDash */.gR)(m.mde, format/* unsignedPts */.b8)} at ${m.trials} trial${m.trials === 1 ? '' : 's'}`).join(', ') +
            '.',
    ].join('\n');
}
/** How the tasks' true rates were estimated: what the powers below rest on. */
function ratesSentence(sizing) {
    if (sizing.correlation === null)
        return ('With one trial per task, steady tasks cannot be told from flaky ones: every task is taken at the mean rate, ' +
            'the noisiest case, so the powers below are at the low end.');
    return `Task rates: a beta-binomial fit across tasks (intra-task correlation ${sizing.correlation.toFixed(2)}), each task drawn from its posterior.`;
}
function recommendation(sizing, req, drop) {
    const power = `${Math.round(req.power * 100)}%`;
    const rec = sizing.recommended;
    if (!rec)
        return `No design tried reaches ${power} power for a ${drop} drop: add tasks, or gate on a larger drop.`;
    const trials = `${rec.trials} trial${rec.trials === 1 ? '' : 's'}`;
    return `Recommended: ${rec.tasks} tasks × ${trials} (${Math.round(rec.power * 100)}% power ≥ ${power}), the cheapest design that reaches it.`;
}

;// CONCATENATED MODULE: ./src/app/gate-sizing.ts
/** `plan`: how large a gate must be to catch a drop, sized from a base run (docs/design.md §7). */



/** The sizing of a gate from the base run in `baseFile`, as text. */
function sizeGateFromFile(baseFile, req) {
    return sizeGateText((0,io/* readResults */.x8)(baseFile), req);
}
function sizeGateText(base, req) {
    return gateSizingText(sizeGate(base, req), req);
}
/** The gate as configured (its α and max-drop) sized for a 5-point drop at 80% power: what the Action shows on pushes to the base branch. */
function sizeConfiguredGate(head, thresholds) {
    return sizeGateText(head, { mde: 0.05, alpha: thresholds.alpha, power: 0.8, maxDrop: thresholds.maxDrop });
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
    io.stdout(sizeGateFromFile(flags.base, { mde, alpha, power, maxDrop }) + '\n');
    return common/* EXIT */.dc.ok;
}


/***/ })

};
