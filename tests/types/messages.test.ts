import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  defineRule,
  finding,
  parseDocument,
  validate,
  type CreditsMessageId,
  type DiagnosticCode,
  type DurationMessageId,
  type DurationValue,
  type MessageDataOf,
  type MessageId,
} from '../../src/index.js';

describe('typed messages', () => {
  it('know the codes and each code’s message ids', () => {
    expectTypeOf<'hours/total'>().toExtend<DiagnosticCode>();
    expectTypeOf<'house/title-case'>().not.toExtend<DiagnosticCode>();
    expectTypeOf<'mismatch'>().toExtend<MessageId<'hours/total'>>();
    expectTypeOf<'nope'>().not.toExtend<MessageId<'hours/total'>>();
  });

  it('type the data by the placeholders of the English text', () => {
    expectTypeOf<MessageDataOf<'config/unknown-rule', 'unknown'>>().toEqualTypeOf<{ key: string }>();
    expectTypeOf<MessageDataOf<'hours/total', 'more'>>().toEqualTypeOf<{ difference: DurationValue }>();
  });

  it('reject a finding with a wrong id or missing data at compile time', () => {
    // @ts-expect-error -- no such message id
    finding('config/unknown-rule', 'nope', { key: 'x' });
    // @ts-expect-error -- the hint needs `suggestion`
    finding('config/unknown-rule', 'unknown', { key: 'x' }, 'didYouMean');
    // @ts-expect-error -- a duration placeholder takes minutes and a unit
    finding('hours/total', 'more', { difference: '3 UE' });
    expect(finding('config/unknown-rule', 'unknown', { key: 'x', suggestion: 'y' }, 'didYouMean').hintId).toBe('didYouMean');
  });

  it('let a custom rule report its own messages by id, in the reader’s language', () => {
    const rule = defineRule({
      meta: {
        id: 'house/title-case',
        severity: 'warning',
        description: 'Titles start upper-case.',
        messages: { lowerCase: { en: 'Title {title:quote} starts lower-case', de: 'Titel {title:quote} beginnt klein' } },
      },
      check(ctx) {
        for (const doc of ctx.programDocuments) ctx.report({ document: doc, path: '/title', messageId: 'lowerCase', data: { title: doc.value.title } });
      },
    });
    const result = parseDocument('kind: program\nid: x\ntitle: kurs\n', { filename: 'x.yaml' });
    const [en] = validate(result, { extraRules: [rule] });
    const [de] = validate(result, { extraRules: [rule], locale: 'de' });
    expect(en).toMatchObject({ code: 'house/title-case', messageId: 'lowerCase', data: { title: 'kurs' }, message: 'Title "kurs" starts lower-case', line: 3 });
    expect(de?.message).toBe('Titel „kurs“ beginnt klein');
  });

  it('report an unknown message id of a rule as a rule error, not a crash', () => {
    const rule = defineRule({
      meta: { id: 'house/broken', severity: 'warning', description: 'd' },
      check(ctx) {
        for (const doc of ctx.programDocuments) ctx.report({ document: doc, path: '', messageId: 'missing' });
      },
    });
    const diagnostics = validate(parseDocument('kind: program\nid: x\ntitle: X\n', { filename: 'x.yaml' }), { extraRules: [rule] });
    expect(diagnostics.map((d) => d.code)).toEqual(['internal/rule-error']);
    expect(diagnostics[0]!.message).toContain('missing');
  });
});

describe('ids the layers left of the catalogs choose', () => {
  it('are message ids of the catalogs, so renaming one in a catalog is a compile error', () => {
    expectTypeOf<DurationMessageId>().toExtend<MessageId<'duration/invalid'>>();
    expectTypeOf<CreditsMessageId>().toExtend<MessageId<'duration/invalid'>>();
  });
});
