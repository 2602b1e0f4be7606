import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultNamespace, namespaces, resources } from './resources';

export const i18n = i18next.createInstance();

// Resources are bundled, so initialisation is synchronous and complete once this module is imported.
void i18n.use(initReactI18next).init({
  resources,
  lng: 'de',
  fallbackLng: 'de',
  ns: namespaces,
  defaultNS: defaultNamespace,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
