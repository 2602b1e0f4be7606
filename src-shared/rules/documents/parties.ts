import type { Evidence, SubjectParty } from './analysis-types';
import { isStreetLine, parsePostalCodeCity, splitCommaAddress, type PostalAddress } from './address';
import { foldText } from './normalize';
import {
  isAdviserName,
  isCompanyName,
  isNameLike,
  parsePartyName,
  stripAnrede,
  stripOcrJunk,
  type ParsedPartyName,
} from './party-name';
import { evidenceOf, inTopPart, type Cell, type DocLine } from './text-lines';

export interface PartyCandidate extends SubjectParty {
  /** Folded role words found next to the party (vermieter, klaeger, vollmachtgeber ...). */
  role?: string;
}

const senderLine = /·|•|\s[-|:]\s.*\d{5}|postfach|^abs(ender)?\.?:?/i;
const attentionLine =
  /^(z\.? ?hd\.?|zu h(ae|ä)nden|c\/o|attn|abteilung|abt\.|buchhaltung|personalabteilung)\b/i;
const notAName =
  /^(steuernummer|st\.?-?nr|datum|telefon|telefax|fax|e-?mail|auskunft|zimmer|seite|ihr zeichen|unser zeichen|aktenzeichen|kundennr|rechnungsnr|bitte|sehr geehrte|betreff|bescheid|mahnung|rechnung|kontoauszug|iban|bic|bank|identifikationsnummer)\b/i;
const institutionName =
  /\b(finanzamt|finanzkasse|finanzgericht|gericht|sparkasse|volksbank|raiffeisenbank|bank|landesamt|bundeszentralamt|stadtkasse|steueramt)\b/i;

const cleanStreet = (street: string | undefined): string | undefined =>
  street === undefined ? undefined : stripOcrJunk(street).replace(/(\d\s?[a-zA-Z]?)\.$/, '$1');

const toParty = (
  parsed: ParsedPartyName,
  address: PostalAddress,
  evidence: Evidence[],
  confidence: number,
  role?: string,
): PartyCandidate => ({
  kind: parsed.kind,
  name: parsed.name,
  firstName: parsed.firstName,
  lastName: parsed.lastName,
  street: cleanStreet(address.street),
  postalCode: address.postalCode,
  city: address.city,
  evidence,
  confidence,
  role,
});

/** Joins the name lines of an address block: legal-form continuation lines are appended, attention lines dropped. */
function nameFromLines(nameLines: string[], anrede: ParsedPartyName['anrede']): ParsedPartyName | undefined {
  // "für Herrn X" below an adviser names the taxpayer; below a firm it is only an attention line.
  const forLine = nameLines.find((line) => /^f(ü|ue)r\s+\S/i.test(line));
  const others = nameLines.filter((line) => line !== forLine);
  if (forLine && (others.length === 0 || others.some(isAdviserName))) {
    const parsed = parsePartyName(forLine.replace(/^f(ü|ue)r\s+/i, ''));
    if (parsed) return parsed;
  }
  const usable = others.filter((line) => !attentionLine.test(line) && !notAName.test(line));
  if (usable.length === 0) return undefined;
  const [first, ...rest] = usable;
  if (first === undefined) return undefined;
  let joined = first;
  for (const line of rest) {
    // "Zahnarztpraxis Dr. Lorenz" / "GmbH & Co. KG": the second line continues the Firma.
    if (/^(gmbh|ag|kg|ohg|e\.? ?k|e\.? ?v|eg|ug|se|mbh|& co|und co|partg|gbr)\b/i.test(line))
      joined += ` ${line}`;
    else if (anrede === 'firma' || isCompanyName(joined)) break;
    else break;
  }
  return parsePartyName(joined, anrede);
}

interface Block {
  nameLines: string[];
  anrede?: ParsedPartyName['anrede'];
  street?: string;
  postalCode: string;
  city: string;
  lines: DocLine[];
  column: number;
}

/** The cell of a line that starts near a given column (the address block's left edge). */
const cellNear = (line: DocLine, column: number, tolerance = 6): Cell | undefined =>
  line.cells.find((cell) => Math.abs(cell.start - column) <= tolerance);

