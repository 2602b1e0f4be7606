import type { FinanzamtLookup } from '../finanzamt';
import { finanzamtDisplayName } from '../finanzamt';
import type { LandCode } from '../land';
import { einspruchsfrist } from '../deadlines';
import type { FieldResult } from './analysis-types';
import { findCourts } from './courts';
import { bescheidTypes, typesWithEinspruchsfrist, type DocType } from './doc-types';
import { found, missing } from './field-result';
import type { FinanzamtMention, FinanzamtNameMatcher } from './finanzamt-names';
import type { Issuer } from './issuer';
import type { PlaceLandLookup } from './postal-land';
import { evidenceOf, type DocLine } from './text-lines';

const faTypes = new Set<DocType>([...bescheidTypes, 'pruefungsanordnung']);

export interface AuthorityContext {
  matcher: FinanzamtNameMatcher;
  lookup: FinanzamtLookup;
  places: PlaceLandLookup;
}

export interface FinanzamtPick {
  field: FieldResult<string>;
  mention?: FinanzamtMention;
}

const pickLand = (mention: FinanzamtMention, stnrLand: LandCode | undefined): LandCode | undefined =>
  mention.land ??
  (stnrLand && mention.offices.some((office) => office.land === stnrLand)
    ? stnrLand
    : mention.offices[0]?.land);

/** The Finanzamt that issued the document, or for other documents the one named as relevant for the subject. */
export function extractFinanzamt(
  lines: readonly DocLine[],
  docType: DocType,
  issuer: Issuer,
  ctx: AuthorityContext,
  stnr: { elster13?: string; land?: LandCode },
): FinanzamtPick {
  const body = lines.filter((line) => line.zone !== 'footer');
  const mentionIn = (line: DocLine | undefined): FinanzamtMention | undefined =>
    line ? ctx.matcher.find(line.text)[0] : undefined;

  if (
    faTypes.has(docType) ||
    ((docType === 'mahnung' || docType === 'sonstiges') && issuer.kind === 'finanzamt')
  ) {
    if (issuer.finanzamt) {
      const confidence = issuer.finanzamt.exact ? 0.95 : 0.75;
      return { field: found(issuer.finanzamt.name, confidence, issuer.evidence), mention: issuer.finanzamt };
    }
    // Only when nobody else is named as issuer: a Gemeinde's Gewerbesteuer letter has no Finanzamt.
    if (faTypes.has(docType) && issuer.kind === 'other' && stnr.elster13) {
      const office = ctx.lookup.forSteuernummer(stnr.elster13);
      if (office) {
        return {
          field: found(
            finanzamtDisplayName(office),
            0.6,
            [],
            'Aus der Steuernummer abgeleitet (Finanzamtsnummer).',
          ),
          mention: {
            offices: [office],
            name: finanzamtDisplayName(office),
            land: office.land,
            index: 0,
            end: 0,
            exact: false,
          },
        };
      }
    }
    return { field: missing() };
  }

  switch (docType) {
    case 'lohnsteuerbescheinigung': {
      for (let i = 0; i < body.length; i++) {
        const line = body[i];
        if (
          !line ||
          !/an das die lohnsteuer|abgefuehrt|betriebsstaettenfinanzamt|finanzamt des arbeitgebers/.test(
            line.folded,
          )
        )
          continue;
        const picked = ctx.matcher.find(line.text).at(-1) ?? mentionIn(body[i + 1]);
        if (picked)
          return { field: found(picked.name, picked.exact ? 0.9 : 0.7, [evidenceOf(line)]), mention: picked };
      }
      const all = body.flatMap((line) => ctx.matcher.find(line.text).map((mention) => ({ mention, line })));
      const names = new Set(all.map((entry) => entry.mention.name));
      const [only] = all;
      if (only && names.size === 1)
        return { field: found(only.mention.name, 0.7, [evidenceOf(only.line)]), mention: only.mention };
      return { field: missing() };
    }
    case 'gericht': {
      for (let i = 0; i < body.length; i++) {
        const line = body[i];
        if (!line) continue;
        const defendant = /beklagte/.test(line.folded) || /^gegen\b/.test(line.folded);
        if (!defendant) continue;
        for (const candidate of [line, body[i + 1], body[i - 1]]) {
          const mention = mentionIn(candidate);
          if (mention && candidate) {
            return {
              field: found(mention.name, mention.exact ? 0.9 : 0.7, [evidenceOf(candidate)]),
              mention,
            };
          }
        }
      }
      return { field: missing() };
    }
    case 'vollmacht':
    case 'vertrag':
    case 'sonstiges': {
      for (const line of body) {
        if (!/zustaendige(s|n)? finanzamt|^finanzamt\s*:/.test(line.folded)) continue;
        const mention = mentionIn(line);
        if (mention) return { field: found(mention.name, 0.75, [evidenceOf(line)]), mention };
      }
      return { field: missing() };
    }
    default:
      return { field: missing() };
  }
}

