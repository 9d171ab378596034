// Settings: the defaults, then the user's choices (chrome.storage.local, from
// the options page), then the organisation's policy (chrome.storage.managed,
// see managed_schema.json), which wins for every key it sets.
const SITE_IDS = ["chatgpt", "gemini", "copilot", "m365", "lechat"];

const DEFAULT_SETTINGS = {
  companionUrl: "http://127.0.0.1:8640",
  // Danish first, whatever the browser's own language: the staff read Danish.
  language: "da",
  // "block": any finding holds the send; "warn": only CPR numbers and
  // confidentiality markers (severity block) hold it, the rest is a hint.
  mode: "block",
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])),
  // Extra chat services (https origins) guarded by the generic adapter.
  extraSites: [],
  // KL's guide on generative AI; an organisation points this at its own rules.
  guidelineUrl: "https://www.kl.dk/kommunale-opgaver/digitalisering-og-teknologi/kunstig-intelligens",
  // Policy only (options page shows them read-only).
  requireReason: false,
  allowTerms: [],
};

// Keys the options page may change; the rest come from policy.
const USER_KEYS = ["companionUrl", "language", "mode", "sites", "extraSites", "guidelineUrl"];

// Each address is checked where it is used, whoever set it (the options page,
// a direct storage write, the organisation's policy): the companion receives
// drafts, so only this computer over plain http; the guideline link is opened
// from chatbot pages, so only https, never javascript: or data: (issue 12).
const LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]"];

function parsedUrl(value) {
  try {
    return typeof value === "string" ? new URL(value) : null;
  } catch {
    return null;
  }
}

const VALID = {
  companionUrl: (value) => {
    const url = parsedUrl(value);
    return Boolean(url) && url.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname) &&
      !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
  },
  // Empty: no link.
  guidelineUrl: (value) => value === "" || (parsedUrl(value)?.protocol === "https:" && !parsedUrl(value).username),
};

// The first read of managed storage after a browser start takes seconds in
// Chromium (it loads the policy), so the answer is kept until the policy changes.
let managedSettings = null;

function readManagedSettings() {
  managedSettings ??= chrome.storage.managed
    .get(Object.keys(DEFAULT_SETTINGS))
    .then((values) => values ?? {})
    .catch(() => ({})); // no policy (Firefox rejects when none is installed)
  return managedSettings;
}

chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === "managed") managedSettings = null;
});

// The settings in force, plus `locked`: the keys the organisation has set, and
// `invalid`: [{key, source: "policy"|"user"}] for each address that was set but
// not used. A bad policy value falls back to the user's own, a bad user value to
// the default; nothing stored is changed, so nothing is lost.
async function readSettings() {
  const [stored, managed] = await Promise.all([
    chrome.storage.local.get(USER_KEYS),
    readManagedSettings(),
  ]);
  const settings = { ...DEFAULT_SETTINGS, ...stored, ...managed };
  // A policy that lists only some sites leaves the others at their default.
  settings.sites = { ...DEFAULT_SETTINGS.sites, ...stored.sites, ...managed.sites };
  if (!["block", "warn"].includes(settings.mode)) settings.mode = DEFAULT_SETTINGS.mode;
  const invalid = [];
  for (const [key, valid] of Object.entries(VALID)) {
    const candidates = [[managed, "policy"], [stored, "user"]].filter(([source]) => key in source);
    for (const [source, name] of candidates) if (!valid(source[key])) invalid.push({ key, source: name });
    const usable = candidates.find(([source]) => valid(source[key]));
    settings[key] = usable ? usable[0][key] : DEFAULT_SETTINGS[key];
  }
  return { ...settings, locked: Object.keys(managed), invalid };
}