/**
 * DIN 5008 address blocks on the first page: a "PLZ Ort" line, the street above it and one to three name
 * lines above that, optionally headed by an Anrede ("Herrn", "Frau", "Firma"). Rows that only carry the
 * info column on the right are skipped.
 */
export function findAddressBlocks(lines: readonly DocLine[]): Block[] {
  const firstPage = lines[0]?.page;
  const page = lines.filter(
    (line) => line.page === firstPage && line.zone !== 'footer' && inTopPart(line, 0.7, 50),
  );
  const blocks: Block[] = [];
  page.forEach((line, i) => {
    for (const cell of line.cells) {
      const place = parsePostalCodeCity(cell.text);
      if (!place || senderLine.test(cell.text)) continue;
      const collected: DocLine[] = [line];
      const above: string[] = [];
      let skipped = 0;
      let anrede: ParsedPartyName['anrede'];
      for (let k = i - 1; k >= 0 && above.length < 5; k--) {
        const prev = page[k];
        if (prev === undefined) break;
        if (line.lineNo - prev.lineNo > 12) break;
        // A blank line above the name lines ends the block.
        const gap = (page[k + 1]?.lineNo ?? prev.lineNo) - prev.lineNo > 1;
        const near = cellNear(prev, cell.start);
        if (near === undefined) {
          if (++skipped > 3) break;
          continue;
        }
        skipped = 0;
        if (gap && above.length >= 2) break;
        if (senderLine.test(near.text) && !isStreetLine(near.text)) break;
        const stripped = stripAnrede(near.text);
        if (stripped.anrede !== undefined && stripped.rest === '') {
          anrede = stripped.anrede;
          collected.push(prev);
          break;
        }
        if (notAName.test(near.text) && !isStreetLine(near.text)) break;
        if (!isStreetLine(near.text) && !isNameLike(near.text)) break;
        above.unshift(near.text);
        collected.push(prev);
        if (stripped.anrede !== undefined) {
          anrede = stripped.anrede;
          break;
        }
      }
      if (above.length === 0) continue;
      const streetIndex = above.findIndex((text) => isStreetLine(text));
      const street = streetIndex >= 0 ? above[streetIndex] : undefined;
      const nameLines = above.filter(
        (_, index) => index !== streetIndex && (streetIndex < 0 || index < streetIndex),
      );
      if (nameLines.length === 0) continue;
      blocks.push({ nameLines, anrede, street, ...place, lines: collected.reverse(), column: cell.start });
    }
  });
  return blocks;
}

/** The addressee of a letter: the best address block on page 1 that is not the sender's own. */
export function addresseeOf(
  lines: readonly DocLine[],
  exclude: (name: string) => boolean,
): PartyCandidate | undefined {
  const blocks = findAddressBlocks(lines);
  let best: { party: PartyCandidate; score: number } | undefined;
  const width = Math.max(60, ...lines.slice(0, 80).map((line) => (line.cells.at(-1)?.start ?? 0) + 20));
  for (const block of blocks) {
    const parsed = nameFromLines(block.nameLines, block.anrede);
    if (!parsed) continue;
    let score = 1;
    if (block.anrede) score += 3;
    if (block.street) score += 1;
    if (block.column < width * 0.4) score += 2;
    if (institutionName.test(parsed.name)) score -= 6;
    if (exclude(parsed.name)) score -= 5;
    const evidence = block.lines.slice(0, 1).map(evidenceOf);
    // Sent to an adviser "für Herrn X": the block's address is the adviser's, not the taxpayer's.
    const viaAdviser =
      block.nameLines.some((line) => /^f(ü|ue)r\s+\S/i.test(line)) && parsed.name !== block.nameLines[0];
    const party = toParty(
      parsed,
      viaAdviser ? {} : { street: block.street, postalCode: block.postalCode, city: block.city },
      evidence,
      0.8,
      viaAdviser ? 'via-adviser' : undefined,
    );
    if (best === undefined || score > best.score) best = { party, score };
  }
  if (best === undefined || best.score < 0) return undefined;
  best.party.confidence = best.score >= 4 ? 0.9 : best.score >= 2 ? 0.75 : 0.55;
  return best.party;
}

