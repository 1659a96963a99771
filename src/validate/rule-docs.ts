import type { Locale } from '../core/locale.js';
import { germanRuleReasons } from './rule-docs.de.js';
import type { RuleDocs } from './types.js';
import { admissionCompletedDocs } from './rules/admission-completed.docs.js';
import { admissionTeamSizeDocs } from './rules/admission-team-size.docs.js';
import { creditsWorkloadDocs } from './rules/credits-workload.docs.js';
import { dateInvalidDocs } from './rules/date-invalid.docs.js';
import { directiveInvalidDocs } from './rules/directive-invalid.docs.js';
import { directiveUnusedDocs } from './rules/directive-unused.docs.js';
import { documentUncheckedDocs } from './rules/document-unchecked.docs.js';
import { documentWithoutKindDocs } from './rules/document-without-kind.docs.js';
import { durationInvalidDocs } from './rules/duration-invalid.docs.js';
import { emptyDocumentDocs } from './rules/empty.docs.js';
import { hoursNestedDocs } from './rules/hours-nested.docs.js';
import { hoursTopicsDocs } from './rules/hours-topics.docs.js';
import { hoursTotalDocs } from './rules/hours-total.docs.js';
import { hoursTrackDocs } from './rules/hours-track.docs.js';
import { idsDuplicateDocs } from './rules/ids-duplicate.docs.js';
import { limitAliasesDocs } from './rules/limit-aliases.docs.js';
import { limitDepthDocs } from './rules/limit-depth.docs.js';
import { limitSizeDocs } from './rules/limit-size.docs.js';
import { offeringAgendaDocs } from './rules/offering-agenda.docs.js';
import { recognitionProfileDocs } from './rules/recognition-profile.docs.js';
import { recognitionInForceDocs } from './rules/recognition-in-force.docs.js';
import { recognitionDaysDocs } from './rules/recognition-days.docs.js';
import { recognitionConsecutiveDocs } from './rules/recognition-consecutive.docs.js';
import { recognitionBlocksDocs } from './rules/recognition-blocks.docs.js';
import { recognitionTotalDocs } from './rules/recognition-total.docs.js';
import { recognitionPerDayDocs } from './rules/recognition-per-day.docs.js';
import { recognitionBeforeTimeDocs } from './rules/recognition-before-time.docs.js';
import { recognitionInPersonDocs } from './rules/recognition-in-person.docs.js';
import { recognitionParticipantsDocs } from './rules/recognition-participants.docs.js';
import { recognitionAdmissionDocs } from './rules/recognition-admission.docs.js';
import { recognitionCertificateDocs } from './rules/recognition-certificate.docs.js';
import { recognitionSeminarDaysDocs } from './rules/recognition-seminar-days.docs.js';
import { offeringBreakOutsideDocs } from './rules/offering-break-outside.docs.js';
import { offeringCoverageDocs } from './rules/offering-coverage.docs.js';
import { offeringHolidayDocs } from './rules/offering-holiday.docs.js';
import { offeringOrderDocs } from './rules/offering-order.docs.js';
import { offeringOutlierDateDocs } from './rules/offering-outlier-date.docs.js';
import { offeringOverbookedDocs } from './rules/offering-overbooked.docs.js';
import { offeringOverlapDocs } from './rules/offering-overlap.docs.js';
import { offeringRegionDocs } from './rules/offering-region.docs.js';
import { offeringSessionCapDocs } from './rules/offering-session-cap.docs.js';
import { offeringSessionCountDocs } from './rules/offering-session-count.docs.js';
import { offeringTimeWindowDocs } from './rules/offering-time-window.docs.js';
import { offeringToBeAgreedDocs } from './rules/offering-to-be-agreed.docs.js';
import { offeringSessionIdsDocs } from './rules/offering-session-ids.docs.js';
import { prerequisitesCycleDocs } from './rules/prerequisites-cycle.docs.js';
import { prerequisitesOptionalDocs } from './rules/prerequisites-optional.docs.js';
import { refsUnresolvedDocs } from './rules/refs-unresolved.docs.js';
import { schemaForbiddenKeyDocs } from './rules/schema-forbidden-key.docs.js';
import { schemaFormatDocs } from './rules/schema-format.docs.js';
import { schemaMissingDocs } from './rules/schema-missing.docs.js';
import { schemaRangeDocs } from './rules/schema-range.docs.js';
import { schemaTypeDocs } from './rules/schema-type.docs.js';
import { schemaUnknownKeyDocs } from './rules/schema-unknown-key.docs.js';
import { schemaValueDocs } from './rules/schema-value.docs.js';
import { syntaxDocs } from './rules/syntax.docs.js';
import { timeReversedDocs } from './rules/time-reversed.docs.js';
import { timeZoneUnknownDocs } from './rules/time-zone-unknown.docs.js';

