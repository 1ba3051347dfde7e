import { aftersalesSettingsSchema, type AftersalesSettings } from '@cloudmart/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../shared/api/client';

const settingsKey = ['aftersales-settings'] as const;

export function useAftersalesSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => apiGet('/operator/aftersales-settings', aftersalesSettingsSchema) });
}

export function useSaveAftersalesSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AftersalesSettings) => apiSend('PUT', '/operator/aftersales-settings', aftersalesSettingsSchema, body),
    onSuccess: (saved) => qc.setQueryData(settingsKey, saved),
  });
}
