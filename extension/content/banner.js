// The warning banner: one <promptvagt-banner> element with its own closed shadow
// root, so the chatbot's CSS cannot restyle it, ours cannot leak into the page,
// and the page's script can neither read what was found nor reach the buttons.
// It floats (position: fixed) and never takes space in the page's layout.
// Keyboard: focus starts on the first choice, Tab stays inside, Escape cancels.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  const t = (key, vars) => P.t(key, vars);
  const MAX_LISTED = 8;
  const MIN_REASON_CHARS = 5;

  const STYLE = `
    :host { all: initial; }
    [data-t]::before { content: attr(data-t); }
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
    button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #1f4e9c; outline-offset: 2px; }
    .pv-reason { margin: 8px 0; }
    .pv-reason label { display: block; font-weight: 600; margin-bottom: 4px; }
    .pv-reason input { font: inherit; width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #8a8a8a; border-radius: 6px; }
    .pv-error { color: #b3261e; font-size: 13px; margin-top: 4px; }
    a { color: #1f4e9c; }
  `;

  let host = null;

  // The worker only hands out an https guideline link (background/settings.js);
  // checked again here, where it becomes a link on the chatbot's page (issue 12).
  P.isHttpsLink = (value) => {
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  };

  // Words are shown as generated content (::before, from data-t), not text
  // nodes: window.find() searches closed shadow roots too, so a page could
  // otherwise probe for a masked preview ("0101XX-…": a birth date) of a paste
  // or file it never received, or for a file's name (issue 12). Screen readers
  // read generated content as text.
  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (name === "class") node.className = value;
      else if (name === "text") node.dataset.t = value;
      else node.setAttribute(name, value);
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  function hide() {
    host?.remove();
    host = null;
  }

  // What the buttons say depends on what is being held: a send, a paste or a file.
  const LABELS = {
    send: { redact: "banner_redact", proceed: "banner_sendAnyway" },
    paste: { redact: "banner_pasteRedacted", proceed: "banner_pasteAnyway" },
    file: { redact: "banner_fileRedacted", proceed: "banner_fileAnyway" },
  };

  // state: {context: "send"|"paste"|"file", verdict, findings, fallback, canRedact,
  //         keptCount, requireReason, guidelineUrl, notes?: [text], canProceed?: false}
  // actions: {onRedact, onEdit, onProceed(reason), onCancel}
  function show(state, actions) {
    hide();
    const context = state.context ?? "send";
    host = document.createElement("promptvagt-banner");
    // Closed, and no attributes on the host: the page must not learn what was
    // found, nor whether the user then cancelled (issue 12). The data-action
    // names inside are out of the page's reach too.
    const root = host.attachShadow({ mode: "closed" });
    const done = (action, ...args) => {
      hide();
      action?.(...args);
    };
    // Only the user may choose: a click or key made by page script (isTrusted false) does nothing (issue 12).
    const onUser = (node, type, handler) =>
      node.addEventListener(type, (event) => {
        if (event.isTrusted) handler(event);
      });

    const findings = el("ul", { class: "pv-findings" });
    for (const finding of state.findings.slice(0, MAX_LISTED)) {
      findings.append(el("li", {}, el("span", { class: "pv-masked", text: finding.masked }), " ", el("span", { text: finding.message })));
    }
    if (state.findings.length > MAX_LISTED) {
      findings.append(el("li", { text: t("banner_more", { count: state.findings.length - MAX_LISTED }) }));
    }

    const buttons = el("div", { class: "pv-actions" });
    const addButton = (key, action, primary = false) => {
      const button = el("button", { type: "button", "data-action": action, class: primary ? "pv-primary" : "", text: t(key) });
      buttons.append(button);
      return button;
    };
    if (state.canRedact) onUser(addButton(LABELS[context].redact, "redact", true), "click", () => done(actions.onRedact));
    if (context === "send") onUser(addButton("banner_edit", "edit", !state.canRedact), "click", () => done(actions.onEdit));
    // A file with a CPR number is never sent anyway (issue 12): no button for it.
    const proceed = state.canProceed === false ? el("button") : addButton(LABELS[context].proceed, "sendAnyway");
    onUser(addButton("banner_cancel", "cancel"), "click", () => done(actions.onCancel));

    // The organisation may want a short reason before anything is sent anyway.
    const reasonBox = el("div", { class: "pv-reason", hidden: "" });
    const reasonInput = el("input", { id: "pv-reason-input", type: "text", maxlength: "200", autocomplete: "off" });
    const reasonError = el("div", { class: "pv-error", role: "alert" });
    const reasonSend = el("button", { type: "button", "data-action": "confirmSendAnyway", text: t(LABELS[context].proceed) });
    reasonBox.append(
      el("label", { for: "pv-reason-input", text: t("banner_reason_label") }),
      reasonInput,
      reasonError,
      el("div", { class: "pv-actions" }, reasonSend),
    );
    // The page's script can write into the focused field (document.execCommand
    // reaches into a closed root, with a trusted input event) but cannot cause
    // the beforeinput that comes with each edit by the user: such a write is
    // undone, so a reason in the log is the user's own (issue 12).
    let typed = "";
    let userEdit = false;
    reasonInput.addEventListener("beforeinput", (event) => {
      userEdit = event.isTrusted;
    });
    reasonInput.addEventListener("input", () => {
      if (userEdit) typed = reasonInput.value;
      else reasonInput.value = typed;
      userEdit = false;
    });
    const confirmReason = () => {
      const reason = typed.trim().replace(/\s+/g, " ");
      if (reason.length < MIN_REASON_CHARS) reasonError.textContent = t("banner_reason_tooShort");
      else if (P.detector.scan(reason).length || /\d{4,}/.test(reason)) reasonError.textContent = t("banner_reason_personal");
      else done(actions.onProceed, reason);
    };
    onUser(proceed, "click", () => {
      if (!state.requireReason) return done(actions.onProceed, undefined);
      reasonBox.hidden = false;
      reasonInput.focus();
    });
    onUser(reasonSend, "click", confirmReason);
    onUser(reasonInput, "keydown", (event) => {
      if (event.key === "Enter") confirmReason();
    });

    const titleKey = state.verdict === "block" ? "banner_title_block" : "banner_title_warn";
    const dialog = el(
      "div",
      {
        class: state.verdict === "block" ? "pv-dialog" : "pv-dialog pv-warn",
        role: "alertdialog",
        "aria-modal": "false",
        "aria-labelledby": "pv-title",
        "aria-describedby": "pv-intro",
      },
      el("h2", { id: "pv-title", text: t(titleKey) }),
      el("p", { id: "pv-intro", text: t(`banner_intro_${context}`) }),
      findings,
      state.keptCount ? el("p", { class: "pv-note pv-kept", text: t("banner_kept_note") }) : null,
      state.fallback ? el("p", { class: "pv-note pv-fallback", text: t("banner_fallback_note") }) : null,
      ...(state.notes ?? []).map((note) => el("p", { class: "pv-note pv-file-note", text: note })),
      buttons,
      reasonBox,
      el(
        "p",
        { class: "pv-note pv-footer" },
        el("span", { text: t("banner_footer") }),
        " ",
        P.isHttpsLink(state.guidelineUrl)
          ? el("a", { href: state.guidelineUrl, target: "_blank", rel: "noopener noreferrer", text: t("banner_guideline") })
          : null,
      ),
    );

    dialog.addEventListener("keydown", (event) => {
      event.stopPropagation(); // keys in the banner are not the page's business
      if (event.key === "Escape" && event.isTrusted) done(actions.onCancel);
      if (event.key === "Tab") trapFocus(event, dialog);
    });
    const style = document.createElement("style");
    style.textContent = STYLE;
    root.append(style, dialog);
    document.documentElement.append(host);
    buttons.querySelector("button").focus();
  }

  function trapFocus(event, dialog) {
    const focusable = [...dialog.querySelectorAll("button, input, a[href]")].filter((node) => !node.closest("[hidden]"));
    const active = dialog.getRootNode().activeElement;
    const index = focusable.indexOf(active);
    if (event.shiftKey && index <= 0) {
      event.preventDefault();
      focusable[focusable.length - 1].focus();
    } else if (!event.shiftKey && index === focusable.length - 1) {
      event.preventDefault();
      focusable[0].focus();
    }
  }

  P.banner = { show, hide };
})();
