import { PlusOutlined } from '@ant-design/icons';
import type { HostedProductRow } from '@cloudmart/contracts';
import { Alert, Button, Card, Col, Form, Input, Row, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { trimmed } from '../../shared/list-state';
import { listEmpty, listPagination } from '../../shared/ui/commerce-ui';
import { formatDateTime } from '../../shared/ui/format';
import { ListFilterForm } from '../../shared/ui/ListFilterForm';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SectionGate } from '../../shared/ui/SectionGate';
import { columnsWidth } from '../../shared/ui/table-width';
import { useCurrentUser } from '../accounts/auth.queries';
import { ReviewStatusTag } from './hosting-parts';
import { hostingSection } from './hosting.section';
import {
  hostedProductPath,
  hostingParams,
  hostingStateFrom,
  hostingWizardPath,
  useHostedProducts,
  useHostingOverview,
  type HostingListState,
} from './hosting.queries';

type Search = { code?: string; name?: string };
const toValues = (f: Search): Search => ({ ...f });
const toFilters = (v: Partial<Search>): Search => ({ code: trimmed(v.code), name: trimmed(v.name) });

/** 继续提交 applies while either review can still be submitted by the seller. */
function canContinue(r: HostedProductRow): boolean {
  const arch = r.architectureStatus;
  if (arch === 'not_submitted' || arch === 'rejected') return true;
  return arch === 'approved' && (r.hostingStatus === 'not_submitted' || r.hostingStatus === 'rejected');
}

export function HostingPage() {
  return (
    <SectionGate sections={[hostingSection]}>
      <HostingContent />
    </SectionGate>
  );
}

/** 商品 > 产品托管 (guide 1): 概览 and 产品列表 with 继续提交 / 查看. */
function HostingContent() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canManage = can(me, 'hosting.manage');
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => hostingStateFrom(params), [params]);
  const go = (next: HostingListState) => setParams(hostingParams(next));
  const list = useHostedProducts(state);
  const overview = useHostingOverview();
  const filtered = Boolean(state.filters.code || state.filters.name);

  const stats = [
    ['products', 'productsHint'],
    ['containers', 'containersHint'],
    ['apps', 'appsHint'],
    ['risks', 'risksHint'],
  ] as const;

  const columns: ColumnsType<HostedProductRow> = [
    { title: t('hosting.list.code'), dataIndex: 'code', width: 100 },
    {
      title: t('hosting.list.name'),
      dataIndex: 'name',
      width: 220,
      render: (name: string, r) => (
        <Space direction="vertical" size={0}>
          <Link to={hostedProductPath(r.id)}>{name}</Link>
          {r.linkedProduct ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('hosting.list.linkedOf', { name: r.linkedProduct.name })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('hosting.list.architecture'),
      dataIndex: 'architectureStatus',
      width: 140,
      render: (s: HostedProductRow['architectureStatus']) => <ReviewStatusTag status={s} />,
    },
    {
      title: t('hosting.list.hosting'),
      dataIndex: 'hostingStatus',
      width: 140,
      render: (s: HostedProductRow['hostingStatus']) => <ReviewStatusTag status={s} />,
    },
    { title: t('hosting.list.createdAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => formatDateTime(v) },
    {
      title: t('hosting.list.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, r) => (
        <Space size={12}>
          {canManage && canContinue(r) ? <Link to={hostingWizardPath(r.id)}>{t('hosting.list.continue')}</Link> : null}
          <Link to={hostedProductPath(r.id)}>{t('hosting.list.view')}</Link>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('hosting.title')}
        extra={
          canManage ? (
            <Link to={hostingWizardPath()}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('hosting.list.add')}
              </Button>
            </Link>
          ) : null
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('hosting.intro')} description={t('hosting.saasOnly')} />
      <Card title={t('hosting.overview.title')} style={{ marginBottom: 16 }}>
        <Row gutter={[16, 16]}>
          {stats.map(([k, hint]) => (
            <Col key={k} xs={12} lg={6}>
              <Tooltip title={t(`hosting.overview.${hint}`)}>
                <Statistic title={t(`hosting.overview.${k}`)} value={overview.data?.[k] ?? 0} loading={overview.isLoading} />
              </Tooltip>
            </Col>
          ))}
        </Row>
      </Card>
      <Card title={t('hosting.list.title')}>
        <ListFilterForm<Search, Search>
          name="hostingFilters"
          ariaLabel={t('hosting.list.filters')}
          value={{ code: state.filters.code, name: state.filters.name }}
          toValues={toValues}
          toFilters={toFilters}
          onSearch={(f) => go({ filters: f, page: 1, pageSize: state.pageSize })}
          loading={list.isFetching}
          actions="cell"
        >
          <Form.Item name="code" label={t('hosting.list.code')} rules={[{ pattern: /^\d{0,20}$/, message: t('hosting.list.codeInvalid') }]}>
            <Input allowClear inputMode="numeric" />
          </Form.Item>
          <Form.Item name="name" label={t('hosting.list.name')} rules={[{ max: 60, message: t('hosting.wizard.tooLong', { max: 60 }) }]}>
            <Input allowClear />
          </Form.Item>
        </ListFilterForm>
        <Table<HostedProductRow>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: columnsWidth(columns) }}
          size="middle"
          aria-label={t('hosting.list.title')}
          locale={{ emptyText: listEmpty(t, list.error, filtered ? t('hosting.list.emptyFiltered') : t('hosting.list.empty')) }}
          pagination={listPagination(t, state, list.data?.total, go)}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {`${t('hosting.wizard.archDays')} ${t('hosting.wizard.hostingDays')}`}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
