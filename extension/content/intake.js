// Paste: text that arrives in one piece is scanned before the page
// takes it, because a page may turn it into an attachment at once (ChatGPT
// makes a paste over 10,000 characters a file, research S17) and then the
// composer never shows it. The guard holds the paste, scans it and
// gives it back unchanged, with placeholders, or not at all. Files (picked,
// dropped or pasted) are files.js's.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  // Shorter pastes land in the composer, where the as-you-type scan and the
  // send guard see them; holding them would only slow typing down.
  const HOLD_PASTE_CHARS = 200;
  const COPYRIGHT_CHARS = 1500;

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

  P.remindCopyright = () =>
    P.notices.show("copyright", { title: P.t("notice_copyright_title"), text: P.t("notice_copyright_text"), timeoutMs: 15000 });

  P.startIntake = ({ scanner, composerFromEvent, record, stop, enabled, bannerState }) => {
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
            () => P.restore.redact(text, result.findings).text,
          ),
        );
      },
      { capture: true },
    );
  };
})();
