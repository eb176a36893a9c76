// Eleventy 3 ships no type declarations; these cover the two exports this project uses.
declare module "@11ty/eleventy" {
  export class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        /** false: read no configuration file. */
        configPath?: string | false;
        quietMode?: boolean;
        pathPrefix?: string;
        /** Called with the configuration API before any configuration file. */
        config?: (eleventyConfig: never) => unknown;
      },
    );
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
