import { CloudOutlined } from '@ant-design/icons';
import { Card, Flex, Layout, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** Public pages (log in, sign up, change password): brand bar and one centred card. */
export function AuthLayout({ title, subtitle, children, width = 420 }: { title: string; subtitle?: ReactNode; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          display: 'flex',
          alignItems: 'center',
          paddingInline: 20,
        }}
      >
        <Flex align="center" gap={8} flex={1}>
          <CloudOutlined style={{ fontSize: 22, color: token.colorPrimary }} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('app.name')}
          </Typography.Text>
        </Flex>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: '64px 16px' }}>
        <Card style={{ width, maxWidth: '100%' }}>
          <main>
            <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, marginBottom: subtitle ? 4 : 24 }}>
              {title}
            </Typography.Title>
            {subtitle ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
                {subtitle}
              </Typography.Paragraph>
            ) : null}
            {children}
          </main>
        </Card>
      </Layout.Content>
    </Layout>
  );
}
