import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../../shared/access';
import { routesOf } from '../routes';
import { useCurrentUser } from '../../features/accounts/auth.queries';

/** Seller portal home: a welcome and shortcuts to what this account may use (no made-up figures). */
export function SellerHomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const shortcuts = routesOf('seller').filter((r) => r.menu && r.path !== '/seller' && can(me, r.permission));

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Typography.Paragraph>{t('home.sellerIntro', { seller: me.sellerName ?? me.loginName })}</Typography.Paragraph>
      {me.isMain ? null : <Typography.Paragraph type="secondary">{t('home.subAccountIntro')}</Typography.Paragraph>}
      {shortcuts.length === 0 ? (
        <Alert type="info" showIcon title={t('home.noFeatures')} />
      ) : (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('home.shortcuts')}
          </Typography.Title>
          <Flex gap={12} wrap>
            {shortcuts.map((r) =>
              r.menu ? (
                <Button key={r.path} icon={r.menu.icon} onClick={() => void navigate(r.path)}>
                  {t(`menu.${r.menu.labelKey}`)}
                </Button>
              ) : null,
            )}
          </Flex>
        </>
      )}
    </Card>
  );
}
