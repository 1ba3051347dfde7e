import type { Department } from '@cloudmart/contracts';

/** A department with its sub-departments, for antd Tree / TreeSelect (`key`/`value` = id). */
export interface DepartmentNode {
  key: string;
  value: string;
  title: string;
  department: Department;
  children: DepartmentNode[];
}

/** Rows with a parent → a forest, siblings by name; an orphan (parent gone) stays on top. */
export function departmentForest(rows: readonly Department[], label: (d: Department) => string = (d) => d.name): DepartmentNode[] {
  const ids = new Set(rows.map((d) => d.id));
  const byParent = new Map<string | null, Department[]>();
  for (const d of rows) {
    const parent = d.parentId !== null && ids.has(d.parentId) ? d.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), d]);
  }
  const build = (parent: string | null): DepartmentNode[] =>
    (byParent.get(parent) ?? [])
      .toSorted((a, b) => a.name.localeCompare(b.name))
      .map((d) => ({ key: d.id, value: d.id, title: label(d), department: d, children: build(d.id) }));
  return build(null);
}

/** The department and everything below it: where it may not move to. */
export function branchOf(rows: readonly Department[], id: string): Set<string> {
  const branch = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of rows) {
      if (d.parentId !== null && branch.has(d.parentId) && !branch.has(d.id)) {
        branch.add(d.id);
        grew = true;
      }
    }
  }
  return branch;
}

/** The forest without `excluded` departments (and so without their branches). */
export function withoutBranch(nodes: readonly DepartmentNode[], excluded: ReadonlySet<string>): DepartmentNode[] {
  return nodes.filter((n) => !excluded.has(n.key)).map((n) => ({ ...n, children: withoutBranch(n.children, excluded) }));
}
