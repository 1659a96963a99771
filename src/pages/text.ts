import type { Holiday } from '../calendar/index.js';
import type { Locale } from '../core/locale.js';
import { formatDuration } from '../duration/index.js';
import type { TimeUnit } from '../duration/index.js';
import { pagesCatalogOf } from '../messages/catalogs.js';
import { fillMessage } from '../messages/format.js';
import type { PagesCatalog, TextData } from '../messages/types.js';
import type { DeliveryMode } from '../model/delivery-mode.js';
import type { Program } from '../model/program.js';
import type { Offering } from '../model/offering.js';
import type { SessionStatus } from '../model/session.js';

/** The text namespaces the pages read. */
type PagesNamespace = keyof PagesCatalog;


/**
 * The texts of one page in one language: every label, heading and legend
 * comes from the catalogs (src/messages/en.ts, de.ts), never from the page's
 * code.
 */
export interface PageText {
  readonly locale: Locale;
  /** A message of a pages namespace, its placeholders filled. */
  t<N extends PagesNamespace, M extends keyof PagesCatalog[N] & string>(
    namespace: N,
    id: M,
    ...data: {} extends TextData<PagesCatalog[N][M]> ? [TextData<PagesCatalog[N][M]>?] : [TextData<PagesCatalog[N][M]>]
  ): string;
  /** Exact minutes in a unit, the reader's way ("26⅔ UE", "2,5 Std."). */
  duration(minutes: number, unit: TimeUnit): string;
  /** A delivery mode in words. */
  mode(mode: DeliveryMode): string;
  /** A session status in words. */
  status(status: SessionStatus): string;
  /** The short weekday name of an ISO date ("Fr"). */
  weekday(date: string): string;
  /** "Fr, 29.01.2027" / "Fri, 2027-01-29". */
  day(date: string): string;
  /** A public holiday's name in the reader's language (German names are date-holidays' own). */
  holiday(day: Holiday): string;
  /** A number the reader's way (decimal comma in German). */
  number(value: number): string;
}

const WEEKDAY_IDS = ['weekdaySun', 'weekdayMon', 'weekdayTue', 'weekdayWed', 'weekdayThu', 'weekdayFri', 'weekdaySat'] as const;
const MODE_IDS = { 'in-person': 'modeInPerson', online: 'modeOnline', phone: 'modePhone', hybrid: 'modeHybrid' } as const;
const HOLIDAY_NAMES: Readonly<Record<Locale, (day: Holiday) => string>> = {
  de: (day) => day.name,
  en: (day) => day.nameEn ?? day.name,
};
const STATUS_IDS = { scheduled: 'statusScheduled', cancelled: 'statusCancelled', 'to-be-agreed': 'statusToBeAgreed' } as const;

/** The texts of a page in `locale`. */
export function pageText(locale: Locale): PageText {
  const catalog = pagesCatalogOf(locale) as unknown as Readonly<Record<string, Readonly<Record<string, string>>>>;
  const t = ((namespace: string, id: string, data: object = {}) => fillMessage(catalog[namespace]![id]!, data as never, locale, namespace)) as PageText['t'];
  const weekday = (date: string): string => {
    const d = new Date(`${date}T00:00:00Z`);
    return t('pages.common', WEEKDAY_IDS[d.getUTCDay()]!);
  };
  // The catalog names the BCP 47 tag, so numbers follow the language without a branch here.
  const numbers = new Intl.NumberFormat(t('pages.common', 'locale'), { useGrouping: false, maximumFractionDigits: 20 });
  return {
    locale,
    t,
    duration: (minutes, unit) => formatDuration(minutes, { unit, locale }),
    mode: (mode) => t('pages.common', MODE_IDS[mode]),
    status: (status) => t('pages.common', STATUS_IDS[status]),
    weekday,
    day: (date) => t('pages.common', 'weekdayDate', { weekday: weekday(date), date }),
    holiday: HOLIDAY_NAMES[locale],
    number: (value) => numbers.format(value),
  };
}

/**
 * The language of a page when the caller does not choose: German when the
 * document is written in German (its `language`, default `de`), English
 * otherwise.
 */
export function documentLocale(...documents: readonly (Pick<Program, 'language'> | Pick<Offering, 'language'> | undefined)[]): Locale {
  for (const document of documents) {
    const language = document?.language;
    if (language !== undefined) return language.toLowerCase().startsWith('de') ? 'de' : 'en';
  }
  return 'de';
}
