import { ArrowLeftOutlined } from '@ant-design/icons';
import { discountTypes, type Discount } from '@cloudmart/contracts';
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Divider, Form, Input, InputNumber, Popconfirm, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { useErrorReporter } from '../../shared/api/errors';
import { formatFen, yuanToFen } from '../../shared/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useCurrentUser } from '../accounts/auth.queries';
import { DiscountConditionsFields } from './DiscountConditionsFields';
import { DiscountCreatedModal } from './DiscountCreatedModal';
import {
  amountExceedsPrice,
  discountFormValues,
  discountProblems,
  emptyDiscountForm,
  minPriceFen,
  termKey,
  termsOf,
  toDiscountBody,
  type DiscountFormValues,
} from './discount-form';
import { EffectiveStatusTag, PublishStatusTag } from './promotion-labels';
import { termText } from './promotion-format';
import { beijingText } from './promotion-time';
import { discountPagePath, useDiscount, usePromotionProducts, usePublishDiscount, useSaveDiscount, type PromotionProduct } from './promotions.queries';
import { useFeedback } from '../../shared/ui/feedback';

type Mode = 'create' | 'edit' | 'view';

/** /seller/discounts/new (also ?productId= from the product list's 设置优惠). */
export function DiscountCreatePage() {
  return <DiscountEditor mode="create" />;
}

/** /seller/discounts/:id/edit */
export function DiscountEditPage() {
  return <DiscountEditor mode="edit" />;
}

/** /seller/discounts/:id — 查看, read-only */
export function DiscountViewPage() {
  return <DiscountEditor mode="view" />;
}

const conditionFields = ['scenarios', 'minQuantity', 'clients', 'terms', 'firstPurchaseOnly', 'realNameOnly'] as const;
const titleKey = { create: 'createTitle', edit: 'editTitle', view: 'viewTitle' } as const;

function DiscountEditor({ mode }: { mode: Mode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const products = usePromotionProducts();
  const discount = useDiscount(mode === 'create' ? undefined : id);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => void navigate('/seller/discounts')}>
      {t('promotions.discounts.backToList')}
    </Button>
  );
  let body;
  if (products.isPending || (mode !== 'create' && discount.isPending)) body = <LoadingBlock />;
  else if (products.isError) body = <LoadError error={products.error} onRetry={() => void products.refetch()} />;
  else if (discount.isError) body = <LoadError error={discount.error} onRetry={() => void discount.refetch()} />;
  else {
    const preset = params.get('productId');
    const initial: DiscountFormValues = discount.data
      ? discountFormValues(discount.data)
      : { ...emptyDiscountForm, productId: products.data.some((p) => p.id === preset && p.billing === 'prepaid') ? (preset ?? undefined) : undefined };
    body = <DiscountForm key={discount.data?.id ?? 'new'} mode={mode} discount={discount.data} initial={initial} products={products.data} />;
  }
  return (
    <>
      <PageHeader before={back} title={t(`promotions.discounts.${titleKey[mode]}`)} />
      {body}
    </>
  );
}

interface DiscountFormProps {
  mode: Mode;
  discount: Discount | undefined;
  initial: DiscountFormValues;
  products: PromotionProduct[];
}

