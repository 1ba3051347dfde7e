import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** The most worker processes `npm run start:cluster` forks (each holds a pool of 10 connections). */
export const MAX_WORKERS = 32;

const clusterEnvSchema = z.object({
  WORKERS: z.coerce.number().int().min(1).max(MAX_WORKERS).optional(),
  DATABASE_URL: z.string().optional(),
  CLOCK: z.enum(['system', 'manual']).default('system'),
});

export interface ClusterConfig {
  workers: number;
}

/**
 * The cluster's own settings (the workers read the rest through config.ts). WORKERS defaults to
 * the machine's cores on PostgreSQL and to 1 on PGlite; more than one worker is refused on PGlite
 * (one embedded database lives in one process) and with CLOCK=manual (each process would keep
 * its own clock, and /api/v1/dev/clock would move only the one that answered).
 */
export function loadClusterConfig(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): ClusterConfig {
  const parsed = clusterEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const workers = c.WORKERS ?? (c.DATABASE_URL ? Math.min(cores, MAX_WORKERS) : 1);
  if (workers > 1 && !c.DATABASE_URL) {
    throw new Error(
      `Invalid configuration:\n  WORKERS: ${workers} workers need PostgreSQL (set DATABASE_URL); the embedded PGlite database cannot be shared between processes, so run WORKERS=1 or \`npm start\`.`,
    );
  }
  if (workers > 1 && c.CLOCK === 'manual') {
    throw new Error(`Invalid configuration:\n  WORKERS: ${workers} workers cannot share CLOCK=manual (every process would keep its own clock); use WORKERS=1.`);
  }
  return { workers };
}
