// Progressive enhancements; every page works without them.
//  - Histogram brush: drag across bars, or shift-click two bars, to search that date range.
//    Without JavaScript each bar is still a link to its own month or year.
//  - Copy buttons for read-only text marked data-copy (the citation line).
"use strict";

function rangeUrl(figure, a, b) {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const base = figure.dataset.rangeUrl;
  const sep = base.includes("?") ? "&" : "?";
  return base + sep + "from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to);
}

function brush(figure) {
  const links = Array.from(figure.querySelectorAll(".bars a[data-period]"));
  if (links.length < 2 || !figure.dataset.rangeUrl) return;
  const help = figure.querySelector(".brush-help");
  if (help) help.hidden = false;
  let start = null; // index where a drag began
  let end = null;
  let anchor = null; // index of the first shift-clicked bar
  let dragged = false;

  const mark = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    links.forEach((link, i) => link.classList.toggle("in-range", a !== null && i >= lo && i <= hi));
  };
  const go = (a, b) => {
    mark(a, b);
    window.location.assign(rangeUrl(figure, links[a].dataset.period, links[b].dataset.period));
  };

  links.forEach((link, i) => {
    link.draggable = false; // a link drag would swallow the pointer events
    link.addEventListener("pointerdown", (event) => {
      if (event.button !== 0 || event.shiftKey) return;
      start = end = i;
      dragged = false;
    });
    link.addEventListener("pointerenter", () => {
      if (start === null) return;
      end = i;
      dragged = dragged || end !== start;
      mark(start, end);
    });
    link.addEventListener("click", (event) => {
      if (dragged) {
        event.preventDefault(); // the drag already chose a range
        return;
      }
      if (!event.shiftKey) return;
      event.preventDefault();
      if (anchor === null) {
        anchor = i;
        mark(i, i);
      } else {
        go(anchor, i);
      }
    });
  });
  document.addEventListener("pointerup", () => {
    if (start !== null && dragged) go(start, end);
    start = null;
  });
  figure.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      anchor = null;
      mark(null, null);
    }
  });
}

function copyButton(field) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Copy";
  button.className = "copy";
  button.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      button.textContent = "Copied";
    } catch {
      button.textContent = "Selected: press Ctrl+C";
    }
  });
  field.insertAdjacentElement("afterend", button);
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("figure.histogram").forEach(brush);
  document.querySelectorAll("textarea[data-copy]").forEach(copyButton);
});
