import { Suspense } from 'react';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../features/accounts/auth.queries';
import { LoadingBlock } from '../shared/ui/QueryStates';
import { can, isFor } from '../shared/access';
import { useDeliveryEmployee } from './useDeliveryEmployee';
import { ForbiddenPage } from './error-pages';
import type { AppRoute } from './routes';

/** One route table entry: permission and audience checks (403 page), redirect, or the lazy page. */
export function RouteElement({ route }: { route: AppRoute }) {
  const me = useCurrentUser();
  const { deliveryEmployee, pending } = useDeliveryEmployee();
  if (!can(me, route.permission)) return <ForbiddenPage />;
  if (route.audience && pending) return <LoadingBlock />;
  if (!isFor(me, route.audience, deliveryEmployee)) return <ForbiddenPage />;
  if ('redirectTo' in route) return <Navigate to={route.redirectTo} replace />;
  const Page = route.page;
  return (
    <Suspense fallback={<LoadingBlock />}>
      <Page />
    </Suspense>
  );
}