// The long documentation of the built-in rules lives here and in the rules' *.docs.ts files, not in their
// meta, the way ESLint keeps rule pages apart from rule objects: only docs/rules.md (scripts/rules-doc.mjs),
// the snippet tests and the command's SARIF help read it, so src/index.ts must not import this module and
// the library bundle does not carry it (about 25 kB minified).

/**
 * Why, details and snippets of every built-in rule, by rule id. tests/validate/docs-snippets.test.ts
 * runs every snippet and checks that each built-in rule has an entry.
 */
export const builtinRuleDocs: ReadonlyMap<string, RuleDocs> = new Map<string, RuleDocs>([
  ['admission/completed', admissionCompletedDocs],
  ['offering/agenda', offeringAgendaDocs],
  ['recognition/profile', recognitionProfileDocs],
  ['recognition/in-force', recognitionInForceDocs],
  ['recognition/days', recognitionDaysDocs],
  ['recognition/consecutive', recognitionConsecutiveDocs],
  ['recognition/blocks', recognitionBlocksDocs],
  ['recognition/total', recognitionTotalDocs],
  ['recognition/per-day', recognitionPerDayDocs],
  ['recognition/before-time', recognitionBeforeTimeDocs],
  ['recognition/in-person', recognitionInPersonDocs],
  ['recognition/participants', recognitionParticipantsDocs],
  ['recognition/admission', recognitionAdmissionDocs],
  ['recognition/certificate', recognitionCertificateDocs],
  ['recognition/seminar-days', recognitionSeminarDaysDocs],
  ['admission/team-size', admissionTeamSizeDocs],
  ['credits/workload', creditsWorkloadDocs],
  ['date/invalid', dateInvalidDocs],
  ['directive/invalid', directiveInvalidDocs],
  ['directive/unused', directiveUnusedDocs],
  ['document/unchecked', documentUncheckedDocs],
  ['document/without-kind', documentWithoutKindDocs],
  ['duration/invalid', durationInvalidDocs],
  ['empty', emptyDocumentDocs],
  ['hours/nested', hoursNestedDocs],
  ['hours/topics', hoursTopicsDocs],
  ['hours/total', hoursTotalDocs],
  ['hours/track', hoursTrackDocs],
  ['ids/duplicate', idsDuplicateDocs],
  ['limit/aliases', limitAliasesDocs],
  ['limit/depth', limitDepthDocs],
  ['limit/size', limitSizeDocs],
  ['offering/break-outside', offeringBreakOutsideDocs],
  ['offering/coverage', offeringCoverageDocs],
  ['offering/holiday', offeringHolidayDocs],
  ['offering/region', offeringRegionDocs],
  ['offering/order', offeringOrderDocs],
  ['offering/outlier-date', offeringOutlierDateDocs],
  ['offering/overbooked', offeringOverbookedDocs],
  ['offering/overlap', offeringOverlapDocs],
  ['offering/session-cap', offeringSessionCapDocs],
  ['offering/session-count', offeringSessionCountDocs],
  ['offering/time-window', offeringTimeWindowDocs],
  ['offering/to-be-agreed', offeringToBeAgreedDocs],
  ['offering/session-ids', offeringSessionIdsDocs],
  ['prerequisites/cycle', prerequisitesCycleDocs],
  ['prerequisites/optional', prerequisitesOptionalDocs],
  ['refs/unresolved', refsUnresolvedDocs],
  ['schema/forbidden-key', schemaForbiddenKeyDocs],
  ['schema/format', schemaFormatDocs],
  ['schema/missing', schemaMissingDocs],
  ['schema/range', schemaRangeDocs],
  ['schema/type', schemaTypeDocs],
  ['schema/unknown-key', schemaUnknownKeyDocs],
  ['schema/value', schemaValueDocs],
  ['syntax', syntaxDocs],
  ['time/reversed', timeReversedDocs],
  ['time-zone/unknown', timeZoneUnknownDocs],
]);

/** A built-in rule's `why` by language: English from its *.docs.ts, German from rule-docs.de.ts. */
const REASONS: Readonly<Record<Locale, (id: string) => string | undefined>> = {
  en: (id) => builtinRuleDocs.get(id)?.why,
  de: (id) => germanRuleReasons.get(id),
};

/**
 * Why a built-in rule exists, in a language (the `why` of its docs), for
 * help texts such as SARIF's rule table; undefined for a rule without docs.
 *
 * @example
 * ```ts
 * builtinRuleReason('time/reversed', 'de'); // 'Ein umgekehrtes Zeitfenster ist ein vertauschtes Paar von Uhrzeiten; …'
 * ```
 */
export function builtinRuleReason(id: string, locale: Locale): string | undefined {
  return REASONS[locale](id);
}

