import { Button, Result } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { StoreRoute } from './store-routes';
import { loginPathFor } from '../shared/portals';
import { LoadError, LoadingBlock } from '../shared/ui/QueryStates';
import { useMe } from '../features/accounts/auth.queries';

/** Browsing needs no log-in; checkout and payment need a buyer (others are sent to log in). */
export function StoreRouteElement({ route }: { route: StoreRoute }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  if (route.buyerOnly) {
    if (me.isPending) return <LoadingBlock />;
    if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
    if (!me.data) return <Navigate to={loginPathFor(location)} replace />;
    if (me.data.mustChangePassword) return <Navigate to="/change-password" replace />;
    if (me.data.kind !== 'buyer') {
      return (
        <Result
          status="403"
          title={t('store.checkout.buyersOnly')}
          subTitle={t('store.checkout.buyersOnlyHint')}
          extra={<Button onClick={() => void navigate('/store')}>{t('store.backToStore')}</Button>}
        />
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
