import { createFinanzamtLookup, type Finanzamt } from '../finanzamt';
import type { DocumentAnalysis, DocumentFields, FieldResult } from './analysis-types';
import { classifyDocument } from './classify';
import type { ClientDirectory } from './client-directory';
import { matchClient } from './client-match';
import type { ExtractedDocument } from './extracted-text';
import { extractAmount } from './field-amount';
import {
  extractEinspruchsfrist,
  extractFinanzamt,
  extractState,
  type AuthorityContext,
} from './field-authority';
import { extractDocumentDate } from './field-dates';
import { extractDueDate } from './field-due-date';
import { extractIdentifier } from './field-identifiers';
import { extractTaxYear } from './field-tax-year';
import { createFinanzamtNameMatcher } from './finanzamt-names';
import { detectIssuer } from './issuer';
import { clearTextCaches } from './normalize';
import { createPlaceLandLookup } from './postal-land';
import { emailSenderAddress, subjectCandidates } from './subject';
import { toDocLines } from './text-lines';

export interface DocumentAnalyzerOptions {
  /** The Finanzamt directory (GemFA); names and BUFAs tell the issuing office and its Land. */
  finanzaemter: readonly Finanzamt[];
  /** The own office's names: never taken as the document's subject. */
  officeNames?: readonly string[];
}

export interface AnalyzeOptions {
  /** Client directory for the match; without it the result proposes the subject as a new client. */
  findClients?: ClientDirectory;
}

export interface DocumentAnalyzer {
  analyze(doc: ExtractedDocument, opts?: AnalyzeOptions): Promise<DocumentAnalysis>;
}

/** Builds the lookup tables once; `analyze` is then cheap per document. Pure: no I/O of its own. */
export function createDocumentAnalyzer(options: DocumentAnalyzerOptions): DocumentAnalyzer {
  const lookup = createFinanzamtLookup({ finanzaemter: [...options.finanzaemter] });
  const ctx: AuthorityContext = {
    lookup,
    matcher: createFinanzamtNameMatcher(options.finanzaemter),
    places: createPlaceLandLookup(options.finanzaemter),
  };

  return {
    async analyze(doc, opts = {}) {
      clearTextCaches();
      const lines = toDocLines(doc);
      const warnings = [...doc.warnings];
      const classification = classifyDocument(lines);
      const docType = classification.value;
      const issuer = detectIssuer(lines, ctx.matcher, ctx.places);
      const idCtx = {
        docType,
        land: issuer.kind === 'finanzamt' ? issuer.land : undefined,
        knownBufa: lookup.has,
        fromAuthority: issuer.kind !== 'other',
      };

      const steuernummer = extractIdentifier(lines, 'steuernummer', idCtx);
      const steuerId = extractIdentifier(lines, 'steuerId', idCtx);
      const ustId = extractIdentifier(lines, 'ustId', idCtx);
      const iban = extractIdentifier(lines, 'iban', idCtx);
      const stnrFound = steuernummer.all.find((entry) => entry.role === 'subject' && entry.id.valid);

      const finanzamt = extractFinanzamt(lines, docType, issuer, ctx, {
        elster13: stnrFound?.id.normalized,
        land: stnrFound?.id.land,
      });
      const documentDate = extractDocumentDate(lines, docType);
      const taxYear = extractTaxYear(lines, docType, classification.heading);
      const amountPick = extractAmount(lines, docType, documentDate.value);
      const dueDate = extractDueDate(lines, docType, amountPick.amount.value, amountPick.instalmentDue);
      const state = extractState(lines, docType, issuer, finanzamt, stnrFound?.id.land, ctx);
      const hasBelehrung = lines.some((line) => line.zone === 'belehrung');
      const frist = extractEinspruchsfrist(docType, documentDate, state, hasBelehrung);

      // Values read from a poor scan are only as good as the OCR; checksummed identifiers vouch for themselves.
      const ocrQuality = new Map(doc.pages.map((page) => [page.pageNumber, page.ocrConfidence]));
      const fromScan = <T>(field: FieldResult<T>): FieldResult<T> => {
        const quality = field.evidence[0] ? ocrQuality.get(field.evidence[0].page) : undefined;
        if (quality === undefined || field.value === null || quality >= 0.85) return field;
        const confidence = Math.round(field.confidence * Math.max(0.5, quality) * 100) / 100;
        return {
          ...field,
          confidence,
          state: 'unsicher',
          note: field.note ?? 'Aus einem schwer lesbaren Scan; bitte prüfen.',
        };
      };
      const fields: DocumentFields = {
        steuernummer: steuernummer.field,
        steuerId: steuerId.field,
        ustId: ustId.field,
        documentDate: fromScan(documentDate),
        taxYear: fromScan(taxYear),
        finanzamt: finanzamt.field,
        amount: fromScan(amountPick.amount),
        dueDate: fromScan(dueDate),
        iban: iban.field,
      };

      const subjects = subjectCandidates(lines, docType, issuer, { officeNames: options.officeNames });
      const match = await matchClient(opts.findClients, subjects, {
        steuernummer: steuernummer.field.value !== null ? steuernummer.keys : [],
        steuerId: steuerId.field.value !== null ? steuerId.keys : [],
        ustId: ustId.field.value !== null ? ustId.keys : [],
        iban: iban.field.value !== null ? iban.keys : [],
        email:
          docType === 'sonstiges'
            ? [emailSenderAddress(lines)].filter((value): value is string => value !== undefined)
            : [],
      });
      const { subject, ...client } = match;
      if (lines.length === 0) warnings.push('Das Dokument enthält keinen lesbaren Text.');

      return {
        docType: {
          value: docType,
          confidence: classification.confidence,
          evidence: classification.evidence,
          alternatives: classification.alternatives,
        },
        fields,
        state,
        einspruchsfristEnd: frist,
        subject,
        client,
        warnings,
      };
    },
  };
}
