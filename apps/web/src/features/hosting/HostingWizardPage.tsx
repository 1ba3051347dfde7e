import type { HostedProductDetail, HostingOptions } from '@cloudmart/contracts';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Radio, Result, Select, Space, Steps, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useErrorReporter } from '../../shared/api/errors';
import { DownloadButton } from '../../shared/ui/DownloadButton';
import { FileUploadField } from '../../shared/ui/FileUploadField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { SectionGate } from '../../shared/ui/SectionGate';
import { OptionTags, ReviewDays, optionalSwitches, requiredSwitches } from './hosting-parts';
import { hostingSection } from './hosting.section';
import {
  downloadSecurityTemplate,
  hostedProductPath,
  hostingPath,
  hostingWizardPath,
  useCreateHosted,
  useHostedProduct,
  useSubmitArchitecture,
  useSubmitHosting,
  useUpdateHosted,
} from './hosting.queries';

export function HostingWizardPage() {
  return (
    <SectionGate sections={[hostingSection]}>
      <Wizard />
    </SectionGate>
  );
}

/** Where 继续提交 lands: the first step the seller can still act on, or the review being waited for. */
function stepOf(p: HostedProductDetail): number {
  const arch = p.architectureStatus;
  if (arch === 'not_submitted' || arch === 'rejected') return arch === 'rejected' ? 1 : 0;
  if (arch === 'pending') return 1;
  const h = p.hostingStatus;
  return h === 'not_submitted' || h === 'rejected' ? 2 : 3;
}

/** 托管流程 (guide 1.2): 基本信息 → 架构信息 (提交审核) → 产品托管 → 托管审核 (提交审核). */
function Wizard() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const product = useHostedProduct(id);
  const [options, setOptions] = useState<HostingOptions | null>(null);
  const asked = Number(params.get('step'));
  const p = product.data;
  const step = p ? (Number.isInteger(asked) && asked >= 0 && asked <= 3 && params.has('step') ? asked : stepOf(p)) : 0;
  const goStep = (n: number) => setParams({ step: String(n) });

  if (id && product.isLoading) return <LoadingBlock />;
  if (id && product.error) return <LoadError error={product.error} onRetry={() => void product.refetch()} />;

  return (
    <>
      <PageHeader title={t('hosting.wizard.title')} before={<Link to={hostingPath}>{t('hosting.wizard.back')}</Link>} />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 32 }}
          items={[
            { title: t('hosting.steps.basic') },
            { title: t('hosting.steps.architecture') },
            { title: t('hosting.steps.hosting') },
            { title: t('hosting.steps.review') },
          ]}
        />
        {step === 0 ? <BasicStep product={p} onNext={() => goStep(1)} /> : null}
        {step === 1 && p ? <ArchitectureStep product={p} onPrev={() => goStep(0)} /> : null}
        {step === 2 && p ? (
          <OptionsStep
            product={p}
            value={options ?? p.hosting.options}
            onNext={(o) => {
              setOptions(o);
              goStep(3);
            }}
          />
        ) : null}
        {step === 3 && p ? <ReportsStep product={p} options={options ?? p.hosting.options} onPrev={() => goStep(2)} /> : null}
      </Card>
    </>
  );
}

const formLayout = { labelCol: { flex: '160px' }, wrapperCol: { flex: 'auto' }, style: { maxWidth: 760 } } as const;

function BasicStep({ product, onNext }: { product: HostedProductDetail | undefined; onNext: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ name: string; form: 'saas'; description: string }>();
  const create = useCreateHosted();
  const update = useUpdateHosted(product?.id ?? '');
  const editable = !product || product.architectureStatus === 'not_submitted' || product.architectureStatus === 'rejected';
  const req = (field: string, max: number) => [
    { required: true, whitespace: true, message: t('hosting.wizard.required', { field }) },
    { max, message: t('hosting.wizard.tooLong', { max }) },
  ];
  return (
    <Form
      form={form}
      name="hostingBasic"
      {...formLayout}
      disabled={!editable}
      initialValues={{ name: product?.name ?? '', form: 'saas', description: product?.description ?? '' }}
      onFinish={(v) => {
        if (!editable) return onNext();
        if (!product) {
          create.mutate(v, { onSuccess: (d) => void navigate(hostingWizardPath(d.id, 1)), onError: (e) => report(e, form) });
        } else {
          update.mutate(v, { onSuccess: onNext, onError: (e) => report(e, form) });
        }
      }}
    >
      <Form.Item name="name" label={t('hosting.wizard.name')} rules={req(t('hosting.wizard.name'), 60)}>
        <Input placeholder={t('hosting.wizard.namePlaceholder')} maxLength={60} />
      </Form.Item>
      <Form.Item name="form" label={t('hosting.wizard.form')} extra={t('hosting.saasOnly')}>
        <Select options={[{ value: 'saas', label: 'SaaS' }]} />
      </Form.Item>
      <Form.Item name="description" label={t('hosting.wizard.description')} rules={req(t('hosting.wizard.description'), 2000)}>
        <Input.TextArea rows={5} placeholder={t('hosting.wizard.descriptionPlaceholder')} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending} disabled={false}>
          {t('hosting.wizard.next')}
        </Button>
      </Form.Item>
    </Form>
  );
}

