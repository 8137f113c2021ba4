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
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
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
        return [task, count('pass'), count('fail'), count('limit'), count('error'), String(retried), (0,format/* orDash */.gR)(peak, units/* formatBytes */.z3), reasons];
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

// EXTERNAL MODULE: ./src/runner/run.ts + 18 modules
var run = __webpack_require__(35137);
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
    await (0,preflight/* preflight */.Mz)(session, (0,preflight/* preflightRequest */.Dp)(req.checks, { multipliers: [req.multiplier], tasksGlob: req.tasksGlob, outputs }));
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


const BUILD_LOG_CAP = 4 * 1024;
/** One build per distinct image among `tasks` that bakeoff builds (a Harbor Dockerfile); the others are left alone. */
async function buildTaskImages(backend, tasks, opts = {}) {
    const wanted = new Map();
    for (const t of tasks) {
        if (!t.harbor?.build)
            continue;
        const entry = wanted.get(t.image) ?? { ...t.harbor.build, tasks: [] };
        entry.tasks.push(t.id);
        wanted.set(t.image, entry);
    }
    const log = opts.log ?? (() => { });
    const queue = [...wanted.entries()];
    const outcomes = [];
    const worker = async () => {
        for (let next = queue.shift(); next && !opts.signal?.aborted; next = queue.shift()) {
            const [image, spec] = next;
            outcomes.push(await buildOne(backend, image, spec, opts.force ?? false, log));
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 2, queue.length)) }, worker));
    const counts = (s) => outcomes.filter((o) => o.status === s).length;
    if (outcomes.length)
        log(`bakeoff: task images: ${counts('cached')} cached, ${counts('built')} built, ${counts('failed')} failed`);
    return outcomes;
}
async function buildOne(backend, image, spec, force, log) {
    const started = Date.now();
    const done = (status, detail) => ({
        image,
        tasks: spec.tasks,
        status,
        ...(detail ? { detail } : {}),
        durationMs: Date.now() - started,
    });
    if (!force && (await backend.imageExists(image)))
        return done('cached');
    log(`bakeoff: building ${image} for ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(spec.tasks.length, 'task')} (${spec.tasks.join(', ')})`);
    const buildLog = new _capture_js__WEBPACK_IMPORTED_MODULE_1__/* .TailBuffer */ .v(BUILD_LOG_CAP);
    const res = await backend.buildImage(spec.context, image, { timeoutMs: spec.timeoutMs, log: buildLog });
    if (res.ok)
        return done('built');
    log(`bakeoff: build of ${image} failed: ${res.message}`);
    return done('failed', `build of ${image} failed: ${res.message}\n--- build log (tail) ---\n${buildLog.text()}`);
}
/** The failed builds as the trials need them: image → why. */
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
    for (const image of new Set(images)) {
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
    return out;
}


/***/ }),

/***/ 35137:
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

;// CONCATENATED MODULE: ./src/runner/agents/index.ts


const PLANS = {
    command: commandPlan,
    oracle: oraclePlan,
};
function agentPlan(agent) {
    return PLANS[agent.kind](agent);
}

// EXTERNAL MODULE: ./src/runner/caps.ts
var runner_caps = __webpack_require__(13373);
// EXTERNAL MODULE: ./src/runner/docker.ts + 5 modules
var docker = __webpack_require__(94181);
// EXTERNAL MODULE: ./src/runner/build.ts
var build = __webpack_require__(93310);
// EXTERNAL MODULE: ./src/config/timeouts.ts
var config_timeouts = __webpack_require__(27548);
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
 * container, each destination tried: allowed or denied (and why, as the refused client is told),
 * connections, bytes each way, and connect failures to allowed destinations — bounded however many
 * requests a trial makes.
 */




