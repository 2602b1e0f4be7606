export const overviewDe = {
  title: 'Übersicht',
  welcome: 'Willkommen bei RechtsUndSteuerKI',
  clients: {
    title: 'Mandanten',
    active: 'davon aktiv: {{active}}',
    open: 'Mandanten öffnen',
  },
  user: {
    title: 'Angemeldet',
    role: 'Rolle: {{role}}',
  },
  app: {
    title: 'Programm',
    version: 'Version {{version}}',
    schema: 'Datenbankschema Version {{version}}',
  },
  privacy: {
    title: 'Datenschutz',
    text: 'Alle Daten bleiben auf diesem Rechner. Das Programm arbeitet ohne Internetverbindung.',
  },
};
