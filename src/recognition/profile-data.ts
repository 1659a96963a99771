import type { RecognitionProfile } from './profile.js';
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

/**
 * The data of the built-in recognition profiles, one entry per version: the
 * module the package loads on first use (dist/recognition-profiles.cjs in
 * plain Node; bundles import it, see src/bundler.ts). Read them through
 * `builtinProfiles` or `resolveProfile`.
 *
 * @example
 * ```ts
 * import { profiles } from './profile-data.js';
 * profiles.length; // 10
 * ```
 */
export const profiles: readonly RecognitionProfile[] = [
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
] as RecognitionProfile[];