/** Destinations kept per trial; past this, further ones are counted under "(other)". */
const MAX_DESTINATIONS = 200;
const OTHER = '(other)';
const CONNECT_TIMEOUT_MS = 10_000;
const MAX_HOST_LENGTH = 253;
const systemResolver = async (host) => (await (0,promises_.lookup)(host, { all: true })).map((a) => a.address);
class TrialEgress {
    records = new Map();
    record(destination, allowed) {
        const key = this.records.size >= MAX_DESTINATIONS && !this.records.has(destination) ? OTHER : destination;
        let r = this.records.get(key);
        if (!r)
            this.records.set(key, (r = { destination: key, allowed, connections: 0, bytesOut: 0, bytesIn: 0, connectFailures: 0 }));
        return r;
    }
    snapshot() {
        return [...this.records.values()].map((r) => ({ ...r })).sort((a, b) => (a.destination < b.destination ? -1 : 1));
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
    async listen(host) {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, host, () => resolve());
        });
        this.server.on('error', () => (this.alive = false));
        this.port = this.server.address().port;
        return this.port;
    }
    /** Starts recording what the container at `ip` tries; only tracked containers are served. */
    track(ip) {
        this.trials.set(ip, new TrialEgress());
    }
    /** What the container at `ip` has tried so far. */
    records(ip) {
        return this.trials.get(ip)?.snapshot() ?? [];
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
        const rule = host.length <= MAX_HOST_LENGTH && port >= 1 && port <= 65535 ? (0,egress/* matchEgress */.Xb)(this.rules, host, port) : undefined;
        if (!rule)
            return denied(trial.record(destination, false), destination, (0,egress/* noRuleRefusal */.AT)(this.rules, host));
        const bare = host.replace(/^\[|\]$/g, '');
        const addresses = (0,external_node_net_.isIP)(bare) ? [bare] : await this.resolve(bare).catch(() => []);
        const record = trial.record(destination, true);
        if (addresses.length === 0) {
            record.connections++;
            record.connectFailures++;
            return { status: 502, message: `${destination} is allowed (${rule.text}), but ${bare} did not resolve` };
        }
        const address = addresses.find((a) => (0,egress/* addressAllowed */.lg)(rule, a));
        if (address) {
            record.connections++;
            return { address, record };
        }
        // The name is listed but resolves only to addresses its rule may not reach (loopback, metadata, private).
        record.allowed = false;
        return denied(record, destination, { reason: 'address-refused', rule: rule.text, address: addresses[0] });
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/runner/classify.ts
/**
 * A trial that did not pass while an allowed destination could not be reached measured the
 * runner's connectivity, not the agent: error/upstream, retried like other infra errors.
 */
function classify(o) {
    const c = classifyPhases(o);
    if ((c.outcome === 'fail' || c.outcome === 'limit') && (o.upstreamFailures ?? 0) > 0)
        return { outcome: 'error', reason: 'upstream' };
    return c;
}
/**
 * Whether a cap stopped the agent: then neither metrics nor the verifier run (docs/design.md §5).
 * Read from the phases alone: the upstream rule above may later turn the limit into error/upstream,
 * but the agent was stopped all the same (and its container may be gone with it).
 */
function stoppedByLimit(o) {
    return classifyPhases(o).outcome === 'limit';
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

// EXTERNAL MODULE: ./src/runner/capture.ts
var capture = __webpack_require__(47932);
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

;// CONCATENATED MODULE: ./src/runner/reward.ts
/** `txt` and `json`: the files' text, undefined when the file is not there. */
function parseReward(txt, json) {
    if (txt !== undefined) {
        const n = Number(txt.trim());
        return txt.trim() !== '' && Number.isFinite(n) ? n : 'malformed';
    }
    if (json === undefined)
        return 'missing';
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return 'malformed';
    }
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : 'malformed';
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return 'malformed';
    const entries = Object.entries(value);
    const chosen = 'reward' in value ? value.reward : entries.length === 1 ? entries[0][1] : undefined;
    return typeof chosen === 'number' && Number.isFinite(chosen) ? chosen : 'malformed';
}

;// CONCATENATED MODULE: ./src/runner/trial/harbor-phases.ts
/**
 * What a Harbor task adds to the phases: /logs made writable before the agent, the agent's logs
 * kept after it, and a verifier that sees the tests only at its turn and leaves a reward file.
 */




/** A trial's /logs/agent, at most this much of its tar. */
const AGENT_LOGS_CAP = 1024 * 1024;
/** /logs/agent and /logs/verifier, writable for any user, copied in from the host's `skeleton`. The tests are not there yet. */
async function harborSetup(p, skeleton) {
    await p.ctx.backend.putDirectory(p.container, skeleton, '/logs');
}
/** Keeps what the agent left under /logs/agent (a tar, capped), for a reviewer to open. */
async function keepAgentLogs(p, job, attemptNo) {
    const dir = p.ctx.agentLogsDir;
    if (!dir || !job.task.harbor)
        return;
    const archive = await p.ctx.backend.readArchive(p.container, '/logs/agent', AGENT_LOGS_CAP).catch(() => null);
    if (!archive)
        return;
    const name = (0,external_node_path_.join)(job.task.id, `trial-${job.trial}-attempt-${attemptNo}${archive.truncated ? '-truncated' : ''}.tar`);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, job.task.id), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), archive.data);
    p.state.agentLogs = name;
}
/**
 * Harbor's verify phase: the tests copied in only now (the agent never saw them) over a cleared
 * /tests and /logs/verifier (nothing the agent planted counts), the verify network attached,
 * `bash /tests/test.sh` run, and its reward read: the reward decides, not the exit code.
 */
