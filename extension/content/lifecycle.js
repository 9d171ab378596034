// When the extension is updated, reloaded or removed, the content script of a
// tab that was open stays in the page but loses the extension: every
// chrome.runtime call throws "Extension context invalidated". A guard that
// went on holding sends would swallow Enter for good (issue 12). So it stands
// aside: it stops intercepting, and tells the user to reload the page, unless
// the worker has already put this version's guard into the tab (inject.js),
// which announces itself.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  // A DOM event, because the new copy runs in another isolated world. The page
  // can send it too, so it only ever quiets a copy whose extension is gone.
  const STARTED_EVENT = "promptvagt-guard-started";
  const NOTICE_ID = "stale";
  let stoodAside = false;

  function contextAlive() {
    try {
      return Boolean(chrome.runtime?.id);
    } catch {
      return false;
    }
  }

  // Texts are loaded once at start; a copy that lost the extension before
  // they came has no chrome.i18n to fall back on.
  function text(key, danish) {
    const value = P.t(key);
    return value === key ? danish : value;
  }

  function standAside(tell) {
    stoodAside = true;
    P.banner?.hide();
    P.hint?.hide();
    if (!tell) return;
    P.notices.show(NOTICE_ID, {
      tone: "warn",
      role: "alert",
      title: text("notice_stale_title", "Promptvagt er blevet opdateret: genindlæs siden"),
      text: text("notice_stale_text", "Genindlæs siden (F5), så er du beskyttet igen."),
    });
  }

  // Whether this copy still guards. Asked by every listener before it holds
  // anything, so the first Enter after an update already goes to the page.
  P.active = () => {
    if (stoodAside) return false;
    if (contextAlive()) return true;
    standAside(true);
    return false;
  };

  addEventListener(STARTED_EVENT, () => {
    if (contextAlive()) return; // our own announcement, or the page's
    if (stoodAside) P.notices.hide(NOTICE_ID);
    else standAside(false);
  });

  // Called by start.js once this copy guards the page.
  P.announceStart = () => dispatchEvent(new Event(STARTED_EVENT));
})();
