import type { Phrase } from '../core/diagnostic.js';
import type { Bilingual } from '../core/locale.js';
import { formatMessage } from '../messages/format.js';
import type { MessageDataOf, MessageId, MessageNamespace } from '../messages/types.js';

/**
 * A catalog message rendered in both languages: the explanation's texts
 * are {@link Bilingual}, so they are rendered where the explanation is
 * built, from the catalogs (never written inline).
 */
export function bilingual<N extends MessageNamespace, M extends MessageId<N>>(ns: N, id: M, data: MessageDataOf<N, M>): Bilingual {
  return { en: formatMessage('en', ns, id, data), de: formatMessage('de', ns, id, data) };
}

/**
 * A message inside a message (a clause, a counted noun, one of several
 * suggestions), its id and data checked against the catalog at compile
 * time as `finding()` checks a finding's.
 */
export function phrase<N extends MessageNamespace, M extends MessageId<N>>(ns: N, id: M, data: MessageDataOf<N, M>): Phrase {
  return { ns, id, data: data as Phrase['data'] & object };
}

type CountId = Exclude<MessageId<'plan.count'>, 'unitsOf'>;

/**
 * `n` of a noun ("1 day", "3 days"; German "1 Tag", "3 Tage"), as a phrase
 * of `plan.count`. Both languages of the package make the singular for one
 * only, so the choice is made here and the words stay in the catalogs.
 */
export function counted(n: number, one: CountId, many: CountId): Phrase {
  return phrase('plan.count', n === 1 ? one : many, { n });
}

/**
 * Phrases joined as "a, or b, or c" ("a, oder b, oder c"): each suggestion
 * may hold commas of its own, so they are not run together as a list.
 * Undefined for no phrases.
 */
export function orChain(phrases: readonly Phrase[]): Phrase | undefined {
  let chain: Phrase | undefined;
  for (let i = phrases.length - 1; i >= 0; i--) {
    chain = chain === undefined ? phrases[i]! : phrase('plan/infeasible', 'orMore', { first: phrases[i]!, rest: chain });
  }
  return chain;
}
