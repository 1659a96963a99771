import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';

const program = 'kind: program\nid: netzwerk\ntitle: Netzwerk\nmodules:\n  - { id: einstieg, title: Einstieg }\n';
const offering = (lines: string) => `kind: offering\nid: o\nprogram: netzwerk\n${lines}sessions:\n  - { date: 2027-08-09, modules: [einstieg] }\n`;

function regionFindings(lines: string, options: { state?: 'BY' | 'NI'; locale?: 'de' } = {}) {
  const docs = [parseDocument(program, { filename: 'p.yaml' }), parseDocument(offering(lines), { filename: 'o.yaml' })];
  return validate(docs, options).filter((d) => d.code === 'offering/region');
}

describe('offering/region', () => {
  it('points from a place name to its code', () => {
    expect(regionFindings('state: BY\nregion: Augsburg\n')[0]).toMatchObject({
      line: 5,
      message: 'The holiday calendar knows no region "Augsburg" in Bayern; holidays are checked for all of Bayern',
      hint: 'Did you mean "A" (Stadt Augsburg)?',
    });
    expect(regionFindings('state: TH\nregion: wartburg\n')[0]?.hint).toBe('Did you mean "WAK" (Wartburgkreis)?');
  });

  it('corrects the case of a code and lists the codes when nothing is close', () => {
    expect(regionFindings('state: BY\nregion: kath\n')[0]?.hint).toBe('Did you mean "KATH" (Überwiegend katholische Gemeinden)?');
    expect(regionFindings('state: SN\nregion: Leipzig\n')[0]?.hint).toBe('Regions in Sachsen: BZ (Landkreis Bautzen)');
  });

  it('takes the state from the options, and accepts a known region', () => {
    expect(regionFindings('region: A\n', { state: 'BY' })).toEqual([]);
    expect(regionFindings('region: A\n', { state: 'NI' })[0]?.hint).toBe("It knows no regions in Niedersachsen: remove region, the state's holidays apply");
    expect(regionFindings('region: A\n')[0]?.message).toBe('Region "A" without a federal state');
  });

  it('speaks German', () => {
    expect(regionFindings('state: BY\nregion: Augsburg\n', { locale: 'de' })[0]).toMatchObject({
      message: 'Der Feiertagskalender kennt keine Region „Augsburg“ in Bayern; geprüft werden die Feiertage von ganz Bayern',
      hint: 'Meinten Sie „A“ (Stadt Augsburg)?',
    });
  });
});
