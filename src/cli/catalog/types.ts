import type { TextData } from '../../messages/index.js';
import type { cliEn } from './en.js';

/**
 * The command's catalog: namespace (`cli`, `cli.help`, …) to message id to
 * text, as the English one has them.
 *
 * @example
 * ```ts
 * type HelpIds = keyof CliCatalog['cli.help'];
 * ```
 */
type CliCatalog = typeof cliEn;

/**
 * A namespace of the command's catalog.
 *
 * @example
 * ```ts
 * const ns: CliNamespace = 'cli.help';
 * ```
 */
type CliNamespace = keyof CliCatalog;

/**
 * The message ids of a namespace of the command's catalog: a typo is a
 * compile error.
 *
 * @example
 * ```ts
 * const id: CliMessageId<'cli'> = 'noSuchFile';
 * ```
 */
export type CliMessageId<N extends CliNamespace> = keyof CliCatalog[N] & string;

/**
 * The data a message of the command's catalog needs, typed by its
 * placeholders.
 *
 * @example
 * ```ts
 * const data: CliDataOf<'cli', 'noSuchFile'> = { file: 'a.yaml' };
 * ```
 */
export type CliDataOf<N extends CliNamespace, M extends CliMessageId<N>> = TextData<CliCatalog[N][M]>;

/**
 * Any translation of the command's catalog: the same namespaces and ids.
 *
 * @example
 * ```ts
 * declare const fr: CliTranslation;
 * ```
 */
export type CliTranslation = { readonly [N in CliNamespace]: { readonly [M in CliMessageId<N>]: string } };
