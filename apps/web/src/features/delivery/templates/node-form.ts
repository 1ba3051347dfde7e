import type { DeliveryRole, FlowNode, Reminder, RequirementForm, Side } from '@cloudmart/contracts';

/*
 * The node drawer's form values and their conversion back into a node. Drafts may stay
 * incomplete (the publish rules name what is missing), so only the schema's limits are
 * enforced in the form; hidden settings are dropped here (a customer-side node has no role,
 * a node without a timeout does not auto-advance, a non-rejectable one has no reject label,
 * a complete node that runs until the warranty ends has neither timeout nor auto-advance).
 */

export interface NodeFormValues {
  name: string;
  form?: RequirementForm;
  submitLabel?: string;
  viewLabel?: string;
  confirmLabel?: string;
  rejectLabel?: string;
  uploadLabel?: string;
  timeoutDays?: number | null;
  role?: DeliveryRole;
  rule?: 'provider_first' | 'department_first';
  side?: Side;
  rejectable?: boolean;
  autoAdvance?: boolean;
  untilWarrantyEnds?: boolean;
  uploadRequired?: boolean;
  uploadKind?: 'any' | 'contract';
  reminders?: Reminder[];
}

export function formValuesOf(node: FlowNode): NodeFormValues {
  return { ...node };
}

const text = (v: string | undefined): string | undefined => v?.trim() || undefined;
const days = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** `base` with the drawer's values; id, type and container children are kept. */
export function nodeFromValues(base: FlowNode, v: NodeFormValues): FlowNode {
  const common = { id: base.id, name: v.name.trim(), reminders: v.reminders ?? [] };
  const timeoutDays = days(v.timeoutDays);
  const providerRole = v.side === 'provider' ? v.role : undefined;
  const rejectLabel = v.rejectable ? text(v.rejectLabel) : undefined;
  const autoAdvance = timeoutDays > 0 && v.autoAdvance === true;
  switch (base.type) {
    case 'assign_provider':
      return { ...common, type: base.type };
    case 'container':
      return { ...common, type: base.type, children: base.children };
    case 'submit':
      return { ...common, type: base.type, form: v.form, submitLabel: text(v.submitLabel), viewLabel: text(v.viewLabel), timeoutDays };
    case 'claim':
      return { ...common, type: base.type, role: v.role, timeoutDays };
    case 'assign':
      return { ...common, type: base.type, role: v.role, rule: v.rule ?? 'provider_first' };
    case 'confirm':
      return {
        ...common,
        type: base.type,
        side: v.side,
        role: providerRole,
        confirmLabel: text(v.confirmLabel),
        rejectable: v.rejectable === true,
        rejectLabel,
        timeoutDays,
        autoAdvance,
      };
    case 'general':
      return {
        ...common,
        type: base.type,
        side: v.side,
        role: providerRole,
        uploadRequired: v.uploadRequired === true,
        uploadKind: v.uploadRequired ? (v.uploadKind ?? 'any') : 'any',
        uploadLabel: text(v.uploadLabel),
        viewLabel: text(v.viewLabel),
        confirmLabel: text(v.confirmLabel),
        timeoutDays,
      };
    case 'complete': {
      const untilWarrantyEnds = v.untilWarrantyEnds === true;
      return {
        ...common,
        type: base.type,
        confirmLabel: text(v.confirmLabel),
        rejectable: v.rejectable === true,
        rejectLabel,
        timeoutDays: untilWarrantyEnds ? 0 : timeoutDays,
        autoAdvance: untilWarrantyEnds ? false : autoAdvance,
        untilWarrantyEnds,
      };
    }
  }
}

/** 1.5 is fine, 1.25 is not ("精确到小数点后1位"), as the server's publish rule. */
export function hasOneDecimalAtMost(value: number): boolean {
  return Math.abs(value * 10 - Math.round(value * 10)) <= 1e-9;
}
