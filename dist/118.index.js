export const id = 118;
export const ids = [118];
export const modules = {

/***/ 24118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand)
});

// EXTERNAL MODULE: ./src/config/force-build.ts
var force_build = __webpack_require__(94076);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(93661);
// EXTERNAL MODULE: ./src/runner/build.ts
var build = __webpack_require__(93310);
// EXTERNAL MODULE: ./src/runner/engine.ts
var engine = __webpack_require__(44830);
// EXTERNAL MODULE: ./src/runner/selection.ts
var selection = __webpack_require__(45224);
;// CONCATENATED MODULE: ./src/app/build.ts
/** `build`: the suite's Harbor task images, built (cached by their build context) before any run needs them. */





/**
 * The tasks of the suite (matching `tasksGlob`) whose image bakeoff builds: Harbor tasks with an
 * environment/Dockerfile and no docker_image; with `build` (--build), also those with one.
 */
function tasksToBuild(suiteFile, tasksGlob, opts = {}) {
    const loaded = (0,load/* loadSuite */.bu)(suiteFile);
    const tasks = (0,selection/* filterTasks */.NT)((opts.build ? (0,force_build/* forceBuild */.G)(loaded) : loaded).value.tasks, tasksGlob);
    return tasks.filter((t) => t.harbor?.build);
}
/** Connects to the engine (NoEngineError when none answers) and builds; outcomes sorted by image. */
async function buildImages(tasks, req) {
    const backend = await (0,engine/* connectEngine */.xn)(req.log);
    const outcomes = await (0,build/* buildTaskImages */.mu)(backend, tasks, { concurrency: req.concurrency, force: req.force, signal: req.signal, log: req.log });
    return outcomes.sort((a, b) => a.image.localeCompare(b.image));
}

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var common = __webpack_require__(52090);
// EXTERNAL MODULE: ./src/commands/signals.ts
var signals = __webpack_require__(35055);
;// CONCATENATED MODULE: ./src/commands/build.ts




/** Builds the suite's Harbor task images; exit 1 when a build failed (its log's tail is printed). */
async function buildCommand(flags, io) {
    const concurrency = Number(flags.buildConcurrency ?? 2);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
        throw new common/* UsageError */.eb(`--build-concurrency ${flags.buildConcurrency}: must be a whole number from 1 to 32`);
    }
    const tasks = tasksToBuild(flags.suite, flags.tasks, { build: flags.build });
    if (!tasks.length) {
        const which = flags.build
            ? 'Harbor tasks with an environment/Dockerfile are'
            : 'Harbor tasks with an environment/Dockerfile and no docker_image are; --build adds those with one';
        io.stdout(`${flags.suite}: no task is built by bakeoff (only ${which})\n`);
        return common/* EXIT */.dc.ok;
    }
    return (0,signals/* withSignals */.M)(io, async (signal, exitCode) => {
        const outcomes = await buildImages(tasks, { concurrency, force: flags.force, signal, log: (0,common/* stderrLog */.bJ)(io) });
        if (signal.aborted)
            return exitCode();
        for (const o of outcomes) {
            io.stdout(`${o.status.padEnd(6)}  ${o.image}  (${o.tasks.join(', ')})${o.status === 'built' ? `  ${(o.durationMs / 1000).toFixed(1)} s` : ''}\n`);
            if (o.detail)
                io.stderr(`${o.detail}\n`);
        }
        const failed = outcomes.filter((o) => o.status === 'failed');
        if (failed.length) {
            io.stderr(`bakeoff: ${(0,units/* plural */.LS)(failed.length, 'build')} failed; run counts those tasks' trials as error/image\n`);
            return common/* EXIT */.dc.failed;
        }
        return common/* EXIT */.dc.ok;
    });
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


/***/ })

};
