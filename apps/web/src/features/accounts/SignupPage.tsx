import { Button, Form, Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { landingPath } from '../../shared/portals';
import { useErrorReporter } from '../../shared/api/errors';
import { currentLocale } from '../../shared/i18n';
import { blankToUndefined, useFormRules } from '../../shared/ui/form-rules';
import { AuthLayout } from './AuthLayout';
import { useSignup } from './auth.queries';
import { useFeedback } from '../../shared/ui/feedback';

type Kind = 'seller' | 'buyer';

interface SignupValues {
  loginName: string;
  password: string;
  confirmPassword: string;
  displayName: string;
  companyName?: string;
  email?: string;
  phone?: string;
}

export function SignupPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const rules = useFormRules();
  const report = useErrorReporter();
  const signup = useSignup();
  const [kind, setKind] = useState<Kind>('seller');
  const [form] = Form.useForm<SignupValues>();

  const onFinish = (v: SignupValues) => {
    signup.mutate(
      {
        kind,
        loginName: v.loginName.trim(),
        password: v.password,
        displayName: v.displayName.trim(),
        email: blankToUndefined(v.email),
        phone: blankToUndefined(v.phone),
        companyName: kind === 'seller' ? blankToUndefined(v.companyName) : undefined,
        locale: currentLocale(),
      },
      {
        onSuccess: ({ user }) => {
          void message.success(t('auth.signup.done'));
          void navigate(landingPath(user, null), { replace: true });
        },
        onError: (err) => report(err, form, { login_taken: 'loginName' }),
      },
    );
  };

  return (
    <AuthLayout title={t('auth.signup.title')} width={480}>
      <Tabs
        activeKey={kind}
        onChange={(k) => setKind(k === 'buyer' ? 'buyer' : 'seller')}
        items={[
          { key: 'seller', label: t('auth.signup.seller') },
          { key: 'buyer', label: t('auth.signup.buyer') },
        ]}
      />
      <Typography.Paragraph type="secondary">{kind === 'seller' ? t('auth.signup.sellerIntro') : t('auth.signup.buyerIntro')}</Typography.Paragraph>
      <Form<SignupValues> form={form} name="signup" layout="vertical" onFinish={onFinish} disabled={signup.isPending}>
        {kind === 'seller' ? (
          <Form.Item
            name="companyName"
            label={t('auth.signup.companyName')}
            rules={[rules.requiredTrimmed, { min: 2, max: 100, message: t('validation.companyName') }]}
          >
            <Input autoComplete="organization" />
          </Form.Item>
        ) : null}
        <Form.Item name="loginName" label={t('auth.signup.loginName')} rules={rules.loginName}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('auth.signup.displayName')} rules={[rules.requiredTrimmed, rules.maxLength(64)]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.signup.password')} rules={rules.password} extra={t('auth.signup.passwordHelp')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.signup.confirmPassword')}
          dependencies={['password']}
          rules={[rules.required, rules.sameAs('password')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="email" label={t('auth.signup.email')} rules={[rules.email]}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item name="phone" label={t('auth.signup.phone')} rules={[rules.phone]}>
          <Input type="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" block loading={signup.isPending}>
            {t('auth.signup.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        {t('auth.signup.haveAccount')} <Link to="/login">{t('auth.signup.loginLink')}</Link>
      </Typography.Text>
    </AuthLayout>
  );
}
