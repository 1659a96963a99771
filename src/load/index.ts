export { detectFormat, type SourceFormat } from './detect-format.js';
export { FORBIDDEN_KEYS } from './forbidden-keys.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './limits.js';
export { load, type LoadOptions, type LoadResult } from './load.js';
export type { SourceMap } from './source-map.js';
