import { lazy, Suspense, type ComponentType, type CSSProperties, type ReactNode } from 'react';

type Icon = ComponentType<{ className?: string }>;

/** An icon's room while its set loads: antd's menu gives the icon's element its class and 14 px. */
const placeholder: CSSProperties = { display: 'inline-block', width: 14, height: 14 };

function MenuIcon({ icon: Loaded, className }: { icon: Icon; className?: string }) {
  return (
    <Suspense fallback={<span className={className} style={placeholder} aria-hidden />}>
      <Loaded className={className} />
    </Suspense>
  );
}

/**
 * A portal's menu icons, drawn once their module has loaded (right after the first paint): the
 * ~30 icons of a console's menu were ~10 KB gzip of its first load. `load` imports a module that
 * re-exports the icons by name (app/<portal>-menu-icons.ts); `icon(name)` is the menu's element.
 */
export function lazyMenuIcons<M extends Record<string, Icon>>(load: () => Promise<M>): (name: keyof M & string) => ReactNode {
  const icons = new Map<string, Icon>();
  return (name) => {
    let icon = icons.get(name);
    if (!icon) {
      icon = lazy<Icon>(() =>
        load().then((m): { default: Icon } => {
          const found = m[name];
          if (!found) throw new Error(`no menu icon ${name}`);
          return { default: found };
        }),
      );
      icons.set(name, icon);
    }
    return <MenuIcon icon={icon} />;
  };
}
