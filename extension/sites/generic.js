// Generic adapter for chat services an organisation adds (setting extraSites):
// any visible textarea or contenteditable, and a submit-looking button.
// Picked by start.js on every host no other adapter matches.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  P.addSite({
    id: "generic",
    eventSite: "other",
    name: "Anden chatbot",
    matches: [], // the origins come from the settings
    selectors: {
      composer: ["textarea", '[contenteditable="true"]', '[contenteditable=""]', '[contenteditable="plaintext-only"]'],
      sendButton: [
        'button[type="submit"]',
        'button[data-testid*="send" i]',
        'button[aria-label*="send" i]',
        'button[aria-label*="submit" i]',
      ],
      scope: ["form"],
      userTurn: [],
    },

    // The nearest submit-looking button up to the form or a few levels up.
    resend(composer) {
      const selector = this.selectors.sendButton.join(",");
      let scope = composer.parentElement;
      for (let level = 0; scope && level < 6 && !scope.querySelector(selector); level += 1) {
        if (scope.localName === "form") break;
        scope = scope.parentElement;
      }
      const button = scope?.querySelector(selector);
      if (button) button.click();
      else composer.closest("form")?.requestSubmit();
      return true; // an unknown site: no way to tell that it is busy
    },
  });
})();
// Test pages: none yet (an extra site needs a granted origin; see docs/sites.md)
