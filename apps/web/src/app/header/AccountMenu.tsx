import { DownOutlined, KeyOutlined, LogoutOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../../features/accounts/auth.queries';
import { can } from '../../shared/access';
import type { Portal } from '../../shared/portals';
import { useFeedback } from '../../shared/ui/feedback';

/** The account dropdown: profile, change password, sub-accounts (with account.admin), log out. */
export function AccountMenu({ portal }: { portal: Portal }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();

  const items: MenuProps['items'] = [
    { key: 'profile', icon: <UserOutlined />, label: t('header.profile') },
    { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
    ...(me.kind === 'seller' && can(me, 'account.admin') ? [{ key: 'sub-accounts', icon: <TeamOutlined />, label: t('header.subAccounts') }] : []),
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    switch (key) {
      case 'profile':
        void navigate(`${portal.base}/profile`);
        break;
      case 'password':
        void navigate('/change-password');
        break;
      case 'sub-accounts':
        void navigate('/seller/sub-accounts');
        break;
      case 'logout':
        logout.mutate(undefined, {
          onSettled: () => {
            void message.success(t('header.loggedOut'));
            void navigate('/login', { replace: true });
          },
        });
        break;
    }
  };

  return (
    <Dropdown trigger={['click']} menu={{ items, onClick }}>
      <Button type="text" aria-label={`${t('header.accountMenu')}: ${me.displayName}`}>
        <UserOutlined />
        <span style={{ maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{me.displayName}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
