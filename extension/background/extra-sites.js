// Extra chat services an organisation adds (setting extraSites, e.g.
// "https://chat.example.dk") get the content scripts through a registration at
// run time, for the origins the user or the policy has granted. The files are
// the manifest's one list (start.js picks the generic adapter on those hosts).
const EXTRA_SCRIPT_ID = "promptvagt-extra-sites";
const extraScriptFiles = () => chrome.runtime.getManifest().content_scripts.find((entry) => !entry.world).js;

function matchPattern(origin) {
  try {
    const url = new URL(origin);
    return url.protocol === "https:" ? `https://${url.host}/*` : null;
  } catch {
    return null;
  }
}

async function syncExtraSites() {
  if (!chrome.scripting?.registerContentScripts) return;
  const { extraSites } = await readSettings();
  const patterns = [];
  for (const pattern of extraSites.map(matchPattern).filter(Boolean)) {
    if (await chrome.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  await chrome.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] }).catch(() => {});
  if (!patterns.length) return;
  await chrome.scripting.registerContentScripts([
    {
      id: EXTRA_SCRIPT_ID,
      matches: patterns,
      js: extraScriptFiles(),
      runAt: "document_start",
      allFrames: true,
    },
  ]);
}
