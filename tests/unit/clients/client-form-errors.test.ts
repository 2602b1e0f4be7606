import { describe, expect, it } from 'vitest';
import {
  emptyClientForm,
  emptyTaxNumber,
  formFieldOf,
  toFormErrors,
  validateClientForm,
} from '../../../src-renderer/features/clients/client-form';

const today = '2026-01-15';

describe('client form: messages at their fields', () => {
  it('maps the core’s input paths to form fields', () => {
    expect(formFieldOf('taxNumbers.0.value')).toBe('taxNumbers.0.value');
    expect(formFieldOf('address.postalCode')).toBe('postalCode');
    expect(formFieldOf('postalAddress.city')).toBe('postCity');
    expect(formFieldOf('postalAddress.poBox')).toBe('poBox');
  });

  it('puts a server message for the first Steuernummer at that input, others above the buttons', () => {
    const values = { ...emptyClientForm(), lastName: 'Müller', taxNumbers: [emptyTaxNumber()] };
    const { errors, unmatched } = toFormErrors(values, {
      'taxNumbers.0.value': 'Die Prüfziffer passt nicht.',
      'taxNumbers.3.value': 'Gibt es nicht im Formular.',
      partnerId: 'Partner unbekannt.',
    });
    expect(errors).toEqual({ 'taxNumbers.0.value': 'Die Prüfziffer passt nicht.' });
    expect(unmatched).toEqual(['Gibt es nicht im Formular.', 'Partner unbekannt.']);
  });

  it('checks with the shared rules before sending: a wrong check digit is refused, a right one passes', () => {
    const wrong = {
      ...emptyClientForm(),
      lastName: 'Mueller',
      taxNumbers: [{ ...emptyTaxNumber(), value: '103/8190/3352' }],
    };
    expect(validateClientForm(wrong, today)).toEqual({
      'taxNumbers.0.value': expect.stringMatching(/Prüfziffer/),
    });
    const right = { ...wrong, taxNumbers: [{ ...emptyTaxNumber(), value: '103/8190/3351' }] };
    expect(validateClientForm(right, today)).toEqual({});
    expect(validateClientForm({ ...right, lastName: ' ' }, today)).toEqual({
      lastName: 'Bitte geben Sie den Nachnamen an.',
    });
    expect(validateClientForm({ ...right, postalCode: '123' }, today)).toHaveProperty('postalCode');
  });
});
