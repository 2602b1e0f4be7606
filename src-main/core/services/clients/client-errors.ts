import { AppError } from '../../../../src-shared/errors/app-error';

/** A validation failure with German messages per form field (`details.fields`), like zod's. */
export function fieldValidationError(fields: Record<string, string>): AppError {
  const [field, message] = Object.entries(fields)[0] ?? ['(eingabe)', 'Ungültige Eingabe.'];
  const count = Object.keys(fields).length;
  const more =
    count === 2 ? ' (und eine weitere Angabe)' : count > 2 ? ` (und ${count - 1} weitere Angaben)` : '';
  return new AppError(
    'validation',
    `Die Eingabe ist ungültig: ${message}${more}`,
    `Client input invalid: ${Object.keys(fields).join(', ')}`,
    { field, fields },
  );
}

export function clientNotFound(id: number | string): AppError {
  return new AppError('not_found', 'Der Mandant wurde nicht gefunden.', `Client ${id} not found`, {
    code: 'client_not_found',
  });
}
