import { projectStatuses } from '@cloudmart/contracts';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../platform/errors.js';
import { assertProjectMove, assertProjectRunning, canMoveProject, initialProjectStatus } from './project-status.js';

const allowed = new Set([
  'queued>running',
  'queued>cancelled',
  'running>paused',
  'running>completed',
  'running>cancelled',
  'paused>running',
  'paused>cancelled',
]);

describe('project lifecycle', () => {
  for (const from of projectStatuses) {
    for (const to of projectStatuses) {
      const ok = allowed.has(`${from}>${to}`);
      it(`${ok ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(canMoveProject(from, to)).toBe(ok);
        if (ok) expect(() => assertProjectMove(from, to)).not.toThrow();
        else expect(() => assertProjectMove(from, to)).toThrow(DomainError);
      });
    }
  }

  it('starts queued at the assign-provider node', () => {
    expect(initialProjectStatus).toBe('queued');
  });

  it('answers project_paused for work on a paused project and project_not_running for a finished one', () => {
    expect(() => assertProjectRunning('running')).not.toThrow();
    expect(() => assertProjectRunning('paused')).toThrow(expect.objectContaining({ code: 'project_paused' }));
    expect(() => assertProjectRunning('completed')).toThrow(expect.objectContaining({ code: 'project_not_running' }));
    expect(() => assertProjectMove('paused', 'completed')).toThrow(expect.objectContaining({ code: 'project_paused' }));
    expect(() => assertProjectMove('queued', 'paused')).toThrow(expect.objectContaining({ code: 'project_not_running' }));
    expect(() => assertProjectMove('cancelled', 'cancelled')).toThrow(expect.objectContaining({ code: 'project_not_running' }));
  });
});