/**
 * A party given after a label, on the same line ("Kontoinhaber  Elektro Seidel GmbH") or on the lines
 * below ("Vollmachtgeber/in" / "Name, Vorname / Firma" / "Ulrich Hartmann" / "Anschrift" / "…").
 */
export function labeledParty(
  lines: readonly DocLine[],
  label: RegExp,
  opts: { stop?: RegExp; maxLines?: number; role?: string } = {},
): PartyCandidate | undefined {
  const maxLines = opts.maxLines ?? 8;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.zone === 'footer') continue;
    const labelCellIndex = line.cells.findIndex((cell) => label.test(foldText(cell.text)));
    if (labelCellIndex < 0) continue;
    const labelCell = line.cells[labelCellIndex];
    // The value may share the label's cell ("Kontoinhaber: Max Muster"); cut the label off by words.
    const labelMatch = labelCell ? label.exec(foldText(labelCell.text)) : null;
    const labelWords = labelMatch ? labelMatch[0].trim().split(/\s+/).length : 0;
    const inline = labelCell
      ? labelCell.text
          .trim()
          .split(/\s+/)
          .slice(labelWords)
          .join(' ')
          .replace(/^[\s:,-]+/, '')
      : '';
    const values: { text: string; line: DocLine }[] = [];
    const sameLine = line.cells.slice(labelCellIndex + 1).map((cell) => cell.text);
    if (inline !== '') values.push({ text: inline, line });
    for (const text of sameLine) values.push({ text, line });
    for (let k = i + 1; k < lines.length && k <= i + maxLines; k++) {
      const next = lines[k];
      if (!next || next.zone === 'footer') break;
      if (opts.stop?.test(next.folded)) break;
      // Form rows "Label   Wert": each cell on its own, so labels can be told apart from values.
      for (const cell of next.cells) values.push({ text: cell.text, line: next });
    }
    const party = partyFromValues(values, opts.role);
    if (party) return party;
  }
  return undefined;
}

const fieldLabel =
  /^(name|vorname|nachname|name,? vorname|name,? vorname ?\/ ?firma|vorname,? name|firma|anschrift|adresse|wohnort|strasse,? hausnummer|strasse|plz,? ort|plz|ort|name und anschrift)\s*:?$/;

/** Reads name and address from value lines that may be comma-separated or one item per line. */
function partyFromValues(
  values: { text: string; line: DocLine }[],
  role?: string,
): PartyCandidate | undefined {
  let name: string | undefined;
  const address: PostalAddress = {};
  let evidenceLine: DocLine | undefined;
  let pendingPlz = false;
  for (const { text, line } of values) {
    const folded = foldText(text);
    if (pendingPlz && address.city === undefined && /^\p{L}[\p{L} .()/-]+$/u.test(text.trim())) {
      address.city = text.trim();
      pendingPlz = false;
      continue;
    }
    if (folded === '' || fieldLabel.test(folded)) continue;
    if (/^(geburtsdatum|steuernummer|identifikationsnummer|steuer-id|ust-idnr|iban)\b/.test(folded)) {
      if (name !== undefined) break;
      continue;
    }
    if (name !== undefined && address.postalCode !== undefined && !pendingPlz) break;
    const comma = splitCommaAddress(text);
    if (comma) {
      if (name === undefined && comma.name) {
        name = comma.name;
        evidenceLine = line;
      }
      address.street ??= comma.address.street;
      address.postalCode ??= comma.address.postalCode;
      address.city ??= comma.address.city;
      if (address.postalCode === undefined) {
        const dangling = /(\d{5})\s*$/.exec(text);
        if (dangling) {
          address.postalCode = dangling[1];
          pendingPlz = true;
        }
      }
      continue;
    }
    const dangling = /^(.*?),?\s*(\d{5})\s*$/.exec(text);
    if (dangling && name !== undefined) {
      address.postalCode = dangling[2];
      pendingPlz = true;
      continue;
    }
    if (name === undefined && /\p{L}{2}/u.test(text) && !isStreetLine(text) && !parsePostalCodeCity(text)) {
      name = text.replace(/[,;]\s*$/, '');
      evidenceLine = line;
      continue;
    }
    if (isStreetLine(text)) address.street ??= text;
    const place = parsePostalCodeCity(text);
    if (place) {
      address.postalCode ??= place.postalCode;
      address.city ??= place.city;
    }
  }
  if (name === undefined) return undefined;
  const parsed = parsePartyName(name);
  if (!parsed) return undefined;
  const evidence = evidenceLine ? [evidenceOf(evidenceLine)] : [];
  const complete = address.postalCode !== undefined && address.street !== undefined;
  return toParty(parsed, address, evidence, complete ? 0.85 : 0.6, role);
}

