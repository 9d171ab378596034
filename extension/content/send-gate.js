// The guard's state for sends, without the DOM (tests/extension/send-gate.test.js):
//
//   idle --send--> scanning --scan: findings--> held --approve--> resending
//                      \--scan: clean-------------------------------^
//   resending --sent--> idle
//
// One hold at a time, keyed by its text: a second Enter or click for the same
// text is held with it, a send of other text starts a new hold, and the answer
// of an older scan no longer counts. An approval (a clean scan or the user's
// *Send alligevel*) lets that text through, for the guard's one resend and for
// the user's own press when the page did not take the resend; a new draft,
// another page or a newer send ends it.
(() => {
  const P = (globalThis.Promptvagt ??= { sites: [] });

  P.createSendGate = () => {
    let state = "idle";
    let hold = null; // {id, text, url}
    let lastId = 0;

    const begin = (next, text, url) => {
      lastId += 1;
      state = next;
      hold = { id: lastId, text, url };
      return lastId;
    };
    const end = () => {
      state = "idle";
      hold = null;
    };
    const is = (id, ...states) => hold?.id === id && states.includes(state);

    return {
      get state() {
        return state;
      },

      // A send of `text` at `url` (Enter, click or submit). `known` is the newest
      // scan's verdict when it covers this text: {holds}, else null. Returns
      //   {act: "pass"}      let it through: approved, or known to be clean
      //   {act: "stop"}      the same text already waits for its scan
      //   {act: "warn", id}  stop it and show the banner now
      //   {act: "scan", id}  stop it, scan, and report with scanned(id, holds)
      send(text, url, known = null) {
        if (state === "resending" && hold.text === text && hold.url === url) return { act: "pass", id: hold.id };
        if (state === "scanning" && hold.text === text) return { act: "stop", id: hold.id };
        if (known && !known.holds) {
          end();
          return { act: "pass" };
        }
        if (known) return { act: "warn", id: begin("held", text, url) };
        return { act: "scan", id: begin("scanning", text, url) };
      },

      // The scan of hold `id` answered. "stale" when a newer send took its place.
      scanned(id, holds) {
        if (!is(id, "scanning")) return "stale";
        state = holds ? "held" : "resending";
        return holds ? "warn" : "resend";
      },

      // The user chose to send anyway. False when the hold is no longer current.
      approve(id) {
        if (!is(id, "held")) return false;
        state = "resending";
        return true;
      },

      // Whether the resend of `id` may still go on (not replaced, not cancelled).
      resending: (id) => is(id, "resending"),

      // The page took the text: nothing is approved any more.
      sent(id) {
        if (hold?.id === id) end();
      },

      // The user cancelled, chose to edit, or had placeholders put in.
      cancel(id) {
        if (hold?.id === id) end();
      },

      // The draft now reads `text`: a hold or approval for other text ends.
      draft(text) {
        if (hold && hold.text !== text) end();
      },

      // The page moved to `url`: what was held or approved on the last one ends.
      navigated(url) {
        if (hold && hold.url !== url) end();
      },
    };
  };
})();
