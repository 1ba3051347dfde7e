// `npm run dev`: server with reload on :3000 and Vite on :5173 (proxying /api to the server).
import { spawn } from 'node:child_process';

const procs = [
  spawn('npx', ['tsx', 'watch', 'apps/server/src/main.ts'], { stdio: 'inherit', env: { ...process.env, CLOCK: process.env.CLOCK ?? 'manual' } }),
  spawn('npm', ['run', 'dev', '-w', '@cloudmart/web'], { stdio: 'inherit' }),
];
const stop = () => procs.forEach((p) => p.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const p of procs) p.on('exit', stop);
