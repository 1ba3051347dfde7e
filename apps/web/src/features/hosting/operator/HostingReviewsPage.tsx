import { hostingReviewKinds, type HostingQueueRow, type HostingReviewKind } from '@cloudmart/contracts';
import { Button, Card, Drawer, Form, Input, Popconfirm, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorReporter } from '../../../shared/api/errors';
import { listEmpty } from '../../../shared/ui/commerce-ui';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { SectionGate } from '../../../shared/ui/SectionGate';
import { columnsWidth } from '../../../shared/ui/table-width';
import { HostedProductView } from '../HostedProductPage';
import { hostingSection } from '../hosting.section';
import { useDecide, useOperatorHosted, useReviewQueue } from '../hosting.queries';
import { useFeedback } from '../../../shared/ui/feedback';

export function HostingReviewsPage() {
  return (
    <SectionGate sections={[hostingSection]}>
      <Queues />
    </SectionGate>
  );
}

const isKind = (k: string | null): k is HostingReviewKind => (hostingReviewKinds as readonly string[]).includes(k ?? '');

/** 架构审核 / 托管审核 queues (guide 1: "审核需要1~3个工作日"): oldest first, each opened in a drawer to decide. */
function Queues() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('kind');
  const kind: HostingReviewKind = isKind(raw) ? raw : 'architecture';
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const queue = useReviewQueue(kind, page.page, page.pageSize);
  const [open, setOpen] = useState<string | null>(null);

  const columns: ColumnsType<HostingQueueRow> = [
    { title: t('hosting.list.code'), dataIndex: 'code', width: 110 },
    { title: t('hosting.list.name'), dataIndex: 'name', width: 200, ellipsis: true },
    { title: t('hosting.review.seller'), dataIndex: ['seller', 'name'], width: 160, ellipsis: true },
    { title: t('hosting.review.submittedAt'), dataIndex: 'submittedAt', width: 180, render: (v: string) => formatDateTime(v) },
    { title: t('hosting.review.expectedBy'), dataIndex: 'expectedBy', width: 180, render: (v: string | null) => formatDateTime(v) },
    {
      title: t('hosting.list.actions'),
      key: 'a',
      width: 100,
      fixed: 'right',
      render: (_, r) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(r.id)}>
          {t('hosting.review.open')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('hosting.review.title')} />
      <Card>
        <Typography.Paragraph type="secondary">{t('hosting.review.intro')}</Typography.Paragraph>
        <Tabs
          activeKey={kind}
          onChange={(k) => {
            setParams({ kind: k });
            setPage({ page: 1, pageSize: page.pageSize });
          }}
          items={hostingReviewKinds.map((k) => ({ key: k, label: t(`hosting.review.tabs.${k}`) }))}
        />
        <Typography.Paragraph type="secondary">{t(kind === 'architecture' ? 'hosting.wizard.archDays' : 'hosting.wizard.hostingDays')}</Typography.Paragraph>
        <Table<HostingQueueRow>
          rowKey="id"
          columns={columns}
          dataSource={queue.data?.items ?? []}
          loading={queue.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t(`hosting.review.tabs.${kind}`)}
          locale={{ emptyText: listEmpty(t, queue.error, t('hosting.review.empty')) }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: queue.data?.total ?? 0,
            showSizeChanger: true,
            onChange: (p, s) => setPage({ page: s === page.pageSize ? p : 1, pageSize: s }),
          }}
        />
      </Card>
      <ReviewDrawer id={open} kind={kind} onClose={() => setOpen(null)} />
    </>
  );
}

function ReviewDrawer({ id, kind, onClose }: { id: string | null; kind: HostingReviewKind; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const product = useOperatorHosted(id);
  const decide = useDecide();
  const [form] = Form.useForm<{ reason: string }>();
  const send = (decision: 'approve' | 'reject') => {
    if (!id) return;
    const reason = (form.getFieldValue('reason') as string | undefined)?.trim() ?? '';
    decide.mutate(
      { id, kind, body: { decision, reason } },
      {
        onSuccess: () => {
          void message.success(t(decision === 'approve' ? 'hosting.review.approved' : 'hosting.review.rejected'));
          form.resetFields();
          onClose();
        },
        onError: (e) => report(e, form),
      },
    );
  };
  const pending = product.data ? (kind === 'architecture' ? product.data.architectureStatus : product.data.hostingStatus) === 'pending' : false;
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      width={720}
      title={
        product.data ? t('hosting.review.drawerTitle', { kind: t(`hosting.review.tabs.${kind}`), name: product.data.name }) : t(`hosting.review.tabs.${kind}`)
      }
      destroyOnHidden
      footer={
        pending ? (
          <Form form={form} layout="vertical" name="hostingDecision">
            <Form.Item name="reason" label={t('hosting.review.reason')} rules={[{ max: 500, message: t('hosting.wizard.tooLong', { max: 500 }) }]}>
              <Input.TextArea rows={2} maxLength={500} placeholder={t('hosting.review.reasonPlaceholder')} />
            </Form.Item>
            <Space>
              <Popconfirm title={t('hosting.review.approveConfirm')} onConfirm={() => send('approve')}>
                <Button type="primary" loading={decide.isPending}>
                  {t('hosting.review.approve')}
                </Button>
              </Popconfirm>
              <Button
                danger
                loading={decide.isPending}
                onClick={() => {
                  const reason = (form.getFieldValue('reason') as string | undefined)?.trim();
                  if (!reason) {
                    form.setFields([{ name: 'reason', errors: [t('hosting.review.reasonRequired')] }]);
                    return;
                  }
                  send('reject');
                }}
              >
                {t('hosting.review.reject')}
              </Button>
            </Space>
          </Form>
        ) : null
      }
    >
      {product.isLoading ? (
        <LoadingBlock />
      ) : product.error ? (
        <LoadError error={product.error} />
      ) : product.data ? (
        <HostedProductView product={product.data} operator />
      ) : null}
    </Drawer>
  );
}
