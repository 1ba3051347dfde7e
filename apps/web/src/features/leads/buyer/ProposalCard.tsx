import { FileTextOutlined } from '@ant-design/icons';
import type { Proposal, Quote } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fileUrl } from '../../../shared/api/files';
import { formatFen } from '../../../shared/money';
import { formatDateTime } from '../../../shared/ui/format';
import { columnsWidth } from '../../../shared/ui/table-width';
import { activeQuotes, isPayable } from './demand-format';

const struck = (q: Quote) => (q.status === 'revoked' ? { textDecoration: 'line-through' } : undefined);

function quoteColumns(t: TFunction, orderLinks: boolean): TableColumnsType<Quote> {
  return [
    {
      key: 'product',
      title: t('leadsBuyer.proposal.product'),
      width: 220,
      ellipsis: true,
      render: (_, q) => <Typography.Text style={struck(q)}>{q.productName}</Typography.Text>,
    },
    { key: 'spec', title: t('leadsBuyer.proposal.spec'), width: 140, ellipsis: true, render: (_, q) => <span style={struck(q)}>{q.specName}</span> },
    {
      key: 'term',
      title: t('leadsBuyer.proposal.term'),
      width: 110,
      render: (_, q) => <span style={struck(q)}>{t(`leadsBuyer.units.${q.unit}`, { count: q.duration })}</span>,
    },
    { key: 'quantity', title: t('leadsBuyer.proposal.quantity'), width: 70, align: 'right', render: (_, q) => <span style={struck(q)}>{q.quantity}</span> },
    {
      key: 'listPrice',
      title: t('leadsBuyer.proposal.listPrice'),
      width: 120,
      align: 'right',
      render: (_, q) => <Typography.Text type="secondary">{formatFen(q.listPriceFen)}</Typography.Text>,
    },
    {
      key: 'price',
      title: t('leadsBuyer.proposal.price'),
      width: 120,
      align: 'right',
      render: (_, q) => (
        <Typography.Text strong={q.status === 'active'} delete={q.status === 'revoked'}>
          {formatFen(q.priceFen)}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('leadsBuyer.proposal.quoteStatus'),
      width: 100,
      render: (_, q) => (q.status === 'revoked' ? <Tag>{t('leadsBuyer.proposal.revoked')}</Tag> : <Tag color="blue">{t('leadsBuyer.proposal.active')}</Tag>),
    },
    ...(orderLinks
      ? [
          {
            key: 'order',
            title: t('leadsBuyer.proposal.order'),
            width: 120,
            render: (_: unknown, q: Quote) =>
              q.orderId ? <Link to={`/buyer/orders/${encodeURIComponent(q.orderId)}`}>{t('leadsBuyer.proposal.order')}</Link> : t('common.none'),
          },
        ]
      : []),
  ];
}

const proposalStatusColor = { sent: 'gold', paying: 'processing', paid: 'success' } as const;

/**
 * A proposal as the buyer sees it ("方案提交成功后，用户可以在客户控制台查看方案并一键支付"): its
 * quotes (revoked ones struck through, never paid), the total of the active ones, and 一键支付.
 */
/** The buyer's proposals name their seller; the operator's console shows the same card without 一键支付. */
type ShownProposal = Proposal & { sellerName?: string };

export function ProposalCard<P extends ShownProposal>({ proposal: p, onPay, paying }: { proposal: P; onPay?: (p: P) => void; paying?: boolean }) {
  const { t } = useTranslation();
  const cols = quoteColumns(
    t,
    p.quotes.some((q) => q.orderId),
  );
  const count = activeQuotes(p).length;
  const payable = isPayable(p) && onPay;
  return (
    <Card
      type="inner"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{p.name}</span>
          <Tag color={proposalStatusColor[p.status]}>{t(`leadsBuyer.proposal.statuses.${p.status}`)}</Tag>
        </Flex>
      }
      extra={
        <Flex gap={12} align="center">
          <Typography.Text>
            {t('leadsBuyer.proposal.total')}{' '}
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="proposal-total">
              {formatFen(p.totalFen)}
            </Typography.Text>
          </Typography.Text>
          {payable ? (
            <Popconfirm
              title={t('leadsBuyer.proposal.payConfirmTitle', { name: p.name })}
              description={t('leadsBuyer.proposal.payConfirm', { count, total: formatFen(p.totalFen) })}
              onConfirm={() => onPay(p)}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
            >
              <Button type="primary" loading={paying}>
                {p.status === 'paying' ? t('leadsBuyer.proposal.payAgain') : t('leadsBuyer.proposal.pay')}
              </Button>
            </Popconfirm>
          ) : p.status === 'paid' ? (
            <Typography.Text type="success">{t('leadsBuyer.proposal.paidAt', { time: formatDateTime(p.paidAt) })}</Typography.Text>
          ) : null}
        </Flex>
      }
      style={{ marginBottom: 12 }}
      data-testid="proposal-card"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 12 }}
        items={[
          ...(p.sellerName ? [{ key: 'seller', label: t('leadsBuyer.proposal.seller'), children: p.sellerName }] : []),
          { key: 'createdAt', label: t('leadsBuyer.proposal.createdAt'), children: formatDateTime(p.createdAt) },
          {
            key: 'contract',
            label: t('leadsBuyer.proposal.contract'),
            children: p.contract ? (
              <a href={fileUrl(p.contract.fileId)} target="_blank" rel="noreferrer">
                <FileTextOutlined /> {p.contract.name}
              </a>
            ) : (
              t('common.none')
            ),
          },
          ...(p.remark ? [{ key: 'remark', label: t('leadsBuyer.proposal.remark'), children: p.remark, span: 'filled' as const }] : []),
        ]}
      />
      <Table<Quote> rowKey="id" size="small" columns={cols} dataSource={p.quotes} pagination={false} scroll={{ x: columnsWidth(cols) }} aria-label={p.name} />
      {!count && p.status !== 'paid' ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('leadsBuyer.proposal.nothingToPay')}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
