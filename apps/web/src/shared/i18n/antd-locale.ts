import type { Locale } from '@cloudmart/contracts';
import type { Locale as AntdLocale } from 'antd/es/locale';
import { onLocaleLoad } from './index';

/**
 * antd's own strings (pagination, date pickers, empty states) for the active language only:
 * fetched with the catalogue before the first render and before a switch (onLocaleLoad), so
 * the ConfigProvider never shows the other language's words.
 */
const loaders: Record<Locale, () => Promise<AntdLocale>> = {
  'zh-CN': () => import('antd/es/locale/zh_CN').then((m) => m.default),
  'en-US': () => import('antd/es/locale/en_US').then((m) => m.default),
};

const loaded = new Map<Locale, AntdLocale>();

export async function loadAntdLocale(locale: Locale): Promise<void> {
  if (!loaded.has(locale)) loaded.set(locale, await loaders[locale]());
}

/** The language's antd locale (loaded: initI18n and setLocale wait for it). */
export function antdLocaleOf(locale: Locale): AntdLocale | undefined {
  return loaded.get(locale);
}

onLocaleLoad(loadAntdLocale);
