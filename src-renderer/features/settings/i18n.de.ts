export const settingsDe = {
  title: 'Einstellungen',
  storage: {
    title: 'Datenhaltung',
    dataDir: 'Datenverzeichnis',
    dbFile: 'Datenbankdatei',
    dbSize: 'Größe der Datenbank',
    journalMode: 'Journal-Modus',
  },
  schema: {
    title: 'Datenbankschema',
    version: 'Schemaversion',
    versionValue: '{{current}} von {{latest}}',
    migrations: 'Angewendete Migrationen',
    status: 'Status',
    upToDate: 'Aktuell',
    pending_one: '{{count}} Migration ausstehend',
    pending_other: '{{count}} Migrationen ausstehend',
  },
  program: {
    title: 'Programm',
    version: 'Programmversion',
    user: 'Benutzer',
    role: 'Rolle',
  },
};
