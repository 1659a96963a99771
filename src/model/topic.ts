import { checkRecord } from '../core/arguments.js';
import * as z from 'zod';
import { amountSchema } from './amount.js';

/**
 * An item of a module's content (Thema, Inhalt): a plain title, or an object
 * when the topic carries its own hours.
 *
 * @example
 * ```ts
 * import { topicSchema } from 'curricula';
 * topicSchema.parse('Kommunikation als Regelkreis');
 * topicSchema.parse({ title: 'Moderation', hours: 4 });
 * ```
 */
export const topicSchema = z
  .union([
    z.string().min(1),
    z.strictObject({
      title: z.string().min(1),
      hours: amountSchema.optional(),
      description: z.string().optional(),
    }),
  ])
  .meta({ id: 'Topic', description: 'A topic title, or { title, hours?, description? }.' });

/**
 * A topic (see {@link topicSchema}).
 *
 * @example
 * ```ts
 * import type { Topic } from 'curricula';
 * const t: Topic = { title: 'Moderation', hours: '4 UE' };
 * ```
 */
export type Topic = z.output<typeof topicSchema>;

/**
 * The title of a topic, whichever form it was written in.
 *
 * @example
 * ```ts
 * import { topicTitle } from 'curricula';
 * topicTitle({ title: 'Moderation', hours: 4 }); // 'Moderation'
 * ```
 */
export function topicTitle(topic: Topic): string {
  if (typeof topic !== 'string') checkRecord('topicTitle', 'topic', topic);
  return typeof topic === 'string' ? topic : topic.title;
}