/** Land of the issuing authority (Finanzamt, Finanzgericht, Registergericht, Gemeinde). */
export function extractState(
  lines: readonly DocLine[],
  docType: DocType,
  issuer: Issuer,
  finanzamt: FinanzamtPick,
  stnrLand: LandCode | undefined,
  ctx: AuthorityContext,
): FieldResult<LandCode> {
  if (docType === 'gericht') {
    const court =
      issuer.court ?? lines.slice(0, 30).flatMap((line) => findCourts(line.text, ctx.places.byCity))[0];
    if (!court || court.lands.length === 0) return missing();
    const defendantLand = finanzamt.mention ? pickLand(finanzamt.mention, undefined) : undefined;
    const land =
      court.lands.length > 1 && defendantLand && court.lands.includes(defendantLand)
        ? defendantLand
        : court.lands[0];
    return land ? found(land, court.lands.length > 1 ? 0.75 : 0.9, issuer.evidence) : missing();
  }
  const authorityIssued =
    faTypes.has(docType) || ((docType === 'mahnung' || docType === 'sonstiges') && issuer.kind !== 'other');
  if (!authorityIssued) return missing();
  if (issuer.kind === 'finanzamt' && issuer.finanzamt) {
    const land = pickLand(issuer.finanzamt, stnrLand);
    return land ? found(land, issuer.finanzamt.land ? 0.95 : 0.7, issuer.evidence) : missing();
  }
  if (issuer.land) return found(issuer.land, 0.8, issuer.evidence);
  if (finanzamt.mention) {
    const land = pickLand(finanzamt.mention, stnrLand);
    if (land) return found(land, 0.7, finanzamt.field.evidence);
  }
  if (faTypes.has(docType) && stnrLand) return found(stnrLand, 0.6, [], 'Aus der Steuernummer abgeleitet.');
  return missing();
}

/** End of the Einspruchsfrist: Bekanntgabe and month end with the issuing authority's Land for both calendars. */
export function extractEinspruchsfrist(
  docType: DocType,
  documentDate: FieldResult<string>,
  state: FieldResult<LandCode>,
  hasBelehrung: boolean,
): FieldResult<string> {
  if (!typesWithEinspruchsfrist.has(docType)) return missing();
  if (documentDate.value === null) return missing('Ohne Bescheiddatum lässt sich die Frist nicht berechnen.');
  if (state.value === null)
    return missing('Ohne Bundesland der Behörde lässt sich die Frist nicht berechnen.');
  const result = einspruchsfrist({
    bescheidDate: documentDate.value,
    finanzamtLand: state.value,
    recipientLand: state.value,
  });
  if (!result.ok) return missing(result.error.message);
  const confidence = Math.min(documentDate.confidence, state.confidence) * (hasBelehrung ? 1 : 0.7);
  const note = hasBelehrung
    ? undefined
    : 'Keine Rechtsbehelfsbelehrung gefunden: Fehlt sie tatsächlich, gilt die Jahresfrist (§ 356 Abs. 2 AO). Bitte prüfen.';
  return found(result.value.fristende, confidence, documentDate.evidence, note);
}
