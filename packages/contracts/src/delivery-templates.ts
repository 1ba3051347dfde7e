import { z } from 'zod';
import {
  deliveryRoles,
  flowNodeSchema,
  flowNodesSchema,
  messageTemplateKeys,
  publicTemplateKeys,
  reminderRecipients,
  reminderTriggers,
  requirementForms,
  templateKinds,
  templateStatuses,
} from './delivery.js';

/*
 * Delivery center, service-flow templates (DOMAIN 5 "Templates"; guide 5.2.2): the template
 * list and editor, the product ↔ template link, and the read-only preset lists the editor
 * shows (requirement forms, roles, message templates).
 */

const id = z.string().min(1).max(64);
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
/** A text in both languages of the app. */
export const localizedTextSchema = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/* ---------- templates ---------- */

/** public = the platform presets; mine = the seller's own private templates; absent = both */
export const templateScopes = ['public', 'mine'] as const;
export const templateListQuery = z.object({ scope: z.enum(templateScopes).optional(), status: z.enum(templateStatuses).optional(), ...page });
export type TemplateListQuery = z.infer<typeof templateListQuery>;

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(templateKinds),
  presetKey: z.enum(publicTemplateKeys).nullable(),
  status: z.enum(templateStatuses),
  /** steps the engine walks (containers flattened) */
  stepCount: z.number().int(),
  /** its complete node runs until the product's warranty ends: linking it needs warrantyDays */
  warranty: z.boolean(),
  copiedFrom: z.string().nullable(),
  /** the caller may edit (own draft) */
  editable: z.boolean(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templateSchema = templateSummarySchema.extend({ nodes: z.array(flowNodeSchema) });
export type Template = z.infer<typeof templateSchema>;

const templateName = z.string().trim().min(1).max(50);
const templateDescription = z.string().trim().max(500);
export const createTemplateBody = z.object({ name: templateName, description: templateDescription.optional() });
export type CreateTemplateBody = z.infer<typeof createTemplateBody>;
/** Drafts are saved as a whole; may be incomplete (the publish rules run on publish only). */
export const updateTemplateBody = z.object({ name: templateName, description: templateDescription.nullish(), nodes: flowNodesSchema });
export type UpdateTemplateBody = z.infer<typeof updateTemplateBody>;

/* ---------- product ↔ template ---------- */

/** warrantyDays: the product's warranty period in calendar days, required by (and only by) a warranty template */
export const productTemplateBody = z.object({ templateId: id, warrantyDays: z.number().int().min(1).max(3650).optional() });
export type ProductTemplateBody = z.infer<typeof productTemplateBody>;
export const productTemplateSchema = z.object({
  productId: z.string(),
  /** false: no template linked; projects then follow the public basic template (`template`) */
  linked: z.boolean(),
  linkedAt: z.string().nullable(),
  /** the warranty period projects of this product start with; null unless a warranty template is linked */
  warrantyDays: z.number().int().nullable(),
  template: templateSummarySchema.nullable(),
});
export type ProductTemplate = z.infer<typeof productTemplateSchema>;

/* ---------- read-only presets ---------- */

export const requirementFieldTypes = ['text', 'textarea', 'select', 'date', 'file', 'email'] as const;
export type RequirementFieldType = (typeof requirementFieldTypes)[number];
export const requirementFieldSchema = z.object({
  key: z.string(),
  label: localizedTextSchema,
  type: z.enum(requirementFieldTypes),
  required: z.boolean(),
  /** select only */
  options: z.array(z.object({ value: z.string(), label: localizedTextSchema })).optional(),
});
export type RequirementField = z.infer<typeof requirementFieldSchema>;
export const requirementFormSchema = z.object({ key: z.enum(requirementForms), name: localizedTextSchema, fields: z.array(requirementFieldSchema) });
export type RequirementFormDef = z.infer<typeof requirementFormSchema>;

export const deliveryRoleInfoSchema = z.object({ key: z.enum(deliveryRoles), label: localizedTextSchema, description: localizedTextSchema });
export type DeliveryRoleInfo = z.infer<typeof deliveryRoleInfoSchema>;

const messageTextSchema = z.object({ title: z.string(), body: z.string() });
export const messageTemplateInfoSchema = z.object({
  key: z.enum(messageTemplateKeys),
  name: localizedTextSchema,
  recipient: z.enum(reminderRecipients),
  trigger: z.enum(reminderTriggers),
  /** with {orderNo}, {productName} and {nodeName} placeholders */
  text: z.object({ 'zh-CN': messageTextSchema, 'en-US': messageTextSchema }),
});
export type MessageTemplateInfo = z.infer<typeof messageTemplateInfoSchema>;
