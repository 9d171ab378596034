// Writing into a chatbot's editor the way its framework listens, and marking
// findings without touching the editor's DOM. Site adapters pick the write
// path that fits their editor (research §1, §3.6–§3.9):
//   ProseMirror, Quill  -> typeText: execCommand, as typing would
//   React <textarea>    -> setNativeValue: React ignores a plain el.value
//   Lexical             -> pasteText: it reverts foreign DOM writes
// Each is tried on the library itself in tests/fixtures/real-editors (issue 16).
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  // Longest wait for a selectionchange that may not come (the selection was
  // already there); in Chromium it arrives 2-7 ms after the change.
  const SELECTION_SETTLE_MS = 50;

  const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre"]);

  // The text of a contenteditable editor, one line per paragraph. innerText
  // would put an empty line between <p>s (it counts their margins), so the
  // offsets of a scan would not match the editor's own text.
  function blockText(element) {
    const lines = [];
    let open = false;
    const line = () => {
      if (!open) lines.push("");
      open = true;
    };
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          line();
          lines[lines.length - 1] += child.data;
        } else if (child.localName === "br") {
          line();
          // A <br> that only holds an empty or ending line open adds no line.
          if (!child.classList.contains("ProseMirror-trailingBreak") && child.nextSibling) open = false;
        } else if (BLOCKS.has(child.localName)) {
          open = false;
          line();
          walk(child);
          open = false;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          walk(child);
        }
      }
    };
    walk(element);
    return lines.join("\n").replace(/\u00a0/g, " ");
  }

  function selectAll(element) {
    element.focus();
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // Replace the whole content as if typed: the editor sees the same
  // input events as from the keyboard, so its model (not just the DOM) holds
  // the new text. Deleting first matters: inserting over a selection that
  // spans paragraphs leaves an empty paragraph behind in Chromium. The
  // browser turns each "\n" into a paragraph break itself.
  function typeText(element, text) {
    selectAll(element);
    document.execCommand("delete");
    if (text) document.execCommand("insertText", false, text);
  }

  // React keeps its own copy of a controlled input's value and drops an input
  // event whose value it already has; the prototype's setter bypasses the
  // instance setter React installs, so React sees a real change.
  function setNativeValue(textarea, text) {
    const prototype = Object.getPrototypeOf(textarea);
    Object.getOwnPropertyDescriptor(prototype, "value").set.call(textarea, text);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    textarea.focus();
    textarea.setSelectionRange(text.length, text.length);
  }

  // Lexical and ProseMirror take a new DOM selection into their own state on
  // `selectionchange`, which the browser delivers in a later task, and their
  // paste handlers use that state: a paste dispatched in the same task as a
  // select-all lands at the old caret and doubles the draft (issue 16).
  // Call in the same task as the selection change.
  function selectionSettled() {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        document.removeEventListener("selectionchange", done);
        setTimeout(resolve, 0); // after the editor's own selectionchange listener
      };
      const timer = setTimeout(done, SELECTION_SETTLE_MS);
      document.addEventListener("selectionchange", done);
    });
  }

  // A paste of the whole text over a full selection, once the editor knows
  // the selection: the one write path that Lexical takes from a script and
  // keeps (its own paste handler runs; execCommand garbles its model).
  async function pasteText(element, text) {
    selectAll(element);
    await selectionSettled();
    const data = new DataTransfer();
    data.setData("text/plain", text);
    element.dispatchEvent(pasteEvent(data));
  }

  // A script's paste event that carries `data` in every browser. Firefox
  // ignores `clipboardData` in the constructor and gives the event an empty
  // DataTransfer of its own, and hides from the page what a content script
  // writes into it; so the data is copied in through the page's own view of
  // it (wrappedJSObject, Firefox only). Issue 14.
  function pasteEvent(data, init = {}) {
    const event = new ClipboardEvent("paste", { bubbles: true, cancelable: true, ...init, clipboardData: data });
    const own = event.clipboardData;
    if (own && own !== data) {
      const page = own.wrappedJSObject ?? own;
      if (!page.files.length) for (const file of data.files) page.items.add(file);
      for (const type of data.types) if (type !== "Files") page.setData(type, data.getData(type));
    }
    return event;
  }

  // Give back a paste or drop that the guard held while it scanned, at the
  // selection the caller has just restored (so wait until the editor has it).
  // A textarea ignores a script's paste event: it gets the text inserted.
  async function insertAtCaret(element, text) {
    element.focus();
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      document.execCommand("insertText", false, text);
      return;
    }
    await selectionSettled();
    const data = new DataTransfer();
    data.setData("text/plain", text);
    element.dispatchEvent(pasteEvent(data));
  }

  // DOM ranges for [start, end) offsets into readText()'s string: text nodes
  // appear in the string in document order, separated only by line breaks.
  function rangesFor(element, text, spans) {
    const pieces = [];
    let cursor = 0;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.data.replace(/\u00a0/g, " ");
      if (!data) continue;
      const at = text.indexOf(data, cursor);
      if (at < 0) continue;
      pieces.push({ node, start: at, end: at + data.length });
      cursor = at + data.length;
    }
    const ranges = [];
    for (const { start, end } of spans) {
      const first = pieces.find((p) => p.end > start);
      const last = [...pieces].reverse().find((p) => p.start < end);
      if (!first || !last) continue;
      const range = document.createRange();
      range.setStart(first.node, Math.max(0, start - first.start));
      range.setEnd(last.node, Math.min(last.node.length, end - last.start));
      ranges.push(range);
    }
    return ranges;
  }

  // "Ret selv": show the user where the findings are. Contenteditable editors
  // get marks drawn over the text in a closed shadow root of our own: no
  // change to the editor's DOM it could trip over, and nothing the page can
  // read (a CSS highlight is in the page's CSS.highlights, issue 12). The first
  // finding is also selected, so typing replaces it; a textarea gets only that.
  const MARK_STYLE = `
    :host { all: initial; }
    .pv-mark { position: fixed; z-index: 2147483644; pointer-events: none; box-sizing: border-box;
      background: rgba(179, 38, 30, .16); border-bottom: 2px solid #b3261e; border-radius: 2px; }
  `;
  let marks = null; // {host, root, ranges, frame}

  function drawMarks() {
    marks.frame = 0;
    const boxes = marks.ranges.flatMap((range) => [...range.getClientRects()]).filter((box) => box.width && box.height);
    marks.root.replaceChildren(Object.assign(document.createElement("style"), { textContent: MARK_STYLE }));
    for (const box of boxes) {
      const mark = document.createElement("div");
      mark.className = "pv-mark";
      Object.assign(mark.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
      marks.root.append(mark);
    }
  }

  // Scrolling moves the text under the marks: draw them again in the next frame.
  // Listening starts with the first marks (this file also loads in node's tests).
  let listening = false;
  const redrawMarks = () => {
    if (marks && !marks.frame) marks.frame = requestAnimationFrame(drawMarks);
  };
  function listenForMoves() {
    if (listening) return;
    listening = true;
    addEventListener("scroll", redrawMarks, { capture: true, passive: true });
    addEventListener("resize", redrawMarks, { passive: true });
  }

  function markFindings(element, text, findings) {
    element.focus();
    if (!findings.length) return;
    if (element instanceof HTMLTextAreaElement) {
      element.setSelectionRange(findings[0].start, findings[0].end);
      return;
    }
    const ranges = rangesFor(element, text, findings);
    clearMarks();
    listenForMoves();
    const host = document.createElement("pv-marks");
    marks = { host, root: host.attachShadow({ mode: "closed" }), ranges, frame: 0 };
    document.documentElement.append(host);
    drawMarks();
    if (ranges[0]) {
      getSelection().removeAllRanges();
      getSelection().addRange(ranges[0]);
    }
  }

  function clearMarks() {
    if (!marks) return;
    cancelAnimationFrame(marks.frame);
    marks.host.remove();
    marks = null;
  }

  const isField = (element) => element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;

  // The text of any composer or edit box: a field's value, else one line per block.
  const readText = (element) => (isField(element) ? element.value : blockText(element));

  // The write that fits most editors: React's fields take the prototype's setter,
  // ProseMirror and Quill take typed input. Lexical needs pasteText (m365.js).
  function writeText(element, text) {
    if (isField(element)) setNativeValue(element, text);
    else typeText(element, text);
  }

  // The element that holds a composer (or edit box) and its own send button:
  // the nearest of the adapter's scopes, e.g. the composer's form or the turn
  // being edited. A button's scope finds its composer the same way.
  const scopeOf = (adapter, element) => element.closest(adapter.selectors.scope.join(",")) ?? document;

  // A send button that sends now: not Stop, not disabled (research §3.3, §3.4).
  const sendsNow = (adapter, button) =>
    !button.disabled && button.getAttribute("aria-disabled") !== "true" && adapter.isSendButton?.(button) !== false;

  // Send on the user's behalf with the page's own button in the composer's scope.
  // True once clicked. While an answer is written there is no send button, or
  // only Stop: false, and the guard tries again; on its last try a form is
  // submitted anyway. Never clicks Stop.
  function clickSend(adapter, composer, { lastTry = false } = {}) {
    const scope = scopeOf(adapter, composer);
    const button = [...scope.querySelectorAll(adapter.selectors.sendButton.join(","))].find((b) => sendsNow(adapter, b));
    if (button) button.click();
    else if (lastTry) composer.closest("form")?.requestSubmit();
    return Boolean(button);
  }

  // A site adapter gets the shared read, write and resend unless it brings its own.
  const shared = {
    readText,
    writeText,
    resend(composer, options) {
      return clickSend(this, composer, options);
    },
  };
  P.addSite = (site) => P.sites.push({ ...shared, ...site });

  P.editing = { blockText, typeText, setNativeValue, pasteText, pasteEvent, insertAtCaret, markFindings, clearMarks, readText, scopeOf, sendsNow };
})();
