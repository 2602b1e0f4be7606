import { inGroup } from './define';

export const benutzerPlaceholders = inGroup('Benutzer', [
  {
    key: 'benutzer.name',
    label: 'Name',
    description: 'Name des angemeldeten Benutzers.',
    example: 'Markus Klein',
    type: 'text',
  },
  {
    key: 'benutzer.kuerzel',
    label: 'Kürzel',
    description: 'Namenskürzel, z. B. für „Unser Zeichen“.',
    example: 'MK',
    type: 'text',
  },
  {
    key: 'benutzer.email',
    label: 'E-Mail-Adresse',
    description: 'E-Mail-Adresse des Benutzers.',
    example: 'm.klein@kanzlei-hoffmann.de',
    type: 'text',
  },
  {
    key: 'benutzer.telefon',
    label: 'Telefonnummer',
    description: 'Durchwahl des Benutzers.',
    example: '0221 4711-20',
    type: 'text',
    optional: true,
  },
]);
