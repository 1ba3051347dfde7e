import { lazy, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { StoreRoute } from './store-routes';
import { loginPathFor } from '../shared/portals';
import { LoadError, LoadingBlock } from '../shared/ui/QueryStates';
import { useMe } from '../features/accounts/auth.queries';

// a 403 page (antd Result) only sellers and operators ever see: not in the store's first load
const BuyersOnly = lazy(() => import('../features/store/BuyersOnly').then((m) => ({ default: m.BuyersOnly })));

/** Browsing needs no log-in; checkout and payment need a buyer (others are sent to log in). */
export function StoreRouteElement({ route }: { route: StoreRoute }) {
  const location = useLocation();
  const me = useMe();
  if (route.buyerOnly) {
    if (me.isPending) return <LoadingBlock />;
    if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
    if (!me.data) return <Navigate to={loginPathFor(location)} replace />;
    if (me.data.mustChangePassword) return <Navigate to="/change-password" replace />;
    if (me.data.kind !== 'buyer') {
      return (
        <Suspense fallback={<LoadingBlock />}>
          <BuyersOnly />
        </Suspense>
      );
    }
  }
  const Page = route.page;
  return (
    <Suspense fallback={<LoadingBlock />}>
      <Page />
    </Suspense>
  );
}
