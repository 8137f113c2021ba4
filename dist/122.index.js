export const id = 122;
export const ids = [122];
export const modules = {

/***/ 16122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: ./src/results/merge.ts
var merge = __webpack_require__(42958);
// EXTERNAL MODULE: ./src/results/io.ts
var io = __webpack_require__(65480);
;// CONCATENATED MODULE: ./src/app/merge.ts
/** `merge`: the shards of one run joined into one results file. */


/** Throws MergeError (see app/errors.ts) when the shards are not of one run. */
function mergeFiles(files, out) {
    const parts = files.map((file) => ({ file, results: (0,io/* readResults */.x8)(file) }));
    const { merged, warnings } = (0,merge/* mergeShards */.O)(parts);
    (0,io/* writeJsonAtomic */.ZJ)(out, merged);
    return { files: parts.length, trials: merged.summary.trials, tasks: merged.summary.tasks, warnings };
}

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/commands/common.ts + 2 modules
var common = __webpack_require__(92168);
;// CONCATENATED MODULE: ./src/commands/merge.ts



async function mergeCommand(files, flags, io) {
    const merged = mergeFiles(files, flags.out);
    for (const w of merged.warnings)
        io.stderr(`bakeoff: warning: ${w}\n`);
    io.stdout(`merged ${(0,units/* plural */.LS)(merged.files, 'file')}: ${(0,units/* plural */.LS)(merged.trials, 'trial')} of ${(0,units/* plural */.LS)(merged.tasks, 'task')} → ${flags.out}\n`);
    return common/* EXIT */.dc.ok;
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
