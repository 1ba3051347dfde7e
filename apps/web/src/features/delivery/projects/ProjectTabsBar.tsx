import { projectTabs, type ProjectTab, type ProjectTabCounts } from '@cloudmart/contracts';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';

/** 全部项目 / 执行中 / 已超时 / 已取消 / 已暂停 / 已完成, each with its count. */
export function ProjectTabsBar({ tab, counts, onChange }: { tab: ProjectTab; counts: ProjectTabCounts | undefined; onChange: (tab: ProjectTab) => void }) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => {
        const next = projectTabs.find((x) => x === key);
        if (next) onChange(next);
      }}
      items={projectTabs.map((key) => ({
        key,
        label: counts ? t('deliveryProjects.tabCount', { label: t(`deliveryProjects.tabs.${key}`), count: counts[key] }) : t(`deliveryProjects.tabs.${key}`),
      }))}
    />
  );
}
