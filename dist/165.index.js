export const id = 165;
export const ids = [165];
export const modules = {

/***/ 51165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand)
/* harmony export */ });
/* harmony import */ var _app_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99032);
/* harmony import */ var _config_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90866);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52090);



async function compareCommand(flags, io) {
    const compared = (0,_app_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFiles */ .hZ)({
        base: flags.base,
        head: flags.head,
        thresholds: (0,_config_options_js__WEBPACK_IMPORTED_MODULE_1__/* .thresholdsOf */ .W6)((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommonFlags */ .Gc)(flags)),
        failOnInconclusive: Boolean(flags.failOnInconclusive),
        runUrl: flags.runUrl,
        files: Object.fromEntries(_app_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonFileFormats */ .cW.map(({ name }) => [name, flags[name]])),
    });
    io.stdout(compared.terminal);
    if (compared.profileWarning)
        io.stderr(`bakeoff: warning: ${compared.profileWarning}\n`);
    return compared.failsGate ? _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.failed : _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
}


/***/ })

};
