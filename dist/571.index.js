export const id = 571;
export const ids = [571];
export const modules = {

/***/ 34629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ onEngine),
  o: () => (/* binding */ runSuite)
});

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
var io = __webpack_require__(65480);
// EXTERNAL MODULE: ./src/config/egress.ts
var egress = __webpack_require__(16659);
// EXTERNAL MODULE: ./src/config/multiplier.ts
var multiplier = __webpack_require__(56339);
// EXTERNAL MODULE: ./src/config/network.ts
var network = __webpack_require__(69264);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/compare/egress.ts
var compare_egress = __webpack_require__(12440);
// EXTERNAL MODULE: ./src/compare/harbor-score.ts
var harbor_score = __webpack_require__(61494);
// EXTERNAL MODULE: ./src/report/harbor-score.ts
var report_harbor_score = __webpack_require__(26681);
// EXTERNAL MODULE: ./src/results/declared.ts
var declared = __webpack_require__(73674);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/results/security.ts
var security = __webpack_require__(88258);
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
        return [task, count('pass'), count('fail'), count('limit'), count('error'), String(retried), (0,format/* orDash */.gR)(peak, units/* formatBytes */.z3), reasons];
    });
    const s = results.summary;
    const ci = s.successRateCI95 ? ` (95% CI ${(0,format/* pct */.Oe)(s.successRateCI95[0])}–${(0,format/* pct */.Oe)(s.successRateCI95[1])})` : '';
    const caps = results.profile.resolved;
    const harbor = (0,harbor_score/* harborScore */.j)(results);
    return [
        (0,table/* textTable */.e)(['task', 'pass', 'fail', 'limit', 'error', 'retried', 'peak mem', 'reasons'], rows, [false, true, true, true, true, true, true, false]),
        '',
        `${(0,units/* plural */.LS)(s.trials, 'trial')} of ${(0,units/* plural */.LS)(s.tasks, 'task')}: ${s.pass} pass, ${s.fail} fail, ${s.limit} limit, ${s.error} error`,
        `success rate ${(0,format/* pct */.Oe)(s.successRate)}${ci} · infra-error rate ${(0,format/* pct */.Oe)(s.infraErrorRate)} · limit rate ${(0,format/* pct */.Oe)(s.limitRate)}`,
        ...(harbor ? [(0,report_harbor_score/* harborScoreLine */.JA)(harbor, s.successRate)] : []),
        `profile ${results.profile.name} at ${(0,multiplier/* multiplierLabel */.QF)(results.profile.multiplier)}: ${caps.cpus ?? 'no'} CPU, ` +
            `${caps.memoryBytes === null ? 'no memory cap' : (0,units/* formatBytes */.z3)(caps.memoryBytes)}, ${caps.pids} pids, network ${caps.network}` +
            (caps.verifyNetwork ? ` (verify: ${caps.verifyNetwork})` : '') +
            `; ${(0,report_escape/* escapeTerminal */.en)((0,security/* securityText */.y)((0,security/* securityOf */.K)(caps)), 400)}`,
        ...(0,declared/* declaredOverCaps */.I)(results).map((l) => `above the caps: ${(0,report_escape/* escapeTerminal */.en)(l, 400)}`),
        ...(results.suite.skipped ?? []).map((t) => `skipped: ${t.id}: ${t.reason}`),
        ...results.suite.tasks.flatMap((t) => (t.unsupported ?? []).map((u) => `not honoured: ${t.id}: ${u.key}: ${u.why}`)),
        ...egressLines(results),
    ].join('\n');
}
/**
 * Under an egress allow-list, per phase (the agent's, the verifier's): each destination tried over
 * the run, allowed or denied and why, most used first.
 */
function egressLines(results) {
    if (!results.trials.some((t) => t.egress))
        return [];
    const phases = (0,network/* profileNetwork */.aE)(results.profile.resolved);
    const recorded = (phase) => results.trials.some((t) => t.egress?.some((e) => (e.phase ?? 'agent') === phase));
    return [
        ...(phases.agent.mode === 'egress' || recorded('agent') ? [phaseEgressLine(results, 'agent')] : []),
        ...(phases.verify.mode === 'egress' || recorded('verify') ? [phaseEgressLine(results, 'verify')] : []),
    ];
}
function phaseEgressLine(results, phase) {
    const label = phase === 'agent' ? 'egress' : 'verify egress';
    const use = (0,compare_egress/* egressUse */.h)(results, undefined, phase);
    if (use.length === 0)
        return `${label}: the ${phase === 'agent' ? 'agent' : 'verifier'} tried no destination`;
    const shown = use
        .slice(0, 12)
        .map((u) => `${(0,report_escape/* escapeTerminal */.en)(u.destination, 80)} ${u.allowed ? 'allowed' : 'DENIED'} ${u.connections}×` +
        (u.connectFailures ? ` (${u.connectFailures} failed)` : '') +
        (u.refusal ? ` (${(0,report_escape/* escapeTerminal */.en)((0,egress/* refusalBrief */.T1)(u.refusal), 200)})` : ''));
    return `${label}: ${shown.join('; ')}${use.length > 12 ? `; … ${use.length - 12} more` : ''}`;
}

// EXTERNAL MODULE: ./src/runner/run.ts + 26 modules
var run = __webpack_require__(95615);
// EXTERNAL MODULE: ./src/app/preflight.ts
var preflight = __webpack_require__(1424);
;// CONCATENATED MODULE: ./src/app/run.ts





/** The runner's options for a use case's scheduling on this session's engine. */
function onEngine(s, session) {
    return { concurrency: s.concurrency, signal: s.signal, progress: s.progress, log: s.log, backend: session.backend };
}
async function runSuite(session, req) {
    const durations = req.shardDurationsFrom ? medianDurations((0,io/* readResults */.x8)(req.shardDurationsFrom)) : undefined;
    const outputs = [
        { name: 'out', path: req.out, kind: 'file' },
        { name: 'events', path: req.eventsFile, kind: 'file' },
    ];
    await (0,preflight/* preflight */.Mz)(session, (0,preflight/* preflightRequest */.Dp)(req.checks, { multipliers: [req.multiplier], tasksGlob: req.tasksGlob, outputs, log: req.log }));
    const [outcome] = await (0,run/* runInterleaved */.Ns)([
        {
            suite: session.suite,
            profile: session.profile,
            multiplier: req.multiplier,
            trials: req.trials,
            tasksGlob: req.tasksGlob,
            shard: req.shard,
            shardDurationsMs: durations,
            eventsFile: req.eventsFile,
            agentLogsDir: `${req.out}.agent-logs`,
            resume: req.resume,
            ref: req.ref,
        },
    ], onEngine(req, session));
    const results = outcome.results;
    if (outcome.interrupted)
        return { status: 'interrupted', results };
    try {
        (0,io/* writeJsonAtomic */.ZJ)(req.out, results);
    }
    catch (err) {
        return { status: 'unwritten', results, error: err.message.split(':')[0] };
    }
    return { status: 'written', results, summary: runSummary(results) };
}


/***/ }),

/***/ 35055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ withSignals)
/* harmony export */ });
/** Ctrl-C / SIGTERM during a run: abort (containers are removed, finished trials stay in the events file), exit 130 / 143; a second signal exits at once. */
async function withSignals(io, body) {
    const controller = new AbortController();
    let signalled;
    const code = () => (signalled === 'SIGINT' ? 130 : 143);
    const onSignal = (sig) => {
        if (signalled)
            process.exit(sig === 'SIGINT' ? 130 : 143);
        signalled = sig;
        io.stderr(`\nbakeoff: ${sig} — stopping: removing running containers; finished trials are in the events file\n`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        return await body(controller.signal, code);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}


/***/ }),

/***/ 93310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ failedBuilds),
/* harmony export */   O_: () => (/* binding */ imageIdentities),
/* harmony export */   mu: () => (/* binding */ buildTaskImages)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/* harmony import */ var _capture_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47932);
/* harmony import */ var _pull_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14531);



const BUILD_LOG_CAP = 4 * 1024;
/** A pull that sends nothing for this long is dropped: a registry that stopped answering. */
const PULL_STALL_MS = 5 * 60_000;
const PULL_CONCURRENCY = 3;
/** Image inspects at once: one round trip each, so a 90-task suite is checked in a few. */
const INSPECT_CONCURRENCY = 8;
/**
 * The images among `tasks` that bakeoff makes: one build per Harbor Dockerfile image, one pull per
 * Harbor `docker_image` the engine lacks; the suite's own images are left alone (preflight asks for them).
 */
function wantedImages(tasks) {
    const wanted = new Map();
    for (const t of tasks) {
        if (!t.harbor)
            continue;
        const entry = wanted.get(t.image) ?? (t.harbor.build ? { via: 'build', build: t.harbor.build, tasks: [] } : { via: 'pull', tasks: [] });
        entry.tasks.push(t.id);
        wanted.set(t.image, entry);
    }
    return wanted;
}
/** Builds and pulls the images of `tasks` that bakeoff makes (see wantedImages); outcomes of those it built, pulled, found built, or failed. */
async function buildTaskImages(backend, tasks, opts = {}) {
    const log = opts.log ?? (() => { });
    const wanted = [...wantedImages(tasks).entries()];
    const present = async (image) => {
        const known = opts.known?.get(image);
        return known ? known.imageId !== null : backend.imageExists(image);
    };
    const outcomes = [];
    const pool = async (queue, n, one) => {
        const worker = async () => {
            for (let next = queue.shift(); next && !opts.signal?.aborted; next = queue.shift()) {
                const outcome = await one(...next);
                if (outcome)
                    outcomes.push(outcome);
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(n, queue.length)) }, worker));
    };
    const builds = wanted.filter(([, w]) => w.via === 'build');
    const pulls = wanted.filter(([, w]) => w.via === 'pull');
    await Promise.all([
        pool(builds, opts.concurrency ?? 2, async (image, w) => !opts.force && (await present(image)) ? outcome(image, w, 'cached', Date.now()) : buildOne(backend, image, w, log, opts)),
        pool(pulls, PULL_CONCURRENCY, async (image, w) => ((await present(image)) ? undefined : pullOne(backend, image, w, log, opts))),
    ]);
    const counts = (s) => outcomes.filter((o) => o.status === s).length;
    if (outcomes.length)
        log(`bakeoff: task images: ${counts('cached')} cached, ${counts('built')} built, ` +
            `${counts('pulled') ? `${counts('pulled')} pulled, ` : ''}${counts('failed')} failed`);
    return outcomes;
}
function outcome(image, w, status, started, detail) {
    return { image, tasks: w.tasks, status, via: w.via, ...(detail ? { detail } : {}), durationMs: Date.now() - started };
}
function forTasks(w) {
    const shown = w.tasks.length > 5 ? `${w.tasks.slice(0, 5).join(', ')} and ${w.tasks.length - 5} more` : w.tasks.join(', ');
    return `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(w.tasks.length, 'task')} (${shown})`;
}
/** The build's output into its log's tail and its progress. */
class ProgressTail extends _capture_js__WEBPACK_IMPORTED_MODULE_1__/* .TailBuffer */ .v {
    progress;
    constructor(cap, progress) {
        super(cap);
        this.progress = progress;
    }
    _write(chunk, enc, done) {
        this.progress.output(chunk.toString());
        super._write(chunk, enc, done);
    }
}
async function buildOne(backend, image, w, log, opts) {
    const started = Date.now();
    log(`bakeoff: building ${image} for ${forTasks(w)}`);
    const progress = new _pull_js__WEBPACK_IMPORTED_MODULE_2__/* .BuildProgress */ .e(image, log, Date.now, opts.progressEveryMs);
    const buildLog = new ProgressTail(BUILD_LOG_CAP, progress);
    const ticker = setInterval(() => progress.tick(), opts.progressEveryMs ?? _pull_js__WEBPACK_IMPORTED_MODULE_2__/* .PROGRESS_EVERY_MS */ .Xy);
    try {
        const res = await backend.buildImage(w.build.context, image, { timeoutMs: w.build.timeoutMs, log: buildLog });
        if (res.ok)
            return outcome(image, w, 'built', started);
        log(`bakeoff: build of ${image} failed: ${(0,_pull_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(res.message)}`);
        return outcome(image, w, 'failed', started, `build of ${image} failed: ${res.message}\n--- build log (tail) ---\n${buildLog.text()}`);
    }
    finally {
        clearInterval(ticker);
    }
}
async function pullOne(backend, image, w, log, opts) {
    const started = Date.now();
    log(`bakeoff: pulling ${image} for ${forTasks(w)}`);
    const progress = new _pull_js__WEBPACK_IMPORTED_MODULE_2__/* .PullProgress */ .R8(image, log, Date.now, opts.progressEveryMs);
    const ticker = setInterval(() => progress.tick(), opts.progressEveryMs ?? _pull_js__WEBPACK_IMPORTED_MODULE_2__/* .PROGRESS_EVERY_MS */ .Xy);
    try {
        const res = await backend.pullImage(image, { onEvent: (e) => progress.event(e), stallMs: opts.pullStallMs ?? PULL_STALL_MS, signal: opts.signal });
        if (res.ok) {
            log(`bakeoff: pulled ${image}: ${progress.summary()}`);
            return outcome(image, w, 'pulled', started);
        }
        const why = (0,_pull_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(res.message, 1000);
        log(`bakeoff: pull of ${image} failed: ${why}`);
        return outcome(image, w, 'failed', started, `pull of ${image} failed: ${why}`);
    }
    finally {
        clearInterval(ticker);
    }
}
/** The failed builds and pulls as the trials need them: image → why. */
function failedBuilds(outcomes) {
    return new Map(outcomes.filter((o) => o.status === 'failed').map((o) => [o.image, o.detail]));
}
/**
 * Each image's identity, asked once per image before the trials: a tag rebuilt between two runs
 * keeps its name and changes its ID, and compare reports that as a harness change. An engine that
 * does not answer leaves the image unrecorded: the trials find that out themselves.
 */
async function imageIdentities(backend, images) {
    const out = new Map();
    const queue = [...new Set(images)];
    const worker = async () => {
        for (let image = queue.shift(); image !== undefined; image = queue.shift()) {
            try {
                const info = await backend.docker.getImage(image).inspect();
                const digests = (info.RepoDigests ?? []).slice(0, 32);
                out.set(image, { imageId: info.Id, ...(digests.length ? { repoDigests: digests } : {}) });
            }
            catch (err) {
                if (err.statusCode === 404)
                    out.set(image, { imageId: null });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(INSPECT_CONCURRENCY, queue.length) }, worker));
    return out;
}


/***/ }),

/***/ 95615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ns: () => (/* binding */ runInterleaved)
});

// UNUSED EXPORTS: engineWarnings, hostCapacity

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/multiplier.ts
var multiplier = __webpack_require__(56339);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/results/group.ts
var group = __webpack_require__(44461);
// EXTERNAL MODULE: ./src/results/schema.ts
var schema = __webpack_require__(66303);
;// CONCATENATED MODULE: ./src/results/events.ts
/**
 * The events file: one JSON line per finished trial, appended as the run goes, so a killed run
 * loses nothing and --resume continues it. The first line identifies the run.
 */



