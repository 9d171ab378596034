// Mistral Le Chat: a ProseMirror (TipTap) editor inside a <form>.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // An agent's page or a chat with an agent (research §4).
  const AGENT_URL = /^\/agents\/[0-9a-f-]{36}|[?&]agent=[^&]+/;

  P.sites.push({
    id: "lechat",
    name: "Le Chat",
    matches: ["https://chat.mistral.ai/*"],
    selectors: {
      composer: [
        // ProseMirror in the composer form, seen 2025-06 to 2026-08 (S3, S7, S16).
        'form div.ProseMirror[contenteditable="true"]',
        'div.ProseMirror[contenteditable="true"][data-placeholder]',
        // react-hook-form textarea, 2024 to 2025-10 (S7). TODO [2027-06]: remove
        'textarea[name="message.text"]',
      ],
      sendButton: [
        // Present only while there is text; the label is localised (S16, S7).
        'form button[type="submit"]',
      ],
      answer: ['[data-message-author-role="assistant"]'], // (fc) fixture's choice
    },

    // While an answer is written the slot holds Stop, a square icon (S3: form rect[rx="2"]); if it ever
    // becomes the submit button itself, it is still not a send (issue 12).
    isSendButton: (button) => !button.querySelector('rect[rx="2"]') && !/^(stop|arrêter|stopp)/i.test(button.getAttribute("aria-label") ?? ""),

    readText(composer) {
      return composer instanceof HTMLTextAreaElement ? composer.value : P.editing.blockText(composer);
    },

    writeText(composer, text) {
      if (composer instanceof HTMLTextAreaElement) P.editing.setNativeValue(composer, text);
      else P.editing.typeText(composer, text);
    },

    // True once sent; false while the page cannot send (see chatgpt.js).
    resend(composer, { lastTry = false } = {}) {
      const form = composer.closest("form");
      const button = [...(form?.querySelectorAll('button[type="submit"]') ?? [])].find(this.isSendButton);
      if (button) button.click();
      else if (lastTry) form?.requestSubmit();
      return Boolean(button);
    },

    isCustomAssistant: (location) => AGENT_URL.test(location.pathname + location.search),
  });
})();
// Test pages: tests/fixtures/lechat/index.html
