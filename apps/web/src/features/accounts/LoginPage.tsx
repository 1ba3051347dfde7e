import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { landingPath } from '../../shared/portals';
import { useErrorReporter } from '../../shared/api/errors';
import { AuthLayout } from './AuthLayout';
import { useLogin } from './auth.queries';

interface LoginValues {
  loginName: string;
  password: string;
}

const SELLER_CODE = /^[a-z0-9]{1,32}$/i;

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<LoginValues>();
  const login = useLogin();
  const report = useErrorReporter();
  const redirect = params.get('redirect');
  // the sub-account login URL carries ?seller=CODE: then only the name before @ is typed
  const sellerParam = params.get('seller');
  const sellerCode = sellerParam && SELLER_CODE.test(sellerParam) ? sellerParam.toLowerCase() : null;

  const onFinish = (values: LoginValues) => {
    const name = values.loginName.trim();
    const loginName = sellerCode && !name.includes('@') ? `${name}@${sellerCode}` : name;
    login.mutate(
      { loginName, password: values.password },
      {
        onSuccess: ({ user }) => {
          const target = landingPath(user, redirect);
          void navigate(user.mustChangePassword ? `/change-password?next=${encodeURIComponent(target)}` : target, { replace: true });
        },
        onError: (err) => {
          form.setFields([{ name: 'password', value: '' }]);
          report(err);
        },
      },
    );
  };

  const forgetSeller = () => {
    const next = new URLSearchParams(params);
    next.delete('seller');
    setParams(next, { replace: true });
  };

  const nameInput = <Input prefix={<UserOutlined />} autoComplete="username" placeholder={sellerCode ? undefined : t('auth.login.loginNamePlaceholder')} />;

  return (
    <AuthLayout title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      {sellerCode ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('auth.login.sellerHint', { code: sellerCode })}
          description={
            <Button type="link" size="small" onClick={forgetSeller} style={{ padding: 0 }}>
              {t('auth.login.notSubAccount')}
            </Button>
          }
        />
      ) : null}
      <Form<LoginValues> form={form} name="login" layout="vertical" requiredMark={false} onFinish={onFinish} disabled={login.isPending}>
        {sellerCode ? (
          <Form.Item label={t('auth.login.subAccountName')} htmlFor="login_loginName" required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="loginName" noStyle rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                {nameInput}
              </Form.Item>
              <Space.Addon>@{sellerCode}</Space.Addon>
            </Space.Compact>
          </Form.Item>
        ) : (
          <Form.Item name="loginName" label={t('auth.login.loginName')} rules={[{ required: true, whitespace: true }]} extra={t('auth.login.subAccountHint')}>
            {nameInput}
          </Form.Item>
        )}
        <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('auth.login.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        {t('auth.login.noAccount')} <Link to="/signup">{t('auth.login.signupLink')}</Link>
      </Typography.Text>
    </AuthLayout>
  );
}
