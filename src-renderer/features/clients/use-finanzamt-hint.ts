import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { landNames, type LandCode } from '../../../src-shared/rules/land';
import { parseSteuernummer } from '../../../src-shared/rules/steuernummer';
import { api } from '../../api/client';
import { i18n } from '../../i18n/instance';

const HINT_DEBOUNCE_MS = 250;

/**
 * The Finanzamt a Steuernummer belongs to, while the user types: the shared rules find the BUFA
 * (format only, the check digit is judged on saving), the directory gives its name.
 */
export function useFinanzamtHint(value: string, land: LandCode | null): string | null {
  const [debounced] = useDebouncedValue(value.trim(), HINT_DEBOUNCE_MS);
  const parsed = debounced ? parseSteuernummer(debounced, land ? { land } : {}) : null;
  const bufa = parsed?.ok ? parsed.bufa : null;
  const parsedLand = parsed?.ok ? parsed.land : null;
  const [hint, setHint] = useState<{ bufa: string; text: string } | null>(null);

  useEffect(() => {
    if (!bufa || !parsedLand) return;
    let current = true;
    const t = i18n.getFixedT('de', 'clients');
    api.finanzamt.get({ bufa }).then(
      (office) => {
        if (current) {
          setHint({
            bufa,
            text: t('form.finanzamtHint', { name: office.displayName, bufa, land: landNames[office.land] }),
          });
        }
      },
      () => {
        if (current) setHint({ bufa, text: t('form.finanzamtUnknown', { bufa }) });
      },
    );
    return () => {
      current = false;
    };
  }, [bufa, parsedLand]);

  return bufa && hint?.bufa === bufa ? hint.text : null;
}
