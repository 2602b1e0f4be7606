import { buildDocx, page, type DocxSpec } from './docx-package';
import {
  addressField,
  attachments,
  body,
  closing,
  dateLine,
  followingHeader,
  footer,
  greeting,
  letterhead,
  subject,
  type AddressFieldSpec,
} from './letter-layout';
import { mm, paragraph, run, table, tagParagraph } from './wordml';

/** Who the letter is addressed to: decides the address block and the greeting. */
export type TemplateRecipient = 'mandant' | 'finanzamt' | 'keiner';

export interface DefaultTemplate {
  file: string;
  name: string;
  category: string;
  description: string;
  recipient: TemplateRecipient;
  build: () => Buffer;
}

const mandantInfo: AddressFieldSpec['info'] = [
  ['Ihr Zeichen', '{eingabe.ihrZeichen}', 'eingabe.ihrZeichen'],
  ['Ihr Schreiben vom', '{eingabe.ihrSchreibenVom}', 'eingabe.ihrSchreibenVom'],
  ['Mandanten-Nr.', '{mandant.nummer}'],
  ['Unser Zeichen', '{benutzer.kuerzel}', 'benutzer.kuerzel'],
  ['Ansprechpartner', '{berater.name}'],
  ['Telefon', '{berater.telefon | oder:kanzlei.telefon}'],
  ['E-Mail', '{berater.email | oder:kanzlei.email}'],
];

const finanzamtInfo = (taxNumber: string): AddressFieldSpec['info'] => [
  ['Steuernummer', taxNumber],
  ['Steuersache', '{mandant.name}'],
  ['Unser Zeichen', '{mandant.nummer}'],
  ['Bearbeitung', '{berater.name}'],
  ['Telefon', '{berater.telefon | oder:kanzlei.telefon}'],
  ['E-Mail', '{berater.email | oder:kanzlei.email}'],
];

function letter(title: string, description: string, content: string[]): Buffer {
  const spec: DocxSpec = {
    title,
    description,
    body: content.join(''),
    firstHeader: letterhead(),
    header: followingHeader(),
    footer: footer(),
  };
  return buildDocx(spec);
}

const bullet = (text: string): string =>
  paragraph(`–\t${text}`, { style: 'Aufzaehlung', tabs: [{ pos: 425 }] });

/** Two-column label/value table; rows with a condition key disappear when it is false. */
function factTable(rows: readonly (readonly [string, string, string?])[]): string {
  const label = mm(40);
  const value = page.textWidth - label;
  return table(
    [label, value],
    rows.map(([name, text, condition]) => ({
      cantSplit: true,
      cells: [
        {
          width: label,
          content: paragraph(condition ? `{#${condition}}${name}` : name, { style: 'Brieftext', after: 80 }),
        },
        {
          width: value,
          content: paragraph(condition ? `${text}{/${condition}}` : text, { style: 'Brieftext', after: 80 }),
        },
      ],
    })),
    { cellMarginRight: 113 },
  );
}

const mandantenanschreiben = (): Buffer =>
  letter('Mandantenanschreiben', 'Allgemeiner Brief an einen Mandanten', [
    addressField({ address: '{mandant.anschrift}', info: mandantInfo }),
    dateLine(),
    subject('{eingabe.betreff}'),
    greeting('{mandant.briefanrede}'),
    body('{eingabe.text}'),
    body('{eingabe.bemerkung}'),
    closing('{mandant.grussformel}'),
    attachments(),
  ]);

