import type { ProjectDetail } from '@cloudmart/contracts';
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConversationPanel } from './ConversationPanel';
import { FilesTable } from './FilesTable';
import { FlowLogPanel } from './FlowLogPanel';
import type { ProjectAudience } from './projects.queries';
import { RequirementsView } from './RequirementsView';

/** 需求信息, 项目留言 (read-only for the operator), 项目备注 (provider side only), 流程日志, 文件管理. */
export function ProjectSections({ audience, detail }: { audience: ProjectAudience; detail: ProjectDetail }) {
  const { t } = useTranslation();
  const id = detail.project.id;
  const nodeId = detail.liveTask?.nodeId ?? null;
  const count = (label: string, n: number) => (n ? `${label}（${n}）` : label);
  const items = [
    { key: 'requirements', label: t('deliveryProjects.sections.requirements'), children: <RequirementsView requirements={detail.requirements} /> },
    {
      key: 'messages',
      label: count(t('deliveryProjects.sections.messages'), detail.messages.length),
      children: (
        <ConversationPanel audience={audience} projectId={id} kind="message" items={detail.messages} nodeId={nodeId} readOnly={audience === 'operator'} />
      ),
    },
    // notes never reach the customer: the server leaves them out, and so does this tab
    ...(audience === 'seller' && detail.notes
      ? [
          {
            key: 'notes',
            label: count(t('deliveryProjects.sections.notes'), detail.notes.length),
            children: <ConversationPanel audience={audience} projectId={id} kind="note" items={detail.notes} nodeId={nodeId} />,
          },
        ]
      : []),
    { key: 'log', label: t('deliveryProjects.sections.log'), children: <FlowLogPanel log={detail.log} currentRun={detail.project.run} /> },
    { key: 'files', label: count(t('deliveryProjects.sections.files'), detail.files.length), children: <FilesTable files={detail.files} /> },
  ];
  return (
    <Card>
      <Tabs items={items} />
    </Card>
  );
}
