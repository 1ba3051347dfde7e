import { and, eq } from 'drizzle-orm';
import { DomainError, notFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import type { Actor } from '../../platform/auth/actor.js';
import { products } from '../catalog/index.js';
import { instances } from '../orders/index.js';
import { issueSsoToken } from './sso-token.js';

/** Where "open" sends the buyer: the instance's SSO URL (or front-end URL) with a fresh 5-minute token. */
export async function instanceOpenUrl(deps: Deps, buyer: Actor, instanceId: string): Promise<string> {
  const [row] = await deps.db
    .select({ status: instances.status, externalId: instances.externalId, appInfo: instances.appInfo, type: products.type, secret: products.spiSecret })
    .from(instances)
    .innerJoin(products, eq(products.id, instances.productId))
    .where(and(eq(instances.id, instanceId), eq(instances.buyerId, buyer.userId)));
  if (!row || row.type !== 'saas') throw notFound('instance');
  if (row.status !== 'opened') throw new DomainError('instance_not_open', `the instance is ${row.status}`, { instanceStatus: row.status });
  const target = row.appInfo?.ssoUrl ?? row.appInfo?.frontEndUrl;
  if (!target || !row.externalId || !row.secret) throw new DomainError('sso_unavailable', 'the instance has no sign-on address yet');
  const token = issueSsoToken({ secret: row.secret, instanceId: row.externalId, uid: buyer.uid, nowSeconds: Math.floor(deps.clock.now().getTime() / 1000) });
  const url = new URL(target);
  url.searchParams.set('token', token);
  return url.toString();
}
