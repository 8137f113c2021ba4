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
// EXTERNAL MODULE: ./src/commands/common.ts + 1 modules
var common = __webpack_require__(52090);
;// CONCATENATED MODULE: ./src/commands/merge.ts



async function mergeCommand(files, flags, io) {
    const merged = mergeFiles(files, flags.out);
    for (const w of merged.warnings)
        io.stderr(`bakeoff: warning: ${w}\n`);
    io.stdout(`merged ${(0,units/* plural */.LS)(merged.files, 'file')}: ${(0,units/* plural */.LS)(merged.trials, 'trial')} of ${(0,units/* plural */.LS)(merged.tasks, 'task')} → ${flags.out}\n`);
    return common/* EXIT */.dc.ok;
}


/***/ })

};
