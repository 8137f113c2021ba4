export const id = 396;
export const ids = [396];
export const modules = {

/***/ 46396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/app/preflight.ts
var preflight = __webpack_require__(1424);
// EXTERNAL MODULE: ./src/runner/run.ts + 11 modules
var run = __webpack_require__(23258);
;// CONCATENATED MODULE: ./src/app/run.ts

async function runSuite(session, request, shared) {
    const [outcome] = await (0,run/* runInterleaved */.Ns)([{ suite: session.suite, profile: session.profile, ...request }], { ...shared, backend: session.backend });
    return outcome;
}

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/results/group.ts
var group = __webpack_require__(44461);
// EXTERNAL MODULE: ./src/results/median.ts
var median = __webpack_require__(49214);
;// CONCATENATED MODULE: ./src/results/durations.ts
/** Typical trial duration per task from an earlier results file: what shard balancing weighs tasks by. Pure. */


function medianDurations(r) {
    const out = new Map();
    for (const [task, trials] of (0,group/* groupBy */.$)(r.trials, (t) => t.task))
        out.set(task, Math.max(1, (0,median/* median */.J)(trials.map((t) => t.durationMs))));
    return out;
}

// EXTERNAL MODULE: ./src/results/io.ts
var results_io = __webpack_require__(65480);
// EXTERNAL MODULE: ./src/config/egress.ts
var egress = __webpack_require__(16659);
// EXTERNAL MODULE: ./src/config/multiplier.ts
var multiplier = __webpack_require__(56339);
// EXTERNAL MODULE: ./src/compare/egress.ts
var compare_egress = __webpack_require__(12440);
// EXTERNAL MODULE: ./src/results/declared.ts
var declared = __webpack_require__(73674);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/run-summary.ts
/** The table printed at the end of `bakeoff run`: per task outcome counts, then the totals. Pure. */










function runSummary(results) {
    const byTask = (0,group/* groupBy */.$)(results.trials, (t) => t.task);
    const rows = [...byTask.entries()].map(([task, trials]) => {
        const count = (o) => String(trials.filter((t) => t.outcome === o).length);
        const reasons = [...new Set(trials.map((t) => t.reason).filter(Boolean))].join(', ');
        const retried = trials.reduce((n, t) => n + t.attempts.length - 1, 0);
        const peak = (0,median/* medianOf */.u)(trials, (t) => t.peakMemoryBytes);
        return [task, count('pass'), count('fail'), count('limit'), count('error'), String(retried), peak === null ? '—' : (0,units/* formatBytes */.z3)(peak), reasons];
    });
    const s = results.summary;
    const ci = s.successRateCI95 ? ` (95% CI ${(0,format/* pct */.Oe)(s.successRateCI95[0])}–${(0,format/* pct */.Oe)(s.successRateCI95[1])})` : '';
    const caps = results.profile.resolved;
    return [
        (0,table/* textTable */.e)(['task', 'pass', 'fail', 'limit', 'error', 'retried', 'peak mem', 'reasons'], rows, [false, true, true, true, true, true, true, false]),
        '',
        `${(0,units/* plural */.LS)(s.trials, 'trial')} of ${(0,units/* plural */.LS)(s.tasks, 'task')}: ${s.pass} pass, ${s.fail} fail, ${s.limit} limit, ${s.error} error`,
        `success rate ${(0,format/* pct */.Oe)(s.successRate)}${ci} · infra-error rate ${(0,format/* pct */.Oe)(s.infraErrorRate)} · limit rate ${(0,format/* pct */.Oe)(s.limitRate)}`,
        `profile ${results.profile.name} at ${(0,multiplier/* multiplierLabel */.QF)(results.profile.multiplier)}: ${caps.cpus ?? 'no'} CPU, ` +
            `${caps.memoryBytes === null ? 'no memory cap' : (0,units/* formatBytes */.z3)(caps.memoryBytes)}, ${caps.pids} pids, network ${caps.network}` +
            (caps.verifyNetwork ? ` (verify: ${caps.verifyNetwork})` : ''),
        ...(0,declared/* declaredOverCaps */.I)(results).map((l) => `above the caps: ${l}`),
        ...(results.suite.skipped ?? []).map((t) => `skipped: ${t.id}: ${t.reason}`),
        ...egressLines(results),
    ].join('\n');
}
/** Under an egress allow-list: each destination tried over the run, allowed or denied and why, most used first. */
function egressLines(results) {
    if (!results.trials.some((t) => t.egress))
        return [];
    const use = (0,compare_egress/* egressUse */.h)(results);
    if (use.length === 0)
        return ['egress: the agent tried no destination'];
    const shown = use
        .slice(0, 12)
        .map((u) => `${(0,report_escape/* escapeTerminal */.en)(u.destination, 80)} ${u.allowed ? 'allowed' : 'DENIED'} ${u.connections}×` +
        (u.connectFailures ? ` (${u.connectFailures} failed)` : '') +
        (u.refusal ? ` (${(0,report_escape/* escapeTerminal */.en)((0,egress/* refusalBrief */.T1)(u.refusal), 200)})` : ''));
    return [`egress: ${shown.join('; ')}${use.length > 12 ? `; … ${use.length - 12} more` : ''}`];
}

// EXTERNAL MODULE: ./src/runner/plan.ts
var plan = __webpack_require__(97407);
// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var common = __webpack_require__(52090);
// EXTERNAL MODULE: ./src/commands/signals.ts
var signals = __webpack_require__(35055);
;// CONCATENATED MODULE: ./src/commands/run.ts









function errorReasons(r) {
    const counts = new Map();
    for (const t of r.trials)
        counts.set(t.reason ?? 'unknown', (counts.get(t.reason ?? 'unknown') ?? 0) + 1);
    return [...counts].map(([reason, n]) => `${n}× ${reason}`).join(', ');
}
async function runCommand(flags, io) {
    const { trials, concurrency, multiplier } = (0,common/* parseSharedFlags */.QH)(flags);
    const shard = flags.shard === undefined ? undefined : (0,plan/* parseShard */.uK)(flags.shard);
    if (flags.shard !== undefined && !shard)
        throw new common/* UsageError */.eb(`--shard ${flags.shard}: must be I/N with 1 ≤ I ≤ N, e.g. 2/4`);
    if (flags.shardDurations && !shard)
        throw new common/* UsageError */.eb('--shard-durations is only used with --shard I/N');
    const durations = flags.shardDurations ? medianDurations((0,results_io/* readResults */.x8)(flags.shardDurations)) : undefined;
    const session = await (0,common/* sessionFor */.w)(flags, io);
    if (!session)
        return common/* EXIT */.dc.failed;
    const eventsFile = flags.events ?? `${flags.out}.events.jsonl`;
    await (0,preflight/* preflight */.Mz)(session, {
        tasksGlob: flags.tasks,
        multipliers: [multiplier],
        outputs: [
            { flag: '--out', path: flags.out, kind: 'file' },
            { flag: '--events', path: eventsFile, kind: 'file' },
        ],
        hostEnv: process.env,
        allowMissingImages: Boolean(flags.allowMissingImages),
        wording: preflight/* CLI_WORDING */.ml,
    });
    return (0,signals/* withSignals */.M)(io, async (signal, exitCode) => {
        const outcome = await runSuite(session, {
            multiplier,
            trials,
            tasksGlob: flags.tasks,
            shard,
            shardDurationsMs: durations,
            eventsFile,
            agentLogsDir: `${flags.out}.agent-logs`,
            resume: Boolean(flags.resume),
            ref: (0,common/* detectRef */.Vt)(flags.suite),
        }, { concurrency, signal });
        if (outcome.interrupted) {
            io.stderr(`bakeoff: interrupted: ${(0,units/* plural */.LS)(outcome.results.trials.length, 'trial')} recorded in ${eventsFile}; ` +
                `run the same command with --resume --events ${eventsFile} to finish\n`);
            return exitCode();
        }
        try {
            (0,results_io/* writeJsonAtomic */.ZJ)(flags.out, outcome.results);
        }
        catch (err) {
            const done = `${(0,units/* plural */.LS)(outcome.results.trials.length, 'trial')} ran; those the events file holds are kept in ${eventsFile}`;
            io.stderr(`bakeoff: cannot write ${flags.out} (${err.message.split(':')[0]}): ${done}\n`);
            return common/* EXIT */.dc.failed;
        }
        io.stdout(runSummary(outcome.results) + `\nresults: ${flags.out}\n`);
        const s = outcome.results.summary;
        if (s.trials > 0 && s.error === s.trials) {
            // Errors are left out of the success rate: a run of nothing but errors measured nothing.
            io.stderr(`bakeoff: no valid trials: all ${s.trials} ended in error (${errorReasons(outcome.results)}); the run measured nothing\n`);
            return common/* EXIT */.dc.failed;
        }
        return common/* EXIT */.dc.ok;
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
