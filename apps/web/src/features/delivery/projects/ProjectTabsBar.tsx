import { projectTabs, type ProjectTabCounts, type SellerProjectTab } from '@cloudmart/contracts';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 全部项目 / 执行中 / 已超时 / 已取消 / 已暂停 / 已完成, each with its count; 我的项目 has 全部项目 /
 * 待处理项目 / 已处理项目 instead (guide 5.5.3).
 */
export function ProjectTabsBar({
  tab,
  counts,
  onChange,
  tabs = projectTabs,
}: {
  tab: SellerProjectTab;
  counts: ProjectTabCounts | undefined;
  onChange: (tab: SellerProjectTab) => void;
  tabs?: readonly SellerProjectTab[];
}) {
  const { t } = useTranslation();
  const labelOf = (key: SellerProjectTab) => (key === 'pending' || key === 'handled' ? t(`deliveryMine.tabs.${key}`) : t(`deliveryProjects.tabs.${key}`));
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => {
        const next = tabs.find((x) => x === key);
        if (next) onChange(next);
      }}
      items={tabs.map((key) => ({
        key,
        label: counts ? t('deliveryProjects.tabCount', { label: labelOf(key), count: counts[key] ?? 0 }) : labelOf(key),
      }))}
    />
  );
}
