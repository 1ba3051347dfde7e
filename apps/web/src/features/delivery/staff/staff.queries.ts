import {
  departmentSchema,
  employeePasswordReply,
  employeeSchema,
  leaveSchema,
  myDeliveryProfileOrNoneSchema,
  myDeliveryProfileSchema,
  type createDepartmentBody,
  type createEmployeeBody,
  type createLeaveBody,
  type employeeCapacityBody,
  type EmployeeListQuery,
  type updateDepartmentBody,
  type UpdateEmployee,
} from '@cloudmart/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiSend, apiSendVoid, pageOf } from '../../../shared/api/client';

/* Departments, employees, leave and the caller's own profile (server: modules/delivery/staff/staff.routes.ts). */

const staffKey = ['delivery-staff'] as const;
const departmentsKey = [...staffKey, 'departments'] as const;
const employeesKey = [...staffKey, 'employees'] as const;
const meKey = ['delivery-me'] as const;
const employeePage = pageOf(employeeSchema);
const departmentPath = (id: string) => `/delivery/departments/${encodeURIComponent(id)}`;
const employeePath = (userId: string) => `/delivery/employees/${encodeURIComponent(userId)}`;

export function useDepartments() {
  return useQuery({ queryKey: departmentsKey, queryFn: () => apiGet('/delivery/departments', z.array(departmentSchema)) });
}

/** Departments and employees change each other's counts: refresh both. */
function useInvalidateStaff() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: staffKey });
}

export function useCreateDepartment() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (body: z.input<typeof createDepartmentBody>) => apiSend('POST', '/delivery/departments', departmentSchema, body),
    onSuccess: invalidate,
  });
}

export function useUpdateDepartment() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof updateDepartmentBody> }) => apiSend('PUT', departmentPath(id), departmentSchema, body),
    onSuccess: invalidate,
  });
}

export function useDeleteDepartment() {
  const invalidate = useInvalidateStaff();
  return useMutation({ mutationFn: (id: string) => apiSendVoid('DELETE', departmentPath(id)), onSuccess: invalidate });
}

export function useEmployees(q: EmployeeListQuery) {
  return useQuery({
    queryKey: [...employeesKey, 'list', q],
    queryFn: () => apiGet('/delivery/employees', employeePage, { ...q }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateEmployee() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (body: z.input<typeof createEmployeeBody>) => apiSend('POST', '/delivery/employees', employeePasswordReply, body),
    onSuccess: invalidate,
  });
}

export function useUpdateEmployee() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateEmployee }) => apiSend('PUT', employeePath(userId), employeeSchema, body),
    onSuccess: invalidate,
  });
}

export function useSetEmployeeCapacity() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: z.input<typeof employeeCapacityBody> }) =>
      apiSend('PUT', `${employeePath(userId)}/capacity`, employeeSchema, body),
    onSuccess: invalidate,
  });
}

export function useResetEmployeePassword() {
  return useMutation({ mutationFn: (userId: string) => apiSend('POST', `${employeePath(userId)}/reset-password`, employeePasswordReply) });
}

export function useDeleteEmployee() {
  const invalidate = useInvalidateStaff();
  return useMutation({ mutationFn: (userId: string) => apiSendVoid('DELETE', employeePath(userId)), onSuccess: invalidate });
}

export function useLeaves(userId: string | undefined) {
  return useQuery({
    queryKey: [...employeesKey, 'leaves', userId],
    enabled: userId !== undefined,
    queryFn: () => apiGet(`${employeePath(userId ?? '')}/leaves`, z.array(leaveSchema)),
  });
}

export function useCreateLeave() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: z.input<typeof createLeaveBody> }) =>
      apiSend('POST', `${employeePath(userId)}/leaves`, leaveSchema, body),
    onSuccess: invalidate,
  });
}

export function useEndLeave() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ userId, leaveId }: { userId: string; leaveId: string }) =>
      apiSendVoid('DELETE', `${employeePath(userId)}/leaves/${encodeURIComponent(leaveId)}`),
    onSuccess: invalidate,
  });
}

/** The caller's own profile; null when the account has no delivery profile (`employee: null`). */
export function useMyDeliveryProfile() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      const { employee, leaves } = await apiGet('/delivery/me', myDeliveryProfileOrNoneSchema);
      return employee ? { employee, leaves } : null;
    },
  });
}

export function useSetMyAccepting() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (accepting: boolean) => apiSend('PUT', '/delivery/me/accepting', myDeliveryProfileSchema, { accepting }),
    onSuccess: (profile) => qc.setQueryData(meKey, profile),
  });
}
