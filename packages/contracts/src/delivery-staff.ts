import { z } from 'zod';
import { phoneSchema } from './accounts.js';
import { deliveryRoles } from './delivery.js';

/*
 * Delivery center, providers and people (DOMAIN 5 "Providers and capacity"; guide 5.2.3–5.2.4,
 * 5.4.2–5.4.4): vendor ↔ provider links, per-product provider capacity, the provider's
 * department tree, employees (seller sub-accounts with a delivery profile) and their leave.
 */

const id = z.string().min(1).max(64);
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/* ---------- provider links (operator) and per-product providers (vendor) ---------- */

export const sellerRefSchema = z.object({ sellerId: z.string(), code: z.string(), name: z.string() });
export type SellerRef = z.infer<typeof sellerRefSchema>;

export const providerLinkSchema = z.object({
  id: z.string(),
  vendor: sellerRefSchema,
  provider: sellerRefSchema,
  createdAt: z.string(),
});
export type ProviderLink = z.infer<typeof providerLinkSchema>;

export const providerLinkListQuery = z.object({ sellerId: id.optional(), ...page });
export const createProviderLinkBody = z.object({ vendorSellerId: id, providerSellerId: id });

/** A provider the vendor may pick (linked, or the vendor itself). */
export const availableProviderSchema = sellerRefSchema.extend({ self: z.boolean() });
export type AvailableProvider = z.infer<typeof availableProviderSchema>;

export const productProviderSchema = sellerRefSchema.extend({
  weight: z.number().int(),
  maxOpen: z.number().int(),
  /** running or paused projects of this product at that provider, counted live */
  open: z.number().int(),
  spare: z.number().int(),
});
export type ProductProvider = z.infer<typeof productProviderSchema>;

export const setProductProvidersBody = z.object({
  providers: z
    .array(
      z.object({
        providerSellerId: id,
        weight: z.number().int().min(1).max(100),
        maxOpen: z.number().int().min(0).max(10000),
      }),
    )
    .max(50)
    .refine((xs) => new Set(xs.map((x) => x.providerSellerId)).size === xs.length, 'each provider once'),
});
export type SetProductProviders = z.infer<typeof setProductProvidersBody>;

/* ---------- departments ---------- */

export const departmentSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  /** employees directly in this department */
  employees: z.number().int(),
  createdAt: z.string(),
});
export type Department = z.infer<typeof departmentSchema>;

const departmentName = z.string().trim().min(1).max(30);
export const createDepartmentBody = z.object({ name: departmentName, parentId: id.nullable().optional() });
export const updateDepartmentBody = z.object({ name: departmentName.optional(), parentId: id.nullable().optional() });

/* ---------- employees ---------- */

export const employeeMaxOpen = z.number().int().min(0).max(50);
/**
 * The tags the capacity dialog offers (guide 5.4.3 设置: "选择标签: (最多5个标签) 标准 高级 尊贵 旗舰"):
 * 标准 standard, 高级 advanced, 尊贵 premium, 旗舰 flagship. Other words stay possible (the guide's
 * capacity table also shows 管理、运营…), stored as typed.
 */
export const employeeTagPresets = ['standard', 'advanced', 'premium', 'flagship'] as const;
export type EmployeeTagPreset = (typeof employeeTagPresets)[number];
export const employeeTags = z.array(z.string().trim().min(1).max(10)).max(5);
const roles = z
  .array(z.enum(deliveryRoles))
  .min(1)
  .max(deliveryRoles.length)
  .refine((xs) => new Set(xs).size === xs.length, 'each role once');

/** 接单状态 of the guide's capacity table. */
export const employeeWorkStatuses = ['accepting', 'paused', 'on_leave'] as const;
export type EmployeeWorkStatus = (typeof employeeWorkStatuses)[number];

