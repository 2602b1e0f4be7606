import type { DocTypeResult, Evidence } from './analysis-types';
import { readBescheidHeading, type BescheidHeading } from './bescheid-heading';
import type { DocType } from './doc-types';
import { evidenceOf, inTopPart, type DocLine } from './text-lines';

interface Cue {
  type: DocType | 'bescheid';
  regex: RegExp;
  /** Score when the cue is in a heading-like line near the top of page 1. */
  title: number;
  /** Score anywhere else in the body (footers and Rechtsbehelfsbelehrung excluded). */
  body: number;
}

// Cues on folded text (lower case, ä→ae, ö→oe, ü→ue, ß→ss). Typical wordings from practice and the
// official forms; several independent cues per type so that one changed wording does not flip the type.
const cueList: readonly Cue[] = [
  { type: 'gericht', regex: /\bim namen des volkes\b/, title: 7, body: 5 },
  {
    type: 'gericht',
    regex: /^(urteil|beschluss|gerichtsbescheid|versaeumnisurteil|teilurteil|zwischenurteil)\b/,
    title: 6,
    body: 2,
  },
  { type: 'gericht', regex: /\b(finanzgericht|bundesfinanzhof)\b|^fg\b/, title: 3, body: 1 },
  { type: 'gericht', regex: /\bklaeger(in)?\b|\bklaegerin\b/, title: 2, body: 2 },
  { type: 'gericht', regex: /\bbeklagte[rn]?\b/, title: 2, body: 2 },
  {
    type: 'gericht',
    regex: /rechtsstreit|finanzstreitsache|in dem verfahren|in der streitsache/,
    title: 3,
    body: 3,
  },
  {
    type: 'gericht',
    regex: /fuer recht erkannt|\bsenat\b|tatbestand|entscheidungsgruende|die revision wird/,
    title: 2,
    body: 2,
  },

  { type: 'lohnsteuerbescheinigung', regex: /lohnsteuerbescheinigung/, title: 9, body: 3 },
  {
    type: 'lohnsteuerbescheinigung',
    regex: /bruttoarbeitslohn einschl|^\s*3\.? bruttoarbeitslohn/,
    title: 2,
    body: 2,
  },
  { type: 'lohnsteuerbescheinigung', regex: /\betin\b|transferticket/, title: 2, body: 2 },
  {
    type: 'lohnsteuerbescheinigung',
    regex: /einbehaltene lohnsteuer|dauer des dienstverhaeltnisses/,
    title: 2,
    body: 2,
  },
  { type: 'lohnsteuerbescheinigung', regex: /steuerklasse\/?faktor|personalnummer/, title: 1, body: 1 },

  {
    type: 'spendenbescheinigung',
    regex:
      /bestaetigung ueber (geld|sach)?zuwendung|zuwendungsbestaetigung|spendenbescheinigung|spendenquittung|sammelbestaetigung|bestaetigung ueber (geldzuwendungen|spenden|mitgliedsbeitr)/,
    title: 9,
    body: 4,
  },
  {
    type: 'spendenbescheinigung',
    regex: /(§|paragraph) ?10b\b|\b10b (abs\.? \d )?(des )?(einkommensteuergesetzes|estg)/,
    title: 2,
    body: 2,
  },
  {
    type: 'spendenbescheinigung',
    regex: /betrag der zuwendung|tag der zuwendung|\bzuwendende[nr]?\b|art der zuwendung/,
    title: 3,
    body: 3,
  },
  {
    type: 'spendenbescheinigung',
    regex: /verzicht auf (die )?erstattung (von|der) aufwendungen/,
    title: 2,
    body: 2,
  },
  {
    type: 'spendenbescheinigung',
    regex: /steuerbeguenstigte[rn]? (einrichtung|zwecke)|gemeinnuetzige[rn]? zwecke/,
    title: 1,
    body: 1,
  },

  {
    type: 'vollmacht',
    regex:
      /^(\S+ )?vollmacht\b|vollmacht (fuer|zur|in|zum)\b|^(prozess|general|steuerberatungs|vertretungs)?vollmacht/,
    title: 9,
    body: 1.5,
  },
  {
    type: 'vollmacht',
    regex: /vollmachtgeber|bevollmaechtigte[rn]?\b|bevollmaechtige(n)? (ich|wir|hiermit)|vollmachtnehmer/,
    title: 2.5,
    body: 2.5,
  },
  {
    type: 'vollmacht',
    regex:
      /vertretung in (allen )?steuer(sachen|angelegenheiten)|\b80 ao\b|bekanntgabevollmacht|empfangsvollmacht/,
    title: 2,
    body: 2,
  },

  {
    type: 'vertrag',
    regex: /^([a-z-]+)?vertrag\b|^vertrag (ueber|zur|zwischen)|vereinbarung (ueber|zwischen)/,
    title: 9,
    body: 1,
  },
  {
    type: 'vertrag',
    regex: /^zwischen\b|wird folgende[rs]? .*vereinbart|schliessen folgenden/,
    title: 3,
    body: 3,
  },
  {
    type: 'vertrag',
    regex:
      /- ?(vermieter(in)?|mieter(in)?|darlehensgeber(in)?|darlehensnehmer(in)?|auftraggeber(in)?|auftragnehmer(in)?|verkaeufer(in)?|kaeufer(in)?|arbeitgeber(in)?|arbeitnehmer(in)?) ?-|\(?(nachfolgend|im folgenden) ("|')?/,
    title: 3,
    body: 3,
  },
  {
    type: 'vertrag',
    regex:
      /^§ ?\d+ (mietgegenstand|vertragsgegenstand|gegenstand|mietzeit|laufzeit|verguetung|miete|kuendigung|darlehen)/,
    title: 2.5,
    body: 2.5,
  },

  {
    type: 'kontoauszug',
    regex: /kontoauszug|kontoumsaetze|umsatzuebersicht|kontouebersicht|finanzstatus/,
    title: 9,
    body: 3,
  },
  {
    type: 'kontoauszug',
    regex: /(alter|neuer) (kontostand|saldo)|anfangssaldo|endsaldo|saldo (alt|neu)|kontostand (am|vom|per)/,
    title: 3,
    body: 3,
  },
  { type: 'kontoauszug', regex: /buchungstag|wertstellung|\bvaluta\b|buchungsdatum/, title: 2, body: 2 },
  { type: 'kontoauszug', regex: /kontoinhaber|auszugsdatum|auszug nr|\bblatt \d/, title: 1.5, body: 1.5 },

  {
    type: 'rechnung',
    regex:
      /^(rechnung|gutschrift|schlussrechnung|abschlagsrechnung|honorarrechnung|teilrechnung|proforma-?rechnung)\b|^rechnung (nr|nummer)/,
    title: 9,
    body: 1,
  },
  {
    type: 'rechnung',
    regex: /rechnungs-?(nummer|nr)|rechnungsdatum|rechnungsbetrag|re-?nr\b/,
    title: 3,
    body: 3,
  },
  {
    type: 'rechnung',
    regex:
      /nettobetrag|zzgl\.? (\d+ ?% )?(ust|mwst|umsatzsteuer)|\bmwst\b|summe netto|gesamt netto|bruttobetrag/,
    title: 1.5,
    body: 1.5,
  },
  {
    type: 'rechnung',
    regex:
      /zahlbar (bis|innerhalb|ohne|sofort|rein)|zahlungsziel|skonto|leistungsdatum|leistungszeitraum|lieferdatum/,
    title: 1.5,
    body: 1.5,
  },
  {
    type: 'rechnung',
    regex: /\bpos\.?\b.*(menge|anzahl|einzelpreis|bezeichnung)|einzelpreis/,
    title: 2,
    body: 2,
  },

  {
    type: 'mahnung',
    regex: /^(\d\.? )?(mahnung|zahlungserinnerung|letzte mahnung|zahlungsaufforderung)\b|^(\S+ )?mahnung\b/,
    title: 9,
    body: 2,
  },
  {
    type: 'mahnung',
    regex: /saeumniszuschl|mahngebuehr|zwangsweise beigetrieben|vollstreckungsankuendigung|mahnstufe/,
    title: 2.5,
    body: 2.5,
  },
  {
    type: 'mahnung',
    regex:
      /trotz faelligkeit|noch nicht (gezahlt|beglichen|bezahlt|ausgeglichen)|offene[rn]? (posten|betrag|forderung|rechnung)|rueckstaend|\brueckstand\b/,
    title: 2.5,
    body: 2.5,
  },
  { type: 'mahnung', regex: /faellig seit|ueberfaellig/, title: 1.5, body: 1.5 },

  {
    type: 'pruefungsanordnung',
    regex: /pruefungsanordnung|anordnung (einer|der) (aussen|betriebs)pruefung/,
    title: 10,
    body: 4,
  },
  {
    type: 'pruefungsanordnung',
    regex: /aussenpruefung|betriebspruefung|sonderpruefung|lohnsteuer-?aussenpruefung/,
    title: 3,
    body: 2.5,
  },
  {
    type: 'pruefungsanordnung',
    regex:
      /pruefungszeitraum|beginn der pruefung|voraussichtliche[rn]? beginn|pruefer(in)?\b|pruefer\/in|§§? ?19[3-7]\b/,
    title: 2,
    body: 2,
  },

  { type: 'bescheid', regex: /\bbescheid\b|[a-z]bescheid\b/, title: 3, body: 1 },
  { type: 'bescheid', regex: /festsetzung|festgesetzt/, title: 1.5, body: 1.5 },
  { type: 'bescheid', regex: /\babrechnung\b|nachzahlung|zu erstatten|erstattung/, title: 1, body: 1 },
  { type: 'bescheid', regex: /vorbehalt der nachpruefung|vorlaeufig|§ ?16[45] ao/, title: 1, body: 1 },

  {
    type: 'sonstiges',
    regex: /^(von|an|gesendet|betreff|cc|from|to|sent|subject|datum):/,
    title: 2,
    body: 2,
  },
  {
    type: 'sonstiges',
    regex:
      /rueckfrage|erinnerung an die abgabe|aufforderung zur abgabe|mitteilung (ueber|der) (die )?steuernummer|handelsregister|auszug aus dem|anfrage|benachrichtigung/,
    title: 3,
    body: 1,
  },
];

/** Each cue also as a global multiline regex, for one scan over the joined lines of a document. */
const cues = cueList.map((cue) => ({ ...cue, scan: new RegExp(cue.regex.source, 'gm') }));

const baseScore: Partial<Record<DocType | 'bescheid', number>> = { sonstiges: 3 };

export interface Classification extends DocTypeResult {
  heading: BescheidHeading | undefined;
}

/** Lines that may carry the document's title: page 1, upper part, short, not footer. */
export function titleLinesOf(lines: readonly DocLine[]): DocLine[] {
  const firstPage = lines[0]?.page;
  return lines.filter(
    (line) =>
      line.page === firstPage &&
      line.zone === 'body' &&
      inTopPart(line, 0.5, 45) &&
      line.text.replace(/\s+/g, ' ').length <= 110,
  );
}

export function classifyDocument(lines: readonly DocLine[]): Classification {
  const title = new Set(titleLinesOf(lines).map((line) => line.index));
  const scores = new Map<DocType | 'bescheid', number>();
  const evidence = new Map<DocType | 'bescheid', Evidence[]>();
  for (const [type, score] of Object.entries(baseScore)) scores.set(type as DocType, score);

  // Folded once per line, not once per cue: the cue loop runs ~100 times over every line.
  // Title lines are also read per cell, so a heading next to an info column still starts its cell.
  const bodyLines = lines
    .filter((line) => line.zone === 'body')
    .map((line) => {
      const inTitle = title.has(line.index);
      const texts = inTitle
        ? [line.folded, ...line.cells.map((cell) => cell.text.toLowerCase())]
        : [line.folded];
      return { line, inTitle, texts: texts.map(foldCell) };
    });

  // All texts joined by newlines and each cue run once over the whole document (multiline `^`): the
  // same hits as testing every text on its own, because no cue matches across a newline and no text is
  // empty or contains one.
  const textStart: number[] = [];
  const lineOfText: number[] = [];
  const lineEnd: number[] = [];
  let joined = '';
  bodyLines.forEach(({ texts }, i) => {
    for (const text of texts) {
      textStart.push(joined.length);
      lineOfText.push(i);
      joined += `${text}\n`;
    }
    lineEnd.push(joined.length);
  });
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = textStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((textStart[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lineOfText[lo] ?? 0;
  };

  for (const cue of cues) {
    let best = 0;
    let where: DocLine | undefined;
    const regex = cue.scan;
    const top = Math.max(cue.title, cue.body);
    regex.lastIndex = 0;
    for (let m = regex.exec(joined); m !== null; m = regex.exec(joined)) {
      const i = lineAt(m.index);
      const entry = bodyLines[i];
      if (entry === undefined) break;
      const weight = entry.inTitle ? cue.title : cue.body;
      if (weight > best) {
        best = weight;
        where = entry.line;
        if (best >= top) break;
      }
      // One hit per line is enough: go on with the next line.
      regex.lastIndex = lineEnd[i] ?? joined.length;
    }
    if (best > 0) {
      scores.set(cue.type, (scores.get(cue.type) ?? 0) + best);
      if (where) evidence.set(cue.type, [...(evidence.get(cue.type) ?? []), evidenceOf(where)]);
    }
  }

  const heading = readBescheidHeading(titleLinesOf(lines));
  if (heading) {
    scores.set('bescheid', (scores.get('bescheid') ?? 0) + 6);
    evidence.set('bescheid', [evidenceOf(heading.line), ...(evidence.get('bescheid') ?? [])]);
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const resolve = (type: DocType | 'bescheid'): DocType =>
    type !== 'bescheid' ? type : heading && heading.kind !== 'other' ? heading.kind : 'sonstiges';

  const [top, second] = ranked;
  const topType = top?.[0] ?? 'sonstiges';
  const topScore = top?.[1] ?? 0;
  const secondScore = second?.[1] ?? 0;
  const margin = topScore - secondScore;
  const confidence = Math.max(0.3, Math.min(0.99, 1 - Math.exp(-(margin + 1) / 4)));
  const value = resolve(topType);
  const alternatives = ranked
    .slice(1, 4)
    .map(([type, score]) => ({ docType: resolve(type), score }))
    .filter((alt) => alt.docType !== value);
  return {
    value,
    confidence: topType === 'bescheid' && value === 'sonstiges' ? Math.min(confidence, 0.6) : confidence,
    evidence: evidence.get(topType) ?? [],
    alternatives,
    heading,
  };
}

const foldCell = (text: string): string =>
  text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
