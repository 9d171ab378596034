// Built-in detector for when the companion cannot answer: CPR numbers with
// date and century validation (the same rules as
// companion/detection/recognizers/dk_cpr_recognizer.py) and the confidentiality markers
// of KL's guide. Deliberately small: it only has to stop the worst cases.
// Pure functions, so node's test runner can load this file as it is.
(() => {
  // A stamp in a file name ("scan_241126-1030.pdf") is not a CPR number.
  const CPR = /(?<![\d_])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d{2})(?:[ \t\u00a0]*[-\u2010-\u2013][ \t\u00a0]*|[./ \t\u00a0])?(\d{4})(?!\d)(?!\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|jpe?g|png|heic|msg|eml|zip)\b)/g;
  const NEGATIVE_CUES = /(faktura|ordre|kunde|p-?n(?:r|ummer)|bilag|sags|journal|tlf|telefon|mobil|vare|konto|ean|cvr|kode|gavekort|kortnummer|booking|billet|pakke)\S*\W*$/i;

  // Markers that label a whole document as not for the public. "FORTROLIGT"
  // only in capitals: "fortroligt" in running text is ordinary Danish
  // ("vi behandler det fortroligt"), the stamp is written in capitals.
  const MARKERS = [
    /(?<![\p{L}\d])FORTROLIG[T]?(?![\p{L}\d])/gu,
    /(?<![\p{L}\d])til tjenestebrug(?![\p{L}\d])/giu,
    /(?<![\p{L}\d])må ikke videregives(?![\p{L}\d])/giu,
    /(?<![\p{L}\d])under embargo(?![\p{L}\d])/giu,
    /(?<![\p{L}\d])lukket punkt(?![\p{L}\d])/giu,
  ];

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

  function findMarkers(text) {
    const findings = [];
    for (const pattern of MARKERS) {
      for (const match of text.matchAll(pattern)) {
        findings.push({
          entity_type: "CONFIDENTIAL_MARKER",
          start: match.index,
          end: match.index + match[0].length,
          score: 0.8,
          severity: "block",
          // The marker is a label, not personal data, so it may be shown as written.
          masked: match[0].replace(/\s+/g, " "),
        });
      }
    }
    return findings;
  }

  // Every finding, in text order: what the guard uses instead of the companion.
  function scan(text) {
    return [...findCprNumbers(text), ...findMarkers(text)].sort((a, b) => a.start - b.start);
  }

  const detector = { findCprNumbers, findMarkers, scan };
  if (typeof module === "object") module.exports = detector;
  else (globalThis.Promptvagt ??= { sites: [] }).detector = detector;
})();
