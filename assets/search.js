// Search is an enhancement: without this script the page explains itself and links to the list of indicators.
/* global PagefindUI */
window.addEventListener("DOMContentLoaded", () => {
  const fallback = document.getElementById("search-fallback");
  if (typeof PagefindUI !== "function") return;
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
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
