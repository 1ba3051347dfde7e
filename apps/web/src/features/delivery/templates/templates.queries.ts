import {
  productTemplateSchema,
  requirementFormSchema,
  templateSchema,
  templateSimulationSchema,
  templateSummarySchema,
  type CreateTemplateBody,
  type TemplateSimulationBody,
  type ProductTemplateBody,
  type TemplateListQuery,
  type UpdateTemplateBody,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiGet, apiSend, apiSendVoid, pageOf } from '../../../shared/api/client';
import { localizePreset, localizePresetNodes } from './preset-texts';

/* Service-flow templates (server: modules/delivery/templates/templates.routes.ts). */

const templatesKey = ['delivery-templates'] as const;
const productTemplateKey = ['product-delivery-template'] as const;
const templatePage = pageOf(templateSummarySchema);
const path = (id: string) => `/delivery/templates/${encodeURIComponent(id)}`;
const productPath = (productId: string) => `/seller/products/${encodeURIComponent(productId)}/delivery-template`;

export function useTemplates(query: TemplateListQuery, enabled = true) {
  const { t } = useTranslation();
  return useQuery({
    queryKey: [...templatesKey, 'list', query],
    enabled,
    queryFn: () => apiGet('/delivery/templates', templatePage, { ...query }),
    placeholderData: keepPreviousData,
    // the public presets in the user's language (stored in Chinese)
    select: (page) => ({ ...page, items: page.items.map((tpl) => localizePreset(tpl, t)) }),
  });
}

export function useTemplate(id: string | undefined) {
  const { t } = useTranslation();
  return useQuery({
    queryKey: [...templatesKey, 'detail', id],
    enabled: id !== undefined,
    queryFn: () => apiGet(path(id ?? ''), templateSchema),
    // a public preset (read-only) with its name, description and node names in the user's language
    select: (tpl) => localizePresetNodes(tpl, t),
  });
}

function useInvalidateTemplates() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: templatesKey });
}

export function useCreateTemplate() {
  const invalidate = useInvalidateTemplates();
  return useMutation({ mutationFn: (body: CreateTemplateBody) => apiSend('POST', '/delivery/templates', templateSchema, body), onSuccess: invalidate });
}

export function useCopyTemplate() {
  const invalidate = useInvalidateTemplates();
  return useMutation({ mutationFn: (id: string) => apiSend('POST', `${path(id)}/copy`, templateSchema), onSuccess: invalidate });
}

export function useUpdateTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateTemplateBody }) => apiSend('PUT', path(id), templateSchema, body),
    onSuccess: (saved) => {
      qc.setQueryData([...templatesKey, 'detail', saved.id], saved);
      return qc.invalidateQueries({ queryKey: [...templatesKey, 'list'] });
    },
  });
}

export function usePublishTemplate() {
  const invalidate = useInvalidateTemplates();
  return useMutation({ mutationFn: (id: string) => apiSend('POST', `${path(id)}/publish`, templateSchema), onSuccess: invalidate });
}

export function useDeleteTemplate() {
  const invalidate = useInvalidateTemplates();
  return useMutation({ mutationFn: (id: string) => apiSendVoid('DELETE', path(id)), onSuccess: invalidate });
}

// ---- read-only presets ----

export function useRequirementForms() {
  return useQuery({
    queryKey: ['delivery-requirement-forms'],
    queryFn: () => apiGet('/delivery/requirement-forms', z.array(requirementFormSchema)),
    staleTime: 10 * 60_000,
  });
}

// ---- product ↔ template ----

export function useProductTemplate(productId: string, enabled: boolean) {
  const { t } = useTranslation();
  return useQuery({
    queryKey: [...productTemplateKey, productId],
    enabled,
    queryFn: () => apiGet(productPath(productId), productTemplateSchema),
    select: (pt) => ({ ...pt, template: pt.template ? localizePreset(pt.template, t) : null }),
  });
}

export function useLinkProductTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, body }: { productId: string; body: ProductTemplateBody }) => apiSend('PUT', productPath(productId), productTemplateSchema, body),
    onSuccess: (reply) => qc.setQueryData([...productTemplateKey, reply.productId], reply),
  });
}

// ---- simulator ----

/** The engine's due times for a flow started at a chosen instant (server: engine/simulation.routes.ts). */
export function useSimulateTemplate() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TemplateSimulationBody }) => apiSend('POST', `${path(id)}/simulate`, templateSimulationSchema, body),
  });
}
