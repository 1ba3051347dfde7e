import type { ProjectDetail, RequirementFormDef } from '@cloudmart/contracts';
import { Descriptions, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { formatDateTime } from '../../../shared/ui/format';
import { fileUrl } from '../../../shared/api/files';
import { useRequirementForms } from './projects.queries';
import { formOfAnswers } from './requirement-form';

function AnswerValue({ value, field }: { value: unknown; field: RequirementFormDef['fields'][number] | undefined }) {
  const locale = currentLocale();
  if (field?.type === 'file') {
    const ids = Array.isArray(value) ? value : [value];
    return (
      <Flex gap={8} wrap>
        {ids
          .filter((v): v is string => typeof v === 'string')
          .map((id) => (
            <Typography.Link key={id} href={fileUrl(id)} target="_blank" rel="noreferrer">
              {id}
            </Typography.Link>
          ))}
      </Flex>
    );
  }
  if (field?.type === 'select') {
    const option = field.options?.find((o) => o.value === value);
    if (option) return <>{option.label[locale]}</>;
  }
  return <span style={{ whiteSpace: 'pre-wrap' }}>{typeof value === 'string' ? value : JSON.stringify(value)}</span>;
}

/** The customer's answers, labelled with their preset form's field names (newest first). */
export function RequirementsView({ requirements }: { requirements: ProjectDetail['requirements'] }) {
  const { t } = useTranslation();
  const forms = useRequirementForms();
  const locale = currentLocale();
  if (!requirements.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliveryProjects.requirements.empty')} />;
  return (
    <Flex vertical gap={16}>
      {[...requirements].reverse().map((r, i) => {
        const def = forms.data ? formOfAnswers(forms.data, r.answers) : null;
        const keys = def ? def.fields.map((f) => f.key).filter((k) => k in r.answers) : Object.keys(r.answers);
        return (
          <Descriptions
            key={`${r.nodeId}-${r.run}-${i}`}
            bordered
            size="small"
            column={1}
            title={`${r.nodeName}${def ? ` · ${def.name[locale]}` : ''}`}
            extra={
              <Typography.Text type="secondary">
                {t('deliveryProjects.requirements.run', { run: r.run })} ·{' '}
                {t('deliveryProjects.requirements.submittedAt', { time: formatDateTime(r.submittedAt) })}
              </Typography.Text>
            }
            items={keys.map((k) => {
              const field = def?.fields.find((f) => f.key === k);
              return { key: k, label: field?.label[locale] ?? k, children: <AnswerValue value={r.answers[k]} field={field} /> };
            })}
          />
        );
      })}
    </Flex>
  );
}
