import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoginUrlTab } from './LoginUrlTab';
import { PermissionGroupsTab } from './PermissionGroupsTab';
import { SubAccountsTab } from './SubAccountsTab';

const tabKeys = ['accounts', 'groups', 'login-url'] as const;
type TabKey = (typeof tabKeys)[number];
const isTabKey = (v: string | null): v is TabKey => tabKeys.some((k) => k === v);

/** 子账号管理: sub-accounts, permission groups and the sub-account login URL. */
export function SubAccountsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabKey = isTabKey(tabParam) ? tabParam : 'accounts';

  return (
    <>
      <PageHeader title={t('subAccounts.title')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'accounts' ? {} : { tab: k }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'accounts', label: t('subAccounts.tabs.subAccounts'), children: <SubAccountsTab /> },
            { key: 'groups', label: t('subAccounts.tabs.groups'), children: <PermissionGroupsTab /> },
            { key: 'login-url', label: t('subAccounts.tabs.loginUrl'), children: <LoginUrlTab /> },
          ]}
        />
      </Card>
    </>
  );
}
