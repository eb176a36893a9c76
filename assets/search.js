// Search is an enhancement: without this script the page explains itself and links to the list of indicators.
/* global PagefindUI */
// The site's root, whatever path prefix it is served under: this script lives in its assets/ folder.
const siteRoot = new URL("../", document.currentScript.src);
window.addEventListener("DOMContentLoaded", () => {
  const fallback = document.getElementById("search-fallback");
  const element = document.getElementById("search");
  if (typeof PagefindUI !== "function" || !element) return;
  // Each year of meetings has its own index, rewritten only when one of its meetings changes; they are searched as one.
  const mergeIndex = (element.dataset.mergeBundles ?? "").split(" ").filter(Boolean).map((name) => ({ bundlePath: new URL(`${name}/`, siteRoot).pathname }));
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false, mergeIndex });
  // Pagefind's box has only a placeholder; a visible label names it for everyone (WCAG 3.3.2).
  const input = document.querySelector("#search .pagefind-ui__search-input");
  if (input) {
    input.id = "scorecard-search";
    const label = document.createElement("label");
    label.className = "govuk-label govuk-label--s";
    label.htmlFor = input.id;
    label.textContent = "Search for an indicator or a word in the commentary";
    input.closest("form")?.before(label);
  }
  if (fallback) fallback.hidden = true;
});
