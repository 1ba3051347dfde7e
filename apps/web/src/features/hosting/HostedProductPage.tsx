import type { HostedProductDetail } from '@cloudmart/contracts';
import { Button, Card, Col, Descriptions, Empty, Flex, Popconfirm, Row, Select, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../shared/access';
import { useErrorReporter } from '../../shared/api/errors';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { SectionGate } from '../../shared/ui/SectionGate';
import { useCurrentUser } from '../accounts/auth.queries';
import { productPath } from '../store/store.queries';
import { FileLink, OptionTags, ReviewDays, ReviewStatusTag } from './hosting-parts';
import { hostingSection } from './hosting.section';
import { hostingPath, hostingWizardPath, useHostedProduct, useLink, useLinkableProducts, useUnlink } from './hosting.queries';
import { useFeedback } from '../../shared/ui/feedback';

export function HostedProductPage() {
  return (
    <SectionGate sections={[hostingSection]}>
      <Detail />
    </SectionGate>
  );
}

function Detail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const product = useHostedProduct(id);
  if (product.isLoading) return <LoadingBlock />;
  if (product.error || !product.data) return <LoadError error={product.error} onRetry={() => void product.refetch()} />;
  const p = product.data;
  const canManage = can(me, 'hosting.manage');
  return (
    <>
      <PageHeader
        title={t('hosting.detail.titleOf', { name: p.name })}
        before={<Link to={hostingPath}>{t('hosting.wizard.back')}</Link>}
        extra={
          canManage && p.editable ? (
            <Link to={hostingWizardPath(p.id)}>
              <Button type="primary">
                {p.architectureStatus === 'rejected' || p.hostingStatus === 'rejected' ? t('hosting.detail.edit') : t('hosting.detail.continue')}
              </Button>
            </Link>
          ) : null
        }
      />
      <HostedProductView product={p} />
      <LinkCard product={p} canManage={canManage} />
    </>
  );
}

/** Both reviews with their statuses, reasons and files, and the review log; the operator's drawer shows the same. */
export function HostedProductView({ product: p, operator = false }: { product: HostedProductDetail; operator?: boolean }) {
  const { t } = useTranslation();
  const a = p.architecture;
  const h = p.hosting;
  const reviewItems = (r: HostedProductDetail['architecture'] | HostedProductDetail['hosting'], kind: 'architecture' | 'hosting') => [
    { key: 's', label: t('hosting.detail.status'), children: <ReviewStatusTag status={r.status} /> },
    ...(r.status === 'pending' ? [{ key: 'e', label: t('hosting.detail.expectedBy'), children: <ReviewDays kind={kind} expectedBy={r.expectedBy} /> }] : []),
    ...(r.reason ? [{ key: 'r', label: t('hosting.detail.reason'), children: r.reason }] : []),
    { key: 'sub', label: t('hosting.detail.submittedAt'), children: formatDateTime(r.submittedAt) },
    { key: 'dec', label: t('hosting.detail.decidedAt'), children: formatDateTime(r.decidedAt) },
  ];
  return (
    <Flex vertical gap={16} style={{ marginBottom: 16 }}>
      <Card title={t('hosting.detail.basic')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'code', label: t('hosting.list.code'), children: p.code },
            { key: 'name', label: t('hosting.list.name'), children: p.name },
            { key: 'form', label: t('hosting.wizard.form'), children: 'SaaS' },
            { key: 'created', label: t('hosting.list.createdAt'), children: formatDateTime(p.createdAt) },
            ...(operator ? [{ key: 'seller', label: t('hosting.detail.seller'), children: p.seller.name }] : []),
            {
              key: 'desc',
              label: t('hosting.wizard.description'),
              span: 2,
              children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p.description}</Typography.Text>,
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={operator ? 24 : 12}>
          <Card title={t('hosting.detail.architecture')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              items={[
                ...reviewItems(a, 'architecture'),
                { key: 'sys', label: t('hosting.wizard.systemArch'), children: <FileLink file={a.systemArchFile} /> },
                { key: 'dep', label: t('hosting.wizard.deployArch'), children: <FileLink file={a.deployArchFile} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={operator ? 24 : 12}>
          <Card title={t('hosting.detail.hosting')} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              items={[
                ...reviewItems(h, 'hosting'),
                { key: 'opt', label: t('hosting.detail.options'), children: <OptionTags options={h.options} /> },
                { key: 'sec', label: t('hosting.wizard.securityReport'), children: <FileLink file={h.securityReportFile} /> },
                { key: 'scan', label: t('hosting.wizard.scanReport'), children: <FileLink file={h.scanReportFile} /> },
                { key: 'pts', label: t('hosting.wizard.loadReport'), children: <FileLink file={h.loadTestReportFile} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('hosting.detail.log')}>
        {p.reviews.length ? (
          <Timeline
            items={p.reviews.map((r, i) => ({
              key: i,
              color: r.action === 'approved' ? 'green' : r.action === 'rejected' ? 'red' : 'blue',
              children: (
                <>
                  <Typography.Text strong>{`${t(`hosting.detail.${r.kind}`)} · ${t(`hosting.detail.actions.${r.action}`)}`}</Typography.Text>
                  <Typography.Text type="secondary">{`  ${formatDateTime(r.at)} · ${r.actorName || t('hosting.detail.marketplace')}`}</Typography.Text>
                  {r.reason ? <div>{r.reason}</div> : null}
                </>
              ),
            }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hosting.detail.logEmpty')} />
        )}
      </Card>
    </Flex>
  );
}

/** 关联商品: a hosting-approved product links one of the seller's listed SaaS products (one to one). */
function LinkCard({ product: p, canManage }: { product: HostedProductDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const approved = p.hostingStatus === 'approved';
  const linkable = useLinkableProducts(p.id, approved && canManage && !p.linkedProduct);
  const link = useLink(p.id);
  const unlink = useUnlink(p.id);
  const [picked, setPicked] = useState<string | undefined>();
  return (
    <Card title={t('hosting.detail.link')}>
      <Typography.Paragraph type="secondary">{approved ? t('hosting.detail.linkIntro') : t('hosting.detail.linkNeedsApproval')}</Typography.Paragraph>
      {p.linkedProduct ? (
        <Space wrap>
          <Typography.Text>{t('hosting.detail.linkedLabel')}</Typography.Text>
          <Link to={productPath(p.linkedProduct.code)}>{t('hosting.detail.productOf', { name: p.linkedProduct.name, code: p.linkedProduct.code })}</Link>
          {canManage ? (
            <Popconfirm
              title={t('hosting.detail.unlinkConfirm')}
              onConfirm={() => unlink.mutate(undefined, { onSuccess: () => void message.success(t('hosting.detail.unlinkedOk')), onError: (e) => report(e) })}
            >
              <Button danger loading={unlink.isPending}>
                {t('hosting.detail.unlink')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : approved && canManage ? (
        <Space wrap>
          <Select
            style={{ width: 320 }}
            aria-label={t('hosting.detail.linkPick')}
            placeholder={t('hosting.detail.linkPick')}
            loading={linkable.isLoading}
            value={picked}
            onChange={setPicked}
            notFoundContent={t('hosting.detail.noLinkable')}
            options={(linkable.data ?? []).map((o) => ({ value: o.id, label: t('hosting.detail.productOf', { name: o.name, code: o.code }) }))}
          />
          <Button
            type="primary"
            disabled={!picked}
            loading={link.isPending}
            onClick={() => picked && link.mutate(picked, { onSuccess: () => void message.success(t('hosting.detail.linkedOk')), onError: (e) => report(e) })}
          >
            {t('hosting.detail.linkDo')}
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}
