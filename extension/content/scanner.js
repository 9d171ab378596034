// Scanning for the guard: asks the worker (and so the companion) about a
// text, falls back to the built-in detector when the companion cannot answer,
// and applies the settings in force: allow-listed terms and warn/block mode.
// Keeps only the newest completed scan; never stores or logs the text.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // Until the worker answers, guard as strictly as the defaults say.
  P.settings = { mode: "block", requireReason: false, allowTerms: [], sites: {}, guidelineUrl: "" };
  const loadSettings = () =>
    P.ask({ type: "getSettings" })
      .then((settings) => {
        if (settings && !settings.error) P.settings = settings;
      })
      .catch(() => {});
  // The first read after a browser start can take seconds (managed storage);
  // until then the guard holds sends instead of deciding on the defaults.
  P.settingsLoaded = false;
  P.settingsReady = loadSettings().finally(() => {
    P.settingsLoaded = true;
  });
  chrome.storage.onChanged.addListener(loadSettings);

  const FALLBACK_MESSAGES = { DK_CPR: "finding_fallback_cpr", CONFIDENTIAL_MARKER: "finding_fallback_marker" };

  function fallbackResult(text) {
    const findings = P.detector.scan(text).map((f) => ({ ...f, message: P.t(FALLBACK_MESSAGES[f.entity_type]) }));
    return { findings, detector: "fallback" };
  }

  // Drop what never needs attention: "info" findings (a CVR number) and the
  // organisation's allow-listed terms (its own name, a public official's name).
  function applySettings(text, raw) {
    const allowed = new Set((P.settings.allowTerms ?? []).map((term) => term.trim().toLowerCase()));
    const findings = raw.findings.filter(
      (f) => f.severity !== "info" && !allowed.has(text.slice(f.start, f.end).trim().toLowerCase()),
    );
    const verdict = findings.some((f) => f.severity === "block") ? "block" : findings.length ? "warn" : "ok";
    return { text, findings, verdict, detector: raw.detector ?? "companion", fallback: raw.detector === "fallback" };
  }

  // Whether a send of this result must wait for the user's choice.
  P.holdsSend = (result) =>
    result.findings.some((f) => f.severity === "block" || (P.settings.mode !== "warn" && f.severity === "warn"));

  P.createScanner = (adapter) => {
    let latest = null; // the newest completed scan: {text, findings, verdict, detector}
    let inFlight = null; // {text, source, promise}

    function scan(text, source = "typed") {
      if (inFlight?.text === text && inFlight.source === source) return inFlight.promise;
      const promise = chrome.runtime
        .sendMessage({ type: "scanText", text, site: adapter.id, url: location.href, source })
        .catch(() => ({ ok: false, error: "extension" }))
        .then((answer) => {
          const raw = answer?.ok ? { ...answer.result, detector: "companion" } : fallbackResult(text);
          const result = applySettings(text, raw);
          if (inFlight?.promise === promise) inFlight = null;
          if (source === "typed") latest = result;
          return result;
        });
      inFlight = { text, source, promise };
      return promise;
    }

    return {
      scan,
      // The result for exactly this text if the newest scan covered it; else null.
      resultFor: (text) => (latest?.text === text ? latest : null),
      // Settings may change between the scan and the decision.
      refresh: (result) => applySettings(result.text, result),
    };
  };
})();
