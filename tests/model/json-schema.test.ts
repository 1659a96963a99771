import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/model/json-schema.js';

describe('shipped JSON Schemas', () => {
  for (const kind of ['program', 'offering'] as const) {
    it(`schema/${kind}.schema.json matches the zod schema`, () => {
      const onDisk = readFileSync(new URL(`../../schema/${kind}.schema.json`, import.meta.url), 'utf8');
      const expected = JSON.stringify(jsonSchema(kind), null, 2) + '\n';
      expect(onDisk === expected, `schema/${kind}.schema.json is stale: run npm run schema`).toBe(true);
    });
  }
});
