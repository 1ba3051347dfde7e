import { Alert, Button, Card, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { useJoinReseller } from '../distribution.queries';
import { useFeedback } from '../../../shared/ui/feedback';

interface JoinValues {
  displayName?: string;
  acceptAgreement?: boolean;
}

/** 成为分销商: a display name and the reseller agreement (guide 2.2: commissions, claw-backs, invoices). */
export function ResellerJoinCard() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const join = useJoinReseller();
  const [form] = Form.useForm<JoinValues>();

  const onFinish = (v: JoinValues) =>
    join.mutate(
      { displayName: (v.displayName ?? '').trim(), acceptAgreement: true },
      { onSuccess: () => void message.success(t('distribution.reseller.joined')), onError: (err) => report(err, form) },
    );

  return (
    <Card title={t('distribution.reseller.joinTitle')}>
      <Alert type="info" showIcon title={t('distribution.reseller.joinIntro')} style={{ marginBottom: 24 }} />
      <Form<JoinValues> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 640 }}>
        <Form.Item
          name="displayName"
          label={t('distribution.reseller.displayName')}
          rules={[
            { required: true, whitespace: true, message: t('distribution.reseller.displayNameRequired') },
            {
              validator: (_, v: unknown) => {
                const len = typeof v === 'string' ? v.trim().length : 0;
                return len === 0 || (len >= 2 && len <= 40) ? Promise.resolve() : Promise.reject(new Error(t('distribution.reseller.displayNameLength')));
              },
            },
          ]}
        >
          <Input maxLength={40} showCount placeholder={t('distribution.reseller.displayNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="acceptAgreement"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v: unknown) => (v === true ? Promise.resolve() : Promise.reject(new Error(t('distribution.reseller.agreementRequired')))),
            },
          ]}
        >
          <Checkbox>{t('distribution.reseller.agreement')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={join.isPending}>
          {t('distribution.reseller.join')}
        </Button>
      </Form>
    </Card>
  );
}
