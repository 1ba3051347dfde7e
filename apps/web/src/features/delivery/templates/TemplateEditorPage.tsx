import { ArrowLeftOutlined, CopyOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { Template } from '@cloudmart/contracts';
import { Alert, Button, Card, Flex, Form, Input, Space, Tag, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { AddNodePicker } from './AddNodePicker';
import { FlowChain } from './FlowChain';
import { NodeDrawer } from './NodeDrawer';
import { PublishProblems } from './PublishProblems';
import { TemplateSimulator } from './TemplateSimulator';
import { publishProblemsOf, TemplateStatusTag, useTemplateReporter } from './template-ui';
import { usePublishTemplate, useTemplate, useUpdateTemplate } from './templates.queries';
import { useCopyAndOpen } from './useCopyAndOpen';
import { useFlowEditing } from './useFlowEditing';
import { useFeedback } from '../../../shared/ui/feedback';

interface BasicsValues {
  name: string;
  description?: string | null;
}

function BackLink({ dirty = false }: { dirty?: boolean }) {
  const { t } = useTranslation();
  const { modal } = useFeedback();
  const navigate = useNavigate();
  const location = useLocation();
  const back = () => void (location.key === 'default' ? navigate('/delivery/templates') : navigate(-1));
  const onClick = () =>
    dirty
      ? modal.confirm({ title: t('deliveryTemplates.editor.leaveConfirm'), okText: t('common.confirm'), cancelText: t('common.cancel'), onOk: back })
      : back();
  return (
    <Button type="link" icon={<ArrowLeftOutlined aria-hidden />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={onClick}>
      {t('deliveryTemplates.editor.back')}
    </Button>
  );
}

function TemplateEditor({ template }: { template: Template }) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const report = useTemplateReporter();
  const [form] = Form.useForm<BasicsValues>();
  const update = useUpdateTemplate();
  const publish = usePublishTemplate();
  const { copy, copying } = useCopyAndOpen();
  const flow = useFlowEditing(template.nodes);
  const readOnly = !template.editable;
  const { dirty } = flow;

  // a reload or closing the tab would lose unsaved edits
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = async (): Promise<boolean> => {
    let basics: BasicsValues;
    try {
      basics = await form.validateFields();
    } catch {
      void message.error(t('deliveryTemplates.editor.invalidBasics'));
      return false;
    }
    try {
      const body = { name: basics.name.trim(), description: basics.description?.trim() || null, nodes: flow.nodes };
      await update.mutateAsync({ id: template.id, body });
      flow.markSaved();
      return true;
    } catch (err) {
      report(err, form);
      return false;
    }
  };

  const onSave = async () => {
    if (await save()) void message.success(t('deliveryTemplates.editor.saved'));
  };

  const onPublish = () =>
    modal.confirm({
      title: t('deliveryTemplates.editor.publishTitle'),
      content: t('deliveryTemplates.editor.publishContent'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (dirty && !(await save())) return;
        try {
          await publish.mutateAsync(template.id);
          flow.setProblems(null);
          void message.success(t('deliveryTemplates.editor.published'));
        } catch (err) {
          const problems = publishProblemsOf(err);
          if (problems) flow.setProblems(problems);
          else report(err);
        }
      },
    });

  const busy = update.isPending || publish.isPending;
  const actions: ReactNode = readOnly ? (
    <Button type="primary" icon={<CopyOutlined aria-hidden />} loading={copying} onClick={() => copy(template.id)}>
      {t('deliveryTemplates.editor.copy')}
    </Button>
  ) : (
    <>
      {dirty ? <Tag color="orange">{t('deliveryTemplates.editor.unsaved')}</Tag> : null}
      <Button icon={<SaveOutlined aria-hidden />} loading={update.isPending} disabled={busy} onClick={() => void onSave()}>
        {t('deliveryTemplates.editor.save')}
      </Button>
      <Button type="primary" icon={<SendOutlined aria-hidden />} loading={publish.isPending} disabled={busy} onClick={onPublish}>
        {t('deliveryTemplates.editor.publish')}
      </Button>
    </>
  );

  return (
    <>
      <PageHeader
        before={<BackLink dirty={dirty} />}
        title={
          <Space wrap>
            <span>{template.name}</span>
            <TemplateStatusTag status={template.status} />
            {template.kind === 'public' ? <Tag color="blue">{t('deliveryTemplates.editor.publicTag')}</Tag> : null}
            <Typography.Text type="secondary" style={{ fontSize: 14 }}>
              {t('deliveryTemplates.editor.steps', { count: template.stepCount })}
            </Typography.Text>
          </Space>
        }
        extra={actions}
      />
      <Flex vertical gap={16}>
        {readOnly ? (
          <Alert
            type="info"
            showIcon
            title={template.kind === 'public' ? t('deliveryTemplates.editor.readOnlyPublic') : t('deliveryTemplates.editor.readOnlyPublished')}
          />
        ) : null}
        {flow.problems?.length ? <PublishProblems problems={flow.problems} nodes={flow.nodes} onClose={() => flow.setProblems(null)} /> : null}
        <Card title={t('deliveryTemplates.editor.basics')} size="small">
          <Form<BasicsValues>
            form={form}
            name="templateBasics"
            layout="vertical"
            disabled={readOnly}
            initialValues={{ name: template.name, description: template.description ?? '' }}
            onValuesChange={flow.markDirty}
          >
            <Form.Item
              name="name"
              label={t('deliveryTemplates.editor.name')}
              rules={[
                { required: true, whitespace: true },
                { max: 50, message: t('deliveryTemplates.create.nameMax') },
              ]}
            >
              <Input autoComplete="off" maxLength={60} />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('deliveryTemplates.editor.description')}
              rules={[{ max: 500, message: t('deliveryTemplates.create.descriptionMax') }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          </Form>
        </Card>
        <Card title={t('deliveryTemplates.editor.flow')}>
          <FlowChain
            nodes={flow.nodes}
            problems={flow.problemMap}
            readOnly={readOnly}
            onOpen={flow.open}
            onMove={flow.move}
            onDelete={flow.remove}
            onAdd={flow.add}
          />
        </Card>
        <TemplateSimulator templateId={template.id} nodes={flow.nodes} editable={!readOnly} />
      </Flex>
      <AddNodePicker open={flow.picking !== null} childOnly={flow.picking?.container !== undefined} onPick={flow.pick} onClose={flow.closePicker} />
      <NodeDrawer node={flow.drawerNode} readOnly={readOnly} afterAssign={flow.afterAssign} onSave={flow.saveNode} onClose={flow.closeDrawer} />
    </>
  );
}

/** /delivery/templates/:id — the node editor (own drafts) or a read-only view with 复制. */
export function TemplateEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const template = useTemplate(id);
  if (template.isPending || template.isError) {
    return (
      <>
        <PageHeader before={<BackLink />} title={t('deliveryTemplates.title')} />
        <Card>{template.isPending ? <LoadingBlock /> : <LoadError error={template.error} onRetry={() => void template.refetch()} />}</Card>
      </>
    );
  }
  return <TemplateEditor key={template.data.id} template={template.data} />;
}
