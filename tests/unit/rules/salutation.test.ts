import { describe, expect, it } from 'vitest';

import {
  buildAddressBlock,
  buildBriefanrede,
  parseTitles,
  type PersonName,
  type Recipient,
} from '../../../src-shared/rules/salutation';

const address = { street: 'Rotebühlplatz 30', postalCode: '70173', city: 'Stuttgart' };
const place = ['Rotebühlplatz 30', '70173 Stuttgart'];

const person = (p: PersonName): Recipient => ({ kind: 'person', ...p });

// Doc §8.3, one row per vector: recipient, name part of the address, greeting.
const vectors: readonly [string, Recipient, string[], string][] = [
  [
    'HERR',
    person({ anrede: 'herr', firstName: 'Thomas', lastName: 'Müller' }),
    ['Herrn', 'Thomas Müller'],
    'Sehr geehrter Herr Müller,',
  ],
  [
    'FRAU Dr.',
    person({ anrede: 'frau', title: 'Dr.', firstName: 'Anna', lastName: 'Schmidt' }),
    ['Frau', 'Dr. Anna Schmidt'],
    'Sehr geehrte Frau Dr. Schmidt,',
  ],
  [
    'HERR Prof. Dr.',
    person({ anrede: 'herr', title: 'Prof. Dr.', firstName: 'Bernd', lastName: 'Mey' }),
    ['Herrn', 'Professor Dr. Bernd Mey'],
    'Sehr geehrter Herr Professor Mey,',
  ],
  [
    'FRAU Prof. Dr. Dr. h. c.',
    person({ anrede: 'frau', title: 'Prof. Dr. Dr. h. c.', firstName: 'Susanne', lastName: 'Muster' }),
    ['Frau Professorin', 'Dr. Dr. h. c. Susanne Muster'],
    'Sehr geehrte Frau Professorin Muster,',
  ],
  [
    'HERR Dipl.-Ing.',
    person({ anrede: 'herr', title: 'Dipl.-Ing.', firstName: 'Thomas', lastName: 'Weiß' }),
    ['Herrn', 'Dipl.-Ing. Thomas Weiß'],
    'Sehr geehrter Herr Weiß,',
  ],
  [
    'FRAU Rechtsanwältin Dr.',
    person({ anrede: 'frau', jobTitle: 'Rechtsanwältin', title: 'Dr.', firstName: 'Ute', lastName: 'Klos' }),
    ['Frau Rechtsanwältin', 'Dr. Ute Klos'],
    'Sehr geehrte Frau Dr. Klos,',
  ],
  [
    'HERR Dr. med. Dr. dent.',
    person({ anrede: 'herr', title: 'Dr. med. Dr. dent.', firstName: 'Martin', lastName: 'Maier' }),
    ['Herrn', 'Dr. med. Dr. dent. Martin Maier'],
    'Sehr geehrter Herr Dr. Maier,',
  ],
  [
    'DIVERS',
    person({ anrede: 'divers', firstName: 'Kim', lastName: 'Mayer' }),
    ['Kim Mayer'],
    'Guten Tag Kim Mayer,',
  ],
  ['FIRMA', { kind: 'company', name: 'Weber GmbH' }, ['Weber GmbH'], 'Sehr geehrte Damen und Herren,'],
  [
    'FIRMA + Ansprechpartnerin',
    {
      kind: 'company',
      name: 'Weber GmbH',
      contact: { anrede: 'frau', firstName: 'Sandra', lastName: 'Weber' },
    },
    ['Weber GmbH', 'Frau Sandra Weber'],
    'Sehr geehrte Frau Weber,',
  ],
  [
    'FIRMA sole trader',
    { kind: 'company', name: 'Sandra Weber' },
    ['Firma', 'Sandra Weber'],
    'Sehr geehrte Damen und Herren,',
  ],
  [
    'EHELEUTE different surnames',
    {
      kind: 'couple',
      partners: [
        { anrede: 'frau', firstName: 'Petra', lastName: 'Mann' },
        { anrede: 'herr', firstName: 'Peter', lastName: 'Frey' },
      ],
    },
    ['Frau Petra Mann', 'Herrn Peter Frey'],
    'Sehr geehrte Frau Mann, sehr geehrter Herr Frey,',
  ],
  ['FAMILIE', { kind: 'family', lastName: 'Müller' }, ['Familie', 'Müller'], 'Sehr geehrte Familie Müller,'],
  [
    'HERR von',
    person({ anrede: 'herr', firstName: 'Otto', lastName: 'von Bülow' }),
    ['Herrn', 'Otto von Bülow'],
    'Sehr geehrter Herr von Bülow,',
  ],
  [
    'Finanzamt',
    { kind: 'organisation', name: 'Finanzamt Stuttgart I' },
    ['Finanzamt Stuttgart I'],
    'Sehr geehrte Damen und Herren,',
  ],
];

