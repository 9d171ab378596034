// Popup: whether protection is full or reduced, the model in use, today's counts.
(async () => {
  const P = globalThis.Promptvagt;
  await P.textsReady;
  P.localize(document);
  const [status, settings] = await Promise.all([
    chrome.runtime.sendMessage({ type: "getStatus" }),
    chrome.runtime.sendMessage({ type: "getSettings" }),
  ]);
  const full = status.reachable && status.health?.status === "ok";
  const box = document.getElementById("status");
  box.dataset.state = full ? "full" : "reduced";
  box.textContent = P.t(full ? "popup_status_ok" : status.reachable ? "popup_status_degraded" : "popup_status_down");
  const model = status.health?.model;
  document.getElementById("model").textContent = model ? `${model.name} ${model.version}` : P.t("popup_model_none");
  for (const key of ["held", "resolved", "sentAnyway"]) document.getElementById(key).textContent = String(status.today[key]);
  if (status.queued) {
    const queued = document.getElementById("queued");
    queued.textContent = P.t("popup_queued", { count: status.queued });
    queued.hidden = false;
  }
  document.getElementById("dashboard").href = new URL("/", settings.companionUrl).href;
})();
