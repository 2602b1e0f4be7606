import { describe, expect, it } from 'vitest';

import { einspruchsfrist, lands, publicHolidaysOf } from '../../../src-shared/rules/deadlines';
import { docHolidays } from './holiday-oracle';
import { unwrap } from './helpers';

// Each test file runs in its own worker, so changing TZ here cannot leak into other files. Node applies
// a changed process.env.TZ to subsequent Date operations. Different years per zone avoid the caches.
describe('results do not depend on the local timezone', () => {
  it.each([
    ['Pacific/Kiritimati', -840, 2030],
    ['Pacific/Pago_Pago', 660, 2040],
    ['America/Los_Angeles', 480, 2050],
  ] as const)('%s', (zone, januaryOffset, firstYear) => {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    try {
      // Proves the zone switch took effect in this runtime.
      expect(new Date(Date.UTC(2030, 0, 15)).getTimezoneOffset()).toBe(januaryOffset);
      for (let year = firstYear; year < firstYear + 5; year++) {
        for (const land of lands) {
          const actual = publicHolidaysOf(land, year).map((h) => h.date);
          expect(actual, `${zone} ${land} ${year}`).toEqual([...docHolidays(land, year)].sort());
        }
      }
      const result = unwrap(einspruchsfrist({ bescheidDate: '2025-12-22', finanzamtLand: 'BY' }));
      expect([result.bekanntgabe, result.fristende]).toEqual(['2025-12-29', '2026-01-29']);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});
