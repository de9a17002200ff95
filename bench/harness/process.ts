import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The Node flags `npm start` runs the service with, so that the bench measures the service as it is run. */
export function serviceNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../../../../package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(' ').filter((arg) => arg.startsWith('--'));
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function memoryOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}
