/** A German message for one form field, keyed by its path in the input (`taxNumbers.0.value`). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Collects errors (first per field wins) and warnings while a client is normalised. */
export class IssueCollector {
  readonly errors: Record<string, string> = {};
  readonly warnings: FieldIssue[] = [];

  error(field: string, message: string): void {
    this.errors[field] ??= message;
  }

  warn(field: string, message: string): void {
    this.warnings.push({ field, message });
  }

  get hasErrors(): boolean {
    return Object.keys(this.errors).length > 0;
  }
}
