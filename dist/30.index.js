export const id = 30;
export const ids = [30];
export const modules = {

/***/ 23030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importHarborCommand: () => (/* binding */ importHarborCommand)
});

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/app/errors.ts
var errors = __webpack_require__(55860);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./src/config/errors.ts
var config_errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/version.ts + 1 modules
var version = __webpack_require__(27473);
// EXTERNAL MODULE: ./src/results/schema.ts
var schema = __webpack_require__(66303);
// EXTERNAL MODULE: ./src/results/summary.ts
var summary = __webpack_require__(64042);
;// CONCATENATED MODULE: ./src/results/import-harbor.ts
/**
 * A Harbor job directory read into a bakeoff results file (`bakeoff import harbor`), so a job run
 * on Harbor's cloud backends can be gated with `compare` and ranked with `rank`. The layout: the
 * job's `config.json` (and its own `result.json`, not read), and one directory per trial holding
 * that trial's `result.json`. The directory is hostile input: every file is size-capped and opened
 * without following links, every field is checked, no name in it decides where anything is read or
 * written, and a malformed file is refused naming the file, the key path and the fix.
 *
 * bakeoff ran nothing here: the caps are what Harbor was told, recorded as declared and marked as
 * not enforced by bakeoff (`run.importedFrom`). How Harbor's exceptions map to outcomes is
 * docs/formats.md "Importing a Harbor job".
 */








const HARBOR_IMPORT_LIMITS = {
    maxEntries: 50_000,
    maxResultBytes: 8 * 2 ** 20,
    maxTotalBytes: 1024 * 2 ** 20,
    maxConfigBytes: 2 ** 20,
};
const MEASURE_MAX = 1e15;
const MIB = 2 ** 20;
/** What a text field may hold; longer is not from Harbor. */
const NAME_MAX = 512;
const DETAIL_MAX = 1_000;
/** Harbor writes times in ISO 8601, with a zone or (older fields) without one. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;
const FIX_TRIAL = 'import a job directory Harbor wrote (each trial directory holds the result.json Harbor wrote for it)';
const import_harbor_name = schemas/* string */.YjP().min(1).max(NAME_MAX);
const time = schemas/* string */.YjP()
    .max(40)
    .regex(ISO_TIME, { error: 'must be an ISO 8601 time, e.g. "2026-01-02T03:04:05.678Z"' })
    .refine((s) => Number.isFinite(millis(s)), { error: 'is not a calendar time' });
const tokens = schemas/* number */.aig().int().min(0).max(MEASURE_MAX).nullish();
const seconds = schemas/* number */.aig()
    .positive()
    .max(MEASURE_MAX / 1000)
    .nullish();
const multiplier = schemas/* number */.aig().positive().max(1000).nullish();
const timing = schemas/* object */.Ikc({ started_at: time.nullish(), finished_at: time.nullish() }).nullish();
const agentContext = schemas/* object */.Ikc({
    n_input_tokens: tokens,
    n_cache_tokens: tokens,
    n_output_tokens: tokens,
    cost_usd: schemas/* number */.aig().min(0).max(MEASURE_MAX).nullish(),
})
    .nullish();
/**
 * The fields of Harbor's trial result bakeoff reads. The rest (Harbor adds fields between versions;
 * rollout details can be large) is ignored, and dropped as each file is parsed.
 */
