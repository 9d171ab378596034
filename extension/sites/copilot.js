// Microsoft Copilot (consumer): a React-controlled <textarea>, no <form>.
// Edge refuses extension scripts on this host; see docs/sites.md.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  P.sites.push({
    id: "copilot",
    name: "Copilot",
    matches: ["https://copilot.microsoft.com/*"],
    selectors: {
      composer: [
        // Seen 2025-08 to 2026-02 (S1, S6, S11).
        'textarea#userInput[data-testid="composer-input"]',
        'textarea[data-testid="composer-input"]',
        "textarea#userInput",
      ],
      sendButton: [
        // type="button", present only while there is text (S1, S11).
        'button[data-testid="submit-button"]',
        'button[title="Submit message"]',
      ],
      // (fc) no source showed the answer markup; the fixture's choice.
      answer: ['[data-content="ai-message"]'],
    },

    readText(composer) {
      return composer.value;
    },

    // React drops a plain el.value write (research §3.6).
    writeText(composer, text) {
      P.editing.setNativeValue(composer, text);
    },

    // True once sent; false while the page cannot send (see chatgpt.js).
    resend() {
      const button = document.querySelector(this.selectors.sendButton.join(","));
      button?.click();
      return Boolean(button);
    },
  });
})();
// Test pages: tests/fixtures/copilot/index.html (at copilot.microsoft.com)
