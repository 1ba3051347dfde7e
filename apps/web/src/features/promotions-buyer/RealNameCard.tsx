import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/client';
import { useErrorReporter } from '../../shared/api/errors';
import { formatDateTime } from '../../shared/ui/format';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { ID_NUMBER, REAL_NAME } from './promotion-format';
import { useRealName, useVerifyRealName } from './promotions-buyer.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface RealNameValues {
  realName: string;
  idNumber: string;
}

/** The buyer's 实名认证 (sandbox): some discounts are for verified buyers only (guide 2.9 是否必须实名). */
export function RealNameCard() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const status = useRealName();
  const verify = useVerifyRealName();
  const [form] = Form.useForm<RealNameValues>();

  const onFinish = (v: RealNameValues) =>
    verify.mutate(
      { realName: v.realName.trim(), idNumber: v.idNumber.trim().toUpperCase() },
      {
        onSuccess: () => void message.success(t('promotionsBuyer.realName.success')),
        onError: (err) => {
          if (isApiError(err) && err.code === 'real_name_invalid') {
            form.setFields([{ name: 'idNumber', errors: [t('promotionsBuyer.realName.rejected')] }]);
            return;
          }
          report(err, form);
        },
      },
    );

  const verified = status.data?.verified === true;
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <SafetyCertificateOutlined />
          {t('promotionsBuyer.realName.title')}
        </Flex>
      }
      extra={
        status.data ? (
          <Tag color={verified ? 'success' : 'default'} data-testid="real-name-status">
            {t(verified ? 'promotionsBuyer.realName.verified' : 'promotionsBuyer.realName.unverified')}
          </Tag>
        ) : null
      }
    >
      {status.isPending ? (
        <LoadingBlock minHeight={120} />
      ) : status.isError ? (
        <LoadError error={status.error} onRetry={() => void status.refetch()} />
      ) : verified ? (
        <Typography.Text type="secondary">{t('promotionsBuyer.realName.verifiedAt', { time: formatDateTime(status.data.verifiedAt) })}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('promotionsBuyer.realName.hint')}</Typography.Paragraph>
          <Form<RealNameValues> form={form} name="real-name" layout="vertical" onFinish={onFinish} disabled={verify.isPending} requiredMark={false}>
            <Form.Item
              name="realName"
              label={t('promotionsBuyer.realName.realName')}
              rules={[{ required: true, whitespace: true, pattern: REAL_NAME, message: t('promotionsBuyer.realName.nameInvalid') }]}
            >
              <Input autoComplete="name" maxLength={30} placeholder={t('promotionsBuyer.realName.namePlaceholder')} />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t('promotionsBuyer.realName.idNumber')}
              rules={[{ required: true, pattern: ID_NUMBER, message: t('promotionsBuyer.realName.idInvalid') }]}
            >
              <Input autoComplete="off" maxLength={18} placeholder={t('promotionsBuyer.realName.idPlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={verify.isPending}>
              {t('promotionsBuyer.realName.submit')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
