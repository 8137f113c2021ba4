export const id = 331;
export const ids = [331];
export const modules = {

/***/ 94331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _app_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34629);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34529);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52090);
/* harmony import */ var _signals_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35055);




function errorReasons(r) {
    const counts = new Map();
    for (const t of r.trials)
        counts.set(t.reason ?? 'unknown', (counts.get(t.reason ?? 'unknown') ?? 0) + 1);
    return [...counts].map(([reason, n]) => `${n}× ${reason}`).join(', ');
}
async function runCommand(flags, io) {
    const { trials, concurrency, multiplier, shard } = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommonFlags */ .Gc)(flags);
    if (flags.shardDurations && !shard)
        throw new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--shard-durations is only used with --shard I/N');
    const session = await (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .sessionFor */ .w)(flags, io);
    const eventsFile = flags.events ?? `${flags.out}.events.jsonl`;
    return (0,_signals_js__WEBPACK_IMPORTED_MODULE_3__/* .withSignals */ .M)(io, async (signal, exitCode) => {
        const run = await (0,_app_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runSuite */ .o)(session, {
            multiplier,
            trials,
            tasksGlob: flags.tasks,
            shard,
            shardDurationsFrom: flags.shardDurations,
            out: flags.out,
            eventsFile,
            resume: Boolean(flags.resume),
            ref: (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .detectRef */ .Vt)(flags.suite),
            concurrency,
            signal,
            checks: { where: 'cli', allowMissingImages: Boolean(flags.allowMissingImages) },
            log: (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .stderrLog */ .bJ)(io),
        });
        const trialsRan = (0,_config_units_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(run.results.trials.length, 'trial');
        if (run.status === 'interrupted') {
            io.stderr(`bakeoff: interrupted: ${trialsRan} recorded in ${eventsFile}; run the same command with --resume --events ${eventsFile} to finish\n`);
            return exitCode();
        }
        if (run.status === 'unwritten') {
            io.stderr(`bakeoff: cannot write ${flags.out} (${run.error}): ${trialsRan} ran; those the events file holds are kept in ${eventsFile}\n`);
            return _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed;
        }
        io.stdout(run.summary + `\nresults: ${flags.out}\n`);
        const s = run.results.summary;
        if (s.trials > 0 && s.error === s.trials) {
            // Errors are left out of the success rate: a run of nothing but errors measured nothing.
            io.stderr(`bakeoff: no valid trials: all ${s.trials} ended in error (${errorReasons(run.results)}); the run measured nothing\n`);
            return _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed;
        }
        return _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    });
}


/***/ })

};
