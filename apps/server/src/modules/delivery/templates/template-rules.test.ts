import { flowNodesSchema, publishRuleCodes, type FlowNode, type PublishRuleCode } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { publishProblems } from './template-rules.js';
import { presetTemplates } from './template-presets.js';

// Guide 5.2.2: one valid template with every node type, then one mutation per publish rule.
const base = (): FlowNode[] =>
  flowNodesSchema.parse([
    { id: 'ap', type: 'assign_provider', name: '分配服务商' },
    {
      id: 'box',
      type: 'container',
      name: '需求阶段',
      children: [
        { id: 'sub', type: 'submit', name: '提交需求', form: 'general_demand', submitLabel: '提交', viewLabel: '查看', timeoutDays: 1.5 },
        { id: 'clm', type: 'claim', name: '认领订单', role: 'account_manager', timeoutDays: 1 },
      ],
    },
    { id: 'asg', type: 'assign', name: '分配订单', role: 'implementer', rule: 'department_first' },
    {
      id: 'gen',
      type: 'general',
      name: '交付',
      side: 'provider',
      role: 'implementer',
      uploadRequired: true,
      uploadLabel: '上传',
      viewLabel: '查看',
      confirmLabel: '提交',
    },
    {
      id: 'cfm',
      type: 'confirm',
      name: '客户确认',
      side: 'customer',
      confirmLabel: '确认',
      rejectable: true,
      rejectLabel: '驳回',
      timeoutDays: 2,
      autoAdvance: true,
    },
    { id: 'cmp', type: 'complete', name: '完成', confirmLabel: '确认完成', rejectable: true, rejectLabel: '驳回', timeoutDays: 14, autoAdvance: true },
  ]);

type Mutation = (nodes: FlowNode[]) => FlowNode[];
const node = <T extends FlowNode['type']>(nodes: FlowNode[], id: string, type: T): Extract<FlowNode, { type: T }> => {
  const all = nodes.flatMap((n): FlowNode[] => (n.type === 'container' ? [n, ...n.children] : [n]));
  const found = all.find((n) => n.id === id);
  if (found?.type !== type) throw new Error(`no ${type} node ${id}`);
  return found as Extract<FlowNode, { type: T }>;
};
const edit =
  <T extends FlowNode['type']>(id: string, type: T, change: (n: Extract<FlowNode, { type: T }>) => void): Mutation =>
  (nodes) => {
    change(node(nodes, id, type));
    return nodes;
  };

/** each rule → [the mutation that breaks only it, the node it names] */
const broken: Record<PublishRuleCode, [Mutation, string | null]> = {
  first_not_assign_provider: [(n) => n.slice(1), 'box'],
  assign_provider_twice: [(n) => [...n.slice(0, 3), { id: 'ap2', type: 'assign_provider', name: '再分配', reminders: [] }, ...n.slice(3)], 'ap2'],
  last_not_complete: [(n) => n.slice(0, -1), 'cfm'],
  complete_not_last: [(n) => [...n.slice(0, 4), { ...node(n, 'cmp', 'complete'), id: 'cmp0', rejectable: false }, ...n.slice(4)], 'cmp0'],
  no_work_nodes: [(n) => [n[0], n[5]].filter((x): x is FlowNode => x !== undefined), null],
  container_empty: [(n) => [...n.slice(0, 2), { id: 'empty', type: 'container', name: '空', reminders: [], children: [] }, ...n.slice(2)], 'empty'],
  duplicate_node_id: [edit('gen', 'general', (g) => (g.id = 'sub')), 'sub'],
  name_missing: [edit('cfm', 'confirm', (c) => (c.name = ' ')), 'cfm'],
  role_missing: [edit('clm', 'claim', (c) => delete c.role), 'clm'],
  side_missing: [edit('cfm', 'confirm', (c) => delete c.side), 'cfm'],
  role_not_assigned: [edit('gen', 'general', (g) => (g.role = 'designer')), 'gen'],
  reject_after_assign: [(n) => [n[0], n[1], n[2], n[4], n[3], n[5]].filter((x): x is FlowNode => x !== undefined), 'cfm'],
  reject_label_missing: [edit('cfm', 'confirm', (c) => delete c.rejectLabel), 'cfm'],
  label_missing: [edit('sub', 'submit', (s) => delete s.viewLabel), 'sub'],
  form_missing: [edit('sub', 'submit', (s) => delete s.form), 'sub'],
  timeout_precision: [edit('cfm', 'confirm', (c) => (c.timeoutDays = 1.25)), 'cfm'],
  auto_advance_without_timeout: [edit('cfm', 'confirm', (c) => (c.timeoutDays = 0)), 'cfm'],
  department_first_without_claim: [edit('box', 'container', (b) => (b.children = b.children.filter((c) => c.id !== 'clm'))), 'asg'],
};

describe('publish rules', () => {
  it('accept the valid base template', () => {
    expect(publishProblems(base())).toEqual([]);
  });

  it.each(publishRuleCodes.map((rule) => [rule] as const))('report %s alone, naming its node', (rule) => {
    const [mutate, nodeId] = broken[rule];
    expect(publishProblems(mutate(base()))).toEqual([{ rule, nodeId }]);
  });

  it('report every broken rule at once', () => {
    const nodes = edit('sub', 'submit', (s) => delete s.form)(edit('cfm', 'confirm', (c) => delete c.side)(base()));
    expect(publishProblems(nodes).map((p) => p.rule)).toEqual(['side_missing', 'form_missing']);
  });

  it('want a provider-side role only from an earlier assign or claim node', () => {
    const nodes = base();
    const [ap, box, asg, gen, ...rest] = nodes;
    if (!ap || !box || !asg || !gen) throw new Error('base changed');
    // the general node before the assign node that brings its role
    expect(publishProblems([ap, box, gen, asg, ...rest])).toContainEqual({ rule: 'role_not_assigned', nodeId: 'gen' });
    // a customer-side general node needs no role
    expect(publishProblems(edit('gen', 'general', (g) => Object.assign(g, { side: 'customer', role: undefined }))(base()))).toEqual([]);
  });

  it('ask for upload and view labels only when an upload is required', () => {
    const noUpload = edit('gen', 'general', (g) => Object.assign(g, { uploadRequired: false, uploadLabel: undefined, viewLabel: undefined }))(base());
    expect(publishProblems(noUpload)).toEqual([]);
    const noConfirm = edit('gen', 'general', (g) => delete g.confirmLabel)(base());
    expect(publishProblems(noConfirm)).toEqual([{ rule: 'label_missing', nodeId: 'gen' }]);
  });

  it('accept one decimal of timeout and a complete node as the last child of a container', () => {
    const nodes = edit('cfm', 'confirm', (c) => (c.timeoutDays = 0.1))(base());
    const cmp = nodes.pop();
    const box = node(nodes, 'box', 'container');
    if (!cmp || cmp.type !== 'complete') throw new Error('base changed');
    nodes.push({ ...box, id: 'end', children: [cmp] });
    expect(publishProblems(nodes)).toEqual([]);
  });

  it.each(presetTemplates.map((p) => [p.key, p.nodes] as const))('pass for the public template %s', (_key, nodes) => {
    expect(publishProblems(nodes)).toEqual([]);
  });
});
