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

// EXTERNAL MODULE: ./src/results/group.ts
var group = __webpack_require__(44461);
// EXTERNAL MODULE: ./src/compare/random.ts
var random = __webpack_require__(65332);
// EXTERNAL MODULE: ./src/compare/stats.ts
var stats = __webpack_require__(64856);
;// CONCATENATED MODULE: ./src/compare/plan.ts



const TRIALS = [1, 3, 5, 10];
const TASK_FACTORS = [1, 2, 4];
/** Observed per-task pass rates: passes over valid trials. */
function taskRates(base) {
    return [...(0,group/* groupBy */.$)(base.trials, (t) => t.task).values()].flatMap((trials) => {
        const valid = trials.filter((t) => t.outcome !== 'error');
        return valid.length ? [valid.filter((t) => t.outcome === 'pass').length / valid.length] : [];
    });
}
/** Fraction of simulated runs in which the drop is found (p < α, Δ < 0), tasks resampled from the observed rates. */
function simulatePower(rates, tasks, trials, req, rand) {
    const sims = req.simulations ?? 200;
    let found = 0;
    const binomial = (p) => {
        let k = 0;
        for (let i = 0; i < trials; i++)
            if (rand() < p)
                k++;
        return k / trials;
    };
    for (let s = 0; s < sims; s++) {
        const diffs = [];
        for (let i = 0; i < tasks; i++) {
            const p = rates[(rand() * rates.length) | 0];
            diffs.push(binomial(Math.max(0, p - req.mde)) - binomial(p));
        }
        const mean = diffs.reduce((a, b) => a + b, 0) / tasks;
        if (mean < 0 && pDrop(diffs, trials, s) < req.alpha)
            found++;
    }
    return found / sims;
}
/**
 * The sign-flip p for a drop: exact (as the verdict computes it) up to 100 tasks; above, its normal
 * approximation — the statistic Σd_i·ε_i has mean 0 and variance Σd_i² under the null, and with
 * over 100 bounded terms the normal tail is within simulation error of the exact one.
 */
function pDrop(diffs, trials, seed) {
    if (diffs.length <= 100)
        return (0,stats/* signFlipTest */.tf)(diffs, { alternative: 'less', denominators: [trials], draws: 2000, seed: seed + 1 })?.pValue ?? 1;
    return (0,stats/* signFlipNormal */.k9)(diffs, 'less');
}
/** The smallest drop found with the power asked, at the suite's own task count: bisection on simulated power, to half a point. */
function simulatedMde(rates, trials, req, rand) {
    const powerAt = (drop) => simulatePower(rates, rates.length, trials, { ...req, mde: drop }, rand);
    if (powerAt(1) < req.power)
        return null;
    let lo = 0;
    let hi = 1;
    while (hi - lo > 0.005) {
        const mid = (lo + hi) / 2;
        if (powerAt(mid) >= req.power)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}
function planGate(base, req) {
    const rates = taskRates(base);
    const meanRate = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : 0;
    const rand = (0,random/* xorshift32 */.x)(req.seed ?? 20261129);
    const designs = [];
    if (rates.length) {
        for (const factor of TASK_FACTORS) {
            for (const trials of TRIALS) {
                const tasks = rates.length * factor;
                designs.push({ tasks, trials, power: simulatePower(rates, tasks, trials, req, rand) });
            }
        }
    }
    const reaching = designs.filter((d) => d.power >= req.power).sort((a, b) => a.tasks * a.trials - b.tasks * b.trials || a.trials - b.trials);
    const mdeAt = [1, 3, 5].map((trials) => ({ trials, mde: rates.length ? simulatedMde(rates, trials, req, rand) : null }));
    return { observedTasks: rates.length, meanRate, designs, recommended: reaching[0] ?? null, mdeAt };
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
    return [
        `Base: ${plan.observedTasks} tasks with a valid trial, mean pass rate ${(0,format/* pct */.Oe)(plan.meanRate)}.`,
        '',
        `Power to detect a drop of ${drop} (α = ${req.alpha}, one-sided paired sign-flip test, simulated):`,
        '',
        `| tasks | ${trials.map((k) => `× ${k} trial${k === 1 ? '' : 's'}`).join(' | ')} |`,
        `|---:|${trials.map(() => '---:').join('|')}|`,
        ...tasks.map((t) => `| ${t} | ${trials.map((k) => cell(t, k)).join(' | ')} |`),
        '',
        recommendation(plan, req, drop),
        '',
        `The suite as it stands (${plan.observedTasks} tasks) detects, with ${Math.round(req.power * 100)}% power: ` +
            plan.mdeAt.map((m) => `${m.mde === null ? '—' : (0,format/* pts */.UM)(m.mde).replace('+', '')} at ${m.trials} trial${m.trials === 1 ? '' : 's'}`).join(', ') +
            '.',
    ].join('\n');
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
    const base = (0,results_io/* readResults */.x8)(flags.base);
    const req = { mde, alpha, power };
    io.stdout(planText(planGate(base, req), req) + '\n');
    return common/* EXIT */.dc.ok;
}


/***/ })

};
