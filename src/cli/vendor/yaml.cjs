// The `yaml` package for the command, a file of its own in dist/ (cli-yaml.cjs): the command
// requires it only when a YAML text has problems or YAML is written (src/cli/main.ts).
module.exports = require('yaml');
