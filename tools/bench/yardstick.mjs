// `node tools/bench/yardstick.mjs <folder> <output>`: a yardstick of the benchmark (floorSite.ts or bareSite.ts), Eleventy
// alone on the folder's pages/ and its config. Plain JavaScript, so it starts as Eleventy itself does, with no TypeScript loader.
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";

const [root, output] = process.argv.slice(2);
await new Eleventy(path.join(root, "pages"), output, { quietMode: true, configPath: path.join(root, "eleventy.config.mjs") }).write();
