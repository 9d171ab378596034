// Near-miss events wait here (chrome.storage.local) until the companion has
// stored them. Each event has a client-made id and the companion stores a
// repeated id once, so a delivery that is retried after a lost answer is
// never counted twice; an event leaves the outbox only after a 200/201.
// The outbox holds what the event holds: kinds and severities, no text; and
// adapter health reports (type "adapter_health", health.js): host and codes.
const OUTBOX_KEY = "outbox";
const OUTBOX_LIMIT = 1000; // when full, the oldest go: recent trends matter most

async function readOutbox() {
  return (await chrome.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY] ?? [];
}

function enqueueEvent(event) {
  return serially(async () => {
    const outbox = await readOutbox();
    if (!outbox.some((queued) => queued.id === event.id)) outbox.push(event);
    await chrome.storage.local.set({ [OUTBOX_KEY]: outbox.slice(-OUTBOX_LIMIT) });
  });
}

function removeFromOutbox(id) {
  return serially(async () => {
    const outbox = await readOutbox();
    await chrome.storage.local.set({ [OUTBOX_KEY]: outbox.filter((queued) => queued.id !== id) });
  });
}

let flushing = null;

// Deliver queued events oldest first; stop at the first one the companion
// cannot take now. Only one delivery round runs at a time.
function flushOutbox() {
  flushing ??= (async () => {
    try {
      for (const event of await readOutbox()) {
        let status;
        try {
          if (event.type === "adapter_health") {
            const { type, ...report } = event;
            status = await postHealthReport(report);
            // A companion from before health reports answers 404: it never
            // will take one, and near-misses must not wait behind it.
            if (status === 404) status = 400;
          } else {
            status = await postEvent(event);
          }
          // A reason the companion refuses (it names someone the built-in
          // detector could not see) must not cost the near-miss itself: send
          // the event again without the reason.
          if (status === 422 && event.reason) {
            const { reason, ...withoutReason } = event;
            status = await postEvent(withoutReason);
          }
        } catch {
          return; // unreachable: try again later
        }
        // 400/422: the companion will never accept this event, and keeping
        // it would block every later one. 404 and 5xx: an older or broken
        // companion, so keep it for the next round.
        if (status === 200 || status === 201 || status === 400 || status === 422) await removeFromOutbox(event.id);
        else return;
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}
