// The chart worker when this code runs from source (tests, or a tool folder that cannot keep compiled code): it loads
// the TypeScript through tsx. Compiled, scripts/run.mjs puts a file of this name beside the command, made from the same source.
import { tsImport } from "tsx/esm/api";

await tsImport("./chartWorkerThread.ts", import.meta.url);
