import { Button, Card, Col, Descriptions, Flex, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorReporter } from '../../shared/api/errors';
import { blankToNull, useFormRules } from '../../shared/ui/form-rules';
import { PageHeader } from '../../shared/ui/PageHeader';
import { RealNameCard } from '../promotions-buyer/RealNameCard';
import { useCurrentUser, useUpdateProfile } from './auth.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface ProfileValues {
  displayName: string;
  email?: string;
  phone?: string;
}

/** Every portal's profile page: account facts, editable name and contact details. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const rules = useFormRules();
  const report = useErrorReporter();
  const update = useUpdateProfile();
  const [form] = Form.useForm<ProfileValues>();

  const onFinish = (v: ProfileValues) => {
    update.mutate(
      { displayName: v.displayName.trim(), email: blankToNull(v.email), phone: blankToNull(v.phone) },
      { onSuccess: () => void message.success(t('common.saved')), onError: (err) => report(err, form) },
    );
  };

  const accountType =
    me.kind === 'seller' ? `${t('auth.kinds.seller')} · ${me.isMain ? t('profile.mainAccount') : t('profile.subAccount')}` : t(`auth.kinds.${me.kind}`);

  return (
    <>
      <PageHeader title={t('profile.title')} extra={<Button onClick={() => void navigate('/change-password')}>{t('profile.changePassword')}</Button>} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card title={t('profile.account')}>
              <Descriptions
                column={1}
                items={[
                  { key: 'loginName', label: t('profile.loginName'), children: me.loginName },
                  { key: 'uid', label: t('profile.uid'), children: me.uid },
                  { key: 'kind', label: t('profile.kind'), children: accountType },
                  ...(me.sellerName ? [{ key: 'seller', label: t('profile.seller'), children: me.sellerName }] : []),
                ]}
              />
            </Card>
            {me.kind === 'buyer' ? <RealNameCard /> : null}
          </Flex>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('profile.contact')}>
            <Form<ProfileValues>
              form={form}
              name="profile"
              layout="vertical"
              initialValues={{ displayName: me.displayName, email: me.email ?? '', phone: me.phone ?? '' }}
              onFinish={onFinish}
              disabled={update.isPending}
              style={{ maxWidth: 480 }}
            >
              <Form.Item name="displayName" label={t('profile.displayName')} rules={[rules.requiredTrimmed, rules.maxLength(64)]}>
                <Input autoComplete="name" />
              </Form.Item>
              <Form.Item name="email" label={t('profile.email')} rules={[rules.email]}>
                <Input type="email" autoComplete="email" />
              </Form.Item>
              <Form.Item name="phone" label={t('profile.phone')} rules={[rules.phone]}>
                <Input type="tel" autoComplete="tel" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={update.isPending}>
                {t('profile.save')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </>
  );
}
