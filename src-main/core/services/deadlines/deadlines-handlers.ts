import {
  einspruchsfrist,
  filingDeadline,
  formatPeriod,
  ustVaDeadline,
} from '../../../../src-shared/rules/deadlines';
import type { Handlers } from '../../ipc/handlers';
import { unwrapDeadline } from './deadline-errors';

/** Thin wrappers: the UI computes a Frist with its reasons through the same engine the orders use. */
export const deadlinesHandlers = (): Handlers['deadlines'] => ({
  einspruch: (input) => {
    const value = unwrapDeadline(einspruchsfrist(input));
    return { ...value, steps: [...value.steps] };
  },
  filing: (input) => {
    const value = unwrapDeadline(filingDeadline(input));
    return { ...value, steps: [...value.steps] };
  },
  ustva: (input) => {
    const value = unwrapDeadline(ustVaDeadline(input), 'period');
    return {
      period: formatPeriod(value.period),
      fristende: value.fristende,
      unshiftedFristende: value.unshiftedFristende,
      steps: [...value.steps],
    };
  },
});
