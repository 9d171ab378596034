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
  const RESEND_RETRY_MS = 250;
  const RESEND_PATIENCE_MS = 30_000;
  // How long the page may take to show that it sent (real pages clear the composer within a frame or two).
  const CONFIRM_MS = 2000;
  const CONFIRM_POLL_MS = 100;
  const capture = { capture: true };

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const same = (a, b) => a.replace(/\s+$/, "") === b.replace(/\s+$/, "");

  function startGuard(adapter) {
    const scanner = P.createScanner(adapter);
    const gate = P.createSendGate();
    const composerSelector = adapter.selectors.composer.join(",");
    const sendSelector = adapter.selectors.sendButton.join(",");
    const turnSelector = adapter.selectors.userTurn?.join(",");
    const read = (element) => adapter.readText(element);
    let debounceTimer = 0;
    let swallowKeypress = false;

    // P.active(): false once the extension was updated under this copy (lifecycle.js).
    const enabled = () => P.active() && P.settings.sites?.[adapter.id] !== false;

    // Hidden duplicates exist (ChatGPT's fallback textarea, SSR clones): only
    // a rendered composer outside aria-hidden/inert subtrees counts.
    function isVisible(element) {
      return element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"],[inert]');
    }

    // The page's composers: the prompt box and any open edit box.
    const composers = (scope = document) => [...scope.querySelectorAll(composerSelector)].filter(isVisible);

    function composerFromEvent(event) {
      const target = event.composedPath?.()[0] ?? event.target;
      const composer = target instanceof Element ? target.closest(composerSelector) : null;
      return composer && isVisible(composer) ? composer : null;
    }

    // The composer that belongs with a button or form: the one in its scope
    // (the composer's form, the turn being edited), else the page's.
    const composerNear = (element) => composers(P.editing.scopeOf(adapter, element))[0] ?? null;

    // The same composer, or the one that replaced it while the user decided
    // (a re-render): the visible one that holds `text`.
    const current = (composer, text) =>
      composer?.isConnected && isVisible(composer)
        ? composer
        : (composers().find((c) => text === undefined || read(c) === text) ?? null);

    const health = P.startHealth(adapter, { composers, read });

    const userTurns = () => (turnSelector ? document.querySelectorAll(turnSelector).length : 0);

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

    // The banner for hold `id`; only its own choice counts (gate.approve).
    async function warn(result, composer, id) {
      P.hint.hide();
      await P.textsReady; // Danish, even in the first seconds after a browser start
      // Until the user chooses, watch for a send that leaves without us (health.js).
      const draft = () => {
        const target = current(composer);
        return target ? read(target) : "";
      };
      P.banner.show(bannerState(result, "send"), health.holdingSend(draft, {
        onRedact: () => {
          gate.cancel(id);
          redact(result, composer);
        },
        onEdit: () => {
          gate.cancel(id);
          const target = current(composer, result.text);
          if (target) P.editing.markFindings(target, result.text, result.findings);
          record("edited", result);
        },
        onProceed: (reason) => {
          record("sent_anyway", result, reason);
          if (gate.approve(id)) resend(id, composer, result.text);
        },
        onCancel: () => {
          gate.cancel(id);
          current(composer, result.text)?.focus();
          record("cancelled", result);
        },
      }));
    }

    // Write the placeholders through the editor's own input path, then check
    // that the editor really holds them: what the page sends is its model.
    async function redact(result, composer) {
      const target = current(composer, result.text);
      if (!target) return;
      const { text, replaced } = P.restore.redact(result.text, result.findings);
      await adapter.writeText(target, text); // a paste waits for the editor to take the selection
      await nextFrame();
      const after = current(target, text);
      if (after && same(read(after), text)) {
        record("redacted", result);
        P.notices.show("redacted", { title: P.t("notice_redacted_title"), text: P.t("notice_redacted_text", { count: replaced }), timeoutMs: 8000 });
      } else {
        record("edited", result);
        P.notices.show("redacted", { tone: "warn", role: "alert", title: P.t("notice_redactFailed_title"), text: P.t("notice_redactFailed_text") });
      }
      after?.focus();
    }

    // Send the approved `text` on the user's behalf, once. While the page is
    // still writing its last answer it has no send button (or only Stop): try
    // again until it has, as a person would, unless the approval ended (a new
    // draft, another page, a newer send).
    function resend(id, composer, text, startedAt = performance.now()) {
      P.hint.hide();
      gate.navigated(location.href);
      if (!gate.resending(id)) return;
      const target = current(composer, text);
      if (!target || read(target) !== text) return gate.cancel(id);
      const lastTry = performance.now() - startedAt > RESEND_PATIENCE_MS;
      const turns = userTurns();
      if (adapter.resend(target, { lastTry }) || lastTry) return confirmSent(id, text, turns, true);
      setTimeout(() => resend(id, target, text, startedAt), RESEND_RETRY_MS);
    }

    // Did the page send? Its composer no longer holds the text (emptied, or the
    // edit box closed), or a new user turn appeared. If not, a page that takes
    // only the user's own clicks refused ours: tell the user to press send; the
    // approval stands for that press.
    function confirmSent(id, text, turnsBefore, tellUser, startedAt = performance.now()) {
      if (!gate.resending(id)) return P.notices.hide("resend"); // sent and typed on, or another page
      if (userTurns() > turnsBefore || !composers().some((c) => read(c) === text)) {
        gate.sent(id);
        P.notices.hide("resend");
        return;
      }
      if (performance.now() - startedAt < CONFIRM_MS) {
        setTimeout(() => confirmSent(id, text, turnsBefore, tellUser, startedAt), CONFIRM_POLL_MS);
        return;
      }
      if (!tellUser) return;
      P.notices.show("resend", { tone: "warn", role: "alert", title: P.t("notice_resendFailed_title"), text: P.t("notice_resendFailed_text") });
    }

    // Decide synchronously from the newest scan when it covers this exact
    // text (and the settings are known); otherwise hold the send and decide
    // when the scan answers. The gate keys every hold by its text.
    function guardSend(event, composer) {
      if (!P.active() || (P.settingsLoaded && !enabled())) return false;
      const text = read(composer);
      if (!text.trim()) return false;
      gate.navigated(location.href);
      const known = P.settingsLoaded ? scanner.resultFor(text) : null;
      const result = known && scanner.refresh(known);
      const step = gate.send(text, location.href, result && { holds: P.holdsSend(result) });
      if (step.act === "pass") {
        P.hint.hide(); // the page sends and clears the composer
        if (step.id && event.isTrusted) confirmSent(step.id, text, userTurns(), false); // the user's own press
        return false;
      }
      stop(event);
      if (step.act === "warn") warn(result, composer, step.id);
      if (step.act !== "scan") return true;
      Promise.all([scanner.scan(text), P.settingsReady]).then(([scanned]) => {
        const now = current(composer, text);
        if (!now || read(now) !== text) return gate.cancel(step.id); // the user went on typing
        const fresh = scanner.refresh(scanned);
        const verdict = gate.scanned(step.id, enabled() && P.holdsSend(fresh));
        if (verdict === "warn") warn(fresh, now, step.id);
        else if (verdict === "resend") resend(step.id, now, text);
      });
      return true;
    }

    function showHint(composer, result) {
      if (!result.findings.length) return P.hint.hide();
      const kinds = [...new Set(result.findings.map((f) => P.t(`entity_${f.entity_type}`)))];
      P.hint.show(composer, P.t("hint_found", { kinds: kinds.join(", ") }), result.verdict);
    }

    // As-you-type: scan the draft once the user pauses, and show the hint. A
    // changed draft ends a hold or approval for other text at once.
    function scheduleScan(event) {
      const composer = composerFromEvent(event);
      if (!composer || !enabled()) return;
      if (event.type === "input") P.editing.clearMarks(); // the marked text changed
      if (gate.state !== "idle") gate.draft(read(composer));
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(() => {
        const target = current(composer);
        const text = target ? read(target) : "";
        if (!text.trim()) return P.hint.hide();
        const known = scanner.resultFor(text); // keyup without an edit: nothing new to ask
        if (known) return showHint(target, scanner.refresh(known));
        scanner.scan(text).then((result) => {
          const now = current(target, text);
          if (now && read(now) === text) showHint(now, result);
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
        if (!button || !P.editing.sendsNow(adapter, button)) return; // Stop, or a button that cannot send now
        const composer = composerNear(button);
        if (composer) guardSend(event, composer);
      },
      capture,
    );

    addEventListener(
      "submit",
      (event) => {
        const composer = event.target instanceof Element ? (composers(event.target)[0] ?? null) : null;
        if (composer) guardSend(event, composer);
      },
      capture,
    );

    // Another page of the single-page app: what was held or approved there ends.
    const moved = () => gate.navigated(location.href);
    addEventListener("popstate", moved);
    globalThis.navigation?.addEventListener?.("navigatesuccess", moved);

    const context = { scanner, composerFromEvent, composerNear, record, stop, enabled, bannerState };
    P.startFiles(context); // before intake: a paste that carries files is held as files
    P.startIntake(context);
    P.startReminders(adapter);
    P.restore.start(adapter);
  }

  P.startGuard = startGuard;
})();