describe('salutation vectors (§8.3)', () => {
  it.each(vectors)('%s', (_label, recipient, nameLines, greeting) => {
    const block = buildAddressBlock(recipient, address);
    expect(block.addressLines).toEqual([...nameLines, ...place]);
    expect(block.warnings).toEqual([]);
    expect(buildBriefanrede(recipient)).toBe(greeting);
  });
});

describe('Briefanrede rules (§8.1)', () => {
  it('uses the sole trader as contact for a personal greeting', () => {
    const recipient: Recipient = {
      kind: 'company',
      name: 'Sandra Weber',
      contact: { anrede: 'frau', firstName: 'Sandra', lastName: 'Weber' },
    };
    expect(buildBriefanrede(recipient)).toBe('Sehr geehrte Frau Weber,');
  });

  it('treats "keine Angabe" like the neutral form and falls back when there is no name', () => {
    expect(buildBriefanrede(person({ anrede: 'keine-angabe', firstName: 'Kim', lastName: 'Weber' }))).toBe(
      'Guten Tag Kim Weber,',
    );
    expect(buildBriefanrede(person({ anrede: 'keine-angabe', lastName: '' }))).toBe(
      'Sehr geehrte Damen und Herren,',
    );
    expect(buildBriefanrede({ kind: 'family', lastName: ' ' })).toBe('Sehr geehrte Damen und Herren,');
  });

  it('keeps doctor and professor titles in neutral greetings without gendering them', () => {
    expect(
      buildBriefanrede(person({ anrede: 'divers', title: 'Dr.', firstName: 'Kim', lastName: 'Mayer' })),
    ).toBe('Guten Tag Dr. Kim Mayer,');
    const prof = person({ anrede: 'divers', title: 'Prof. Dr.', firstName: 'Kim', lastName: 'Mayer' });
    expect(buildBriefanrede(prof)).toBe('Guten Tag Prof. Dr. Kim Mayer,');
    expect(buildAddressBlock(prof, address).addressLines[0]).toBe('Prof. Dr. Kim Mayer');
  });

  it('uses only the highest title and leaves out diplomas and Bachelor/Master degrees', () => {
    const recipient = person({
      anrede: 'frau',
      title: 'Prof. Dr. Dipl.-Kff. M.A.',
      firstName: 'Eva',
      lastName: 'Roth',
    });
    expect(buildBriefanrede(recipient)).toBe('Sehr geehrte Frau Professorin Roth,');
    expect(
      buildBriefanrede(
        person({ anrede: 'herr', title: 'Dipl.-Kfm.', lastName: 'Roth', postNominal: 'LL.M.' }),
      ),
    ).toBe('Sehr geehrter Herr Roth,');
  });

  it('offers the "Prof. Dr." style and informal greetings per contact', () => {
    const mey = person({ anrede: 'herr', title: 'Prof. Dr.', firstName: 'Bernd', lastName: 'Mey' });
    expect(buildBriefanrede(mey, { professorStyle: 'prof-dr' })).toBe('Sehr geehrter Herr Prof. Dr. Mey,');
    expect(buildBriefanrede(person({ anrede: 'frau', lastName: 'Schmidt' }), { informal: true })).toBe(
      'Liebe Frau Schmidt,',
    );
    expect(buildBriefanrede(person({ anrede: 'herr', lastName: 'Müller' }), { informal: true })).toBe(
      'Lieber Herr Müller,',
    );
    expect(buildBriefanrede({ kind: 'family', lastName: 'Müller' }, { informal: true })).toBe(
      'Liebe Familie Müller,',
    );
  });

  it('greets couples with the same surname separately', () => {
    const couple: Recipient = {
      kind: 'couple',
      partners: [
        { anrede: 'frau', title: 'Dr.', firstName: 'Ute', lastName: 'Klos' },
        { anrede: 'herr', firstName: 'Ullrich', lastName: 'Klos' },
      ],
    };
    expect(buildBriefanrede(couple)).toBe('Sehr geehrte Frau Dr. Klos, sehr geehrter Herr Klos,');
    expect(buildAddressBlock(couple, address).addressLines.slice(0, 2)).toEqual([
      'Frau und Herrn',
      'Dr. Ute und Ullrich Klos',
    ]);
  });

  it('writes "Eheleute" on request and greets mixed couples neutrally', () => {
    const eheleute: Recipient = {
      kind: 'couple',
      style: 'eheleute',
      partners: [
        { anrede: 'frau', firstName: 'Sandra', lastName: 'Weber' },
        { anrede: 'herr', firstName: 'René', lastName: 'Weber' },
      ],
    };
    expect(buildAddressBlock(eheleute, address).addressLines.slice(0, 2)).toEqual([
      'Eheleute',
      'Sandra und René Weber',
    ]);
    const mixed: Recipient = {
      kind: 'couple',
      partners: [
        { anrede: 'frau', firstName: 'Petra', lastName: 'Mann' },
        { anrede: 'divers', firstName: 'Kim', lastName: 'Frey' },
      ],
    };
    expect(buildBriefanrede(mixed)).toBe('Guten Tag Petra Mann und Kim Frey,');
    expect(buildAddressBlock(mixed, address).addressLines.slice(0, 2)).toEqual([
      'Frau Petra Mann',
      'Kim Frey',
    ]);
  });
});

