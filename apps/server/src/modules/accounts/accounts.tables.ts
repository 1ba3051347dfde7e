import { sql } from 'drizzle-orm';
import { bigint, boolean, index, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const userUidSeq = pgSequence('user_uid_seq', { startWith: 100001 });

/** A seller organisation (ISV). `code` is the sub-account login suffix: `name@code`. */
export const sellers = pgTable('sellers', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    uid: bigint('uid', { mode: 'number' })
      .notNull()
      .unique()
      .default(sql`nextval('user_uid_seq')`),
    kind: text('kind', { enum: ['seller', 'buyer', 'operator'] }).notNull(),
    sellerId: text('seller_id').references(() => sellers.id),
    isMain: boolean('is_main').notNull().default(false),
    loginName: text('login_name').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    locale: text('locale', { enum: ['zh-CN', 'en-US'] })
      .notNull()
      .default('zh-CN'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    status: text('status', { enum: ['active', 'disabled', 'deleted'] })
      .notNull()
      .default('active'),
    failedLogins: bigint('failed_logins', { mode: 'number' }).notNull().default(0),
    lockedUntil: ts('locked_until'),
    lastLoginAt: ts('last_login_at'),
    /** 实名认证 (a discount may require it, guide 2.9 是否必须实名): when the buyer's real name was verified */
    realNameVerifiedAt: ts('real_name_verified_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('users_login_name_uq')
      .on(sql`lower(${t.loginName})`)
      .where(sql`status <> 'deleted'`),
    index('users_seller_idx').on(t.sellerId),
  ],
);

/** Opaque session tokens: only the SHA-256 of the token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Failed log-in attempts per login name, for throttling (kept a day, swept after). */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: text('id').primaryKey(),
    loginName: text('login_name').notNull(),
    at: ts('at').notNull(),
    ip: text('ip'),
  },
  (t) => [index('login_failures_name_at_idx').on(t.loginName, t.at)],
);

export const permissionGroups = pgTable(
  'permission_groups',
  {
    id: text('id').primaryKey(),
    sellerId: text('seller_id')
      .notNull()
      .references(() => sellers.id),
    name: text('name').notNull(),
    description: text('description'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('permission_groups_seller_name_uq').on(t.sellerId, t.name)],
);

export const groupPermissions = pgTable(
  'group_permissions',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => permissionGroups.id, { onDelete: 'cascade' }),
    permission: text('permission').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.permission] })],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => permissionGroups.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId)],
);
