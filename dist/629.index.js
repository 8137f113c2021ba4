export const id = 629;
export const ids = [629];
export const modules = {

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _app_preflight_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1424);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37827);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44109);
/* harmony import */ var _config_timeouts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27548);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34529);
/* harmony import */ var _runner_engine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44830);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52090);







async function validateCommand(flags, io) {
    const errors = [];
    // Both files are checked even when the first is bad, so one run shows every problem.
    const check = (load) => {
        try {
            return load();
        }
        catch (err) {
            if (!(err instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x))
                throw err;
            errors.push(err.message);
            return undefined;
        }
    };
    const suite = check(() => (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSuite */ .bu)(flags.suite));
    const profile = check(() => (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadProfile */ .iH)(flags.profile));
    if (suite && profile)
        check(() => (0,_config_timeouts_js__WEBPACK_IMPORTED_MODULE_3__/* .checkTimeouts */ .t)(suite.value, profile.value, flags.profile));
    if (!suite || !profile || errors.length) {
        io.stderr(errors
            .map((e) => e
            .split('\n')
            .map((l) => `bakeoff: ${l}`)
            .join('\n'))
            .join('\n') + '\n');
        return _common_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.badInput;
    }
    io.stdout(`${flags.suite}: suite ${suite.value.name}, ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(suite.value.tasks.length, 'task')}${candidatesText(suite.value.candidates)}\n` +
        `${flags.profile}: profile ${profile.value.name}\n`);
    for (const t of suite.value.skipped)
        io.stdout(`${flags.suite}: Harbor task ${t.id} cannot run here and is skipped: ${t.reason}\n`);
    const engineNote = await engineChecks(suite, profile, Boolean(flags.allowMissingImages));
    if (engineNote instanceof _app_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG) {
        io.stderr(`bakeoff: ${engineNote.message}\n`);
        return _common_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.badInput;
    }
    io.stdout(`${engineNote}valid\n`);
    return _common_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
}
/** Images, agent variables and enforced limits, when an engine answers; a note when none does. */
async function engineChecks(suite, profile, allowMissingImages) {
    const backend = await (0,_runner_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .answeringEngine */ .x9)();
    if (!backend)
        return 'engine checks skipped: no Docker engine answers (images, variables and limits are checked again by run)\n';
    try {
        const request = { multipliers: [1], outputs: [], hostEnv: process.env, allowMissingImages, wording: _app_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_WORDING */ .ml };
        await (0,_app_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .preflight */ .Mz)({ suite, profile, backend }, request);
        return '';
    }
    catch (err) {
        if (err instanceof _app_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG)
            return err;
        throw err;
    }
}
/** ", 2 candidates (lean, greedy)" when the suite declares any. */
function candidatesText(candidates) {
    return candidates.length ? `, ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(candidates.length, 'candidate')} (${candidates.map((c) => c.name).join(', ')})` : '';
}


/***/ })

};
