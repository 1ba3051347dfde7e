import { FilePdfOutlined, FileZipOutlined } from '@ant-design/icons';
import type { HostingOptions, HostingReviewStatus } from '@cloudmart/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../shared/api/files';
import { formatDateTime, formatSize } from '../../shared/ui/format';

const colors: Record<HostingReviewStatus, string> = { not_submitted: 'default', pending: 'processing', approved: 'success', rejected: 'error' };

/** 未提交 / 待审核 / 审核通过 / 审核拒绝 */
export function ReviewStatusTag({ status }: { status: HostingReviewStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`hosting.statuses.${status}`)}</Tag>;
}

interface FileRef {
  id: string;
  name: string;
  size: number;
}

/** An uploaded file: a link that opens it (owners and operators may read it), with its size. */
export function FileLink({ file }: { file: FileRef | null }) {
  if (!file) return <Typography.Text type="secondary">—</Typography.Text>;
  const zip = file.name.toLowerCase().endsWith('.zip');
  return (
    <Flex gap={6} align="center">
      {zip ? <FileZipOutlined /> : <FilePdfOutlined />}
      <Typography.Link href={fileUrl(file.id)} target="_blank" rel="noreferrer">
        {file.name}
      </Typography.Link>
      <Typography.Text type="secondary">{formatSize(file.size)}</Typography.Text>
    </Flex>
  );
}

/** "架构审核需要1~3个工作日" with the expected date by the work calendar. */
export function ReviewDays({ kind, expectedBy }: { kind: 'architecture' | 'hosting'; expectedBy: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {t(kind === 'architecture' ? 'hosting.wizard.archDays' : 'hosting.wizard.hostingDays')}
      {expectedBy ? ` ${t('hosting.wizard.expected', { date: formatDateTime(expectedBy) })}` : ''}
    </>
  );
}

export const requiredSwitches = ['configAudit', 'actionTrail', 'vulnScan', 'loadTest'] as const;
export const optionalSwitches = ['cloudMonitor', 'waf', 'oauth', 'messages'] as const;

/** The options a product was submitted with, as tags. */
export function OptionTags({ options }: { options: HostingOptions | null }) {
  const { t } = useTranslation();
  if (!options) return <Typography.Text type="secondary">—</Typography.Text>;
  const on = [...requiredSwitches, ...optionalSwitches].filter((k) => options[k]);
  return (
    <Flex gap={6} wrap>
      {options.appHosting ? <Tag color="blue">{`${t('hosting.options.appHosting')}: ${t(`hosting.appHosting.${options.appHosting}`)}`}</Tag> : null}
      {on.map((k) => (
        <Tag key={k}>{t(`hosting.options.${k}`)}</Tag>
      ))}
    </Flex>
  );
}
