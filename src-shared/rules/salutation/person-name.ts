import { parseTitles, type ParsedTitles } from './titles';
import type { Anrede, PersonName } from './types';

const join = (...parts: (string | undefined)[]): string =>
  parts
    .map((part) => part?.trim())
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' ');

export const isGendered = (anrede: Anrede): anrede is 'herr' | 'frau' =>
  anrede === 'herr' || anrede === 'frau';

/** Anrede in the address (accusative): `Herrn`, `Frau`, or nothing for neutral forms. */
export function addressAnrede(anrede: Anrede): string {
  if (anrede === 'herr') return 'Herrn';
  if (anrede === 'frau') return 'Frau';
  return '';
}

/** Written-out professorship; the abbreviation stays for neutral forms, which "Professor" would gender. */
export function professorWord(anrede: Anrede): string {
  if (anrede === 'frau') return 'Professorin';
  if (anrede === 'herr') return 'Professor';
  return 'Prof.';
}

export interface NameParts {
  titles: ParsedTitles;
  /** Pre-nominal titles + first name + last name + post-nominal degrees. */
  name: (professor: 'written' | 'abbreviated' | 'none') => string;
}

export function nameParts(person: PersonName): NameParts {
  const titles = parseTitles(person.title, person.postNominal);
  return {
    titles,
    name: (professor) => {
      const prof =
        !titles.professor || professor === 'none'
          ? undefined
          : professor === 'written'
            ? professorWord(person.anrede)
            : 'Prof.';
      const base = join(prof, ...titles.preNominal, person.firstName, person.lastName);
      return titles.postNominal.length > 0 ? `${base}, ${titles.postNominal.join(', ')}` : base;
    },
  };
}

/**
 * Address lines for one person. With `ownLine`, Anrede and Berufsbezeichnung stand above the name
 * (`Frau Rechtsanwältin` / `Dr. Ute Klos`); "Professor" moves up there only when the name line would
 * otherwise exceed maxLineLength.
 */
export function personAddressLines(person: PersonName, ownLine: boolean, maxLineLength: number): string[] {
  const { titles, name } = nameParts(person);
  const anrede = addressAnrede(person.anrede);
  const jobTitle = person.jobTitle?.trim() ?? '';
  if (!ownLine) {
    const written = join(anrede, jobTitle, name('written'));
    return [written.length <= maxLineLength ? written : join(anrede, jobTitle, name('abbreviated'))];
  }
  const withProfessor = name('written');
  const professorFits = withProfessor.length <= maxLineLength;
  if (titles.professor && !professorFits && anrede !== '' && jobTitle === '') {
    return [join(anrede, professorWord(person.anrede)), name('none')];
  }
  const nameLine = professorFits ? withProfessor : name('abbreviated');
  const upper = join(anrede, jobTitle);
  return upper === '' ? [nameLine] : [upper, nameLine];
}

/** Full name with titles for running text or neutral greetings, e.g. `Dr. Kim Mayer`. */
export function fullName(person: PersonName): string {
  return nameParts(person).name('abbreviated');
}

export { join as joinWords };
