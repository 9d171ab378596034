// Microsoft 365 Copilot Chat: a Lexical editor in a Fluent "fai-" ChatInput.
// It also runs inside Teams and Outlook iframes, hence all_frames in the
// manifest. Edge (150+) refuses extension scripts on *.cloud.microsoft.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  // Agents: ?titleId=T_…/P_…/U_…, and the legacy entity path (research §4).
  const AGENT_URL = /[?&]titleId=(?:T|P|U)_|\/chat\/entity1-d870f6cd-4aa5-4d42-9626-ab690c041429\//;

  P.addSite({
    id: "m365",
    name: "Microsoft 365 Copilot",
    // m365copilot.com: a further host of the same app (research §1.3, hosts seen in S16).
    matches: ["https://m365.cloud.microsoft/*", "https://copilot.cloud.microsoft/*", "https://m365copilot.com/*"],
    selectors: {
      composer: [
        // Seen 2025-11 to 2026-07 (S6, S16).
        'span#m365-chat-editor-target-element[contenteditable="true"]',
        'span[data-lexical-editor="true"][contenteditable="true"]',
        'span.fai-BebopLiteChatInput__editor [contenteditable="true"]',
      ],
      sendButton: [
        // type="submit", present only while there is text, absent while answering; label localised (S16 2026-07).
        "button.fai-SendButton",
        "button.fai-ChatInput__send",
        '.fai-ChatInput__actions button[type="submit"]',
      ],
      scope: ["form", ".fai-ChatInput"],
      answer: ['[data-testid="markdown-reply"]'], // S16 spike 2026-07
      userTurn: ['[data-testid="chat-user-message"]'], // (fc)
      copyButton: ['button[data-testid="copy-reply-button"]'], // (fc)
    },

    // Lexical reverts DOM writes and garbles execCommand; a paste goes through its
    // own handler once the selection has settled (S12, S16, issue 16).
    writeText(composer, text) {
      return P.editing.pasteText(composer, text);
    },

    isCustomAssistant: (location) => AGENT_URL.test(location.pathname + location.search),
  });
})();
// Test pages: tests/fixtures/copilot/index.html (at m365.cloud.microsoft, copilot.cloud.microsoft, m365copilot.com)
