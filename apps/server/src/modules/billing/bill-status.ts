import type { BillStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

/** A postpaid bill is paid once: paying it again is bill_already_paid, not a second charge. */
export const billLifecycle = stateMachine<BillStatus>('bill', { unpaid: ['paid'], paid: [] }, (from) =>
  from === 'paid' ? new DomainError('bill_already_paid', 'the bill is already paid') : undefined,
);
export const canMoveBill = billLifecycle.can;
export const assertBillMove = billLifecycle.assert;
