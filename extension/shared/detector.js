// Built-in detector for when the companion cannot answer: CPR numbers with
// date and century validation, the same rules as companion/recognizers/dk_cpr_recognizer.py.
// Pure functions, so node's test runner can load this file as it is.
(() => {
  const CPR = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d{2})[-\u2010-\u2013./ \t\u00a0]?(\d{4})(?!\d)/g;
  const NEGATIVE_CUES = /(faktura|ordre|kunde|p-?n(?:r|ummer)|bilag|sags|journal|tlf|telefon|mobil|vare|konto|ean|cvr)\S*\W*$/i;

  function birthYear(yy, seventh) {
    if (seventh <= 3) return 1900 + yy;
    if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
    return (yy <= 57 ? 2000 : 1800) + yy;
  }

  function isBirthDate(day, month, year) {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCDate() === day && date.getUTCMonth() === month - 1 && date <= new Date();
  }

  function findCprNumbers(text) {
    const findings = [];
    for (const match of text.matchAll(CPR)) {
      const [, dd, mm, yy, serial] = match;
      const year = birthYear(Number(yy), Number(serial[0]));
      if (!isBirthDate(Number(dd), Number(mm), year)) continue;
      const before = text.slice(Math.max(0, match.index - 30), match.index);
      if (NEGATIVE_CUES.test(before)) continue;
      findings.push({
        entity_type: "DK_CPR",
        start: match.index,
        end: match.index + match[0].length,
        score: 0.6,
        severity: "block",
        masked: `${dd}${mm}XX-XXXX`,
      });
    }
    return findings;
  }

  const detector = { findCprNumbers };
  if (typeof module === "object") module.exports = detector;
  else (globalThis.Promptvagt ??= { sites: [] }).detector = detector;
})();
