import { describe, expect, it } from 'vitest';
import { callMemo, inValidationCall } from '../../src/validate/call-memo.js';

describe('callMemo', () => {
  it('computes once per key within a validation call and forgets at its end', () => {
    let computed = 0;
    const square = callMemo((box: { n: number }) => {
      computed++;
      return { value: box.n * box.n };
    });
    const key = { n: 3 };
    const [a, b] = inValidationCall(() => [square(key), square(key)]);
    expect(a).toBe(b);
    expect(computed).toBe(1);
    const c = inValidationCall(() => square(key));
    expect(c).not.toBe(a);
    expect(c).toEqual({ value: 9 });
    expect(computed).toBe(2);
  });

  it('computes afresh outside a call, and keeps results through a nested call', () => {
    let computed = 0;
    const id = callMemo((key: object) => ({ key, n: ++computed }));
    const key = {};
    expect(id(key)).not.toBe(id(key));
    inValidationCall(() => {
      const outer = id(key);
      inValidationCall(() => expect(id(key)).toBe(outer));
      // The nested call's end does not drop what the outer call still uses.
      expect(id(key)).toBe(outer);
    });
  });

  it('ends the call even when the run throws', () => {
    const id = callMemo((key: object) => ({ key }));
    const key = {};
    expect(() => inValidationCall(() => { id(key); throw new Error('rule bug'); })).toThrow('rule bug');
    expect(id(key)).not.toBe(id(key));
  });
});
