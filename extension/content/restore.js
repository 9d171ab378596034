// Placeholders both ways (issue 15): the chatbot only ever sees [PERSON 1];
// the person at the screen reads its answer with the real values, put back on
// this machine. The vault (placeholder -> value) lives in this closure only:
// never in chrome.storage, a message, a log or the companion, and it is gone
// when the tab closes or the page reloads.
//
// The page's own DOM is never changed, so its framework (React re-rendering a
// streamed answer) has nothing to fight and its state, copy logic, edits and
// shared links keep the placeholders. An element holding a placeholder gets a
// closed shadow root that shows its children through manually assigned slots,
// except the text that holds a placeholder, which it shows restored. Page
// scripts cannot reach a closed root; its text is not in the page's
// textContent, innerText or selection. A MutationObserver re-renders a host
// whenever the page changes it (streaming, re-renders).
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  const vault = P.placeholders.createVault();
  // Elements that may have a shadow root (DOM spec, attachShadow). Not custom
  // elements: one defined later would fail to attach its own and break.
  const HOSTS = new Set(["article", "aside", "blockquote", "div", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "main", "nav", "p", "section", "span"]);
  // Children a host cannot slot (the text sits deeper, in an <li> or <strong>)
  // are drawn as copies: of these tags as they are, of anything else as a <span>
  // (a copied custom element would run the page's code inside our root).
  const COPIED = new Set(["a", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul"]);
  const COPIED_ATTRIBUTES = ["href", "start", "reversed", "type", "value", "colspan", "rowspan"];
  // What a copy needs to look like the page's element; the page's CSS does not reach into our root.
  const COPIED_STYLE = [
    "display", "box-sizing", "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
    "border-top-style", "border-right-style", "border-bottom-style", "border-left-style",
    "border-top-color", "border-right-color", "border-bottom-color", "border-left-color", "border-radius",
    "background-color", "color", "font-family", "font-size", "font-style", "font-weight", "font-variant",
    "line-height", "letter-spacing", "word-spacing", "text-align", "text-indent", "text-transform",
    "text-decoration-line", "text-decoration-style", "text-decoration-color", "white-space", "overflow-wrap",
    "word-break", "list-style-type", "list-style-position", "vertical-align",
  ];
  // Marks cannot be selected: a selection inside a shadow root is readable by
  // the page's getSelection(), so a restored value must never be in one. Copying
  // goes through our own handler below instead.
  const STYLE = `
    .pv-restored { text-decoration: underline dotted 1px; text-underline-offset: 0.2em;
      background-color: rgba(31, 78, 156, 0.1); border-radius: 2px; cursor: help;
      user-select: none; -webkit-user-select: none; }
  `;

  let adapter = null;
  let showValues = true;
  let observer = null;
  let scheduled = false;
  const roots = new WeakMap(); // host -> its closed shadow root
  const refused = new WeakSet(); // elements that would not take a shadow root (the page's own)
  const hosts = new Set(); // hosts in use; disconnected ones are dropped
  const dirty = new Set(); // hosts the page changed since they were drawn
  const announced = new WeakSet(); // answers the notice was shown for
  const origins = new WeakMap(); // drawn text node -> {light, at, length, whole}: where it stands in the page's text

  const holds = (text) => P.placeholders.holdsPlaceholder(text, vault);
  const answerSelector = () => adapter.selectors.answer?.join(",");

  // The outermost answer elements (Gemini's selectors match nested ones).
  function answers() {
    const selector = answerSelector();
    if (!selector) return [];
    return [...document.querySelectorAll(selector)].filter((el) => !el.parentElement?.closest(selector));
  }

  function rootFor(element) {
    if (roots.has(element)) return roots.get(element);
    if (refused.has(element) || !HOSTS.has(element.localName)) return null;
    try {
      const root = element.attachShadow({ mode: "closed", slotAssignment: "manual" });
      roots.set(element, root);
      return root;
    } catch {
      refused.add(element); // it has a shadow root of its own
      return null;
    }
  }

  // The nearest element within the answer that can show restored text.
  function hostFor(text, answer) {
    for (let el = text.parentElement; el; el = el === answer ? null : el.parentElement) {
      if (rootFor(el)) return el;
    }
    return null;
  }

  // The page's text node drawn with the values; each drawn text remembers
  // where it stands in the page's text, so a selection can be mapped back.
  function restoredNodes(light) {
    let at = 0;
    return P.placeholders.restorePieces(light.data, vault).map((piece) => {
      const drawn = document.createTextNode(piece.text);
      const length = piece.placeholder?.length ?? piece.text.length;
      origins.set(drawn, { light, at, length, whole: Boolean(piece.placeholder) });
      at += length;
      if (!piece.placeholder) return drawn;
      const mark = document.createElement("span");
      mark.className = "pv-restored";
      mark.title = P.t("restore_mark_title", { placeholder: piece.placeholder });
      mark.append(drawn);
      return mark;
    });
  }

  // A copy of a page element with the looks it has on the page (read while
  // the page's element is still shown, see draw()).
  function copyOf(element, looks) {
    const copy = document.createElement(COPIED.has(element.localName) && element.namespaceURI === "http://www.w3.org/1999/xhtml" ? element.localName : "span");
    for (const name of COPIED_ATTRIBUTES) if (element.hasAttribute(name) && copy.localName !== "span") copy.setAttribute(name, element.getAttribute(name));
    const style = looks.get(element);
    if (style) for (const [name, value] of style) copy.style.setProperty(name, value);
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) copy.append(...restoredNodes(child));
      else if (child.nodeType === Node.ELEMENT_NODE) copy.append(copyOf(child, looks));
    }
    return copy;
  }

  // Draw a host: its children through slots, restored text in their place.
  // deep: the host's element children that hold restored text further down.
  function draw(host, deep) {
    const root = roots.get(host);
    const restoring = showValues && (deep.size > 0 || [...host.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && holds(n.data)));
    // The page's elements are shown as they are first, so the copies can take their looks.
    const all = document.createElement("slot");
    root.replaceChildren(all);
    all.assign(...host.childNodes);
    if (!restoring) return false;
    const looks = new Map();
    for (const child of deep) {
      for (const el of [child, ...child.querySelectorAll("*")]) {
        const computed = getComputedStyle(el);
        looks.set(el, COPIED_STYLE.map((name) => [name, computed.getPropertyValue(name)]));
      }
    }
    const style = document.createElement("style");
    style.textContent = STYLE;
    const parts = [style];
    const slots = [];
    let run = null;
    for (const child of host.childNodes) {
      const text = child.nodeType === Node.TEXT_NODE && holds(child.data);
      if (text || deep.has(child)) {
        run = null;
        parts.push(...(text ? restoredNodes(child) : [copyOf(child, looks)]));
      } else {
        if (!run) {
          run = { slot: document.createElement("slot"), nodes: [] };
          slots.push(run);
          parts.push(run.slot);
        }
        run.nodes.push(child);
      }
    }
    root.replaceChildren(...parts);
    for (const { slot, nodes } of slots) slot.assign(...nodes);
    return true;
  }

  // Find every text in an answer that holds a known placeholder and (re)draw
  // the hosts that show it and those the page changed.
  function pass() {
    scheduled = false;
    const wanted = new Map(); // host -> Set of its element children with restored text deeper down
    const answerOf = new Map();
    for (const answer of answers()) {
      const walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!holds(node.data)) continue;
        const host = hostFor(node, answer);
        if (!host) continue;
        if (!wanted.has(host)) wanted.set(host, new Set());
        answerOf.set(host, answer);
        let child = node.parentElement;
        while (child && child !== host && child.parentElement !== host) child = child.parentElement;
        if (child && child !== host) wanted.get(host).add(child);
      }
    }
    for (const host of hosts) if (!host.isConnected) hosts.delete(host);
    for (const [host, deep] of wanted) {
      if (hosts.has(host) && !dirty.has(host)) continue;
      hosts.add(host);
      if (draw(host, deep) && !announced.has(answerOf.get(host))) {
        announced.add(answerOf.get(host));
        announce();
      }
    }
    // Hosts whose placeholders are gone show the page's own content again.
    for (const host of hosts) {
      if (wanted.has(host)) continue;
      if (dirty.has(host)) draw(host, new Set());
    }
    dirty.clear();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(pass);
  }

  function redrawAll() {
    for (const host of hosts) dirty.add(host);
    schedule();
  }

  // The page changed something: the hosts above it must be drawn again.
  function onMutations(records) {
    for (const record of records) {
      for (let node = record.target; node; node = node.parentNode) if (hosts.has(node)) dirty.add(node);
    }
    schedule();
  }

  function watch() {
    if (observer) return;
    observer = new MutationObserver(onMutations);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    schedule();
  }

  // The switch: show the placeholders again, or the values.
  function announce() {
    P.notices.show("restore", {
      title: P.t(showValues ? "notice_restored_title" : "notice_placeholders_title"),
      text: P.t(showValues ? "notice_restored_text" : "notice_placeholders_text"),
      action: {
        text: P.t(showValues ? "notice_restored_showPlaceholders" : "notice_placeholders_showValues"),
        onClick: () => {
          showValues = !showValues;
          redrawAll();
          announce();
        },
      },
    });
  }

  // --- copying ("Kopiér med navne") -------------------------------------------

  let pending = null; // what the next copy event puts on the clipboard

  // A detached copy of page content with the values put back; never inserted.
  function restoredFragment(range) {
    const box = document.createElement("div");
    box.append(range.cloneContents());
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.data = P.placeholders.restore(node.data, vault);
    return { text: plainText(box), html: box.innerHTML };
  }

  // One line per paragraph, "- " before a list item: the answer as it reads.
  const BLOCKS = new Set(["p", "div", "li", "ul", "ol", "pre", "blockquote", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6"]);
  function plainText(node) {
    const lines = [];
    let line = "";
    const flush = () => {
      if (line.replace(/^- /, "").trim()) lines.push(line.trim());
      line = "";
    };
    const walk = (parent) => {
      for (const child of parent.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) line += child.data;
        else if (child.localName === "br") flush();
        else if (child.nodeType === Node.ELEMENT_NODE) {
          const block = BLOCKS.has(child.localName);
          if (block) flush();
          if (child.localName === "li") line = "- ";
          walk(child);
          if (block) flush();
        }
      }
    };
    walk(node);
    flush();
    return lines.join("\n");
  }

  const inAnswer = (node) => {
    const selector = answerSelector();
    const element = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
    return Boolean(selector && element?.closest(selector));
  };

  function onCopy(event) {
    // A page's own ClipboardEvent would hand it what we put in (issue 12: only the user decides).
    if (!event.isTrusted) return;
    if (!pending) {
      const selection = getSelection();
      if (!showValues || !vault.size || !selection.rangeCount) return;
      // A selection inside one shadow root is a collapsed range in the document: ask the composed one first.
      const range = selectedRange(selection);
      if (range.collapsed) return;
      const touches = answers().some((answer) => range.intersectsNode(answer)) || inAnswer(range.commonAncestorContainer);
      if (!touches || !holds(range.toString())) return;
      pending = restoredFragment(range);
    }
    event.clipboardData.setData("text/plain", pending.text);
    event.clipboardData.setData("text/html", pending.html);
    pending = null;
    event.preventDefault();
    event.stopImmediatePropagation(); // the page's own copy handler would put placeholders back
  }

  // The selection in the page's own text. The document's range stops at the
  // edges of a shadow host, so a selection inside a drawn paragraph would take
  // the whole paragraph; the composed range (Chromium 137+, Firefox 142+) says
  // where in our drawn text it starts and ends.
  function selectedRange(selection) {
    const range = selection.getRangeAt(0);
    if (!selection.getComposedRanges) return range;
    const [composed] = selection.getComposedRanges({ shadowRoots: [...hosts].map((host) => roots.get(host)) });
    const start = composed && inPage(composed.startContainer, composed.startOffset, "start");
    const end = composed && inPage(composed.endContainer, composed.endOffset, "end");
    if (!start || !end) return range;
    const mapped = document.createRange();
    mapped.setStart(...start);
    mapped.setEnd(...end);
    return mapped;
  }

  function inPage(node, offset, edge) {
    const origin = origins.get(node);
    if (origin?.whole) return [origin.light, edge === "start" ? origin.at : origin.at + origin.length];
    if (origin) return [origin.light, origin.at + offset];
    return node.getRootNode() === document ? [node, offset] : null; // between drawn nodes: the host's edges
  }

  // The page's copy button under an answer copies the answer with the values.
  function onClick(event) {
    const selector = adapter.selectors.copyButton?.join(",");
    const target = event.composedPath?.()[0] ?? event.target;
    const button = selector && target instanceof Element ? target.closest(selector) : null;
    if (!button || !event.isTrusted || !showValues || !vault.size) return;
    const turn = answerNear(button);
    // The innermost answer element: Gemini's model-response also holds the buttons.
    const answer = turn?.querySelector(answerSelector()) ?? turn;
    if (!answer || !holds(answer.textContent)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const range = document.createRange();
    range.selectNodeContents(answer);
    pending = restoredFragment(range);
    const copied = document.execCommand("copy");
    pending = null;
    P.notices.show("copied", {
      tone: copied ? "info" : "warn",
      title: P.t(copied ? "notice_copiedRestored_title" : "notice_copyFailed_title"),
      text: P.t(copied ? "notice_copiedRestored_text" : "notice_copyFailed_text"),
      timeoutMs: 6000,
    });
  }

  // The answer a copy button belongs to: the one inside the smallest element
  // around the button that holds exactly one answer (the turn).
  function answerNear(button) {
    const selector = answerSelector();
    const own = button.closest(selector);
    if (own) return answers().find((answer) => answer.contains(own)) ?? own;
    for (let el = button.parentElement; el; el = el.parentElement) {
      const found = answers().filter((answer) => el.contains(answer));
      if (found.length === 1) return found[0];
      if (found.length > 1) return null;
    }
    return null;
  }

  function start(siteAdapter) {
    adapter = siteAdapter;
    if (!answerSelector()) return;
    addEventListener("copy", onCopy, { capture: true });
    addEventListener("click", onClick, { capture: true });
  }

  // Placeholders for a prompt or paste, numbered for the whole conversation.
  function redact(text, findings) {
    const known = vault.size;
    const result = P.placeholders.redact(text, findings, vault);
    if (vault.size > known && adapter && answerSelector()) {
      watch();
      redrawAll(); // an answer may already hold a placeholder that is known only now
    }
    return result;
  }

  P.restore = { start, redact };
})();
