/** What the clerk's commands share on the command line: reading flags, and reporting failures the same way. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ImportFailed, ImportStopped } from "./errors";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Each option given: true for a flag, the value for an option that takes one. */
export type OptionValues<T extends OptionsConfig> = { [K in keyof T]?: T[K]["type"] extends "boolean" ? true : string };

/**
 * Reads `<file> --flag --option value` (or `--option=value`) with node's parseArgs, refusing anything it does not know
 * and an option without its value, in the words the usage messages use.
 * @example readArgs(["paper.txt", "--force", "--out", "tmp"], { force: { type: "boolean" }, out: { type: "string" } }) // { values: { force: true, out: "tmp" }, positionals: ["paper.txt"] }
 */
export function readArgs<T extends OptionsConfig>(args: readonly string[], options: T): { values: OptionValues<T>; positionals: string[] } | { error: string } {
  // Not strict, so that an unknown option is named as the clerk typed it and a value may start with a dash.
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) return { error: `unknown option ${token.inlineValue ? `${token.rawName}=${token.value}` : token.rawName}` };
    if (option.type === "boolean") values[token.name] = true;
    else if (!token.value) return { error: `${token.rawName} needs a value` };
    else values[token.name] = token.value;
  }
  return { values: values as OptionValues<T>, positionals };
}

/** Prints why a command stopped and returns its exit code; anything unexpected is re-thrown. */
export function reportFailure(error: unknown): number {
  if (error instanceof ImportFailed) {
    console.error(error.message);
    console.error("\nNothing was written.");
    return 1;
  }
  if (error instanceof ImportStopped) {
    console.error(error.message);
    return 1;
  }
  throw error;
}
