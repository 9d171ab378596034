// Popup: whether protection is full or reduced, sites whose page the guard
// could not see, what protects now (the program the browser started, the
// local service, or only the built-in check), the
// model in use, today's counts, and the way to the dashboard.
(async () => {
  const P = globalThis.Promptvagt;
  await P.textsReady;
  P.localize(document);
  const status = await chrome.runtime.sendMessage({ type: "getStatus" });
  const state = status.health?.status; // ok | starting | degraded, or none when unreachable
  const box = document.getElementById("status");
  box.dataset.state = status.reachable && state === "ok" ? "full" : "reduced";
  box.textContent = P.t(
    !status.reachable ? (status.pairing ? "popup_status_pairing" : "popup_status_down")
      : state === "ok" ? "popup_status_ok"
        : state === "starting" ? "popup_status_starting"
          : "popup_status_degraded",
  );
  // Sites where the guard could not see the page (issue 12): right under the status, as they fail open.
  const siteHealth = document.getElementById("siteHealth");
  for (const { host, problem } of status.sites ?? []) {
    const item = document.createElement("li");
    item.textContent = P.t(`popup_health_${problem}`, { host });
    siteHealth.append(item);
  }
  siteHealth.hidden = !siteHealth.childElementCount;
    document.getElementById("channel").textContent = P.t(`popup_channel_${status.channel ?? "builtin"}`);
  const model = status.health?.model;
  document.getElementById("model").textContent = model ? `${model.name} ${model.version}` : P.t("popup_model_none");
  for (const key of ["held", "resolved", "sentAnyway"]) document.getElementById(key).textContent = String(status.today[key]);
  // A companion address or guideline link that is not used, and why (background/settings.js).
  const settings = await chrome.runtime.sendMessage({ type: "getSettings" });
  const invalid = (settings.invalid ?? []).map(({ key, source }) =>
    P.t(`settings_invalid_${key}`, { source: P.t(`settings_source_${source}`), used: settings[key] }));
  if (invalid.length) {
    const note = document.getElementById("settingsNote");
    note.textContent = invalid.join(" ");
    note.hidden = false;
  }
  if (status.queued) {
    const queued = document.getElementById("queued");
    queued.textContent = P.t("popup_queued", { count: status.queued });
    queued.hidden = false;
  }
  document.getElementById("dashboard").addEventListener("click", async (event) => {
    event.preventDefault();
    const answer = await chrome.runtime.sendMessage({ type: "openDashboard" }).catch(() => null);
    if (answer?.ok) {
      window.close();
      return;
    }
    const note = document.getElementById("dashboardNote");
    note.textContent = P.t("popup_dashboard_unavailable");
    note.hidden = false;
  });
})();
