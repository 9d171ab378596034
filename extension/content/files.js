// Files, every way in (issue 12): a file chosen in the page's file picker, dropped
// on the page or pasted is held before the page sees it, scanned, and given to
// the page only when it is clean or the user chooses to send it anyway (never a
// file with a CPR number). Text files are read here in pieces and scanned like
// prompts; documents (.docx, .xlsx, .pptx, .pdf, OpenDocument) go to the
// companion, which reads them (companion/files). Images are not read: the user
// is told so once.
//
// Only trusted events are held: our own give-back is a synthetic event and must
// reach the page. An <input type=file> the page creates without putting it in
// the document is moved into it by file-inputs-main.js, so its change event
// passes window like any other.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });
  // Bytes per piece of a text file: at most 128 Ki characters, under the companion's 200,000.
  const PIECE_BYTES = 128 * 1024;
  // A CPR number or a name cut by a piece boundary is still found in the overlap.
  const OVERLAP_CHARS = 64;
  const PROGRESS_AFTER_MS = 1000;
  const DOCUMENT = /\.(docx|docm|dotx|dotm|xlsx|xlsm|xltx|xltm|pptx|pptm|potx|ppsx|pdf|odt|ods|odp|ott|ots|otp|doc|xls|ppt|rtf)$/i;
  const TEXT = /\.(txt|text|csv|tsv|md|markdown|json|xml|html?|log|ya?ml|ini|eml|js|css|py|sql)$/i;
  const IMAGE = /\.(png|jpe?g|gif|webp|bmp|tiff?|heic|heif|avif|svg|ico)$/i;
  // What the companion could not read fully; held in block mode, a notice in warn mode.
  const UNREAD = ["encrypted", "corrupt", "no_text", "partial", "too_large", "unsupported", "unavailable"];

  function kindOf(file) {
    if (IMAGE.test(file.name) || (file.type.startsWith("image/") && !DOCUMENT.test(file.name))) return "image";
    if (DOCUMENT.test(file.name)) return "document";
    if (TEXT.test(file.name) || file.type.startsWith("text/") || file.type === "application/json") return "text";
    return "document"; // anything else: the companion decides what it is
  }

  let imagesNoted = false;
  function noteImages() {
    if (imagesNoted) return;
    imagesNoted = true;
    P.notices.show("images", { title: P.t("notice_images_title"), text: P.t("notice_images_text"), timeoutMs: 15000 });
  }

  function base64(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  // A text file of any size, piece by piece; onProgress(fraction) after each piece.
  async function scanText(file, scanner, onProgress) {
    const decoder = new TextDecoder();
    const findings = [];
    let carry = "";
    let fallback = false;
    for (let offset = 0; offset < file.size || offset === 0; offset += PIECE_BYTES) {
      const last = offset + PIECE_BYTES >= file.size;
      const text = carry + decoder.decode(await file.slice(offset, offset + PIECE_BYTES).arrayBuffer(), { stream: !last });
      if (text.trim()) {
        const result = await scanner.scan(text, "file");
        fallback ||= result.fallback;
        findings.push(...result.findings);
      }
      carry = text.slice(-OVERLAP_CHARS);
      onProgress((offset + PIECE_BYTES) / Math.max(file.size, 1));
      if (last) break;
    }
    return { findings: distinct(findings), status: "ok", fallback };
  }

  async function scanDocument(file) {
    const data = base64(await file.arrayBuffer());
    const answer = await chrome.runtime
      .sendMessage({ type: "scanFile", name: file.name, mime: file.type, data, site: location.hostname, url: location.href })
      .catch(() => null);
    if (!answer?.ok) return { findings: [], status: "unavailable", fallback: true };
    const { findings, file: read } = answer.result;
    return { findings: findings.filter((f) => f.severity !== "info"), status: read.status, fallback: false };
  }

  // One line per kind and masked preview: a number repeated on every page is listed once.
  function distinct(findings) {
    const seen = new Set();
    return findings.filter((f) => {
      const key = `${f.entity_type}\u0000${f.masked}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  // Scan every file of one pick, drop or paste; shows progress after a second.
  async function scanAll(files, scanner) {
    const started = performance.now();
    const total = files.reduce((sum, file) => sum + file.size, 0) || 1;
    let done = 0;
    const progress = (file, fraction) => {
      if (performance.now() - started < PROGRESS_AFTER_MS) return;
      const percent = Math.min(99, Math.round(((done + file.size * Math.min(fraction, 1)) / total) * 100));
      P.notices.show("file-progress", {
        title: P.t("notice_fileProgress_title"),
        text: P.t("notice_fileProgress_text", { name: file.name, percent }),
      });
    };
    const scanned = [];
    try {
      for (const file of files) {
        const kind = kindOf(file);
        progress(file, 0);
        let outcome = { findings: [], status: "image", fallback: false };
        if (kind === "image") noteImages();
        else if (kind === "text") outcome = await scanText(file, scanner, (fraction) => progress(file, fraction));
        else outcome = await scanDocument(file);
        done += file.size;
        scanned.push({ file, kind, ...outcome });
      }
    } finally {
      P.notices.hide("file-progress");
    }
    return scanned;
  }

  P.startFiles = ({ scanner, record, enabled, bannerState }) => {
    // Decide about scanned files: give them to the page, or show the banner.
    async function decide(scanned, release, discard) {
      const blockMode = P.settings.mode !== "warn";
      const findings = scanned.flatMap(({ file, findings: own }) =>
        own.map((f) => ({ ...f, message: P.t("banner_file_finding", { name: file.name, message: f.message }) })),
      );
      const unread = scanned.filter((s) => UNREAD.includes(s.status));
      const result = {
        findings,
        verdict: findings.some((f) => f.severity === "block") ? "block" : findings.length || unread.length ? "warn" : "ok",
        detector: scanned.some((s) => s.fallback) ? "fallback" : "companion",
        fallback: scanned.some((s) => s.fallback),
      };
      const holds = P.holdsSend(result) || (blockMode && unread.length > 0);
      if (!holds) {
        for (const { file, status } of unread) {
          P.notices.show(`file-${status}`, { tone: "warn", title: P.t("notice_fileUnread_title"), text: P.t(`file_status_${status}`, { name: file.name }), timeoutMs: 15000 });
        }
        return release();
      }
      await P.textsReady;
      const cpr = findings.some((f) => f.entity_type === "DK_CPR");
      const notes = [
        ...unread.map(({ file, status }) => P.t(`file_status_${status}`, { name: file.name })),
        ...(cpr ? [P.t("banner_file_noCpr")] : []),
      ];
      const state = { ...bannerState(result, "file"), canRedact: false, keptCount: 0, notes, canProceed: !cpr };
      P.banner.show(state, {
        onProceed: (reason) => {
          record("sent_anyway", result, reason);
          release();
        },
        onCancel: () => {
          record("cancelled", result);
          discard();
        },
      });
    }

    // Hold, scan, decide. `files` may be empty (nothing to hold).
    function hold(event, files, release, discard) {
      if (!files.length || !enabled()) return false;
      event.preventDefault();
      event.stopImmediatePropagation();
      scanAll(files, scanner).then(
        (scanned) => decide(scanned, release, discard),
        () => decide(files.map((file) => ({ file, kind: kindOf(file), findings: [], status: "unavailable", fallback: true })), release, discard),
      );
      return true;
    }

    // <input type=file>: Chromium fires input, then change; both wait for the scan. A new pick
    // while one is held starts a new hold, and the old decision no longer counts: the input
    // holds the new files, which only their own scan may release.
    const heldInputs = new WeakMap(); // input -> the current hold's token
    const onFileInput = (event) => {
      const input = event.composedPath?.()[0] ?? event.target;
      if (!event.isTrusted || !(input instanceof HTMLInputElement) || input.type !== "file") return;
      if (event.type === "change" && heldInputs.has(input)) {
        event.stopImmediatePropagation(); // the change after the held input event
        return;
      }
      const token = {};
      const current = () => heldInputs.get(input) === token;
      const files = [...(input.files ?? [])];
      const release = () => {
        if (!current()) return;
        heldInputs.delete(input);
        input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      };
      const discard = () => {
        if (!current()) return;
        heldInputs.delete(input);
        input.value = ""; // the page must not find the file there later (a form submit)
      };
      if (hold(event, files, release, discard)) heldInputs.set(input, token);
    };
    addEventListener("input", onFileInput, { capture: true });
    addEventListener("change", onFileInput, { capture: true });

    addEventListener(
      "drop",
      (event) => {
        if (!event.isTrusted || !event.dataTransfer) return;
        const target = event.composedPath?.()[0] ?? event.target;
        const files = [...event.dataTransfer.files];
        const { clientX, clientY, screenX, screenY } = event;
        const release = () => {
          const data = new DataTransfer();
          for (const file of files) data.items.add(file);
          target.dispatchEvent(
            new DragEvent("drop", { bubbles: true, cancelable: true, composed: true, clientX, clientY, screenX, screenY, dataTransfer: data }),
          );
        };
        hold(event, files, release, () => {});
      },
      { capture: true },
    );

    addEventListener(
      "paste",
      (event) => {
        if (!event.isTrusted || !event.clipboardData?.files.length) return;
        const target = event.composedPath?.()[0] ?? event.target;
        const files = [...event.clipboardData.files];
        const texts = ["text/plain", "text/html"].map((type) => [type, event.clipboardData.getData(type)]).filter(([, value]) => value);
        const release = () => {
          if (target instanceof HTMLElement) target.focus(); // the banner had the focus
          const data = new DataTransfer();
          for (const file of files) data.items.add(file);
          for (const [type, value] of texts) data.setData(type, value);
          target.dispatchEvent(P.editing.pasteEvent(data, { composed: true }));
        };
        hold(event, files, release, () => {});
      },
      { capture: true },
    );
  };
})();
