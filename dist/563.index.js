export const id = 563;
export const ids = [563];
export const modules = {

/***/ 95563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(93661);
// EXTERNAL MODULE: ./src/config/timeouts.ts
var timeouts = __webpack_require__(27548);
// EXTERNAL MODULE: ./src/runner/engine.ts
var engine = __webpack_require__(44830);
// EXTERNAL MODULE: ./src/app/preflight.ts
var preflight = __webpack_require__(1424);
;// CONCATENATED MODULE: ./src/app/validate.ts
/** `validate`: both files checked (every problem of both at once), then what an engine can tell without running anything. */





async function validateFiles(req) {
    const configErrors = [];
    const check = (load) => {
        try {
            return load();
        }
        catch (err) {
            if (!(err instanceof errors/* ConfigError */.x))
                throw err;
            configErrors.push(err.message);
            return undefined;
        }
    };
    const suite = check(() => (0,load/* loadSuite */.bu)(req.suite));
    const profile = check(() => (0,load/* loadProfile */.iH)(req.profile));
    if (suite && profile)
        check(() => (0,timeouts/* checkTimeouts */.t1)(suite.value, profile.value, req.profile));
    if (!suite || !profile || configErrors.length)
        return { configErrors };
    return { suite: suite.value, profile: profile.value, engine: await engineChecks(suite, profile, req.checks) };
}
/** Images, agent variables and enforced limits, when an engine answers. */
async function engineChecks(suite, profile, checks) {
    const backend = await (0,engine/* answeringEngine */.x9)();
    if (!backend)
        return 'skipped';
    try {
        await (0,preflight/* preflight */.Mz)({ suite, profile, backend }, (0,preflight/* preflightRequest */.Dp)(checks, { multipliers: [1] }));
        return 'checked';
    }
    catch (err) {
        if (err instanceof preflight/* PreflightError */.wG)
            return err;
        throw err;
    }
}

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var common = __webpack_require__(52090);
;// CONCATENATED MODULE: ./src/commands/validate.ts




async function validateCommand(flags, io) {
    const v = await validateFiles({
        suite: flags.suite,
        profile: flags.profile,
        checks: { where: 'cli', allowMissingImages: Boolean(flags.allowMissingImages) },
    });
    if ('configErrors' in v) {
        io.stderr(v.configErrors.map((e) => e.replace(/^/gm, 'bakeoff: ')).join('\n') + '\n');
        return common/* EXIT */.dc.badInput;
    }
    io.stdout(`${flags.suite}: suite ${v.suite.name}, ${(0,units/* plural */.LS)(v.suite.tasks.length, 'task')}${candidatesText(v.suite.candidates)}\n` +
        `${flags.profile}: profile ${v.profile.name}\n`);
    for (const t of v.suite.skipped)
        io.stdout(`${flags.suite}: Harbor task ${t.id} cannot run here and is skipped: ${t.reason}\n`);
    for (const t of v.suite.tasks)
        for (const u of t.harbor?.unsupported ?? [])
            io.stdout(`warning: ${(0,external_node_path_.join)(t.harbor.dir, 'task.toml')}: ${u.key}: ${u.why}\n`);
    if (typeof v.engine !== 'string') {
        io.stderr(`bakeoff: ${v.engine.message}\n`);
        return common/* EXIT */.dc.badInput;
    }
    const skipped = 'engine checks skipped: no Docker engine answers (images, variables and limits are checked again by run)\n';
    io.stdout(`${v.engine === 'skipped' ? skipped : ''}valid\n`);
    return common/* EXIT */.dc.ok;
}
/** ", 2 candidates (lean, greedy)" when the suite declares any. */
function candidatesText(candidates) {
    return candidates.length ? `, ${(0,units/* plural */.LS)(candidates.length, 'candidate')} (${candidates.map((c) => c.name).join(', ')})` : '';
}


/***/ })

};
