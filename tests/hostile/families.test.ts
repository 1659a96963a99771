// Every hostile-input family (families.ts) at a small size: the answer is
// right and comes at once. Their growth with size is timed in
// `npm run test:explore` (scaling.test.ts).
import { describe, it } from 'vitest';
import { FAMILIES } from './families.js';

describe('hostile inputs give the right answer', () => {
  for (const family of FAMILIES) {
    it(`${family.name} (before: ${family.before})`, () => {
      family.check(family.run(family.make(family.small)), family.small);
    });
  }
});
