// Fails loudly (issue 12): when a site changes its page, the guard does not
// see the composer or a send button and fails open without a word. Two signs
// are reported to the worker, which shows them in the popup and queues a
// value-free health report for the companion (host, adapter, problem,
// version; never text):
//
// - composer_missing: some seconds after load, the page has a field the user
//   could type into but none of the adapter's composer selectors match it,
//   twice in a row. Not reported in frames (widgets, sign-in; Microsoft
//   365 Copilot embedded in Teams or Outlook is left unwatched), on pages
//   the adapter lists as having no composer on purpose (builders), on pages
//   with nothing to type into (a login wall, an error page: nothing can be
//   sent there), nor once the composer was seen in this page load.
// - send_escaped: while the banner holds a send with findings, the composer
//   empties without the user editing it and a new turn (the user's or the
//   answer) appears: the page sent by a way the guard does not know (a
//   renamed send button, a new shortcut).
//
// Each at most once per page load, so a broken site gives one report per
// page a user opens, not one per second. docs/sites.md has the rule.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  // Long enough for a slow single-page app to render its composer after load.
  const COMPOSER_GRACE_MS = 6000;
  const COMPOSER_CHECK_MS = 2000;
  const SEND_CHECK_MS = 200;
  // From the composer emptying to the page's new turn appearing (the user's
  // turn shows at once on every supported site; an answer may take longer).
  const TURN_PATIENCE_MS = 10_000;
  const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

  P.startHealth = (adapter, { composers, read }) => {
    const reported = new Set();
    // A new turn, the user's (at once) or the answer (a moment later), shows that the page sent.
    const turnSelector = [...(adapter.selectors.userTurn ?? []), ...(adapter.selectors.answer ?? [])].join(",");
    const countTurns = () => (turnSelector ? document.querySelectorAll(turnSelector).length : 0);

    function report(problem) {
      if (reported.has(problem) || !P.active()) return;
      reported.add(problem);
      P.ask({ type: "reportHealth", problem, adapter: adapter.id, host: location.hostname }).catch(() => {});
    }

    // -- composer_missing ---------------------------------------------------------------

    function watchComposer() {
      let misses = 0;
      const check = () => {
        if (!P.active()) return;
        if (composers().length) {
          P.ask({ type: "composerSeen", host: location.hostname }).catch(() => {});
          return; // seen once: this page load is fine
        }
        const editable = [...document.querySelectorAll(EDITABLE)].some((field) => field.getClientRects().length > 0);
        misses = editable && !adapter.withoutComposer?.(location) ? misses + 1 : 0;
        if (misses >= 2) return report("composer_missing");
        setTimeout(check, COMPOSER_CHECK_MS);
      };
      setTimeout(check, COMPOSER_GRACE_MS);
    }

    // -- send_escaped -------------------------------------------------------------------

    let watch = null; // {draft, timer, lastText, edited, emptiedAt, turns}

    // The banner holds a send until one of `actions` runs; `draft()` reads the
    // held composer's text now.
    function holdingSend(draft, actions) {
      released();
      clearInterval(watch?.timer);
      watch = { draft, lastText: draft().trim(), edited: false, emptiedAt: 0, turns: countTurns() };
      watch.timer = setInterval(checkSend, SEND_CHECK_MS);
      return Object.fromEntries(
        Object.entries(actions).map(([name, action]) => [name, (...args) => (released(), action(...args))]),
      );
    }

    // The user chose in the banner: stop watching, unless the draft already left.
    function released() {
      if (watch && !watch.emptiedAt) stopWatching();
    }

    function stopWatching() {
      clearInterval(watch?.timer);
      watch = null;
    }

    function checkSend() {
      if (!P.active()) return stopWatching();
      const text = watch.draft().trim();
      // Typing after the composer emptied: a new draft (another chat, say), not the page's send.
      if (watch.emptiedAt && watch.edited) return stopWatching();
      if (!watch.emptiedAt && watch.lastText && !text && !watch.edited) watch.emptiedAt = performance.now();
      watch.lastText = text;
      watch.edited = false;
      if (!watch.emptiedAt) return;
      if (countTurns() > watch.turns) {
        stopWatching();
        escaped();
      } else if (performance.now() - watch.emptiedAt > TURN_PATIENCE_MS) {
        stopWatching(); // emptied by the page (a new chat, a route change) without a send
      }
    }

    function escaped() {
      P.banner.hide(); // it asks about a draft that is gone
      P.notices.show("sendEscaped", {
        tone: "warn",
        role: "alert",
        title: P.t("notice_sendEscaped_title"),
        text: P.t("notice_sendEscaped_text"),
      });
      report("send_escaped");
    }

    // What the user does to the draft is no escape: cutting it, deleting it.
    addEventListener(
      "input",
      (event) => {
        if (watch && event.isTrusted) watch.edited = true;
      },
      { capture: true },
    );

    if (window === top) {
      if (document.readyState === "complete") watchComposer();
      else addEventListener("load", watchComposer, { once: true });
    }
    return { holdingSend };
  };
})();
