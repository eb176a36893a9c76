/**
 * A worker thread that draws indicators' charts for a build (chartDrawer.ts), so the main thread can go on reading,
 * rating and rendering meanwhile. Each message is a batch of jobs; the reply carries the drawings in the same order.
 */
import { parentPort } from "node:worker_threads";
import { drawIndicatorCharts, type ChartJob } from "../scorecard/indicatorCharts";
import type { ChartSvgs } from "../scorecard/model";

/** A batch of charts to draw, numbered so the reply can be matched to it. */
export interface ChartRequest {
  id: number;
  jobs: ChartJob[];
}

/** The batch's drawings, or why they could not be drawn (a bad figure that got this far is a bug worth its stack). */
export type ChartReply = { id: number; svgs: ChartSvgs[] } | { id: number; error: string };

parentPort?.on("message", ({ id, jobs }: ChartRequest) => {
  let reply: ChartReply;
  try {
    reply = { id, svgs: jobs.map(drawIndicatorCharts) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
