import { z } from 'zod';

// Every environment variable the server reads is declared here (docs/configuration.md lists them).
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** PostgreSQL connections each server process keeps at most (cluster: per worker) */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  CLOCK: z.enum(['system', 'manual']).default('system'),
  /**
   * Whose X-Forwarded-For to believe for the client's address (rate limits, audit): `loopback` (a
   * proxy on this machine), `true` (anyone: only behind a proxy that overwrites the header), `false`,
   * or proxy addresses/CIDRs separated by commas
   */
  TRUST_PROXY: z
    .string()
    .max(500)
    .default('loopback')
    .transform((v): boolean | string => (v === 'true' ? true : v === 'false' ? false : v)),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** sessions kept in the process between requests (0: read the session on every request); see platform/db/kept-reads.ts */
  SESSION_CACHE_SIZE: z.coerce.number().int().min(0).default(10_000),
  /** catalogue purchase terms and product discounts kept in the process (0: read them on every placement) */
  READ_CACHE_SIZE: z.coerce.number().int().min(0).default(10_000),
  /** the longest a kept read is trusted without reading it again (every committed change empties it at once anyway) */
  CACHE_SECONDS: z.coerce.number().positive().default(60),
  SESSION_SECRET: z.string().min(16).optional(),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Cloudmart <no-reply@cloudmart.local>'),
  SMS_DRIVER: z.enum(['log']).default('log'),
  /** 双呼 provider: `simulated` plays a provider's callbacks on the server's clock (docs/telephony.md) */
  TELEPHONY_DRIVER: z.enum(['simulated']).default('simulated'),
  /** 直播 (docs/live.md): the RTMP address OBS pushes to; a real-time live's stream key goes with it */
  LIVE_PUSH_BASE_URL: z.string().max(300).default('rtmp://127.0.0.1:1935/live'),
  /** where file bytes live (docs/storage.md): `local` under FILES_DIR, `s3` in an S3 bucket */
  STORAGE: z.enum(['local', 's3']).default('local'),
  FILES_DIR: z.string().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** an S3-protocol server other than AWS (MinIO, a cloud's OSS); unset: AWS for S3_REGION */
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** default: true when S3_ENDPOINT is set (most compatible servers want path-style), else false */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).optional(),
  WEB_DIST: z.string().optional(),
  /** days raw tracking events are kept before the retention sweep deletes them (rollups stay) */
  ANALYTICS_RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** POST /api/v1/track: batches per visitor (and per IP) per minute, a token bucket */
  ANALYTICS_TRACK_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** requests per client address per minute (@fastify/rate-limit; 429 rate_limited): sign-up */
  RATE_LIMIT_SIGNUP_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** log-in attempts per address per minute, on top of the per-name lock of 5 wrong passwords */
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(100),
  /** every other anonymous write (log-out, signed callbacks, metering) per address per minute */
  RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** PostgreSQL: how many outbox events one process delivers at once (PGlite, one connection: always 1) */
  OUTBOX_LANES: z.coerce.number().int().min(1).max(16).default(4),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SCHEDULER: z
    .enum(['on', 'off'])
    .default('on')
    .transform((v) => v === 'on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The S3 settings, checked; present exactly when STORAGE=s3. */
export interface S3Config {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

export type Config = z.infer<typeof envSchema> & { sessionSecret: string; filesDir: string; s3: S3Config | null };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && c.CLOCK === 'manual') {
    throw new Error('CLOCK=manual is a development and test setting; it is refused in production.');
  }
  if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
    throw new Error('SESSION_SECRET (16+ characters) is required in production.');
  }
  return {
    ...c,
    // Outside production the secret only signs CSRF tokens of local sessions; a fixed
    // development value keeps sessions valid across restarts of `npm start`.
    sessionSecret: c.SESSION_SECRET ?? 'cloudmart-development-secret',
    filesDir: c.FILES_DIR ?? `${c.DATA_DIR}/files`,
    s3: c.STORAGE === 's3' ? s3ConfigOf(c) : null,
  };
}

/** STORAGE=s3 without a bucket or credentials refuses to start, naming what is missing. */
function s3ConfigOf(c: z.infer<typeof envSchema>): S3Config {
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = c;
  if (!bucket || !accessKeyId || !secretAccessKey) {
    const missing = Object.entries({ S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey })
      .filter(([, v]) => !v)
      .map(([k]) => `  ${k}: required when STORAGE=s3`);
    throw new Error(`Invalid configuration:\n${missing.join('\n')}`);
  }
  return {
    bucket,
    region: c.S3_REGION,
    endpoint: c.S3_ENDPOINT,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: c.S3_FORCE_PATH_STYLE ? c.S3_FORCE_PATH_STYLE === 'true' : c.S3_ENDPOINT !== undefined,
  };
}
