// The shared guard: watches a site's composer through its adapter, scans the
// draft as the user types, and stops a send that carries findings until the
// user has chosen what to do. No site knowledge here: that is in sites/*.js.
//
// Listeners sit on window in the capture phase and are added at document_start,
// so they run before any handler of the page (React root, ProseMirror, Quill,
// Lexical). They never keep a composer element for later: pages re-render it,
// so every decision looks the composer up again.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  // Short enough that the hint follows a pause in typing within 200 ms (docs/performance.md),
  // long enough not to scan every keystroke.
  const DEBOUNCE_MS = 150;
  // Our own resend of exactly this text must pass our listeners once.
  const BYPASS_MS = 1500;
  const RESEND_RETRY_MS = 250;
  const RESEND_PATIENCE_MS = 30_000;
  const capture = { capture: true };

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const same = (a, b) => a.replace(/\s+$/, "") === b.replace(/\s+$/, "");

  function startGuard(adapter) {
    const scanner = P.createScanner(adapter);
    const composerSelector = adapter.selectors.composer.join(",");
    const sendSelector = adapter.selectors.sendButton.join(",");
    let bypass = null; // {text, until}
    let held = null; // text of a send that waits for its scan
    let debounceTimer = 0;
    let swallowKeypress = false;

    const enabled = () => P.settings.sites?.[adapter.id] !== false;

    // Hidden duplicates exist (ChatGPT's fallback textarea, SSR clones): only
    // a rendered composer outside aria-hidden/inert subtrees counts.
    function isVisible(element) {
      return element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"],[inert]');
    }

    function composerIn(scope) {
      return [...scope.querySelectorAll(composerSelector)].find(isVisible) ?? null;
    }

    function composerFromEvent(event) {
      const target = event.composedPath?.()[0] ?? event.target;
      const composer = target instanceof Element ? target.closest(composerSelector) : null;
      return composer && isVisible(composer) ? composer : null;
    }

    // The composer that belongs with a button or form: same form, else the page's.
    const composerNear = (element) => composerIn(element.closest("form") ?? document);

    // The same composer, or the one that replaced it while the user decided.
    const current = (composer) => (composer?.isConnected && isVisible(composer) ? composer : composerIn(document));

    const pageKind = () => (adapter.isCustomAssistant?.(location) ? "custom_assistant" : "chat");

    // A near-miss for the log: kinds and severities, never the text or a mask.
    function record(action, result, reason) {
      const event = {
        id: crypto.randomUUID(),
        time: new Date().toISOString(),
        site: adapter.eventSite ?? adapter.id,
        page_kind: pageKind(),
        verdict: result.verdict,
        action,
        findings: result.findings.map(({ entity_type, severity }) => ({ entity_type, severity })),
        detector: result.detector,
        reason,
      };
      chrome.runtime.sendMessage({ type: "recordEvent", event }).catch(() => {});
    }

    function stop(event) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }

    function bannerState(result, context) {
      const replaceable = result.findings.filter(P.placeholders.canReplace).length;
      return {
        context,
        verdict: result.verdict,
        findings: result.findings,
        fallback: result.fallback,
        canRedact: replaceable > 0,
        keptCount: result.findings.length - replaceable,
        requireReason: Boolean(P.settings.requireReason),
        guidelineUrl: P.settings.guidelineUrl,
      };
    }

    async function warn(result, composer) {
      P.hint.hide();
      await P.textsReady; // Danish, even in the first seconds after a browser start
      P.banner.show(bannerState(result, "send"), {
        onRedact: () => redact(result, composer),
        onEdit: () => {
          const target = current(composer);
          if (target) P.editing.markFindings(target, result.text, result.findings);
          record("edited", result);
        },
        onProceed: (reason) => {
          record("sent_anyway", result, reason);
          const target = current(composer);
          if (target) resend(target, result.text);
        },
        onCancel: () => {
          current(composer)?.focus();
          record("cancelled", result);
        },
      });
    }

    // Write the placeholders through the editor's own input path, then check
    // that the editor really holds them: what the page sends is its model.
    async function redact(result, composer) {
      const target = current(composer);
      if (!target) return;
      const { text, replaced } = P.placeholders.redact(result.text, result.findings);
      await adapter.writeText(target, text); // a paste waits for the editor to take the selection
      await nextFrame();
      const after = current(target);
      if (after && same(adapter.readText(after), text)) {
        record("redacted", result);
        P.notices.show("redacted", { title: P.t("notice_redacted_title"), text: P.t("notice_redacted_text", { count: replaced }), timeoutMs: 8000 });
      } else {
        record("edited", result);
        P.notices.show("redacted", { tone: "warn", role: "alert", title: P.t("notice_redactFailed_title"), text: P.t("notice_redactFailed_text") });
      }
      after?.focus();
    }

    // Send on the user's behalf. While the page is still writing its last
    // answer it has no send button; try again until it has, as a person would.
    function resend(composer, text, startedAt = performance.now()) {
      P.hint.hide();
      const target = current(composer);
      if (!target) return;
      const lastTry = performance.now() - startedAt > RESEND_PATIENCE_MS;
      bypass = { text, until: performance.now() + BYPASS_MS };
      if (adapter.resend(target, { lastTry }) || lastTry) return;
      setTimeout(() => resend(target, text, startedAt), RESEND_RETRY_MS);
    }

    // Decide synchronously from the newest scan when it covers this exact
    // text (and the settings are known); otherwise hold the send and decide
    // when the scan answers.
    function guardSend(event, composer) {
      if (P.settingsLoaded && !enabled()) return false;
      const text = adapter.readText(composer);
      if (bypass && bypass.text === text && performance.now() < bypass.until) return false;
      if (!text.trim()) return false;
      const known = P.settingsLoaded ? scanner.resultFor(text) : null;
      if (known) {
        const result = scanner.refresh(known);
        if (!P.holdsSend(result)) {
          P.hint.hide(); // the page sends and clears the composer
          return false;
        }
        stop(event);
        warn(result, composer);
        return true;
      }
      stop(event);
      if (held === text) return true; // a second Enter or click for the same held send
      held = text;
      Promise.all([scanner.scan(text), P.settingsReady]).then(([scanned]) => {
        held = null;
        const now = current(composer);
        if (!now || adapter.readText(now) !== text) return; // the user went on typing
        const result = scanner.refresh(scanned);
        if (enabled() && P.holdsSend(result)) warn(result, now);
        else resend(now, text);
      });
      return true;
    }

    function showHint(composer, result) {
      if (!result.findings.length) return P.hint.hide();
      const kinds = [...new Set(result.findings.map((f) => P.t(`entity_${f.entity_type}`)))];
      P.hint.show(composer, P.t("hint_found", { kinds: kinds.join(", ") }), result.verdict);
    }

    // As-you-type: scan the draft once the user pauses, and show the hint.
    function scheduleScan(event) {
      const composer = composerFromEvent(event);
      if (!composer || !enabled()) return;
      if (event.type === "input") P.editing.clearMarks(); // the marked text changed
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(() => {
        const target = current(composer);
        const text = target ? adapter.readText(target) : "";
        if (!text.trim()) return P.hint.hide();
        const known = scanner.resultFor(text); // keyup without an edit: nothing new to ask
        if (known) return showHint(target, scanner.refresh(known));
        scanner.scan(text).then((result) => {
          const now = current(target);
          if (now && adapter.readText(now) === text) showHint(now, result);
        });
      }, DEBOUNCE_MS);
    }

    addEventListener("input", scheduleScan, capture);
    // Lexical cancels beforeinput and edits its DOM itself, so no input event
    // follows a keystroke there; keyup catches those edits.
    addEventListener("keyup", scheduleScan, capture);

    addEventListener(
      "keydown",
      (event) => {
        swallowKeypress = false;
        // Shift+Enter is a new line; Enter during IME composition picks a word.
        if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
        const composer = composerFromEvent(event);
        if (composer) swallowKeypress = guardSend(event, composer);
      },
      capture,
    );

    // A site that sends on keypress must not see the Enter we held.
    addEventListener(
      "keypress",
      (event) => {
        if (swallowKeypress && event.key === "Enter") stop(event);
        swallowKeypress = false;
      },
      capture,
    );

    addEventListener(
      "click",
      (event) => {
        const target = event.composedPath?.()[0] ?? event.target;
        const button = target instanceof Element ? target.closest(sendSelector) : null;
        if (!button || adapter.isSendButton?.(button) === false) return;
        const composer = composerNear(button);
        if (composer) guardSend(event, composer);
      },
      capture,
    );

    addEventListener(
      "submit",
      (event) => {
        const composer = event.target instanceof Element ? composerIn(event.target) : null;
        if (composer) guardSend(event, composer);
      },
      capture,
    );

    const context = { scanner, composerFromEvent, composerNear, record, stop, enabled, bannerState };
    P.startFiles(context); // before intake: a paste that carries files is held as files
    P.startIntake(context);
    P.startReminders(adapter);
  }

  P.startGuard = startGuard;
})();
