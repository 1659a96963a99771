import { parseCredits } from '../duration/index.js';
import { formatCredits } from '../duration/index.js';
import type { ModuleNode, ModuleTree } from '../model/module-tree.js';
import type { Program } from '../model/program.js';
import type { Cost, Participants } from '../model/terms.js';
import { loadBuiltinProfiles } from '../recognition/builtin.js';
import { pick } from '../core/locale.js';
import { parseDuration } from '../duration/index.js';
import { admissionWords } from './admission-words.js';
import { daysText } from './graph-text.js';
import { anchorId } from './html.js';
import type { PageText } from './text.js';
import type { Fact, Words } from './words.js';

/** Hours of a total in the program's unit, with clock hours beside it when the unit is not clock hours. */
export function totalHours(minutes: number, program: Program, text: PageText): string {
  if (program.unit === 'h' || program.unit === 'min') return text.duration(minutes, program.unit);
  return text.t('pages.common', 'totalWithClock', { total: { minutes, unit: program.unit }, clock: { minutes, unit: 'h' } });
}

/** Credits as written in the document, the reader's way ("2,5 ECTS"); the text as written when it does not parse. */
function creditsText(credits: number | string, text: PageText): string {
  const parsed = parseCredits(credits);
  return parsed.ok ? formatCredits(parsed.credits, text.locale) : String(credits);
}

function participantsWords(p: Participants, text: PageText): Words | undefined {
  const t = text.t;
  const parts: string[] = [];
  if (p.min !== undefined && p.max !== undefined) parts.push(t('pages.handbook', 'participantsRange', { min: p.min, max: p.max }));
  else if (p.max !== undefined) parts.push(t('pages.handbook', 'participantsMax', { max: p.max }));
  else if (p.min !== undefined) parts.push(t('pages.handbook', 'participantsMin', { min: p.min }));
  if (p.severalPerOrganisation === 'welcome') parts.push(t('pages.handbook', 'severalWelcome'));
  if (p.severalPerOrganisation === 'allowed') parts.push(t('pages.handbook', 'severalAllowed'));
  if (p.severalPerOrganisation === 'not-allowed') parts.push(t('pages.handbook', 'severalNotAllowed'));
  if (p.composition !== undefined && p.composition.length > 0) parts.push(t('pages.handbook', 'composition', { roles: p.composition }));
  return parts.length === 0 ? undefined : parts.join('; ');
}

/** A cost in words: "kostenfrei", "450,00 € je Person". */
function costWords(cost: Cost, text: PageText): string {
  if (cost === 'free') return text.t('pages.handbook', 'free');
  const amount = new Intl.NumberFormat(text.t('pages.common', 'locale'), { style: 'currency', currency: cost.currency }).format(cost.amount);
  const perIds = {
    participant: 'costPerParticipant',
    team: 'costPerTeam',
    organisation: 'costPerOrganisation',
    session: 'costPerSession',
    offering: 'costPerOffering',
  } as const;
  const main = cost.per === undefined ? amount : text.t('pages.handbook', perIds[cost.per], { amount });
  return cost.note === undefined ? main : `${main} (${cost.note})`;
}

/** The name of a recognition profile in the reader's language (its newest version's), or its id. */
function recognitionName(id: string, text: PageText): string {
  const versions = loadBuiltinProfiles().filter((p) => p.id === id);
  if (versions.length === 0) return text.t('pages.handbook', 'unknownProfile', { id });
  const newest = versions.reduce((a, b) => (b.validFrom > a.validFrom ? b : a));
  return pick(newest.name, text.locale);
}

