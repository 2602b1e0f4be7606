export const placeholderDe = {
  comingSoon: 'Kommt bald',
  text: {
    templates: 'Hier pflegen Sie bald Ihre Brief- und Schriftsatzvorlagen und erstellen daraus Dokumente.',
    inbox: 'Hier ordnen Sie bald eingehende Schreiben und Bescheide Ihren Mandanten zu.',
  },
  hint: 'Diese Funktion ist in Arbeit und kommt mit einer der nächsten Versionen.',
};