function readEvents(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const lines = (0,external_node_fs_.readFileSync)(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
    let header;
    const trials = new Map();
    let skippedLines = 0;
    for (const line of lines) {
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            skippedLines++;
            continue;
        }
        const v = value;
        if (v.type === 'run' && !header)
            header = value;
        else if (v.type === 'trial') {
            const parsed = schema/* trialSchema */.WI.safeParse(value);
            if (parsed.success)
                trials.set((0,group/* trialKey */.w)(parsed.data.task, parsed.data.trial), parsed.data);
            else
                skippedLines++;
        }
        else
            skippedLines++;
    }
    if (!header)
        return undefined;
    return { header, trials: [...trials.values()], skippedLines };
}
class EventsWriter {
    file;
    onWriteError;
    /** Lines a full disk (or another write error) kept out of the file, written first on the next append. */
    unwritten = [];
    /** `onWriteError` hears once per failing stretch: the run goes on, its trials stay in memory. */
    constructor(file, onWriteError = () => undefined) {
        this.file = file;
        this.onWriteError = onWriteError;
    }
    /** Starts a new log; an older file at the same path is kept beside it, never overwritten. */
    start(header) {
        let movedTo;
        if ((0,external_node_fs_.existsSync)(this.file)) {
            movedTo = `${this.file}.${header.startedAt.replace(/[:.]/g, '-')}.old`;
            (0,external_node_fs_.renameSync)(this.file, movedTo);
        }
        (0,external_node_fs_.writeFileSync)(this.file, JSON.stringify(header) + '\n');
        return movedTo;
    }
    /**
     * Synchronous append: the line is in the file before the next trial is reported. A write that
     * fails (a full disk) does not end the run: the line waits and is written with the next one, and
     * a line cut short by the full disk is skipped on reading, as after a kill.
     */
    append(trial) {
        const wasFailing = this.unwritten.length > 0;
        this.unwritten.push(JSON.stringify({ type: 'trial', ...trial }) + '\n');
        try {
            (0,external_node_fs_.appendFileSync)(this.file, (wasFailing ? '\n' : '') + this.unwritten.join(''));
            this.unwritten = [];
        }
        catch (err) {
            if (!wasFailing)
                this.onWriteError(err);
        }
    }
    get pendingLines() {
        return this.unwritten.length;
    }
}

// EXTERNAL MODULE: ./src/results/summary.ts
var summary = __webpack_require__(64042);
// EXTERNAL MODULE: ./src/runner/labels.ts
var labels = __webpack_require__(53887);
;// CONCATENATED MODULE: ./src/runner/agents/command.ts

function commandPlan(agent) {
    const { candidate } = agent;
    return {
        command: agent.command,
        ...(agent.setup ? { setup: agent.setup } : {}),
        values: candidate?.values ?? {},
        ...(agent.mountDir ? { mountDir: agent.mountDir } : {}),
        labels: candidate ? { [labels/* LABEL */.d.candidate]: candidate.name } : {},
        files: () => [],
        recorded: candidate ? { candidate: { name: candidate.name, command: agent.command, env: candidate.values } } : {},
    };
}

;// CONCATENATED MODULE: ./src/runner/agents/oracle.ts
const ORACLE_COMMAND = 'bash /solution/solve.sh';
function oraclePlan(_agent) {
    return {
        command: ORACLE_COMMAND,
        values: {},
        labels: {},
        files: (task) => (task.harbor?.solutionDir ? [{ dir: task.harbor.solutionDir, target: '/solution' }] : []),
        recorded: { agent: 'oracle' },
    };
}

// EXTERNAL MODULE: ./src/config/presets.ts
var presets = __webpack_require__(30914);
;// CONCATENATED MODULE: ./src/runner/agents/preset-run.ts
/** Where a preset's files are seen inside the container. */
const PRESET_PATHS = {
    /** The npm package, read-only. */
    agent: '/.bakeoff/agent',
    /** The loader and libraries a glibc build starts with, read-only. */
    support: '/.bakeoff/support',
    /** The agent's HOME: writable, in memory, gone with the container. */
    home: '/.bakeoff/home',
};
/** A value as one shell word. */
function shellQuote(v) {
    return `'${v.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/runner/pull.ts
var pull = __webpack_require__(14531);
;// CONCATENATED MODULE: ./src/runner/agents/trajectory.ts
/**
 * An agent's trajectory (Claude Code's stream-json, Codex's JSONL events) as its stdout streams
 * out of the container: each line is read as it arrives, so the usage of an agent killed midway
 * is known up to its kill, and a bounded head and tail are kept for the report page. Hostile
 * input: lines are capped, a line that is not a JSON object is skipped, numbers are checked.
 */



const MAX_LINE = 1024 * 1024;
/** Kept for the report page: the start (the task as the agent took it) and the end (how it finished). */
const KEEP_HEAD = 256 * 1024;
const KEEP_TAIL = 256 * 1024;
class TrajectorySink extends external_node_stream_.Writable {
    reader;
    partial = [];
    partialBytes = 0;
    overlong = false;
    head = [];
    headBytes = 0;
    tail = [];
    tailBytes = 0;
    total = 0;
    skippedLines = 0;
    constructor(reader) {
        super();
        this.reader = reader;
    }
    _write(chunk, _enc, done) {
        this.keep(chunk);
        let start = 0;
        for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
            this.take(chunk.subarray(start, nl));
            this.endLine();
            start = nl + 1;
        }
        this.take(chunk.subarray(start));
        done();
    }
    /** What the trajectory says; a last line without its newline (the agent was killed mid-line) is read too. */
    reading() {
        if (this.partialBytes)
            this.endLine();
        return this.reader.finish();
    }
    /** The kept text: all of it when small, else its head and tail with a line saying how much was left out. */
    kept() {
        const head = Buffer.concat(this.head).toString('utf8');
        if (this.total <= KEEP_HEAD)
            return head;
        const tail = Buffer.concat(this.tail);
        const tailText = tail.subarray(Math.max(0, tail.length - KEEP_TAIL)).toString('utf8');
        const omitted = this.total - this.headBytes - Math.min(tail.length, KEEP_TAIL);
        return omitted > 0 ? `${head}\n{"type":"bakeoff.omitted","bytes":${omitted}}\n${tailText}` : head + tailText;
    }
    keep(chunk) {
        this.total += chunk.length;
        const room = KEEP_HEAD - this.headBytes;
        if (room > 0) {
            const part = chunk.subarray(0, room);
            this.head.push(part);
            this.headBytes += part.length;
            chunk = chunk.subarray(part.length);
        }
        if (!chunk.length)
            return;
        this.tail.push(chunk);
        this.tailBytes += chunk.length;
        while (this.tailBytes - this.tail[0].length >= KEEP_TAIL)
            this.tailBytes -= this.tail.shift().length;
    }
    take(part) {
        if (this.overlong || !part.length)
            return;
        if (this.partialBytes + part.length > MAX_LINE) {
            this.overlong = true;
            this.partial = [];
            this.partialBytes = 0;
            return;
        }
        this.partial.push(part);
        this.partialBytes += part.length;
    }
    endLine() {
        const line = this.overlong ? null : Buffer.concat(this.partial).toString('utf8').trim();
        this.partial = [];
        this.partialBytes = 0;
        this.overlong = false;
        if (line === null)
            return void this.skippedLines++;
        if (!line)
            return;
        const event = parseObject(line);
        if (event)
            this.reader.event(event);
        else
            this.skippedLines++;
    }
}
function parseObject(line) {
    try {
        const v = JSON.parse(line);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** A count or amount from the agent's output, if it is one the results file can hold. */
function metricNumber(v) {
    return typeof v === 'number' && (0,schema/* isMetricValue */.q3)(v) ? v : undefined;
}
/** An object field of an event, or an empty one. */
function field(o, key) {
    const v = o && typeof o === 'object' ? o[key] : undefined;
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
/** The metrics that are numbers, under their standard names. */
function usageMetrics(m) {
    return Object.fromEntries(Object.entries(m).filter((e) => e[1] !== undefined && (0,schema/* isMetricValue */.q3)(e[1])));
}
/** Agent text quoted in a reason's detail: one short printable line. */
function shortText(v, max = 300) {
    return (0,pull/* oneLine */.TN)(typeof v === 'string' ? v : JSON.stringify(v ?? ''), max);
}

;// CONCATENATED MODULE: ./src/runner/agents/claude-code.ts
/**
 * Claude Code's native build, headless (docs/presets/claude-code.md): `--print` with the
 * instruction on stdin, stream-json events on stdout, its permission prompts off because the
 * container is the sandbox (IS_SANDBOX=1 lets it do so as root).
 */


const { agent, support, home } = PRESET_PATHS;
const BINARY = `${agent}/claude`;
const LOADER = `${support}/ld-linux-x86-64.so.2 --library-path ${support}`;
// Its Bash tool runs every command with bash (a path naming bash or zsh; busybox's sh fails its command wrapper).
const NO_GLIBC = 'bakeoff: no glibc 2.26+ in this image: Claude Code runs on the host glibc through its loader, ' +
    'where its Grep and Glob tools and find/grep in its Bash tool do not work';
const HAS_BASH = '{ [ -x /bin/bash ] || [ -x /usr/bin/bash ] || [ -x /usr/local/bin/bash ]; }';
const claudeCode = {
    binary: 'claude',
    glibc: ['libc.so.6', 'libm.so.6', 'librt.so.1', 'libpthread.so.0', 'libdl.so.2'],
    versionCheck: `{ ${BINARY} --version || ${LOADER} ${BINARY} --version; }`,
    needs: {
        test: HAS_BASH,
        fix: 'Claude Code runs its commands with bash: use an image with bash at /bin/bash, /usr/bin/bash or /usr/local/bin/bash',
    },
    command: (model) => [
        // A read-only root leaves it no /tmp: its scratch goes in the tmpfs HOME, the task's TMPDIR untouched.
        `export HOME=${home} CLAUDE_CODE_TMPDIR=${home}/tmp`,
        'mkdir -p "$CLAUDE_CODE_TMPDIR"',
        `${HAS_BASH} || { echo 'bakeoff: claude-code needs bash in the image (none at /bin/bash, /usr/bin/bash, /usr/local/bin/bash)' >&2; exit 127; }`,
        // The image's own glibc (2.26 or later) when it has one: through the loader, Claude Code's own search tools break.
        `if ${BINARY} --version >/dev/null 2>&1; then set -- ${BINARY}; else`,
        `  echo '${NO_GLIBC}' >&2`,
        `  set -- ${LOADER} ${BINARY}; fi`,
        `exec "$@" --print --output-format stream-json --verbose --dangerously-skip-permissions` +
            (model ? ` --model ${shellQuote(model)}` : '') +
            ' < /task/instruction.md',
    ].join('\n'),
    values: { IS_SANDBOX: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' },
    reader: () => new ClaudeEvents(),
};
/** Its words when it gave up on the API without a status (older versions, a killed run): the fallback to api_error_status. */
const AUTH = /\b(401|403)\b|authentication_error|authentication_failed|invalid api key|not logged in/i;
const UNAVAILABLE = /\b(429|5\d\d)\b|rate_limit|overloaded|server_error|connection refused|econnrefused|timed out/i;
class ClaudeEvents {
    /** Usage per API message: stream-json repeats a message's usage on each of its content blocks. */
    perMessage = new Map();
    result;
    lastError;
    event(e) {
        if (e.type === 'assistant')
            this.assistant(e);
        else if (e.type === 'result')
            this.result = e;
    }
    assistant(e) {
        const message = field(e, 'message');
        const id = typeof message.id === 'string' ? message.id.slice(0, 200) : `#${this.perMessage.size}`;
        const u = field(message, 'usage');
        if (this.perMessage.size < 100_000)
            this.perMessage.set(id, {
                input: metricNumber(u.input_tokens),
                output: metricNumber(u.output_tokens),
                cacheRead: metricNumber(u.cache_read_input_tokens),
                cacheWrite: metricNumber(u.cache_creation_input_tokens),
            });
        // The synthetic message it prints when it gives up on the API: `error` is authentication_failed, rate_limit, server_error…
        if (typeof e.error === 'string')
            this.lastError = { status: e.api_error_status, text: `${e.error}: ${firstText(message)}` };
    }
    finish() {
        const r = this.result;
        const total = r ? field(r, 'usage') : undefined;
        const sum = (k) => [...this.perMessage.values()].reduce((n, u) => (u[k] === undefined ? n : (n ?? 0) + u[k]), undefined);
        const metrics = usageMetrics({
            input_tokens: total ? metricNumber(total.input_tokens) : sum('input'),
            output_tokens: total ? metricNumber(total.output_tokens) : sum('output'),
            cache_read_tokens: total ? metricNumber(total.cache_read_input_tokens) : sum('cacheRead'),
            cache_write_tokens: total ? metricNumber(total.cache_creation_input_tokens) : sum('cacheWrite'),
            cost_usd: r ? metricNumber(r.total_cost_usd) : undefined,
            turns: r ? metricNumber(r.num_turns) : this.perMessage.size || undefined,
        });
        // The result event, when there is one, says how the session ended; without it (killed), the last API error it printed.
        const failure = r ? apiFailure(r) : this.lastError;
        return { metrics, ...(failure ? upstreamOf(failure.status, failure.text) : {}) };
    }
}
function firstText(message) {
    const content = Array.isArray(message.content) ? message.content : [];
    const text = content.map((c) => field({ c }, 'c')).find((c) => c.type === 'text')?.text;
    return typeof text === 'string' ? shortText(text) : '';
}
/** A result that ended on the API (`terminal_reason: api_error`, or an error with the API's status), not on the agent's own limits. */
function apiFailure(r) {
    if (r.is_error !== true)
        return undefined;
    const text = shortText(r.result ?? r.subtype);
    return r.terminal_reason === 'api_error' || typeof r.api_error_status === 'number' || AUTH.test(text) || UNAVAILABLE.test(text)
        ? { status: r.api_error_status, text }
        : undefined;
}
/** 401/403 is the key; 429, 5xx and no answer at all (refused, timed out) the API's availability. */
function upstreamOf(status, text) {
    const detail = shortText(typeof status === 'number' ? `${status}: ${text}` : text);
    if (status === 401 || status === 403 || (typeof status !== 'number' && AUTH.test(text)))
        return { upstream: { kind: 'auth', detail } };
    return { upstream: { kind: 'unavailable', detail } };
}

;// CONCATENATED MODULE: ./src/runner/agents/codex.ts
/**
 * Codex's static build, headless (docs/presets/codex.md): `codex exec --json` with the instruction
 * on stdin, its JSONL events on stdout, its own sandbox and approvals off because the container is
 * the sandbox; CODEX_HOME in the tmpfs HOME.
 */


const { agent: codex_agent, home: codex_home } = PRESET_PATHS;
const VENDOR = `${codex_agent}/vendor/x86_64-unknown-linux-musl`;
const LAUNCHER = `${VENDOR}/bin/codex`;
// Its traffic beside the model API off where it has a switch: the update check, analytics (ab.chatgpt.com), plugin sync (api.github.com, chatgpt.com).
const QUIET = '-c check_for_update_on_startup=false -c analytics.enabled=false -c features.plugins=false --disable unbounded_connection_retries';
const codex = {
    binary: 'vendor/x86_64-unknown-linux-musl/bin/codex',
    versionCheck: `${LAUNCHER} --version`,
    command: (model) => [
        `export HOME=${codex_home} CODEX_HOME=${codex_home}/codex PATH="$PATH:${VENDOR}/codex-path"`,
        'mkdir -p "$CODEX_HOME"',
        // A base URL makes the API a provider of its own: Codex's built-in one would try its WebSocket transport first.
        'set --',
        '[ -z "${OPENAI_BASE_URL:-}" ] || set -- -c model_provider=bakeoff -c model_providers.bakeoff.name=bakeoff \\',
        '  -c "model_providers.bakeoff.base_url=$OPENAI_BASE_URL" -c model_providers.bakeoff.env_key=OPENAI_API_KEY',
        `exec ${LAUNCHER} exec --json --skip-git-repo-check --dangerously-bypass-approvals-and-sandbox ${QUIET} "$@"` +
            (model ? ` --model ${shellQuote(model)}` : '') +
            ' - < /task/instruction.md',
    ].join('\n'),
    values: {},
    reader: () => new CodexEvents(),
};
const codex_AUTH = /\b(401|403)\b|unauthorized|invalid_api_key|incorrect api key|forbidden/i;
const codex_UNAVAILABLE = /\b(429|5\d\d)\b|rate limit|too many requests|server error|overloaded|connection refused|error sending request|stream disconnected|timed out|exceeded retry limit/i;
class CodexEvents {
    input;
    cached;
    output;
    turns = 0;
    failed;
    event(e) {
        if (e.type === 'turn.completed') {
            const u = field(e, 'usage');
            this.turns++;
            this.input = add(this.input, metricNumber(u.input_tokens));
            this.cached = add(this.cached, metricNumber(u.cached_input_tokens));
            this.output = add(this.output, metricNumber(u.output_tokens));
        }
        else if (e.type === 'turn.failed')
            this.failed = shortText(field(e, 'error').message);
        else if (e.type === 'error' && typeof e.message === 'string')
            this.failed = shortText(e.message);
    }
    finish() {
        const metrics = usageMetrics({
            input_tokens: this.input,
            output_tokens: this.output,
            cache_read_tokens: this.cached,
            turns: this.turns || undefined,
        });
        if (!this.failed)
            return { metrics };
        if (codex_AUTH.test(this.failed))
            return { metrics, upstream: { kind: 'auth', detail: this.failed } };
        if (codex_UNAVAILABLE.test(this.failed))
            return { metrics, upstream: { kind: 'unavailable', detail: this.failed } };
        return { metrics };
    }
}
function add(a, b) {
    return b === undefined ? a : (a ?? 0) + b;
}

