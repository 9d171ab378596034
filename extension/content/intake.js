// Paste and drop: text that arrives in one piece is scanned before the page
// takes it, because a page may turn it into an attachment at once (ChatGPT
// makes a paste over 10,000 characters a file, research S17) and then the
// composer never shows it. The guard holds the paste or drop, scans it and
// gives it back unchanged, with placeholders, or not at all.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  // Shorter pastes land in the composer, where the as-you-type scan and the
  // send guard see them; holding them would only slow typing down.
  const HOLD_PASTE_CHARS = 200;
  const COPYRIGHT_CHARS = 1500;
  const MAX_FILE_BYTES = 2 * 1024 * 1024;
  const TEXT_FILE = /\.(txt|text|csv|tsv|md|markdown|json|xml|html?|log|ya?ml|ini|eml)$/i;

  const isTextFile = (file) => file.size <= MAX_FILE_BYTES && (file.type.startsWith("text/") || TEXT_FILE.test(file.name));

  function saveSelection(element) {
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      const { selectionStart, selectionEnd } = element;
      return () => element.setSelectionRange(selectionStart, selectionEnd);
    }
    const selection = getSelection();
    const range = selection.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
    return () => {
      element.focus();
      if (!range || !element.contains(range.startContainer)) return;
      selection.removeAllRanges();
      selection.addRange(range);
    };
  }

  function merge(results) {
    const findings = results.flatMap((r) => r.findings);
    return {
      findings,
      verdict: results.some((r) => r.verdict === "block") ? "block" : findings.length ? "warn" : "ok",
      detector: results.some((r) => r.detector === "fallback") ? "fallback" : "companion",
      fallback: results.some((r) => r.fallback),
    };
  }

  P.remindCopyright = () =>
    P.notices.show("copyright", { title: P.t("notice_copyright_title"), text: P.t("notice_copyright_text"), timeoutMs: 15000 });

  P.startIntake = ({ scanner, composerFromEvent, composerNear, record, stop, enabled, bannerState }) => {
    // Ask the user about held text; `giveBack(text)` hands text to the page.
    async function decide(result, context, giveBack, redactedVersion) {
      if (!P.holdsSend(result)) return giveBack(null);
      await P.textsReady;
      P.banner.show(bannerState(result, context), {
        onRedact: () => {
          record("redacted", result);
          giveBack(redactedVersion());
        },
        onProceed: (reason) => {
          record("sent_anyway", result, reason);
          giveBack(null);
        },
        onCancel: () => record("cancelled", result),
      });
    }

    addEventListener(
      "paste",
      (event) => {
        // Our own give-back (and any page script's paste) is not trusted.
        if (!event.isTrusted || !enabled()) return;
        const composer = composerFromEvent(event);
        const text = composer ? (event.clipboardData?.getData("text/plain") ?? "") : "";
        if (!text.trim()) return;
        if (text.length >= COPYRIGHT_CHARS) P.remindCopyright();
        if (text.length < HOLD_PASTE_CHARS && !P.detector.scan(text).length) return;
        stop(event);
        const restore = saveSelection(composer);
        scanner.scan(text, "paste").then((result) =>
          decide(
            result,
            "paste",
            (redacted) => {
              restore();
              P.editing.insertAtCaret(composer, redacted ?? text);
            },
            () => P.placeholders.redact(text, result.findings).text,
          ),
        );
      },
      { capture: true },
    );

    addEventListener(
      "drop",
      (event) => {
        if (!event.isTrusted || !enabled() || !event.dataTransfer) return;
        const target = event.composedPath?.()[0] ?? event.target;
        if (!(target instanceof Element) || !(composerFromEvent(event) ?? composerNear(target))) return;
        const files = [...event.dataTransfer.files];
        if (!files.some(isTextFile)) return; // images and office files: not ours to read
        stop(event);
        const { clientX, clientY } = event;
        const redrop = (list) => {
          const data = new DataTransfer();
          for (const file of list) data.items.add(file);
          target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, composed: true, clientX, clientY, dataTransfer: data }));
        };
        Promise.all(
          files.map(async (file) => {
            if (!isTextFile(file)) return { file, text: null, result: null };
            const text = await file.text();
            return { file, text, result: await scanner.scan(text, "file") };
          }),
        ).then((scanned) => {
          const result = merge(scanned.filter((s) => s.result).map((s) => s.result));
          decide(
            result,
            "file",
            (redactedFiles) => redrop(redactedFiles ?? files),
            () =>
              scanned.map(({ file, text, result: own }) =>
                own?.findings.length
                  ? new File([P.placeholders.redact(text, own.findings).text], file.name, { type: file.type || "text/plain" })
                  : file,
              ),
          );
        });
      },
      { capture: true },
    );
  };
})();
