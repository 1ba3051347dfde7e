import type { FlowNode, PublishProblem } from '@cloudmart/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allIds,
  insertNode,
  moveNode,
  newNode,
  newNodeId,
  nodeAt,
  pointOf,
  problemsByNode,
  removeNode,
  replaceNode,
  stepBefore,
  type AddableType,
  type InsertPoint,
  type NodePath,
} from './template-doc';

type DrawerState = { mode: 'edit'; path: NodePath; node: FlowNode } | { mode: 'new'; point: InsertPoint; node: FlowNode } | null;

/**
 * The editor's document state: the node list, which node's form is open, the "添加节点"
 * picker, and the problems of the last publish attempt (highlighted on their cards).
 */
export function useFlowEditing(initial: readonly FlowNode[]) {
  const { t } = useTranslation();
  const [nodes, setNodes] = useState<FlowNode[]>(() => [...initial]);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<PublishProblem[] | null>(null);
  const [drawer, setDrawer] = useState<DrawerState>(null);
  const [picking, setPicking] = useState<InsertPoint | null>(null);

  const change = (next: FlowNode[]) => {
    setNodes(next);
    setDirty(true);
  };

  const problemMap = useMemo(() => problemsByNode(problems ?? []), [problems]);
  const drawerPoint = drawer ? (drawer.mode === 'new' ? drawer.point : pointOf(drawer.path)) : null;
  const before = drawerPoint ? stepBefore(nodes, drawerPoint) : undefined;

  return {
    nodes,
    dirty,
    markSaved: () => setDirty(false),
    markDirty: () => setDirty(true),
    problems,
    problemMap,
    setProblems,
    drawerNode: drawer?.node ?? null,
    afterAssign: before?.type === 'claim' || before?.type === 'assign',
    picking,
    open: (p: NodePath) => {
      const node = nodeAt(nodes, p);
      if (node) setDrawer({ mode: 'edit', path: p, node });
    },
    add: (point: InsertPoint) => setPicking(point),
    closePicker: () => setPicking(null),
    pick: (type: AddableType) => {
      if (!picking) return;
      const node = newNode(type, newNodeId(allIds(nodes)), t(`delivery.nodeTypes.${type}`));
      setPicking(null);
      setDrawer({ mode: 'new', point: picking, node });
    },
    closeDrawer: () => setDrawer(null),
    saveNode: (node: FlowNode) => {
      if (!drawer) return;
      change(drawer.mode === 'new' ? insertNode(nodes, drawer.point, node) : replaceNode(nodes, drawer.path, node));
      setProblems((ps) => ps?.filter((p) => p.nodeId !== node.id) ?? null);
      setDrawer(null);
    },
    move: (p: NodePath, delta: -1 | 1) => change(moveNode(nodes, p, delta)),
    remove: (p: NodePath) => change(removeNode(nodes, p)),
  };
}
