import type { Evidence, FieldResult, FieldState } from './analysis-types';

export const missing = <T>(note?: string): FieldResult<T> => ({
  value: null,
  state: 'fehlt',
  confidence: 0,
  evidence: [],
  ...(note !== undefined ? { note } : {}),
});

export const found = <T>(
  value: T,
  confidence: number,
  evidence: Evidence[],
  note?: string,
  state?: FieldState,
): FieldResult<T> => ({
  value,
  state: state ?? (confidence >= 0.8 ? 'sicher' : 'unsicher'),
  confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
  evidence,
  ...(note !== undefined ? { note } : {}),
});