const auftragsbestaetigung = (): Buffer =>
  letter('Auftragsbestätigung', 'Bestätigung eines Auftrags an den Mandanten', [
    addressField({ address: '{mandant.anschrift}', info: mandantInfo }),
    dateLine(),
    subject('Auftragsbestätigung: {auftrag.titel}'),
    greeting('{mandant.briefanrede}'),
    body('vielen Dank für Ihren Auftrag und das damit verbundene Vertrauen. Hiermit bestätigen wir Ihnen:'),
    factTable([
      ['Auftrag', '{auftrag.titel}'],
      ['Leistung', '{auftrag.art}', 'auftrag.art'],
      ['Zeitraum', '{auftrag.zeitraum}', 'auftrag.zeitraum'],
      ['Frist', '{auftrag.frist}', 'hatFrist'],
      ['Zuständig', '{berater.name}, {berater.berufsbezeichnung}'],
    ]),
    paragraph('', { after: 120 }),
    body('{auftrag.beschreibung}'),
    tagParagraph('{#istUnternehmen}'),
    body(
      'Damit wir termingerecht arbeiten können, bitten wir Sie, uns die Buchhaltungsunterlagen Ihres Unternehmens vollständig und zeitnah zur Verfügung zu stellen.',
    ),
    tagParagraph('{/istUnternehmen}'),
    tagParagraph('{^istUnternehmen}'),
    body(
      'Damit wir Ihre Angelegenheit termingerecht bearbeiten können, senden Sie uns bitte alle erforderlichen Unterlagen möglichst bald zu.',
    ),
    tagParagraph('{/istUnternehmen}'),
    tagParagraph('{#hatOffeneAuftraege}'),
    body('Zur Übersicht: Folgende Aufträge bearbeiten wir derzeit für Sie:'),
    tagParagraph('{#offeneAuftraege}'),
    paragraph('–\t{titel}{#frist} (Frist {frist}){/frist}', { style: 'Aufzaehlung', tabs: [{ pos: 425 }] }),
    tagParagraph('{/offeneAuftraege}'),
    paragraph('', { after: 120 }),
    tagParagraph('{/hatOffeneAuftraege}'),
    body(
      'Grundlage unserer Tätigkeit sind die Allgemeinen Auftragsbedingungen für Steuerberater und die Steuerberatervergütungsverordnung (StBVV). Bitte senden Sie uns ein unterschriebenes Exemplar dieser Bestätigung zurück.',
    ),
    closing('{mandant.grussformel}'),
    paragraph([run('Einverstanden:', { bold: true })], { before: mm(12), keepNext: true }),
    paragraph('______________________________', { before: mm(12), keepNext: true }),
    paragraph([run('Ort, Datum, Unterschrift {mandant.name}', { size: 16 })]),
  ]);

const vollmacht = (): Buffer =>
  letter('Vollmacht zur Vertretung in Steuersachen', 'Vollmacht des Mandanten für die Kanzlei', [
    paragraph('Vollmacht', { style: 'Titel', before: mm(14) }),
    paragraph('zur Vertretung in Steuersachen', { align: 'center', after: mm(8) }),
    paragraph([run('Vollmachtgeber', { bold: true })], { style: 'Brieftext', after: 80 }),
    factTable([
      ['{#istPerson}Name{/istPerson}{#istUnternehmen}Firma{/istUnternehmen}', '{mandant.name}'],
      ['Anschrift', '{mandant.anschriftEinzeilig}'],
      ['Geburtsdatum', '{mandant.geburtsdatum}', 'istPerson'],
      ['Steuer-ID', '{mandant.steuerId}', 'istPerson'],
      ['Steuernummer', '{mandant.steuernummer}', 'hatSteuernummer'],
      ['USt-IdNr.', '{mandant.ustId}', 'hatUstId'],
      ['Register', '{mandant.registergericht}, {mandant.registernummer}', 'mandant.registernummer'],
      [
        'vertreten durch',
        '{ansprechpartner.name}{#ansprechpartner.funktion}, {ansprechpartner.funktion}{/ansprechpartner.funktion}',
        'hatAnsprechpartner',
      ],
      ['Mandanten-Nr.', '{mandant.nummer}'],
    ]),
    paragraph([run('Bevollmächtigte', { bold: true })], { style: 'Brieftext', before: mm(4), after: 80 }),
    factTable([
      ['Kanzlei', '{kanzlei.name}, {kanzlei.anschrift}'],
      ['insbesondere', '{berater.name}, {berater.berufsbezeichnung}'],
    ]),
    body(''),
    body(
      'Die Vollmacht berechtigt zur Vertretung in allen steuerlichen Angelegenheiten gegenüber Finanzbehörden, Gemeinden, Familienkassen und Finanzgerichten, insbesondere',
    ),
    bullet('zur Erstellung und Übermittlung von Steuererklärungen und Steueranmeldungen,'),
    bullet(
      'zur Einlegung, Begründung und Rücknahme von Rechtsbehelfen und Rechtsmitteln sowie zum Verzicht darauf,',
    ),
    bullet(
      'zur Stellung von Anträgen, insbesondere auf Fristverlängerung, Stundung und Aussetzung der Vollziehung,',
    ),
    bullet(
      'zum Empfang von Steuerbescheiden und anderen Verwaltungsakten (Bekanntgabevollmacht, §\u00a0122 Abs.\u00a01 Satz\u00a03 AO),',
    ),
    bullet('zur Akteneinsicht und zum Abruf von Daten bei den Finanzbehörden.'),
    body(''),
    body('Untervollmacht darf erteilt werden. Die Vollmacht gilt bis zu ihrem schriftlichen Widerruf.'),
    table(
      [mm(70), mm(20), page.textWidth - mm(90)],
      [
        {
          cantSplit: true,
          cells: [
            {
              width: mm(70),
              content: [
                paragraph('______________________________', { before: mm(18) }),
                paragraph([run('Ort, Datum', { size: 16 })]),
              ].join(''),
            },
            { width: mm(20), content: paragraph() },
            {
              width: page.textWidth - mm(90),
              content: [
                paragraph('______________________________', { before: mm(18) }),
                paragraph([
                  run('Unterschrift{#istUnternehmen} und Firmenstempel{/istUnternehmen} {mandant.name}', {
                    size: 16,
                  }),
                ]),
              ].join(''),
            },
          ],
        },
      ],
    ),
  ]);

