// Writes schema/*.schema.json from the built package (npm run schema builds first).
import { writeFileSync } from 'node:fs';
import { jsonSchema } from '../dist/index.js';

for (const kind of ['program', 'offering']) {
  const file = new URL(`../schema/${kind}.schema.json`, import.meta.url);
  writeFileSync(file, JSON.stringify(jsonSchema(kind), null, 2) + '\n');
  console.log(`wrote schema/${kind}.schema.json`);
}
