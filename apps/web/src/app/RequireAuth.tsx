import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../features/accounts/auth.queries';
import { LoadError, LoadingBlock } from '../shared/ui/QueryStates';
import { homePathOf, loginPathFor } from '../shared/portals';
import { useDeliveryEmployee } from './useDeliveryEmployee';

interface RequireAuthProps {
  children: ReactNode;
  /** the change-password page itself must stay reachable while a change is pending */
  allowPendingPasswordChange?: boolean;
}

/** Renders children only for a signed-in user; otherwise sends them to log in. */
export function RequireAuth({ children, allowPendingPasswordChange }: RequireAuthProps) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <LoadingBlock minHeight="100vh" />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={loginPathFor(location)} replace />;
  if (me.data.mustChangePassword && !allowPendingPasswordChange) return <Navigate to="/change-password" replace />;
  return children;
}

/** `/`: the user's work (their portal, or the delivery center for delivery staff), or the storefront. */
export function HomeRedirect() {
  const me = useMe();
  const { deliveryEmployee, pending } = useDeliveryEmployee();
  if (me.isPending || (me.data && pending)) return <LoadingBlock minHeight="100vh" />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  // visitors land on the marketplace itself; the store links to log-in
  if (!me.data) return <Navigate to="/store" replace />;
  return <Navigate to={homePathOf(me.data, deliveryEmployee)} replace />;
}
