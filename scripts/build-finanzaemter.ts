/**
 * Converts a GemFA-derived Finanzamt list (kontist/finanzamt format) into resources/finanzaemter.json:
 * only the fields the app shows, the Land derived from the BUFA, one office per line so updates diff well.
 *
 *   npx tsx scripts/build-finanzaemter.ts <finanzaemter-gemfa-YYYY-MM-DD.json> [output.json]
 *
 * The export date is read from the file name (or --stand=YYYY-MM-DD) and becomes the attribution.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import {
  finanzamtDirectorySchema,
  type Finanzamt,
  type FinanzamtDirectory,
} from '../src-shared/rules/finanzamt';
import { landFromBufa } from '../src-shared/rules/steuernummer';

const sourceSchema = z.array(
  z.object({
    buFaNr: z.string().regex(/^\d{4}$/),
    name: z.string(),
    hausanschrift: z
      .object({
        strasse: z.string(),
        hausNr: z.string().optional(),
        hausNrZusatz: z.string().optional(),
        plz: z.string(),
        ort: z.string(),
      })
      .optional(),
    tel: z.string().optional(),
    fax: z.string().optional(),
    mail: z.string().optional(),
    url: z.string().optional(),
  }),
);
type SourceOffice = z.infer<typeof sourceSchema>[number];

const tidy = (value: string | undefined): string | undefined => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
};

function houseNumber(number: string | undefined, addition: string | undefined): string | undefined {
  const nr = tidy(number);
  const extra = tidy(addition);
  if (nr === undefined || extra === undefined) return nr ?? extra;
  // Ranges and letters attach directly ("58/59", "61-64", "12a"); words keep a space ("2 u. 4").
  if (/^[-/+]/.test(extra)) return nr + extra.replace(/^([-/+])\s+/, '$1');
  if (/^[a-z]$/i.test(extra)) return nr + extra;
  return `${nr} ${extra}`;
}

function website(url: string | undefined): string | undefined {
  const text = tidy(url);
  if (text === undefined) return undefined;
  return /^https?:\/\//i.test(text) ? text : `https://${text}`;
}

function convert(office: SourceOffice): Finanzamt {
  const land = landFromBufa(office.buFaNr);
  if (land === undefined) throw new Error(`BUFA ${office.buFaNr} has no known Land prefix`);
  const address = office.hausanschrift;
  const street = address ? [tidy(address.strasse), houseNumber(address.hausNr, address.hausNrZusatz)] : [];
  const entries: [keyof Finanzamt, string | undefined][] = [
    ['bufa', office.buFaNr],
    ['name', tidy(office.name)],
    ['land', land],
    ['street', tidy(street.filter(Boolean).join(' '))],
    ['postalCode', tidy(address?.plz)],
    ['city', tidy(address?.ort)],
    ['phone', tidy(office.tel)],
    ['fax', tidy(office.fax)],
    ['email', tidy(office.mail)],
    ['website', website(office.url)],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as Finanzamt;
}

function standFrom(args: string[], inputPath: string): string {
  const flag = args.find((arg) => arg.startsWith('--stand='))?.slice('--stand='.length);
  const fromName = /(\d{4}-\d{2}-\d{2})/.exec(basename(inputPath))?.[1];
  const stand = flag ?? fromName;
  if (stand === undefined)
    throw new Error('Export date unknown: name the file …-YYYY-MM-DD.json or pass --stand=');
  return stand;
}

function main(args: string[]): void {
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const [inputArg, outputArg = 'resources/finanzaemter.json'] = positional;
  if (inputArg === undefined) {
    console.error(
      'Usage: tsx scripts/build-finanzaemter.ts <finanzaemter-gemfa-YYYY-MM-DD.json> [output.json]',
    );
    process.exit(2);
  }
  const inputPath = resolve(inputArg);
  const stand = standFrom(args, inputPath);
  const [year, month, day] = stand.split('-');
  const offices = sourceSchema
    .parse(JSON.parse(readFileSync(inputPath, 'utf8')))
    .map(convert)
    .sort((a, b) => a.bufa.localeCompare(b.bufa));
  const duplicates = offices.filter((office, i) => offices[i - 1]?.bufa === office.bufa);
  if (duplicates.length > 0) throw new Error(`Duplicate BUFAs: ${duplicates.map((o) => o.bufa).join(', ')}`);

  const directory: FinanzamtDirectory = finanzamtDirectorySchema.parse({
    source: `Quelle: BZSt, GemFA-Export vom ${day}.${month}.${year}`,
    stand,
    finanzaemter: offices,
  });
  const lines = directory.finanzaemter.map((office) => `    ${JSON.stringify(office)}`);
  const json = [
    '{',
    `  "source": ${JSON.stringify(directory.source)},`,
    `  "stand": ${JSON.stringify(directory.stand)},`,
    '  "finanzaemter": [',
    lines.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
  writeFileSync(resolve(outputArg), json);
  console.log(`${offices.length} Finanzämter → ${outputArg} (${Buffer.byteLength(json)} bytes)`);
}

main(process.argv.slice(2));
