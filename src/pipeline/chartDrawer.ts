import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { drawIndicatorCharts, type ChartJob, type Charts } from "../scorecard/indicatorCharts";
import type { ChartData, ChartSvgs } from "../scorecard/model";
import type { ChartReply, ChartRequest } from "./chartWorkerThread";

/**
 * Draws a build's charts (indicators' and histories') in worker threads as well as in the main thread. Drawing is a third
 * of a cold build's main thread, and the other cores are idle for most of it: a meeting's charts are started as soon as
 * its meeting is rated, and a run's while the run before it renders.
 */
export interface ChartDrawer {
  /** Starts drawing these charts in a worker, to be taken by draw(); those beyond what may be held (see `ahead`) are left. */
  prefetch(items: readonly ChartJob[]): void;
  /** Every one of these with its charts: those prefetched as the worker drew them, the rest shared out now. */
  draw(items: readonly ChartJob[]): Promise<Charts>;
  /** How many of the charts draw() gave were drawn in this thread and how many in the workers, for the build's timings. */
  drawn(): { here: number; inWorkers: number };
  /** Stops the workers; charts prefetched and never taken are dropped. */
  close(): Promise<void>;
}

export interface ChartDrawerOptions {
  /** Worker threads (default: one fewer than the cores, at most 3); with none every chart is drawn in the main thread. */
  workers?: number;
  /** The most prefetched charts (wide and narrow counted as one) that may wait to be taken: what a run holds, not the whole archive. */
  ahead: number;
}

/** One worker thread and the batches it has yet to send back. */
interface Thread {
  worker: Worker;
  replies: Map<number, { resolve: (svgs: ChartSvgs[]) => void; reject: (error: Error) => void; size: number }>;
  /** Charts sent and not yet back: how busy it is. */
  queued: number;
  /** Why the thread stopped, once it has: nothing sent to it then would ever come back. */
  stopped?: Error;
}

/** A prefetched drawing, and what it was drawn from, so a changed indicator is never given an old drawing. */
interface Waiting {
  job: ChartJob;
  svgs: Promise<ChartSvgs>;
}

/**
 * Where the worker's code is: beside this file, both from source (a shim that loads the TypeScript) and compiled
 * (scripts/run.mjs writes the compiled worker beside the compiled command, which this file is then part of).
 */
const WORKER_FILE = new URL("./chartWorker.mjs", import.meta.url);

/** Charts sent to a worker at a time: small enough that the workers share a run's charts evenly. */
const BATCH = 30;

/**
 * A drawer for one build; its workers start with the first charts it is given, and load their code while the data step runs.
 * @example const drawer = chartDrawer({ ahead: 3000 }); drawer.prefetch(meeting.indicators); const charted = await drawer.draw(meeting.indicators);
 */
