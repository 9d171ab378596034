// Options page: the user's settings (chrome.storage.local). Settings the
// organisation's policy has fixed are shown read-only.
(async () => {
  const P = globalThis.Promptvagt;
  const SITES = { chatgpt: "ChatGPT", gemini: "Gemini", copilot: "Copilot", m365: "Microsoft 365 Copilot", lechat: "Le Chat" };
  // As the worker checks them where they are used (background/settings.js).
  const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/;
  const HTTPS = /^https:\/\/[^/\s@]+(\/\S*)?$/;
  const form = document.getElementById("settings");

  await P.textsReady;
  P.localize(document);
  const settings = await chrome.runtime.sendMessage({ type: "getSettings" });

  const sites = document.getElementById("sites");
  for (const [id, name] of Object.entries(SITES)) {
    const label = document.createElement("label");
    const box = Object.assign(document.createElement("input"), { type: "checkbox", name: `site-${id}`, checked: settings.sites[id] !== false });
    label.append(box, ` ${name}`);
    sites.append(label);
  }
  form.companionUrl.value = settings.companionUrl;
  form.mode.value = settings.mode;
  form.extraSites.value = settings.extraSites.join("\n");
  form.guidelineUrl.value = settings.guidelineUrl;
  form.language.value = settings.language;
  document.getElementById("requireReason").textContent = P.t(settings.requireReason ? "options_yes" : "options_no");
  document.getElementById("allowTerms").textContent = settings.allowTerms.join(", ") || P.t("options_none");

  // A value the worker does not use (a bad policy value or a bad stored one) is said where it is set.
  for (const { key, source } of settings.invalid ?? []) {
    const section = form.querySelector(`[data-key="${key}"]`);
    const text = P.t(`settings_invalid_${key}`, { source: P.t(`settings_source_${source}`), used: settings[key] });
    section?.append(Object.assign(document.createElement("p"), { className: "error", role: "alert", textContent: text }));
  }

  for (const key of settings.locked) {
    const section = form.querySelector(`[data-key="${key}"]`);
    if (!section) continue;
    for (const field of section.querySelectorAll("input, textarea, select")) field.disabled = true;
    section.append(Object.assign(document.createElement("p"), { className: "locked", textContent: P.t("options_locked") }));
  }

  document.getElementById("test").addEventListener("click", async () => {
    const result = document.getElementById("test-result");
    if (!LOOPBACK.test(form.companionUrl.value.trim())) {
      result.textContent = P.t("options_companionUrl_invalid");
      return;
    }
    try {
      const response = await fetch(new URL("/health", form.companionUrl.value), { signal: AbortSignal.timeout(2000) });
      result.textContent = P.t(response.ok ? "options_test_ok" : "options_test_fail");
    } catch {
      result.textContent = P.t("options_test_fail");
    }
  });

  const pairButton = document.getElementById("pair");
  pairButton.addEventListener("click", async () => {
    const result = document.getElementById("pair-result");
    const answer = await chrome.runtime.sendMessage({ type: "pairCompanion", code: form.pairingCode.value });
    result.className = answer.ok ? "" : "error";
    result.textContent = P.t(answer.ok ? "options_pairing_ok" : "options_pairing_failed");
    if (answer.ok) form.pairingCode.value = "";
  });
  pairButton.disabled = false; // disabled in the HTML until this handler exists

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = document.getElementById("saved");
    const companionUrl = form.companionUrl.value.trim();
    if (!LOOPBACK.test(companionUrl)) {
      saved.className = "error";
      saved.textContent = P.t("options_companionUrl_invalid");
      return;
    }
    const guidelineUrl = form.guidelineUrl.value.trim();
    if (guidelineUrl && !HTTPS.test(guidelineUrl)) {
      saved.className = "error";
      saved.textContent = P.t("options_guidelineUrl_invalid");
      return;
    }
    const extraSites = form.extraSites.value.split(/\s+/).filter((origin) => /^https:\/\/[^/]+\/?$/.test(origin));
    // Access to an extra site needs the user's yes, asked during this click.
    if (extraSites.length && !settings.locked.includes("extraSites")) {
      await chrome.permissions.request({ origins: extraSites.map((origin) => `${origin.replace(/\/$/, "")}/*`) }).catch(() => false);
    }
    const values = {
      companionUrl: companionUrl.replace(/\/$/, ""),
      mode: form.mode.value,
      sites: Object.fromEntries(Object.keys(SITES).map((id) => [id, form[`site-${id}`].checked])),
      extraSites: extraSites.map((origin) => origin.replace(/\/$/, "")),
      guidelineUrl,
      language: form.language.value,
    };
    for (const key of settings.locked) delete values[key];
    await chrome.storage.local.set(values);
    saved.className = "";
    saved.textContent = P.t("options_saved");
  });
})();
