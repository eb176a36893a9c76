// Search is an enhancement: without this script the page explains itself and links to the list of indicators.
/* global PagefindUI */
window.addEventListener("DOMContentLoaded", () => {
  const fallback = document.getElementById("search-fallback");
  if (typeof PagefindUI !== "function") return;
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
  if (fallback) fallback.hidden = true;
});
