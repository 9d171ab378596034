// Microsoft Copilot (consumer): a React-controlled <textarea>, no <form>.
// Edge refuses extension scripts on this host; see docs/sites.md.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  P.addSite({
    id: "copilot",
    name: "Copilot",
    // copilot.com and www.copilot.com serve the same app (research §1.3, hosts seen in S16).
    matches: ["https://copilot.microsoft.com/*", "https://copilot.com/*", "https://www.copilot.com/*"],
    selectors: {
      composer: [
        // Seen 2025-08 to 2026-02 (S1, S6, S11).
        'textarea#userInput[data-testid="composer-input"]',
        'textarea[data-testid="composer-input"]',
        "textarea#userInput",
      ],
      sendButton: [
        // type="button", present only while there is text (S1, S11); Stop takes its place.
        'button[data-testid="submit-button"]',
        'button[title="Submit message"]',
      ],
      // No form and no edit box: the send button is the page's one.
      scope: ["form"],
      // (fc) no source showed the thread's markup; the fixture's choice.
      answer: ['[data-content="ai-message"]'],
      userTurn: ['[data-content="user-message"]'],
      copyButton: ['button[data-testid="copy-message-button"]'], // (fc)
    },
  });
})();
// Test pages: tests/fixtures/copilot/index.html (at copilot.microsoft.com, copilot.com, www.copilot.com)
