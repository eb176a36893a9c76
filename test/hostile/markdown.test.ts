/**
 * The commentary renderer's policy, case by case: no raw HTML, links only to http(s), mailto and relative
 * addresses, images as their alt text. The built pages are checked in corpus.test.ts; this is the rule itself.
 */
import { describe, expect, it } from "vitest";
import { isSafeLink, renderMarkdownAndText } from "../../src/scorecard/markdown";

/** The commentary's HTML, as the pages show it. */
const renderMarkdown = (text: string) => renderMarkdownAndText(text).html;

describe("isSafeLink", () => {
  it.each([
    "https://www.kent.gov.uk/",
    "HTTP://example.org/a?b=c#d",
    "mailto:emma.west@example.org",
    "../",
    "/meetings/2017-09-07-cype/",
    "#average-caseload-notes",
    "average-caseload/",
    "?page=2",
    "",
  ])("allows %j", (url) => {
    expect(isSafeLink(url)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java%09script:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/png;base64,iVBORw0KGgo=",
    "file:///etc/passwd",
    "//evil.example/",
    "/%5Cevil.example/",
    "%5C%5Cevil.example",
    "\\\\evil.example",
    "https:evil.example",
    "mailto://evil.example",
    "ftp://example.org/",
    "tel:03000412421",
    "x-unknown-scheme:anything",
    "javascript%3Aalert(1)",
  ])("refuses %j", (url) => {
    expect(isSafeLink(url)).toBe(false);
  });
});

describe("renderMarkdown", () => {
  it("prints raw HTML, comments and event attributes as text", () => {
    expect(renderMarkdown('<script>alert(1)</script> <img src=x onerror="alert(2)"> <!-- c --> <iframe src=x></iframe>')).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(2)&quot;&gt; &lt;!-- c --&gt; &lt;iframe src=x&gt;&lt;/iframe&gt;</p>\n",
    );
  });

  it("leaves a link to a refused address as the text that was written", () => {
    expect(renderMarkdown("[click](javascript:alert(3))")).toBe("<p>[click](javascript:alert(3))</p>\n");
    expect(renderMarkdown("<javascript:alert(1)>")).toBe("<p>&lt;javascript:alert(1)&gt;</p>\n");
    expect(renderMarkdown("[x][r]\n\n[r]: //evil.example/")).toBe("<p>[x][r]</p>\n<p>[r]: //evil.example/</p>\n");
  });

  it("keeps web, email and relative links", () => {
    expect(renderMarkdown("[a](https://www.kent.gov.uk/) [b](mailto:a@example.org) [c](../) <https://example.org/>")).toBe(
      '<p><a href="https://www.kent.gov.uk/">a</a> <a href="mailto:a@example.org">b</a> <a href="../">c</a> <a href="https://example.org/">https://example.org/</a></p>\n',
    );
  });

  it("shows an image as its alt text, escaped, and loads nothing", () => {
    expect(renderMarkdown('![a "chart" <b>](https://evil.example/x.png) ![](/local.png)')).toBe("<p>a &quot;chart&quot; &lt;b&gt; </p>\n");
    expect(renderMarkdown("[![logo](https://evil.example/x.png)](https://www.kent.gov.uk/)")).toBe('<p><a href="https://www.kent.gov.uk/">logo</a></p>\n');
  });
});
