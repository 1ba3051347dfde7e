// The real server as a child process (node --import tsx apps/server/src/main.ts), so the bench can
// kill -9 it at any moment and start it again on the same database.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerOptions {
  port: number;
  /** PGlite: the folder the server keeps its data in (also its files) */
  dataDir: string;
  /** PostgreSQL: the bench's own database; absent for PGlite */
  databaseUrl?: string;
  /** the child's stdout and stderr, appended across restarts */
  logFile: string;
}

export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> | null = null;
  private readonly log: WriteStream;
  readonly url: string;

  constructor(private readonly opts: ServerOptions) {
    this.url = `http://127.0.0.1:${opts.port}`;
    this.log = createWriteStream(opts.logFile, { flags: 'a' });
  }

  /** Start the server and wait until /api/health answers ok; returns how long that took (ms). */
  async start(timeoutMs = 180_000): Promise<number> {
    if (this.child) throw new Error('the server is already running');
    const started = performance.now();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(this.opts.port),
      DATA_DIR: this.opts.dataDir,
      SEED_DEMO: 'true',
      SCHEDULER: 'on',
      LOG_LEVEL: 'warn',
      // the load is the point here: the per-address limits would answer it with 429s
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000000000',
      RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '1000000000',
    };
    delete env.DATABASE_URL;
    if (this.opts.databaseUrl) env.DATABASE_URL = this.opts.databaseUrl;
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.log.write(`\n--- start pid ${child.pid ?? '?'} at ${new Date().toISOString()}\n`);
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.log.write(`--- pid ${child.pid ?? '?'} exited (code ${String(code)}, signal ${String(signal)}) at ${new Date().toISOString()}\n`);
        if (this.child === child) this.child = null;
        resolve();
      });
    });
    const deadline = started + timeoutMs;
    while (performance.now() < deadline) {
      if (this.child !== child) throw new Error(`the server exited while starting (see ${this.opts.logFile})`);
      try {
        const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (res.ok && ((await res.json()) as { status?: string }).status === 'ok') return performance.now() - started;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`the server did not answer /api/health within ${timeoutMs} ms (see ${this.opts.logFile})`);
  }

  /** kill -9: no shutdown hook runs, in-flight requests and transactions die with it. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) throw new Error('the server is not running');
    child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM: the server's graceful shutdown (finishes requests, stops the scheduler, closes the database). */
  async stop(timeoutMs = 20_000): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.log.end(resolve));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
