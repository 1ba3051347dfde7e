import type { Call } from '@cloudmart/contracts';
import type { Db } from '../../platform/db/client.js';
import { DomainError } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import { callsOf, placeCall } from '../telephony/index.js';
import { phoneToCall } from './customer-rules.js';
import { ownCustomer } from './customer-views.js';

/** 双呼 records of one customer, newest first: virtual numbers and the caller's masked phone only. */
export async function customerCalls(db: Db, customerId: string): Promise<Call[]> {
  return callsOf(db, 'customer', customerId);
}

/**
 * 呼叫客户 (guide 2.8 "单击目标客户操作列中的电话图标，可以使用双呼方式呼叫客户"): the provider rings the
 * seller's phone, then the customer's, on virtual numbers. The customer's real number goes to the
 * telephony driver only; the record and the reply never carry it. No number known: customer_no_phone.
 */
export async function callCustomer(deps: Deps, by: { sellerId: string; userId: string }, customerId: string, callerPhone: string): Promise<Call> {
  const c = await ownCustomer(deps.db, by.sellerId, customerId);
  const calleePhone = phoneToCall(c, c.buyerId ? { phone: c.accountPhone, email: c.accountEmail } : null);
  if (!calleePhone) throw new DomainError('customer_no_phone', 'no phone is known for this customer');
  return placeCall(deps, { sellerId: by.sellerId, subjectKind: 'customer', subjectId: c.id, callerId: by.userId, callerPhone, calleePhone });
}