const trialResultSchema = schemas/* object */.Ikc({
    task_name: import_harbor_name,
    trial_name: import_harbor_name,
    task_checksum: schemas/* string */.YjP().max(NAME_MAX).nullish(),
    source: schemas/* string */.YjP().max(NAME_MAX).nullish(),
    config: schemas/* object */.Ikc({
        job_id: schemas/* string */.YjP().max(100).nullish(),
        timeout_multiplier: multiplier,
        agent_timeout_multiplier: multiplier,
        verifier_timeout_multiplier: multiplier,
        agent_setup_timeout_multiplier: multiplier,
        agent: schemas/* object */.Ikc({ override_timeout_sec: seconds, max_timeout_sec: seconds, override_setup_timeout_sec: seconds }).nullish(),
        environment: schemas/* object */.Ikc({
            type: schemas/* string */.YjP().max(100).nullish(),
            override_cpus: schemas/* number */.aig().positive().max(100_000).nullish(),
            override_memory_mb: schemas/* number */.aig()
                .int()
                .positive()
                .max(MEASURE_MAX / MIB)
                .nullish(),
            override_storage_mb: schemas/* number */.aig()
                .int()
                .positive()
                .max(MEASURE_MAX / MIB)
                .nullish(),
        })
            .nullish(),
        verifier: schemas/* object */.Ikc({ override_timeout_sec: seconds, max_timeout_sec: seconds, disable: schemas/* boolean */.zMY().nullish() }).nullish(),
    })
        .nullish(),
    agent_info: schemas/* object */.Ikc({ name: import_harbor_name, version: schemas/* string */.YjP().max(NAME_MAX).nullish(), model_info: schemas/* object */.Ikc({ name: import_harbor_name }).nullish() }).nullish(),
    agent_result: agentContext,
    verifier_result: schemas/* object */.Ikc({
        rewards: schemas/* record */.g1P(schemas/* string */.YjP().max(100), schemas/* number */.aig().min(-MEASURE_MAX).max(MEASURE_MAX))
            .refine((r) => Object.keys(r).length <= 64, { error: 'at most 64 rewards' })
            .nullish(),
    })
        .nullish(),
    exception_info: schemas/* object */.Ikc({ exception_type: schemas/* string */.YjP().min(1).max(200), exception_message: schemas/* string */.YjP().nullish() }).nullish(),
    started_at: time,
    finished_at: time,
    agent_execution: timing,
    step_results: schemas/* array */.YOg(schemas/* object */.Ikc({ agent_result: agentContext }))
        .max(1_000)
        .nullish(),
});
const jobConfigSchema = schemas/* object */.Ikc({
    retry: schemas/* object */.Ikc({ max_retries: schemas/* number */.aig().int().min(0).max(1_000).nullish() }).nullish(),
});
/**
 * Each exception type Harbor records (the class name, `exception_info.exception_type`) and the
 * outcome bakeoff gives it. `reward`: the agent's own failure that Harbor still verifies (a
 * non-zero exit), decided by the reward as if there were no exception. Anything else is an error
 * with reason `harbor-exception`: bakeoff cannot tell the agent's fault from the platform's.
 */
const HARBOR_EXCEPTIONS = {
    AgentTimeoutError: { outcome: 'limit', reason: 'timeout' },
    NonZeroAgentExitCodeError: 'reward',
    AgentSetupTimeoutError: { outcome: 'error', reason: 'setup' },
    EnvironmentStartTimeoutError: { outcome: 'error', reason: 'start' },
    VerifierTimeoutError: { outcome: 'error', reason: 'verify-timeout' },
    RewardFileNotFoundError: { outcome: 'fail', reason: 'no-reward' },
    RewardFileEmptyError: { outcome: 'fail', reason: 'no-reward' },
    VerifierOutputParseError: { outcome: 'fail', reason: 'bad-reward' },
    AddTestsDirError: { outcome: 'error', reason: 'exec' },
    DownloadVerifierDirError: { outcome: 'error', reason: 'exec' },
};
/**
 * The reward that decides, by the rule bakeoff's own Harbor runs apply (runner/reward.ts): the key
 * "reward" when there is one, else the smallest (every key must be 1 or more to pass); null when
 * the verifier left no rewards, 'empty' when it left an empty set.
 */
