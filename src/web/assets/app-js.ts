/**
 * The one script, served as /assets/app.js. Every page works without it: it
 * only writes what a focused or hovered chart mark stands for into the
 * caption below the chart, for keyboard and mouse alike. textContent, so the
 * description (from articles) stays text.
 */
export const APP_JS = `"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-detail-for]").forEach(function (out) {
    var chart = document.getElementById(out.getAttribute("data-detail-for"));
    if (!chart) return;
    chart.querySelectorAll("[data-detail]").forEach(function (mark) {
      var show = function () { out.textContent = mark.getAttribute("data-detail"); };
      mark.addEventListener("focus", show);
      mark.addEventListener("mouseenter", show);
    });
  });
});
`;
