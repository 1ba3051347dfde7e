import { EyeInvisibleOutlined } from '@ant-design/icons';
import type { Call, LeadStatus } from '@cloudmart/contracts';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { durationParts, isMasked, remainingKey, remainingParts } from './lead-format';

/** The wall clock, ticking every `everyMs` (remaining times count down on screen). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

const statusColor: Record<LeadStatus, string> = {
  pending: 'orange',
  following: 'processing',
  won: 'success',
  rejected: 'default',
  expired: 'default',
  terminated: 'default',
};

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[status]} style={{ marginInlineEnd: 0 }}>
      {t(`leadsSeller.statuses.${status}`)}
    </Tag>
  );
}

/** "待响应 剩余23小时58分": the time left to answer under a pending lead's status. */
export function RemainingText({ dueAt, now }: { dueAt: string | null; now: number }) {
  const { t } = useTranslation();
  const r = remainingParts(dueAt, now);
  if (!r) return null;
  const urgent = r.d === 0 && r.h < 2;
  return (
    <Typography.Text type={urgent ? 'danger' : 'warning'} style={{ fontSize: 12 }} data-testid="remaining">
      {t(`leadsSeller.${remainingKey(r)}`, { d: r.d, h: r.h, m: r.m })}
    </Typography.Text>
  );
}

/** A value the server masks until the lead is accepted, with the reason on hover. */
export function Masked({ value }: { value: string }) {
  const { t } = useTranslation();
  if (!isMasked(value)) return <>{value}</>;
  return (
    <Tooltip title={t('leadsSeller.masked')}>
      <Flex component="span" gap={4} align="center" style={{ display: 'inline-flex' }}>
        <span>{value}</span>
        <EyeInvisibleOutlined aria-label={t('leadsSeller.masked')} style={{ color: 'rgba(0,0,0,0.35)' }} />
      </Flex>
    </Tooltip>
  );
}

const callColor: Record<Call['status'], string> = { dialing: 'processing', ringing: 'processing', answered: 'success', ended: 'default', failed: 'error' };

export function CallStatusTag({ call }: { call: Pick<Call, 'status'> }) {
  const { t } = useTranslation();
  return <Tag color={callColor[call.status]}>{t(`leadsSeller.call.statuses.${call.status}`)}</Tag>;
}

export function CallOutcome({ call }: { call: Pick<Call, 'outcome'> }) {
  const { t } = useTranslation();
  return <>{call.outcome ? t(`leadsSeller.call.outcomes.${call.outcome}`) : '—'}</>;
}

export function CallDuration({ call }: { call: Pick<Call, 'durationSec'> }) {
  const { t } = useTranslation();
  const d = durationParts(call.durationSec);
  if (d === null) return <>—</>;
  return <>{d.m ? t('leadsSeller.call.minutes', d) : t('leadsSeller.call.seconds', { count: d.s })}</>;
}
