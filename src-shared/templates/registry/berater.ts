import { inGroup } from './define';

export const beraterPlaceholders = inGroup('Berater', [
  {
    key: 'berater.name',
    label: 'Name',
    description: 'Name des zuständigen Beraters.',
    example: 'Dr. Julia Hoffmann',
    type: 'text',
  },
  {
    key: 'berater.berufsbezeichnung',
    label: 'Berufsbezeichnung',
    description: 'Berufsbezeichnung, z. B. „Steuerberaterin“.',
    example: 'Steuerberaterin',
    type: 'text',
  },
  {
    key: 'berater.signatur',
    label: 'Unterschriftenblock',
    description: 'Name und Berufsbezeichnung untereinander, für die Unterschrift.',
    example: 'Dr. Julia Hoffmann\nSteuerberaterin',
    type: 'block',
  },
  {
    key: 'berater.email',
    label: 'E-Mail-Adresse',
    description: 'E-Mail-Adresse des Beraters.',
    example: 'j.hoffmann@kanzlei-hoffmann.de',
    type: 'text',
  },
  {
    key: 'berater.telefon',
    label: 'Telefonnummer',
    description: 'Durchwahl des Beraters.',
    example: '0221 4711-12',
    type: 'text',
  },
  {
    key: 'berater.beraternummer',
    label: 'Beraternummer',
    description: 'Beraternummer (z. B. bei der DATEV oder der Kammer).',
    example: '12345',
    type: 'text',
    optional: true,
  },
  {
    key: 'berater.kammer',
    label: 'Kammer',
    description: 'Zuständige Berufskammer.',
    example: 'Steuerberaterkammer Köln',
    type: 'text',
    optional: true,
  },
]);
