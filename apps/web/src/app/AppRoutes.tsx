import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { page } from './lazy-page';
import { Route, Routes } from 'react-router';
import { LoadingBlock } from '../shared/ui/QueryStates';
import { portalList, STORE_BASE, type PortalKey } from '../shared/portals';
import { HomeRedirect, RequireAuth } from './RequireAuth';
import { StoreLayout, StoreRouteElement, storeRoutes } from './store-routes';
import { SessionWatcher } from './SessionWatcher';
import { NotFoundPage } from './error-pages';

const LoginPage = page(() => import('../features/accounts/LoginPage'), 'LoginPage');
const SignupPage = page(() => import('../features/accounts/SignupPage'), 'SignupPage');
const ChangePasswordPage = page(() => import('../features/accounts/ChangePasswordPage'), 'ChangePasswordPage');
// each console's pages, table, menu and shell: chunks the storefront never loads, and one
// console's route table (page loaders, menu icons) stays out of the others'
const consoles: Record<PortalKey, LazyExoticComponent<ComponentType>> = {
  seller: page(() => import('./seller-routes'), 'SellerConsole'),
  buyer: page(() => import('./buyer-routes'), 'BuyerConsole'),
  operator: page(() => import('./operator-routes'), 'OperatorConsole'),
  delivery: page(() => import('./delivery-routes'), 'DeliveryConsole'),
};

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
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          {portalList.map((portal) => {
            const Console = consoles[portal.key];
            return (
              <Route
                key={portal.key}
                path={`${portal.base}/*`}
                element={
                  <RequireAuth>
                    <Console />
                  </RequireAuth>
                }
              />
            );
          })}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </>
  );
}