export const employeeSchema = z.object({
  userId: z.string(),
  loginName: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  accountStatus: z.enum(['active', 'disabled']),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  roles: z.array(z.string()),
  tags: z.array(z.string()),
  maxOpen: z.number().int(),
  /** open projects the employee operates now, counted live */
  load: z.number().int(),
  accepting: z.boolean(),
  /** the leave covering now, if any */
  onLeaveUntil: z.string().nullable(),
  workStatus: z.enum(employeeWorkStatuses),
  createdAt: z.string(),
});
export type Employee = z.infer<typeof employeeSchema>;

export const employeeListQuery = z.object({
  departmentId: id.optional(),
  role: z.enum(deliveryRoles).optional(),
  q: z.string().trim().max(64).optional(),
  status: z.enum(employeeWorkStatuses).optional(),
  ...page,
});
export type EmployeeListQuery = z.infer<typeof employeeListQuery>;

export const createEmployeeBody = z.object({
  /** the part before `@sellercode` */
  loginName: z
    .string()
    .trim()
    .min(2)
    .max(32)
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, 'letters, digits, dot, dash and underscore only'),
  displayName: z.string().trim().min(1).max(64),
  phone: phoneSchema.optional(),
  email: z.string().trim().email().optional(),
  departmentId: id.optional(),
  roles,
  maxOpen: employeeMaxOpen.default(5),
  tags: employeeTags.default([]),
});
export type CreateEmployee = z.infer<typeof createEmployeeBody>;

export const updateEmployeeBody = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  phone: phoneSchema.nullable().optional(),
  email: z.string().trim().email().nullable().optional(),
  departmentId: id.nullable().optional(),
  roles: roles.optional(),
  maxOpen: employeeMaxOpen.optional(),
  tags: employeeTags.optional(),
  accepting: z.boolean().optional(),
});
export type UpdateEmployee = z.infer<typeof updateEmployeeBody>;

/** Attach a delivery profile to an existing sub-account (e.g. a vendor project manager). */
export const attachEmployeeBody = createEmployeeBody.pick({ departmentId: true, roles: true, maxOpen: true, tags: true });

export const employeePasswordReply = z.object({ employee: employeeSchema, initialPassword: z.string() });
export const employeeCapacityBody = z.object({ maxOpen: employeeMaxOpen, tags: employeeTags.optional(), accepting: z.boolean().optional() });
export const acceptingBody = z.object({ accepting: z.boolean() });

/* ---------- vendor project managers (厂商项目经理, guide 5.2.7 / 5.3) ---------- */

export const vendorManagerSchema = z.object({
  userId: z.string(),
  loginName: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  accountStatus: z.enum(['active', 'disabled']),
  /** the preset permission nodes the role grants */
  permissions: z.array(z.string()),
  createdAt: z.string(),
});
export type VendorManager = z.infer<typeof vendorManagerSchema>;
export const createVendorManagerBody = createEmployeeBody.pick({ loginName: true, displayName: true, phone: true, email: true });
export type CreateVendorManager = z.infer<typeof createVendorManagerBody>;
export const vendorManagerPasswordReply = z.object({ manager: vendorManagerSchema, initialPassword: z.string() });

/* ---------- leave ---------- */

export const leaveSchema = z.object({
  id: z.string(),
  userId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type Leave = z.infer<typeof leaveSchema>;

export const createLeaveBody = z.object({
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  reason: z.string().trim().max(200).optional(),
});

export const myDeliveryProfileSchema = z.object({ employee: employeeSchema, leaves: z.array(leaveSchema) });
/**
 * `GET /delivery/me`: every seller account asks it (its menus show the delivery center to
 * employees only), so an account without a delivery profile is an answer, not an error:
 * `employee: null` and no leave.
 */
export const myDeliveryProfileOrNoneSchema = z.object({ employee: employeeSchema.nullable(), leaves: z.array(leaveSchema) });

export const productProvidersReply = z.object({
  productId: z.string(),
  /** no rows: the vendor delivers the product itself, without a capacity limit */
  selfByDefault: z.boolean(),
  providers: z.array(productProviderSchema),
});
export type ProductProviders = z.infer<typeof productProvidersReply>;
