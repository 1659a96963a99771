/**
 * The loader's fast paths (Schnellpfade), fenced: hand-written readers that
 * exist only for speed and must give exactly what a reference gives. The
 * domain code (json-source.ts, yaml-source.ts) imports this file only,
 * never the files beside it. Each entry, what it must equal, and the test
 * that proves it:
 *
 * - {@link readJsonFast}: `JSON.parse`'s value, or undefined. It returns a
 *   value exactly when the reference path (depth pre-scan, {@link scanJson},
 *   `JSON.parse`, forbidden-key removal) would report nothing.
 *   tests/load/fast/json.test.ts.
 * - {@link readYamlFast}: the `yaml` package's value (YAML 1.2 core schema,
 *   unique keys, strict), or undefined; it returns a value only when that
 *   parse reports nothing. tests/load/fast/yaml.test.ts.
 * - {@link scanJson}: a second JSON parser that places values and errors;
 *   it must reject exactly what `JSON.parse` rejects, find the range of
 *   every value `JSON.parse` builds, and report a repeated key exactly when
 *   an object writes one twice. tests/load/fast/json-scanner.test.ts.
 * - {@link jsonDepthExcess} and {@link yamlDepthExcess}: nesting measured
 *   on the text, before any parser can overflow its stack. The JSON scan
 *   must equal the depth of `JSON.parse`'s value and point at the first
 *   bracket too deep; the YAML scan is an estimate that may never count
 *   less than the nesting the `yaml` package builds, and on documents as
 *   yaml writes them no more than one level above it.
 *   tests/load/fast/depth-scan.test.ts.
 *
 * tests/load/fast/load.property.test.ts checks `load` as a whole, fast and
 * reference paths together, against `JSON.parse` and `yaml`.
 */
export { jsonDepthExcess, yamlDepthExcess } from './depth-scan.js';
export { readJsonFast } from './json.js';
export { scanJson, type JsonSyntaxError } from './json-scanner.js';
export { readYamlFast } from './yaml.js';
