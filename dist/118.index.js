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

// EXTERNAL MODULE: ./src/config/load.ts + 3 modules
var load = __webpack_require__(44109);
// EXTERNAL MODULE: ./src/runner/build.ts
var build = __webpack_require__(93310);
// EXTERNAL MODULE: ./src/runner/engine.ts
var engine = __webpack_require__(44830);
// EXTERNAL MODULE: ./src/runner/selection.ts
var selection = __webpack_require__(45224);
;// CONCATENATED MODULE: ./src/app/build.ts
/** `build`: the suite's Harbor task images, built (cached by their build context) before any run needs them. */




/** The tasks of the suite (matching `tasksGlob`) whose image bakeoff builds: Harbor tasks with an environment/Dockerfile. */
function tasksToBuild(suiteFile, tasksGlob) {
    const tasks = (0,selection/* filterTasks */.NT)((0,load/* loadSuite */.bu)(suiteFile).value.tasks, tasksGlob);
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
// EXTERNAL MODULE: ./src/commands/common.ts + 2 modules
var common = __webpack_require__(92168);
// EXTERNAL MODULE: ./src/commands/signals.ts
var signals = __webpack_require__(35055);
;// CONCATENATED MODULE: ./src/commands/build.ts




/** Builds the suite's Harbor task images; exit 1 when a build failed (its log's tail is printed). */
async function buildCommand(flags, io) {
    const concurrency = Number(flags.buildConcurrency ?? 2);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
        throw new common/* UsageError */.eb(`--build-concurrency ${flags.buildConcurrency}: must be a whole number from 1 to 32`);
    }
    const tasks = tasksToBuild(flags.suite, flags.tasks);
    if (!tasks.length) {
        io.stdout(`${flags.suite}: no task is built by bakeoff (only Harbor tasks with an environment/Dockerfile are)\n`);
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


/***/ })

};
