import { strengthTiers, type StrengthTier, type WhatIfChange } from '@cloudmart/contracts';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Empty, Flex, InputNumber, Progress, Row, Space, Statistic, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatFen } from '../../shared/money';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SectionGate } from '../../shared/ui/SectionGate';
import { growthSection } from './growth.section';
import { useBenefits, useGrowthList, useProductStrength, useWhatIf } from './growth.queries';
import { StrengthRadar } from './StrengthRadar';

/** 商品 > 商品成长 (guide 3.3): ① tier tabs ② the tier's benefits ③ a product's score ④ advice ⑤ actions. */
export function GrowthPage() {
  return (
    <SectionGate sections={[growthSection]}>
      <Growth />
    </SectionGate>
  );
}

export const tierColor: Record<StrengthTier, string> = { excellent: 'gold', good: 'green', potential: 'blue', ordinary: 'default' };

function isTier(v: string | null): v is StrengthTier {
  return strengthTiers.some((x) => x === v);
}

function Growth() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tierParam = params.get('tier');
  const tier: StrengthTier = isTier(tierParam) ? tierParam : 'excellent';
  const productId = params.get('product');
  const list = useGrowthList(tier);
  const set = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === null) p.delete(k);
      else p.set(k, v);
    }
    setParams(p, { replace: true });
  };
  // no tier chosen yet: open on the best tier that holds products, not on an empty tab
  const counts = list.data?.counts;
  const firstHeld = counts ? strengthTiers.find((k) => counts[k] > 0) : undefined;
  useEffect(() => {
    if (!isTier(tierParam) && firstHeld && firstHeld !== tier) set({ tier: firstHeld });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the counts first arrive
  }, [firstHeld, tierParam]);
  return (
    <div>
      <PageHeader title={t('growth.title')} />
      <Typography.Paragraph type="secondary">{t('growth.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tier}
        onChange={(k) => set({ tier: k, product: null })}
        items={strengthTiers.map((k) => ({
          key: k,
          label: (
            <Space size={6}>
              {t(`growth.tiers.${k}`)}
              <Badge count={list.data?.counts[k] ?? 0} showZero color={k === 'ordinary' ? '#bfbfbf' : undefined} />
            </Space>
          ),
        }))}
      />
      <Typography.Text type="secondary">{t(`growth.tierRange.${tier}`)}</Typography.Text>
      <Row gutter={[16, 16]} style={{ marginTop: 12 }}>
        <Col xs={24} xxl={14}>
          <Card size="small" data-testid="growth-products">
            {list.isError ? (
              <LoadError error={list.error} onRetry={() => void list.refetch()} />
            ) : (
              <Table
                rowKey="productId"
                size="middle"
                loading={list.isLoading}
                dataSource={list.data?.items ?? []}
                pagination={false}
                locale={{
                  emptyText: <Empty description={Object.values(list.data?.counts ?? {}).some((n) => n > 0) ? t('growth.empty') : t('growth.emptyAll')} />,
                }}
                rowClassName={(r) => (r.productId === productId ? 'ant-table-row-selected' : '')}
                onRow={(r) => ({ onClick: () => set({ product: r.productId }), style: { cursor: 'pointer' } })}
                columns={[
                  { title: t('growth.product'), dataIndex: 'productName', ellipsis: true },
                  { title: t('growth.score'), dataIndex: 'total', width: 120, render: (v: number) => <Typography.Text strong>{v.toFixed(1)}</Typography.Text> },
                  {
                    title: t('growth.tier'),
                    dataIndex: 'tier',
                    width: 100,
                    render: (v: StrengthTier) => <Tag color={tierColor[v]}>{t(`growth.tiers.${v}`)}</Tag>,
                  },
                  {
                    title: t('growth.actions'),
                    key: 'a',
                    width: 300,
                    render: (_: unknown, r) => (
                      <Space size={4} wrap={false} style={{ whiteSpace: 'nowrap' }}>
                        <Button type="link" size="small" onClick={() => set({ product: r.productId })}>
                          {t('growth.details')}
                        </Button>
                        <Link to={`/seller/products/${encodeURIComponent(r.productId)}`} onClick={(e) => e.stopPropagation()}>
                          {t('growth.manage')}
                        </Link>
                        <Link to={`/store/products/${encodeURIComponent(r.productId)}`} onClick={(e) => e.stopPropagation()}>
                          {t('growth.view')}
                        </Link>
                      </Space>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xxl={10}>
          <BenefitsCard tier={tier} />
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>{productId ? <ProductStrengthPanel id={productId} /> : <Alert type="info" showIcon message={t('growth.pick')} />}</div>
      <BenefitMatrixCard />
    </div>
  );
}

function BenefitsCard({ tier }: { tier: StrengthTier }) {
  const { t } = useTranslation();
  const benefits = useBenefits();
  const held = (benefits.data ?? []).filter((b) => b.tiers.includes(tier));
  return (
    <Card size="small" title={t('growth.benefitsOf', { tier: t(`growth.tiers.${tier}`) })}>
      {benefits.isLoading ? <LoadingBlock /> : null}
      <Flex wrap gap={6}>
        {held.map((b) => (
          <Tag key={b.benefit} icon={<CheckOutlined />} color="success">
            {t(`growth.benefitNames.${b.benefit}`)}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

/** 专属权益 (guide 3.1): which tier holds which benefit, the whole matrix. */
function BenefitMatrixCard() {
  const { t } = useTranslation();
  const benefits = useBenefits();
  return (
    <Card size="small" title={t('growth.matrix')} style={{ marginTop: 16 }}>
      <Table
        size="small"
        rowKey="benefit"
        pagination={false}
        dataSource={benefits.data ?? []}
        columns={[
          { title: t('growth.benefitColumn'), dataIndex: 'benefit', width: 280, render: (b: string) => t(`growth.benefitNames.${b as 'aliyunPick'}`) },
          ...(['ordinary', 'potential', 'good', 'excellent'] as const).map((k) => ({
            title: t(`growth.tiers.${k}`),
            key: k,
            width: 120,
            align: 'center' as const,
            render: (_: unknown, r: { tiers: StrengthTier[] }) =>
              r.tiers.includes(k) ? (
                <CheckOutlined style={{ color: '#52c41a' }} aria-label={t('growth.yes')} />
              ) : (
                <CloseOutlined style={{ color: '#bfbfbf' }} aria-label={t('growth.no')} />
              ),
          })),
        ]}
      />
    </Card>
  );
}

const RATE = new Set(['payingBuyerRate', 'renewalRate', 'repurchaseRate', 'refundRate']);
const FLAG = new Set(['brandGreenChannel', 'hasCases', 'hasQualification', 'hasVideo', 'hasPromotion']);

function ProductStrengthPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useProductStrength(id);
  const [toggles, setToggles] = useState<Record<string, boolean>>({});
  const [nums, setNums] = useState<Record<string, number>>({});
  const changes = useMemo(() => {
    const out: WhatIfChange[] = [];
    for (const f of ['hasVideo', 'hasCases', 'hasQualification', 'hasPromotion'] as const) if (toggles[f]) out.push({ kind: 'set', factor: f, value: 1 });
    if (nums.renewalRate) out.push({ kind: 'add', factor: 'renewalRate', amount: nums.renewalRate / 100 });
    if (nums.fiveStarOrders) out.push({ kind: 'add', factor: 'fiveStarOrders', amount: nums.fiveStarOrders });
    if (nums.quotesSent) out.push({ kind: 'add', factor: 'quotesSent', amount: nums.quotesSent });
    if (nums.paidOrders) {
      out.push({ kind: 'add', factor: 'orderCount', amount: nums.paidOrders });
      out.push({ kind: 'add', factor: 'paidOrderCount', amount: nums.paidOrders });
    }
    return out;
  }, [toggles, nums]);
  const w = useWhatIf(id, changes);
  if (q.isLoading) return <LoadingBlock />;
  if (q.isError || !q.data) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  const dims = d.dimensions.map((x) => ({ ...x, label: t(`growth.dimensions.${x.dimension}`) }));
  const fmt = (factor: string, v: number) =>
    FLAG.has(factor)
      ? v > 0
        ? t('growth.yes')
        : t('growth.no')
      : RATE.has(factor)
        ? `${(v * 100).toFixed(1)}%`
        : factor === 'gmvFen'
          ? formatFen(v)
          : factor === 'avgStaySeconds'
            ? `${Math.round(v)} s`
            : String(v);
  return (
    <Card
      title={
        <Space>
          {d.productName}
          <Tag color={tierColor[d.tier]}>{t(`growth.tiers.${d.tier}`)}</Tag>
        </Space>
      }
      extra={
        <Space>
          <Link to={`/seller/products/${encodeURIComponent(d.productId)}`}>{t('growth.manage')}</Link>
          <Link to={`/store/products/${encodeURIComponent(d.productId)}`}>{t('growth.view')}</Link>
        </Space>
      }
      data-testid="strength-panel"
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={8}>
          <Statistic title={t('growth.score')} value={d.total} precision={1} />
          <Typography.Text type="secondary">
            {t('growth.day')}: {d.day}
          </Typography.Text>
          <StrengthRadar
            dims={dims}
            after={changes.length ? w.data?.after.dimensions : undefined}
            labels={{ now: t('growth.score'), after: t('growth.whatIfResult') }}
          />
          <Table
            size="small"
            rowKey="dimension"
            pagination={false}
            dataSource={dims}
            columns={[
              { title: t('growth.dimensionScore'), dataIndex: 'label' },
              { title: t('growth.score'), dataIndex: 'score', width: 90, render: (v: number) => v.toFixed(1) },
              { title: t('growth.share'), dataIndex: 'weight', width: 70, render: (v: number) => `${v.toFixed(0)}%` },
            ]}
          />
        </Col>
        <Col xs={24} lg={16}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('growth.advice')}
          </Typography.Title>
          {d.advice.length === 0 ? (
            <Typography.Paragraph>{t('growth.noAdvice')}</Typography.Paragraph>
          ) : (
            <ol style={{ paddingInlineStart: 20 }} data-testid="advice">
              {d.advice.map((a) => (
                <li key={a.code} style={{ marginBottom: 6 }}>
                  <Tag>{t(`growth.dimensions.${a.dimension}`)}</Tag>
                  {t(`growth.adviceText.${a.code as 'orders'}`)} <Typography.Text type="secondary">{t('growth.gain', { gain: a.gain })}</Typography.Text>{' '}
                  <Link to={a.link}>{t('growth.go')}</Link>
                </li>
              ))}
            </ol>
          )}
          <Card size="small" type="inner" title={t('growth.whatIf')} style={{ marginTop: 12 }} data-testid="what-if">
            <Typography.Paragraph type="secondary">{t('growth.whatIfHint')}</Typography.Paragraph>
            <Row gutter={[16, 8]}>
              {(['hasVideo', 'hasCases', 'hasQualification', 'hasPromotion'] as const).map((f) => (
                <Col xs={24} md={12} key={f}>
                  <Space>
                    <Switch
                      size="small"
                      checked={!!toggles[f]}
                      disabled={(d.factors.find((x) => x.factor === f)?.value ?? 0) > 0}
                      onChange={(v) => setToggles((s) => ({ ...s, [f]: v }))}
                      aria-label={t(`growth.whatIfItems.${f}`)}
                    />
                    {t(`growth.whatIfItems.${f}`)}
                  </Space>
                </Col>
              ))}
              {(['renewalRate', 'fiveStarOrders', 'quotesSent', 'paidOrders'] as const).map((f) => (
                <Col xs={24} md={12} key={f}>
                  <Space>
                    <InputNumber
                      size="small"
                      min={0}
                      max={f === 'renewalRate' ? 100 : 1000}
                      value={nums[f] ?? 0}
                      onChange={(v) => setNums((s) => ({ ...s, [f]: v ?? 0 }))}
                      aria-label={t(`growth.whatIfItems.${f}`)}
                      style={{ width: 80 }}
                    />
                    {t(`growth.whatIfItems.${f}`)}
                  </Space>
                </Col>
              ))}
            </Row>
            <div style={{ marginTop: 12 }} data-testid="what-if-result">
              {changes.length === 0 || !w.data ? (
                <Typography.Text type="secondary">{t('growth.whatIfNone')}</Typography.Text>
              ) : (
                <Space size="large">
                  <Statistic title={t('growth.whatIfResult')} value={w.data.after.total} precision={1} />
                  <Statistic
                    title="Δ"
                    value={w.data.delta}
                    precision={1}
                    prefix={w.data.delta >= 0 ? '+' : ''}
                    valueStyle={{ color: w.data.delta > 0 ? '#389e0d' : undefined }}
                  />
                  <Tag color={tierColor[w.data.after.tier]}>{t(`growth.tiers.${w.data.after.tier}`)}</Tag>
                </Space>
              )}
            </div>
          </Card>
        </Col>
      </Row>
      <Table
        style={{ marginTop: 16 }}
        size="small"
        rowKey="factor"
        pagination={false}
        dataSource={d.factors}
        columns={[
          { title: t('growth.dimensionScore'), dataIndex: 'dimension', width: 90, render: (v: string) => t(`growth.dimensions.${v as 'trade'}`) },
          { title: t('growth.factor'), dataIndex: 'factor', render: (v: string) => t(`growth.factors.${v as 'hasVideo'}`) },
          {
            title: t('growth.value'),
            dataIndex: 'value',
            width: 130,
            render: (v: number, r) => (r.applies ? fmt(r.factor, v) : <Typography.Text type="secondary">{t('growth.notApplicable')}</Typography.Text>),
          },
          {
            title: t('growth.normalised'),
            dataIndex: 'normalised',
            width: 160,
            render: (v: number, r) => (r.applies ? <Progress percent={Math.round(v * 100)} size="small" /> : null),
          },
        ]}
      />
    </Card>
  );
}
