import type { MenuProps } from 'antd';
import { Menu } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../features/accounts/auth.queries';
import { can, isFor } from '../shared/access';
import { useDeliveryEmployee } from './useDeliveryEmployee';
import { matchRoute, type AppRoute } from './routes';

type MenuItem = Required<MenuProps>['items'][number];

/** The portal's left menu, built from the route table, the user's permissions and whether they are delivery staff. */
export function PortalMenu({ routes }: { routes: readonly AppRoute[] }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { deliveryEmployee } = useDeliveryEmployee();

  const { items, groupKeys } = useMemo(() => {
    const result: MenuItem[] = [];
    const groups = new Map<string, { label: string; icon: ReactNode; children: MenuItem[] }>();
    for (const r of routes) {
      if (!r.menu || !can(me, r.permission) || !isFor(me, r.audience, deliveryEmployee)) continue;
      const item: MenuItem = { key: r.path, icon: r.menu.icon, label: t(`menu.${r.menu.labelKey}`) };
      const g = r.menu.group;
      if (!g) {
        result.push(item);
        continue;
      }
      let entry = groups.get(g.key);
      if (!entry) {
        entry = { label: t(`menu.${g.labelKey}`), icon: g.icon, children: [] };
        groups.set(g.key, entry);
        result.push({ key: g.key, label: entry.label, icon: entry.icon, children: entry.children });
      }
      entry.children.push(item);
    }
    return { items: result, groupKeys: [...groups.keys()] };
  }, [routes, me, t, deliveryEmployee]);

  const current = matchRoute(routes, pathname);
  const selected = current ? (current.menuParent ?? current.path) : pathname;

  return (
    <nav aria-label={t('menu.navigation')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selected]}
        defaultOpenKeys={groupKeys}
        onClick={({ key }) => void navigate(key)}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
