import { deliveryRoles, type DeliveryRole, type EmployeeWorkStatus } from '@cloudmart/contracts';
import { useQuery } from '@tanstack/react-query';
import { Empty, Space, Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiGet } from '../../../shared/api/client';
import { useCurrentUser } from '../../accounts/auth.queries';
import { sellerCodeFromLoginUrl } from '../../accounts/accounts.queries';
import { staffErrorMessage } from './staff-errors';

const statusColor: Record<EmployeeWorkStatus, string> = { accepting: 'green', paused: 'orange', on_leave: 'blue' };

export function WorkStatusTag({ status }: { status: EmployeeWorkStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`deliveryStaff.workStatuses.${status}`)}</Tag>;
}

export function isDeliveryRole(v: string): v is DeliveryRole {
  return (deliveryRoles as readonly string[]).includes(v);
}

/** Role keys as their names (an unknown key, from a newer server, as sent). */
export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <>{t('common.none')}</>;
  return (
    <Space size={[0, 4]} wrap>
      {roles.map((r) => (
        <Tag key={r}>{isDeliveryRole(r) ? t(`delivery.roles.${r}`) : r}</Tag>
      ))}
    </Space>
  );
}

export function useRoleOptions(): { value: DeliveryRole; label: string }[] {
  const { t } = useTranslation();
  return deliveryRoles.map((r) => ({ value: r, label: t(`delivery.roles.${r}`) }));
}

/** The empty text of a list: the load error when the last fetch failed. */
export function listEmpty(t: TFunction, error: unknown, emptyText: ReactNode): ReactNode {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={error ? staffErrorMessage(t, error) : emptyText} />;
}

/**
 * The seller code that sub-account login names end with: a sub-account reads it from its own
 * login name; a main account (or account admin) from the login URL.
 */
export function useSellerCode(): string | null {
  const me = useCurrentUser();
  const own = me.loginName.includes('@') ? (me.loginName.split('@').at(-1) ?? null) : null;
  const canAsk = own === null && (me.isMain || me.permissions.includes('account.admin'));
  const loginUrl = useQuery({
    queryKey: ['delivery-staff-login-url'],
    enabled: canAsk,
    queryFn: () => apiGet('/seller/sub-accounts/login-url', z.object({ url: z.string() })),
    staleTime: Infinity,
  });
  return own ?? sellerCodeFromLoginUrl(loginUrl.data?.url);
}
