// A tour of the public API: parse a program, check it together with an
// offering, plan a new run, and export it. Uses only what `curricula`
// exports. Run it from the repository root with:
//   npx esbuild examples/api-tour.ts --bundle --platform=node --format=esm --packages=external --outfile=.tmp/api-tour.mjs && node .tmp/api-tour.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatDuration,
  hasErrors,
  parseDocument,
  parseProgram,
  plan,
  toCsv,
  toIcs,
  toMarkdown,
  totalMinutes,
  validate,
  type Diagnostic,
} from 'curricula';

const read = (name: string) => readFileSync(join('examples', name), 'utf8');
const show = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.code}`;

// 1. Parse: typed value plus located diagnostics; never throws.
const program = parseProgram(read('ehrenamt-netzwerk.program.yaml'), { filename: 'ehrenamt-netzwerk.program.yaml' });
if (!program.ok) {
  program.diagnostics.forEach((d) => console.error(show(d)));
  process.exit(1);
}
const p = program.value; // a Program: `ok` narrows the result
console.log(`${p.title}: ${p.modules.length} modules, ${formatDuration(totalMinutes(p), { unit: p.unit, locale: 'de' })}`);

// 2. Validate a set of documents at once: references resolve across files.
const documents = [
  program,
  parseDocument(read('geb-ich-dir-so-gibst-du-mir.program.yaml'), { filename: 'geb-ich-dir-so-gibst-du-mir.program.yaml' }),
  parseDocument(read('geb-ich-dir-so-gibst-du-mir-2013-03-18.offering.yaml'), {
    filename: 'geb-ich-dir-so-gibst-du-mir-2013-03-18.offering.yaml',
  }),
];
const problems = validate(documents, { locale: 'de', rules: { 'offering/outlier-date': 'off' } });
console.log(problems.length === 0 ? 'validate: no problems' : problems.map(show).join('\n'));

// 3. Plan a run in Baden-Württemberg from 4 January 2027.
const result = plan(p, { start: '2027-01-04', state: 'BW' });
if (!result.ok) {
  result.diagnostics.forEach((d) => console.error(`${d.message}${d.hint ? ` (${d.hint})` : ''}`));
  process.exit(1);
}
const offering = result.offering;
console.log(`plan: ${offering.sessions.length} sessions, ${offering.start} to ${offering.end}`);
console.log(`skipped: ${result.explanation.skipped.filter((s) => s.reason === 'holiday').map((s) => s.date).join(', ')}`);

// The plan passes the validator: validate takes the planned offering as it is, no YAML round trip.
if (hasErrors(validate([program, offering]))) {
  throw new Error('the plan does not validate');
}

// 4. Export: calendar, spreadsheet, document.
const ics = toIcs(offering, p);
const csv = toCsv(offering, p, { separator: ';', bom: true });
const md = toMarkdown(offering, p, { explanation: result.explanation, locale: 'de' });
console.log(`ics: ${ics.split('BEGIN:VEVENT').length - 1} events; csv: ${csv.trim().split('\n').length - 1} rows; markdown: ${md.split('\n').length} lines`);
