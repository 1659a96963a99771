/**
 * Text stylers; identity functions when colour is off.
 *
 * @example
 * ```ts
 * const c: Colors = colors(true);
 * c.red('error');
 * ```
 */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const ON: Colors = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const same = (text: string) => text;
const OFF: Colors = { red: same, yellow: same, blue: same, green: same, dim: same, bold: same, underline: same };

/**
 * ANSI stylers, or plain ones. A dozen lines instead of a dependency: the
 * command needs six styles.
 *
 * @example
 * ```ts
 * import { colors } from './colors.js';
 * colors(true).red('error'); // '\u001b[31merror\u001b[39m'
 * ```
 */
export function colors(enabled: boolean): Colors {
  return enabled ? ON : OFF;
}
