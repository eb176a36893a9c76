// Eleventy 3 cannot load TypeScript itself: this shim hands the real configuration to tsx.
// `npm run build` does not come through here: it checks the content first and passes it to the same configuration.
import { tsImport } from "tsx/esm/api";

const { default: configure, config } = await tsImport("./src/eleventy/config.ts", import.meta.url);

export default (eleventyConfig) => configure(eleventyConfig);
export { config };
