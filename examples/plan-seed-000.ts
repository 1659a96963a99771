// Plan seed program 000 from 4 January 2027 in Baden-Württemberg and write
// the schedule as ICS, CSV and Markdown into .tmp/plan-seed-000/.
// Run from the repository root:
//   npx esbuild examples/plan-seed-000.ts --bundle --platform=node --format=esm --packages=external --outfile=.tmp/plan.mjs && node .tmp/plan.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseProgram, plan, toCsv, toIcs, toMarkdown } from 'curricula';

const parsed = parseProgram(readFileSync('examples/ehrenamt-netzwerk.program.yaml', 'utf8'));
if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
const program = parsed.value; // a Program: `ok` narrows the result

const result = plan(program, {
  start: '2027-01-04',
  state: 'BW', // public holidays of Baden-Württemberg
  window: '09:30-16:30',
  breaks: ['12:30-13:30'],
  maxUnitsPerDay: 8,
});
if (!result.ok) {
  // e.g. "160 UE need 20 days of 8 UE; between … there are 18 allowed days after 2 holidays"
  for (const d of result.diagnostics) console.error(`${d.message}\n  ${d.hint ?? ''}`);
  process.exit(1);
}

mkdirSync('.tmp/plan-seed-000', { recursive: true });
writeFileSync('.tmp/plan-seed-000/schedule.ics', toIcs(result.offering, program));
writeFileSync('.tmp/plan-seed-000/schedule.csv', toCsv(result.offering, program, { separator: ';', bom: true }));
writeFileSync('.tmp/plan-seed-000/schedule.md', toMarkdown(result.offering, program, { explanation: result.explanation }));
console.log(`${result.offering.sessions.length} sessions from ${result.offering.start} to ${result.offering.end}`);
