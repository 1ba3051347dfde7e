import { CloudOutlined, DeploymentUnitOutlined, ShopOutlined } from '@ant-design/icons';
import { Button, Divider, Flex, Layout, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { useCurrentUser } from '../features/accounts/auth.queries';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LoadingBlock } from '../shared/ui/QueryStates';
import { ForbiddenPage } from './error-pages';
import { AccountMenu } from './header/AccountMenu';
import { LanguageSwitch } from '../features/accounts/LanguageSwitch';
import { PortalMenu } from './PortalMenu';
import { portals, type PortalKey } from '../shared/portals';
import type { AppRoute } from './routes';
import { canEnterDelivery } from '../shared/access';
import { useDeliveryEmployee } from './useDeliveryEmployee';
import { MutedText, StrongText } from '../shared/ui/text';

/** One layout for every portal: header (product, portal, bell, language, account) + menu + page. */
export function PortalLayout({ portal: key, routes }: { portal: PortalKey; routes: readonly AppRoute[] }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const portal = portals[key];
  const navigate = useNavigate();
  const { deliveryEmployee, pending } = useDeliveryEmployee();
  const delivery = !pending && canEnterDelivery(me, deliveryEmployee);

  if (!portal.kinds.includes(me.kind)) {
    return <ForbiddenPage reason={t('forbidden.wrongPortal', { portal: t(`portals.${key}`) })} />;
  }
  // the delivery center is for accounts with a delivery permission or a delivery profile
  if (key === 'delivery' && pending) return <LoadingBlock minHeight="100vh" />;
  if (key === 'delivery' && !delivery) {
    return <ForbiddenPage reason={t('forbidden.wrongPortal', { portal: t(`portals.${key}`) })} />;
  }
  // the way between the seller portal and the delivery center, both directions
  const switcher =
    key === 'delivery' ? (
      <Button type="link" icon={<ShopOutlined />} onClick={() => void navigate(portals.seller.base)}>
        {t('homePages.switcher.toSeller')}
      </Button>
    ) : key === 'seller' && delivery ? (
      <Button type="link" icon={<DeploymentUnitOutlined />} onClick={() => void navigate(portals.delivery.base)}>
        {t('homePages.switcher.toDelivery')}
      </Button>
    ) : null;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: 20,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Link to={portal.base} style={{ display: 'flex', alignItems: 'center', gap: 8, color: token.colorText }}>
          <CloudOutlined style={{ fontSize: 22, color: token.colorPrimary }} />
          <StrongText className="cm-header-text" style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </StrongText>
        </Link>
        <Divider orientation="vertical" />
        <MutedText className="cm-header-text" style={{ whiteSpace: 'nowrap' }}>
          {t(`portals.${key}`)}
        </MutedText>
        <Flex flex={1} justify="end" align="center" gap={4}>
          {switcher}
          <NotificationBell inboxPath={`${portal.base}/notifications`} />
          <LanguageSwitch />
          <AccountMenu portal={portal} />
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          theme="light"
          // English menu labels run longer ("Management workbench" under a submenu clipped at 208)
          width={i18n.language.startsWith('en') ? 240 : 208}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <PortalMenu routes={routes} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <main>
            <Suspense fallback={<LoadingBlock />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