;// CONCATENATED MODULE: ./src/runner/agents/preset.ts
/**
 * A preset agent (Claude Code, Codex) run inside the task's own image without its cooperation:
 * the binary the run fetched (runner/agents/bundle.ts) and what it needs to start are mounted
 * read-only under /.bakeoff, HOME is a tmpfs, nothing is installed, so an agent phase with no
 * network still starts. Its stdout is the trajectory bakeoff reads usage from (trajectory.ts).
 */





const HOME_TMPFS_BYTES = 256 * 1024 ** 2;
const PRESET_RUNS = { 'claude-code': claudeCode, codex: codex };
function presetPlan(agent) {
    const run = PRESET_RUNS[agent.preset];
    const bundle = agent.bundle;
    if (!bundle)
        throw new Error(`the ${agent.preset} preset was not fetched before its trials`);
    const { candidate } = agent;
    const values = { ...run.values, ...(candidate?.values ?? {}) };
    const line = presetLine(agent);
    return {
        command: run.command(agent.model),
        ...(agent.setup ? { setup: agent.setup } : {}),
        values,
        mounts: [
            { source: bundle.dir, target: PRESET_PATHS.agent },
            ...(bundle.supportDir ? [{ source: bundle.supportDir, target: PRESET_PATHS.support }] : []),
        ],
        tmpfs: { [PRESET_PATHS.home]: HOME_TMPFS_BYTES },
        plainHostEnv: presets/* PRESETS */.f[agent.preset].plainEnv,
        trajectory: { reader: run.reader },
        startCheck: {
            command: `${run.needs ? `${run.needs.test} && ` : ''}${run.versionCheck}`,
            fix: `${run.needs ? `${run.needs.fix}; ` : ''}the preset runs on x86-64 Linux images (any libc: it brings its own)`,
        },
        labels: candidate ? { [labels/* LABEL */.d.candidate]: candidate.name } : {},
        files: () => [],
        recorded: {
            preset: {
                name: agent.preset,
                version: bundle.version,
                ...(agent.model ? { model: agent.model } : {}),
                binarySha256: bundle.binarySha256,
                package: bundle.package,
                integrity: bundle.integrity,
            },
            ...(candidate ? { candidate: { name: candidate.name, command: line, env: candidate.values } } : {}),
        },
    };
}
/** The preset as one line, as a candidate's record shows it: `claude-code 2.1.332 --model m`. */
function presetLine(agent) {
    return `${agent.preset} ${agent.bundle?.version ?? agent.version ?? 'latest'}${agent.model ? ` --model ${agent.model}` : ''}`;
}

;// CONCATENATED MODULE: ./src/runner/agents/index.ts



const PLANS = {
    command: commandPlan,
    oracle: oraclePlan,
    preset: presetPlan,
};
function agentPlan(agent) {
    return PLANS[agent.kind](agent);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/runner/agents/npm-package.ts
var npm_package = __webpack_require__(50857);
;// CONCATENATED MODULE: ./src/runner/agents/bundle.ts
/**
 * What a preset agent's trials mount, made once per run before the first trial: its npm package
 * (fetched once per version and checked against the registry's integrity hash, npm-package.ts),
 * the sha256 of its binary, and for a glibc build the host's loader and libraries beside it.
 */






/** Where the host's glibc is looked for: Debian's and Ubuntu's multiarch directories, then the classic ones. */
const LIBRARY_DIRS = ['/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/lib64', '/usr/lib64', '/lib', '/usr/lib'];
const bundle_LOADER = 'ld-linux-x86-64.so.2';
async function prepareAgentBundle(agent, opts) {
    const facts = presets/* PRESETS */.f[agent.preset];
    const run = PRESET_RUNS[agent.preset];
    let version = agent.version;
    if (!version) {
        version = (await (0,npm_package/* resolvePackage */.Ph)(facts.mainPackage, undefined, opts)).version;
        opts.log?.(`bakeoff: ${agent.preset}: no version pinned; the registry's latest is ${version}, used for the whole run (pin it with version: "${version}")`);
    }
    const native = facts.nativePackage(version);
    const pkg = await (0,npm_package/* resolvePackage */.Ph)(native.name, native.version, opts);
    const { dir } = await (0,npm_package/* fetchPackage */.X7)(pkg, opts);
    const binary = (0,external_node_path_.join)(dir, run.binary);
    if (!(0,external_node_fs_.existsSync)(binary) || !((0,external_node_fs_.statSync)(binary).mode & 0o111))
        throw new npm_package/* RegistryError */.gl('registry', `${pkg.name}@${pkg.version} holds no executable ${run.binary}: the package's layout changed — ` +
            `pin a version the preset knows (docs/presets/${agent.preset}.md)`);
    return {
        dir,
        ...(run.glibc ? { supportDir: hostGlibc(run.glibc, opts.cacheDir) } : {}),
        version,
        binarySha256: await binaryDigest(binary, pkg.integrity),
        package: `${pkg.name}@${pkg.version}`,
        integrity: pkg.integrity,
    };
}
/** The binary's sha256, computed once per fetched package (hundreds of MB) and kept beside it. */
async function binaryDigest(binary, integrity) {
    const memo = (0,external_node_path_.join)((0,external_node_path_.dirname)(binary), `.${binary.split('/').pop()}.sha256`);
    const kept = (0,external_node_fs_.existsSync)(memo) ? (0,external_node_fs_.readFileSync)(memo, 'utf8').split(' ') : [];
    if (kept[0] === integrity && /^[0-9a-f]{64}$/.test(kept[1] ?? ''))
        return kept[1];
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(binary))
        hash.update(chunk);
    const digest = hash.digest('hex');
    try {
        (0,external_node_fs_.writeFileSync)(memo, `${integrity} ${digest}`);
    }
    catch {
        // a read-only cache still runs; the digest is computed again next time
    }
    return digest;
}
/** The host's glibc loader and `libraries`, copied into the cache under a name that is their digest. */
function hostGlibc(libraries, cacheDir) {
    const files = [bundle_LOADER, ...libraries].map((name) => ({ name, path: findLibrary(name) }));
    const digest = (0,external_node_crypto_.createHash)('sha256');
    for (const f of files)
        digest.update(f.name).update((0,external_node_fs_.readFileSync)(f.path));
    const dir = (0,external_node_path_.join)(cacheDir, 'support', `glibc-${digest.digest('hex').slice(0, 16)}`);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, bundle_LOADER)))
        return dir;
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
    (0,external_node_fs_.mkdirSync)(tmp, { recursive: true });
    for (const f of files)
        (0,external_node_fs_.copyFileSync)(f.path, (0,external_node_path_.join)(tmp, f.name));
    try {
        (0,external_node_fs_.renameSync)(tmp, dir);
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        // Another run made the same directory meanwhile: its copy is as good as this one.
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, bundle_LOADER)))
            throw err;
    }
    return dir;
}
function findLibrary(name) {
    for (const dir of LIBRARY_DIRS) {
        const path = (0,external_node_path_.join)(dir, name);
        if ((0,external_node_fs_.existsSync)(path))
            return (0,external_node_fs_.realpathSync)(path);
    }
    throw new npm_package/* RegistryError */.gl('registry', `this host has no ${name} (looked in ${LIBRARY_DIRS.join(', ')}): the claude-code preset starts its glibc build with the host's glibc — ` +
        'run bakeoff on a glibc Linux host (GitHub-hosted Ubuntu runners are)');
}

// EXTERNAL MODULE: ./src/runner/caps.ts
var runner_caps = __webpack_require__(13373);
// EXTERNAL MODULE: ./src/runner/docker.ts + 4 modules
var docker = __webpack_require__(69601);
// EXTERNAL MODULE: ./src/runner/build.ts
var build = __webpack_require__(93310);
// EXTERNAL MODULE: ./src/config/timeouts.ts
var timeouts = __webpack_require__(27548);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/config/egress.ts
var egress = __webpack_require__(16659);
;// CONCATENATED MODULE: ./src/runner/egress-proxy.ts
/**
 * The egress proxy: an HTTP proxy (CONNECT by host and port; plain-HTTP absolute URIs) that
 * forwards only to destinations the profile's allow-list names. It runs inside bakeoff, listening
 * on the run's internal Docker network's host address, the only way out of that network. It
 * resolves names itself and checks every resolved address before it connects to that very
 * address (no second lookup, so DNS rebinding cannot get past the check). It records, per trial
 * container and per phase (the agent's, the verifier's), each destination tried: allowed or denied
 * (and why, as the refused client is told), connections, bytes each way, and connect failures to
 * allowed destinations — bounded however many requests a trial makes. Each phase has its own
 * allow-list: the profile's for that phase, narrowed by the task's allowed_hosts where it has them.
 */




/** Destinations kept per trial; past this, further ones are counted under "(other)". */
const MAX_DESTINATIONS = 200;
const OTHER = '(other)';
const CONNECT_TIMEOUT_MS = 10_000;
const MAX_HOST_LENGTH = 253;
const systemResolver = async (host) => (await (0,promises_.lookup)(host, { all: true })).map((a) => a.address);
class TrialEgress {
    phase;
    policy;
    /** Per phase, by destination. */
    records = { agent: new Map(), verify: new Map() };
    constructor(phase, policy) {
        this.phase = phase;
        this.policy = policy;
    }
    record(destination, allowed) {
        const records = this.records[this.phase];
        const key = records.size >= MAX_DESTINATIONS && !records.has(destination) ? OTHER : destination;
        let r = records.get(key);
        if (!r)
            records.set(key, (r = { phase: this.phase, destination: key, allowed, connections: 0, bytesOut: 0, bytesIn: 0, connectFailures: 0 }));
        return r;
    }
    snapshot() {
        const sorted = (m) => [...m.values()].map((r) => ({ ...r })).sort((a, b) => (a.destination < b.destination ? -1 : 1));
        return [...sorted(this.records.agent), ...sorted(this.records.verify)];
    }
}
class EgressProxy {
    rules;
    resolve;
    server;
    trials = new Map();
    sockets = new Set();
    closing = false;
    /** False once the proxy stopped other than by close(): trials running then are error/network. */
    alive = true;
    port = 0;
    constructor(rules, resolve = systemResolver) {
        this.rules = rules;
        this.resolve = resolve;
        this.server = (0,external_node_http_.createServer)((req, res) => void this.forwardHttp(req, res));
        this.server.on('connect', (req, socket, head) => void this.tunnel(req, socket, head));
        this.server.on('connection', (s) => {
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
        this.server.on('close', () => {
            if (!this.closing)
                this.alive = false;
        });
        this.server.maxConnections = 2048;
        this.server.httpAllowHalfOpen = true;
    }
    /** NO_PROXY for the trial containers: never a destination the allow-list names. */
    get noProxy() {
        return (0,egress/* noProxyFor */.vR)(this.rules);
    }
    /** NO_PROXY for a phase under `policy`: never a destination its lists name. */
    noProxyFor(policy) {
        return (0,egress/* noProxyFor */.vR)([...(policy.rules ?? []), ...(policy.narrowTo ?? [])]);
    }
    async listen(host) {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, host, () => resolve());
        });
        this.server.on('error', () => (this.alive = false));
        this.port = this.server.address().port;
        return this.port;
    }
    /**
     * Starts recording what the container at `ip` tries, as `phase`, under `policy` (default: the
     * proxy's allow-list); only tracked containers are served. A container already tracked moves to
     * the phase and its policy, its records kept.
     */
    track(ip, phase = 'agent', policy = { rules: this.rules }) {
        const trial = this.trials.get(ip);
        if (!trial)
            return void this.trials.set(ip, new TrialEgress(phase, policy));
        trial.phase = phase;
        trial.policy = policy;
    }
    /** What the container at `ip` has tried so far: the agent phase's records, then the verify phase's. */
    records(ip, phase) {
        const all = this.trials.get(ip)?.snapshot() ?? [];
        return phase ? all.filter((r) => r.phase === phase) : all;
    }
    untrack(ip) {
        this.trials.delete(ip);
    }
    /** Stops the proxy; `unexpected` (tests: the proxy dying mid-run) leaves `alive` false. */
    async close(unexpected = false) {
        this.closing = !unexpected;
        if (unexpected)
            this.alive = false;
        for (const s of this.sockets)
            s.destroy();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
    trialOf(socket) {
        return this.trials.get((socket.remoteAddress ?? '').replace(/^::ffff:/, ''));
    }
    /**
     * Decides host:port for a trial: the rule that allows it and the first resolved address that rule
     * may reach; or a refusal, recorded.
     */
    async decide(trial, host, port) {
        const destination = `${host.slice(0, MAX_HOST_LENGTH)}:${port}`;
        const { rules, narrowTo } = trial.policy;
        const valid = host.length <= MAX_HOST_LENGTH && port >= 1 && port <= 65535;
        // No list at all allows nothing: a phase is tracked only under an allow-list.
        if (!valid || (!rules && !narrowTo))
            return denied(trial.record(destination, false), destination, (0,egress/* noRuleRefusal */.AT)(rules ?? [], host));
        const rule = rules ? (0,egress/* matchEgress */.Xb)(rules, host, port) : undefined;
        if (rules && !rule)
            return denied(trial.record(destination, false), destination, (0,egress/* noRuleRefusal */.AT)(rules, host));
        // A task's allowed_hosts name hosts; the ports are the profile's.
        const taskRule = narrowTo ? (0,egress/* matchEgressHost */.t7)(narrowTo, host) : undefined;
        if (narrowTo && !taskRule)
            return denied(trial.record(destination, false), destination, { reason: 'not-in-task' });
        const matched = [rule, taskRule].filter((r) => r !== undefined);
        const bare = host.replace(/^\[|\]$/g, '');
        const addresses = (0,external_node_net_.isIP)(bare) ? [bare] : await this.resolve(bare).catch(() => []);
        const record = trial.record(destination, true);
        if (addresses.length === 0) {
            record.connections++;
            record.connectFailures++;
            return { status: 502, message: `${destination} is allowed (${matched.map((r) => r.text).join(' and ')}), but ${bare} did not resolve` };
        }
        const address = addresses.find((a) => matched.every((r) => (0,egress/* addressAllowed */.lg)(r, a)));
        if (address) {
            record.connections++;
            return { address, record };
        }
        // The name is listed but resolves only to addresses its rule may not reach (loopback, metadata, private).
        record.allowed = false;
        const refusing = matched.find((r) => !(0,egress/* addressAllowed */.lg)(r, addresses[0])) ?? matched[0];
        return denied(record, destination, { reason: 'address-refused', rule: refusing.text, address: addresses[0] });
    }
    async tunnel(req, client, head) {
        client.on('error', () => client.destroy());
        const trial = this.trialOf(client);
        const m = /^(\[[0-9a-fA-F:.]+\]|[^:\s/]+):(\d{1,5})$/.exec(req.url ?? '');
        if (!trial || !m)
            return refuse(client, trial ? badRequest : untracked);
        const decided = await this.decide(trial, m[1].toLowerCase(), Number(m[2]));
        if ('status' in decided)
            return refuse(client, decided);
        const { address, record } = decided;
        const upstream = (0,external_node_net_.connect)({ host: address, port: Number(m[2]) });
        let connected = false;
        upstream.setTimeout(CONNECT_TIMEOUT_MS, () => upstream.destroy(new Error('connect timeout')));
        upstream.on('error', (e) => {
            if (connected)
                return void client.destroy();
            record.connectFailures++;
            refuse(client, connectFailed(req.url ?? '', address, e));
        });
        upstream.once('connect', () => {
            connected = true;
            upstream.setTimeout(0);
            client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
            if (head.length)
                upstream.write(head);
            // The sockets count their own bytes: no per-chunk callback of ours on the data path.
            const baseline = { read: client.bytesRead, written: client.bytesWritten };
            client.pipe(upstream).on('error', () => client.destroy());
            upstream.pipe(client).on('error', () => upstream.destroy());
            upstream.on('close', () => {
                record.bytesOut += upstream.bytesWritten;
                record.bytesIn += Math.max(0, client.bytesWritten - baseline.written);
                client.destroy();
            });
            client.on('close', () => upstream.destroy());
        });
    }
    async forwardHttp(req, res) {
        const trial = this.trialOf(req.socket);
        let url;
        try {
            url = new URL(req.url ?? '');
        }
        catch {
            url = undefined;
        }
        if (!trial || !url || url.protocol !== 'http:')
            return answer(res, trial ? badRequest : untracked);
        const port = Number(url.port || 80);
        const decided = await this.decide(trial, url.hostname.toLowerCase(), port);
        if ('status' in decided)
            return answer(res, decided);
        const { address, record } = decided;
        // An HTTP/1.0 client may send no Host; the upstream (HTTP/1.1) needs one.
        const headers = { host: url.host, ...req.headers };
        delete headers['proxy-connection'];
        delete headers['proxy-authorization'];
        const upstream = (0,external_node_http_.request)({ host: address, port, method: req.method, path: `${url.pathname}${url.search}`, headers, setHost: false });
        upstream.setTimeout(CONNECT_TIMEOUT_MS, () => upstream.destroy(new Error('timeout')));
        upstream.on('error', (e) => {
            record.connectFailures++;
            answer(res, connectFailed(`${url.hostname}:${port}`, address, e));
        });
        upstream.on('response', (up) => {
            upstream.setTimeout(0);
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.on('data', (d) => (record.bytesIn += d.length));
            up.pipe(res);
        });
        req.on('data', (d) => (record.bytesOut += d.length));
        req.pipe(upstream);
    }
}
const badRequest = { status: 400, message: 'not a proxy request: CONNECT host:port, or an absolute http:// URI' };
const untracked = { status: 403, message: 'this proxy serves only the trial containers of its run' };
/** Records the refusal on the destination's record; the client is told the same. */
function denied(record, destination, refusal) {
    record.connections++;
    delete record.rule;
    delete record.address;
    // "(other)" pools many destinations: one's rule and address would mislead, its reason alone may not.
    Object.assign(record, record.destination === OTHER ? { reason: refusal.reason } : refusal);
    return { status: 403, message: `denied by the egress allow-list: ${(0,egress/* explainRefusal */.GC)(destination, refusal)}` };
}
function connectFailed(destination, address, e) {
    return { status: 502, message: `${destination} is allowed, but the connection to ${address} failed (${e.code ?? e.message})` };
}
const STATUS_TEXT = { 400: 'Bad Request', 403: 'Forbidden', 502: 'Bad Gateway' };
function refuse(socket, r) {
    const body = `bakeoff egress proxy: ${r.message}\n`;
    socket.end(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status]}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
