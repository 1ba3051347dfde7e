import { DISTRIBUTION_RATE_MAX, DISTRIBUTION_RATE_MIN } from '@cloudmart/contracts';
import { Alert, Checkbox, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { SectionGate } from '../../shared/ui/SectionGate';
import { distributionSection } from './distribution.section';
import { rateProblem } from './distribution-rate';
import { useJoinDistribution } from './distribution.queries';
import { useFeedback } from '../../shared/ui/feedback';

export interface DistributionTarget {
  productId: string;
  productName: string;
}

interface Values {
  ratePct?: number | null;
  acknowledged?: boolean;
}

function SettingForm({ product, onClose }: { product: DistributionTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const report = useErrorReporter();
  const join = useJoinDistribution();
  const [form] = Form.useForm<Values>();

  // guide 2.3 ③: "勾选注意事项后提交", then one more confirmation because the rate is final
  const onFinish = (values: Values) => {
    const ratePct = values.ratePct ?? 0;
    void modal.confirm({
      title: t('distribution.modal.confirmTitle', { rate: ratePct }),
      content: t('distribution.modal.confirmText'),
      okText: t('distribution.modal.confirmOk'),
      onOk: () =>
        join.mutateAsync({ productId: product.productId, body: { ratePct, acknowledged: true } }).then(
          (s) => {
            void message.success(t('distribution.modal.done', { rate: s.ratePct }));
            onClose();
          },
          (err: unknown) => report(err, form),
        ),
    });
  };

  return (
    <Modal
      open
      title={t('distribution.modal.title')}
      okText={t('distribution.modal.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={join.isPending}
      destroyOnHidden
      width={560}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} style={{ marginTop: 16 }}>
        <Form.Item label={t('distribution.modal.product')}>
          <Typography.Text strong>{product.productName}</Typography.Text>
        </Form.Item>
        <Form.Item
          name="ratePct"
          label={t('distribution.modal.rate')}
          extra={t('distribution.modal.rateHelp')}
          rules={[
            {
              validator: (_, value: unknown) => {
                const problem = rateProblem(value);
                if (problem === null) return Promise.resolve();
                const text =
                  problem === 'required'
                    ? t('distribution.modal.rateRequired')
                    : problem === 'integer'
                      ? t('distribution.modal.rateInteger')
                      : t('distribution.modal.rateRange', { min: DISTRIBUTION_RATE_MIN, max: DISTRIBUTION_RATE_MAX });
                return Promise.reject(new Error(text));
              },
            },
          ]}
        >
          <InputNumber<number>
            min={DISTRIBUTION_RATE_MIN}
            max={DISTRIBUTION_RATE_MAX}
            step={1}
            suffix="%"
            style={{ width: 160 }}
            placeholder={`${DISTRIBUTION_RATE_MIN}–${DISTRIBUTION_RATE_MAX}`}
            aria-label={t('distribution.modal.rate')}
          />
        </Form.Item>
        <Alert
          type="warning"
          showIcon
          title={t('distribution.modal.notice')}
          description={
            <>
              <div>{t('distribution.modal.noticeText')}</div>
              <div>{t('distribution.modal.noticeCommission')}</div>
            </>
          }
          style={{ marginBottom: 16 }}
        />
        <Form.Item
          name="acknowledged"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v: unknown) => (v === true ? Promise.resolve() : Promise.reject(new Error(t('distribution.modal.acknowledgeRequired')))),
            },
          ]}
        >
          <Checkbox>{t('distribution.modal.acknowledge')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 分销设置 (guide 2.3): the rate, the 注意事项 ticked, a last confirmation. Its strings load when it opens. */
export function DistributionSettingModal({ product, onClose }: { product: DistributionTarget | null; onClose: () => void }) {
  if (!product) return null;
  return (
    <SectionGate sections={[distributionSection]}>
      <SettingForm key={product.productId} product={product} onClose={onClose} />
    </SectionGate>
  );
}
