import type { Locale } from '@cloudmart/contracts';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export type { Catalog } from './catalog';

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

const dayjsLocale: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function applySideEffects(locale: Locale): void {
  dayjs.locale(dayjsLocale[locale]);
  document.documentElement.lang = locale;
}

export const i18n = i18next.createInstance();

export async function initI18n(): Promise<void> {
  const lng = storedLocale() ?? DEFAULT_LOCALE;
  applySideEffects(lng);
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...supportedLocales],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switch the UI language and remember it in this browser. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applySideEffects(locale);
  await i18n.changeLanguage(locale);
}

/** Error codes the catalogs translate (server codes plus the client's own). */
export type ErrorCodeKey = keyof typeof zhCN.errors;
export function isKnownErrorCode(code: string): code is ErrorCodeKey {
  return Object.hasOwn(zhCN.errors, code);
}

export type PermissionModuleKey = keyof typeof zhCN.permissionModules;
export function isKnownPermissionModule(module: string): module is PermissionModuleKey {
  return Object.hasOwn(zhCN.permissionModules, module);
}