function answer(res, r) {
    if (res.headersSent)
        return void res.destroy();
    const body = `bakeoff egress proxy: ${r.message}\n`;
    res.writeHead(r.status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
    res.end(body);
}

// EXTERNAL MODULE: ./src/config/network.ts
var config_network = __webpack_require__(69264);
// EXTERNAL MODULE: ./src/runner/selection.ts
var selection = __webpack_require__(45224);
;// CONCATENATED MODULE: ./src/runner/progress.ts
/**
 * Progress on stderr: a live line on a terminal (redrawn every second, so elapsed time and the
 * running trials move even while a long trial runs), plain periodic lines in CI logs.
 */

const SHOWN_RUNNING = 3;
class Progress {
    total;
    sink;
    intervalMs;
    now;
    counts = { pass: 0, fail: 0, limit: 0, error: 0 };
    done = 0;
    retries = 0;
    initial = 0;
    lastLine = -Infinity;
    running = new Map();
    started;
    timer;
    constructor(total, sink = { write: (t) => process.stderr.write(t), isTTY: Boolean(process.stderr.isTTY) }, intervalMs = 10_000, alreadyDone = [], now = Date.now) {
        this.total = total;
        this.sink = sink;
        this.intervalMs = intervalMs;
        this.now = now;
        for (const o of alreadyDone)
            this.counts[o]++;
        this.done = alreadyDone.length;
        this.initial = alreadyDone.length;
        this.started = now();
    }
    /** Starts the clock that redraws the line; it never keeps the process alive. */
    start() {
        this.timer = setInterval(() => this.tick(), this.sink.isTTY ? 1000 : this.intervalMs);
        this.timer.unref();
    }
    retried() {
        this.retries++;
    }
    trialStarted(label) {
        this.running.set(label, this.now());
    }
    trialDone(outcome, label) {
        if (label !== undefined)
            this.running.delete(label);
        this.counts[outcome]++;
        this.done++;
        this.render(this.done === this.total);
    }
    /** Time passed with no trial finishing: redraw (terminal) or print when the interval is up (CI log). */
    tick() {
        this.render(false);
    }
    finish() {
        clearInterval(this.timer);
        if (this.sink.isTTY)
            this.sink.write('\n');
    }
    render(last) {
        const now = this.now();
        if (this.sink.isTTY)
            this.sink.write(`\r\x1b[2K${this.line(now)}`);
        else if (last || now - this.lastLine >= this.intervalMs) {
            this.sink.write(this.line(now) + '\n');
            this.lastLine = now;
        }
    }
    line(now = this.now()) {
        const elapsed = now - this.started;
        const c = this.counts;
        const fresh = this.done - this.initial;
        const eta = fresh > 0 && this.done < this.total ? ` · ETA ${(0,units/* formatDuration */.a3)((elapsed / fresh) * (this.total - this.done))}` : '';
        const retries = this.retries ? ` · ${this.retries} retried` : '';
        const outcomes = `pass ${c.pass} · fail ${c.fail} · limit ${c.limit} · error ${c.error}`;
        const trials = `${this.done}/${(0,units/* plural */.LS)(this.total, 'trial')}`;
        return `bakeoff: ${trials} · ${outcomes}${retries} · ${(0,units/* formatDuration */.a3)(elapsed)} elapsed${eta}${this.runningText(now)}`;
    }
    /** The longest-running trials first: the one a reader wonders about. */
    runningText(now) {
        if (this.running.size === 0)
            return '';
        const longest = [...this.running].sort((a, b) => a[1] - b[1]);
        const shown = longest.slice(0, SHOWN_RUNNING).map(([label, since]) => `${label} ${(0,units/* formatDuration */.a3)(now - since)}`);
        const more = this.running.size > SHOWN_RUNNING ? `, +${this.running.size - SHOWN_RUNNING} more` : '';
        return ` · running ${this.running.size}: ${shown.join(', ')}${more}`;
    }
}

;// CONCATENATED MODULE: ./src/runner/scheduler.ts
/**
 * Runs jobs as capacity allows. With `auto`, a job starts only while the sum of the running jobs'
 * guaranteed memory and CPU ceilings stays within what the host offers, so every trial keeps its
 * guarantee (oversubscription would itself be noise). The queue is taken in order, but a smaller
 * job may start ahead of one that does not fit yet (backfill).
 */
function fits(used, next, capacity, running) {
    if (running === 0)
        return true; // a job bigger than the host still runs, alone
    const eps = 1e-9;
    return used.cpus + next.cpus <= capacity.cpus + eps && used.memoryBytes + next.memoryBytes <= capacity.memoryBytes;
}
/** Index of the first queued job that can start now, or -1. Pure. */
function pickNext(queue, demand, used, capacity, running) {
    return queue.findIndex((job) => fits(used, demand(job), capacity, running));
}
async function schedule(jobs, opts) {
    const queue = [...jobs];
    const used = { cpus: 0, memoryBytes: 0 };
    let running = 0;
    let failure;
    return new Promise((resolve, reject) => {
        const finish = () => {
            if (running > 0)
                return;
            if (failure !== undefined)
                reject(failure);
            else if (queue.length === 0 || opts.signal.aborted)
                resolve();
        };
        const pump = () => {
            while (queue.length > 0 && failure === undefined && !opts.signal.aborted) {
                let index;
                if (opts.concurrency.kind === 'fixed')
                    index = running < opts.concurrency.n ? 0 : -1;
                else
                    index = pickNext(queue, opts.demand, used, opts.concurrency.capacity, running);
                if (index < 0)
                    break;
                const [job] = queue.splice(index, 1);
                const d = opts.demand(job);
                used.cpus += d.cpus;
                used.memoryBytes += d.memoryBytes;
                running++;
                opts
                    .run(job)
                    .catch((err) => {
                    if (failure === undefined)
                        failure = err;
                })
                    .finally(() => {
                    used.cpus -= d.cpus;
                    used.memoryBytes -= d.memoryBytes;
                    running--;
                    pump();
                    finish();
                });
            }
            finish();
        };
        pump();
    });
}

// EXTERNAL MODULE: ./src/runner/sleep.ts
var sleep = __webpack_require__(71821);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/runner/capture.ts
var capture = __webpack_require__(47932);
;// CONCATENATED MODULE: ./src/runner/classify.ts
/**
 * A trial that did not pass while an allowed destination could not be reached measured the
 * runner's connectivity, not the agent: error/upstream, retried like other infra errors.
 */
function classify(o) {
    const c = classifyPhases(o);
    // A limit stays the agent's (Claude Code OOM-killed is limit/oom); a fail after the API gave out is not.
    if (c.outcome === 'fail' && o.agent?.upstream)
        return { outcome: 'error', reason: o.agent.upstream === 'auth' ? 'upstream-auth' : 'upstream' };
    if ((c.outcome === 'fail' || c.outcome === 'limit') && (o.upstreamFailures ?? 0) > 0)
        return { outcome: 'error', reason: 'upstream' };
    return c;
}
/**
 * Whether a cap stopped the agent: then neither metrics nor the verifier run (docs/design.md §5),
 * but for a Harbor task's timeout, which is graded (gradedAfterLimit).
 * Read from the phases alone: the upstream rule above may later turn the limit into error/upstream,
 * but the agent was stopped all the same (and its container may be gone with it).
 */
function stoppedByLimit(o) {
    return classifyPhases(o).outcome === 'limit';
}
/**
 * Whether the verifier still runs after a limit. Harbor grades an agent that ran out of time, so a
 * Harbor task's limit/timeout is graded: the agent's processes are killed and the verifier runs in
 * the same container; the trial stays limit/timeout and records the reward. Not after oom, pids or
 * disk (the container may be gone with the agent), and never for bakeoff's own tasks.
 */
function gradedAfterLimit(o, harbor) {
    const c = classifyPhases(o);
    return harbor && c.outcome === 'limit' && c.reason === 'timeout';
}
function classifyPhases(o) {
    if (o.fault)
        return { outcome: 'error', reason: o.fault.stage };
    if (o.setup && (o.setup.timedOut || o.setup.exitCode !== 0))
        return { outcome: 'error', reason: 'setup' };
    if (!o.agent)
        return { outcome: 'error', reason: 'internal' };
    if (o.agent.oomKills > 0)
        return { outcome: 'limit', reason: 'oom' };
    if (o.agent.pidsMaxEvents > 0)
        return { outcome: 'limit', reason: 'pids' };
    if (o.agent.diskExceeded)
        return { outcome: 'limit', reason: 'disk' };
    if (o.agent.timedOut)
        return { outcome: 'limit', reason: 'timeout' };
    if (!o.verify)
        return { outcome: 'error', reason: 'internal' };
    if (o.verifyDenied?.length)
        return { outcome: 'error', reason: `verify-egress:${safeDestination(o.verifyDenied[0])}` };
    if (o.verify.timedOut)
        return { outcome: 'error', reason: 'verify-timeout' };
    if (o.verify.oomKills > 0)
        return { outcome: 'error', reason: 'verify-oom' };
    if (o.verify.reward !== undefined)
        return byReward(o.verify.reward);
    if (o.verify.exitCode === 0)
        return { outcome: 'pass', reason: null };
    return { outcome: 'fail', reason: `verify-exit:${o.verify.exitCode ?? 'unknown'}` };
}
/** Harbor's rule: the reward decides, not test.sh's exit code; a reward of 1 or more passes. */
function byReward(reward) {
    if (reward === 'missing')
        return { outcome: 'fail', reason: 'no-reward' };
    if (reward === 'malformed')
        return { outcome: 'fail', reason: 'bad-reward' };
    return reward >= 1 ? { outcome: 'pass', reason: null } : { outcome: 'fail', reason: `reward:${reward}` };
}
/** A destination as the proxy recorded it (asked by a process in the container): only host-name characters go into a reason. */
function safeDestination(destination) {
    return destination.slice(0, 260).replace(/[^A-Za-z0-9._:[\]()-]/g, '?');
}

// EXTERNAL MODULE: ./src/runner/fate.ts
var runner_fate = __webpack_require__(17526);
// EXTERNAL MODULE: ./src/runner/faults.ts
var faults = __webpack_require__(42329);
;// CONCATENATED MODULE: ./src/runner/redact.ts
/**
 * Values of the variables a suite passes to its agent never leave a container in a log: neither as
 * they are nor in the encodings an agent or a library commonly prints them in — base64 (standard
 * and URL-safe, padded or not, with the newline `echo | base64` adds, and inside a longer base64
 * text at any byte alignment), URL-encoding and hex.
 */
const MIN_SECRET = 3;
/** Shorter base64 fragments would redact ordinary text by chance. */
const MIN_FRAGMENT = 8;
function base64Forms(bytes) {
    const std = bytes.toString('base64');
    return [std, std.replace(/=+$/, ''), bytes.toString('base64url')];
}
/**
 * The part of the secret's base64 that is the same whatever surrounds it, for each of the three
 * alignments it can have in a longer stream: character i covers bits [6i, 6i+6), so it belongs to
 * the secret alone when those bits lie within the secret's bytes [8k, 8(k+n)).
 */
function base64Cores(secret) {
    const cores = [];
    for (let k = 0; k < 3; k++) {
        const encoded = Buffer.concat([Buffer.alloc(k), secret]).toString('base64');
        const core = encoded.slice(Math.ceil((4 * k) / 3), Math.floor((4 * (k + secret.length)) / 3));
        if (core.length >= MIN_FRAGMENT)
            cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return cores;
}
function secretForms(secret) {
    if (secret.length < MIN_SECRET)
        return [];
    const bytes = Buffer.from(secret, 'utf8');
    const forms = new Set([
        secret,
        ...base64Forms(bytes),
        ...base64Forms(Buffer.from(`${secret}\n`, 'utf8')),
        ...base64Cores(bytes),
        encodeURIComponent(secret),
        bytes.toString('hex'),
        bytes.toString('hex').toUpperCase(),
    ]);
    // Longest first, so a longer form is replaced whole before a shorter one cuts into it.
    return [...forms].filter((f) => f.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
}
function redact(text, secrets) {
    let out = text;
    for (const form of secrets.flatMap(secretForms))
        out = out.split(form).join('***');
    return out;
}

;// CONCATENATED MODULE: ./src/runner/disk.ts
/**
 * The disk cap where the storage driver cannot enforce one: like Kubernetes' ephemeral-storage
 * limit, bakeoff measures what the container has written — its writable layer plus its tmpfs
 * mounts — while the agent runs, and stops the trial once it is over the cap (limit/disk).
 */


const POLL_MS = 250;
/** Below this much free space the host's disk counts as full: writes in the container fail for the host's sake. */
const HOST_FULL_BYTES = 16 * 2 ** 20;
/** Whether the filesystem holding `path` (the engine's data directory) is full; false when it cannot be read from here. */
function hostDiskFull(path) {
    if (!path)
        return false;
    try {
        const s = (0,external_node_fs_.statfsSync)(path);
        return s.bavail * s.bsize < HOST_FULL_BYTES;
    }
    catch {
        return false;
    }
}
/** Bytes on disk under `dir` (allocated blocks, as du counts), not following symlinks. */
function diskUsage(dir) {
    let total = 0;
    const stack = [dir];
    while (stack.length) {
        const d = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(d);
        }
        catch {
            continue;
        }
        for (const name of entries) {
            const path = (0,external_node_path_.join)(d, name);
            try {
                const st = (0,external_node_fs_.lstatSync)(path);
                total += st.blocks * 512;
                if (st.isDirectory())
                    stack.push(path);
            }
            catch {
                /* removed while walking */
            }
        }
    }
    return total;
}
/** Used bytes of a tmpfs mount, seen through the container's root from the host. */
function tmpfsUsed(pid, path) {
    try {
        const s = (0,external_node_fs_.statfsSync)(`/proc/${pid}/root${path}`);
        return (s.blocks - s.bfree) * s.bsize;
    }
    catch {
        return 0;
    }
}
class DiskWatch {
    engine;
    container;
    capBytes;
    pid;
    tmpfsPaths;
    onExceeded;
    timer;
    measuring = false;
    exceeded = false;
    /** The container's writable layer on the host (overlay2), asked of the engine once; undefined when not visible from here. */
    upper;
    constructor(engine, container, capBytes, pid, tmpfsPaths, 
    /** Called once, when usage first goes over the cap: the caller stops the trial. */
    onExceeded) {
        this.engine = engine;
        this.container = container;
        this.capBytes = capBytes;
        this.pid = pid;
        this.tmpfsPaths = tmpfsPaths;
        this.onExceeded = onExceeded;
    }
    async start() {
        this.upper = await this.engine.writableLayerDir(this.container);
        this.timer = setInterval(() => void this.measure(), POLL_MS);
    }
    async usage() {
        const upper = this.upper;
        // Elsewhere (a remote engine) the engine measures the writable layer itself, more slowly.
        const layer = upper ? diskUsage(upper) : await this.engine.writableLayerBytes(this.container);
        const tmpfs = this.pid ? this.tmpfsPaths.reduce((n, p) => n + tmpfsUsed(this.pid, p), 0) : 0;
        return layer + tmpfs;
    }
    async measure() {
        if (this.measuring || this.exceeded)
            return;
        this.measuring = true;
        try {
            if ((await this.usage()) > this.capBytes) {
                this.exceeded = true;
                this.stop();
                this.onExceeded();
            }
        }
        finally {
            this.measuring = false;
        }
    }
    /** One last measurement: a writer that finished between two polls is still caught. */
    async finish() {
        this.stop();
        if (!this.exceeded && (await this.usage()) > this.capBytes)
            this.exceeded = true;
    }
    stop() {
        clearInterval(this.timer);
    }
}

;// CONCATENATED MODULE: ./src/runner/metrics.ts
/**
 * What an agent reports about itself ($BAKEOFF_METRICS: a small JSON object of numbers such as
 * input_tokens, cost_usd, steps). Hostile input: size-capped, only numbers in the results file's
 * metric range (0, or 1e-15 to 1e15 in magnitude) under plain keys are kept, everything else is
 * refused with a note; it never fails a trial. Pure.
 */

const METRICS_MAX_BYTES = 64 * 1024;
const MAX_KEYS = 50;
const KEY = /^[A-Za-z0-9_.-]{1,64}$/;
/** `text`: the file as read (undefined when the agent wrote none); `bytes`: its full size. */
function parseMetrics(text, bytes = text?.length ?? 0) {
    if (text === undefined || text.trim() === '')
        return { metrics: {}, notes: [] };
    if (bytes > METRICS_MAX_BYTES)
        return { metrics: {}, notes: [`metrics file is ${bytes} bytes, over the ${METRICS_MAX_BYTES} read: ignored`] };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { metrics: {}, notes: ['metrics file is not JSON: ignored'] };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return { metrics: {}, notes: ['metrics file is not a JSON object of numbers: ignored'] };
    const metrics = {};
    const refused = [];
    for (const [key, v] of Object.entries(value)) {
        if (!KEY.test(key) || Object.keys(metrics).length >= MAX_KEYS || typeof v !== 'number' || !(0,schema/* isMetricValue */.q3)(v))
            refused.push(key.slice(0, 64));
        else
            metrics[key] = v;
    }
    return {
        metrics,
        notes: refused.length
            ? [`metrics refused (out of the metric range, a bad key, or over ${MAX_KEYS} keys): ${refused.slice(0, 10).join(', ')}`]
            : [],
    };
}

// EXTERNAL MODULE: ./src/config/harbor.ts
var harbor = __webpack_require__(12830);
;// CONCATENATED MODULE: ./src/runner/ctrf.ts
/**
 * The failed tests of a CTRF report (Common Test Report Format: `{"results": {"tests": [{"name",
 * "status"}…]}}`), as TB2's verifiers write it to /logs/verifier/ctrf.json. A verifier's file is
 * hostile input: read capped, names cut and control characters dropped, at most a few kept. Pure.
 */
const CTRF_MAX_BYTES = 1024 * 1024;
const FAILED_TESTS_KEPT = 20;
const NAME_CHARS = 200;
/** The failed tests a CTRF report names; undefined when the text is not one. */
function failedTests(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const tests = doc?.results?.tests;
    if (!Array.isArray(tests))
        return undefined;
    const failed = tests.filter((t) => !!t && typeof t === 'object' && t.status === 'failed');
    const names = failed.slice(0, FAILED_TESTS_KEPT).map((t) => cleanName(t.name));
    return { count: failed.length, names };
}
function cleanName(name) {
    // eslint-disable-next-line no-control-regex
    const text = typeof name === 'string' ? name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : '';
    if (!text)
        return '(unnamed)';
    return text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/runner/reward.ts
const REWARD_CAPS = { txtBytes: 4096, jsonBytes: 64 * 1024, keys: 64, keyChars: 100 };
/** The magnitude past which a reward is not a score (as the results file bounds every measure). */
const REWARD_MAX = 1e15;
const malformed = (problem) => ({ reward: 'malformed', problem });
/**
 * The pass rule over several keys. Harbor records every key and passes no judgement; its one-number
 * convention is the key "reward" (what its tools and step gates read). So: "reward" decides when it
 * is there; one key decides alone; several keys without "reward" must each be 1 or more, and the
 * smallest is the reward (the criterion that failed, when one did).
 */
function decidingReward(rewards) {
    if (Object.hasOwn(rewards, 'reward'))
        return rewards.reward;
    return Math.min(...Object.values(rewards));
}
function parseReward(txt, json) {
    if (json !== undefined)
        return parseJson(json);
    if (txt === undefined)
        return { reward: 'missing' };
    if (txt.bytes > REWARD_CAPS.txtBytes)
        return malformed(`reward.txt is ${txt.bytes} bytes, over the ${REWARD_CAPS.txtBytes}-byte cap`);
    const n = Number(txt.text.trim());
    if (txt.text.trim() === '' || !Number.isFinite(n) || Math.abs(n) > REWARD_MAX) {
        return malformed(`reward.txt is not a number: ${JSON.stringify(txt.text.trim().slice(0, 40))}`);
    }
    return { reward: n };
}
function parseJson(json) {
    if (json.bytes > REWARD_CAPS.jsonBytes)
        return malformed(`reward.json is ${json.bytes} bytes, over the ${REWARD_CAPS.jsonBytes}-byte cap`);
    if (json.text.trim() === '')
        return malformed('reward.json is empty');
    let value;
    try {
        value = JSON.parse(json.text);
    }
    catch {
        return malformed('reward.json is not JSON');
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        return malformed('reward.json is not an object of named rewards, e.g. {"reward": 1}');
    }
    const entries = Object.entries(value);
    if (entries.length === 0)
        return malformed('reward.json names no reward');
    if (entries.length > REWARD_CAPS.keys)
        return malformed(`reward.json has ${entries.length} keys, over the cap of ${REWARD_CAPS.keys}`);
    const kept = [];
    for (const [key, v] of entries) {
        const shown = JSON.stringify(key.slice(0, 40));
        // eslint-disable-next-line no-control-regex
        if (key.length === 0 || key.length > REWARD_CAPS.keyChars || /[\u0000-\u001f\u007f]/.test(key)) {
            return malformed(`reward.json key ${shown} is not a name of 1 to ${REWARD_CAPS.keyChars} printable characters`);
        }
        if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > REWARD_MAX)
            return malformed(`reward.json key ${shown} is not a number`);
        kept.push([key, v]);
    }
    // fromEntries defines each key as its own property: a key "__proto__" is a name like any other.
    const rewards = Object.fromEntries(kept);
    return { reward: decidingReward(rewards), rewards };
}

;// CONCATENATED MODULE: ./src/runner/trial/harbor-phases.ts
/**
 * What a Harbor task adds to the phases: /logs made writable before the agent, the agent's logs
 * kept after it, and a verifier that sees the tests only at its turn and leaves a reward file; its
 * environment tables, templates and users applied to the phase each belongs to.
 */






/** A trial's /logs/agent and /logs/verifier, at most this much of each one's tar. */
const LOGS_CAP = 1024 * 1024;
/** /logs/agent and /logs/verifier, writable for any user, copied in from the host's `skeleton`. The tests are not there yet. */
async function harborSetup(p, skeleton) {
    await p.ctx.backend.putDirectory(p.container, skeleton, '/logs');
}
/** Keeps what the agent left under /logs/agent (a tar, capped), for a reviewer to open. */
async function keepAgentLogs(p, job, attemptNo) {
    const name = await keepLogs(p, job, attemptNo, '/logs/agent', '');
    if (name)
        p.state.agentLogs = name;
}
/** Keeps what the verifier left under /logs/verifier (ctrf.json, its output, the reward; a tar, capped) beside the agent's. */
async function keepVerifierLogs(p, job, attemptNo) {
    const name = await keepLogs(p, job, attemptNo, '/logs/verifier', '-verifier');
    if (name)
        p.state.verifierLogs = name;
}
/** A directory of the container as a tar under the run's logs directory, cut at 1 MiB (the name says so); its name there, or undefined. */
async function keepLogs(p, job, attemptNo, path, suffix) {
    const dir = p.ctx.agentLogsDir;
    if (!dir || !job.task.harbor)
        return undefined;
    const archive = await p.ctx.backend.readArchive(p.container, path, LOGS_CAP).catch(() => null);
    if (!archive)
        return undefined;
    const name = (0,external_node_path_.join)(job.task.id, `trial-${job.trial}-attempt-${attemptNo}${suffix}${archive.truncated ? '-truncated' : ''}.tar`);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, job.task.id), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), archive.data);
    return name;
}
/**
 * Harbor's verify phase: the tests copied in only now (the agent never saw them) over a cleared
 * /tests and /logs/verifier (nothing the agent planted counts), the verify network attached,
 * `bash /tests/test.sh` run as [verifier].user with [verifier].env over [environment].env, and its
 * reward read: the reward decides, not the exit code.
 */
