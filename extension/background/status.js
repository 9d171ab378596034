// What the popup and the toolbar badge show: which channel to the companion
// answers (the native host, HTTP, or none: the built-in detector), and today's
// counts of held sends (counts only, never what was found).
const TODAY_KEY = "today";
let companionChannel; // "native" | "http" | null once known

function noteCompanionChannel(channel) {
  if (channel === companionChannel) return;
  const wasDown = !companionChannel;
  companionChannel = channel;
  // A badge, because reduced protection must be visible without opening anything.
  chrome.action.setBadgeText({ text: channel ? "" : "!" });
  chrome.action.setBadgeBackgroundColor({ color: "#a15c00" });
  if (channel && wasDown) flushOutbox();
}

function noteCompanionChannelLost(channel) {
  if (companionChannel === channel) noteCompanionChannel(null);
}

function localDay(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function readTodayCounts() {
  const stored = (await chrome.storage.local.get(TODAY_KEY))[TODAY_KEY];
  const fresh = { day: localDay(), held: 0, resolved: 0, sentAnyway: 0 };
  return stored?.day === fresh.day ? stored : fresh;
}

function countAction(action) {
  return serially(async () => {
    const counts = await readTodayCounts();
    counts.held += 1;
    if (action === "sent_anyway") counts.sentAnyway += 1;
    else counts.resolved += 1;
    await chrome.storage.local.set({ [TODAY_KEY]: counts });
  });
}

async function readStatus() {
  let health = null;
  let pairing = false;
  try {
    health = await fetchHealth();
  } catch (error) {
    // unreachable or unpaired: the popup says protection is reduced, and why
    pairing = error?.name === "PairingRequired";
  }
  const [today, outbox, problems] = await Promise.all([readTodayCounts(), readOutbox(), readHealth()]);
  const channel = health !== null ? companionChannel : null;
  const sites = Object.values(problems).sort((a, b) => b.time.localeCompare(a.time)); // pages the guard could not see
  return { reachable: health !== null, pairing, channel, health, today, queued: outbox.length, sites };
}