export function chartDrawer({ workers = defaultWorkers(), ahead }: ChartDrawerOptions): ChartDrawer {
  // Started with the first charts to draw: a build with none (every meeting carried over) starts no thread.
  const threads: Thread[] = [];
  let closed = false;
  const started = () => {
    if (!threads.length && !closed) threads.push(...Array.from({ length: workers }, () => startThread()));
    return threads;
  };
  const waiting = new Map<ChartData, Waiting>();
  const counts = { here: 0, inWorkers: 0 };
  let nextId = 0;

  function send(jobs: ChartJob[]): Promise<ChartSvgs[]> {
    const thread = threads.reduce((least, each) => (!each.stopped && (least.stopped || each.queued < least.queued) ? each : least));
    if (thread.stopped) return Promise.reject(thread.stopped);
    const id = nextId++;
    thread.queued += jobs.length;
    return new Promise<ChartSvgs[]>((resolve, reject) => {
      thread.replies.set(id, { resolve, reject, size: jobs.length });
      thread.worker.postMessage({ id, jobs } satisfies ChartRequest);
    });
  }

  function sendAll(items: readonly ChartJob[]): Promise<ChartSvgs>[] {
    const drawings: Promise<ChartSvgs>[] = [];
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = send(items.slice(start, start + BATCH).map(jobOf));
      items.slice(start, start + BATCH).forEach((_, index) => drawings.push(batch.then((svgs) => svgs[index]!)));
    }
    return drawings;
  }

  return {
    prefetch(items) {
      const room = ahead - waiting.size;
      if (!workers || !items.length || room <= 0 || !started().length) return;
      const fresh = items.filter((item) => !waiting.has(item.chart)).slice(0, room);
      sendAll(fresh).forEach((svgs, index) => {
        // Awaited by draw(), if ever taken; one never taken (its meeting's pages were carried over) must not be reported as unhandled.
        svgs.catch(() => undefined);
        waiting.set(fresh[index]!.chart, { job: jobOf(fresh[index]!), svgs });
      });
    },

    async draw(items) {
      const drawn = new Map<ChartData, { item: ChartJob; svgs: Promise<ChartSvgs> | ChartSvgs }>();
      const missing: ChartJob[] = [];
      for (const item of items) {
        const prefetched = waiting.get(item.chart);
        waiting.delete(item.chart);
        if (prefetched && sameJob(prefetched.job, item)) drawn.set(item.chart, { item, svgs: prefetched.svgs });
        else missing.push(item);
      }
      // Shared so that this thread and every worker finish about together, counting what the workers still have to do.
      const live = missing.length ? started().filter((thread) => !thread.stopped) : [];
      const queued = live.reduce((sum, thread) => sum + thread.queued, 0);
      const mine = live.length ? Math.min(missing.length, Math.round((missing.length + queued) / (live.length + 1))) : missing.length;
      const theirs = missing.slice(0, missing.length - mine);
      sendAll(theirs).forEach((svgs, index) => drawn.set(theirs[index]!.chart, { item: theirs[index]!, svgs }));
      for (const item of missing.slice(missing.length - mine)) drawn.set(item.chart, { item, svgs: drawIndicatorCharts(item) });
      const settled = new Map<ChartData, ChartSvgs>();
      for (const [chart, { item, svgs }] of drawn) {
        if (!(svgs instanceof Promise)) {
          counts.here++;
          settled.set(chart, svgs);
          continue;
        }
        // A worker that stopped, or a chart that cannot be drawn, is drawn here again: the one is mended, the other throws as it would have.
        const ready = await svgs.catch(() => undefined);
        counts[ready ? "inWorkers" : "here"]++;
        settled.set(chart, ready ?? drawIndicatorCharts(item));
      }
      return (item) => ({ ...item, chartSvgs: settled.get(item.chart) ?? drawIndicatorCharts(item) });
    },

    drawn() {
      return { ...counts };
    },

    async close() {
      waiting.clear();
      closed = true;
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

/** One fewer worker than the machine has cores, the main thread being busy too; at most three, as a run has only so many charts. */
function defaultWorkers(): number {
  return Math.min(3, Math.max(0, availableParallelism() - 1));
}

function jobOf({ chart, unit, decimalPlaces }: ChartJob): ChartJob {
  return { chart, unit, decimalPlaces };
}

function sameJob(job: ChartJob, item: ChartJob): boolean {
  return job.chart === item.chart && job.unit === item.unit && job.decimalPlaces === item.decimalPlaces;
}

function startThread(): Thread {
  // Small heaps: it holds one batch of charts at a time, and a build's memory is what a long archive runs short of. One that
  // ran out would stop, and draw() would draw its charts in the main thread.
  const worker = new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 } });
  const thread: Thread = { worker, replies: new Map(), queued: 0 };
  thread.worker.on("message", (reply: ChartReply) => {
    const waiting = thread.replies.get(reply.id);
    if (!waiting) return;
    thread.replies.delete(reply.id);
    thread.queued -= waiting.size;
    // draw() draws a chart the worker could not draw again in the main thread, which throws the chart's own error.
    if ("error" in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.svgs);
  });
  const fail = (error: Error) => {
    thread.stopped ??= error;
    for (const { reject } of thread.replies.values()) reject(error);
    thread.replies.clear();
  };
  thread.worker.on("error", fail);
  thread.worker.on("exit", (code) => fail(new Error(`The chart worker stopped (exit code ${code}) before drawing every chart`)));
  return thread;
}
