import { clientsDe } from '../features/clients/i18n.de';
import { overviewDe } from '../features/overview/i18n.de';
import { placeholderDe } from '../features/placeholder/i18n.de';
import { settingsDe } from '../features/settings/i18n.de';
import { shellDe } from '../features/shell/i18n.de';

/** One namespace per feature; an English set is added by giving each feature an i18n.en.ts. */
export const resources = {
  de: {
    shell: shellDe,
    overview: overviewDe,
    clients: clientsDe,
    placeholder: placeholderDe,
    settings: settingsDe,
  },
};

export type Namespace = keyof (typeof resources)['de'];
export const namespaces = Object.keys(resources.de) as Namespace[];
export const defaultNamespace = 'shell' satisfies Namespace;