function rewardOf(t) {
    const rewards = t.verifier_result?.rewards;
    if (!rewards)
        return null;
    if (Object.hasOwn(rewards, 'reward'))
        return rewards.reward;
    const values = Object.values(rewards);
    return values.length ? Math.min(...values) : 'empty';
}
/** One trial's outcome and reason from its exception and reward (docs/formats.md has the table). */
function harborOutcome(exceptionType, reward) {
    const mapped = exceptionType === null ? 'reward' : (HARBOR_EXCEPTIONS[exceptionType] ?? { outcome: 'error', reason: 'harbor-exception' });
    if (mapped !== 'reward')
        return mapped;
    if (reward === null)
        return { outcome: 'fail', reason: 'no-reward' };
    if (reward === 'empty')
        return { outcome: 'fail', reason: 'bad-reward' };
    return reward >= 1 ? { outcome: 'pass', reason: null } : { outcome: 'fail', reason: `reward:${reward}` };
}
/** A regular file's text, read only if it is no larger than `cap`; a link is refused, never followed. */
function readBounded(file, cap, fix) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            throw problem(file, '', 'is a symbolic link: bakeoff does not follow links in a job directory', fix);
        if (code === 'ENOENT')
            throw problem(file, '', 'is missing', fix);
        throw problem(file, '', `cannot be read (${code})`, fix);
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw problem(file, '', 'is not a regular file', fix);
        if (st.size > cap)
            throw problem(file, '', `is ${st.size} bytes, over the ${cap} bakeoff reads`, fix);
        const buf = Buffer.alloc(st.size);
        let at = 0;
        while (at < st.size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, at, st.size - at, at);
            if (n === 0)
                break;
            at += n;
        }
        return buf.toString('utf8', 0, at);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function problem(file, path, message, fix) {
    return new config_errors/* ConfigError */.x(file, [{ path, message, fix }]);
}
function parseJson(file, text, schema, fix) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw problem(file, '', `is not JSON (${err.message})`, fix);
    }
    const parsed = schema.safeParse(json);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.slice(0, 5).map((i) => ({
        path: (0,config_errors/* keyPath */.D)(i.path),
        message: i.code === 'invalid_type' && valueAt(json, i.path) === undefined ? `is missing (${i.message})` : i.message,
        fix,
    }));
    throw new config_errors/* ConfigError */.x(file, problems);
}
function valueAt(data, path) {
    let v = data;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
/** Harbor's times: ISO 8601, with or without a zone (a time without one is UTC, as Harbor writes it). */
function millis(iso) {
    const m = ISO_TIME.exec(iso);
    if (!m)
        return NaN;
    const base = iso.slice(0, 19);
    const fraction = (m[1] ?? '.000').slice(0, 4).padEnd(4, '0');
    const zone = m[2] ? (m[2] === 'Z' ? 'Z' : m[2].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : 'Z';
    return Date.parse(`${base}${fraction}${zone}`);
}
function spanMs(start, end) {
    if (!start || !end)
        return null;
    const ms = millis(end) - millis(start);
    return Number.isFinite(ms) ? Math.min(Math.max(0, Math.round(ms)), MEASURE_MAX) : null;
}
/** Tokens and cost, summed over the agent's contexts (one, or one per step) as Harbor sums them. */
function metricsOf(t) {
    const contexts = t.agent_result ? [t.agent_result] : (t.step_results ?? []).flatMap((s) => (s.agent_result ? [s.agent_result] : []));
    const sums = {};
    const add = (key, v) => {
        if (v !== null && v !== undefined)
            sums[key] = (sums[key] ?? 0) + v;
    };
    for (const c of contexts) {
        add('input_tokens', c.n_input_tokens);
        add('cache_tokens', c.n_cache_tokens);
        add('output_tokens', c.n_output_tokens);
        add('cost_usd', c.cost_usd);
    }
    // A cost below the schema's smallest magnitude is a rounding residue: recorded as 0.
    for (const [k, v] of Object.entries(sums))
        sums[k] = (0,schema/* isMetricValue */.q3)(v) ? v : v < 1 ? 0 : MEASURE_MAX;
    return Object.keys(sums).length ? sums : undefined;
}
/** The caps Harbor was told for this trial (the job's overrides), and the resolved keys it recorded nothing for. */
function declaredCaps(t, maxRetries) {
    const c = t.config;
    const undeclared = ['memoryGuaranteedBytes', 'swapBytes', 'pids', 'tmpfs', 'network'];
    const global = c?.timeout_multiplier ?? 1;
    const timeout = (sec, max, factor, key) => {
        if (!sec) {
            undeclared.push(`timeouts.${key}`);
            return 0;
        }
        return Math.min(Math.round(Math.min(sec, max ?? Infinity) * (factor ?? global) * 1000), MEASURE_MAX);
    };
    const env = c?.environment;
    const cpus = env?.override_cpus ?? null;
    const memoryBytes = env?.override_memory_mb ? env.override_memory_mb * MIB : null;
    const diskBytes = env?.override_storage_mb ? env.override_storage_mb * MIB : null;
    if (cpus === null)
        undeclared.push('cpus');
    if (memoryBytes === null)
        undeclared.push('memoryBytes');
    if (diskBytes === null)
        undeclared.push('diskBytes');
    const caps = {
        cpus,
        memoryBytes,
        memoryGuaranteedBytes: 0,
        swapBytes: null,
        // No placeholder reads as a real limit: the largest count there is (listed as undeclared).
        pids: Number.MAX_SAFE_INTEGER,
        tmpfs: {},
        diskBytes,
        network: 'bridge',
        timeouts: {
            setupMs: timeout(c?.agent?.override_setup_timeout_sec, null, c?.agent_setup_timeout_multiplier, 'setupMs'),
            agentMs: timeout(c?.agent?.override_timeout_sec, c?.agent?.max_timeout_sec, c?.agent_timeout_multiplier, 'agentMs'),
            verifyMs: timeout(c?.verifier?.override_timeout_sec, c?.verifier?.max_timeout_sec, c?.verifier_timeout_multiplier, 'verifyMs'),
        },
        retries: { infra: maxRetries ?? 0 },
        // What Harbor's Docker backend gives a container: Docker's defaults (its compose files change none).
        // Another backend's is its own, unrecorded; absent would read as bakeoff's old hardened set.
        security: { capabilities: { add: [], drop: [] }, noNewPrivileges: false, seccomp: 'default' },
    };
    if (maxRetries === null || maxRetries === undefined)
        undeclared.push('retries.infra');
    if (env?.type !== 'docker')
        undeclared.push('security');
    return { caps, undeclared: undeclared.sort(), environment: env?.type ?? null };
}
/** The trial directories of the job, each one's result.json read and checked. */
function readTrials(jobDir, limits) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(jobDir);
    }
    catch (err) {
        const code = err.code;
        throw problem(jobDir, '', code === 'ENOENT' ? 'not found' : code === 'ENOTDIR' ? 'is not a directory' : `cannot be read (${code})`, 'pass the job directory Harbor wrote (jobs/<job name>)');
    }
    if (entries.length > limits.maxEntries) {
        throw problem(jobDir, '', `holds ${entries.length} entries, over the ${limits.maxEntries} bakeoff reads from a job directory`, 'import a smaller job');
    }
    const trials = [];
    let total = 0;
    for (const entry of [...entries].sort()) {
        // Harbor's own hidden directories (.harbor-upload) are not trials.
        if (entry.startsWith('.'))
            continue;
        const dir = (0,external_node_path_.join)(jobDir, entry);
        // lstat: a link is refused here, never followed.
        const st = (0,external_node_fs_.lstatSync)(dir);
        if (st.isSymbolicLink()) {
            throw problem(dir, '', 'is a symbolic link: bakeoff does not follow links in a job directory', 'put the trial directory itself in the job directory, or remove the link');
        }
        if (!st.isDirectory())
            continue; // config.json, result.json, job.log, lock.json
        const file = (0,external_node_path_.join)(dir, 'result.json');
        const text = readBounded(file, limits.maxResultBytes, 'the trial has not finished (Harbor writes result.json last): finish or resume the job, or remove the trial directory');
        total += Buffer.byteLength(text);
        if (total > limits.maxTotalBytes) {
            throw problem(jobDir, '', `its result.json files exceed ${limits.maxTotalBytes} bytes together, over what bakeoff reads from a job directory`, 'import a smaller job');
        }
        trials.push({ file, data: parseJson(file, text, trialResultSchema, FIX_TRIAL) });
    }
    if (trials.length === 0)
        throw problem(jobDir, '', 'holds no trial directory', 'pass the job directory Harbor wrote (jobs/<job name>), not its parent');
    return trials;
}
function readJobConfig(jobDir, limits) {
    const file = (0,external_node_path_.join)(jobDir, 'config.json');
    try {
        (0,external_node_fs_.statSync)(file);
    }
    catch {
        return undefined;
    }
    const fix = 'restore the config.json Harbor wrote for the job, or remove it (the retries are then recorded as undeclared)';
    return parseJson(file, readBounded(file, limits.maxConfigBytes, fix), jobConfigSchema, fix);
}
function refuseMixed(trials, what, key, path, fix) {
    const first = trials[0];
    const other = trials.find((t) => key(t.data) !== key(first.data));
    if (other) {
        throw problem(other.file, path, `${what} ${JSON.stringify(key(other.data))}, but ${first.file} has ${JSON.stringify(key(first.data))}: ` +
            'a results file holds one agent under one set of caps', fix);
    }
}
/** Reads the Harbor job directory `jobDir` into a results file (bakeoff.results/v1). Throws ConfigError naming the file, key path and fix. */
function importHarborJob(jobDir, opts = {}) {
    const limits = opts.limits ?? HARBOR_IMPORT_LIMITS;
    const config = readJobConfig(jobDir, limits);
    const trials = readTrials(jobDir, limits);
    const warnings = [];
    const disabled = trials.find((t) => t.data.config?.verifier?.disable);
    if (disabled) {
        throw problem(disabled.file, 'config.verifier.disable', 'is true: the job ran no verifier, so no trial has a score', 'import a job run with its verifier');
    }
    const agentKey = (t) => [t.agent_info?.name ?? 'unknown', t.agent_info?.model_info?.name].filter(Boolean).join(' / ');
    refuseMixed(trials, 'ran agent', agentKey, 'agent_info', 'run one Harbor job per agent and model, and import each');
    const declared = trials.map((t) => declaredCaps(t.data, config?.retry?.max_retries));
    const capsKey = (i) => JSON.stringify([declared[i].caps, declared[i].environment]);
    const capsOther = declared.findIndex((_, i) => capsKey(i) !== capsKey(0));
    if (capsOther >= 0) {
        throw problem(trials[capsOther].file, 'config', `declares other caps or backend than ${trials[0].file} (${capsKey(capsOther)} against ${capsKey(0)})`, 'import one Harbor job run under one configuration');
    }
    const byTask = new Map();
    for (const t of trials)
        byTask.set(t.data.task_name, [...(byTask.get(t.data.task_name) ?? []), t]);
    const taskIds = [...byTask.keys()].sort();
    const out = [];
    const tasks = [];
    const checksums = [];
    for (const id of taskIds) {
        // Harbor names trials at random: they are numbered in the order they started.
        const runs = byTask
            .get(id)
            .sort((a, b) => millis(a.data.started_at) - millis(b.data.started_at) || (a.data.trial_name < b.data.trial_name ? -1 : 1));
        const sums = new Set(runs.map((r) => r.data.task_checksum ?? ''));
        if (sums.size > 1)
            warnings.push(`task ${JSON.stringify(id)} changed during the job (its trials have ${sums.size} task checksums)`);
        const checksum = runs[0].data.task_checksum ?? '';
        checksums.push(`${id}\0${checksum}`);
        tasks.push({ id, image: checksum ? `harbor-task:${checksum.replace(/^sha256:/, '').slice(0, 12)}` : 'harbor-task', trials: runs.length });
        runs.forEach((r, index) => out.push(toTrial(r.data, id, index)));
    }
    const { caps, undeclared, environment } = declared[0];
    const startedAt = trials.map((t) => t.data.started_at).sort((a, b) => millis(a) - millis(b))[0];
    const finishedAt = trials.map((t) => t.data.finished_at).sort((a, b) => millis(b) - millis(a))[0];
    const sha = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex');
    const sources = [...new Set(trials.map((t) => t.data.source).filter((s) => !!s))];
    const jobIds = [...new Set(trials.map((t) => t.data.config?.job_id ?? ''))];
    const unknown = 'unknown';
    const results = {
        schema: schema/* RESULTS_SCHEMA */.Bi,
        run: {
            id: jobIds.length === 1 && jobIds[0] ? `harbor:${jobIds[0]}` : `harbor:${sha(trials.map((t) => t.file).join('\n')).slice(0, 16)}`,
            startedAt: new Date(millis(startedAt)).toISOString(),
            finishedAt: new Date(millis(finishedAt)).toISOString(),
            ref: { sha: null, branch: null },
            tool: { version: version/* TOOL_VERSION */.w },
            ...(opts.candidate ? { candidate: { name: opts.candidate, command: `harbor agent ${agentKey(trials[0].data)}`, env: {} } } : {}),
            importedFrom: { tool: 'harbor', capsEnforced: false, environment, undeclared },
        },
        suite: {
            name: sources.length === 1 ? sources[0] : 'harbor',
            path: jobDir,
            sha256: sha(checksums.join('\n')),
            tasks,
        },
        profile: { name: environment ? `harbor-${environment}` : 'harbor', sha256: sha(JSON.stringify(caps)), multiplier: 1, resolved: caps },
        environment: {
            host: { cpus: 0, memoryBytes: 0, kernel: unknown, os: unknown, arch: unknown },
            docker: {
                version: unknown,
                apiVersion: unknown,
                cgroupVersion: unknown,
                cgroupDriver: unknown,
                cpus: 0,
                memoryBytes: 0,
                memoryLimit: false,
                swapLimit: false,
                pidsLimit: false,
            },
        },
        trials: out,
        summary: (0,summary/* summarize */.e)(out),
    };
    return { results, warnings };
}
function toTrial(t, task, index) {
    const exception = t.exception_info ?? null;
    const reward = rewardOf(t);
    const { outcome, reason } = harborOutcome(exception?.exception_type ?? null, reward);
    const durationMs = spanMs(t.started_at, t.finished_at) ?? 0;
    const detail = exception ? `Harbor: ${exception.exception_type}: ${exception.exception_message ?? ''}`.slice(0, DETAIL_MAX) : undefined;
    const metrics = metricsOf(t);
    return {
        task,
        trial: index,
        outcome,
        reason,
        attempts: [
            {
                attempt: 1,
                outcome,
                reason,
                startedAt: new Date(millis(t.started_at)).toISOString(),
                durationMs,
                ...(detail ? { detail } : {}),
            },
        ],
        durationMs,
        agentDurationMs: spanMs(t.agent_execution?.started_at, t.agent_execution?.finished_at),
        peakMemoryBytes: null,
        cpuSeconds: null,
        agentExitCode: null,
        verifyExitCode: null,
        logTail: detail ?? '',
        reward: typeof reward === 'number' ? reward : null,
        ...(t.verifier_result?.rewards && Object.keys(t.verifier_result.rewards).length ? { rewards: { ...t.verifier_result.rewards } } : {}),
        ...(metrics ? { metrics } : {}),
    };
}

