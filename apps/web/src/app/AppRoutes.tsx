import { Suspense } from 'react';
import { page } from './lazy-page';
import { Route, Routes } from 'react-router';
import { LoadingBlock } from '../shared/ui/QueryStates';
import { portalList, STORE_BASE, type PortalKey } from '../shared/portals';
import { HomeRedirect, RequireAuth } from './RequireAuth';
import { StoreLayout, StoreRouteElement, storeRoutes } from './store-routes';
import { SessionWatcher } from './SessionWatcher';

const LoginPage = page(() => import('../features/accounts/LoginPage'), 'LoginPage');
const SignupPage = page(() => import('../features/accounts/SignupPage'), 'SignupPage');
const ChangePasswordPage = page(() => import('../features/accounts/ChangePasswordPage'), 'ChangePasswordPage');
// each console's pages, table, menu and shell: a chunk the storefront never loads
const PortalRoutes = page<'PortalRoutes', { portal: PortalKey }>(() => import('./PortalRoutes'), 'PortalRoutes');
const NotFound = page(() => import('./Forbidden'), 'NotFound');

/** The router, generated from the route table (app/routes.tsx) plus the public pages. */
export function AppRoutes() {
  return (
    <>
      <SessionWatcher />
      <Suspense fallback={<LoadingBlock minHeight="100vh" />}>
        <Routes>
          <Route path="/" element={<HomeRedirect />} />
          <Route path="/login" element={<LoginPage />} />
          <Route path="/signup" element={<SignupPage />} />
          <Route
            path="/change-password"
            element={
              <RequireAuth allowPendingPasswordChange>
                <ChangePasswordPage />
              </RequireAuth>
            }
          />
          {/* the public storefront: no log-in to browse */}
          <Route path={STORE_BASE} element={<StoreLayout />}>
            {storeRoutes.map((r) =>
              r.path === STORE_BASE ? (
                <Route key={r.path} index element={<StoreRouteElement route={r} />} />
              ) : (
                <Route key={r.path} path={r.path} element={<StoreRouteElement route={r} />} />
              ),
            )}
            <Route path="*" element={<NotFound />} />
          </Route>
          {portalList.map((portal) => (
            <Route
              key={portal.key}
              path={`${portal.base}/*`}
              element={
                <RequireAuth>
                  <PortalRoutes portal={portal.key} />
                </RequireAuth>
              }
            />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </>
  );
}