const partyRole =
  /^-?\s*(vermieter|mieter|darlehensgeber|darlehensnehmer|auftraggeber|auftragnehmer|verkaeufer|kaeufer|arbeitgeber|arbeitnehmer|mandant|steuerberater|berater|klaeger|beklagte|antragsteller|antragsgegner|vollmachtgeber)(in|innen|\/in|r)?\s*-?$/;

/**
 * Parties introduced by "zwischen … und …" (contracts) or marked with a role such as "– Kläger –":
 * each party is the text before its role marker or between the connecting words.
 */
export function rolePartiesOf(lines: readonly DocLine[]): PartyCandidate[] {
  const parties: PartyCandidate[] = [];
  const body = lines.filter((line) => line.zone !== 'footer').slice(0, 80);
  const margin = Math.min(...body.map((line) => line.cells[0]?.start ?? 0));
  let buffer: { text: string; line: DocLine }[] = [];
  for (const line of body) {
    // Text that starts far right of the margin is another column (or scanner debris), not a party line.
    if ((line.cells[0]?.start ?? 0) > margin + 30) continue;
    // Only the first column: scans can carry debris to the right of a party line.
    const firstCell = line.cells[0]?.text ?? line.text;
    const folded = foldText(firstCell);
    const lineText = firstCell;
    // Role markers may end the party line itself ("…, 68629 Altdorf – Vermieter –").
    const inline =
      /^(.*?)[\s,]*[-(]\s*(vermieter|mieter|darlehensgeber|darlehensnehmer|auftraggeber|auftragnehmer|verkaeufer|kaeufer|arbeitgeber|arbeitnehmer|mandant|klaeger|beklagte|antragsteller|antragsgegner)(in|innen|\/in|r)?\s*[-)]\s*$/.exec(
        folded,
      );
    if (/^(zwischen|und|gegen|sowie|in dem|in der)\b/.test(folded) && !inline) {
      const rest = lineText.replace(/^(zwischen|und|gegen|sowie)\s*/i, '').trim();
      buffer = rest !== '' && !/^(in dem|in der)/i.test(folded) ? [{ text: rest, line }] : [];
      continue;
    }
    if (inline || partyRole.test(folded)) {
      const role = (inline?.[2] ?? partyRole.exec(folded)?.[1] ?? '').trim();
      if (inline && inline[1] !== undefined && inline[1].trim() !== '') {
        const cut = lineText.search(/[\s,]*[-–(]\s*\p{L}+(?:\/in|in|innen|r)?\s*[-–)]\s*$/u);
        buffer.push({ text: cut > 0 ? lineText.slice(0, cut) : lineText, line });
      }
      const party = partyFromValues(
        [{ text: buffer.map((entry) => entry.text).join(', '), line: buffer[0]?.line ?? line }],
        role,
      );
      if (party && !/^finanzamt/i.test(party.name)) parties.push(party);
      else if (party) parties.push({ ...party, role });
      buffer = [];
      continue;
    }
    const complete = splitCommaAddress(lineText);
    if (complete?.name && complete.address.postalCode) buffer = [{ text: lineText, line }];
    else if (buffer.length < 4 && lineText.length < 140) buffer.push({ text: lineText, line });
    else buffer = [];
  }
  return parties;
}