// EXTERNAL MODULE: ./src/results/io.ts
var io = __webpack_require__(65480);
;// CONCATENATED MODULE: ./src/app/import.ts
/** `import harbor`: a Harbor job directory read into a results file that compare and rank take. */




/** A candidate's name, as `rank` takes it (it names the ranking's files). */
const CANDIDATE = /^[a-z0-9._-]{1,64}$/;
/** Throws ConfigError (see app/errors.ts) naming the file, key path and fix when the job directory is not one Harbor wrote. */
function importHarbor(req) {
    if (req.candidate !== undefined && !CANDIDATE.test(req.candidate)) {
        throw new errors/* UsageError */.eb(`--candidate ${JSON.stringify(req.candidate.slice(0, 80))}: must be lowercase letters, digits, '.', '_' or '-' (at most 64), e.g. model-a`);
    }
    const { results, warnings } = importHarborJob(req.jobDir, { candidate: req.candidate });
    (0,io/* writeJsonAtomic */.ZJ)(req.out, results);
    const from = results.run.importedFrom;
    return {
        summary: results.summary,
        undeclared: from.undeclared,
        environment: from.environment === null ? null : (0,report_escape/* escapeTerminal */.en)(from.environment, 100),
        warnings: warnings.map((w) => (0,report_escape/* escapeTerminal */.en)(w, 300)),
    };
}

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var common = __webpack_require__(52090);
;// CONCATENATED MODULE: ./src/commands/import.ts



async function importHarborCommand(jobDir, flags, io) {
    const imported = importHarbor({ jobDir, out: flags.out, candidate: flags.candidate });
    for (const w of imported.warnings)
        io.stderr(`bakeoff: warning: ${w}\n`);
    const s = imported.summary;
    io.stdout(`imported ${(0,units/* plural */.LS)(s.trials, 'trial')} of ${(0,units/* plural */.LS)(s.tasks, 'task')} from Harbor` +
        (imported.environment ? ` (${imported.environment})` : '') +
        `: ${s.pass} pass, ${s.fail} fail, ${s.limit} limit, ${s.error} error → ${flags.out}\n` +
        `caps as Harbor declared them, not enforced by bakeoff` +
        (imported.undeclared.length ? `; not recorded by the job: ${imported.undeclared.join(', ')}` : '') +
        '\n');
    return common/* EXIT */.dc.ok;
}


/***/ })

};
