export const shellDe = {
  appName: 'RechtsUndSteuerKI',
  appSubtitle: 'Kanzleisoftware',
  nav: {
    label: 'Hauptnavigation',
    overview: 'Übersicht',
    clients: 'Mandanten',
    matters: 'Aufträge',
    templates: 'Vorlagen',
    inbox: 'Posteingang',
    settings: 'Einstellungen',
  },
  user: {
    label: 'Angemeldet als',
  },
  roles: {
    admin: 'Administrator',
    berater: 'Berater',
    mitarbeiter: 'Mitarbeiter',
    readonly: 'Nur-Lesen',
  },
  common: {
    loading: 'Wird geladen …',
    notAvailable: '–',
  },
  errors: {
    title: 'Fehler',
    unexpected: 'Ein unerwarteter Fehler ist aufgetreten. Die Details stehen im Protokoll.',
    bridgeMissing: 'Die Verbindung zum Programmkern fehlt. Bitte starten Sie das Programm neu.',
    bridgeFailed:
      'Der Programmkern antwortet nicht. Bitte versuchen Sie es erneut oder starten Sie das Programm neu.',
    boundaryTitle: 'Diese Ansicht konnte nicht angezeigt werden',
    boundaryText:
      'Es ist ein unerwarteter Fehler aufgetreten. Er wurde im Protokoll vermerkt; Ihre gespeicherten Daten sind davon nicht betroffen.',
    retry: 'Erneut versuchen',
    reload: 'Programm neu laden',
  },
};
