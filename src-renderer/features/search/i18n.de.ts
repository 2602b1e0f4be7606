export const searchDe = {
  placeholder: 'Mandanten und Dokumente durchsuchen …',
  label: 'Suche',
  open: 'Suche öffnen',
  shortcut: 'Strg + K',
  clients: 'Mandanten',
  documents: 'Dokumente',
  hint: 'Name, Mandantennummer, Steuernummer oder ein Wort aus einem Dokument eingeben.',
  nothingFound: 'Nichts gefunden.',
  searching: 'Suche läuft …',
  documentWithoutClient: 'ohne Mandant',
};