/** The facts of the title page, in a fixed order; facts the program does not give are left out. */
export function programFacts(program: Program, tree: ModuleTree, text: PageText): Fact[] {
  const t = text.t;
  const facts: Fact[] = [];
  const add = (label: string, value: Words | undefined): void => {
    if (value !== undefined && !(typeof value === 'object' && 'items' in value && value.items.length === 0)) facts.push({ label, value });
  };
  add(t('pages.handbook', 'provider'), program.provider?.name);
  add(t('pages.handbook', 'designer'), program.designer?.name);
  const total = tree.declaredMinutes ?? tree.nestedMinutes;
  add(t('pages.handbook', 'hours'), total === undefined ? undefined : totalHours(total, program, text));
  add(t('pages.handbook', 'credits'), program.credits === undefined ? undefined : creditsText(program.credits, text));
  add(
    t('pages.handbook', 'targetGroups'),
    program.targetGroups === undefined ? undefined : { items: program.targetGroups.map((g) => (g.description ? `${g.title}, ${g.description}` : g.title)) },
  );
  add(t('pages.handbook', 'admission'), program.admission === undefined ? undefined : admissionWords(program.admission, text));
  add(t('pages.handbook', 'expectations'), program.expectations === undefined ? undefined : { items: program.expectations });
  add(t('pages.handbook', 'participants'), program.participants === undefined ? undefined : participantsWords(program.participants, text));
  add(t('pages.handbook', 'modes'), program.modes === undefined ? undefined : { items: program.modes.map(text.mode), inline: true });
  add(t('pages.handbook', 'cost'), program.cost === undefined ? undefined : costWords(program.cost, text));
  if (program.certificate !== undefined) {
    const c = program.certificate;
    const items: string[] = [];
    if (c.issuer !== undefined) items.push(t('pages.handbook', 'issuedBy', { issuer: c.issuer }));
    if (c.requirements !== undefined) items.push(c.requirements);
    if (c.validYears !== undefined) items.push(t('pages.handbook', 'validYears', { years: text.number(c.validYears) }));
    if (c.renewal !== undefined) {
      const parsed = parseDuration(c.renewal.hours, program.unit);
      if (parsed.ok) {
        const hours = { minutes: parsed.minutes, unit: program.unit };
        items.push(
          c.renewal.withinYears === undefined
            ? t('pages.handbook', 'renewal', { hours })
            : t('pages.handbook', 'renewalWithin', { hours, years: text.number(c.renewal.withinYears) }),
        );
      }
      if (c.renewal.description !== undefined) items.push(c.renewal.description);
    }
    add(t('pages.handbook', 'certificate'), items.length === 0 ? c.title : { lead: c.title, items });
  }
  add(
    t('pages.handbook', 'recognitions'),
    program.recognitions === undefined
      ? undefined
      : {
          items: program.recognitions.map((r) =>
            [recognitionName(r.profile, text), r.number === undefined ? undefined : t('pages.handbook', 'recognitionNumber', { number: r.number }), r.note]
              .filter((x) => x !== undefined)
              .join(', '),
          ),
        },
  );
  add(t('pages.handbook', 'year'), program.year === undefined ? undefined : String(program.year));
  add(t('pages.handbook', 'region'), program.region);
  const contact = program.contact ?? program.provider?.contact;
  if (contact !== undefined) {
    add(t('pages.handbook', 'contact'), [contact.name, contact.email, contact.phone, contact.url].filter((x) => x !== undefined).join(', ') || undefined);
  }
  add(t('pages.handbook', 'website'), program.url ?? program.provider?.url);
  return facts;
}

/** The facts of one module's section. */
export function moduleFacts(node: ModuleNode, program: Program, tree: ModuleTree, text: PageText): Fact[] {
  const t = text.t;
  const m = node.module;
  const facts: Fact[] = [];
  const add = (label: string, value: Words | undefined): void => {
    if (value !== undefined) facts.push({ label, value });
  };
  add(
    t('pages.handbook', 'hours'),
    node.minutes !== undefined ? totalHours(node.minutes, program, text) : node.days !== undefined ? daysText(node.days, text) : t('pages.handbook', 'hoursUnknown'),
  );
  add(t('pages.handbook', 'credits'), m.credits === undefined ? undefined : creditsText(m.credits, text));
  const type = [node.optional ? t('pages.handbook', 'optionalModule') : t('pages.handbook', 'requiredModule')];
  if (m.onRequest) type.push(t('pages.handbook', 'onRequest'));
  if (m.standalone) type.push(t('pages.handbook', 'standalone'));
  add(t('pages.handbook', 'type'), type.join(', '));
  add(
    t('pages.handbook', 'requires'),
    m.requires === undefined || m.requires.length === 0
      ? t('pages.common', 'none')
      : {
          inline: true,
          items: m.requires.map((id) => {
            const required = tree.byId.get(id);
            return required === undefined ? id : { href: `#${anchorId('m', id)}` as const, text: required.module.title };
          }),
        },
  );
  add(t('pages.handbook', 'modes'), m.modes === undefined ? undefined : { items: m.modes.map(text.mode), inline: true });
  if (m.targetGroups !== undefined && m.targetGroups.length > 0) {
    add(t('pages.handbook', 'targetGroups'), { items: m.targetGroups.map((id) => program.targetGroups?.find((g) => g.id === id)?.title ?? id) });
  }
  if ((program.tracks?.length ?? 0) > 0) {
    const all = node.tracks.length === program.tracks!.length;
    add(
      t('pages.handbook', 'tracks'),
      all ? t('pages.handbook', 'allTracks') : node.tracks.length === 0 ? t('pages.common', 'none') : { inline: true, items: node.tracks.map((id) => program.tracks!.find((tr) => tr.id === id)?.title ?? id) },
    );
  }
  if (m.sessions !== undefined) {
    add(
      t('pages.handbook', 'sessions'),
      typeof m.sessions === 'number'
        ? t('pages.handbook', 'sessionCount', { count: m.sessions })
        : t('pages.handbook', 'sessionRange', { min: m.sessions.min, max: m.sessions.max }),
    );
  }
  if (node.ownCap !== undefined) add(t('pages.handbook', 'perSession'), text.duration(node.ownCap, program.unit));
  if (m.program !== undefined) add(t('pages.handbook', 'delivered'), t('pages.handbook', 'deliveredAs', { id: m.program }));
  if (m.participants !== undefined) add(t('pages.handbook', 'participants'), participantsWords(m.participants, text));
  return facts;
}

/** Numbers of modules as a handbook counts them: "3" for the third top-level module, "3.2" for the second inside it. */
export function moduleNumbers(tree: ModuleTree): Map<ModuleNode, string> {
  const numbers = new Map<ModuleNode, string>();
  for (const node of tree.modules) {
    const own = String(node.index + 1);
    numbers.set(node, node.parent === undefined ? own : `${numbers.get(node.parent)!}.${own}`);
  }
  return numbers;
}