describe('DIN 5008 address block (§8.1)', () => {
  it('fills the 9-line field: remarks bottom-aligned above the address', () => {
    const block = buildAddressBlock(
      person({ anrede: 'herr', firstName: 'Thomas', lastName: 'Müller' }),
      address,
      {
        remarks: ['Einschreiben'],
      },
    );
    expect(block.fieldLines).toEqual([
      '',
      '',
      'Einschreiben',
      'Herrn',
      'Thomas Müller',
      'Rotebühlplatz 30',
      '70173 Stuttgart',
      '',
      '',
    ]);
  });

  it('writes foreign city and country in capitals and drops country prefixes of postal codes', () => {
    const block = buildAddressBlock(person({ anrede: 'frau', firstName: 'Anna', lastName: 'Gruber' }), {
      street: 'Ringstraße 5',
      postalCode: 'A-1010',
      city: 'Wien',
      country: 'Österreich',
    });
    expect(block.addressLines).toEqual(['Frau', 'Anna Gruber', 'Ringstraße 5', '1010 WIEN', 'ÖSTERREICH']);
    const domestic = buildAddressBlock(person({ anrede: 'frau', lastName: 'Gruber' }), {
      ...address,
      postalCode: 'D-70173',
      country: 'Deutschland',
    });
    expect(domestic.addressLines.slice(-1)).toEqual(['70173 Stuttgart']);
  });

  it('uses the Postfach instead of the street, with its own postal code', () => {
    const block = buildAddressBlock(
      { kind: 'organisation', name: 'Finanzamt Stuttgart I' },
      { ...address, poBox: '10 60 12', poBoxPostalCode: '70049' },
    );
    expect(block.addressLines).toEqual(['Finanzamt Stuttgart I', 'Postfach 10 60 12', '70049 Stuttgart']);
  });

  it('keeps a supplement line such as a sub-tenant between name and street', () => {
    const block = buildAddressBlock(person({ anrede: 'frau', firstName: 'Anita', lastName: 'Müller' }), {
      ...address,
      supplement: 'bei Hans Meier',
    });
    expect(block.addressLines).toEqual(['Frau', 'Anita Müller', 'bei Hans Meier', ...place]);
  });

  it('puts the contact person first for a private letter', () => {
    const recipient: Recipient = {
      kind: 'company',
      name: 'Weber GmbH',
      contact: { anrede: 'frau', firstName: 'Sandra', lastName: 'Weber' },
    };
    expect(buildAddressBlock(recipient, address, { contactFirst: true }).addressLines.slice(0, 2)).toEqual([
      'Frau Sandra Weber',
      'Weber GmbH',
    ]);
  });

  it('warns when the address needs more than six lines', () => {
    const company: Recipient = {
      kind: 'company',
      name: 'Müller Steuerberatungsgesellschaft mbH',
      nameLine2: 'Niederlassung Nord',
      department: 'Buchhaltung',
      contact: { anrede: 'herr', firstName: 'Thomas', lastName: 'Müller' },
    };
    const block = buildAddressBlock(company, { ...address, supplement: 'Gebäude 3', country: 'Österreich' });
    expect(block.addressLines).toHaveLength(8);
    expect(block.warnings.map((w) => w.code)).toEqual(['too-many-address-lines']);
    const remarks = buildAddressBlock(company, address, {
      remarks: ['Einschreiben', 'Rückschein', 'Eilt', 'Vertraulich'],
    });
    expect(remarks.warnings.map((w) => w.code)).toEqual(['too-many-remark-lines']);
  });

  it('respects an explicit "Firma" choice', () => {
    expect(
      buildAddressBlock({ kind: 'company', name: 'Weber GmbH', showFirma: true }, address).addressLines[0],
    ).toBe('Firma');
    expect(
      buildAddressBlock({ kind: 'company', name: 'Sandra Weber', showFirma: false }, address).addressLines[0],
    ).toBe('Sandra Weber');
  });
});

describe('title parsing', () => {
  it('groups doctorates with their faculty and moves honorary ones last', () => {
    expect(parseTitles('Dr. h. c. Dipl.-Ing. (FH)')).toEqual({
      professor: false,
      preNominal: ['Dipl.-Ing. (FH)', 'Dr. h. c.'],
      postNominal: [],
      hasDoctorate: true,
    });
    expect(parseTitles('Prof. Dr. rer. nat. M.Sc.', 'LL.M.')).toEqual({
      professor: true,
      preNominal: ['Dr. rer. nat.'],
      postNominal: ['M.Sc.', 'LL.M.'],
      hasDoctorate: true,
    });
  });
});
