// On install and update, put the content scripts into the chatbot tabs that
// are already open: the browser only runs them in pages loaded afterwards, so
// an open ChatGPT tab would stay unguarded after a fresh install, and after
// an update it keeps only the old copy, which stands aside (lifecycle.js).
// The lists come from the manifest itself, so this follows any change to its
// content_scripts. Needs the chatbots in host_permissions: a content script's
// matches alone do not let the worker inject.
function matchesPattern(url, pattern) {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (!scheme) return false;
  const glob = (text) => text.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  const hostPart = host.startsWith("*.") ? `(?:[^/]*\\.)?${glob(host.slice(2))}` : glob(host);
  return new RegExp(`^${scheme === "*" ? "https?" : scheme}://${hostPart}${glob(path)}$`).test(url);
}

// A tab may still be unloading the old copy when the new worker starts, and
// then the old copy answers the first look (still alive, still started): so
// look again a moment later. A frame already guarded is skipped either time.
const INJECT_AGAIN_MS = 2000;

function injectIntoOpenTabs() {
  injectOnce();
  setTimeout(injectOnce, INJECT_AGAIN_MS);
}

async function injectOnce() {
  const entries = chrome.runtime.getManifest().content_scripts ?? [];
  const isolated = entries.filter((entry) => entry.world !== "MAIN");
  const main = entries.filter((entry) => entry.world === "MAIN");
  let tabs;
  try {
    tabs = await chrome.tabs.query({ url: [...new Set(entries.flatMap((entry) => entry.matches))] });
  } catch {
    return;
  }
  await Promise.all(tabs.map((tab) => injectIntoTab(tab.id, isolated, main).catch(() => {})));
}

async function injectIntoTab(tabId, isolated, main) {
  // Which frames have no guard of this version yet: a page loaded since the
  // update already runs one, and a second would hold every send twice.
  const probes = await chrome.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => ({ url: location.href, guarded: Boolean(globalThis.Promptvagt?.started && chrome.runtime?.id) }),
  });
  for (const { frameId, result } of probes) {
    if (!result || result.guarded) continue;
    const wanted = (list) => list.filter((entry) => entry.matches.some((pattern) => matchesPattern(result.url, pattern)));
    const target = { tabId, frameIds: [frameId] };
    // The page's own world first, as at document_start. After an update the
    // old copy is still there; a second wraps the same methods once more, harmlessly.
    for (const entry of wanted(main)) {
      await chrome.scripting.executeScript({ target, files: entry.js, world: "MAIN", injectImmediately: true });
    }
    for (const entry of wanted(isolated)) {
      await chrome.scripting.executeScript({ target, files: entry.js, injectImmediately: true });
    }
  }
}
