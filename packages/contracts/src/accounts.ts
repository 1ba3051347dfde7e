import { z } from 'zod';
import { allPermissions, type Permission } from './permissions.js';

export const locales = ['zh-CN', 'en-US'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const userKinds = ['seller', 'buyer', 'operator'] as const;
export type UserKind = (typeof userKinds)[number];

/** 8–64 characters with at least a letter and a digit. */
export const passwordSchema = z
  .string()
  .min(8, 'at least 8 characters')
  .max(64, 'at most 64 characters')
  .regex(/[A-Za-z]/, 'needs a letter')
  .regex(/[0-9]/, 'needs a digit');

export const loginNameSchema = z
  .string()
  .trim()
  .min(3, 'at least 3 characters')
  .max(64)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, 'letters, digits, dot, dash and underscore only');

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9-]{6,20}$/, 'not a phone number');

export const signupBody = z.object({
  kind: z.enum(['seller', 'buyer']),
  loginName: loginNameSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1).max(64),
  email: z.string().trim().email().optional(),
  phone: phoneSchema.optional(),
  companyName: z.string().trim().min(2).max(100).optional(),
  locale: localeSchema.optional(),
});
export type SignupBody = z.infer<typeof signupBody>;

export const loginBody = z.object({
  // sub-accounts log in as `name@sellercode`
  loginName: z.string().trim().min(1).max(140),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const updateProfileBody = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  email: z.string().trim().email().nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  locale: localeSchema.optional(),
});

export const meSchema = z.object({
  id: z.string(),
  kind: z.enum(userKinds),
  uid: z.number().int(),
  loginName: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: localeSchema,
  sellerId: z.string().nullable(),
  sellerName: z.string().nullable(),
  isMain: z.boolean(),
  permissions: z.array(z.string()),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const loginReply = z.object({ user: meSchema, csrfToken: z.string() });
export type LoginReply = z.infer<typeof loginReply>;

// ---- sub-accounts and permission groups (seller main account, or account.admin) ----

const permissionKey = z.string().refine((s) => (allPermissions as readonly string[]).includes(s), 'unknown permission');

export const subAccountSchema = z.object({
  id: z.string(),
  loginName: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type SubAccount = z.infer<typeof subAccountSchema>;

export const createSubAccountBody = z.object({
  /** the part before `@sellercode` */
  name: z
    .string()
    .trim()
    .min(2)
    .max(32)
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, 'letters, digits, dot, dash and underscore only'),
  displayName: z.string().trim().min(1).max(64),
  email: z.string().trim().email().optional(),
  phone: phoneSchema.optional(),
  groupIds: z.array(z.string()).max(50).optional(),
});
export const updateSubAccountBody = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  email: z.string().trim().email().nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  groupIds: z.array(z.string()).max(50).optional(),
});
export const subAccountListQuery = z.object({
  q: z.string().trim().max(64).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const generatedPasswordReply = z.object({ subAccount: subAccountSchema, initialPassword: z.string() });

export const permissionGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  permissions: z.array(z.string()),
  members: z.array(z.object({ id: z.string(), loginName: z.string(), displayName: z.string() })),
  createdAt: z.string(),
});
export type PermissionGroup = z.infer<typeof permissionGroupSchema>;

export const createGroupBody = z.object({
  name: z.string().trim().min(1).max(40),
  description: z.string().trim().max(200).optional(),
  permissions: z.array(permissionKey).max(200).default([]),
});
export const updateGroupBody = z.object({
  name: z.string().trim().min(1).max(40).optional(),
  description: z.string().trim().max(200).nullable().optional(),
  permissions: z.array(permissionKey).max(200).optional(),
});
export const setMembersBody = z.object({ userIds: z.array(z.string()).max(500) });

export const catalogueReply = z.array(z.object({ module: z.string(), keys: z.array(z.string()) }));

export type { Permission };
