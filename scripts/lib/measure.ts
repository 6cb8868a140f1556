// How much a build costs: a node command run in a child process, measured from outside: its wall seconds, its CPU
// seconds (user + system of it and its children, from GNU time when installed), and the peak memory of its whole
// process tree (the node process and every child: esbuild, Pagefind's binary, Chromium), the sum of each
// process's PSS (shared pages counted once) sampled from /proc every 200 ms, with the largest single process's
// VmHWM (its exact peak) beside it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Measure {
  seconds: number;
  cpu: number;
  peakMB: number;
  hwmMB: number;
  stdout: string;
}

const kB = (status: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** Every live process under `root` (itself included), from the parent ids in /proc/<pid>/stat. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const todo = [root];
  for (let pid = todo.pop(); pid !== undefined; pid = todo.pop()) {
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * A process's proportional set size (kB): its private memory plus its share of what it shares with others.
 * Summed over a tree, this counts each shared page once (Chromium's processes share the binary and much else, and
 * their VmRSS summed counted that once per process: the 30× PDF's 3.05 GB of VmRSS was 2.6 GB of PSS). undefined
 * where the kernel has no smaps_rollup.
 */
function pss(pid: number): number | undefined {
  try {
    return kB(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
  } catch {
    return undefined;
  }
}

const TIME = '/usr/bin/time';
let runs = 0;

/** The memory of a process tree, sampled: the peak of the sum over the tree, and the largest single VmHWM (kB). */
function memorySampler(root: () => number | undefined): { sample: () => void; peakTree: () => number; peakOne: () => number } {
  let peakTree = 0;
  let peakOne = 0;
  const sample = () => {
    const pid = root();
    if (pid === undefined) return;
    let sum = 0;
    for (const p of tree(pid)) {
      try {
        const status = readFileSync(`/proc/${p}/status`, 'utf8');
        sum += pss(p) ?? kB(status, 'VmRSS');
        peakOne = Math.max(peakOne, kB(status, 'VmHWM'));
      } catch {
        // ended between the listing and the read
      }
    }
    peakTree = Math.max(peakTree, sum);
  };
  return { sample, peakTree: () => peakTree, peakOne: () => peakOne };
}

/** Run a node script (`args`) with `env` added, its time file in `work`; resolves with what it cost and its stdout. */
export function measured(args: string[], env: Record<string, string>, work: string): Promise<Measure> {
  // The previous step's files written out first: otherwise the kernel flushes them during this step,
  // and a rebuild straight after the cold build measured 40 → 55 s (system time 6 → 13 s).
  spawnSync('sync');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const timeFile = join(work, `time-${++runs}.txt`);
    const [command, argv] = existsSync(TIME) ? [TIME, ['-o', timeFile, '-f', '%U %S', process.execPath, ...args]] : [process.execPath, args];
    const child = spawn(command, argv, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const memory = memorySampler(() => child.pid);
    // Every 200 ms: reading smaps_rollup walks a process's page tables, and every 50 ms it cost the 30× bench a
    // minute of system time, taken from the build it measured. Memory here grows over seconds, not milliseconds.
    const timer = setInterval(memory.sample, 200);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}\n${stderr.slice(-4000)}${stdout.slice(-2000)}`));
      const times = existsSync(timeFile) ? (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '') : '';
      const [user = NaN, system = NaN] = times ? times.split(' ').map(Number) : [];
      resolve({ seconds, cpu: user + system, peakMB: memory.peakTree() / 1024, hwmMB: memory.peakOne() / 1024, stdout });
    });
  });
}
