import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A route's page, loaded on first visit: each `import()` stays its own chunk, and the
 * named export is picked by name (pages use named exports; React.lazy wants `default`).
 * Route pages take no props; a component that does names them: `page<'X', XProps>(…)`.
 */
export function page<K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<NoInfer<P>>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
