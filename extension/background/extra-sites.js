// Extra chat services an organisation adds (setting extraSites, e.g.
// "https://chat.example.dk") get the generic adapter through content scripts
// registered at run time, for the origins the user or the policy has granted.
const EXTRA_SCRIPT_ID = "promptvagt-extra-sites";
const EXTRA_SCRIPT_FILES = [
  "shared/i18n.js", "shared/detector.js", "shared/placeholders.js",
  "content/editing.js", "content/banner.js", "content/hint.js", "content/notices.js",
  "content/scanner.js", "content/files.js", "content/intake.js", "content/reminders.js", "content/guard.js",
  "sites/generic.js", "content/start.js",
];

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
      js: EXTRA_SCRIPT_FILES,
      runAt: "document_start",
      allFrames: true,
    },
  ]);
}
