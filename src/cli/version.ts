import pkg from '../../package.json' with { type: 'json' };

/**
 * The package version, read from package.json when the command is built
 * (the bundle carries it; nothing is read at run time).
 *
 * @example
 * ```ts
 * import { VERSION } from './version.js';
 * console.log(`curricula ${VERSION}`);
 * ```
 */
export const VERSION: string = pkg.version;

/**
 * Where people learn about the tool (SARIF `informationUri`).
 *
 * @example
 * ```ts
 * console.log(`curricula ${VERSION}, see ${INFORMATION_URI}`);
 * ```
 */
export const INFORMATION_URI: string =
  (pkg as { homepage?: string }).homepage ?? 'https://www.npmjs.com/package/curricula';
