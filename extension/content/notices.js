// Quiet notices in a corner, one shadow root for all of them: the warning
// about a shared custom assistant, the copyright reminder after a long paste
// and the reminder to review AI output. None of them blocks anything; each
// has a close button, which only the user can press; the root is closed, so
// the page reads none of it (issue 12).
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  const t = (key, vars) => P.t(key, vars);

  // The words are generated content (::before), which window.find() cannot
  // search: a notice may name a file the page never received (see banner.js).
  const STYLE = `
    :host { all: initial; }
    [data-t]::before { content: attr(data-t); }
    .pv-stack { position: fixed; right: 16px; bottom: 96px; z-index: 2147483645; display: flex; flex-direction: column; gap: 8px;
      width: min(360px, calc(100vw - 32px)); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; }
    .pv-notice { position: relative; background: #fff; border: 1px solid #c4c4c4; border-left: 6px solid #1f4e9c; border-radius: 8px;
      box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: 10px 34px 10px 12px; }
    .pv-notice[data-tone="warn"] { border-left-color: #a15c00; }
    .pv-notice strong { display: block; margin-bottom: 2px; }
    .pv-close { position: absolute; top: 6px; right: 6px; border: 0; background: none; font: 18px/1 system-ui; cursor: pointer; color: #5f5f5f; padding: 2px 6px; }
    .pv-close:focus-visible { outline: 3px solid #1f4e9c; }
    a { color: #1f4e9c; }
    .pv-action { display: block; margin-top: 6px; font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #8a8a8a;
      background: #fff; color: #1d1d1f; cursor: pointer; }
    .pv-action:focus-visible { outline: 3px solid #1f4e9c; outline-offset: 2px; }
  `;

  let host = null;
  let stack = null;
  const timers = new Map();

  function ensure() {
    if (host?.isConnected) return;
    host = document.createElement("pv-notices");
    const root = host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    stack = document.createElement("div");
    stack.className = "pv-stack";
    root.append(style, stack);
    document.documentElement.append(host);
  }

  // id: one notice per id at a time.
  // options: {tone, title, text, role, link, action: {text, onClick}, timeoutMs, onClose}
  function show(id, { tone = "info", title, text, role = "status", link, action, timeoutMs, onClose }) {
    ensure();
    hide(id);
    const notice = document.createElement("div");
    notice.className = "pv-notice";
    notice.dataset.id = id;
    notice.dataset.tone = tone;
    notice.setAttribute("role", role);
    const heading = document.createElement("strong");
    heading.dataset.t = title;
    const body = document.createElement("span");
    body.dataset.t = text;
    notice.append(heading, body);
    if (link && P.isHttpsLink(link.href)) {
      const anchor = Object.assign(document.createElement("a"), { href: link.href, target: "_blank", rel: "noopener noreferrer" });
      anchor.dataset.t = link.text;
      notice.append(" ", anchor);
    }
    if (action) {
      const button = Object.assign(document.createElement("button"), { type: "button", className: "pv-action" });
      button.dataset.t = action.text;
      // Only the user may flip it, not a click made by page script (issue 12).
      button.addEventListener("click", (event) => {
        if (event.isTrusted) action.onClick();
      });
      notice.append(button);
    }
    const close = Object.assign(document.createElement("button"), { type: "button", className: "pv-close", textContent: "×" });
    close.setAttribute("aria-label", t("notice_close"));
    close.addEventListener("click", (event) => {
      if (!event.isTrusted) return; // a script's click (the page's) closes nothing
      hide(id);
      onClose?.();
    });
    notice.append(close);
    stack.append(notice);
    if (timeoutMs) timers.set(id, setTimeout(() => hide(id), timeoutMs));
  }

  function hide(id) {
    clearTimeout(timers.get(id));
    timers.delete(id);
    stack?.querySelector(`[data-id="${id}"]`)?.remove();
  }

  P.notices = { show, hide };
})();
