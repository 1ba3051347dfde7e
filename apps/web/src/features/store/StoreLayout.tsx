import { CloudOutlined, DownOutlined, LogoutOutlined, ShoppingOutlined, UnorderedListOutlined, UserOutlined, CloudServerOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Input, Layout, Typography, theme, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../accounts/LanguageSwitch';
import { homePortalOf, loginPathFor } from '../../shared/portals';
import { LoadingBlock } from '../../shared/ui/QueryStates';
import { useLogout, useMe } from '../accounts/auth.queries';
import { storeSearchParams } from './store.queries';

function StoreAccount() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const logout = useLogout();

  if (me.isPending) return null;
  if (!me.data) {
    return (
      <Flex gap={8}>
        <Button type="primary" onClick={() => void navigate(loginPathFor(location))}>
          {t('store.layout.login')}
        </Button>
        <Button onClick={() => void navigate('/signup')}>{t('store.layout.signup')}</Button>
      </Flex>
    );
  }
  const user = me.data;
  const isBuyer = user.kind === 'buyer';
  const items: MenuProps['items'] = [
    { key: homePortalOf(user).base, icon: <UserOutlined />, label: t(isBuyer ? 'store.layout.console' : 'store.layout.myPortal') },
    ...(isBuyer
      ? [
          { key: '/buyer/orders', icon: <UnorderedListOutlined />, label: t('store.layout.myOrders') },
          { key: '/buyer/instances', icon: <CloudServerOutlined />, label: t('store.layout.myInstances') },
        ]
      : []),
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== 'logout') {
      void navigate(key);
      return;
    }
    logout.mutate(undefined, { onSettled: () => void message.success(t('header.loggedOut')) });
  };
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick }}>
      <Button type="text" aria-label={`${t('header.accountMenu')}: ${user.displayName}`}>
        <UserOutlined />
        <span style={{ maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{user.displayName}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}

/** The public storefront's frame: logo, search, language, log-in or account menu. */
export function StoreLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const q = pathname === '/store' ? (params.get('q') ?? '') : '';

  const search = (value: string) => {
    const p = storeSearchParams({ q: value.trim(), categoryId: pathname === '/store' ? (params.get('categoryId') ?? '') : '', page: 1 });
    void navigate({ pathname: '/store', search: p.toString() });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: 24,
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Link to="/store" style={{ display: 'flex', alignItems: 'center', gap: 8, color: token.colorText }}>
          <CloudOutlined style={{ fontSize: 22, color: token.colorPrimary }} />
          <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          <ShoppingOutlined /> {t('store.layout.title')}
        </Typography.Text>
        <div role="search" style={{ flex: 1, maxWidth: 520, display: 'flex', alignItems: 'center' }}>
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            placeholder={t('store.layout.searchPlaceholder')}
            aria-label={t('store.layout.search')}
            enterButton={t('store.layout.search')}
            onSearch={search}
          />
        </div>
        <Flex flex={1} justify="end" align="center" gap={8}>
          <LanguageSwitch />
          <StoreAccount />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, width: '100%', maxWidth: 1200, margin: '0 auto' }}>
        <main>
          <Suspense fallback={<LoadingBlock />}>
            <Outlet />
          </Suspense>
        </main>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: token.colorTextSecondary }}>{t('store.layout.footer')}</Layout.Footer>
    </Layout>
  );
}
