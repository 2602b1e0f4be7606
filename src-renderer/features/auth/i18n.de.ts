export const authDe = {
  loading: 'Das Programm wird gestartet …',
  unavailable: {
    title: 'Der Programmkern antwortet nicht',
    retry: 'Erneut versuchen',
  },
  setup: {
    title: 'Ersteinrichtung',
    intro:
      'Willkommen bei RechtsUndSteuerKI. Richten Sie in drei Schritten Ihre Kanzlei und das erste Administratorkonto ein. Alle Angaben bleiben auf diesem Rechner.',
    steps: {
      office: 'Kanzlei',
      officeHint: 'Name und Anschrift',
      letterhead: 'Briefkopf',
      letterheadHint: 'Kontakt und Bank',
      admin: 'Administrator',
      adminHint: 'Ihr Benutzerkonto',
    },
    letterheadIntro:
      'Diese Angaben erscheinen später im Briefkopf Ihrer Vorlagen. Sie können sie jederzeit unter Einstellungen ergänzen.',
    adminIntro:
      'Das Administratorkonto verwaltet Benutzer und Kanzleidaten. Weitere Konten legen Sie später unter Einstellungen an.',
    displayName: 'Ihr Name',
    displayNamePlaceholder: 'z. B. Maria Schulz',
    username: 'Benutzername',
    usernameHint: 'Kleinbuchstaben, Ziffern, Punkt, Binde- oder Unterstrich, z. B. mschulz',
    email: 'E-Mail (optional)',
    password: 'Passwort',
    passwordHint: 'Mindestens 10 Zeichen.',
    passwordRepeat: 'Passwort wiederholen',
    passwordMismatch: 'Die Passwörter stimmen nicht überein.',
    back: 'Zurück',
    next: 'Weiter',
    submit: 'Kanzlei einrichten',
  },
  login: {
    title: 'Anmeldung',
    subtitle: 'Bitte melden Sie sich mit Ihrem Benutzerkonto an.',
    username: 'Benutzername',
    password: 'Passwort',
    submit: 'Anmelden',
    setupDone: 'Die Kanzlei „{{office}}“ ist eingerichtet. Bitte melden Sie sich mit Ihrem neuen Konto an.',
    failedTitle: 'Anmeldung nicht möglich',
  },
  lock: {
    title: 'Sitzung gesperrt',
    user: 'Angemeldet als {{name}}',
    default: 'Die Sitzung ist gesperrt. Bitte geben Sie Ihr Passwort ein, um fortzufahren.',
    password: 'Passwort',
    submit: 'Entsperren',
    switchUser: 'Anderen Benutzer anmelden',
  },
};
