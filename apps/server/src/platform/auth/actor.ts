import type { Permission, UserKind, Locale } from '@cloudmart/contracts';
import { DomainError } from '../errors.js';

/** Who is calling: resolved from the session cookie on every request. */
export interface Actor {
  userId: string;
  uid: number;
  sessionId: string;
  kind: UserKind;
  sellerId: string | null;
  isMain: boolean;
  loginName: string;
  displayName: string;
  locale: Locale;
  mustChangePassword: boolean;
  permissions: ReadonlySet<Permission>;
  /** read with the session (one statement per request): what GET /auth/me adds to the above */
  profile?: { email: string | null; phone: string | null; sellerName: string | null };
}

/**
 * Who may call a route: `public` anyone; `user` any signed-in user; the others only that kind.
 * Every /api/v1 route declares one (app.ts refuses to start otherwise).
 */
export type AuthRule = 'public' | 'user' | 'seller' | 'buyer' | 'operator';

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.kind === 'seller' && (actor.isMain || actor.permissions.has(permission));
}

/** Narrow to a seller actor and its organisation, for seller-scoped services. */
export function sellerOf(actor: Actor | null): { actor: Actor; sellerId: string } {
  if (!actor) throw new DomainError('unauthenticated');
  if (actor.kind !== 'seller' || !actor.sellerId) throw new DomainError('forbidden', 'seller accounts only');
  return { actor, sellerId: actor.sellerId };
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new DomainError('unauthenticated');
  return actor;
}
