// The batch commands' work (build, check, validate): hundreds of scripts compiled in one run. It runs in a worker
// thread whose V8 heap is bounded (HEAP_LIMITS), so that the run's memory stays near what it holds: on the main
// thread, V8 sizes the heap of a process with gigabytes to spare for throughput, and lets garbage grow to four
// times what is live before it collects it (a `plan build` holding 13–21 MB still peaked at 175–200 MB).
// A task that needs more than the bound runs again on the main thread, unbounded: the bound never fails a run.
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { IrreversibleError, PlanError } from '../plan/errors.js';
import { displayPath, projectRoot } from '../paths.js';
import type { OutProduct } from '../compile/out.js';

/** A batch command's work, as plain data (it crosses to the worker thread). */
export type Task =
  | { kind: 'build'; outDir: string; products: OutProduct[] }
  | { kind: 'check'; outDir: string; products: OutProduct[] }
  | { kind: 'validate'; products: OutProduct[] };

/** What each task gives back. */
export interface TaskResults {
  build: { written: number; removed: number; unchanged: number };
  check: string[];
  validate: string[];
}

/**
 * The worker's heap, by task: an old generation of at most 512 MB, with which V8 lets it grow to about 1.4 times
 * what is live after a full collection instead of 4 times, and a young generation of 12 MB (6 MB for validate,
 * which also holds the PostgreSQL parser; V8 grows it to 48 MB on its own). Smaller costs more collections (CPU);
 * measured in bench/RESULTS.md (build: 16 MB peaked at 150 MB, 12 MB at 139 MB for ≈5 % more time).
 */
export const HEAP_LIMITS: Record<Task['kind'], { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number }> = {
  build: { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 512 },
  check: { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 512 },
  validate: { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 512 },
};

/**
 * Runs `task` on this thread (the modules it needs are loaded here, on first use), each product's files read once
 * for the whole task (withProductsPinned: a plan edited while the task runs is seen by the next run).
 */
export async function runTask<K extends Task['kind']>(task: Extract<Task, { kind: K }>): Promise<TaskResults[K]> {
  const { withProductsPinnedAsync } = await import('../plan/load.js');
  return withProductsPinnedAsync(() => runTaskUnpinned(task));
}

/**
 * Runs `fn`, in which plan files are named relative to `base` (the folder holding out/: the scripts' headers name
 * them so), and gives a PlanError it throws with its files named from the current directory, as every other message
 * names them (the user opens the file from here): the folder of the file it is at, as it names it, is re-based; an
 * error at no file that names a product's folder (`no install plan (acme/0-<version>.yaml) …`) has that folder
 * re-based too.
 */
function namedFromHere<T>(base: string, products: OutProduct[], fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    const again = (message: string, pos?: PlanError['pos']) => {
      const err = e instanceof IrreversibleError ? new IrreversibleError(message) : new PlanError(message);
      if (pos) Object.defineProperty(err, 'pos', { value: pos });
      return err;
    };
    if (!e.pos) {
      let message = e.message;
      for (const p of products) {
        const folder = join(p.plansDir, p.name);
        const [there, here] = [displayPath(folder, base), displayPath(folder, process.cwd())];
        if (there === here || isAbsolute(there) || existsSync(join(projectRoot(), there))) continue;
        message = message.replace(new RegExp(`(?<![\\w./-])${there.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'g'), `${here}/`);
      }
      if (message === e.message) throw e;
      throw again(message);
    }
    if (isAbsolute(e.pos.file) || existsSync(join(projectRoot(), e.pos.file))) throw e;
    const folder = dirname(e.pos.file);
    const here = dirname(displayPath(resolve(base, e.pos.file), process.cwd()));
    if (folder === here) throw e;
    throw again(e.message.split(`${folder}/`).join(`${here}/`), { ...e.pos, file: `${here}/${basename(e.pos.file)}` });
  }
}

async function runTaskUnpinned<K extends Task['kind']>(task: Extract<Task, { kind: K }>): Promise<TaskResults[K]> {
  const t = task as Task;
  switch (t.kind) {
    case 'build': {
      const [{ buildOut }, { withDisplayBase }] = await Promise.all([import('../compile/out.js'), import('../paths.js')]);
      return namedFromHere(dirname(t.outDir), t.products, () => withDisplayBase(dirname(t.outDir), () => buildOut(t.outDir, t.products))) as TaskResults[K];
    }
    case 'check': {
      const [{ checkOut }, { withDisplayBase }] = await Promise.all([import('../compile/out.js'), import('../paths.js')]);
      return namedFromHere(dirname(t.outDir), t.products, () => withDisplayBase(dirname(t.outDir), () => checkOut(t.outDir, t.products))) as TaskResults[K];
    }
    case 'validate': {
      const { validateAll } = await import('../compile/validate.js');
      const report: string[] = [];
      for (const p of t.products) report.push(...(await validateAll(p.name, p.plansDir)));
      return report as TaskResults[K];
    }
  }
}

/** An error as it crosses from the worker: its class (by name), message, location and stack. */
export interface SentError {
  name: string;
  message: string;
  pos?: PlanError['pos'];
  stack?: string;
}

/** `e` as data for postMessage. */
export function sendError(e: unknown): SentError {
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message, ...(err instanceof PlanError && err.pos ? { pos: err.pos } : {}), stack: err.stack };
}

/** The error the worker sent, as the class it was (PlanError and IrreversibleError keep their exit codes). */
function revive(s: SentError): Error {
  // The message already names the location: constructed without it, then given it back as it was.
  const e = s.name === 'IrreversibleError' ? new IrreversibleError(s.message) : s.name === 'PlanError' ? new PlanError(s.message) : new Error(s.message);
  if (s.pos) Object.defineProperty(e, 'pos', { value: s.pos });
  if (s.stack) e.stack = s.stack;
  return e;
}

/**
 * Runs `task` in a worker thread with the heap bounded by `limits` (HEAP_LIMITS); when it runs out of that heap,
 * runs it again on this thread without the bound (a build writes nothing before every script is compiled; check and
 * validate write nothing). Errors of the task are thrown here as their own class.
 */
export async function runBounded<K extends Task['kind']>(task: Extract<Task, { kind: K }>, limits = HEAP_LIMITS[task.kind]): Promise<TaskResults[K]> {
  const outcome = await new Promise<{ ok: true; value: TaskResults[K] } | { ok: false; error: SentError } | { ok: false; outOfMemory: true }>((resolve, reject) => {
    const worker = new Worker(new URL('./task-worker.js', import.meta.url), { workerData: task, resourceLimits: limits });
    let settled = false;
    worker.once('message', (m) => {
      settled = true;
      resolve(m);
    });
    worker.once('error', (e: NodeJS.ErrnoException) => {
      settled = true;
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve({ ok: false, outOfMemory: true });
      else reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`internal: the ${task.kind} worker exited with code ${code} and no result`));
    });
  });
  if (outcome.ok) return outcome.value;
  if ('outOfMemory' in outcome) return runTask(task);
  throw revive(outcome.error);
}
