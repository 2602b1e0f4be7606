import type { LandCode } from '../land';
import { findCourts, landWords, type CourtMention } from './courts';
import type { FinanzamtMention, FinanzamtNameMatcher } from './finanzamt-names';
import { foldText } from './normalize';
import type { PlaceLandLookup } from './postal-land';
import { evidenceOf, inTopPart, type DocLine } from './text-lines';
import type { Evidence } from './analysis-types';

export interface Issuer {
  kind: 'finanzamt' | 'court' | 'municipality' | 'authority' | 'other';
  finanzamt?: FinanzamtMention;
  court?: CourtMention;
  land?: LandCode;
  evidence: Evidence[];
}

const municipality =
  /^(stadt|gemeinde|markt|landeshauptstadt|kreisstadt|hansestadt|universitaetsstadt|grosse kreisstadt|stadtverwaltung|gemeindeverwaltung|magistrat der stadt)\s+\S+|steueramt|stadtkasse|gemeindekasse|kaemmerei/;

/** The letterhead region: top of page 1, no footers. */
export function letterhead(lines: readonly DocLine[]): DocLine[] {
  const firstPage = lines[0]?.page;
  return lines.filter(
    (line, i) => line.page === firstPage && line.zone !== 'belehrung' && (inTopPart(line, 0.3, 14) || i < 8),
  );
}

/** Who issued the document: a Finanzamt (letterhead or sender line), a court, a municipality. */
export function detectIssuer(
  lines: readonly DocLine[],
  matcher: FinanzamtNameMatcher,
  places: PlaceLandLookup,
): Issuer {
  const head = letterhead(lines).filter((line) => line.zone === 'body');
  // The first lines of the letterhead decide; a Finanzamt named later (e.g. as addressee's office) does not.
  for (const line of head.slice(0, 12)) {
    if (/^(an|an das|an den)\b/.test(line.folded)) continue;
    const court = findCourts(line.text, places.byCity)[0];
    if (court && inTopPart(line, 0.15, 6))
      return { kind: 'court', court, land: court.lands[0], evidence: [evidenceOf(line)] };
    const fa = matcher.find(line.text).find((m) => m.index <= 60);
    if (fa) return { kind: 'finanzamt', finanzamt: fa, land: fa.land, evidence: [evidenceOf(line)] };
    if (municipality.test(line.folded)) {
      const postal = head
        .map((l) => /\b(\d{5})\s+\p{Lu}/u.exec(l.text)?.[1])
        .find((code) => code !== undefined);
      const word = landWords.find(([regex]) => regex.test(line.folded));
      const land = word?.[1] ?? (postal ? places.byPostalCode(postal) : undefined);
      return { kind: 'municipality', land, evidence: [evidenceOf(line)] };
    }
    if (
      /landesamt fuer steuern|bundeszentralamt fuer steuern|oberfinanzdirektion|landesfinanzdirektion/.test(
        line.folded,
      )
    ) {
      const word = landWords.find(([regex]) => regex.test(foldText(line.text)));
      return { kind: 'authority', land: word?.[1], evidence: [evidenceOf(line)] };
    }
  }
  return { kind: 'other', evidence: [] };
}
