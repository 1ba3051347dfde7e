import type { templateSimulatorZhCN } from './template-simulator.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const templateSimulatorEnUS: typeof templateSimulatorZhCN = {
  title: 'Flow simulator',
  intro:
    'Pick a project start (Beijing time) to see when every node is due on the real work calendar (holidays, make-up workdays, 17:30 deadline each day). Each node is assumed done exactly when due; nodes without a timeout are done at once. The same calculation as the delivery engine.',
  start: 'Start (Beijing time)',
  startRequired: 'Pick a start time',
  warrantyDays: 'Warranty (days)',
  run: 'Simulate',
  unsavedNote: 'A draft is simulated as it is in the editor, unsaved changes included',
  step: 'Node',
  type: 'Type',
  enteredAt: 'Entered',
  timeout: 'Timeout',
  dueAt: 'Due',
  noDue: 'No timeout (done at once)',
  calendarClock: 'Calendar days (warranty)',
  autoAdvance: 'Moves on when due',
  completedAt: 'Flow ends',
  autoConfirmAt: 'Auto-confirmed',
  noAutoConfirm: 'Waits for the customer; no auto-confirm',
  empty: 'Pick a start time and click “Simulate”',
};
