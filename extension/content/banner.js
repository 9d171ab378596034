// The warning banner: one <promptvagt-banner> element with its own shadow root,
// so the chatbot's CSS cannot restyle it and ours cannot leak into the page.
// It floats (position: fixed) and never takes space in the page's layout.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  const t = (key) => P.t(key);

  const STYLE = `
    :host { all: initial; }
    .pv-dialog {
      position: fixed; top: 16px; left: 50%; transform: translateX(-50%);
      z-index: 2147483647; box-sizing: border-box; width: min(640px, calc(100vw - 32px));
      max-height: calc(100vh - 32px); overflow: auto;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f;
      background: #fff; border: 2px solid #b3261e; border-left-width: 8px; border-radius: 10px;
      box-shadow: 0 8px 28px rgba(0,0,0,.25); padding: 16px 20px;
    }
    .pv-dialog.pv-warn { border-color: #a15c00; }
    h2 { margin: 0 0 6px; font-size: 18px; }
    p { margin: 0 0 10px; }
    ul { margin: 0 0 12px; padding-left: 20px; }
    li { margin-bottom: 6px; }
    .pv-masked { font-family: ui-monospace, "Cascadia Mono", monospace; background: #f3f3f3; padding: 0 4px; border-radius: 4px; }
    .pv-note { font-size: 13px; color: #5f5f5f; }
    .pv-actions { display: flex; gap: 8px; flex-wrap: wrap; margin: 12px 0 8px; }
    button { font: inherit; padding: 7px 14px; border-radius: 6px; border: 1px solid #8a8a8a; background: #fff; color: #1d1d1f; cursor: pointer; }
    button.pv-primary { background: #1f4e9c; border-color: #1f4e9c; color: #fff; }
    button:focus-visible { outline: 3px solid #1f4e9c; outline-offset: 2px; }
  `;

  let host = null;

  function hide() {
    host?.remove();
    host = null;
  }

  // findings: [{entity_type, masked, message}], actions: {onEdit, onSendAnyway, onCancel}
  function show({ verdict, findings, fallback }, actions) {
    hide();
    host = document.createElement("promptvagt-banner");
    host.dataset.verdict = verdict;
    host.dataset.findings = String(findings.length);
    // Open, not closed: the banner holds nothing the page does not already have
    // (masked previews of its own composer text), and tests can then reach it.
    const root = host.attachShadow({ mode: "open" });
    root.innerHTML = `<style>${STYLE}</style>
      <div class="pv-dialog" role="alertdialog" aria-modal="false" aria-labelledby="pv-title" aria-describedby="pv-intro">
        <h2 id="pv-title"></h2>
        <p id="pv-intro"></p>
        <ul class="pv-findings"></ul>
        <p class="pv-note pv-fallback" hidden></p>
        <div class="pv-actions">
          <button type="button" class="pv-primary" data-action="edit"></button>
          <button type="button" data-action="sendAnyway"></button>
          <button type="button" data-action="cancel"></button>
        </div>
        <p class="pv-note pv-footer"></p>
      </div>`;
    const dialog = root.querySelector(".pv-dialog");
    dialog.classList.toggle("pv-warn", verdict !== "block");
    root.getElementById("pv-title").textContent = t(verdict === "block" ? "banner_title_block" : "banner_title_warn");
    root.getElementById("pv-intro").textContent = t("banner_intro");
    for (const finding of findings) {
      const item = document.createElement("li");
      const masked = document.createElement("span");
      masked.className = "pv-masked";
      masked.textContent = finding.masked;
      item.append(masked, ` ${finding.message}`);
      root.querySelector(".pv-findings").append(item);
    }
    if (fallback) {
      const note = root.querySelector(".pv-fallback");
      note.textContent = t("banner_fallback_note");
      note.hidden = false;
    }
    root.querySelector(".pv-footer").textContent = t("banner_footer");

    const handlers = { edit: actions.onEdit, sendAnyway: actions.onSendAnyway, cancel: actions.onCancel };
    for (const button of root.querySelectorAll("button[data-action]")) {
      button.textContent = t(`banner_${button.dataset.action}`);
      button.addEventListener("click", () => {
        hide();
        handlers[button.dataset.action]?.();
      });
    }
    dialog.addEventListener("keydown", (event) => {
      event.stopPropagation(); // keys in the banner are not the page's business
      if (event.key === "Escape") {
        hide();
        actions.onCancel?.();
      }
    });
    document.documentElement.append(host);
    root.querySelector(".pv-primary").focus();
  }

  P.banner = { show, hide, isOpen: () => host !== null };
})();
