// Built-in detector for when the companion cannot answer: CPR numbers with
// date and century validation (the same rules as
// companion/detection/recognizers/dk_cpr_recognizer.py) and the confidentiality markers
// of KL's guide. Deliberately small: it only has to stop the worst cases.
// Pure functions, so node's test runner can load this file as it is.
(() => {
  const DAY = "(?<dd>0[1-9]|[12]\\d|3[01])";
  const MONTH = "(?<mm>0[1-9]|1[0-2])";
  const YEAR = "(?<century>18|19|20)?(?<yy>\\d{2})";
  const SERIAL = "(?<serial>\\d{4})(?!\\d)";
  const SPACE = "[ \\t\\u00a0\\u2007\\u2009\\u202f]";
  // Hyphen, the Unicode hyphens and dashes, the minus sign; spaces may stand around it.
  const DASH = `${SPACE}*[-\\u2010-\\u2015\\u2212]${SPACE}*`;
  // A stamp in a file name ("scan_241126-1030.pdf") is not a CPR number.
  const NOT_A_FILE_NAME = "(?!\\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|jpe?g|png|heic|msg|eml|zip)\\b)";
  const CPR_FORMS = [
    // ddmmyy, a separator or none, the serial: always a candidate
    { pattern: new RegExp(`(?<![\\d_])(?<!\\d-)${DAY}${MONTH}(?<yy>\\d{2})(?:${DASH}|[./]|${SPACE}{1,3})?${SERIAL}${NOT_A_FILE_NAME}`, "g"), needs: "nothing" },
    // the birth date written as a date, then a dash: a date and a time look the same, so modulus 11 or a cue
    { pattern: new RegExp(`(?<![\\d_.])${DAY}(?<sep>[-./])${MONTH}\\k<sep>${YEAR}${DASH}${SERIAL}${NOT_A_FILE_NAME}`, "g"), needs: "mod11 or cue" },
    // a four-digit year and no separators in the date: as the form above
    { pattern: new RegExp(`(?<![\\d_.])${DAY}${MONTH}(?<century>18|19|20)(?<yy>\\d{2})${DASH}${SERIAL}${NOT_A_FILE_NAME}`, "g"), needs: "mod11 or cue" },
    // a date with spaces and the serial after a space: only after a cue
    { pattern: new RegExp(`(?<![\\d_.])${DAY} ${MONTH} ${YEAR} ${SERIAL}`, "g"), needs: "cue" },
  ];
  const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  // Cue words, as the companion's (dk_cpr_recognizer.py CONTEXT, NEGATIVE_CONTEXT) and
  // read the same way (context_words.py): whole words on the number's own line,
  // nearest first; a cue of four or more letters also matches the start of a
  // longer word (personnummer -> personnummeret), never a word's middle or a
  // stem: "Journal: 010190-1234" is a patient's record, "Journalnr." is not.
  // Kept in step by tests/vectors/cpr.json, which both detectors must pass.
  const CUES = ["cpr", "cpr-nr", "cpr.nr", "cprnr", "cpr-nummer", "personnummer", "personnr", "person-nr",
    "pers.nr", "persnr", "pers-nr", "født", "fødselsdato", "fødselsdag", "personennummer", "geboren", "geb",
    "fødselsnummer", "fødselsnr", "fødsels-nr"];
  const NEGATIVE_CUES = [
    "faktura", "fakturanummer", "fakturanr", "ordre", "ordrenummer", "ordrenr", "kvittering", "kvitteringsnummer", "kvitteringsnr",
    "kundenummer", "kundenr", "p-nr", "p-nummer", "pnr", "bilag", "bilagsnummer",
    "bilagsnr", "sagsnummer", "sagsnr", "journalnummer", "journalnr", "varenummer", "varenr",
    "konto", "kontonummer", "reg", "reg.nr", "regnr", "reg-nr", "ean", "ean-nummer", "cvr", "se-nr",
    "serienummer", "serienumre", "serienr", "lotnummer", "lot-nummer", "lotnr", "lot-nr", "batchnummer", "batchnr", "batch-nr", "kode", "pinkode", "stregkode", "gavekort", "kortnummer", "bookingnummer", "billetnummer",
    "pakkenummer", "forsendelsesnummer", "tracking", "code", "voucher", "invoice", "order",
    "kunde-id", "kundeid", "kreditnota", "arbejdsordre",
    "bookingnr", "booking-nr", "betalings-id", "betalingsid", "lodder", "lodderne", "vinderlodder", "vinderlodderne", "lodnummer", "lodnumre", "lodnr",
    "skadenummer", "skadesnummer", "skadenr", "skadesnr", "prøvenummer", "prøvenr", "prøve-id",
    "tidspunkt", "hændelsestidspunkt", "tidsstempel", "timestamp", "booking-reference", "bookingreference",
  ];
  // Negative only as the number's own label, right before it: a Danish phone
  // number has eight digits, so a phone word further back is about something else.
  const PHONE_LABELS = ["tlf", "telefon", "mobil", "mobilnummer", "telefonnummer", "fax"];
  // A call, as a whole word only: "Ringsted" is a town and a surname.
  const CALL_WORD = "ring";
  // Other numbers' labels that are everyday words too, so only right before the
  // number: "Booking 101226-0930", not "Batch job failed for debtor 051162-1372".
  const ADJACENT_LABELS = ["job", "ticket", "booking", "reservation", "ref", "lot", "batch"];
  // A recalled batch's label anywhere earlier in the number's sentence, also far
  // back: "Lot-nummeret på de dialyseposer, der er tilbagekaldt, er 120385-2231".
  const BATCH_LABELS = ["lot-nummer", "lotnummer", "vareparti", "partinummer", "batchnummer"];
  // A code of letters joined to the number by a hyphen names a system's id: "INC-2611201234", "K-071142-1180".
  const CODE_BEFORE = /(?<![\p{L}\d_-])(\p{L}{1,6})-$/u;
  // A bank account: its four-digit registration number after "reg.", then the account number.
  const ACCOUNT_BEFORE = /\breg(?:\.|istrerings)?[ \t]*(?:nr\.?)?[ \t]*:?[ \t]*\d{4}[ \t]*[-.]?[ \t]*$/iu;
  // … or its four digits alone, then ten digits with nothing between them: "Bank: 9877 0701225530".
  const REG_NUMBER_BEFORE = /(?<![\d.,-])\d{4}[ \t]$/u;
  const TEN_DIGITS = /^\d{10}(?!\d)/u;
  const WORD = /[\p{L}\p{N}_][\p{L}\p{N}_.-]*/gu;
  const CUE_WORDS = 5;
  const CUE_REACH = 60;

  // Up to five lower-case words before `start` on the same line, nearest last.
  function wordsBefore(text, start, reach = CUE_REACH, count = CUE_WORDS) {
    const window = text.slice(Math.max(0, start - reach), start).split("\n").pop();
    return (window.match(WORD) ?? []).map((word) => word.replace(/[.:]+$/, "").toLowerCase()).slice(-count);
  }

  // How many words back the nearest cue stands (0: adjacent), or -1.
  function nearestCue(words, cues) {
    const reversed = [...words].reverse();
    return reversed.findIndex((word) => cues.includes(word) || cues.some((cue) => cue.length >= 4 && word.startsWith(cue)));
  }

  // A label for some other number right before it, with no cue: "Målernr.", "inventarnummer".
  const OTHER_NUMBER_LABEL = /^.{2,}(?:nr|nummer|-id)$/u;
  // ... or a word for a number after another word: "booking nr. 140726-2031" (not "har nr", "hans nr").
  const NUMBER_WORDS = ["nr", "nummer"];
  const NOT_LABELS = ["hans", "hendes", "deres", "sine", "mine", "dine", "vores", "jeres", "ikke", "også", "eller", "efter",
    "under", "over", "være", "have",
    // which of someone's numbers, not what kind: "rigtige nummer: 020986 3758" (the companion's _WHICH_NUMBER)
    "rigtige", "korrekte", "forkerte", "nye", "gamle", "samme", "fulde", "hele", "første", "sidste",
    // short words that are no labels: "har nr", "min nr.", "det nummer" (the companion's FUNCTION_WORDS; a label of
    // three letters is one: "Tur nr. 2311260745")
    ..."alt bag bør dem den der det dig din dit dog end ene ens for fra før god gør ham han har hel hen her hun ind jeg jer kan kom kun lad lav man med men mig min mit ned nok nyt nær ses sig sin sit som til tit var ved via vil vær the and our his her new old any".split(" ")];
  // Words that begin so speak of CPR numbers (the companion's _CPR_STEMS): never another number's label.
  const CPR_STEMS = ["cpr", "person", "fødsel"];
  function labelledAnotherNumber(words) {
    if (words.length < 2 || !NUMBER_WORDS.includes(words[words.length - 1])) return false;
    const label = words[words.length - 2];
    return label.length > 2 && /^\p{L}+$/u.test(label) && !NOT_LABELS.includes(label)
      && !CPR_STEMS.some((stem) => label.startsWith(stem));
  }
  // A person's full name right before the number, then a comma, a colon or a bracket: "konto for Omar Farah,
  // 121188-1778", "nævnt i bilag: Gunnar Riis (090637-1138)" (the number is the person's; a label further back names
  // something else).
  // The name may stand one field further back: "Gülşen Yıldırım, fakturakontrol, 110681-2302".
  const FULL_NAME_BEFORE = /\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+[ \t]*(?:,[ \t]*\p{L}[^,:\n\d]{0,30})?[ \t]*(?:[,:]|\()[ \t]*$/u;
  // A line's label before its colon, headed by a CPR word: "CPR (bruges i stedet for CVR): 271083-2938"
  // (the companion's _cpr_heads_the_label).
  const LINE_LABEL = /^[ \t*-]*(\p{L}[\p{L}\p{N}_.-]*)[^\n:]{0,60}:[ \t]*$/u;
  function cprHeadsLabel(text, start) {
    const label = LINE_LABEL.exec(text.slice(text.lastIndexOf("\n", start - 1) + 1, start));
    return label !== null && CPR_STEMS.some((stem) => label[1].toLowerCase().startsWith(stem));
  }

  // The words after the last number of four digits or more but not ten: a label
  // before that number is its own ("Sagsnr 2024-0012 vedr. 070761-0913"); a list
  // of numbers like this one keeps its label ("Fakturanr. 0707610913, 0807620123"),
  // and so does a label's own small number ("Måler 1: 1203871145").
  function afterOtherNumbers(words) {
    for (let i = words.length - 1; i >= 0; i--) {
      const digits = words[i].replace(/\D/g, "").length;
      if (digits >= 4 && digits !== 10) return words.slice(i + 1);
    }
    return words;
  }

  // A sentence's end: a word's full stop, then a capitalised word ("… oplyse cpr
  // og konto. Hun har nu sendt: 090198-2066"); not an abbreviation's dot ("Reg. Nr.").
  const SENTENCE_END = /(?<=[\p{L}]{4})[.!?][ \t]+(?=[A-ZÆØÅ][a-zæøå]{2})/gu;
  // The last of `words` (read within `reach` characters) in the number's own
  // sentence: another number's label in a sentence before speaks of that number
  // (the companion's _in_its_sentence).
  function inItsSentence(text, start, words, reach = CUE_REACH) {
    const window = text.slice(Math.max(0, start - reach), start).split("\n").pop();
    const ends = [...window.matchAll(SENTENCE_END)];
    if (!ends.length) return words;
    const last = ends[ends.length - 1];
    const count = (window.slice(last.index + last[0].length).match(WORD) ?? []).length;
    return count ? words.slice(-count) : [];
  }

  // Does a recalled batch's label stand earlier in the number's sentence (BATCH_LABELS)?
  function batchLabelled(text, start) {
    const words = inItsSentence(text, start, wordsBefore(text, start, 120, 20), 120);
    return words.some((word) => BATCH_LABELS.some((label) => word.startsWith(label)));
  }

  // Words that join labels listed before their values: "cpr og konto: …".
  const LIST_JOINS = ["og", "and", "samt", "eller", "or"];
  // A CPR cue placed on the paper another label names: "cpr på fakturaen (…)".
  const PLACED_ON = ["på", "i"];
  const LABELS = [...CUES, ...NEGATIVE_CUES, ...PHONE_LABELS, ...NUMBER_WORDS];
  // The nearer label of another number listed after a CPR cue, only labels and
  // joining words between them ("cpr og konto: 090198-2066, reg 9570 …"): the
  // CPR number's label is in the list (the companion's _labels_listed).
  function labelsListed(words, plus, minus) {
    const between = words.slice(words.length - plus, words.length - 1 - minus);
    return between.every((word) => LIST_JOINS.includes(word) || PLACED_ON.includes(word) || nearestCue([word], LABELS) === 0);
  }

  // Another number's label that the text says is missing labels nothing: "uden
  // sagsnummer, bl.a. på 100263-2590" (the companion's _without_absent_labels).
  const ABSENT_LABEL = /(?<![\p{L}\p{N}_])(?:uden|ingen|intet|manglende|mangler|without|no)\s+([\p{L}\p{N}_.-]+)/giu;
  function withoutAbsentLabels(text, start, words) {
    const window = text.slice(Math.max(0, start - 200), start);
    const absent = new Set([...window.matchAll(ABSENT_LABEL)].map((m) => m[1].replace(/[.:]+$/, "").toLowerCase()));
    return words.map((word) => (absent.has(word) && nearestCue([word], NEGATIVE_CUES) === 0 ? "" : word));
  }

  // A phone label right before the number, or a negative cue nearer than any
  // positive one: a phone, invoice or order number.
  function negativeCue(text, start) {
    const words = withoutAbsentLabels(text, start, wordsBefore(text, start));
    if (nearestCue(words.slice(-1), PHONE_LABELS) === 0 || words[words.length - 1] === CALL_WORD) return true;
    if (nearestCue(words.slice(-1), ADJACENT_LABELS) === 0) return true;
    if (ACCOUNT_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
    if (TEN_DIGITS.test(text.slice(start, start + 11)) && REG_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
    const code = CODE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    if (code && !CPR_STEMS.some((stem) => code[1].toLowerCase().startsWith(stem))) return true;
    if (batchLabelled(text, start) && nearestCue(words, CUES) < 0) return true;
    const nameBefore = FULL_NAME_BEFORE.test(text.slice(Math.max(0, start - CUE_REACH), start));
    const minus = nameBefore ? -1 : nearestCue(inItsSentence(text, start, afterOtherNumbers(words)), NEGATIVE_CUES);
    const plus = nearestCue(words, CUES);
    // with no cue either way, as the companion's _another_kind
    if (minus < 0 && plus < 0 && words.length && (OTHER_NUMBER_LABEL.test(words[words.length - 1]) || labelledAnotherNumber(words))) {
      return true;
    }
    return minus >= 0 && (plus < 0 || (minus < plus && !labelsListed(words, plus, minus))) && !cprHeadsLabel(text, start);
  }

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

  // A time stamp ddmmyy-HHMM within three months of today beside another of
  // the same day, which as CPR numbers would make people 98 or older (a log's
  // "281126-0931 og 281126-0947" in November 2026, a booking's
  // "091226-1300 til 091226-1500"), is a stamp unless a cue says
  // otherwise (dk_cpr_recognizer.py reads_as_recent_stamp). One alone may well be
  // a resident of a care home.
  // dd, mm, yy and serial as the match wrote them; the search through the text last.
  function readsAsRecentStamp(text, dd, mm, yy, serial, year, today = new Date()) {
    const hours = Number(serial.slice(0, 2));
    const minutes = Number(serial.slice(2));
    if (today.getUTCFullYear() - year < 98 || hours > 23 || minutes > 59) return false;
    const stamped = new Date(Date.UTC(2000 + Number(yy), Number(mm) - 1, Number(dd)));
    if (stamped.getUTCDate() !== Number(dd)) return false;
    const days = (today - stamped) / 86_400_000;
    if (Math.abs(days) > 90) return false;
    return new RegExp(`(?<!\\d)${dd}${mm}${yy}\\D{0,3}(?!${serial})\\d{4}(?!\\d)`, "u").test(text);
  }

  function passesMod11(digits) {
    return [...digits].reduce((sum, digit, i) => sum + Number(digit) * MOD11_WEIGHTS[i], 0) % 11 === 0;
  }

  function hasCue(text, start) {
    return nearestCue(wordsBefore(text, start), CUES) >= 0;
  }

  function findCprNumbers(text) {
    const findings = [];
    for (const { pattern, needs } of CPR_FORMS) {
      for (const match of text.matchAll(pattern)) {
        const { dd, mm, century, yy, serial } = match.groups;
        const year = birthYear(Number(yy), Number(serial[0]));
        if (!isBirthDate(Number(dd), Number(mm), year)) continue;
        if (century && Number(century) !== Math.floor(year / 100)) continue; // "01.08.2024-2027" is a period
        if (negativeCue(text, match.index)) continue;
        const cue = hasCue(text, match.index);
        if (!cue && readsAsRecentStamp(text, dd, mm, yy, serial, year)) continue;
        if (needs === "cue" && !cue) continue;
        if (needs === "mod11 or cue" && !cue && !passesMod11(dd + mm + yy + serial)) continue;
        findings.push({
          entity_type: "DK_CPR",
          start: match.index,
          end: match.index + match[0].length,
          score: 0.6,
          severity: "block",
          masked: `${dd}${mm}XX-XXXX`,
        });
      }
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
