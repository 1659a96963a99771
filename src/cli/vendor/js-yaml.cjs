// js-yaml for the command, a file of its own in dist/ (cli-js-yaml.cjs), its CommonJS build as
// the library's Node entry loads it: required on the first YAML text (src/cli/main.ts).
module.exports = require('js-yaml');
