import { inGroup } from './define';

export const datumPlaceholders = inGroup('Datum', [
  {
    key: 'heute',
    label: 'Heutiges Datum',
    description: 'Datum als TT.MM.JJJJ.',
    example: '24.11.2026',
    type: 'date',
  },
  {
    key: 'heute_lang',
    label: 'Heutiges Datum (ausgeschrieben)',
    description: 'Datum mit ausgeschriebenem Monat.',
    example: '24. November 2026',
    type: 'date',
  },
  {
    key: 'heute_wochentag',
    label: 'Heutiges Datum mit Wochentag',
    description: 'Datum mit Wochentag.',
    example: 'Dienstag, 24. November 2026',
    type: 'date',
  },
  {
    key: 'datumszeile',
    label: 'Ort und Datum',
    description: 'Datumszeile des Briefs: Ort der Kanzlei und Datum.',
    example: 'Köln, 24. November 2026',
    type: 'text',
  },
  { key: 'jahr', label: 'Aktuelles Jahr', description: 'Das laufende Jahr.', example: '2026', type: 'text' },
  { key: 'vorjahr', label: 'Vorjahr', description: 'Das Vorjahr.', example: '2025', type: 'text' },
  { key: 'folgejahr', label: 'Folgejahr', description: 'Das kommende Jahr.', example: '2027', type: 'text' },
]);
