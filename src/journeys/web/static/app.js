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
  if (!bar) return;
  bar.hidden = false;
  if (!form.classList.contains("upload")) return;
  // uploads: show how much is sent, then that the import runs; the answer replaces the page
  event.preventDefault();
  const status = form.querySelector(".upload-status");
  const request = new XMLHttpRequest();
  request.open("POST", form.action);
  request.upload.addEventListener("progress", (e) => {
    if (!e.lengthComputable) return;
    bar.max = e.total;
    bar.value = e.loaded;
    if (status) status.textContent = `Uploading: ${Math.round((100 * e.loaded) / e.total)} %`;
  });
  request.upload.addEventListener("load", () => {
    bar.removeAttribute("value");
    if (status) status.textContent = "Importing and building journeys…";
  });
  request.addEventListener("load", () => {
    document.open();
    document.write(request.responseText);
    document.close();
  });
  request.addEventListener("error", () => {
    if (status) status.textContent = "The upload failed: is journeys still running?";
  });
  request.send(new FormData(form));
});

// Infinite scroll: when the "More" link comes into view, fetch the next page and append its
// items (cards or history rows); without JavaScript the link still works.
function appendNext(link) {
  const list = document.querySelector(link.dataset.into);
  if (!list || link.dataset.loading) return;
  link.dataset.loading = "1";
  fetch(link.href, { credentials: "same-origin" })
    .then((r) => r.text())
    .then((html) => {
      const next = new DOMParser().parseFromString(html, "text/html");
      const items = next.querySelector(link.dataset.into);
      if (items) for (const item of Array.from(items.children)) list.appendChild(item);
      const more = next.querySelector("a.infinite");
      if (more) {
        link.href = more.href;
        delete link.dataset.loading;
      } else {
        link.parentElement.remove();
      }
    })
    .catch(() => delete link.dataset.loading);
}
if ("IntersectionObserver" in window) {
  const watcher = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) appendNext(e.target);
  });
  document.querySelectorAll("a.infinite").forEach((a) => watcher.observe(a));
}