function ArchitectureStep({ product, onPrev }: { product: HostedProductDetail; onPrev: () => void }) {
  const { t } = useTranslation();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ systemArchFileId: string; deployArchFileId: string }>();
  const submit = useSubmitArchitecture(product.id);
  const a = product.architecture;
  if (a.status === 'pending' || a.status === 'approved') {
    return (
      <Result
        status={a.status === 'approved' ? 'success' : 'info'}
        title={a.status === 'approved' ? t('hosting.statuses.approved') : t('hosting.wizard.archPending')}
        subTitle={a.status === 'pending' ? <ReviewDays kind="architecture" expectedBy={a.expectedBy} /> : null}
        extra={
          <Space>
            <Link to={hostingPath}>{t('hosting.wizard.back')}</Link>
            <Link to={hostedProductPath(product.id)}>{t('hosting.wizard.toDetail')}</Link>
          </Space>
        }
      />
    );
  }
  const fileItem = (name: 'systemArchFileId' | 'deployArchFileId', label: string, hint: string, current: { name: string } | null) => (
    <Form.Item
      name={name}
      label={label}
      required
      rules={[{ required: true, message: t('hosting.wizard.fileRequired', { field: label }) }]}
      extra={
        <>
          <div>{t('hosting.wizard.pdfOnly')}</div>
          <div>{hint}</div>
          {current ? <div>{t('hosting.wizard.current', { name: current.name })}</div> : null}
        </>
      }
    >
      <FileUploadField accept="application/pdf,.pdf" purposeOf={() => 'architecture'} id={`hostingArch_${name}`} />
    </Form.Item>
  );
  return (
    <Form form={form} name="hostingArch" {...formLayout} onFinish={(v) => submit.mutate(v, { onError: (e) => report(e, form) })}>
      {a.status === 'rejected' ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('hosting.wizard.archRejected', { reason: a.reason ?? '' })} />
      ) : null}
      {fileItem('systemArchFileId', t('hosting.wizard.systemArch'), t('hosting.wizard.systemArchHint'), a.systemArchFile)}
      {fileItem('deployArchFileId', t('hosting.wizard.deployArch'), t('hosting.wizard.deployArchHint'), a.deployArchFile)}
      <Form.Item label=" " colon={false} extra={t('hosting.wizard.archDays')}>
        <Space>
          <Button onClick={onPrev}>{t('hosting.wizard.prev')}</Button>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('hosting.wizard.submit')}
          </Button>
          <Button onClick={() => form.resetFields()}>{t('hosting.wizard.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

const defaultOptions: HostingOptions = {
  configAudit: false,
  actionTrail: false,
  appHosting: null,
  vulnScan: false,
  loadTest: false,
  cloudMonitor: false,
  waf: false,
  oauth: false,
  messages: false,
};

function OptionsStep({ product, value, onNext }: { product: HostedProductDetail; value: HostingOptions | null; onNext: (o: HostingOptions) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<HostingOptions>();
  useEffect(() => form.setFieldsValue(value ?? defaultOptions), [form, value]);
  const r = product.hosting;
  if (product.architectureStatus !== 'approved') {
    return (
      <Alert
        type="info"
        showIcon
        message={t('hosting.wizard.archPending')}
        description={<ReviewDays kind="architecture" expectedBy={product.architecture.expectedBy} />}
      />
    );
  }
  const mustBeOn = (k: (typeof requiredSwitches)[number]) => [
    {
      validator: (_: unknown, v: boolean) =>
        v ? Promise.resolve() : Promise.reject(new Error(t('hosting.wizard.optionRequired', { field: t(`hosting.options.${k}`) }))),
    },
  ];
  return (
    <Form form={form} name="hostingOptions" {...formLayout} initialValues={value ?? defaultOptions} onFinish={(v) => onNext({ ...defaultOptions, ...v })}>
      {r.status === 'rejected' ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('hosting.wizard.hostingRejected', { reason: r.reason ?? '' })} />
      ) : null}
      <Typography.Paragraph type="secondary">{t('hosting.wizard.optionsHint')}</Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        {t('hosting.wizard.requiredOptions')}
      </Typography.Title>
      {requiredSwitches.slice(0, 2).map((k) => (
        <Form.Item key={k} name={k} valuePropName="checked" label={t(`hosting.options.${k}`)} rules={mustBeOn(k)} required>
          <Checkbox>{t(`hosting.optionHints.${k}`)}</Checkbox>
        </Form.Item>
      ))}
      <Form.Item
        name="appHosting"
        label={t('hosting.options.appHosting')}
        required
        extra={t('hosting.optionHints.appHosting')}
        rules={[{ required: true, message: t('hosting.wizard.optionRequired', { field: t('hosting.options.appHosting') }) }]}
      >
        <Radio.Group options={(['sae', 'ack'] as const).map((k) => ({ value: k, label: t(`hosting.appHosting.${k}`) }))} />
      </Form.Item>
      {requiredSwitches.slice(2).map((k) => (
        <Form.Item key={k} name={k} valuePropName="checked" label={t(`hosting.options.${k}`)} rules={mustBeOn(k)} required>
          <Checkbox>{t(`hosting.optionHints.${k}`)}</Checkbox>
        </Form.Item>
      ))}
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        {t('hosting.wizard.optionalOptions')}
      </Typography.Title>
      {optionalSwitches.map((k) => (
        <Form.Item key={k} name={k} valuePropName="checked" label={t(`hosting.options.${k}`)}>
          <Checkbox>{t(`hosting.optionHints.${k}`)}</Checkbox>
        </Form.Item>
      ))}
      <Form.Item label=" " colon={false}>
        <Button type="primary" htmlType="submit">
          {t('hosting.wizard.next')}
        </Button>
      </Form.Item>
    </Form>
  );
}

type Reports = { securityReportFileId: string; scanReportFileId: string; loadTestReportFileId: string };

function ReportsStep({ product, options, onPrev }: { product: HostedProductDetail; options: HostingOptions | null; onPrev: () => void }) {
  const { t } = useTranslation();
  const report = useErrorReporter();
  const [form] = Form.useForm<Reports>();
  const submit = useSubmitHosting(product.id);
  const h = product.hosting;
  if (h.status === 'pending' || h.status === 'approved') {
    return (
      <Result
        status={h.status === 'approved' ? 'success' : 'info'}
        title={h.status === 'approved' ? t('hosting.wizard.approved') : t('hosting.wizard.hostingPending')}
        subTitle={h.status === 'pending' ? <ReviewDays kind="hosting" expectedBy={h.expectedBy} /> : null}
        extra={<Link to={hostedProductPath(product.id)}>{t('hosting.wizard.toDetail')}</Link>}
      />
    );
  }
  if (!options) {
    return (
      <Button type="primary" onClick={onPrev}>
        {t('hosting.wizard.prev')}
      </Button>
    );
  }
  const item = (name: keyof Reports, label: string, hint: string, zip: boolean, current: { name: string } | null, extra?: ReactNode) => (
    <Form.Item
      name={name}
      label={label}
      required
      rules={[{ required: true, message: t('hosting.wizard.fileRequired', { field: label }) }]}
      extra={
        <>
          <div>{zip ? t('hosting.wizard.zipOnly') : t('hosting.wizard.pdfOnly')}</div>
          <div>{hint}</div>
          {current ? <div>{t('hosting.wizard.current', { name: current.name })}</div> : null}
          {extra ? <div style={{ marginTop: 8 }}>{extra}</div> : null}
        </>
      }
    >
      <FileUploadField
        accept={zip ? 'application/zip,.zip' : 'application/pdf,.pdf'}
        purposeOf={() => (zip ? 'scan_archive' : 'hosting_report')}
        id={`hostingReport_${name}`}
      />
    </Form.Item>
  );
  return (
    <Form form={form} name="hostingReports" {...formLayout} onFinish={(v) => submit.mutate({ options, ...v }, { onError: (e) => report(e, form) })}>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[{ key: 'o', label: t('hosting.detail.options'), children: <OptionTags options={options} /> }]}
      />
      {item(
        'securityReportFileId',
        t('hosting.wizard.securityReport'),
        t('hosting.wizard.securityReportHint'),
        false,
        h.securityReportFile,
        <DownloadButton download={downloadSecurityTemplate}>{t('hosting.wizard.template')}</DownloadButton>,
      )}
      {item('scanReportFileId', t('hosting.wizard.scanReport'), t('hosting.wizard.scanReportHint'), true, h.scanReportFile)}
      {item('loadTestReportFileId', t('hosting.wizard.loadReport'), t('hosting.wizard.loadReportHint'), false, h.loadTestReportFile)}
      <Form.Item label=" " colon={false} extra={t('hosting.wizard.hostingDays')}>
        <Space>
          <Button onClick={onPrev}>{t('hosting.wizard.prev')}</Button>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('hosting.wizard.submit')}
          </Button>
          <Button onClick={() => form.resetFields()}>{t('hosting.wizard.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
