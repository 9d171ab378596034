// "Erstat med pladsholdere": replaces findings with placeholders that keep the
// prompt readable. The same value gets the same placeholder everywhere in the
// text ("Jens Hansen" twice is [PERSON 1] twice), different values get
// different numbers, so the chatbot can still tell the people apart.
// A vault (one per tab, in memory only: content/restore.js) carries that
// numbering across a whole conversation and knows each placeholder's value,
// so the answer can be read with the real values on this machine (issue 15).
// Pure functions, so node's test runner can load this file as it is.
(() => {
  // Entity type -> the Danish placeholder word. A type that is missing here
  // cannot be fixed by a placeholder (a FORTROLIGT stamp marks the whole text).
  const WORDS = {
    DK_CPR: "CPR-NUMMER",
    PERSON: "PERSON",
    EMAIL_ADDRESS: "E-MAIL",
    PHONE_NUMBER: "TELEFONNUMMER",
    DK_ADDRESS: "ADRESSE",
    LOCATION: "STED",
    IBAN_CODE: "KONTONUMMER",
    DK_BANK_ACCOUNT: "KONTONUMMER",
    HEALTH_DATA: "HELBREDSOPLYSNING",
  };
  // Names are always numbered (the issue's [PERSON 1], [PERSON 2]); other
  // kinds only when the text holds more than one different value.
  const ALWAYS_NUMBERED = new Set(["PERSON"]);

  const canReplace = (finding) => Object.hasOwn(WORDS, finding.entity_type);

  // Case and spacing do not make a different person or number.
  function key(finding, value) {
    const word = WORDS[finding.entity_type];
    const squeezed = value.toLowerCase().replace(/\s+/g, " ").trim();
    return `${word}\u0000${finding.entity_type === "DK_CPR" ? squeezed.replace(/\D/g, "") : squeezed}`;
  }

  // Placeholder -> value and value -> placeholder for one conversation. A
  // placeholder, once given, never changes meaning: a later prompt that holds
  // the same value gets the same placeholder, a new value the next number.
  function createVault() {
    const placeholders = new Map(); // key -> placeholder
    const values = new Map(); // placeholder -> the value as first written
    const counts = new Map(); // word -> distinct values given a placeholder
    return {
      get size() {
        return values.size;
      },
      placeholderFor: (k) => placeholders.get(k),
      // numbered: whether the conversation has (or now gets) more than one value of this word.
      give(k, word, value, numbered) {
        const n = (counts.get(word) ?? 0) + 1;
        counts.set(word, n);
        const placeholder = numbered ? `[${word} ${n}]` : `[${word}]`;
        placeholders.set(k, placeholder);
        values.set(placeholder, value);
        return placeholder;
      },
      distinct: (word) => counts.get(word) ?? 0,
      valueOf: (placeholder) => values.get(placeholder.toUpperCase().replace(/\s+/g, " ")),
    };
  }

  // text: the exact text that was scanned; findings: {entity_type, start, end}
  // with UTF-16 offsets into it; vault: the conversation's (a fresh one numbers
  // this text alone). Returns {text, replaced, kept}: the new text, how many
  // findings were replaced, how many cannot be (no placeholder).
  function redact(text, findings, vault = createVault()) {
    const usable = [...findings]
      .filter((f) => canReplace(f) && f.start >= 0 && f.end <= text.length && f.start < f.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    // Overlapping findings become one span under the first one's placeholder:
    // cutting one in half would leave part of a value in the text.
    const chosen = [];
    for (const finding of usable) {
      const previous = chosen[chosen.length - 1];
      if (previous && finding.start < previous.end) previous.end = Math.max(previous.end, finding.end);
      else chosen.push({ entity_type: finding.entity_type, start: finding.start, end: finding.end });
    }

    // Values the vault has not seen yet, in order of first appearance, per word.
    const fresh = new Map(); // key -> {word, value}
    const freshCount = new Map(); // word -> count
    for (const finding of chosen) {
      const value = text.slice(finding.start, finding.end);
      const k = key(finding, value);
      if (vault.placeholderFor(k) || fresh.has(k)) continue;
      const word = WORDS[finding.entity_type];
      fresh.set(k, { word, value, always: ALWAYS_NUMBERED.has(finding.entity_type) });
      freshCount.set(word, (freshCount.get(word) ?? 0) + 1);
    }
    for (const [k, { word, value, always }] of fresh) {
      vault.give(k, word, value, always || vault.distinct(word) + freshCount.get(word) > 1);
    }

    let out = "";
    let at = 0;
    for (const finding of chosen) {
      out += text.slice(at, finding.start) + vault.placeholderFor(key(finding, text.slice(finding.start, finding.end)));
      at = finding.end;
    }
    out += text.slice(at);
    return { text: out, replaced: chosen.length, kept: findings.filter((f) => !canReplace(f)).length };
  }

  // A chatbot may write [Person 1] or [PERSON  1]; anything else bracketed is
  // left as it is. Returns the text cut into pieces: {text} as it stands, or
  // {text: value, placeholder} where a known placeholder stood.
  const PLACEHOLDER = /\[([A-ZÆØÅa-zæøå-]+)(?:\s+(\d+))?\]/g;
  function restorePieces(text, vault) {
    const pieces = [];
    let at = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const value = vault.valueOf(match[0]);
      if (value === undefined) continue;
      if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
      pieces.push({ text: value, placeholder: match[0] });
      at = match.index + match[0].length;
    }
    if (at < text.length) pieces.push({ text: text.slice(at) });
    return pieces;
  }

  const restore = (text, vault) => restorePieces(text, vault).map((piece) => piece.text).join("");
  const holdsPlaceholder = (text, vault) => restorePieces(text, vault).some((piece) => piece.placeholder);

  const placeholders = { redact, canReplace, createVault, restorePieces, restore, holdsPlaceholder };
  if (typeof module === "object") module.exports = placeholders;
  else (globalThis.Promptvagt ??= { sites: [] }).placeholders = placeholders;
})();
