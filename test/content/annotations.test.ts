import { describe, expect, it } from "vitest";
import { githubAnnotation } from "../../src/content/annotations";

describe("githubAnnotation", () => {
  it("writes GitHub's error command with file, line, column and field", () => {
    expect(
      githubAnnotation({
        file: "content/meetings/2017-09-07-cype/02-average-caseload.md",
        line: 23,
        column: 32,
        field: "trend[1].result",
        message: 'found "twenty-three", expected a number',
        hint: "write the figure as a plain number",
      }),
    ).toBe(
      '::error file=content/meetings/2017-09-07-cype/02-average-caseload.md,line=23,col=32,title=trend[1].result::found "twenty-three", expected a number%0AHow to fix: write the figure as a plain number',
    );
  });

  it("escapes the characters GitHub reads as separators", () => {
    const line = githubAnnotation({ file: "a,b:c.md", line: 1, column: 1, field: "x", message: "50% done\r\nnext" });
    expect(line).toBe("::error file=a%2Cb%3Ac.md,line=1,col=1,title=x::50%25 done%0D%0Anext");
  });
});