async function harborVerify(p, task, log, networkEnv = []) {
    const harbor = task.harbor;
    const clear = await p.exec('rm -rf /tests /logs/verifier && mkdir -p /logs/verifier && chmod 777 /logs/verifier', 30_000, log);
    if (clear.exitCode !== 0)
        throw new faults/* HarnessFault */.JE('internal', 'could not clear /tests and /logs/verifier before the verifier');
    await p.ctx.backend.putDirectory(p.container, harbor.testsDir, '/tests');
    // The verify network's proxy variables last: a task's [verifier].env does not choose where its traffic goes.
    const env = [...envList(harbor.verifierEnv, hostEnvOf(p.ctx)), ...networkEnv];
    return p.exec(task.verify, p.timeouts.verifyMs, log, env, phaseUser(p.ctx, task, 'verifier'));
}
/** The reward, read as Harbor reads it (reward.json first, else reward.txt), every key and any refusal kept in the state. */
async function readReward(p) {
    const read = async (file, cap) => (await p.readSmallFile(`/logs/verifier/${file}`, cap)) ?? undefined;
    const json = await read('reward.json', REWARD_CAPS.jsonBytes);
    const reading = parseReward(json === undefined ? await read('reward.txt', REWARD_CAPS.txtBytes) : undefined, json);
    if (reading.rewards)
        p.state.rewards = reading.rewards;
    if (reading.problem)
        p.state.rewardProblem = reading.problem;
    return reading.reward;
}
/** The tests ctrf.json names as failed, when the verifier wrote one (TB2's pytest does); a bad or missing file is no list. */
async function readFailedTests(p) {
    const file = await p.readSmallFile('/logs/verifier/ctrf.json', CTRF_MAX_BYTES).catch(() => null);
    const failed = file && file.bytes <= CTRF_MAX_BYTES ? failedTests(file.text) : undefined;
    if (failed)
        p.state.failedTests = failed;
}
/**
 * Who runs a phase: the task's [agent].user or [verifier].user, unless the profile names a user
 * (then the container runs as that one throughout: the profile is the authority on the caps).
 */
function phaseUser(ctx, task, who) {
    if (ctx.caps.user || !task.harbor)
        return undefined;
    return who === 'agent' ? task.harbor.agentUser : task.harbor.verifierUser;
}
/** [environment].env, in every phase: the container's environment. */
function harborContainerEnv(ctx, task) {
    return task.harbor?.env ? envList(task.harbor.env, hostEnvOf(ctx)) : [];
}
/** [solution].env, for the oracle's solve.sh (the agent phase of `--agent oracle`). */
function harborAgentEnv(ctx, task) {
    return ctx.suite.agent.kind === 'oracle' && task.harbor?.solutionEnv ? envList(task.harbor.solutionEnv, hostEnvOf(ctx)) : [];
}
function hostEnvOf(ctx) {
    return ctx.hostEnv ?? process.env;
}
/** A Harbor env table as NAME=value entries, its templates resolved from the host (names the suite passes through: checked when loaded). */
function envList(table, hostEnv) {
    return Object.entries(table).map(([k, v]) => `${k}=${(0,harbor/* resolveTemplate */.XZ)(v, hostEnv)}`);
}

;// CONCATENATED MODULE: ./src/runner/trial/network.ts
/**
 * A trial's network per phase (docs/design.md §3): the container created on the agent phase's
 * network, switched to the verify phase's at its turn, and under an allow-list every phase tracked
 * by the run's egress proxy with its own policy, its records kept per phase. A destination the
 * verify phase was denied makes the attempt error/verify-egress (classify.ts).
 */



/** The trial's network per phase: the task's (narrowed by run.ts), else the profile's. */
function trialNetwork(ctx) {
    return ctx.network ?? (0,config_network/* profileNetwork */.aE)(ctx.caps);
}
/** Whether a phase of this trial runs under an allow-list, through the run's proxy (another trial's allow-list is not this one's concern). */
function usesProxy(ctx) {
    const { agent, verify } = trialNetwork(ctx);
    return !!ctx.egress && (agent.mode === 'egress' || verify.mode === 'egress');
}
/** What the proxy enforces for a phase under an allow-list. */
function egressPolicy(p) {
    return { ...(p.egress ? { rules: (0,config_network/* rulesOf */.fD)(p.egress) } : {}), ...(p.hosts ? { narrowTo: (0,config_network/* rulesOf */.fD)(p.hosts) } : {}) };
}
/** The Docker network of a phase: none, bridge, or the run's egress network. */
function dockerNetwork(ctx, p) {
    if (p.mode !== 'egress')
        return p.mode;
    if (!ctx.egress)
        throw new faults/* HarnessFault */.JE('network', 'a phase runs under an egress allow-list, but the run has no egress proxy');
    return ctx.egress.network;
}
/** Both spellings, as tools differ in which they read; loopback goes through the proxy only where the allow-list names it. */
function proxyEnv(url, noProxy) {
    return [`HTTP_PROXY=${url}`, `HTTPS_PROXY=${url}`, `http_proxy=${url}`, `https_proxy=${url}`, `NO_PROXY=${noProxy}`, `no_proxy=${noProxy}`];
}
/** The proxy variables emptied: a phase off the allow-list must not send its requests to a proxy that no longer serves it. */
const NO_PROXY_ENV = ['HTTP_PROXY=', 'HTTPS_PROXY=', 'http_proxy=', 'https_proxy='];
/** The container's network and proxy environment at creation: the agent phase's (a none agent before a verify network: see docker.ts). */
function containerNetwork(ctx) {
    const { agent, verify } = trialNetwork(ctx);
    const network = dockerNetwork(ctx, agent);
    const verifyNetwork = dockerNetwork(ctx, verify);
    const env = agent.mode === 'egress' ? proxyEnv(ctx.egress.proxyUrl, ctx.egress.proxy.noProxyFor(egressPolicy(agent))) : [];
    return { network, ...(verifyNetwork !== network ? { verifyNetwork } : {}), env };
}
/** Under an allow-list for the agent phase: the container tracked by the proxy, as the agent's. */
async function trackAgent(p) {
    const { ctx } = p;
    const { agent } = trialNetwork(ctx);
    if (agent.mode !== 'egress' || !ctx.egress)
        return;
    const ip = await ctx.backend.addressOn(p.container, ctx.egress.network);
    ctx.egress.proxy.track(ip, 'agent', egressPolicy(agent));
    p.state.egressIp = ip;
}
/** The agent phase's egress: the records kept, and connect failures to allowed destinations noted for classification. */
function recordAgentEgress(state, ctx) {
    if (!ctx.egress || !state.egressIp)
        return;
    state.egress = ctx.egress.proxy.records(state.egressIp, 'agent');
    state.obs.upstreamFailures = upstreamFailures(state.egress);
    if (!ctx.egress.proxy.alive)
        throw new faults/* HarnessFault */.JE('network', 'the egress proxy stopped during the agent phase');
}
/**
 * The verify phase's network, switched from the agent's at its turn: the agent's network detached
 * and the verifier's attached where they differ; under an allow-list the container tracked as the
 * verifier's with the verify phase's policy. The environment the verifier's exec needs for it.
 */
