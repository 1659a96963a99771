import { jsonSchema } from '../../model/json-schema.js';
import { choiceOption, formatHelp, parseCommandArgs, type CommandSpec } from '../args.js';
import type { CliContext } from '../context.js';

/**
 * The options of `curricula schema`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(schemaSpec));
 * ```
 */
export const schemaSpec: CommandSpec = {
  name: 'schema',
  summary: 'schemaSummary',
  usage: 'schemaUsage',
  options: {},
  positionals: { min: 1, max: 1, name: 'kind' },
};

/**
 * `curricula schema`: prints the JSON Schema generated from the same zod
 * schemas the validator uses, so it can never drift from them.
 *
 * @example
 * ```ts
 * import { runSchema } from './schema.js';
 * await runSchema(['program'], ctx); // prints {"$id": "…/program.schema.json", …}
 * ```
 */
export async function runSchema(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(schemaSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(schemaSpec, ctx.locale ?? 'en'));
    return 0;
  }
  const kind = choiceOption('kind', positionals[0]!, ['program', 'offering'] as const);
  ctx.stdout.write(JSON.stringify(jsonSchema(kind), null, 2) + '\n');
  return 0;
}
