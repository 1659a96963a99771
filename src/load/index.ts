export { detectFormat, type SourceFormat } from './detect-format.js';
export { FORBIDDEN_KEYS } from './forbidden-keys.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH } from './limits.js';
export { load, type LoadFailure, type LoadOptions, type LoadResult, type LoadSuccess } from './load.js';
export { EMPTY_SOURCE_MAP, type SourceMap } from './source-map.js';
export { parseDirective, scanDirectives, type Directive, type DirectiveKind } from './directives.js';