async function enterVerifyNetwork(p) {
    const { ctx, state } = p;
    const { backend } = ctx;
    const { agent, verify } = trialNetwork(ctx);
    const from = dockerNetwork(ctx, agent);
    const to = dockerNetwork(ctx, verify);
    if (from === to && verify.mode !== 'egress')
        return [];
    if (from !== to) {
        if (agent.mode === 'egress' && state.egressIp) {
            // Untracked before it leaves: the address may go to another trial's container once it is free.
            recordAgentEgress(state, ctx);
            ctx.egress.proxy.untrack(state.egressIp);
            state.egressIp = undefined;
        }
        if (from !== 'none')
            await backend.setNetwork(p.container, from, false);
        if (to !== 'none')
            await backend.setNetwork(p.container, to, true);
    }
    if (verify.mode !== 'egress')
        return agent.mode === 'egress' ? NO_PROXY_ENV : [];
    const egress = ctx.egress;
    const policy = egressPolicy(verify);
    if (state.egressIp)
        egress.proxy.track(state.egressIp, 'verify', policy);
    else {
        state.egressIp = await backend.addressOn(p.container, egress.network);
        egress.proxy.track(state.egressIp, 'verify', policy);
    }
    return proxyEnv(egress.proxyUrl, egress.proxy.noProxyFor(policy));
}
/** After the verifier: its phase's records kept beside the agent's, and each destination it was denied noted for classification. */
function recordVerifyEgress(p) {
    const { ctx, state } = p;
    if (trialNetwork(ctx).verify.mode !== 'egress' || !ctx.egress || !state.egressIp)
        return;
    const verify = ctx.egress.proxy.records(state.egressIp, 'verify');
    state.egress = [...(state.egress ?? []).filter((r) => r.phase !== 'verify'), ...verify];
    state.obs.upstreamFailures = upstreamFailures(state.egress);
    const denied = verify.filter((r) => !r.allowed);
    if (denied.length)
        state.obs.verifyDenied = denied.map((r) => r.destination);
    if (!ctx.egress.proxy.alive)
        throw new faults/* HarnessFault */.JE('network', 'the egress proxy stopped during the verify phase');
}
function upstreamFailures(records) {
    return records.filter((r) => r.allowed).reduce((n, r) => n + r.connectFailures, 0);
}
/** Stops tracking the container, whatever phase it was in. */
function untrackEgress(state, ctx) {
    if (state.egressIp)
        ctx.egress?.proxy.untrack(state.egressIp);
    state.egressIp = undefined;
}
/** The detail of error/verify-egress: each destination the verifier was denied, and why. */
function verifyEgressDetail(records) {
    const denied = (records ?? []).filter((r) => r.phase === 'verify' && !r.allowed);
    if (!denied.length)
        return undefined;
    const why = (r) => (r.reason ? (0,egress/* explainRefusal */.GC)(r.destination, r) : 'denied');
    const shown = denied.slice(0, 5).map((r) => `${r.destination} denied (${why(r)})`);
    return `the verifier was denied ${shown.join('; ')}${denied.length > 5 ? `; … ${denied.length - 5} more` : ''}: its result is not the agent's`;
}

;// CONCATENATED MODULE: ./src/runner/trial/context.ts
class Aborted extends Error {
    constructor() {
        super('run interrupted');
    }
}

;// CONCATENATED MODULE: ./src/runner/trial/phases.ts




const LOG_CAPS = { setup: 4 * 1024, agent: 8 * 1024, verify: 4 * 1024 };
function emptyState() {
    return { obs: {}, logs: {}, counters: null, peakMemoryBytes: null, cpuSeconds: null };
}
/** Where the agent may write its metrics: beside its Harbor logs, else /tmp (writable in most images and profiles). */
function metricsPath(task) {
    return task.harbor ? '/logs/agent/metrics.json' : '/tmp/bakeoff-metrics.json';
}
/** Docker's own words when the runtime, not the command, failed to start an exec. */
const RUNTIME_EXEC_FAILED = /OCI runtime exec failed|unable to start container process/;
/** A started container and what every phase needs to exec in it; an abort during an exec ends the attempt. */
class Phases {
    ctx;
    container;
    pid;
    fate;
    timeouts;
    state;
    agent;
    constructor(ctx, container, pid, fate, timeouts, state, agent) {
        this.ctx = ctx;
        this.container = container;
        this.pid = pid;
        this.fate = fate;
        this.timeouts = timeouts;
        this.state = state;
        this.agent = agent;
    }
    /**
     * One command in the container. Its result is believed only once the container is known to be
     * the one started: an exec into a container killed or removed from outside fails or reports the
     * runtime's 126/137, which is the harness's fault (ContainerGone), never the agent's. `user`:
     * who runs it (a Harbor task's [agent].user or [verifier].user); unset, the container's user.
     */
    async exec(command, timeoutMs, log, env, user, stdout) {
        let res;
        try {
            const opts = {
                timeoutMs,
                log,
                env,
                interrupt: this.fate.interrupt.signal,
                ...(user !== undefined ? { user } : {}),
                ...(stdout ? { stdout } : {}),
            };
            res = await this.ctx.backend.exec(this.container, command, opts);
        }
        catch (err) {
            if (this.ctx.signal.aborted)
                throw new Aborted();
            await this.fate.check();
            throw err;
        }
        if (this.ctx.signal.aborted)
            throw new Aborted();
        await this.fate.check();
        if ((res.exitCode === 126 || res.exitCode === 127) && RUNTIME_EXEC_FAILED.test(log.text())) {
            throw new faults/* HarnessFault */.JE('exec', `the container runtime could not start the command (exit ${res.exitCode})`);
        }
        return res;
    }
    /** A full host disk makes the agent's and the verifier's writes fail: the host's fault, not the agent's. */
    hostDiskNotFull() {
        const root = this.ctx.hostDataRoot ?? this.ctx.backend.dataRoot;
        if (hostDiskFull(root))
            throw new faults/* HarnessFault */.JE('host-disk-full', `the host's disk holding ${root} is full`);
    }
    /**
     * A small file the agent or the verifier left: through the archive API (no process in the
     * container), or — where a tmpfs mount hides it from that API — with `head` in the container.
     */
    async readSmallFile(path, cap) {
        const onTmpfs = Object.keys(this.ctx.caps.tmpfs).some((m) => path === m || path.startsWith(`${m.replace(/\/$/, '')}/`));
        if (!onTmpfs)
            return this.ctx.backend.readFile(this.container, path, cap);
        const out = new capture/* TailBuffer */.v(cap + 32); // the size line, then the content
        const res = await this.exec(`[ -f ${path} ] && wc -c < ${path} && head -c ${cap} ${path}`, 15_000, out);
        if (res.exitCode !== 0)
            return null;
        const [size, ...rest] = out.text().split('\n');
        return { text: rest.join('\n'), bytes: Number(size) };
    }
}

;// CONCATENATED MODULE: ./src/runner/trial/command-phases.ts













/** The agent's own files (the oracle's solution), copied in before any phase. */
async function copyAgentFiles(p, task) {
    for (const { dir, target } of p.agent.files(task))
        await p.ctx.backend.putDirectory(p.container, dir, target);
}
/** The task's setup, then the agent's (with the secrets, as the agent's user); true when both succeeded or there were none. */
async function setup(p, task, secretEnv) {
    const log = (p.state.logs.setup = new capture/* TailBuffer */.v(LOG_CAPS.setup));
    for (const [command, env, user] of [
        [task.setup, undefined, undefined],
        [p.agent.setup, secretEnv, phaseUser(p.ctx, task, 'agent')],
    ]) {
        if (!command)
            continue;
        const res = await p.exec(command, p.timeouts.setupMs, log, env, user);
        p.state.obs.setup = { exitCode: res.exitCode, timedOut: res.timedOut };
        if (res.timedOut || res.exitCode !== 0)
            return false;
    }
    return true;
}
/** The agent (as `user`, a Harbor task's [agent].user), then the cgroup counters that tell a limit from an exit. */
async function command_phases_agent(p, secretEnv, user) {
    const { state } = p;
    const log = (state.logs.agent = new capture/* TailBuffer */.v(LOG_CAPS.agent));
    const trajectory = p.agent.trajectory ? (state.trajectory = new TrajectorySink(p.agent.trajectory.reader())) : undefined;
    const disk = diskWatch(p);
    await disk?.start();
    let res;
    try {
        res = state.agent = await p.exec(p.agent.command, p.timeouts.agentMs, log, secretEnv, user, trajectory);
        await disk?.finish();
        if (res.exitCode === 126 || res.exitCode === 127)
            await agentStarts(p, user);
    }
    catch (err) {
        disk?.stop();
        // bakeoff stopped it over the disk cap, or the OOM killer took its init: the agent's doing, not an outside hand.
        if (!(err instanceof runner_fate/* ContainerGone */.lp && (err.oomKilled || state.diskExceeded)))
            throw err;
        state.obs.agent = { exitCode: null, timedOut: false, oomKills: err.oomKilled ? 1 : 0, pidsMaxEvents: 0, diskExceeded: state.diskExceeded };
        return;
    }
    if (disk?.exceeded) {
        state.obs.agent = { ...res, oomKills: 0, pidsMaxEvents: 0, diskExceeded: true };
        return;
    }
    p.hostDiskNotFull();
    await agentCounters(p, res);
}
/**
 * A preset's binary that exits 126/127 may not start on this image at all (no x86-64, no exec on
 * its mount): asked with --version, its failing is error/agent-start with the fix; one that starts
 * leaves the exit to the agent.
 */
async function agentStarts(p, user) {
    const check = p.agent.startCheck;
    if (!check)
        return;
    const out = new capture/* TailBuffer */.v(1024);
    const res = await p.exec(check.command, 30_000, out, undefined, user);
    if (res.exitCode === 0 || res.timedOut)
        return;
    throw new faults/* HarnessFault */.JE('agent-start', `the agent's binary cannot start in this image (exit ${res.exitCode}: ${(0,pull/* oneLine */.TN)(out.text(), 300)}): ${check.fix}`);
}
/** What a preset agent's stdout said: its usage as metrics, and whether the model API gave out; the text kept beside the agent logs. */
function readTrajectory(p, job, attemptNo, secrets) {
    const { state } = p;
    if (!state.trajectory)
        return;
    const reading = state.trajectory.reading();
    state.metrics = {
        metrics: reading.metrics,
        notes: state.trajectory.skippedLines ? [`${state.trajectory.skippedLines} trajectory line(s) not read`] : [],
    };
    if (reading.upstream && state.obs.agent) {
        state.obs.agent.upstream = reading.upstream.kind;
        state.upstreamDetail = redact(reading.upstream.detail, secrets);
    }
    const dir = p.ctx.agentLogsDir;
    if (!dir || state.trajectory.total === 0)
        return;
    const name = (0,external_node_path_.join)(job.task.id, `trial-${job.trial}-attempt-${attemptNo}.trajectory.jsonl`);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, job.task.id), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), redact(state.trajectory.kept(), secrets));
    state.trajectoryFile = name;
}
/** The cgroup's counters after the agent; where no process can start inside, the engine's stats. */
async function agentCounters(p, res) {
    const { backend, caps } = p.ctx;
    const { state } = p;
    const counters = (state.counters = await backend.probe(p.container, p.pid));
    if (counters) {
        state.peakMemoryBytes = counters.peakMemoryBytes;
        state.cpuSeconds = counters.cpuSeconds;
        state.obs.agent = { ...res, oomKills: counters.oomKills, pidsMaxEvents: counters.pidsMaxEvents };
        return;
    }
    // No process could start inside: most often the pids cap is exhausted by what the agent left running.
    const stats = await backend.stats(p.container);
    const pidsExhausted = stats.pids !== null && stats.pids >= caps.pids - 1;
    if (!pidsExhausted)
        await p.fate.check();
    state.peakMemoryBytes = stats.peakMemoryBytes;
    state.cpuSeconds = stats.cpuSeconds;
    state.obs.agent = { ...res, oomKills: 0, pidsMaxEvents: pidsExhausted ? 1 : 0 };
}
/** Under a disk cap: the watch that stops the trial when the agent writes past it (with storage-opt, writes stop at the cap itself). */
function diskWatch(p) {
    const { caps, backend } = p.ctx;
    if (!caps.diskBytes || !caps.diskEnforcement)
        return undefined;
    const threshold = caps.diskEnforcement === 'storage-opt' ? caps.diskBytes * 0.98 : caps.diskBytes;
    return new DiskWatch(backend, p.container, threshold, p.pid, Object.keys(caps.tmpfs), () => {
        p.state.diskExceeded = true;
        void backend.dispose(p.container);
    });
}
/**
 * What ends the processes a timed-out agent left: its exec was only let go (Docker cannot kill one
 * exec), so they run on. `kill -1` reaches every process the container's user may signal but the
 * container's init and this shell: all are stopped first (a stopped process forks no more), then killed.
 */
const STOP_AGENT = 'kill -STOP -1 2>/dev/null; kill -STOP -1 2>/dev/null; kill -KILL -1 2>/dev/null; exit 0';
/** Ends what the timed-out agent left running in the container, as the user the agent ran as; false when that could not be done. */
async function stopAgent(p, user) {
    const res = await p.exec(STOP_AGENT, 30_000, new capture/* TailBuffer */.v(1024), undefined, user);
    return !res.timedOut && res.exitCode === 0;
}
/** Reads the agent's metrics file, capped; a missing or bad one costs a note at most, never the trial. */
async function readMetrics(p, task) {
    const file = await p.readSmallFile(metricsPath(task), METRICS_MAX_BYTES + 1).catch(() => null);
    if (file)
        p.state.metrics = parseMetrics(file.text, file.bytes);
}
/** The verifier; an OOM kill during it is the harness's (the verifier's memory), told by the counter's rise. */
async function verify(p, task) {
    const log = (p.state.logs.verify = new capture/* TailBuffer */.v(LOG_CAPS.verify));
    // The verify phase's own network (trial/network.ts), and under an allow-list the proxy's variables for its exec.
    const netEnv = await enterVerifyNetwork(p);
    const res = (p.state.verify = task.harbor
        ? await harborVerify(p, task, log, netEnv)
        : await p.exec(task.verify, p.timeouts.verifyMs, log, netEnv.length ? netEnv : undefined));
    recordVerifyEgress(p);
    if (res.exitCode !== 0)
        p.hostDiskNotFull();
    if (res.exitCode === 126 || res.exitCode === 127)
        await verifierRunnable(p, task.verify);
    let verifyOom = 0;
    if (res.exitCode !== 0 && !res.timedOut) {
        const after = await p.ctx.backend.probe(p.container, p.pid);
        const before = p.state.counters;
        verifyOom = after && before ? after.oomKills - before.oomKills : 0;
    }
    const reward = task.harbor && !res.timedOut && verifyOom === 0 ? await readReward(p) : undefined;
    if (task.harbor && !res.timedOut && verifyOom === 0)
        await readFailedTests(p);
    p.state.obs.verify = { ...res, oomKills: verifyOom, ...(reward !== undefined ? { reward } : {}) };
}
/**
 * A verifier that exits 126/127 may be a broken task (its program, e.g. bash or python3, is not
 * in the image) rather than a failed agent: when its first word is a command name that the image
 * cannot find, the task is broken — error/verify-broken, an infra error. A path (./hello,
 * /work/hello) may be what the agent was to build, so it stays the agent's failure.
 */
