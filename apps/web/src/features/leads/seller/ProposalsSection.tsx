import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import type { Proposal, Quote } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Empty, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { fileUrl } from '../../../shared/api/files';
import { hasTranslation } from '../../../shared/i18n';
import type { LazySections } from '../../../shared/i18n/lazy-sections';
import { formatFen } from '../../../shared/money';
import { columnsWidth } from '../../../shared/ui/table-width';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { beijingText } from '../../promotions/promotion-time';
import { quoteTotalFen } from './lead-format';
import { useRevokeQuote } from './leads.queries';
import { ProposalFormModal } from './ProposalFormModal';
import { useFeedback } from '../../../shared/ui/feedback';

type ProductType = keyof LazySections['leadsSeller']['productTypes'];
/** 报价单 name service, SaaS and API products ("目前仅支持服务类，应用软件类和API类三种商品"); others are shown as sent. */
function isProductType(type: string): type is ProductType {
  return hasTranslation(`leadsSeller.productTypes.${type}`);
}

const proposalColor: Record<Proposal['status'], string> = { sent: 'processing', paying: 'warning', paid: 'success' };

/**
 * 方案 (guide 4 提交方案): "一个需求内可以配置多个方案，多个方案可用于分阶段付款，老用户复购，多个方案供客户选择等场景".
 * Each proposal lists its quotes; revoked ones stay, struck through.
 */
export function ProposalsSection({ leadId, proposals, canPropose }: { leadId: string; proposals: readonly Proposal[]; canPropose: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<{ proposalId?: string } | null>(null);
  return (
    <Card
      title={t('leadsSeller.proposals.title')}
      extra={
        canPropose ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})}>
            {t('leadsSeller.proposals.add')}
          </Button>
        ) : null
      }
      data-testid="proposals"
    >
      <Typography.Paragraph type="secondary">{t('leadsSeller.proposals.hint')}</Typography.Paragraph>
      {proposals.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leadsSeller.proposals.empty')} />
      ) : (
        <Flex vertical gap={16}>
          {[...proposals]
            .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
            .map((p) => (
              <ProposalCard key={p.id} leadId={leadId} proposal={p} canPropose={canPropose} onAddQuote={() => setDialog({ proposalId: p.id })} />
            ))}
        </Flex>
      )}
      <ProposalFormModal leadId={leadId} open={dialog !== null} proposalId={dialog?.proposalId} onClose={() => setDialog(null)} />
    </Card>
  );
}

function ProposalCard({ leadId, proposal: p, canPropose, onAddQuote }: { leadId: string; proposal: Proposal; canPropose: boolean; onAddQuote: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const revoke = useRevokeQuote(leadId);
  // a proposal the buyer has paid (or is paying) is settled: its quotes stay as they are
  const editable = canPropose && p.status === 'sent';
  const onRevoke = (q: Quote) =>
    revoke.mutateAsync({ proposalId: p.id, quoteId: q.id }).then(
      () => void message.success(t('leadsSeller.proposals.revoked')),
      (err: unknown) => report(err),
    );
  const productTypeLabel = (type: string) => (isProductType(type) ? t(`leadsSeller.productTypes.${type}`) : type);
  const struck = (q: Quote) => (q.status === 'revoked' ? { textDecoration: 'line-through', color: 'rgba(0,0,0,0.45)' } : undefined);

  const columns: TableColumnsType<Quote> = [
    {
      key: 'product',
      title: t('leadsSeller.proposals.product'),
      width: 190,
      render: (_, q) => <TwoLines primary={<span style={struck(q)}>{q.productName}</span>} secondary={productTypeLabel(q.productType)} />,
    },
    { key: 'spec', title: t('leadsSeller.proposals.spec'), width: 120, render: (_, q) => <span style={struck(q)}>{q.specName}</span> },
    {
      key: 'period',
      title: t('leadsSeller.proposals.period'),
      width: 88,
      render: (_, q) => <span style={struck(q)}>{t(`leadsSeller.proposalForm.periods.${q.unit}`, { count: q.duration })}</span>,
    },
    { key: 'quantity', title: t('leadsSeller.proposals.quantity'), width: 64, align: 'right', render: (_, q) => <span style={struck(q)}>{q.quantity}</span> },
    {
      key: 'listPrice',
      title: t('leadsSeller.proposals.listPrice'),
      width: 112,
      align: 'right',
      render: (_, q) => <Typography.Text type="secondary">{formatFen(q.listPriceFen)}</Typography.Text>,
    },
    {
      key: 'price',
      title: t('leadsSeller.proposals.price'),
      width: 112,
      align: 'right',
      render: (_, q) => (
        <Typography.Text strong={q.status === 'active'} style={struck(q)}>
          {formatFen(q.priceFen)}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('common.status'),
      width: 120,
      render: (_, q) => (
        <TwoLines
          primary={<Tag color={q.status === 'active' ? 'success' : 'default'}>{t(`leadsSeller.proposals.quoteStatuses.${q.status}`)}</Tag>}
          secondary={q.revokedAt ? beijingText(q.revokedAt, 16) : q.orderId ? `${t('leadsSeller.proposals.order')} ${q.orderId}` : null}
        />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 72,
      fixed: 'right',
      render: (_, q) =>
        editable && q.status === 'active' ? (
          <Popconfirm
            title={t('leadsSeller.proposals.revokeConfirm', { name: `${q.productName} / ${q.specName}` })}
            description={t('leadsSeller.proposals.revokeExplain')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRevoke(q)}
          >
            <Button type="link" size="small" danger style={{ paddingInline: 0 }} loading={revoke.isPending && revoke.variables?.quoteId === q.id}>
              {t('leadsSeller.proposals.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Card
      size="small"
      type="inner"
      data-testid="proposal"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{p.name}</span>
          <Tag color={proposalColor[p.status]}>{t(`leadsSeller.proposals.statuses.${p.status}`)}</Tag>
        </Flex>
      }
      extra={
        <Flex gap={12} align="center">
          <Typography.Text>
            {t('leadsSeller.proposals.total')} <Typography.Text strong>{formatFen(quoteTotalFen(p.quotes))}</Typography.Text>
          </Typography.Text>
          {editable ? (
            <Button size="small" icon={<PlusOutlined />} onClick={onAddQuote}>
              {t('leadsSeller.proposals.addQuote')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('leadsSeller.proposals.createdAt')}>{beijingText(p.createdAt, 16)}</Descriptions.Item>
        {p.paidAt ? <Descriptions.Item label={t('leadsSeller.proposals.paidAt')}>{beijingText(p.paidAt, 16)}</Descriptions.Item> : null}
        <Descriptions.Item label={t('leadsSeller.proposals.contract')}>
          {p.contract ? (
            <a href={fileUrl(p.contract.fileId)} target="_blank" rel="noreferrer">
              <FilePdfOutlined /> {p.contract.name}
            </a>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('leadsSeller.proposals.remark')} span="filled">
          {p.remark ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <Table<Quote>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...p.quotes]}
        pagination={false}
        scroll={{ x: columnsWidth(columns) }}
        aria-label={p.name}
      />
    </Card>
  );
}
