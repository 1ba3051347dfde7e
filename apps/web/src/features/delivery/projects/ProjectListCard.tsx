import type { ProjectListItem, ProjectListReply, SellerProjectTab } from '@cloudmart/contracts';
import { Card } from 'antd';
import type { ProjectListState } from './projects.queries';
import { ProjectTable } from './ProjectTable';
import { ProjectTabsBar } from './ProjectTabsBar';

interface ProjectListCardProps {
  state: Pick<ProjectListState, 'tab' | 'page' | 'pageSize'>;
  list: { data?: ProjectListReply | undefined; isFetching: boolean; isError: boolean; error: unknown };
  /** move the list (the page keeps its state in the URL) */
  go: (next: Partial<ProjectListState>) => void;
  linkOf: (p: ProjectListItem) => string;
  label: string;
  buyer?: boolean;
  vendor?: boolean;
  /** the list's tabs (default: the status tabs) */
  tabs?: readonly SellerProjectTab[];
}

/** The status tabs over the project table with its paging: a new tab starts at page 1, a new page size too. */
export function ProjectListCard({ state, list, go, linkOf, label, buyer, vendor, tabs }: ProjectListCardProps) {
  return (
    <Card>
      <ProjectTabsBar tab={state.tab} tabs={tabs} counts={list.data?.counts} onChange={(tab) => go({ tab, page: 1 })} />
      <ProjectTable
        buyer={buyer}
        vendor={vendor}
        reply={list.data}
        loading={list.isFetching}
        error={list.isError ? list.error : null}
        linkOf={linkOf}
        label={label}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => go({ page: pageSize === state.pageSize ? page : 1, pageSize }),
        }}
      />
    </Card>
  );
}