const einspruch = (): Buffer =>
  letter('Einspruch gegen einen Steuerbescheid', 'Einspruch an das Finanzamt im Namen des Mandanten', [
    addressField({ address: '{finanzamt.anschrift}', info: finanzamtInfo('{bescheid.steuernummer}') }),
    dateLine(),
    subject(
      'Einspruch gegen den {bescheid.bezeichnung} vom {bescheid.datum}',
      'Steuersache {mandant.name}, Steuernummer {bescheid.steuernummer}',
    ),
    greeting('{finanzamt.briefanrede}'),
    body(
      'namens und im Auftrag von {mandant.name}, {mandant.anschriftEinzeilig}, legen wir gegen den {bescheid.bezeichnung} vom {bescheid.datum} Einspruch ein. Eine auf uns lautende Vollmacht liegt Ihnen vor.',
    ),
    tagParagraph('{#hatBegruendung}'),
    paragraph([run('Begründung', { bold: true })], { keepNext: true }),
    body('{eingabe.begruendung}'),
    tagParagraph('{/hatBegruendung}'),
    tagParagraph('{^hatBegruendung}'),
    body(
      'Die Begründung reichen wir nach, sobald uns die Unterlagen vollständig vorliegen. Wir bitten, bis dahin von einer Entscheidung über den Einspruch abzusehen.',
    ),
    tagParagraph('{/hatBegruendung}'),
    body('Bitte bestätigen Sie uns den Eingang dieses Schreibens.'),
    closing('Mit freundlichen Grüßen'),
    attachments(),
  ]);

const fristverlaengerung = (): Buffer =>
  letter('Antrag auf Fristverlängerung', 'Antrag an das Finanzamt auf Verlängerung der Abgabefrist', [
    addressField({ address: '{finanzamt.anschrift}', info: finanzamtInfo('{mandant.steuernummer}') }),
    dateLine(),
    subject(
      'Antrag auf Verlängerung der Frist zur Abgabe der {auftrag.art} {auftrag.zeitraum}',
      'Steuersache {mandant.name}, Steuernummer {mandant.steuernummer}',
    ),
    greeting('{finanzamt.briefanrede}'),
    body(
      'namens und im Auftrag von {mandant.name} beantragen wir, die Frist zur Abgabe der {auftrag.art} {auftrag.zeitraum}{#hatFrist}, die am {auftrag.frist} abläuft,{/hatFrist} gemäß §\u00a0109 AO bis zum {eingabe.neueFrist} zu verlängern.',
    ),
    tagParagraph('{#hatBegruendung}'),
    paragraph([run('Begründung', { bold: true })], { keepNext: true }),
    body('{eingabe.begruendung}'),
    tagParagraph('{/hatBegruendung}'),
    tagParagraph('{^hatBegruendung}'),
    body(
      'Die für die Erstellung der Erklärung erforderlichen Unterlagen liegen uns noch nicht vollständig vor. Wir werden die Erklärung unverzüglich nach Eingang der Unterlagen fertigstellen und übermitteln.',
    ),
    tagParagraph('{/hatBegruendung}'),
    body('Für eine kurze Bestätigung der Fristverlängerung wären wir Ihnen dankbar.'),
    closing('Mit freundlichen Grüßen'),
  ]);

