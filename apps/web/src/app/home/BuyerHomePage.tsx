import { Avatar, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../features/accounts/auth.queries';

/** Buyer console home: the profile card. */
export function BuyerHomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const none = t('common.none');

  return (
    <Card style={{ maxWidth: 720 }}>
      <Flex gap={16} align="center" style={{ marginBottom: 16 }}>
        <Avatar size={56} icon={<UserOutlined />} />
        <div>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('home.welcome', { name: me.displayName })}
          </Typography.Title>
          <Typography.Text type="secondary">{t('home.buyerIntro')}</Typography.Text>
        </div>
      </Flex>
      <Descriptions
        column={{ xs: 1, sm: 2 }}
        bordered
        size="small"
        items={[
          { key: 'loginName', label: t('profile.loginName'), children: me.loginName },
          { key: 'uid', label: t('profile.uid'), children: me.uid },
          { key: 'displayName', label: t('profile.displayName'), children: me.displayName },
          { key: 'kind', label: t('profile.kind'), children: t('auth.kinds.buyer') },
          { key: 'email', label: t('profile.email'), children: me.email ?? none },
          { key: 'phone', label: t('profile.phone'), children: me.phone ?? none },
        ]}
      />
      <Flex gap={8} style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => void navigate('/buyer/profile')}>
          {t('profile.title')}
        </Button>
        <Button onClick={() => void navigate('/change-password')}>{t('profile.changePassword')}</Button>
        <Button onClick={() => void navigate('/store')}>{t('store.buyer.goShopping')}</Button>
      </Flex>
    </Card>
  );
}
