// Picks the adapter for this page and starts the guard. Runs last.
(() => {
  const P = globalThis.Promptvagt;
  const adapter = P.sites.find((site) =>
    site.matches.some((pattern) => new URL(pattern.replace("*", "")).hostname === location.hostname),
  );
  if (adapter) P.startGuard(adapter);
})();
