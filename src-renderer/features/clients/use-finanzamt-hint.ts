import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { FinanzamtSummary } from '../../../src-shared/clients/client-output';
import type { LandCode } from '../../../src-shared/rules/land';
import { parseSteuernummer } from '../../../src-shared/rules/steuernummer';
import { api } from '../../api/client';

const HINT_DEBOUNCE_MS = 250;

/** The BUFA a Steuernummer points to and its Finanzamt; `office` is null when it is not in the directory. */
export interface FinanzamtHint {
  bufa: string;
  office: FinanzamtSummary | null;
}

/**
 * The Finanzamt a Steuernummer belongs to, while the user types: the shared rules find the BUFA
 * (format only, the check digit is judged on saving), the directory gives name, address and phone.
 * An office already known for that BUFA (the chosen one) is used without asking the core.
 */
export function useFinanzamtHint(
  value: string,
  land: LandCode | null,
  known: FinanzamtSummary | null = null,
): FinanzamtHint | null {
  const [debounced] = useDebouncedValue(value.trim(), HINT_DEBOUNCE_MS);
  const parsed = debounced ? parseSteuernummer(debounced, land ? { land } : {}) : null;
  const bufa = parsed?.ok ? parsed.bufa : null;
  const [hint, setHint] = useState<FinanzamtHint | null>(null);
  const knownHere = known && known.bufa === bufa ? known : null;

  useEffect(() => {
    if (!bufa || knownHere) return;
    let current = true;
    api.finanzamt.get({ bufa }).then(
      (office) => {
        if (current) setHint({ bufa, office });
      },
      () => {
        if (current) setHint({ bufa, office: null });
      },
    );
    return () => {
      current = false;
    };
  }, [bufa, knownHere]);

  if (!bufa) return null;
  if (knownHere) return { bufa, office: knownHere };
  return hint?.bufa === bufa ? hint : null;
}
