import { ArrowLeftOutlined } from '@ant-design/icons';
import { couponKinds, couponScopes, promotionScenarios } from '@cloudmart/contracts';
import { Alert, Button, Card, Checkbox, DatePicker, Divider, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorReporter } from '../../shared/api/errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { couponProblems, emptyCouponForm, toCouponBody, type CouponFormValues } from './coupon-form';
import { couponPagePath, useCreateCoupon, usePromotionProducts } from './promotions.queries';
import { useFeedback } from '../../shared/ui/feedback';

const timeDefaults = { defaultValue: [dayjs('00:00:00', 'HH:mm:ss'), dayjs('23:59:59', 'HH:mm:ss')] };

/** /seller/coupons/new — 发布优惠券, every field of guide 2.10 in its order. */
export function CouponFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<CouponFormValues>();
  const products = usePromotionProducts();
  const create = useCreateCoupon();
  const scope = Form.useWatch('scope', form) ?? emptyCouponForm.scope;
  const kind = Form.useWatch('kind', form) ?? emptyCouponForm.kind;
  const purchased = Form.useWatch('purchasedProductIds', form) ?? [];
  const required = { required: true, message: t('validation.required') };
  const productOptions = (products.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const productSelect = (onChange?: (ids: string[]) => void) => (
    <Select<string[]>
      mode="multiple"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={products.isPending}
      options={productOptions}
      style={{ maxWidth: 560 }}
      onChange={onChange}
    />
  );

  const submit = (raw: Partial<CouponFormValues>) => {
    // items hidden by the scope or the kind are not in `raw`: they count as empty
    const values: CouponFormValues = { ...emptyCouponForm, purchasedPeriod: null, ...raw };
    const problems = couponProblems(values);
    if (problems.length > 0) {
      form.setFields(
        problems.map((p) => ({
          name: p.field,
          errors: [p.key === 'endAfterStart' ? t('promotions.endAfterStart') : t(`promotions.coupons.${p.key}`)],
        })),
      );
      return;
    }
    create.mutate(toCouponBody(values), {
      onSuccess: (coupon) => {
        void message.success(t('promotions.coupons.created'));
        void navigate(couponPagePath(coupon.id));
      },
      onError: (err) => report(err),
    });
  };

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => void navigate('/seller/coupons')}>
      {t('promotions.coupons.backToList')}
    </Button>
  );

  return (
    <>
      <PageHeader before={back} title={t('promotions.coupons.createTitle')} />
      <Card>
        <Alert type="info" showIcon title={t('promotions.stacking')} style={{ marginBottom: 24 }} />
        <Form<CouponFormValues>
          form={form}
          name="coupon"
          layout="vertical"
          style={{ maxWidth: 760 }}
          initialValues={emptyCouponForm}
          disabled={create.isPending}
          onFinish={submit}
        >
          <Form.Item
            name="name"
            label={t('promotions.coupons.name')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 30, message: t('validation.tooLong') },
            ]}
          >
            <Input maxLength={30} showCount />
          </Form.Item>
          <Form.Item name="scope" label={t('promotions.coupons.scope')} rules={[required]}>
            <Radio.Group options={couponScopes.map((s) => ({ value: s, label: t(`promotions.coupons.scopes.${s}`) }))} />
          </Form.Item>
          {scope === 'products' ? (
            <Form.Item
              name="productIds"
              label={t('promotions.coupons.products')}
              extra={t('promotions.coupons.productsHelp')}
              rules={[{ required: true, type: 'array', min: 1, message: t('promotions.coupons.productsRequired') }]}
            >
              {productSelect()}
            </Form.Item>
          ) : null}
          <Form.Item name="kind" label={t('promotions.coupons.kindField')} extra={t('promotions.coupons.kindHelp')} rules={[required]}>
            <Radio.Group options={couponKinds.map((k) => ({ value: k, label: t(`promotions.coupons.kinds.${k}`) }))} />
          </Form.Item>
          {kind === 'percent' ? (
            <Form.Item name="rateZhe" label={t('promotions.coupons.rate')} extra={t('promotions.coupons.rateHelp')} rules={[required]}>
              <InputNumber min={0.1} max={9.9} step={0.1} precision={1} style={{ width: 200 }} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="reduceYuan" label={t('promotions.coupons.reduce')} extra={t('promotions.coupons.reduceHelp')} rules={[required]}>
                <InputNumber min={0.01} max={1_000_000} precision={2} prefix="¥" style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="thresholdYuan" label={t('promotions.coupons.threshold')} extra={t('promotions.coupons.thresholdHelp')} rules={[required]}>
                <InputNumber min={0.01} max={1_000_000} precision={2} prefix="¥" style={{ width: 200 }} />
              </Form.Item>
            </>
          )}
          <Form.Item name="perUserLimit" label={t('promotions.coupons.perUserLimit')} rules={[required]}>
            <InputNumber
              min={1}
              max={100}
              precision={0}
              prefix={t('promotions.coupons.perUserLimitAddon')}
              suffix={t('promotions.coupons.perUserLimitUnit')}
              style={{ width: 200 }}
            />
          </Form.Item>
          <Form.Item name="issuePeriod" label={t('promotions.coupons.issuePeriod')} extra={t('promotions.coupons.issuePeriodHelp')} rules={[required]}>
            <DatePicker.RangePicker showTime={timeDefaults} format="YYYY-MM-DD HH:mm:ss" />
          </Form.Item>
          <Form.Item name="validPeriod" label={t('promotions.coupons.validPeriod')} extra={t('promotions.coupons.validPeriodHelp')} rules={[required]}>
            <DatePicker.RangePicker showTime={timeDefaults} format="YYYY-MM-DD HH:mm:ss" />
          </Form.Item>
          <Form.Item name="issueCount" label={t('promotions.coupons.issueCount')} rules={[required]}>
            <InputNumber min={1} max={1_000_000} precision={0} suffix={t('promotions.coupons.issueCountUnit')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="scenarios"
            label={t('promotions.coupons.scenarios')}
            extra={t('promotions.coupons.scenariosHelp')}
            rules={[{ required: true, type: 'array', min: 1, message: t('promotions.coupons.scenariosRequired') }]}
          >
            <Checkbox.Group options={promotionScenarios.map((s) => ({ value: s, label: t(`promotions.scenarios.${s}`) }))} />
          </Form.Item>
          <Form.Item name="showInShop" label={t('promotions.coupons.showInShop')} extra={t('promotions.coupons.showInShopHelp')}>
            <Radio.Group
              options={[
                { value: true, label: t('promotions.yes') },
                { value: false, label: t('promotions.no') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="purchasedProductIds"
            label={`${t('promotions.coupons.purchasedProducts')}${t('promotions.coupons.optional')}`}
            extra={t('promotions.coupons.purchasedProductsHelp')}
          >
            {/* no purchased products: no purchase time either */}
            {productSelect((ids) => {
              if (ids.length === 0) form.setFieldValue('purchasedPeriod', null);
            })}
          </Form.Item>
          <Form.Item
            name="purchasedPeriod"
            label={`${t('promotions.coupons.purchasedPeriod')}${t('promotions.coupons.optional')}`}
            extra={t('promotions.coupons.purchasedPeriodHelp')}
          >
            <DatePicker.RangePicker
              showTime={timeDefaults}
              format="YYYY-MM-DD HH:mm:ss"
              disabled={purchased.length === 0}
              allowEmpty={purchased.length === 0 ? [true, true] : undefined}
            />
          </Form.Item>
          <Divider />
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('promotions.coupons.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
