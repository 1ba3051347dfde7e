import type { Locale } from '@cloudmart/contracts';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { EagerCatalog } from './catalog';
import type { Section } from './sections';
import type { zhCN } from './zh-CN';

export type { Catalog } from './catalog';

/**
 * Each language's catalogue is its own chunk, fetched before the first render and on a switch:
 * a page never downloads the language it does not show. A feature's strings live in
 * `<name>.zh-CN.ts` (the reference shape) and `<name>.en-US.ts` (typed `typeof <name>ZhCN`
 * through `import type`), registered in ./zh-CN.ts and ./en-US.ts; nothing else imports those
 * files at run time (ask hasTranslation() whether a key exists).
 */
const loaders: Record<Locale, () => Promise<EagerCatalog>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  'en-US': () => import('./en-US').then((m) => m.enUS),
};

async function loadCatalogue(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', await loaders[locale]());
}

const STORAGE_KEY = 'cloudmart.locale';
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const supportedLocales: readonly Locale[] = ['zh-CN', 'en-US'];

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en-US';
}

function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

export function hasStoredLocale(): boolean {
  return storedLocale() !== null;
}

/** dayjs speaks English by itself; its Chinese locale is fetched with the zh-CN catalogue. */
const dayjsLocale: Record<Locale, { name: string; load: () => Promise<unknown> }> = {
  'zh-CN': { name: 'zh-cn', load: () => import('dayjs/locale/zh-cn') },
  'en-US': { name: 'en', load: () => Promise.resolve() },
};

function applySideEffects(locale: Locale): void {
  dayjs.locale(dayjsLocale[locale].name);
  document.documentElement.lang = locale;
}

export const i18n = i18next.createInstance();

/**
 * Loads the language (catalogue, dayjs and antd locales) and starts i18next. `sections` are lazy
 * catalogue sections the first page shows at once (app/store-routes.ts startupSections), fetched
 * alongside the catalogue instead of after it; the page that uses them still names them, which
 * makes them follow a language switch.
 */
export async function initI18n(sections: readonly Section[] = []): Promise<void> {
  const lng = storedLocale() ?? DEFAULT_LOCALE;
  const parts = Promise.all(sections.map((section) => section.loaders[lng]()));
  // the language's catalogue, dayjs locale and whatever else registered with onLocaleLoad, at once
  const [catalogue, extra] = await Promise.all([loaders[lng](), parts, dayjsLocale[lng].load(), ...atStart.map((load) => load(lng))]);
  applySideEffects(lng);
  await i18n.use(initReactI18next).init({
    resources: { [lng]: { translation: Object.assign({}, catalogue, ...extra) } },
    partialBundledLanguages: true,
    lng,
    // every catalogue is complete (typed against zh-CN), so there is nothing to fall back to
    fallbackLng: false,
    supportedLngs: [...supportedLocales],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

const beforeSwitch: Array<(locale: Locale) => Promise<void>> = [];
/** Work to finish before the language changes (sections.ts loads the new language's open sections). */
export function onBeforeLocaleSwitch(load: (locale: Locale) => Promise<void>): void {
  beforeSwitch.push(load);
}

const atStart: Array<(locale: Locale) => Promise<void>> = [];
/**
 * Something every language needs before it is shown (antd's locale, ./antd-locale.ts): loaded
 * with the first language before the first render and with each new one before a switch.
 * Register at module load, before initI18n() runs.
 */
export function onLocaleLoad(load: (locale: Locale) => Promise<void>): void {
  atStart.push(load);
  beforeSwitch.push(load);
}

/** Switch the UI language and remember it in this browser. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await Promise.all([loadCatalogue(locale), dayjsLocale[locale].load(), ...beforeSwitch.map((load) => load(locale))]);
  applySideEffects(locale);
  await i18n.changeLanguage(locale);
}

/** Error codes the catalogs translate (server codes plus the client's own). */
export type ErrorCodeKey = keyof typeof zhCN.errors;
export function isKnownErrorCode(code: string): code is ErrorCodeKey {
  return hasTranslation(`errors.${code}`);
}

export type PermissionModuleKey = keyof typeof zhCN.permissionModules;
export function isKnownPermissionModule(module: string): module is PermissionModuleKey {
  return hasTranslation(`permissionModules.${module}`);
}

/**
 * Whether the loaded catalogue has a string at this dotted path, e.g. `store.errors.sold_out`
 * (own properties only: `errors.toString` is not a key). The catalogue is loaded before the
 * first render, so this answers for every component.
 */
export function hasTranslation(path: string): boolean {
  let node: unknown = i18n.getResourceBundle(currentLocale(), 'translation');
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = Reflect.get(node, part);
  }
  return typeof node === 'string';
}
