import type { RequirementFormDef } from '@cloudmart/contracts';
import { Alert, Form, Modal, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useNodeAction } from './project-actions.queries';
import { useRequirementForms } from './projects.queries';
import { answersOf, formFromMissing } from './requirement-form';
import { RequirementFields } from './RequirementFields';
import { useProjectReporter } from './project-ui';
import { useFeedback } from '../../../shared/ui/feedback';

interface RequirementsModalProps {
  projectId: string;
  nodeId: string;
  /** the form earlier answers of this step were given in, when known */
  knownForm: RequirementFormDef | null;
  submitLabel: string;
  onClose: () => void;
}

/** 提交需求: the customer fills in the step's preset requirement form. */
export function RequirementsModal({ projectId, nodeId, knownForm, submitLabel, onClose }: RequirementsModalProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const locale = currentLocale();
  const forms = useRequirementForms();
  const action = useNodeAction('buyer', projectId);
  const report = useProjectReporter();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [def, setDef] = useState<RequirementFormDef | null>(knownForm);
  const [guessFailed, setGuessFailed] = useState(false);
  const probed = useRef(false);

  const done = () => {
    void message.success(t('deliveryProjects.requirements.done'));
    onClose();
  };

  // no answers at all: the server names the form's required fields (or, for a step without a form, takes it)
  useEffect(() => {
    if (def || !forms.data || probed.current) return;
    probed.current = true;
    const all = forms.data;
    action.mutate(
      { kind: 'submit-requirements', nodeId, answers: {} },
      {
        onSuccess: done,
        onError: (err) => {
          const found = formFromMissing(all, err);
          if (found) setDef(found);
          else setGuessFailed(true);
        },
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the preset forms are known
  }, [forms.data, def]);

  const submit = (values: Record<string, unknown>) => {
    if (!def) return;
    action.mutate({ kind: 'submit-requirements', nodeId, answers: answersOf(def, values) }, { onSuccess: done, onError: (err) => report(err, form) });
  };

  return (
    <Modal
      open
      title={t('deliveryProjects.requirements.submitTitle')}
      okText={submitLabel}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !def }}
      onCancel={onClose}
      confirmLoading={action.isPending && def !== null}
      width={640}
      destroyOnHidden
    >
      {forms.isError ? (
        <LoadError error={forms.error} onRetry={() => void forms.refetch()} />
      ) : !forms.data || (!def && !guessFailed) ? (
        <LoadingBlock minHeight={160} />
      ) : (
        <Form form={form} name="requirements" layout="vertical" onFinish={submit} aria-label={t('deliveryProjects.requirements.submitTitle')}>
          {guessFailed ? (
            <Form.Item label={t('deliveryProjects.requirements.form')} required>
              <Select
                value={def?.key}
                onChange={(key) => setDef(forms.data.find((f) => f.key === key) ?? null)}
                options={forms.data.map((f) => ({ value: f.key, label: f.name[locale] }))}
                placeholder={t('deliveryProjects.requirements.selectPlaceholder')}
              />
            </Form.Item>
          ) : (
            <Alert type="info" showIcon title={def?.name[locale]} style={{ marginBottom: 16 }} />
          )}
          {def ? <RequirementFields fields={def.fields} /> : null}
        </Form>
      )}
    </Modal>
  );
}