async function verifierRunnable(p, command) {
    const program = /^\s*([A-Za-z0-9_.+-]+)(\s|$)/.exec(command)?.[1];
    if (!program)
        return;
    const probe = new capture/* TailBuffer */.v(1024);
    const found = await p.ctx.backend.exec(p.container, `command -v ${program}`, { timeoutMs: 15_000, log: probe });
    await p.fate.check();
    if (found.exitCode !== 0 && !found.timedOut) {
        throw new faults/* HarnessFault */.JE('verify-broken', `the verifier's program "${program}" is not in the image: the task is broken, not the agent`);
    }
}

;// CONCATENATED MODULE: ./src/runner/trial/attempt.ts
/**
 * One attempt of a trial: a fresh container, its phases in order, and what they saw turned into
 * one outcome and the attempt's record. Whatever happens, the container is ended and nothing of
 * the attempt is left on the host.
 */

















/** The agent's environment: its kind's values, then the host variables it names (by name only). */
function agentEnv(plan, suite, hostEnv) {
    return [
        ...Object.entries(plan.values).map(([name, value]) => `${name}=${value}`),
        ...[...suite.agent.env, ...(plan.plainHostEnv ?? [])].filter((name) => hostEnv[name] !== undefined).map((name) => `${name}=${hostEnv[name]}`),
    ];
}
function logSection(title, buf) {
    return buf && buf.total > 0 ? `--- ${title} ---\n${buf.text()}\n` : '';
}
/** The container of one attempt, as the engine is asked for it. Pure. */
function containerSpec(ctx, plan, job, attemptNo, taskDir) {
    const { task, trial } = job;
    const net = containerNetwork(ctx);
    const env = [
        ...harborContainerEnv(ctx, task),
        `BAKEOFF_INSTRUCTION=${task.instruction}`,
        `BAKEOFF_TASK=${task.id}`,
        `BAKEOFF_TRIAL=${trial}`,
        `BAKEOFF_ATTEMPT=${attemptNo}`,
        `BAKEOFF_METRICS=${metricsPath(task)}`,
    ];
    const limits = (0,runner_caps/* dockerLimits */.fZ)(ctx.caps);
    // A preset's HOME is in memory, inside the container's memory cap as any tmpfs is.
    limits.tmpfs = { ...limits.tmpfs, ...plan.tmpfs };
    return {
        image: task.image,
        workdir: task.workdir,
        labels: {
            [labels/* LABEL */.d.tool]: 'true',
            [labels/* LABEL */.d.run]: ctx.runId,
            [labels/* LABEL */.d.suite]: ctx.suite.name,
            [labels/* LABEL */.d.task]: task.id,
            [labels/* LABEL */.d.trial]: String(trial),
            [labels/* LABEL */.d.attempt]: String(attemptNo),
            [labels/* LABEL */.d.owner]: labels/* OWNER */.y,
            ...plan.labels,
        },
        ...limits,
        // The task's network per phase, which may be narrower than the profile's (trial/network.ts).
        network: net.network,
        verifyNetwork: net.verifyNetwork,
        env: [...env, ...net.env],
        ...(ctx.caps.diskEnforcement === 'storage-opt' && ctx.caps.diskBytes ? { storageOptBytes: ctx.caps.diskBytes } : {}),
        agentMountDir: plan.mountDir,
        ...(plan.mounts ? { mounts: plan.mounts } : {}),
        taskDir,
    };
}
/** The host side of a trial: /task/instruction.md, and for a Harbor task the /logs skeleton copied in. */
function writeTaskDir(task) {
    const taskDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bakeoff-task-'));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(taskDir, 'instruction.md'), task.instruction.endsWith('\n') ? task.instruction : `${task.instruction}\n`);
    (0,external_node_fs_.chmodSync)(taskDir, 0o755);
    const skeleton = (0,external_node_path_.join)(taskDir, 'logs');
    for (const sub of task.harbor ? ['agent', 'verifier'] : []) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(skeleton, sub), { recursive: true });
        (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(skeleton, sub), 0o777);
    }
    return { taskDir, skeleton };
}
async function runAttempt(ctx, job, attemptNo) {
    const { backend, signal } = ctx;
    const hostEnv = ctx.hostEnv ?? process.env;
    const plan = agentPlan(ctx.suite.agent);
    const startedAt = new Date();
    const state = emptyState();
    let container;
    let fate;
    const onAbort = () => container && backend.dispose(container);
    signal.addEventListener('abort', onAbort);
    const epoch = backend.epoch;
    const { taskDir, skeleton } = writeTaskDir(job.task);
    try {
        if (signal.aborted)
            throw new Aborted();
        const failedBuild = ctx.failedBuilds?.get(job.task.image);
        if (failedBuild)
            throw new faults/* HarnessFault */.JE('image', failedBuild);
        container = await backend.create(containerSpec(ctx, plan, job, attemptNo, taskDir));
        if (signal.aborted)
            throw new Aborted();
        await backend.start(container);
        const identity = await backend.identity(container);
        fate = new runner_fate/* ContainerFate */.cS(backend, container, identity);
        const phases = new Phases(ctx, container, identity.pid, fate, ctx.timeouts ?? (0,timeouts/* appliedTimeouts */.sA)(ctx.caps.timeouts, job.task), state, plan);
        const secretEnv = [...agentEnv(plan, ctx.suite, hostEnv), ...harborAgentEnv(ctx, job.task)];
        await trackAgent(phases);
        if (job.task.harbor)
            await harborSetup(phases, skeleton);
        await copyAgentFiles(phases, job.task);
        if (await setup(phases, job.task, secretEnv)) {
            await command_phases_agent(phases, secretEnv, phaseUser(ctx, job.task, 'agent'));
            readTrajectory(phases, job, attemptNo, secretValues(ctx, hostEnv));
            recordAgentEgress(state, ctx);
            const limited = stoppedByLimit(state.obs);
            if (!limited && !state.trajectory)
                await readMetrics(phases, job.task);
            await keepAgentLogs(phases, job, attemptNo);
            if (!limited)
                await verify(phases, job.task);
            else if (gradedAfterLimit(state.obs, !!job.task.harbor))
                await gradeAfterTimeout(phases, job.task);
            if (state.verify)
                await keepVerifierLogs(phases, job, attemptNo);
            if (usesProxy(ctx) && !ctx.egress.proxy.alive)
                throw new faults/* HarnessFault */.JE('network', 'the egress proxy stopped during the trial');
        }
    }
    catch (err) {
        if (err instanceof Aborted || signal.aborted)
            throw new Aborted();
        state.obs.fault = await faultOf(err, backend, epoch);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        untrackEgress(state, ctx);
        fate?.dispose();
        if (container)
            backend.disposeInBackground(container);
        (0,external_node_fs_.rmSync)(taskDir, { recursive: true, force: true });
    }
    return toRecord(state, startedAt, attemptNo, secretValues(ctx, hostEnv));
}
/**
 * Harbor grades an agent that ran out of time (classify's gradedAfterLimit): what the agent left
 * running is killed, then the verifier runs in the same container. The trial stays limit/timeout
 * whatever the verifier does; when the grading cannot be done or does not finish, no reward is
 * recorded and the verify log says why (a retry would rerun the whole agent for a verdict already known).
 */
async function gradeAfterTimeout(p, task) {
    const note = (text) => (p.state.logs.verify ??= new capture/* TailBuffer */.v(LOG_CAPS.verify)).write(`bakeoff: ${text}\n`);
    try {
        if (await stopAgent(p, phaseUser(p.ctx, task, 'agent')))
            await verify(p, task);
        else
            note('the timed-out agent could not be stopped: the verifier was not run');
    }
    catch (err) {
        if (err instanceof Aborted || p.ctx.signal.aborted)
            throw new Aborted();
        delete p.state.obs.verify;
        note(`the verifier after the timeout did not finish (${(0,faults/* faultFrom */.Fx)(err, 'internal').message}): no reward recorded`);
    }
}
/** Whether the engine answers, asked twice a second apart: one refused connection on a loaded machine is not a lost engine. */
async function engineAnswers(backend) {
    for (let attempt = 0; attempt < 2; attempt++) {
        if (await backend.answers())
            return true;
        if (attempt === 0)
            await new Promise((r) => setTimeout(r, 1000));
    }
    return false;
}
/** The fault an attempt ended on; the engine went away during it (its events stream broke, or it stopped answering): the daemon's. */
async function faultOf(err, backend, epoch) {
    const fault = (0,faults/* faultFrom */.Fx)(err, 'internal');
    // Only a lost engine makes it a daemon fault; while the engine kept answering, a gone container is just that.
    const daemonLost = backend.epoch !== epoch || !(await engineAnswers(backend));
    return { stage: daemonLost && fault.stage !== 'image' ? 'daemon' : fault.stage, detail: fault.message };
}
/** The values of the host variables the agent takes as secrets: masked wherever its output is kept. */
function secretValues(ctx, hostEnv) {
    return ctx.suite.agent.env.map((name) => hostEnv[name] ?? '');
}
function toRecord(state, startedAt, attemptNo, secrets) {
    const { obs, logs } = state;
    const { outcome, reason } = classify(obs);
    const detail = obs.fault?.detail ??
        (outcome === 'error' && reason === 'setup'
            ? setupDetail(obs)
            : reason?.startsWith('verify-egress:')
                ? verifyEgressDetail(state.egress)
                : reason === 'upstream' || reason === 'upstream-auth'
                    ? (state.upstreamDetail ?? state.rewardProblem)
                    : state.rewardProblem);
    const harness = obs.fault ? `--- harness ---\n${obs.fault.detail}\n` : '';
    const metricNotes = state.metrics?.notes.length ? `--- metrics ---\n${state.metrics.notes.join('\n')}\n` : '';
    return {
        attempt: {
            attempt: attemptNo,
            outcome,
            reason,
            startedAt: startedAt.toISOString(),
            durationMs: Date.now() - startedAt.getTime(),
            ...(detail ? { detail } : {}),
        },
        agentDurationMs: state.agent?.durationMs ?? null,
        peakMemoryBytes: state.peakMemoryBytes,
        cpuSeconds: state.cpuSeconds,
        agentExitCode: state.agent?.exitCode ?? null,
        verifyExitCode: state.verify?.exitCode ?? null,
        logTail: redact(logSection('setup', logs.setup) + logSection('agent', logs.agent) + logSection('verify', logs.verify) + metricNotes + harness, secrets),
        ...(obs.verify?.reward !== undefined ? { reward: typeof obs.verify.reward === 'number' ? obs.verify.reward : null } : {}),
        ...(state.agentLogs ? { agentLogs: state.agentLogs } : {}),
        ...(state.trajectoryFile ? { trajectory: state.trajectoryFile } : {}),
        ...(state.verifierLogs ? { verifierLogs: state.verifierLogs } : {}),
        ...(state.rewards ? { rewards: state.rewards } : {}),
        ...(state.failedTests ? { failedTests: state.failedTests } : {}),
        ...(state.egress ? { egress: state.egress } : {}),
        ...(state.metrics && Object.keys(state.metrics.metrics).length ? { metrics: state.metrics.metrics } : {}),
    };
}
function setupDetail(obs) {
    return obs.setup?.timedOut ? 'setup timed out' : `setup exited ${obs.setup?.exitCode}`;
}

;// CONCATENATED MODULE: ./src/runner/trial.ts




function defaultBackoff(k) {
    return Math.min(500 * 2 ** (k - 1), 8_000);
}
/**
 * Engine outages (reason `daemon`) are not the task's infra flakiness: they are retried with their
 * own budget, waiting for the engine each time, and do not use up `retries.infra`.
 */
const DAEMON_RETRIES = 10;
/**
 * Errors that a retry would meet again as they are: the model API refusing the key, an agent binary
 * the image cannot start, a destination the verify phase's allow-list denies (the profile decides it).
 */
const NOT_RETRIED = new Set(['upstream-auth', 'agent-start']);
const notRetried = (reason) => reason !== null && (NOT_RETRIED.has(reason) || reason.startsWith('verify-egress:'));
/** How long a retry after an outage waits for the engine to answer again. */
const ENGINE_WAIT_MS = 120_000;
/** Which budget, if any, pays for retrying this attempt. Pure. */
function retryBudget(attempt, used, limits) {
    // A failed build fails the same way again: its trials are not retried; nor a refused key, nor a binary that cannot start on the image.
    if (attempt.outcome !== 'error' || limits.builtBroken || notRetried(attempt.reason))
        return null;
    if (attempt.reason === 'daemon' && used.daemon < DAEMON_RETRIES)
        return 'daemon';
    return used.infra < limits.infra ? 'infra' : null;
}
/** Runs a trial to its final outcome: errors are retried up to caps.retries.infra times; every attempt is kept. */
async function runTrial(ctx, job) {
    const started = Date.now();
    const attempts = [];
    const backoff = ctx.backoffMs ?? defaultBackoff;
    const used = { infra: 0, daemon: 0 };
    const limits = { infra: ctx.caps.retries.infra, builtBroken: ctx.failedBuilds?.has(job.task.image) ?? false };
    for (let k = 1;; k++) {
        const rec = await runAttempt(ctx, job, k);
        attempts.push(rec.attempt);
        const budget = retryBudget(rec.attempt, used, limits);
        if (budget) {
            used[budget]++;
            ctx.onRetry?.(job, rec.attempt);
            await (0,sleep/* sleep */.y)(budget === 'daemon' ? Math.max(1000, backoff(used.daemon)) : backoff(used.infra), ctx.signal);
            if (budget === 'daemon')
                await ctx.backend.awaitEngine(ctx.signal, ENGINE_WAIT_MS);
            if (ctx.signal.aborted)
                throw new Aborted();
            continue;
        }
        return {
            task: job.task.id,
            trial: job.trial,
            outcome: rec.attempt.outcome,
            reason: rec.attempt.reason,
            attempts,
            durationMs: Date.now() - started,
            agentDurationMs: rec.agentDurationMs,
            peakMemoryBytes: rec.peakMemoryBytes,
            cpuSeconds: rec.cpuSeconds === null ? null : Number(rec.cpuSeconds.toFixed(3)),
            agentExitCode: rec.agentExitCode,
            verifyExitCode: rec.verifyExitCode,
            logTail: rec.logTail,
            ...(rec.reward !== undefined ? { reward: rec.reward } : {}),
            ...(rec.agentLogs ? { agentLogs: rec.agentLogs } : {}),
            ...(rec.trajectory ? { trajectory: rec.trajectory } : {}),
            ...(rec.verifierLogs ? { verifierLogs: rec.verifierLogs } : {}),
            ...(rec.rewards ? { rewards: rec.rewards } : {}),
            ...(rec.failedTests ? { failedTests: rec.failedTests } : {}),
            ...(rec.egress ? { egress: rec.egress } : {}),
            ...(rec.metrics ? { metrics: rec.metrics } : {}),
        };
    }
}

// EXTERNAL MODULE: ./src/config/version.ts + 1 modules
var version = __webpack_require__(27473);
;// CONCATENATED MODULE: ./src/runner/run.ts
/**
 * A run: one suite × one profile × one ref → one results file (docs/design.md §2, §6). Several runs
 * ("arms") can share one scheduler with their trials interleaved, so runner drift hits them alike.
 */






















