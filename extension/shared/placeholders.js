// "Erstat med pladsholdere": replaces findings with placeholders that keep the
// prompt readable. The same value gets the same placeholder everywhere in the
// text ("Jens Hansen" twice is [PERSON 1] twice), different values get
// different numbers, so the chatbot can still tell the people apart.
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

  // text: the exact text that was scanned; findings: {entity_type, start, end}
  // with UTF-16 offsets into it. Returns {text, replaced, kept}: the new text,
  // how many findings were replaced, how many cannot be (no placeholder).
  function redact(text, findings) {
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

    const numbers = new Map(); // key -> number, in order of first appearance
    const distinct = new Map(); // word -> count of distinct values
    for (const finding of chosen) {
      const k = key(finding, text.slice(finding.start, finding.end));
      if (numbers.has(k)) continue;
      const word = WORDS[finding.entity_type];
      distinct.set(word, (distinct.get(word) ?? 0) + 1);
      numbers.set(k, distinct.get(word));
    }

    let out = "";
    let at = 0;
    for (const finding of chosen) {
      const word = WORDS[finding.entity_type];
      const n = numbers.get(key(finding, text.slice(finding.start, finding.end)));
      const numbered = ALWAYS_NUMBERED.has(finding.entity_type) || distinct.get(word) > 1;
      out += text.slice(at, finding.start) + (numbered ? `[${word} ${n}]` : `[${word}]`);
      at = finding.end;
    }
    out += text.slice(at);
    return { text: out, replaced: chosen.length, kept: findings.filter((f) => !canReplace(f)).length };
  }

  const placeholders = { redact, canReplace };
  if (typeof module === "object") module.exports = placeholders;
  else (globalThis.Promptvagt ??= { sites: [] }).placeholders = placeholders;
})();
