export const id = 730;
export const ids = [730];
export const modules = {

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/** The Action: read inputs, run, obtain the baseline, compare, report, gate. */

async function run() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1('bakeoff: the Action is not implemented yet; use the CLI (node dist/cli.js)');
}


/***/ })

};
