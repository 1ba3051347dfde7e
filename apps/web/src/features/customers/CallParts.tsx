import type { Call } from '@cloudmart/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { durationParts } from './customer-format';

const statusColor: Record<Call['status'], string> = { dialing: 'processing', ringing: 'processing', answered: 'success', ended: 'default', failed: 'error' };

export function CallStatusTag({ call }: { call: Pick<Call, 'status'> }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[call.status]}>{t(`customers.calls.statuses.${call.status}`)}</Tag>;
}

export function CallOutcome({ call }: { call: Pick<Call, 'outcome'> }) {
  const { t } = useTranslation();
  return <>{call.outcome ? t(`customers.calls.outcomes.${call.outcome}`) : '—'}</>;
}

export function CallDuration({ call }: { call: Pick<Call, 'durationSec'> }) {
  const { t } = useTranslation();
  const d = durationParts(call.durationSec);
  if (d === null) return <>—</>;
  return <>{d.m ? t('customers.calls.minutes', d) : t('customers.calls.seconds', { count: d.s })}</>;
}
