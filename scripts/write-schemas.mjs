// Writes schema/*.schema.json from the built package (npm run schema builds first).
import { writeFileSync } from 'node:fs';
import { jsonSchema, profileJsonSchema } from '../dist/index.js';

for (const kind of ['program', 'offering']) {
  const file = new URL(`../schema/${kind}.schema.json`, import.meta.url);
  writeFileSync(file, JSON.stringify(jsonSchema(kind), null, 2) + '\n');
  console.log(`wrote schema/${kind}.schema.json`);
}

for (const [name, schema] of [['recognition-profile', profileJsonSchema()], ['custom-profile', profileJsonSchema({ custom: true })]]) {
  writeFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote schema/${name}.schema.json`);
}
