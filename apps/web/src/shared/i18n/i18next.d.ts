import 'i18next';
import type { Catalog } from './catalog';

// Typed keys: `t('menu.orderz')` is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
    returnNull: false;
  }
}
