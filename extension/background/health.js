// Adapter health (issue 12): pages the guard could not see. A content script
// reports a problem (health.js); the worker queues a value-free report for
// the companion's dashboard and keeps the latest problem per host for the
// popup, until that host's composer is seen again (composer_missing) or a
// week has passed (send_escaped, which no later page can undo).
const HEALTH_KEY = "adapterHealth";
const HEALTH_PROBLEMS = ["composer_missing", "send_escaped"];
const HEALTH_ADAPTERS = ["chatgpt", "gemini", "copilot", "m365", "lechat", "generic"];
const HEALTH_SHOWN_MS = 7 * 24 * 3600 * 1000;
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

async function readHealth() {
  const stored = (await chrome.storage.local.get(HEALTH_KEY))[HEALTH_KEY] ?? {};
  const fresh = {};
  for (const [key, problem] of Object.entries(stored)) {
    if (Date.now() - Date.parse(problem.time) < HEALTH_SHOWN_MS) fresh[key] = problem;
  }
  return fresh;
}

async function noteHealthProblem({ problem, adapter, host }) {
  if (!HEALTH_PROBLEMS.includes(problem) || !HEALTH_ADAPTERS.includes(adapter) || !HOST_NAME.test(host)) return;
  const time = new Date().toISOString();
  await serially(async () => {
    const health = await readHealth();
    health[`${host} ${problem}`] = { host, problem, time };
    await chrome.storage.local.set({ [HEALTH_KEY]: health });
  });
  await enqueueEvent({
    type: "adapter_health",
    id: crypto.randomUUID(),
    time,
    host,
    adapter,
    problem,
    extension_version: chrome.runtime.getManifest().version,
  });
  flushOutbox();
}

// The composer of `host` was found: its drift warning no longer holds.
function noteComposerSeen(host) {
  return serially(async () => {
    const health = await readHealth();
    const key = `${host} composer_missing`;
    if (!(key in health)) return;
    delete health[key];
    await chrome.storage.local.set({ [HEALTH_KEY]: health });
  });
}
