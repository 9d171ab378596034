// The shared guard: watches a site's composer through its adapter, scans the
// draft as the user types, and stops a send that carries findings.
//
// Listeners sit on window in the capture phase and are added at document_start,
// so they run before any handler of the page (React root, ProseMirror, Quill).
// They never keep a reference to a composer element: the pages re-render it.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  const DEBOUNCE_MS = 250;
  // Our own resend must pass through our listeners once.
  const BYPASS_MS = 1000;

  function startGuard(adapter) {
    const latest = { text: null, result: null }; // the newest completed scan
    let inFlight = null; // { text, promise }
    let debounceTimer = 0;
    let bypassUntil = 0;

    const composerSelector = adapter.selectors.composer.join(",");
    const sendSelector = adapter.selectors.sendButton.join(",");

    function isVisible(element) {
      return element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"],[inert]');
    }

    function composerFromEvent(event) {
      const target = event.composedPath?.()[0] ?? event.target;
      const composer = target instanceof Element ? target.closest(composerSelector) : null;
      return composer && isVisible(composer) ? composer : null;
    }

    function composerNear(element) {
      const scope = element.closest("form") ?? document;
      return [...scope.querySelectorAll(composerSelector)].find(isVisible) ?? null;
    }

    function scan(text, source = "typed") {
      if (inFlight?.text === text) return inFlight.promise;
      const promise = chrome.runtime
        .sendMessage({ type: "scanText", text, site: adapter.id, url: location.href, source })
        .catch(() => ({ ok: false, error: "extension" }))
        .then((answer) => {
          const result = answer?.ok ? answer.result : fallbackResult(text);
          if (inFlight?.promise === promise) inFlight = null;
          latest.text = text;
          latest.result = result;
          return result;
        });
      inFlight = { text, promise };
      return promise;
    }

    function fallbackResult(text) {
      const message = P.t("finding_fallback_cpr");
      const findings = P.detector.findCprNumbers(text).map((f) => ({ ...f, message }));
      return { verdict: findings.length ? "block" : "ok", findings, fallback: true };
    }

    function needsAttention(result) {
      return result.findings.some((f) => f.severity === "block" || f.severity === "warn");
    }

    function stop(event) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }

    function warn(result, composer) {
      const findings = result.findings.filter((f) => f.severity !== "info");
      P.banner.show(
        { verdict: result.verdict, findings, fallback: result.fallback },
        {
          onEdit: () => composer.focus(),
          onCancel: () => composer.focus(),
          onSendAnyway: () => resend(composer),
        },
      );
    }

    function resend(composer) {
      bypassUntil = performance.now() + BYPASS_MS;
      adapter.resend(composer);
    }

    // Decide synchronously from the latest scan when it covers this exact text;
    // otherwise hold the send and decide when the scan answers.
    function guardSend(event, composer) {
      if (performance.now() < bypassUntil) return;
      const text = adapter.readText(composer);
      if (!text.trim()) return;
      if (latest.text === text) {
        if (!needsAttention(latest.result)) return;
        stop(event);
        warn(latest.result, composer);
        return;
      }
      stop(event);
      scan(text).then((result) => {
        const current = composerNear(composer.isConnected ? composer : document.body);
        if (!current || adapter.readText(current) !== text) return; // the user went on typing
        if (needsAttention(result)) warn(result, current);
        else resend(current);
      });
    }

    function scheduleScan(event) {
      const composer = composerFromEvent(event);
      if (!composer) return;
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(() => {
        const text = adapter.readText(composer);
        if (text.trim() && text !== latest.text) scan(text);
      }, DEBOUNCE_MS);
    }

    const capture = { capture: true };
    addEventListener("input", scheduleScan, capture);

    addEventListener(
      "keydown",
      (event) => {
        if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
        const composer = composerFromEvent(event);
        if (composer) guardSend(event, composer);
      },
      capture,
    );

    addEventListener(
      "click",
      (event) => {
        const target = event.composedPath?.()[0] ?? event.target;
        const button = target instanceof Element ? target.closest(sendSelector) : null;
        const composer = button && composerNear(button);
        if (composer) guardSend(event, composer);
      },
      capture,
    );

    addEventListener(
      "submit",
      (event) => {
        const composer = event.target instanceof Element ? composerNear(event.target) : null;
        if (composer) guardSend(event, composer);
      },
      capture,
    );
  }

  P.startGuard = startGuard;
})();
