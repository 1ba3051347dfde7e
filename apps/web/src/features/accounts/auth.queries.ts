import { loginReply, meSchema, type LoginBody, type LoginReply, type Me, type SignupBody, type updateProfileBody } from '@cloudmart/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiGet, apiSend, apiSendVoid, isApiError } from '../../shared/api/client';
import { setLocale } from '../../shared/i18n';

export const meKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session. */
async function fetchMe(): Promise<Me | null> {
  try {
    return await apiGet('/auth/me', meSchema);
  } catch (err) {
    if (isApiError(err) && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in user inside guarded pages (the guard renders them only with a user). */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside an authenticated route');
  return data;
}

function useSessionStart() {
  const qc = useQueryClient();
  return async (reply: LoginReply) => {
    // a new identity: nothing cached for the previous one may leak into it
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    qc.setQueryData(meKey, reply.user);
    await setLocale(reply.user.locale);
  };
}

export function useLogin() {
  const start = useSessionStart();
  return useMutation({
    mutationFn: (body: LoginBody) => apiSend('POST', '/auth/login', loginReply, body),
    onSuccess: start,
  });
}

export function useSignup() {
  const start = useSessionStart();
  return useMutation({
    mutationFn: (body: SignupBody) => apiSend('POST', '/auth/signup', loginReply, body),
    onSuccess: start,
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiSendVoid('POST', '/auth/logout'),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => apiSendVoid('POST', '/auth/password', body),
    onSuccess: () => {
      qc.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, mustChangePassword: false } : me));
      return qc.invalidateQueries({ queryKey: meKey });
    },
  });
}

export type ProfilePatch = z.input<typeof updateProfileBody>;

export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProfilePatch) => apiSend('PATCH', '/auth/me', meSchema, patch),
    onSuccess: (me) => qc.setQueryData(meKey, me),
  });
}
