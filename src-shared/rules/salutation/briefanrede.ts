import { isGendered, joinWords, nameParts } from './person-name';
import type { GreetingOptions, PersonName, Recipient } from './types';

const unknownRecipient = 'Sehr geehrte Damen und Herren,';

/** Title used in the greeting: only the highest one, never Dipl. or Bachelor/Master degrees. */
function greetingTitle(person: PersonName, opts: GreetingOptions): string {
  const { titles } = nameParts(person);
  if (titles.professor) {
    if (opts.professorStyle === 'prof-dr' || !isGendered(person.anrede)) {
      return joinWords('Prof.', titles.hasDoctorate ? 'Dr.' : undefined);
    }
    return person.anrede === 'frau' ? 'Professorin' : 'Professor';
  }
  return titles.hasDoctorate ? 'Dr.' : '';
}

/** Greeting without the trailing comma; undefined when the person has no usable name. */
function personGreeting(person: PersonName, opts: GreetingOptions): string | undefined {
  const lastName = person.lastName.trim();
  if (lastName === '') return undefined;
  const title = greetingTitle(person, opts);
  if (person.anrede === 'herr') {
    return joinWords(opts.informal ? 'Lieber' : 'Sehr geehrter', 'Herr', title, lastName);
  }
  if (person.anrede === 'frau') {
    return joinWords(opts.informal ? 'Liebe' : 'Sehr geehrte', 'Frau', title, lastName);
  }
  // Gender-neutral form: full first and last name, no Herr/Frau.
  return joinWords('Guten Tag', title, person.firstName, lastName);
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The Briefanrede for a recipient, e.g. `Sehr geehrter Herr Dr. Müller,`, `Guten Tag Kim Mayer,`,
 * `Sehr geehrte Frau Mann, sehr geehrter Herr Frey,` or `Sehr geehrte Damen und Herren,`.
 */
export function buildBriefanrede(recipient: Recipient, opts: GreetingOptions = {}): string {
  switch (recipient.kind) {
    case 'person':
      return withComma(personGreeting(recipient, opts));
    case 'couple': {
      const [first, second] = recipient.partners;
      if (!isGendered(first.anrede) || !isGendered(second.anrede)) {
        const names = recipient.partners.map((partner) =>
          joinWords(greetingTitle(partner, opts), partner.firstName, partner.lastName),
        );
        return `Guten Tag ${names.join(' und ')},`;
      }
      const parts = [personGreeting(first, opts), personGreeting(second, opts)].filter(
        (part): part is string => part !== undefined,
      );
      if (parts.length === 0) return unknownRecipient;
      return `${parts.map((part, i) => (i === 0 ? part : lowerFirst(part))).join(', ')},`;
    }
    case 'family': {
      const lastName = recipient.lastName.trim();
      if (lastName === '') return unknownRecipient;
      return `${opts.informal ? 'Liebe' : 'Sehr geehrte'} Familie ${lastName},`;
    }
    case 'company':
    case 'organisation':
      return recipient.contact ? withComma(personGreeting(recipient.contact, opts)) : unknownRecipient;
  }
}

function withComma(greeting: string | undefined): string {
  return greeting === undefined ? unknownRecipient : `${greeting},`;
}