const unterlagen = (): Buffer =>
  letter('Anforderung von Unterlagen', 'Bitte an den Mandanten, Unterlagen einzureichen', [
    addressField({ address: '{mandant.anschrift}', info: mandantInfo }),
    dateLine(),
    subject('Anforderung von Unterlagen', '{auftrag.titel}'),
    greeting('{mandant.briefanrede}'),
    body(
      'für die Bearbeitung {#auftrag.titel}des Auftrags „{auftrag.titel}“{/auftrag.titel}{^auftrag.titel}Ihrer Angelegenheit{/auftrag.titel} benötigen wir von Ihnen noch die folgenden Unterlagen:',
    ),
    tagParagraph('{#unterlagen}'),
    paragraph('{nr}.\t{bezeichnung}{#hinweis} ({hinweis}){/hinweis}', {
      style: 'Aufzaehlung',
      tabs: [{ pos: 425 }],
    }),
    tagParagraph('{/unterlagen}'),
    paragraph('', { after: 120 }),
    body(
      'Bitte senden Sie uns die Unterlagen {#eingabe.frist}bis zum {eingabe.frist}{/eingabe.frist}{^eingabe.frist}möglichst bald{/eingabe.frist} zu{#hatFrist}, damit wir die Frist am {auftrag.frist} sicher einhalten können{/hatFrist}.',
    ),
    tagParagraph('{#istUnternehmen}'),
    body(
      'Gerne können Sie die Unterlagen auch digital bereitstellen; bitte informieren Sie gegebenenfalls Ihre Buchhaltung.',
    ),
    tagParagraph('{/istUnternehmen}'),
    tagParagraph('{^istUnternehmen}'),
    body('Kopien genügen; Originale senden wir Ihnen selbstverständlich zurück.'),
    tagParagraph('{/istUnternehmen}'),
    body('Bei Fragen erreichen Sie {berater.name} unter {berater.telefon | oder:kanzlei.telefon}.'),
    closing('{mandant.grussformel}'),
  ]);

const jahresbeginn = (): Buffer => {
  const widths = [mm(85), mm(40), page.textWidth - mm(125)];
  const headerCell = (width: number, text: string) => ({
    width,
    shading: 'E7ECF5',
    content: paragraph([run(text, { bold: true, size: 19 })], { before: 40, after: 40 }),
  });
  const cell = (width: number, text: string) => ({
    width,
    content: paragraph([run(text, { size: 19 })], { before: 40, after: 40 }),
  });
  return letter('Serienbrief Jahresbeginn', 'Rundschreiben an alle Mandanten zum Jahreswechsel', [
    addressField({ address: '{mandant.anschrift}', info: mandantInfo }),
    dateLine(),
    subject('Jahreswechsel {jahr}: Termine und Unterlagen für {vorjahr}'),
    greeting('{mandant.briefanrede}'),
    body(
      'wir wünschen Ihnen ein gesundes und erfolgreiches Jahr {jahr} und danken Ihnen für die vertrauensvolle Zusammenarbeit.',
    ),
    tagParagraph('{#istPerson}'),
    body('Für Ihre Einkommensteuererklärung {vorjahr} benötigen wir in den nächsten Wochen insbesondere:'),
    bullet('Lohnsteuerbescheinigungen {vorjahr},'),
    bullet('Bescheinigungen über Kapitalerträge und einbehaltene Steuern,'),
    bullet('Belege über Spenden, Handwerkerleistungen und haushaltsnahe Dienstleistungen,'),
    bullet('Nachweise über Kranken- und Pflegeversicherungsbeiträge.'),
    paragraph('', { after: 120 }),
    tagParagraph('{/istPerson}'),
    tagParagraph('{#istUnternehmen}'),
    body(
      'Für den Jahresabschluss {vorjahr} bitten wir um die Inventur- und Bestandslisten zum 31.12.{vorjahr}, die Saldenbestätigungen der Banken sowie eine Aufstellung der offenen Forderungen und Verbindlichkeiten.',
    ),
    tagParagraph('{/istUnternehmen}'),
    tagParagraph('{#hatOffeneAuftraege}'),
    body('Derzeit sind für Sie folgende Aufträge bei uns in Bearbeitung:'),
    table(
      widths,
      [
        {
          header: true,
          cells: [
            headerCell(widths[0] ?? 0, 'Auftrag'),
            headerCell(widths[1] ?? 0, 'Zeitraum'),
            headerCell(widths[2] ?? 0, 'Frist'),
          ],
        },
        {
          cantSplit: true,
          cells: [
            cell(widths[0] ?? 0, '{#offeneAuftraege}{titel}'),
            cell(widths[1] ?? 0, '{zeitraum}'),
            cell(widths[2] ?? 0, '{frist}{/offeneAuftraege}'),
          ],
        },
      ],
      { borders: 'grid', cellMarginLeft: 85, cellMarginRight: 85 },
    ),
    paragraph('', { after: 120 }),
    tagParagraph('{/hatOffeneAuftraege}'),
    tagParagraph('{#hatUnterlagen}'),
    body('Bitte denken Sie außerdem an:'),
    tagParagraph('{#unterlagen}'),
    bullet('{bezeichnung}{#hinweis} ({hinweis}){/hinweis}'),
    tagParagraph('{/unterlagen}'),
    paragraph('', { after: 120 }),
    tagParagraph('{/hatUnterlagen}'),
    body(
      'Sobald uns Ihre Unterlagen vorliegen, erstellen wir die Erklärungen zeitnah und stimmen das Ergebnis mit Ihnen ab.',
    ),
    closing('{mandant.grussformel}'),
  ]);
};

