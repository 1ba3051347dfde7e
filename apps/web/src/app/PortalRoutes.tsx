import { Route, Routes } from 'react-router';
import { portals, type PortalKey } from '../shared/portals';
import { NotFoundPage } from './error-pages';
import { PortalLayout } from './PortalLayout';
import { RouteElement } from './RouteElement';
import type { AppRoute } from './routes';

/**
 * One console's pages under its base (`/seller/*` …), loaded on the first visit to a console
 * (through its <portal>-routes.tsx): the route table, its menu icons and the console shell stay
 * out of the storefront's chunks, and one console's table out of the others'.
 * Paths are relative here because this <Routes> sits under the portal's splat route.
 */
export function PortalRoutes({ portal, routes }: { portal: PortalKey; routes: readonly AppRoute[] }) {
  const base = portals[portal].base;
  return (
    <Routes>
      <Route element={<PortalLayout portal={portal} routes={routes} />}>
        {routes.map((r) =>
          r.path === base ? (
            <Route key={r.path} index element={<RouteElement route={r} />} />
          ) : (
            <Route key={r.path} path={r.path.slice(base.length + 1)} element={<RouteElement route={r} />} />
          ),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
