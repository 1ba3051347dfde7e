import { CloudServerOutlined, DownOutlined, GiftOutlined, LogoutOutlined, UnorderedListOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../accounts/LanguageSwitch';
import { useLogout, useMe } from '../accounts/auth.queries';
import { homePortalOf, loginPathFor } from '../../shared/portals';
import { useFeedback } from '../../shared/ui/feedback';

function StoreAccount() {
  const { t } = useTranslation();
  const { message } = useFeedback();
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
          { key: '/buyer/coupons', icon: <GiftOutlined />, label: t('promotionsBuyer.myCoupons.title') },
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

/**
 * The store header's right side (language, log-in or account menu): its own chunk, loaded
 * beside the first page rather than before it — dropdown menus are not needed to paint.
 */
export function StoreHeaderTools() {
  return (
    <Flex flex={1} justify="end" align="center" gap={8}>
      <LanguageSwitch />
      <StoreAccount />
    </Flex>
  );
}
