import { LIVE_INTRO_MAX, LIVE_MAX_KEYWORDS, liveModes, type LiveMode } from '@cloudmart/contracts';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Radio, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCommerceReporter } from '../../../shared/ui/commerce-ui';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { beijingIso, beijingPickerValue } from '../../promotions/promotion-time';
import { livePagePath, useLive, useSaveLive } from '../live.queries';
import { CoverField } from './CoverField';
import { ProductPicker } from './ProductPicker';
import { useFeedback } from '../../../shared/ui/feedback';

interface LiveValues {
  name: string;
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  mode: LiveMode;
  keywords?: string;
  intro?: string;
  productId?: string | null;
  couponId?: string;
  coverFileId?: string;
}

export const keywordCount = (s: string | undefined) => (s ?? '').trim().split(/\s+/).filter(Boolean).length;

/** 创建直播 / 编辑直播 (guide 2.11.2): every field of the guide, worded as it words them. */
export function LiveFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const [form] = Form.useForm<LiveValues>();
  const live = useLive(id);
  const save = useSaveLive(id);
  const d = live.data;

  useEffect(() => {
    if (!d) return;
    form.setFieldsValue({
      name: d.name,
      startsAt: beijingPickerValue(d.startsAt),
      endsAt: beijingPickerValue(d.endsAt),
      mode: d.mode,
      keywords: d.keywords,
      intro: d.intro,
      productId: d.product?.id ?? null,
      couponId: d.coupon?.id ?? '',
      coverFileId: d.coverFileId,
    });
  }, [d, form]);

  if (id && !d) return <Spin />;
  const locked = d?.status === 'approved';

  const onFinish = (v: LiveValues) => {
    if (!v.startsAt || !v.endsAt || !v.coverFileId) return;
    save.mutate(
      {
        name: v.name.trim(),
        startsAt: beijingIso(v.startsAt),
        endsAt: beijingIso(v.endsAt),
        mode: v.mode,
        keywords: (v.keywords ?? '').trim(),
        intro: (v.intro ?? '').trim(),
        productId: v.productId ?? null,
        couponId: v.couponId?.trim() || null,
        coverFileId: v.coverFileId,
      },
      {
        onSuccess: (saved) => {
          void message.success(t('live.form.saved'));
          void navigate(livePagePath(saved.id), { replace: true });
        },
        onError: (err) => report(err, form, { live_product_unknown: 'productId', live_coupon_unknown: 'couponId' }),
      },
    );
  };

  return (
    <>
      <PageHeader title={id ? t('live.edit') : t('live.create')} before={<Link to={id ? livePagePath(id) : '/seller/lives'}>← {t('live.back')}</Link>} />
      {d?.status === 'rejected' ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('live.form.rejectedNote', { reason: d.rejectReason ?? '' })} />
      ) : null}
      {locked ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('live.form.notEditable')} /> : null}
      <Card>
        <Form<LiveValues>
          form={form}
          name="live"
          layout="horizontal"
          labelCol={{ flex: '140px' }}
          wrapperCol={{ flex: 'auto' }}
          style={{ maxWidth: 900 }}
          initialValues={{ mode: 'realtime', keywords: '', intro: '', couponId: '' }}
          disabled={locked}
          onFinish={onFinish}
        >
          <Form.Item
            name="name"
            label={t('live.form.name')}
            rules={[{ required: true, whitespace: true, message: t('live.form.namePlaceholder') }, { max: 60 }]}
          >
            <Input placeholder={t('live.form.namePlaceholder')} maxLength={60} />
          </Form.Item>
          <Form.Item name="startsAt" label={t('live.form.startsAt')} rules={[{ required: true, message: t('live.form.timePlaceholder') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={t('live.form.timePlaceholder')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={t('live.form.endsAt')}
            dependencies={['startsAt']}
            rules={[
              { required: true, message: t('live.form.timePlaceholder') },
              ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | null) => {
                  const s = getFieldValue('startsAt') as Dayjs | null;
                  return !v || !s || v.isAfter(s) ? Promise.resolve() : Promise.reject(new Error(t('live.form.endAfterStart')));
                },
              }),
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={t('live.form.timePlaceholder')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="mode" label={t('live.form.mode')} required>
            <Radio.Group>
              <Space direction="vertical">
                {liveModes.map((m) => (
                  <Radio key={m} value={m}>
                    {t(`live.modes.${m}`)}
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t(`live.modeHints.${m}`)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="keywords"
            label={t('live.form.keywords')}
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  keywordCount(v) <= LIVE_MAX_KEYWORDS ? Promise.resolve() : Promise.reject(new Error(t('live.form.keywordsTooMany'))),
              },
            ]}
          >
            <Input placeholder={t('live.form.keywordsPlaceholder')} maxLength={200} />
          </Form.Item>
          <Form.Item name="intro" label={t('live.form.intro')}>
            <Input.TextArea placeholder={t('live.form.introPlaceholder')} rows={5} showCount maxLength={LIVE_INTRO_MAX} />
          </Form.Item>
          <Form.Item name="productId" label={t('live.form.product')}>
            <ProductPicker current={d?.product ?? null} />
          </Form.Item>
          <Form.Item name="couponId" label={t('live.form.coupon')} extra={t('live.form.couponHelp')}>
            <Input placeholder={t('live.form.couponPlaceholder')} maxLength={64} style={{ maxWidth: 360 }} />
          </Form.Item>
          <Form.Item name="coverFileId" label={t('live.form.cover')} rules={[{ required: true, message: t('live.form.coverRequired') }]}>
            <CoverField />
          </Form.Item>
          {!locked ? (
            <Flex justify="end" align="center" gap={16}>
              <Typography.Text type="secondary">{t('live.form.reviewNote')}</Typography.Text>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {id ? t('live.form.submitSave') : t('live.form.submitCreate')}
              </Button>
            </Flex>
          ) : null}
        </Form>
      </Card>
    </>
  );
}