/** What the host offers to trials under `--concurrency auto`: all CPUs; memory less a reserve (10%, at most 1 GiB). */
function hostCapacity(env, reserveBytes) {
    const mem = env.docker.memoryBytes;
    const reserve = reserveBytes ?? Math.min(mem * 0.1, 1024 ** 3);
    return { cpus: env.docker.cpus, memoryBytes: Math.max(0, mem - reserve) };
}
/** The run's warnings for the caps the engine cannot enforce (CPU: refused by preflight, not warned of here). */
function engineWarnings(environment) {
    return (0,runner_caps/* unenforcedCaps */.pi)(environment)
        .filter((u) => u.cap !== 'cpus')
        .map((u) => `the Docker engine reports no ${u.cap} limit support: ${u.cap} caps are not enforced`);
}
/** One run's plan, its finished trials and its events file. */
class Arm {
    opts;
    environment;
    jobs;
    todo;
    caps;
    warnings;
    done = new Map();
    header;
    events;
    tasks;
    /** Each task image's identity at the run's start (set once the images are built). */
    images = new Map();
    /** The suite as its trials run it: a preset agent with what the run fetched for it. */
    suite;
    constructor(opts, environment, log) {
        this.opts = opts;
        this.environment = environment;
        const suite = (this.suite = opts.suite.value);
        const resolved = (0,runner_caps/* resolveCaps */.G$)({ profile: opts.profile.value, multiplier: opts.multiplier, hostCpus: environment.docker.cpus });
        this.caps = resolved.caps;
        this.warnings = [...engineWarnings(environment), ...resolved.warnings];
        let tasks = (0,selection/* filterTasks */.NT)(suite.tasks, opts.tasksGlob);
        if (tasks.length === 0)
            throw new errors/* ConfigError */.x(suite.path, [
                { path: '', message: `--tasks ${opts.tasksGlob}: no task id matches`, fix: 'check the pattern against the task ids' },
            ]);
        if (opts.shard)
            tasks = opts.shardLeader ? (0,selection/* shardAlong */.AT)(tasks, opts.shardLeader, opts.shard) : (0,selection/* shardTasks */.bq)(tasks, opts.shard, opts.shardDurationsMs);
        if (opts.trials)
            tasks = tasks.map((t) => ({ ...t, trials: opts.trials }));
        this.tasks = tasks;
        this.jobs = (0,selection/* planTrials */.l7)(tasks);
        this.header = {
            type: 'run',
            runId: (0,external_node_crypto_.randomUUID)(),
            startedAt: new Date().toISOString(),
            suiteSha256: opts.suite.sha256,
            profileSha256: opts.profile.sha256,
            multiplier: opts.multiplier,
            tasks: tasks.map((t) => `${t.id}×${t.trials}`),
        };
        this.events = new EventsWriter(opts.eventsFile, (err) => log(`bakeoff: warning: cannot write ${opts.eventsFile} (${err.message.split(':')[0]}); the run goes on with its trials in memory and retries the file`));
        this.openEvents(log);
        this.todo = this.jobs.filter((j) => !this.done.has((0,group/* trialKey */.w)(j.task.id, j.trial)));
    }
    openEvents(log) {
        const previous = this.opts.resume ? readEvents(this.opts.eventsFile) : undefined;
        if (!previous) {
            const moved = this.events.start(this.header);
            if (moved)
                log(`bakeoff: an earlier events file was kept as ${moved}`);
            return;
        }
        const h = previous.header;
        const same = h.suiteSha256 === this.header.suiteSha256 &&
            h.profileSha256 === this.header.profileSha256 &&
            h.multiplier === this.header.multiplier &&
            h.tasks.join() === this.header.tasks.join();
        if (!same) {
            throw new errors/* ConfigError */.x(this.opts.eventsFile, [
                {
                    path: '',
                    message: 'belongs to a different run (suite, profile, multiplier or task selection changed)',
                    fix: 'drop --resume to start afresh, or pass the same inputs',
                },
            ]);
        }
        this.header.runId = h.runId;
        this.header.startedAt = h.startedAt;
        for (const t of previous.trials)
            this.done.set((0,group/* trialKey */.w)(t.task, t.trial), t);
        log(`bakeoff: resuming run ${h.runId}: ${this.done.size} of ${(0,units/* plural */.LS)(this.jobs.length, 'trial')} already done` +
            (previous.skippedLines ? ` (${previous.skippedLines} unreadable line(s) skipped)` : ''));
    }
    get runId() {
        return this.header.runId;
    }
    perTask = new Map();
    /** The caps of one task's trials: the run's, or under basis: task what the task declares, scaled. */
    capsFor(task) {
        let caps = this.perTask.get(task.id);
        if (!caps)
            this.perTask.set(task.id, (caps = (0,runner_caps/* capsForTask */.Ym)(this.caps, task.harbor?.declared, this.opts.multiplier, this.environment.docker.cpus)));
        return caps;
    }
    perTaskNetwork = new Map();
    /** The network per phase of one task's trials: the profile's, narrowed by the task's own network keys. */
    networkFor(task) {
        let network = this.perTaskNetwork.get(task.id);
        if (!network)
            this.perTaskNetwork.set(task.id, (network = (0,config_network/* narrowNetwork */.yG)((0,config_network/* profileNetwork */.aE)(this.caps), task.harbor?.declared.network).network));
        return network;
    }
    /** Whether any phase of any of this arm's tasks runs under an allow-list: then the run needs its egress proxy. */
    get usesEgress() {
        return this.tasks.some((t) => {
            const n = this.networkFor(t);
            return n.agent.mode === 'egress' || n.verify.mode === 'egress';
        });
    }
    /** The phase timeouts of one task's trials: the profile's tightened by the suite, or under timeouts.basis: task what the task declares, scaled. */
    timeoutsFor(task) {
        return (0,timeouts/* appliedTimeouts */.sA)(this.caps.timeouts, task, this.caps.timeoutsBasis === 'task' ? { multiplier: this.opts.multiplier } : undefined);
    }
    demand(task) {
        const caps = this.capsFor(task);
        return { cpus: caps.cpus ?? this.opts.profile.value.resources.cpus, memoryBytes: caps.memoryGuaranteedBytes };
    }
    record(result) {
        this.events.append(result);
        this.done.set((0,group/* trialKey */.w)(result.task, result.trial), result);
    }
    /**
     * What a task ran under beyond the run's caps: its own timeouts (tightened, or its declared ones
     * under basis: task), its network where it narrowed the profile's, and its image's identity.
     */
    taskRecord(t) {
        const timeouts = this.timeoutsFor(t);
        const own = this.caps.timeoutsBasis === 'task' || JSON.stringify(timeouts) !== JSON.stringify(this.caps.timeouts);
        const network = this.networkFor(t);
        const profile = (0,config_network/* profileNetwork */.aE)(this.caps);
        const narrowed = !(0,config_network/* samePhaseNetwork */.Gk)(network.agent, profile.agent) || !(0,config_network/* samePhaseNetwork */.Gk)(network.verify, profile.verify);
        return { ...(own ? { timeouts } : {}), ...(narrowed ? { network } : {}), ...this.images.get(t.image) };
    }
    results() {
        const { opts, header, suite } = this;
        const order = new Map(this.jobs.map((j, i) => [(0,group/* trialKey */.w)(j.task.id, j.trial), i]));
        const trials = [...this.done.values()]
            .filter((t) => order.has((0,group/* trialKey */.w)(t.task, t.trial)))
            .sort((a, b) => order.get((0,group/* trialKey */.w)(a.task, a.trial)) - order.get((0,group/* trialKey */.w)(b.task, b.trial)));
        return {
            schema: schema/* RESULTS_SCHEMA */.Bi,
            run: {
                id: header.runId,
                startedAt: header.startedAt,
                finishedAt: new Date().toISOString(),
                ref: opts.ref ?? { sha: null, branch: null },
                tool: { version: version/* TOOL_VERSION */.w },
                ...(opts.shard ? { shard: opts.shard } : {}),
                ...(opts.tasksGlob ? { tasksGlob: opts.tasksGlob } : {}),
                ...agentPlan(suite.agent).recorded,
            },
            suite: {
                name: suite.name,
                path: suite.path,
                sha256: opts.suite.sha256,
                tasks: this.tasks.map((t) => ({
                    id: t.id,
                    image: t.image,
                    trials: t.trials,
                    ...(t.harbor && Object.keys(t.harbor.declared).length ? { declared: t.harbor.declared } : {}),
                    ...(t.harbor?.unsupported ? { unsupported: t.harbor.unsupported } : {}),
                    ...(this.caps.basis === 'task' ? { applied: { cpus: this.capsFor(t).cpus, memoryBytes: this.capsFor(t).memoryBytes } } : {}),
                    ...this.taskRecord(t),
                })),
                ...(suite.skipped.length ? { skipped: suite.skipped } : {}),
            },
            profile: { name: opts.profile.value.name, sha256: opts.profile.sha256, multiplier: opts.multiplier, resolved: this.caps },
            environment: this.environment,
            trials,
            summary: (0,summary/* summarize */.e)(trials),
        };
    }
}
/** Where a profile caps disk: the engine's storage-opt size when the driver supports it, else bakeoff's measuring. */
async function chooseDiskEnforcement(arms, environment, backend) {
    const capped = arms.filter((a) => a.caps.diskBytes !== null && a.caps.diskBytes !== undefined);
    if (capped.length === 0)
        return;
    const supported = await backend.storageOptSupported(capped[0].opts.suite.value.tasks[0].image);
    environment.docker.storageOptSize = supported;
    for (const arm of capped)
        arm.caps.diskEnforcement = supported ? 'storage-opt' : 'polling';
}
/**
 * The run's egress allow-list machinery: one internal network (no route out) and, per arm with an
 * allow-list, a proxy on the network's host address. Made before the first trial, removed after
 * the last container is gone; a crashed run's network is removed by the next run (its labels).
 */
class EgressSetup {
    backend;
    runId;
    shared;
    network;
    proxies = new Map();
    constructor(backend, runId, shared) {
        this.backend = backend;
        this.runId = runId;
        this.shared = shared;
    }
    async prepare(arm) {
        if (!arm.usesEgress)
            return;
        this.network ??= this.backend.createEgressNetwork(this.runId);
        const { name, gateway } = await this.network;
        // No allow-list of its own: each trial's phase is tracked with its policy (trial/network.ts); an untracked client is refused.
        const proxy = new EgressProxy([], this.shared.resolveHost);
        const port = await proxy.listen(gateway);
        this.shared.onEgressProxy?.(proxy);
        this.proxies.set(arm, { network: name, proxy, proxyUrl: `http://${gateway}:${port}` });
    }
    of(arm) {
        return this.proxies.get(arm);
    }
    async teardown() {
        for (const p of this.proxies.values())
            await p.proxy.close();
        const network = await this.network?.catch(() => undefined);
        if (network)
            await this.backend.removeNetwork(network.name);
    }
}
/** Each preset agent's files, fetched once per preset and version however many arms run it (candidates on two models). */
async function fetchPresetAgents(arms, shared, log, signal) {
    const fetched = new Map();
    for (const arm of arms) {
        const agent = arm.suite.agent;
        if (agent.kind !== 'preset' || agent.bundle)
            continue;
        const key = `${agent.preset}@${agent.version ?? 'latest'}`;
        if (!fetched.has(key))
            fetched.set(key, prepareAgentBundle(agent, { cacheDir: shared.cacheDir ?? (0,npm_package/* defaultCacheDir */.$g)(), log, signal }));
        arm.suite = { ...arm.suite, agent: { ...agent, bundle: await fetched.get(key) } };
    }
}
/** Interleaves lists: a0, b0, a1, b1, … */
function interleave(lists) {
    const out = [];
    const longest = Math.max(0, ...lists.map((l) => l.length));
    for (let i = 0; i < longest; i++)
        for (const l of lists)
            if (i < l.length)
                out.push(l[i]);
    return out;
}
/** Runs several arms through one scheduler, trials interleaved; one outcome per arm, in order. */
async function runInterleaved(arms, shared) {
    const backend = shared.backend ?? new docker/* DockerBackend */.Ps();
    const signal = shared.signal ?? new AbortController().signal;
    const log = shared.log ?? ((line) => process.stderr.write(line + '\n'));
    const environment = await backend.environment();
    const prepared = arms.map((a) => new Arm(a, environment, log));
    // Each image looked up once: what is present is recorded as is, what is missing is built or pulled and looked up again.
    const images = await (0,build/* imageIdentities */.O_)(backend, prepared.flatMap((a) => a.tasks.map((t) => t.image)));
    const made = await (0,build/* buildTaskImages */.mu)(backend, prepared.flatMap((a) => a.todo.map((j) => j.task)), { log, signal, known: images });
    const broken = (0,build/* failedBuilds */.B2)(made);
    const fresh = await (0,build/* imageIdentities */.O_)(backend, made.filter((o) => o.status === 'built' || o.status === 'pulled').map((o) => o.image));
    for (const [image, identity] of fresh)
        images.set(image, identity);
    for (const arm of prepared)
        arm.images = images;
    await fetchPresetAgents(prepared, shared, log, signal);
    await chooseDiskEnforcement(prepared, environment, backend);
    for (const w of new Set(prepared.flatMap((a) => a.warnings)))
        log(`bakeoff: warning: ${w}`);
    const concurrency = shared.concurrency === 'auto'
        ? { kind: 'auto', capacity: hostCapacity(environment, shared.reserveBytes) }
        : { kind: 'fixed', n: shared.concurrency };
    const total = prepared.reduce((n, a) => n + a.jobs.length, 0);
    const todo = interleave(prepared.map((arm) => arm.todo.map((job) => ({ arm, job }))));
    for (const arm of prepared) {
        const o = arm.opts;
        log(`bakeoff: ${o.suite.value.name} × ${o.profile.value.name} (${(0,multiplier/* multiplierLabel */.QF)(o.multiplier)}): ` +
            `${(0,units/* plural */.LS)(arm.todo.length, 'trial')} to run of ${arm.jobs.length}`);
    }
    if (concurrency.kind === 'auto')
        log(`bakeoff: concurrency auto: ${concurrency.capacity.cpus} CPUs, ${(concurrency.capacity.memoryBytes / 1024 ** 3).toFixed(1)} GiB for trials`);
    else
        log(`bakeoff: concurrency ${concurrency.n}`);
    const progress = new Progress(total, shared.progress, undefined, prepared.flatMap((a) => [...a.done.values()].map((t) => t.outcome)));
    await backend.watch.start();
    progress.start();
    const egress = new EgressSetup(backend, prepared[0].runId, shared);
    try {
        for (const arm of prepared)
            await egress.prepare(arm);
        await schedule(todo, {
            demand: ({ arm, job }) => arm.demand(job.task),
            concurrency,
            signal,
            run: async ({ arm, job }) => {
                const label = `${arm.opts.label ? `${arm.opts.label} ` : ''}${(0,group/* trialKey */.w)(job.task.id, job.trial)}`;
                progress.trialStarted(label);
                const result = await runTrial({
                    runId: arm.runId,
                    suite: arm.suite,
                    caps: arm.capsFor(job.task),
                    timeouts: arm.timeoutsFor(job.task),
                    network: arm.networkFor(job.task),
                    backend,
                    signal,
                    backoffMs: shared.backoffMs,
                    hostEnv: shared.hostEnv,
                    hostDataRoot: shared.hostDataRoot,
                    failedBuilds: broken,
                    agentLogsDir: arm.opts.agentLogsDir,
                    egress: egress.of(arm),
                    onRetry: () => progress.retried(),
                }, job);
                arm.record(result);
                progress.trialDone(result.outcome, label);
            },
        });
    }
    catch (err) {
        if (!(err instanceof Aborted))
            throw err;
    }
    finally {
        progress.finish();
        await backend.reaper.settle();
        backend.watch.stop();
        await backend.reaper.flushOrphans();
        const stuck = await backend.reaper.awaitGone(prepared.map((a) => a.runId));
        if (stuck)
            log(`bakeoff: warning: the engine is still removing ${(0,units/* plural */.LS)(stuck, 'container')} of this run`);
        await egress.teardown();
        if (backend.reaper.pendingRemovals)
            log(`bakeoff: warning: ${(0,units/* plural */.LS)(backend.reaper.pendingRemovals, 'container')} could not be removed; ` +
                'they carry the dev.bakeoff labels and are removed by the next run');
    }
    return prepared.map((arm) => ({ results: arm.results(), interrupted: signal.aborted, warnings: arm.warnings }));
}


/***/ })

};
