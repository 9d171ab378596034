// Picks the adapter for this page and starts the guard. Runs last. Every
// adapter is loaded on every chatbot (one manifest entry); an extra site
// (registered at run time) gets the generic one.
(() => {
  const P = globalThis.Promptvagt;
  const hostOf = (pattern) => new URL(pattern.replace("*", "")).hostname;
  const adapter =
    P.sites.find((site) => site.matches.some((pattern) => hostOf(pattern) === location.hostname)) ??
    P.sites.find((site) => site.id === "generic");
  if (adapter && !P.started) {
    P.started = true; // all_frames and a run-time registration must not start it twice
    P.startGuard(adapter);
    P.announceStart(); // a copy left from before an update stands aside (lifecycle.js)
  }
})();
