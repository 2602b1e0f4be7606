import { authDe } from '../features/auth/i18n.de';
import { beraterDe } from '../features/berater/i18n.de';
import { clientsDe } from '../features/clients/i18n.de';
import { inboxDe } from '../features/inbox/i18n.de';
import { officeDe } from '../features/office/i18n.de';
import { ordersDe } from '../features/orders/i18n.de';
import { overviewDe } from '../features/overview/i18n.de';
import { searchDe } from '../features/search/i18n.de';
import { settingsDe } from '../features/settings/i18n.de';
import { shellDe } from '../features/shell/i18n.de';
import { templatesDe } from '../features/templates/i18n.de';

/** One namespace per feature; an English set is added by giving each feature an i18n.en.ts. */
export const resources = {
  de: {
    shell: shellDe,
    auth: authDe,
    office: officeDe,
    overview: overviewDe,
    clients: clientsDe,
    orders: ordersDe,
    berater: beraterDe,
    settings: settingsDe,
    templates: templatesDe,
    inbox: inboxDe,
    search: searchDe,
  },
};

export type Namespace = keyof (typeof resources)['de'];
export const namespaces = Object.keys(resources.de) as Namespace[];
export const defaultNamespace = 'shell' satisfies Namespace;
