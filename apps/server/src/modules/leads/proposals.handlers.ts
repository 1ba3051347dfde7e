import type { Deps } from '../../platform/module.js';
import type { Outbox } from '../../platform/outbox.js';

/** A proposal's orders paid → the proposal paid, the lead and the demand won. */
export function proposalHandlers(_outbox: Outbox, _deps: Deps): void {}
