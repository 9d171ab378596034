// The as-you-type indicator: a small label just above the composer's right
// edge that says what the latest scan found. It never takes focus, never
// catches clicks and never moves the page's layout (position: fixed in its
// own shadow root); the full banner only comes with a send attempt. The root
// is closed: what was found is the user's business, not the page's (issue 12).
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // The words are generated content (::before), which window.find() cannot
  // search: see banner.js.
  const STYLE = `
    :host { all: initial; }
    [data-t]::before { content: attr(data-t); }
    .pv-hint {
      position: fixed; z-index: 2147483646; pointer-events: none; max-width: 60vw;
      font: 12px/1.3 system-ui, -apple-system, "Segoe UI", sans-serif;
      padding: 3px 8px; border-radius: 999px; background: #fff; color: #1d1d1f;
      border: 1px solid #a15c00; box-shadow: 0 1px 4px rgba(0,0,0,.15);
      white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
    }
    .pv-hint[data-tone="block"] { border-color: #b3261e; }
    .pv-hint[data-tone="info"] { border-color: #1f4e9c; }
    .pv-dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; background: #a15c00; }
    [data-tone="block"] .pv-dot { background: #b3261e; }
    [data-tone="info"] .pv-dot { background: #1f4e9c; }
  `;

  let host = null;
  let box = null;
  let anchor = null; // the composer it sits on; looked up again on every show
  let frame = 0;

  function ensure() {
    if (host?.isConnected) return;
    host = document.createElement("pv-hint");
    const root = host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    box = document.createElement("div");
    box.className = "pv-hint";
    box.setAttribute("role", "status");
    box.append(Object.assign(document.createElement("span"), { className: "pv-dot" }), document.createElement("span"));
    root.append(style, box);
    document.documentElement.append(host);
  }

  function place() {
    frame = 0;
    if (!host || !anchor?.isConnected) return hide();
    const rect = anchor.getBoundingClientRect();
    const width = box.offsetWidth;
    box.style.left = `${Math.max(8, Math.min(rect.right - width, innerWidth - width - 8))}px`;
    box.style.top = `${rect.top > 30 ? rect.top - 26 : rect.bottom + 4}px`;
  }

  function schedulePlace() {
    if (host && !frame) frame = requestAnimationFrame(place);
  }

  // tone: "block" | "warn" | "info"
  function show(composer, text, tone) {
    ensure();
    anchor = composer;
    box.dataset.tone = tone;
    box.lastChild.dataset.t = text;
    place();
  }

  function hide() {
    host?.remove();
    host = null;
    anchor = null;
  }

  addEventListener("scroll", schedulePlace, { capture: true, passive: true });
  addEventListener("resize", schedulePlace, { passive: true });

  P.hint = { show, hide };
})();
