// Eleventy 3 ships no type declarations; these cover the two exports this project uses.
declare module "@11ty/eleventy" {
  export class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; pathPrefix?: string });
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
