// Eleventy 3 cannot load TypeScript itself: this shim hands the real configuration to tsx.
import { tsImport } from "tsx/esm/api";

const { default: configure, config } = await tsImport("./src/eleventy/config.ts", import.meta.url);

export default configure;
export { config };
