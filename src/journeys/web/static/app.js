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
  // uploads: show how much is sent, then how far the import got (rows read, then journeys
  // being built), then the summary page
  event.preventDefault();
  const status = form.querySelector(".upload-status");
  const say = (text) => {
    if (status) status.textContent = text;
  };
  const request = new XMLHttpRequest();
  request.open("POST", form.dataset.jobs);
  request.setRequestHeader("X-Journeys-Token", form.elements.token.value);
  request.setRequestHeader("Accept", "application/json");
  request.upload.addEventListener("progress", (e) => {
    if (!e.lengthComputable) return;
    bar.max = e.total;
    bar.value = e.loaded;
    say(`Uploading: ${Math.round((100 * e.loaded) / e.total)} %`);
  });
  request.upload.addEventListener("load", () => {
    bar.removeAttribute("value");
    say("Uploaded; importing…");
  });
  request.addEventListener("load", () => {
    let job = null;
    try {
      job = JSON.parse(request.responseText);
    } catch (err) {
      job = null;
    }
    if (request.status !== 202 || !job || !job.id) {
      const why = job && job.error ? job.error.message : `HTTP ${request.status}`;
      say(`The upload failed: ${why}`);
      bar.hidden = true;
      return;
    }
    follow(job.id, bar, say);
  });
  request.addEventListener("error", () => say("The upload failed: is journeys still running?"));
  request.send(new FormData(form));
});

// Ask how far an import job got until it is done, then show its summary.
function follow(id, bar, say) {
  fetch(`/api/v1/import-jobs/${encodeURIComponent(id)}`, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  })
    .then((r) => r.json())
    .then((job) => {
      if (job.state === "done" || job.state === "failed") {
        window.location.assign(`/import?job=${encodeURIComponent(id)}`);
        return;
      }
      const rows = job.rows.toLocaleString();
      if (job.state === "building") {
        bar.removeAttribute("value");
        say("Imported; building journeys…");
      } else if (job.rows_total) {
        bar.max = job.rows_total;
        bar.value = job.rows;
        say(`Importing ${job.reading || job.file}: ${rows} of ${job.rows_total.toLocaleString()} rows`);
      } else {
        bar.removeAttribute("value");
        say(`Importing ${job.reading || job.file}${job.rows ? `: ${rows} rows` : "…"}`);
      }
      window.setTimeout(() => follow(id, bar, say), 400);
    })
    .catch(() => say("Lost touch with the import: is journeys still running?"));
}

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
