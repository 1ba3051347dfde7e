import type { FlowNode, TemplateSimulation } from '@cloudmart/contracts';
import type { CalendarExceptions } from '../calendar/index.js';
import { advancesOnTimeout, flowSteps } from '../templates/index.js';
import { dueClockOf, dueOf } from './due-clock.js';

/**
 * The template simulator (issue 11 item 12): walk a flow's steps in order from `start`, each
 * entered when the previous one is done and done exactly at its due instant (at once when it
 * has no timeout, as system steps and untimed steps are taken here). Each due instant comes
 * from `dueOf`, the function the engine calls when it enters a step (flow-runner
 * `enterStep`), so the preview and a real project on the same calendar agree. The walk ends
 * at the complete-project step, as the engine's does.
 */
export function simulateFlow(cal: CalendarExceptions, nodes: readonly FlowNode[], start: Date, warrantyDays: number | null): TemplateSimulation {
  const steps: TemplateSimulation['steps'] = [];
  let at = start;
  let autoConfirmAt: Date | null = null;
  for (const step of flowSteps(nodes)) {
    const dueAt = dueOf(cal, at, warrantyDays, step);
    const doneAt = dueAt ?? at;
    const advances = advancesOnTimeout(step);
    steps.push({
      nodeId: step.id,
      name: step.name,
      type: step.type,
      enteredAt: at.toISOString(),
      timeoutDays: 'timeoutDays' in step ? step.timeoutDays : 0,
      dueAt: dueAt?.toISOString() ?? null,
      dueClock: dueAt ? dueClockOf(step, warrantyDays) : null,
      advancesOnTimeout: advances && dueAt !== null,
      doneAt: doneAt.toISOString(),
    });
    at = doneAt;
    if (step.type === 'complete') {
      if (advances && dueAt) autoConfirmAt = dueAt;
      break;
    }
  }
  return { start: start.toISOString(), steps, completedAt: at.toISOString(), autoConfirmAt: autoConfirmAt?.toISOString() ?? null };
}