async function harborVerify(p, task, log) {
    const harbor = task.harbor;
    const clear = await p.exec('rm -rf /tests /logs/verifier && mkdir -p /logs/verifier && chmod 777 /logs/verifier', 30_000, log);
    if (clear.exitCode !== 0)
        throw new faults/* HarnessFault */.JE('internal', 'could not clear /tests and /logs/verifier before the verifier');
    await p.ctx.backend.putDirectory(p.container, harbor.testsDir, '/tests');
    const env = Object.entries(harbor.verifierEnv).map(([k, v]) => `${k}=${hostValue(v, p.ctx.hostEnv ?? process.env)}`);
    return p.exec(task.verify, p.timeouts.verifyMs, log, env);
}
async function readReward(p) {
    const read = async (file) => (await p.readSmallFile(`/logs/verifier/${file}`, 4096))?.text;
    const txt = await read('reward.txt');
    return parseReward(txt, txt === undefined ? await read('reward.json') : undefined);
}
/** A ${NAME} value of a Harbor verifier's env, from the host (the suite passes NAME through: checked when loaded). */
function hostValue(value, hostEnv) {
    const ref = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(value)?.[1];
    return ref ? (hostEnv[ref] ?? '') : value;
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
     * runtime's 126/137, which is the harness's fault (ContainerGone), never the agent's.
     */
    async exec(command, timeoutMs, log, env) {
        let res;
        try {
            res = await this.ctx.backend.exec(this.container, command, { timeoutMs, log, env, interrupt: this.fate.interrupt.signal });
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
/** The task's setup, then the agent's (with the secrets); true when both succeeded or there were none. */
async function setup(p, task, secretEnv) {
    const log = (p.state.logs.setup = new capture/* TailBuffer */.v(LOG_CAPS.setup));
    for (const [command, env] of [
        [task.setup, undefined],
        [p.agent.setup, secretEnv],
    ]) {
        if (!command)
            continue;
        const res = await p.exec(command, p.timeouts.setupMs, log, env);
        p.state.obs.setup = { exitCode: res.exitCode, timedOut: res.timedOut };
        if (res.timedOut || res.exitCode !== 0)
            return false;
    }
    return true;
}
/** The agent, then the cgroup counters that tell a limit from an exit. */
async function agent(p, secretEnv) {
    const { state } = p;
    const log = (state.logs.agent = new capture/* TailBuffer */.v(LOG_CAPS.agent));
    const disk = diskWatch(p);
    await disk?.start();
    let res;
    try {
        res = state.agent = await p.exec(p.agent.command, p.timeouts.agentMs, log, secretEnv);
        await disk?.finish();
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
/** Reads the agent's metrics file, capped; a missing or bad one costs a note at most, never the trial. */
async function readMetrics(p, task) {
    const file = await p.readSmallFile(metricsPath(task), METRICS_MAX_BYTES + 1).catch(() => null);
    if (file)
        p.state.metrics = parseMetrics(file.text, file.bytes);
}
/** The verify phase's own network, when the profile gives it one: attached (bridge) or the agent's taken away (none). */
async function verifyNetwork(p) {
    const { backend, caps, egress } = p.ctx;
    if (!caps.verifyNetwork || caps.verifyNetwork === caps.network)
        return;
    if (caps.verifyNetwork === 'bridge')
        return backend.setNetwork(p.container, 'bridge', true);
    await backend.setNetwork(p.container, egress?.network ?? 'bridge', false);
}
/** The verifier; an OOM kill during it is the harness's (the verifier's memory), told by the counter's rise. */
async function verify(p, task) {
    const log = (p.state.logs.verify = new capture/* TailBuffer */.v(LOG_CAPS.verify));
    await verifyNetwork(p);
    const res = (p.state.verify = task.harbor ? await harborVerify(p, task, log) : await p.exec(task.verify, p.timeouts.verifyMs, log));
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
        ...suite.agent.env.filter((name) => hostEnv[name] !== undefined).map((name) => `${name}=${hostEnv[name]}`),
    ];
}
function logSection(title, buf) {
    return buf && buf.total > 0 ? `--- ${title} ---\n${buf.text()}\n` : '';
}
/** The container of one attempt, as the engine is asked for it. Pure. */
function containerSpec(ctx, plan, job, attemptNo, taskDir) {
    const { task, trial } = job;
    const env = [
        `BAKEOFF_INSTRUCTION=${task.instruction}`,
        `BAKEOFF_TASK=${task.id}`,
        `BAKEOFF_TRIAL=${trial}`,
        `BAKEOFF_ATTEMPT=${attemptNo}`,
        `BAKEOFF_METRICS=${metricsPath(task)}`,
    ];
    return {
        image: task.image,
        workdir: task.workdir,
        env,
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
        ...(0,runner_caps/* dockerLimits */.fZ)(ctx.caps),
        ...(ctx.egress ? { network: ctx.egress.network, env: [...env, ...proxyEnv(ctx.egress.proxyUrl, ctx.egress.proxy.noProxy)] } : {}),
        ...(ctx.caps.diskEnforcement === 'storage-opt' && ctx.caps.diskBytes ? { storageOptBytes: ctx.caps.diskBytes } : {}),
        agentMountDir: plan.mountDir,
        taskDir,
    };
}
/** Both spellings, as tools differ in which they read; loopback goes through the proxy only where the allow-list names it. */
function proxyEnv(url, noProxy) {
    return [`HTTP_PROXY=${url}`, `HTTPS_PROXY=${url}`, `http_proxy=${url}`, `https_proxy=${url}`, `NO_PROXY=${noProxy}`, `no_proxy=${noProxy}`];
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
    let egressIp;
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
        const phases = new Phases(ctx, container, identity.pid, fate, { ...ctx.caps.timeouts, ...job.task.timeouts }, state, plan);
        const secretEnv = agentEnv(plan, ctx.suite, hostEnv);
        if (ctx.egress)
            ctx.egress.proxy.track((egressIp = await backend.addressOn(container, ctx.egress.network)));
        if (job.task.harbor)
            await harborSetup(phases, skeleton);
        await copyAgentFiles(phases, job.task);
        if (await setup(phases, job.task, secretEnv)) {
            await agent(phases, secretEnv);
            if (ctx.egress)
                recordEgress(state, ctx.egress.proxy, egressIp);
            const limited = stoppedByLimit(state.obs);
            if (!limited)
                await readMetrics(phases, job.task);
            await keepAgentLogs(phases, job, attemptNo);
            if (!limited)
                await verify(phases, job.task);
            if (ctx.egress && !ctx.egress.proxy.alive)
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
        if (egressIp)
            ctx.egress?.proxy.untrack(egressIp);
        fate?.dispose();
        if (container)
            backend.disposeInBackground(container);
        (0,external_node_fs_.rmSync)(taskDir, { recursive: true, force: true });
    }
    return toRecord(state, startedAt, attemptNo, ctx.suite.agent.env.map((name) => hostEnv[name] ?? ''));
}
/** The agent phase's egress: the records kept, and connect failures to allowed destinations noted for classification. */
function recordEgress(state, proxy, ip) {
    state.egress = proxy.records(ip);
    state.obs.upstreamFailures = state.egress.filter((r) => r.allowed).reduce((n, r) => n + r.connectFailures, 0);
    if (!proxy.alive)
        throw new faults/* HarnessFault */.JE('network', 'the egress proxy stopped during the agent phase');
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
function toRecord(state, startedAt, attemptNo, secrets) {
    const { obs, logs } = state;
    const { outcome, reason } = classify(obs);
    const detail = obs.fault?.detail ?? (outcome === 'error' && reason === 'setup' ? setupDetail(obs) : undefined);
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
/** How long a retry after an outage waits for the engine to answer again. */
const ENGINE_WAIT_MS = 120_000;
/** Which budget, if any, pays for retrying this attempt. Pure. */
function retryBudget(attempt, used, limits) {
    // A failed build fails the same way again: its trials are not retried.
    if (attempt.outcome !== 'error' || limits.builtBroken)
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
    constructor(opts, environment, log) {
        this.opts = opts;
        this.environment = environment;
        const suite = opts.suite.value;
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
    demand(task) {
        const caps = this.capsFor(task);
        return { cpus: caps.cpus ?? this.opts.profile.value.resources.cpus, memoryBytes: caps.memoryGuaranteedBytes };
    }
    record(result) {
        this.events.append(result);
        this.done.set((0,group/* trialKey */.w)(result.task, result.trial), result);
    }
    /** What a task ran under beyond the run's caps: its tightened timeouts, and its image's identity. */
    taskRecord(t) {
        const timeouts = (0,config_timeouts/* appliedTimeouts */.s)(this.caps.timeouts, t);
        const tightened = JSON.stringify(timeouts) !== JSON.stringify(this.caps.timeouts);
        return { ...(tightened ? { timeouts } : {}), ...this.images.get(t.image) };
    }
    results() {
        const { opts, header } = this;
        const suite = opts.suite.value;
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
        if (arm.caps.network !== 'egress')
            return;
        const rules = (arm.caps.egress ?? []).map((p) => (0,egress/* parseEgressRule */.Zw)(p)).filter((r) => !('problem' in r));
        this.network ??= this.backend.createEgressNetwork(this.runId);
        const { name, gateway } = await this.network;
        const proxy = new EgressProxy(rules, this.shared.resolveHost);
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
    const broken = (0,build/* failedBuilds */.B2)(await (0,build/* buildTaskImages */.mu)(backend, prepared.flatMap((a) => a.todo.map((j) => j.task)), { log, signal }));
    const images = await (0,build/* imageIdentities */.O_)(backend, prepared.flatMap((a) => a.tasks.map((t) => t.image)));
    for (const arm of prepared)
        arm.images = images;
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
                    suite: arm.opts.suite.value,
                    caps: arm.capsFor(job.task),
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