export const defaultTemplates: readonly DefaultTemplate[] = [
  {
    file: 'mandantenanschreiben.docx',
    name: 'Mandantenanschreiben',
    category: 'Allgemein',
    description: 'Allgemeiner Brief an einen Mandanten mit frei eingegebenem Betreff und Text.',
    recipient: 'mandant',
    build: mandantenanschreiben,
  },
  {
    file: 'auftragsbestaetigung.docx',
    name: 'Auftragsbestätigung',
    category: 'Aufträge',
    description:
      'Bestätigt dem Mandanten einen Auftrag mit Leistung, Zeitraum, Frist und den weiteren offenen Aufträgen.',
    recipient: 'mandant',
    build: auftragsbestaetigung,
  },
  {
    file: 'vollmacht-steuersachen.docx',
    name: 'Vollmacht zur Vertretung in Steuersachen',
    category: 'Vollmachten',
    description: 'Vollmacht des Mandanten für die Kanzlei, zur Unterschrift durch den Mandanten.',
    recipient: 'keiner',
    build: vollmacht,
  },
  {
    file: 'einspruch-steuerbescheid.docx',
    name: 'Einspruch gegen einen Steuerbescheid',
    category: 'Finanzamt',
    description: 'Einspruch an das Finanzamt mit Datum, Steuerart und Jahr des Bescheids aus dem Auftrag.',
    recipient: 'finanzamt',
    build: einspruch,
  },
  {
    file: 'fristverlaengerung.docx',
    name: 'Antrag auf Fristverlängerung',
    category: 'Finanzamt',
    description: 'Antrag an das Finanzamt, die Frist zur Abgabe einer Steuererklärung zu verlängern.',
    recipient: 'finanzamt',
    build: fristverlaengerung,
  },
  {
    file: 'unterlagen-anforderung.docx',
    name: 'Anforderung von Unterlagen',
    category: 'Mandantenkommunikation',
    description: 'Bittet den Mandanten um eine Liste von Unterlagen, optional mit Rückmeldefrist.',
    recipient: 'mandant',
    build: unterlagen,
  },
  {
    file: 'serienbrief-jahresbeginn.docx',
    name: 'Serienbrief Jahresbeginn',
    category: 'Serienbriefe',
    description:
      'Rundschreiben zum Jahreswechsel mit benötigten Unterlagen und den offenen Aufträgen des Mandanten.',
    recipient: 'mandant',
    build: jahresbeginn,
  },
];
