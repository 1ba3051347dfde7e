import type { Locale } from '@cloudmart/contracts';
import { useEffect, useState } from 'react';
import { currentLocale, i18n, onBeforeLocaleSwitch } from './index';
import type { LazySections } from './lazy-sections';

/**
 * A lazily loaded part of the catalogue: a feature's strings, fetched with the feature's pages
 * instead of riding in the catalogue every page loads first. Its strings live in
 * `<name>.zh-CN.ts` / `<name>.en-US.ts` as usual; its `<name>.section.ts` names the key and the
 * two dynamic imports:
 *
 *   export const leadsSection = defineSection('leads', {
 *     'zh-CN': () => import('./leads.zh-CN').then((m) => m.leadsZhCN),
 *     'en-US': () => import('./leads.en-US').then((m) => m.leadsEnUS),
 *   });
 *
 * add `leads: typeof leadsZhCN` to LazySections (./lazy-sections.ts, `import type`), and name
 * the section where a route's page is declared (`page(load, name, [leadsSection])` in
 * app/lazy-page.ts) or wrap a component in <SectionGate sections={[leadsSection]}>
 * (shared/ui/SectionGate.tsx). t('leads.x') is then typed and present. A section once opened
 * follows language switches. defineSectionGroup loads several keys from one file pair.
 */
export interface Section {
  keys: readonly (keyof LazySections)[];
  loaders: Record<Locale, () => Promise<Partial<LazySections>>>;
}

export function defineSection<K extends keyof LazySections>(key: K, loaders: Record<Locale, () => Promise<LazySections[K]>>): Section {
  const wrap = (load: () => Promise<LazySections[K]>) => () => load().then((strings) => ({ [key]: strings }) as Partial<LazySections>);
  return { keys: [key], loaders: { 'zh-CN': wrap(loaders['zh-CN']), 'en-US': wrap(loaders['en-US']) } };
}

/** Several top-level keys fetched together (a large context's catalogue split into files). */
export function defineSectionGroup<K extends keyof LazySections>(keys: readonly K[], loaders: Record<Locale, () => Promise<Pick<LazySections, K>>>): Section {
  return { keys, loaders };
}

const opened = new Set<Section>();
let hooked = false;

export function isSectionLoaded(section: Section, locale: Locale = currentLocale()): boolean {
  return section.keys.every((key) => i18n.getResource(locale, 'translation', key) !== undefined);
}

/** Fetch a section's strings for a language (once) and add them under their keys. */
export async function loadSection(section: Section, locale: Locale = currentLocale()): Promise<void> {
  opened.add(section);
  if (!hooked) {
    hooked = true;
    onBeforeLocaleSwitch((next) => Promise.all([...opened].map((s) => loadSection(s, next))).then(() => undefined));
  }
  if (isSectionLoaded(section, locale)) return;
  const strings = await section.loaders[locale]();
  i18n.addResourceBundle(locale, 'translation', strings, true, true);
}

/** True once every section is loaded for the current language; starts the loading. */
export function useSections(sections: readonly Section[]): boolean {
  const ready = () => sections.every((s) => isSectionLoaded(s));
  const [loaded, setLoaded] = useState(ready);
  useEffect(() => {
    let live = true;
    void Promise.all(sections.map((s) => loadSection(s))).then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
    // the sections are module constants
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return loaded;
}
