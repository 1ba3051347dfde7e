import { billingModes, postpaidAllowed, productTypes, type BillingMode, type ProductType, type SellerProductDetail } from '@cloudmart/contracts';
import { Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale } from '../../shared/i18n';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { LiveSelect } from './LiveSelect';
import { MediaField } from './MediaField';
import { useCategoryOptions, useCreateProduct, useUpdateProduct } from './products.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface BasicValues {
  type: ProductType;
  billing: BillingMode;
  categoryId: string;
  name: string;
  summary?: string;
  description?: string;
  customerCases?: string;
  qualification?: string;
  imageFileIds: string[];
  videoFileIds: string[];
  liveId?: string | null;
}

function valuesOf(p: SellerProductDetail): BasicValues {
  return {
    type: p.type,
    billing: p.billing,
    categoryId: p.categoryId,
    name: p.name,
    summary: p.summary,
    description: p.description,
    customerCases: p.customerCases,
    qualification: p.qualification,
    imageFileIds: p.imageFileIds,
    videoFileIds: p.videoFileId ? [p.videoFileId] : [],
    liveId: p.liveId,
  };
}

const text = (v: string | undefined) => v?.trim() ?? '';

/** Create (product null) or edit the product's texts and media. Listed products keep type, billing and category. */
export function ProductBasicForm({ product, editable }: { product: SellerProductDetail | null; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const report = useCommerceReporter();
  const [form] = Form.useForm<BasicValues>();
  const categories = useCategoryOptions();
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const type = Form.useWatch('type', form);
  const pending = create.isPending || update.isPending;
  const locked = product !== null;
  const categoryLocked = product !== null && product.status !== 'draft';

  useEffect(() => {
    form.resetFields();
    if (product) form.setFieldsValue(valuesOf(product));
  }, [form, product]);

  useEffect(() => {
    if (type && !postpaidAllowed(type) && form.getFieldValue('billing') === 'postpaid') form.setFieldValue('billing', 'prepaid');
  }, [type, form]);

  const onFinish = (v: BasicValues) => {
    const content = {
      categoryId: v.categoryId,
      name: v.name.trim(),
      summary: text(v.summary),
      description: text(v.description),
      customerCases: text(v.customerCases),
      qualification: text(v.qualification),
      imageFileIds: v.imageFileIds,
      videoFileId: v.videoFileIds[0] ?? null,
      liveId: v.liveId ?? null,
    };
    if (!product) {
      create.mutate(
        { ...content, type: v.type, billing: v.billing },
        {
          onSuccess: (reply) => {
            void message.success(t('commerce.editor.created'));
            void navigate(`/seller/products/${encodeURIComponent(reply.id)}#specs`, { replace: true });
          },
          onError: (err) => report(err, form),
        },
      );
      return;
    }
    const body = categoryLocked ? { ...content, categoryId: undefined } : content;
    update.mutate({ id: product.id, body }, { onSuccess: () => void message.success(t('common.saved')), onError: (err) => report(err, form) });
  };

  const zh = currentLocale() === 'zh-CN';
  const half = { xs: 24, md: 12 };
  return (
    <Card title={t('commerce.editor.basicInfo')}>
      <Form<BasicValues>
        form={form}
        name="productBasic"
        layout="vertical"
        onFinish={onFinish}
        disabled={!editable || pending}
        initialValues={{ type: 'saas', billing: 'prepaid', imageFileIds: [], videoFileIds: [] }}
      >
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="type"
              label={t('commerce.products.type')}
              rules={[{ required: true }]}
              extra={locked ? t('commerce.editor.typeLocked') : undefined}
            >
              <Select disabled={locked} options={productTypes.map((v) => ({ value: v, label: t(`commerce.products.types.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="billing" label={t('commerce.products.billing')} rules={[{ required: true }]}>
              <Select
                disabled={locked}
                options={billingModes.map((v) => ({
                  value: v,
                  label: t(`commerce.products.billings.${v}`),
                  disabled: v === 'postpaid' && !!type && !postpaidAllowed(type),
                }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="name"
              label={t('commerce.products.name')}
              rules={[
                { required: true, whitespace: true },
                { max: 100, message: t('validation.tooLong') },
              ]}
            >
              <Input showCount maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="categoryId" label={t('commerce.products.category')} rules={[{ required: true }]}>
              <Select
                disabled={categoryLocked}
                loading={categories.isPending}
                showSearch={{ optionFilterProp: 'label' }}
                options={(categories.data ?? []).map((c) => ({ value: c.id, label: zh ? c.nameZh : c.nameEn }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('commerce.editor.summary')} rules={[{ max: 300, message: t('validation.tooLong') }]}>
          <Input.TextArea rows={2} showCount maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('commerce.editor.description')} rules={[{ max: 20_000, message: t('validation.tooLong') }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="customerCases" label={t('commerce.editor.customerCases')} rules={[{ max: 10_000, message: t('validation.tooLong') }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="qualification" label={t('commerce.editor.qualification')} rules={[{ max: 5_000, message: t('validation.tooLong') }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="imageFileIds" label={t('commerce.editor.images')} extra={t('commerce.editor.imagesHelp')}>
          <MediaField purpose="image" max={10} disabled={!editable} id="productBasic_imageFileIds" />
        </Form.Item>
        <Form.Item name="videoFileIds" label={t('commerce.editor.video')} extra={t('commerce.editor.videoHelp')}>
          <MediaField purpose="video" max={1} disabled={!editable} id="productBasic_videoFileIds" />
        </Form.Item>
        <Form.Item name="liveId" label={t('commerce.editor.live')} extra={t('commerce.editor.liveHelp')}>
          <LiveSelect disabled={!editable} current={product?.liveId ?? null} />
        </Form.Item>
        {editable ? (
          <Flex justify="end">
            <Button type="primary" htmlType="submit" loading={pending}>
              {product ? t('common.save') : t('common.create')}
            </Button>
          </Flex>
        ) : null}
      </Form>
    </Card>
  );
}