/** The part of docs/rules.md above the rules: how to configure rules and write one. */
export const RULES_INTRO = `# Validation rules

<!-- Generated from the rules' meta and src/validate/rules/*.docs.ts by \`npm run docs:rules\`; do not edit by hand. -->

\`validate(documents, options)\` reports every problem of a set of programs and
offerings at once. Each diagnostic has a \`code\`: the id of the rule below that
found it. Severities: **error** fails CI, **warning** is counted against
\`--max-warnings\`, **info** is only shown.

## Configuring rules

\`\`\`ts
import { parseDocument, validate } from 'curricula';

const diagnostics = validate([parseDocument(programText, { filename: 'program.yaml' })], {
  locale: 'de',                       // messages in German (default: en)
  creditHours: { min: 25, max: 30 },  // workload per ECTS credit
  state: 'BW',                        // federal state for holiday checks when an offering names none
  rules: {
    'credits/workload': 'off',        // one rule
    'offering/holiday': 'error',      // raise a warning to an error
    schema: 'warn',                   // a whole area: every schema/… code (also written 'schema/*')
  },
});
\`\`\`

A setting is \`"error"\`, \`"warn"\` (or \`"warning"\`), \`"info"\` or \`"off"\`. The
exact id wins over its area (the part before the first \`/\`). Codes that come
from loading and parsing (\`syntax\`, \`schema/…\`, \`duration/invalid\`, …) are
configured the same way. An unknown id in \`rules\` is reported as
\`config/unknown-rule\` with a did-you-mean, an unknown setting as
\`config/invalid-setting\`; both carry the file name \`<options>\`.

## Intended exceptions

A course that meets on Good Friday on purpose should not warn forever, nor
switch the holiday rule off everywhere. In YAML, a comment disables named codes
where the exception is, with the reason after \` -- \` (required: a directive
without one disables nothing and is reported as \`directive/invalid\`):

\`\`\`yaml
sessions:
  # curricula-disable-next-line offering/holiday -- Ostern-Intensivkurs, mit dem Träger abgestimmt
  - { date: 2027-03-26, time: "09:00-15:00", modules: [recht] }
  - { date: 2027-03-29, time: "09:00-15:00", modules: [praxis] } # curricula-disable-line offering/holiday -- Ostermontag, abgestimmt
  # curricula-disable offering/holiday, offering/outlier-date -- Ferienakademie
  - { date: 2027-05-06, time: "09:00-15:00", modules: [praxis] }
  # curricula-enable
\`\`\`

\`curricula-disable-next-line\` covers findings on the next line,
\`curricula-disable-line\` those on its own line, \`curricula-disable\` those up
to a \`curricula-enable\` (of the same codes, or of all) or to the end of the file.
Codes may be areas (\`offering\`), as in \`rules\`. Disabled findings are left
out (\`keepSuppressed: true\` returns them with \`suppressions\`; the command's
SARIF lists them so). \`reportUnusedDisableDirectives: 'warn'\` reports
directives that disable nothing (\`directive/unused\`). JSON has no comments:
\`overrides\` set rules for some files or folders:

\`\`\`ts
validate(documents, { overrides: [{ files: 'kurse/2027/*.json', rules: { 'offering/holiday': 'off' } }] });
\`\`\`

## Writing your own rule

A rule is a plain object, \`{ meta, check(ctx) }\`, like an ESLint rule. Its id is
the code of every diagnostic it reports; use your own area (\`house/…\`) so it
cannot clash with a built-in rule. \`ctx\` gives all documents the schema
accepted (\`ctx.documents\`, \`ctx.programs\` by id across files,
\`ctx.programDocuments\`, \`ctx.offerings\`), the locale and options, a duration
formatter, and \`report\`, which locates a JSON pointer in the document's source.
\`ctx.tree(program)\` is the program's module tree (every module with its JSON
pointer, parent, exact minutes, caps and tracks), built once per validation and
shared by all rules; \`ctx.memo(compute, key)\` keeps a result of your own for the
rest of the call.
A report names a message id of \`meta.messages\` and the data of its
placeholders (\`{name}\`, or \`{name:format}\` such as \`{date:date}\` or
\`{title:quote}\`), never text: the message is rendered in the reader's
language, and each diagnostic carries \`messageId\` and \`data\` so an app
can render its own.

\`\`\`ts
import { defineRule, validate } from 'curricula';

export const titleCase = defineRule({
  meta: {
    id: 'house/title-case',
    severity: 'warning',
    description: 'Module titles start with a capital letter.',
    // Message ids and their text, per language (English where the reader's is missing).
    messages: {
      lowerCase: {
        en: 'Title {title:quote} starts lower-case',
        de: 'Titel {title:quote} beginnt klein',
      },
    },
    docs: {
      why: 'House style for printed flyers.',
      invalid: 'modules:\\n  - { id: a, title: einstieg }',
      valid: 'modules:\\n  - { id: a, title: Einstieg }',
    },
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      doc.value.modules.forEach((module, i) => {
        if (/^\\p{Ll}/u.test(module.title)) {
          ctx.report({
            document: doc,
            path: \`/modules/\${i}/title\`,
            messageId: 'lowerCase',
            data: { title: module.title },
          });
        }
      });
    }
  },
});

validate(results, { extraRules: [titleCase] });
\`\`\`

Snippets below that need several files (an offering and its program) separate
them with a line \`---\`; each part is its own file.
`;
