import { describe, expect, it } from 'vitest';
import { loadClusterConfig } from './cluster-config.js';

const PG = 'postgres://postgres@127.0.0.1:5432/cloudmart';

describe('the cluster configuration', () => {
  it('runs one worker per core on PostgreSQL and one on PGlite by default', () => {
    expect(loadClusterConfig({ DATABASE_URL: PG }, 4)).toEqual({ workers: 4 });
    expect(loadClusterConfig({}, 4)).toEqual({ workers: 1 });
  });

  it('takes WORKERS as given on PostgreSQL', () => {
    expect(loadClusterConfig({ DATABASE_URL: PG, WORKERS: '3' }, 2)).toEqual({ workers: 3 });
  });

  it('refuses more than one worker on PGlite with a clear reason', () => {
    expect(() => loadClusterConfig({ WORKERS: '3' })).toThrow(/WORKERS: 3 workers need PostgreSQL \(set DATABASE_URL\)/);
    expect(loadClusterConfig({ WORKERS: '1' })).toEqual({ workers: 1 });
  });

  it('refuses more than one worker on a manual clock', () => {
    expect(() => loadClusterConfig({ DATABASE_URL: PG, WORKERS: '2', CLOCK: 'manual' })).toThrow(/CLOCK=manual/);
  });

  it('refuses a WORKERS that is not a whole number from 1 to 32', () => {
    for (const WORKERS of ['0', '-1', '1.5', 'many', '33']) {
      expect(() => loadClusterConfig({ DATABASE_URL: PG, WORKERS })).toThrow(/Invalid configuration:\n {2}WORKERS:/);
    }
  });
});
