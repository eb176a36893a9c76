/** What a build of the site reads from a project, besides `content/` and `node_modules/`: for copies of a project (benchmark, tests). */
export const SITE_SOURCES = ["data", "pages", "layouts", "styles", "src", "assets", ".eleventy.js", "package.json"] as const;
