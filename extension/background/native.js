// The companion as a native messaging host (docs/deploy.md): the browser starts
// `promptvagt native-host` when this port opens and ends it when the port
// closes, so nobody has to start anything and no network port is open. An open
// port also keeps the MV3 worker alive (Chrome 105 and later).
//
// Requests are {id, type, body}; replies {id, status, body} carry the HTTP
// API's status and body, so companion.js treats both channels alike. When the
// port drops (host not registered, crashed, refused us), every pending request
// fails at once and companion.js falls back to HTTP; a new port is tried after
// a growing pause.
const NATIVE_HOST = "dk.promptvagt.companion";
const NATIVE_RETRY_MS = [1000, 2000, 5000, 15000, 30000, 60000];

const nativeLink = {
  port: null,
  up: false, // the host has answered on this port
  scanned: false, // ... and has answered a scan (its first may wait for the rules to load)
  failures: 0,
  nextId: 1,
  pending: new Map(), // id -> {resolve, reject, timer}
  retryTimer: 0,
  lastError: "",
};

function connectNative() {
  if (nativeLink.port || typeof chrome.runtime.connectNative !== "function") return;
  clearTimeout(nativeLink.retryTimer);
  nativeLink.retryTimer = 0;
  let port;
  try {
    port = chrome.runtime.connectNative(NATIVE_HOST);
  } catch (error) {
    nativeLink.lastError = String(error?.message ?? error);
    scheduleNativeRetry();
    return;
  }
  nativeLink.port = port;
  nativeLink.up = false;
  nativeLink.scanned = false;
  port.onMessage.addListener((message) => onNativeMessage(port, message));
  port.onDisconnect.addListener(() => onNativeDisconnect(port));
  // The first answer shows the host runs; it also starts the outbox's delivery.
  nativeRequest("health", undefined, NATIVE_FIRST_ANSWER_MS).then(
    () => noteCompanionChannel("native"),
    () => {},
  );
}

function onNativeMessage(port, message) {
  if (port !== nativeLink.port) return;
  if (!nativeLink.up) {
    nativeLink.up = true;
    nativeLink.failures = 0;
  }
  const waiting = nativeLink.pending.get(message?.id);
  if (!waiting) return; // a reply to a request that already timed out
  nativeLink.pending.delete(message.id);
  clearTimeout(waiting.timer);
  waiting.resolve({ status: message.status, body: message.body });
}

function onNativeDisconnect(port) {
  // Reading lastError also keeps Chrome from logging it as unchecked.
  nativeLink.lastError = chrome.runtime.lastError?.message ?? port.error?.message ?? "";
  if (port !== nativeLink.port) return;
  nativeLink.port = null;
  nativeLink.up = false;
  nativeLink.failures += 1;
  for (const [id, waiting] of nativeLink.pending) {
    clearTimeout(waiting.timer);
    waiting.reject(new Error("native host disconnected"));
    nativeLink.pending.delete(id);
  }
  noteCompanionChannelLost("native");
  scheduleNativeRetry();
}

function scheduleNativeRetry() {
  if (nativeLink.retryTimer) return;
  const pause = NATIVE_RETRY_MS[Math.min(nativeLink.failures, NATIVE_RETRY_MS.length) - 1] ?? NATIVE_RETRY_MS[0];
  nativeLink.retryTimer = setTimeout(() => {
    nativeLink.retryTimer = 0;
    connectNative();
  }, pause);
}

// Whether a request should try the port: it is open (the host may still be starting).
const nativeOpen = () => nativeLink.port !== null;

// After the worker was asleep (timers are lost then), try again unless a retry is due anyway.
function ensureNative() {
  if (!nativeLink.port && !nativeLink.retryTimer) connectNative();
}

// Send one request; resolves {status, body}, rejects when the port drops or no answer comes in time.
function nativeRequest(type, body, timeout) {
  const port = nativeLink.port;
  if (!port) return Promise.reject(new Error("native host not connected"));
  const id = nativeLink.nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      nativeLink.pending.delete(id);
      const error = new Error("native host timed out");
      error.name = "TimeoutError";
      reject(error);
    }, timeout);
    nativeLink.pending.set(id, { resolve, reject, timer });
    try {
      port.postMessage(body === undefined ? { id, type } : { id, type, body });
    } catch (error) {
      clearTimeout(timer);
      nativeLink.pending.delete(id);
      reject(error);
    }
  });
}
