import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadSection, type Section } from '../shared/i18n/sections';

/**
 * A route's page, loaded on first visit: each `import()` stays its own chunk, and the
 * named export is picked by name (pages use named exports; React.lazy wants `default`).
 * Route pages take no props; a component that does names them: `page<'X', XProps>(…)`.
 * `sections` are lazy catalogue sections the page's strings live in (shared/i18n/sections.ts),
 * fetched alongside the page's chunk so it renders with its words.
 */
export function page<K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<NoInfer<P>>>>,
  name: K,
  sections: readonly Section[] = [],
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => Promise.all([load(), ...sections.map((s) => loadSection(s))]).then(([m]) => ({ default: m[name] })));
}
