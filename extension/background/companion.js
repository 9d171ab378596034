// The only code that talks to the companion on 127.0.0.1.

// A scan that takes longer than this is treated as "companion unreachable":
// the guard then falls back to its built-in detector rather than hold the send.
const SCAN_TIMEOUT_MS = 3000;

async function scanWithCompanion({ text, site, url, source }) {
  const { companionUrl } = await readSettings();
  const response = await fetch(new URL("/api/v1/scan", companionUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text, site, url, source }),
    signal: AbortSignal.timeout(SCAN_TIMEOUT_MS),
  });
  if (!response.ok) {
    throw new Error(`companion answered ${response.status}`);
  }
  return response.json();
}
