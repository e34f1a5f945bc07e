// A little progressive enhancement: the pages work without it.
"use strict";
document.addEventListener("click", (event) => {
  const button = event.target.closest("button.open-all");
  if (!button) return;
  const urls = (button.dataset.urls || "").split(" ").filter(Boolean);
  for (const url of urls) window.open(url, "_blank", "noopener");
});
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    return;
  }
  const bar = form.querySelector("progress");
  if (bar) bar.hidden = false;
});
