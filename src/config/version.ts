/** bakeoff's version, from package.json (ncc inlines the JSON into the bundles). */
import pkg from '../../package.json' with { type: 'json' }

export const TOOL_VERSION: string = pkg.version
