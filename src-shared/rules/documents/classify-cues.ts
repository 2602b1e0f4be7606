import type { DocType } from './doc-types';

export interface Cue {
  type: DocType | 'bescheid';
  regex: RegExp;
  /**
   * The cue cannot match without one of these words (every alternative of the pattern contains one);
   * a document without any of them skips the pattern, a cheap substring search instead of a scan.
   */
  words: readonly string[];
  /** Score when the cue is in a heading-like line near the top of page 1. */
  title: number;
  /** Score anywhere else in the body (footers and Rechtsbehelfsbelehrung excluded). */
  body: number;
}

// Cues on folded text (lower case, ä→ae, ö→oe, ü→ue, ß→ss). Typical wordings from practice and the
// official forms; several independent cues per type so that one changed wording does not flip the type.
export const cueList: readonly Cue[] = [
  { type: 'gericht', regex: /\bim namen des volkes\b/, words: ['im namen des volkes'], title: 7, body: 5 },
  {
    type: 'gericht',
    regex: /^(urteil|beschluss|gerichtsbescheid|versaeumnisurteil|teilurteil|zwischenurteil)\b/,
    words: ['urteil', 'beschluss', 'gerichtsbescheid'],
    title: 6,
    body: 2,
  },
  {
    type: 'gericht',
    regex: /\b(finanzgericht|bundesfinanzhof)\b|^fg\b/,
    words: ['finanzgericht', 'bundesfinanzhof', 'fg'],
    title: 3,
    body: 1,
  },
  { type: 'gericht', regex: /\bklaeger(in)?\b|\bklaegerin\b/, words: ['klaeger'], title: 2, body: 2 },
  { type: 'gericht', regex: /\bbeklagte[rn]?\b/, words: ['beklagte'], title: 2, body: 2 },
  {
    type: 'gericht',
    regex: /rechtsstreit|finanzstreitsache|in dem verfahren|in der streitsache/,
    words: ['rechtsstreit', 'finanzstreitsache', 'in dem verfahren', 'in der streitsache'],
    title: 3,
    body: 3,
  },
  {
    type: 'gericht',
    regex: /fuer recht erkannt|\bsenat\b|tatbestand|entscheidungsgruende|die revision wird/,
    words: ['fuer recht erkannt', 'senat', 'tatbestand', 'entscheidungsgruende', 'die revision wird'],
    title: 2,
    body: 2,
  },

  {
    type: 'lohnsteuerbescheinigung',
    regex: /lohnsteuerbescheinigung/,
    words: ['lohnsteuerbescheinigung'],
    title: 9,
    body: 3,
  },
  {
    type: 'lohnsteuerbescheinigung',
    regex: /bruttoarbeitslohn einschl|^\s*3\.? bruttoarbeitslohn/,
    words: ['bruttoarbeitslohn'],
    title: 2,
    body: 2,
  },
  {
    type: 'lohnsteuerbescheinigung',
    regex: /\betin\b|transferticket/,
    words: ['etin', 'transferticket'],
    title: 2,
    body: 2,
  },
  {
    type: 'lohnsteuerbescheinigung',
    regex: /einbehaltene lohnsteuer|dauer des dienstverhaeltnisses/,
    words: ['einbehaltene lohnsteuer', 'dauer des dienstverhaeltnisses'],
    title: 2,
    body: 2,
  },
  {
    type: 'lohnsteuerbescheinigung',
    regex: /steuerklasse\/?faktor|personalnummer/,
    words: ['steuerklasse', 'personalnummer'],
    title: 1,
    body: 1,
  },

  {
    type: 'spendenbescheinigung',
    regex:
      /bestaetigung ueber (geld|sach)?zuwendung|zuwendungsbestaetigung|spendenbescheinigung|spendenquittung|sammelbestaetigung|bestaetigung ueber (geldzuwendungen|spenden|mitgliedsbeitr)/,
    words: [
      'bestaetigung ueber',
      'zuwendungsbestaetigung',
      'spendenbescheinigung',
      'spendenquittung',
      'sammelbestaetigung',
    ],
    title: 9,
    body: 4,
  },
  {
    type: 'spendenbescheinigung',
    regex: /(§|paragraph) ?10b\b|\b10b (abs\.? \d )?(des )?(einkommensteuergesetzes|estg)/,
    words: ['10b'],
    title: 2,
    body: 2,
  },
  {
    type: 'spendenbescheinigung',
    regex: /betrag der zuwendung|tag der zuwendung|\bzuwendende[nr]?\b|art der zuwendung/,
    words: ['zuwend'],
    title: 3,
    body: 3,
  },
  {
    type: 'spendenbescheinigung',
    regex: /verzicht auf (die )?erstattung (von|der) aufwendungen/,
    words: ['verzicht auf'],
    title: 2,
    body: 2,
  },
  {
    type: 'spendenbescheinigung',
    regex: /steuerbeguenstigte[rn]? (einrichtung|zwecke)|gemeinnuetzige[rn]? zwecke/,
    words: ['steuerbeguenstigte', 'gemeinnuetzige'],
    title: 1,
    body: 1,
  },

  {
    type: 'vollmacht',
    regex:
      /^(\S+ )?vollmacht\b|vollmacht (fuer|zur|in|zum)\b|^(prozess|general|steuerberatungs|vertretungs)?vollmacht/,
    words: ['vollmacht'],
    title: 9,
    body: 1.5,
  },
  {
    type: 'vollmacht',
    regex: /vollmachtgeber|bevollmaechtigte[rn]?\b|bevollmaechtige(n)? (ich|wir|hiermit)|vollmachtnehmer/,
    words: ['vollmacht', 'bevollmaechtig'],
    title: 2.5,
    body: 2.5,
  },
  {
    type: 'vollmacht',
    regex:
      /vertretung in (allen )?steuer(sachen|angelegenheiten)|\b80 ao\b|bekanntgabevollmacht|empfangsvollmacht/,
    words: ['vertretung in', '80 ao', 'vollmacht'],
    title: 2,
    body: 2,
  },

  {
    type: 'vertrag',
    regex: /^([a-z-]+)?vertrag\b|^vertrag (ueber|zur|zwischen)|vereinbarung (ueber|zwischen)/,
    words: ['vertrag', 'vereinbarung'],
    title: 9,
    body: 1,
  },
  {
    type: 'vertrag',
    regex: /^zwischen\b|wird folgende[rs]? .*vereinbart|schliessen folgenden/,
    words: ['zwischen', 'vereinbart', 'schliessen folgenden'],
    title: 3,
    body: 3,
  },
  {
    type: 'vertrag',
    regex:
      /- ?(vermieter(in)?|mieter(in)?|darlehensgeber(in)?|darlehensnehmer(in)?|auftraggeber(in)?|auftragnehmer(in)?|verkaeufer(in)?|kaeufer(in)?|arbeitgeber(in)?|arbeitnehmer(in)?) ?-|\(?(nachfolgend|im folgenden) ("|')?/,
    words: ['mieter', 'darlehens', 'auftrag', 'kaeufer', 'arbeit', 'nachfolgend', 'im folgenden'],
    title: 3,
    body: 3,
  },
  {
    type: 'vertrag',
    regex:
      /^§ ?\d+ (mietgegenstand|vertragsgegenstand|gegenstand|mietzeit|laufzeit|verguetung|miete|kuendigung|darlehen)/,
    words: ['§'],
    title: 2.5,
    body: 2.5,
  },

  {
    type: 'kontoauszug',
    regex: /kontoauszug|kontoumsaetze|umsatzuebersicht|kontouebersicht|finanzstatus/,
    words: ['kontoauszug', 'kontoumsaetze', 'umsatzuebersicht', 'kontouebersicht', 'finanzstatus'],
    title: 9,
    body: 3,
  },
  {
    type: 'kontoauszug',
    regex: /(alter|neuer) (kontostand|saldo)|anfangssaldo|endsaldo|saldo (alt|neu)|kontostand (am|vom|per)/,
    words: ['kontostand', 'saldo'],
    title: 3,
    body: 3,
  },
  {
    type: 'kontoauszug',
    regex: /buchungstag|wertstellung|\bvaluta\b|buchungsdatum/,
    words: ['buchungs', 'wertstellung', 'valuta'],
    title: 2,
    body: 2,
  },
  {
    type: 'kontoauszug',
    regex: /kontoinhaber|auszugsdatum|auszug nr|\bblatt \d/,
    words: ['kontoinhaber', 'auszug', 'blatt '],
    title: 1.5,
    body: 1.5,
  },

  {
    type: 'rechnung',
    regex:
      /^(rechnung|gutschrift|schlussrechnung|abschlagsrechnung|honorarrechnung|teilrechnung|proforma-?rechnung)\b|^rechnung (nr|nummer)/,
    words: ['rechnung', 'gutschrift'],
    title: 9,
    body: 1,
  },
  {
    type: 'rechnung',
    regex: /rechnungs-?(nummer|nr)|rechnungsdatum|rechnungsbetrag|re-?nr\b/,
    words: ['rechnungs', 'nr'],
    title: 3,
    body: 3,
  },
  {
    type: 'rechnung',
    regex:
      /nettobetrag|zzgl\.? (\d+ ?% )?(ust|mwst|umsatzsteuer)|\bmwst\b|summe netto|gesamt netto|bruttobetrag/,
    words: ['netto', 'zzgl', 'mwst', 'bruttobetrag'],
    title: 1.5,
    body: 1.5,
  },
  {
    type: 'rechnung',
    regex:
      /zahlbar (bis|innerhalb|ohne|sofort|rein)|zahlungsziel|skonto|leistungsdatum|leistungszeitraum|lieferdatum/,
    words: ['zahlbar ', 'zahlungsziel', 'skonto', 'leistungs', 'lieferdatum'],
    title: 1.5,
    body: 1.5,
  },
  {
    type: 'rechnung',
    regex: /\bpos\.?\b.*(menge|anzahl|einzelpreis|bezeichnung)|einzelpreis/,
    words: ['pos', 'einzelpreis'],
    title: 2,
    body: 2,
  },

  {
    type: 'mahnung',
    regex: /^(\d\.? )?(mahnung|zahlungserinnerung|letzte mahnung|zahlungsaufforderung)\b|^(\S+ )?mahnung\b/,
    words: ['mahnung', 'zahlungserinnerung', 'zahlungsaufforderung'],
    title: 9,
    body: 2,
  },
  {
    type: 'mahnung',
    regex: /saeumniszuschl|mahngebuehr|zwangsweise beigetrieben|vollstreckungsankuendigung|mahnstufe/,
    words: ['saeumniszuschl', 'mahn', 'zwangsweise beigetrieben', 'vollstreckungsankuendigung'],
    title: 2.5,
    body: 2.5,
  },
  {
    type: 'mahnung',
    regex:
      /trotz faelligkeit|noch nicht (gezahlt|beglichen|bezahlt|ausgeglichen)|offene[rn]? (posten|betrag|forderung|rechnung)|rueckstaend|\brueckstand\b/,
    words: ['trotz faelligkeit', 'noch nicht ', 'offene', 'rueckstaend', 'rueckstand'],
    title: 2.5,
    body: 2.5,
  },
  {
    type: 'mahnung',
    regex: /faellig seit|ueberfaellig/,
    words: ['faellig seit', 'ueberfaellig'],
    title: 1.5,
    body: 1.5,
  },

  {
    type: 'pruefungsanordnung',
    regex: /pruefungsanordnung|anordnung (einer|der) (aussen|betriebs)pruefung/,
    words: ['anordnung'],
    title: 10,
    body: 4,
  },
  {
    type: 'pruefungsanordnung',
    regex: /aussenpruefung|betriebspruefung|sonderpruefung|lohnsteuer-?aussenpruefung/,
    words: ['pruefung'],
    title: 3,
    body: 2.5,
  },
  {
    type: 'pruefungsanordnung',
    regex:
      /pruefungszeitraum|beginn der pruefung|voraussichtliche[rn]? beginn|pruefer(in)?\b|pruefer\/in|§§? ?19[3-7]\b/,
    words: ['pruef', 'voraussichtliche', '§'],
    title: 2,
    body: 2,
  },

  { type: 'bescheid', regex: /\bbescheid\b|[a-z]bescheid\b/, words: ['bescheid'], title: 3, body: 1 },
  {
    type: 'bescheid',
    regex: /festsetzung|festgesetzt/,
    words: ['festsetzung', 'festgesetzt'],
    title: 1.5,
    body: 1.5,
  },
  {
    type: 'bescheid',
    regex: /\babrechnung\b|nachzahlung|zu erstatten|erstattung/,
    words: ['abrechnung', 'nachzahlung', 'erstatt'],
    title: 1,
    body: 1,
  },
  {
    type: 'bescheid',
    regex: /vorbehalt der nachpruefung|vorlaeufig|§ ?16[45] ao/,
    words: ['vorbehalt der nachpruefung', 'vorlaeufig', '§'],
    title: 1,
    body: 1,
  },

  {
    type: 'sonstiges',
    regex: /^(von|an|gesendet|betreff|cc|from|to|sent|subject|datum):/,
    words: ['von:', 'an:', 'gesendet:', 'betreff:', 'cc:', 'from:', 'to:', 'sent:', 'subject:', 'datum:'],
    title: 2,
    body: 2,
  },
  {
    type: 'sonstiges',
    regex:
      /rueckfrage|erinnerung an die abgabe|aufforderung zur abgabe|mitteilung (ueber|der) (die )?steuernummer|handelsregister|auszug aus dem|anfrage|benachrichtigung/,
    words: [
      'rueckfrage',
      'abgabe',
      'mitteilung ',
      'handelsregister',
      'auszug aus dem',
      'anfrage',
      'benachrichtigung',
    ],
    title: 3,
    body: 1,
  },
];
