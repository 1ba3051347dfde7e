import { CloudOutlined, ShoppingOutlined } from '@ant-design/icons';
import { Input, Layout, Typography, theme } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoadingBlock } from '../../shared/ui/QueryStates';
import { storeSearchParams } from './store.queries';

const StoreHeaderTools = lazy(() => import('./StoreHeaderTools').then((m) => ({ default: m.StoreHeaderTools })));

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
        <Suspense fallback={<div style={{ flex: 1 }} />}>
          <StoreHeaderTools />
        </Suspense>
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
