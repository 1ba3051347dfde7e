// Child processes for benches that keep the measured server out of the load generator's process.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `node --import tsx ...args` from the repository root; resolves when `ready` is printed or `healthUrl` answers 2xx. */
export function startProcess(args: string[], env: Record<string, string>, ready: RegExp | null, healthUrl: string | null): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${String(code)}: ${seen.slice(-2000)}`)));
    child.stdout?.on('data', (d: Buffer) => {
      if (seen.length < 100_000) seen += d.toString();
      if (ready?.test(seen)) resolve(child);
    });
    if (healthUrl) {
      const poll = async () => {
        for (;;) {
          const ok = await fetch(healthUrl).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) return resolve(child);
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      void poll();
    }
  });
}

/** SIGTERM, then wait for the exit. */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
