// Eleventy 3 cannot load TypeScript itself: this shim hands the configuration to tsx, so `npx @11ty/eleventy` runs the
// same prepare step as `npm run build` (which also reuses unchanged pages and swaps the site in atomically).
import { tsImport } from "tsx/esm/api";

const { configureFromEleventyCli, config } = await tsImport("./src/eleventy/config.ts", import.meta.url);

export default (eleventyConfig) => configureFromEleventyCli(eleventyConfig);
export { config };
