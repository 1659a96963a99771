import bfdSeminartage from './profiles/bfd-seminartage.json' with { type: 'json' };
import bildungsurlaubBW from './profiles/bildungsurlaub-BW.json' with { type: 'json' };
import bildungsurlaubHE from './profiles/bildungsurlaub-HE.json' with { type: 'json' };
import bildungsurlaubNI from './profiles/bildungsurlaub-NI.json' with { type: 'json' };
import bildungsurlaubNW from './profiles/bildungsurlaub-NW.json' with { type: 'json' };
import bildungsurlaubRP from './profiles/bildungsurlaub-RP.json' with { type: 'json' };
import dosbUebungsleiterC from './profiles/dosb-uebungsleiter-c.json' with { type: 'json' };
import juleica from './profiles/juleica.json' with { type: 'json' };
import juleicaNI2010 from './profiles/juleica-NI-2010.json' with { type: 'json' };
import juleicaNI2026 from './profiles/juleica-NI-2026.json' with { type: 'json' };
import type { RecognitionProfile } from './profile.js';

/**
 * The recognition profiles that ship with the package (Bildungsurlaub and
 * Bildungszeit of five states, the Juleica, the DOSB coach licence C, the
 * seminar days of the federal volunteer service), one entry per version:
 * a profile id that changed has several, with `validFrom` and `validTo`.
 * They are JSON files in src/recognition/profiles/, bundled into the
 * package; tests/recognition/builtin.test.ts checks each against
 * `recognitionProfileSchema` and that each names its source and dates.
 * docs/recognition.md lists them with their figures.
 *
 * @example
 * ```ts
 * import { builtinProfiles } from 'curricula';
 * builtinProfiles.filter((p) => p.id === 'juleica/NI').map((p) => p.validFrom); // ['2010-01-01', '2026-01-01']
 * ```
 */
export const builtinProfiles: readonly RecognitionProfile[] = Object.freeze(
  [
    bildungsurlaubBW,
    bildungsurlaubHE,
    bildungsurlaubNI,
    bildungsurlaubNW,
    bildungsurlaubRP,
    juleica,
    juleicaNI2010,
    juleicaNI2026,
    dosbUebungsleiterC,
    bfdSeminartage,
  ] as RecognitionProfile[],
);
