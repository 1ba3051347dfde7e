import { z } from 'zod';
import { flowNodesSchema, nodeTypes } from './delivery.js';
import { dueClocks } from './delivery-views.js';

/*
 * Delivery center, the template simulator (issue 11 item 12): before publishing, a seller
 * picks a start instant and sees when every node of the flow would be due on the real work
 * calendar. The server walks the nodes with the engine's own due function, each node done
 * exactly at its due instant, so the preview cannot disagree with what a project does.
 */

export const templateSimulationBody = z.object({
  /** when the project would start (the order paid) */
  start: z.iso.datetime({ offset: true }),
  /** the product's warranty period (calendar days), for a warranty flow's last step */
  warrantyDays: z.number().int().min(1).max(3650).optional(),
  /** the editor's unsaved nodes; absent = the stored template's */
  nodes: flowNodesSchema.optional(),
});
export type TemplateSimulationBody = z.infer<typeof templateSimulationBody>;

export const simulatedStepSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  type: z.enum(nodeTypes),
  /** when the step opens (the previous one done at its due instant) */
  enteredAt: z.string(),
  /** the working-day timeout (0 = none) */
  timeoutDays: z.number(),
  /** when it is due (17:30 Beijing of a working day, or the warranty's end); null without a timeout */
  dueAt: z.string().nullable(),
  dueClock: z.enum(dueClocks).nullable(),
  /** it moves on by itself at its due instant (auto-confirm / auto-advance) */
  advancesOnTimeout: z.boolean(),
  /** assumed done: at its due instant, or at once without a timeout */
  doneAt: z.string(),
});
export type SimulatedStep = z.infer<typeof simulatedStepSchema>;

export const templateSimulationSchema = z.object({
  start: z.string(),
  steps: z.array(simulatedStepSchema),
  /** when the flow ends with every step done on its due instant */
  completedAt: z.string(),
  /** the complete-project step's automatic confirmation (e.g. the public flows' 14 working days); null when it waits for the customer */
  autoConfirmAt: z.string().nullable(),
});
export type TemplateSimulation = z.infer<typeof templateSimulationSchema>;