function DiscountForm({ mode, discount, initial, products }: DiscountFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<DiscountFormValues>();
  const save = useSaveDiscount();
  const publish = usePublishDiscount();
  const [created, setCreated] = useState<Discount | null>(null);
  const readOnly = mode === 'view';
  const canManage = can(me, 'promotions.manage');

  const productId = Form.useWatch('productId', form) ?? initial.productId;
  const type = Form.useWatch('type', form) ?? initial.type;
  const specIds = Form.useWatch('specIds', form) ?? initial.specIds;
  const conditionMode = Form.useWatch('conditionMode', form) ?? initial.conditionMode;
  const product = products.find((p) => p.id === productId);
  const minPrice = minPriceFen(product, specIds);

  const submit = (raw: Partial<DiscountFormValues>) => {
    // items hidden by the type or the condition mode are not in `raw`: they count as empty
    const values: DiscountFormValues = { ...emptyDiscountForm, ...raw };
    const problems = discountProblems(values, product);
    if (problems.length > 0) {
      form.setFields(
        problems.map((p) => ({
          name: p.field,
          errors: [
            p.key === 'amountExceeds'
              ? t('promotions.discounts.amountExceeds', { price: formatFen(p.minPriceFen) })
              : p.key === 'endAfterStart'
                ? t('promotions.endAfterStart')
                : t(`promotions.discounts.${p.key}`),
          ],
        })),
      );
      return;
    }
    save.mutate(
      { id: mode === 'edit' ? discount?.id : undefined, body: toDiscountBody(values) },
      {
        onSuccess: (saved) => {
          if (mode === 'create') setCreated(saved);
          else {
            void message.success(t('promotions.discounts.saved'));
            void navigate('/seller/discounts');
          }
        },
        onError: (err) =>
          report(err, form, { discount_exceeds_price: 'amountOffYuan', discount_product_postpaid: 'productId', discount_spec_unknown: 'specIds' }),
      },
    );
  };

  const onPublish = (d: Discount) =>
    publish.mutateAsync(d.id).then(
      () => void message.success(t('promotions.discounts.published')),
      (err: unknown) => report(err),
    );

  const productOptions = products.map((p) => ({
    value: p.id,
    label: p.billing === 'postpaid' ? t('promotions.discounts.postpaidOption', { name: p.name }) : p.name,
    disabled: p.billing === 'postpaid',
  }));
  const specOptions = (product?.specs ?? []).map((s) => ({ value: s.id, label: s.name }));
  const termOptions = termsOf(product, specIds).map((term) => ({ value: termKey(term), label: termText(t, term) }));

  return (
    <Card>
      {discount && readOnly ? (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('promotions.discounts.publishStatus')}>
            <PublishStatusTag status={discount.publishStatus} />
          </Descriptions.Item>
          <Descriptions.Item label={t('promotions.discounts.effectiveStatus')}>
            <EffectiveStatusTag status={discount.effectiveStatus} />
          </Descriptions.Item>
          <Descriptions.Item label={t('promotions.discounts.createdAt')}>{beijingText(discount.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('promotions.discounts.publishedAt')}>{beijingText(discount.publishedAt)}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {readOnly ? null : <Alert type="info" showIcon title={t('promotions.stacking')} style={{ marginBottom: 24 }} />}
      <Form<DiscountFormValues>
        form={form}
        name="discount"
        layout="vertical"
        style={{ maxWidth: 760 }}
        initialValues={initial}
        disabled={readOnly || save.isPending}
        onFinish={submit}
        onValuesChange={(changed: Partial<DiscountFormValues>) => {
          // "set at least one condition" is judged over all of them: any change may settle it
          if (conditionFields.some((f) => f in changed)) form.setFields([{ name: 'conditionMode', errors: [] }]);
        }}
      >
        <Form.Item
          name="productId"
          label={t('promotions.discounts.productField')}
          extra={t('promotions.discounts.postpaidNote')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('promotions.discounts.productPlaceholder')}
            options={productOptions}
            onChange={() => form.setFieldsValue({ specIds: [], terms: [] })}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('promotions.discounts.name')}
          extra={t('promotions.discounts.nameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 30, message: t('validation.tooLong') },
          ]}
        >
          <Input maxLength={30} showCount />
        </Form.Item>
        <Form.Item name="type" label={t('promotions.discounts.type')} rules={[{ required: true }]}>
          <Radio.Group options={discountTypes.map((v) => ({ value: v, label: t(`promotions.discounts.types.${v}`) }))} />
        </Form.Item>
        {type === 'amount_off' ? (
          <Form.Item
            name="amountOffYuan"
            label={t('promotions.discounts.amountOff')}
            extra={minPrice === null ? t('promotions.discounts.amountHint') : t('promotions.discounts.amountHintWithPrice', { price: formatFen(minPrice) })}
            dependencies={['specIds']}
            rules={[
              { required: true, message: t('validation.required') },
              ({ getFieldValue }) => ({
                // 直减金额不可大于商品原价: checked as the specs change, not only on submit (read from the store, not a stale render)
                validator: (_rule, v: unknown) => {
                  const ids: unknown = getFieldValue('specIds');
                  const chosen = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
                  const min = minPriceFen(product, chosen);
                  return typeof v === 'number' && min !== null && amountExceedsPrice(yuanToFen(v), product, chosen)
                    ? Promise.reject(new Error(t('promotions.discounts.amountExceeds', { price: formatFen(min) })))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber min={0.01} max={1_000_000} precision={2} prefix="¥" style={{ width: 200 }} />
          </Form.Item>
        ) : (
          <Form.Item
            name="rateZhe"
            label={t('promotions.discounts.rate')}
            extra={t('promotions.discounts.rateHelp')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={0.1} max={9.9} step={0.1} precision={1} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item
          name="period"
          label={t('promotions.discounts.period')}
          extra={t('promotions.discounts.periodHelp')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker.RangePicker
            showTime={{ defaultValue: [dayjs('00:00:00', 'HH:mm:ss'), dayjs('23:59:59', 'HH:mm:ss')] }}
            format="YYYY-MM-DD HH:mm:ss"
            placeholder={[t('promotions.discounts.startPlaceholder'), t('promotions.discounts.endPlaceholder')]}
          />
        </Form.Item>
        <Form.Item
          name="specIds"
          label={t('promotions.discounts.specs')}
          extra={product ? t('promotions.discounts.specsHelp') : t('promotions.discounts.pickProductFirst')}
          rules={[{ required: true, type: 'array', min: 1, message: t('promotions.discounts.specsRequired') }]}
        >
          <Checkbox.Group options={specOptions} onChange={() => form.setFieldValue('terms', [])} />
        </Form.Item>
        <Form.Item name="conditionMode" label={t('promotions.discounts.conditions')}>
          <Radio.Group
            options={[
              { value: 'none', label: t('promotions.discounts.unconditional') },
              { value: 'limited', label: t('promotions.discounts.limited') },
            ]}
          />
        </Form.Item>
        {conditionMode === 'limited' ? <DiscountConditionsFields termOptions={termOptions} /> : null}
        {readOnly ? null : (
          <>
            <Divider />
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('promotions.discounts.submit')}
            </Button>
          </>
        )}
      </Form>
      {readOnly && discount && canManage ? (
        <>
          <Divider />
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            <Button type="primary" onClick={() => void navigate(`${discountPagePath(discount.id)}/edit`)} style={{ marginInlineEnd: 8 }}>
              {t('common.edit')}
            </Button>
            {discount.publishStatus === 'prepublished' ? (
              <Popconfirm title={t('promotions.discounts.publishConfirm')} onConfirm={() => onPublish(discount)}>
                <Button loading={publish.isPending}>{t('promotions.discounts.publish')}</Button>
              </Popconfirm>
            ) : null}
          </Typography.Paragraph>
        </>
      ) : null}
      <DiscountCreatedModal discount={created} product={product} onDone={() => void navigate('/seller/discounts')} />
    </Card>
  );
}
