"""Validate the labelled evaluation corpus (eval/corpus.jsonl).

Usage:
    python eval/check_corpus.py [path/to/corpus.jsonl]

Checks every line and prints counts per domain and per entity type. Exits
with code 1 and a list of problems if anything is wrong; warnings are printed
but do not fail the run.

The corpus files are the source: edit them directly, or add cases written in
markup with eval/markup.py. Check digits and the CPR century rule come from
companion/detection/checksums.py, the code the recognizers use.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from companion.detection.checksums import cpr_birth_date, cpr_passes_mod11, cvr_valid, iban_valid

DEFAULT_PATH = Path(__file__).resolve().parent / "corpus.jsonl"

DOMAINS = (
    "casework", "hr", "school", "eldercare", "council", "press", "clean", "hard_negative",
)
ENTITY_TYPES = (
    "DK_CPR", "PERSON", "CONFIDENTIAL_MARKER", "EMAIL_ADDRESS", "PHONE_NUMBER",
    "DK_ADDRESS", "IBAN_CODE", "DK_BANK_ACCOUNT", "HEALTH_DATA", "DK_CVR",
)

MIN_CASES = 180
MIN_PER_DOMAIN = 15
MIN_DOMAIN = {"clean": 30, "hard_negative": 30}
# Minimum number of cases that contain at least one span of the type.
MIN_CASES_WITH = {
    "DK_CPR": 45, "PERSON": 60, "CONFIDENTIAL_MARKER": 30, "HEALTH_DATA": 25,
    "EMAIL_ADDRESS": 12, "PHONE_NUMBER": 12, "DK_ADDRESS": 12,
    "IBAN_CODE": 2, "DK_BANK_ACCOUNT": 2, "DK_CVR": 2,
}

CASE_KEYS = {"id", "domain", "text", "spans"}
OPTIONAL_CASE_KEYS = {"note"}
SPAN_KEYS = {"entity_type", "start", "end", "text"}

# Separators accepted inside a CPR span (the brief's hyphen, space, dot, slash,
# tab, plus the en dash and no-break space that Word produces).
CPR_RE = re.compile(r"^(\d{2})(\d{2})(\d{2})(?:[ \u00a0]*[-\u2013][ \u00a0]*|[ ./\t\u00a0])?(\d)(\d{3})$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
EMAIL_SEARCH_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"^(\+45|0045)?[ \u00a0]?(\d[ \u00a0]?){7}\d$")
BANK_RE = re.compile(
    r"^\d{4}(?:[ \u00a0]*[-/][ \u00a0]*|[ \u00a0]+(?:(?:konto|kontonr|kto|kontonummer)\.?:?[ \u00a0]+)?)\d{6,10}$",
    re.IGNORECASE,
)
# Unlabelled CPR look-alikes outside hard_negative cases are worth a look.
CPR_LIKE_RE = re.compile(r"(?<![\d])(\d{6})[-\u2013 ./\t\u00a0]?(\d{4})(?![\d])")
# Cue words that must not be inside a PERSON span (the rule: cue outside).
PERSON_CUES = (
    "fru ", "hr. ", "hr ", "borgeren ", "barnet ", "sønnen ", "datteren ", "medarbejderen ",
    "min kollega ", "kollega ", "eleven ", "mor ", "far ", "borgmester ",
)


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "").replace("\u00a0", "").upper()
    return bool(re.fullmatch(r"DK\d{16}", compact)) and iban_valid(compact)


def check_span_value(etype: str, value: str) -> str | None:
    """Return a problem description if the span text does not fit its type."""
    if etype == "DK_CPR":
        m = CPR_RE.match(value)
        if not m:
            return f"CPR span {value!r} is not DDMMYY[sep]SSSS"
        digits = re.sub(r"\D", "", value)
        if cpr_birth_date(digits) is None:
            return f"CPR span {value!r} has no valid birth date under the century rule"
    elif etype == "DK_CVR":
        if not cvr_valid(value):
            return f"CVR span {value!r} is not 8 digits passing modulus 11"
    elif etype == "IBAN_CODE":
        if not iban_ok(value):
            return f"IBAN span {value!r} is not a Danish IBAN with valid check digits"
    elif etype == "EMAIL_ADDRESS":
        if not EMAIL_RE.match(value):
            return f"email span {value!r} does not look like an email address"
    elif etype == "PHONE_NUMBER":
        if not PHONE_RE.match(value):
            return f"phone span {value!r} is not a Danish 8-digit number (optional +45/0045)"
    elif etype == "DK_BANK_ACCOUNT":
        if not BANK_RE.match(value):
            return f"bank account span {value!r} is not reg. no. (4 digits) through account no."
    elif etype == "DK_ADDRESS":
        if not re.search(r"[A-Za-zÆØÅæøå]{2,}.*\d", value):
            return f"address span {value!r} has no street name followed by a number"
    elif etype == "PERSON":
        low = value.lower()
        for cue in PERSON_CUES:
            if low.startswith(cue):
                return f"PERSON span {value!r} includes the cue word {cue.strip()!r}"
    return None


def check(path: Path) -> tuple[list[str], list[str], dict]:
    errors: list[str] = []
    warnings: list[str] = []
    seen_ids: set[str] = set()
    cases = []

    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [f"cannot read {path}: {exc}"], [], {}
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"{path} is not UTF-8: {exc}"], [], {}

    for lineno, line in enumerate(content.split("\n"), start=1):
        if line == "":
            continue
        where = f"line {lineno}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not valid JSON ({exc})")
            continue
        if not isinstance(case, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        keys = set(case)
        if not CASE_KEYS <= keys:
            errors.append(f"{where}: missing keys {sorted(CASE_KEYS - keys)}")
            continue
        if keys - CASE_KEYS - OPTIONAL_CASE_KEYS:
            errors.append(f"{where}: unknown keys {sorted(keys - CASE_KEYS - OPTIONAL_CASE_KEYS)}")
        cid = case["id"]
        if not isinstance(cid, str) or not cid:
            errors.append(f"{where}: id must be a non-empty string")
            continue
        where = f"line {lineno} ({cid})"
        if cid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(cid)
        if case["domain"] not in DOMAINS:
            errors.append(f"{where}: unknown domain {case['domain']!r}")
        text = case["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: text must be a non-empty string")
            continue
        if "[[" in text or "]]" in text:
            errors.append(f"{where}: text still contains build markup '[[...]]'")
        if "note" in case and not isinstance(case["note"], str):
            errors.append(f"{where}: note must be a string")
        spans = case["spans"]
        if not isinstance(spans, list):
            errors.append(f"{where}: spans must be a list")
            continue
        good_spans = []
        for i, span in enumerate(spans):
            sw = f"{where} span {i}"
            if not isinstance(span, dict) or set(span) != SPAN_KEYS:
                errors.append(f"{sw}: span must have exactly the keys {sorted(SPAN_KEYS)}")
                continue
            etype, start, end, stext = span["entity_type"], span["start"], span["end"], span["text"]
            if etype not in ENTITY_TYPES:
                errors.append(f"{sw}: unknown entity_type {etype!r}")
                continue
            if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
                errors.append(f"{sw}: start and end must be integers")
                continue
            if not (0 <= start < end <= len(text)):
                errors.append(f"{sw}: offsets {start}..{end} outside text of length {len(text)}")
                continue
            if text[start:end] != stext:
                errors.append(f"{sw}: text[{start}:{end}] is {text[start:end]!r}, span says {stext!r}")
                continue
            if stext != stext.strip():
                errors.append(f"{sw}: span {stext!r} has leading or trailing whitespace")
            problem = check_span_value(etype, stext)
            if problem:
                errors.append(f"{sw}: {problem}")
            good_spans.append(span)
        # Overlaps: same type is an error, different types a warning.
        ordered = sorted(good_spans, key=lambda s: (s["start"], s["end"]))
        for a_i, a in enumerate(ordered):
            for b in ordered[a_i + 1:]:
                if b["start"] >= a["end"]:
                    break
                msg = f"{where}: spans {a['text']!r} ({a['entity_type']}) and {b['text']!r} ({b['entity_type']}) overlap"
                (errors if a["entity_type"] == b["entity_type"] else warnings).append(msg)
        if [(s["start"], s["end"]) for s in good_spans] != [(s["start"], s["end"]) for s in ordered]:
            warnings.append(f"{where}: spans are not sorted by offset")
        if case["domain"] == "clean" and spans:
            errors.append(f"{where}: a 'clean' case must have no spans")

        # Lint: things that look like entities but are not labelled.
        covered = [(s["start"], s["end"]) for s in good_spans]

        def is_covered(a: int, b: int) -> bool:
            return any(s <= a and b <= e for s, e in covered)

        for m in EMAIL_SEARCH_RE.finditer(text):
            if not is_covered(m.start(), m.end()):
                errors.append(f"{where}: email address {m.group()!r} is not labelled")
        if case["domain"] != "hard_negative":
            for m in CPR_LIKE_RE.finditer(text):
                if cpr_birth_date(m.group(1) + m.group(2)) and not is_covered(m.start(), m.end()):
                    warnings.append(f"{where}: unlabelled CPR look-alike {m.group()!r}")
        cases.append(case)

    stats = summarise(cases)
    if len(cases) < MIN_CASES:
        errors.append(f"corpus has {len(cases)} cases, needs at least {MIN_CASES}")
    for domain in DOMAINS:
        need = MIN_DOMAIN.get(domain, MIN_PER_DOMAIN)
        have = stats["domains"].get(domain, 0)
        if have < need:
            errors.append(f"domain {domain!r} has {have} cases, needs at least {need}")
    for etype, need in MIN_CASES_WITH.items():
        have = stats["cases_with"].get(etype, 0)
        if have < need:
            errors.append(f"{have} cases contain {etype}, need at least {need}")
    return errors, warnings, stats


def summarise(cases: list[dict]) -> dict:
    domains = Counter(c["domain"] for c in cases)
    spans_per_type: Counter = Counter()
    cases_with: Counter = Counter()
    cpr_mod11_pass = cpr_mod11_fail = 0
    cpr_separators: Counter = Counter()
    no_span_cases = 0
    for c in cases:
        types = set()
        for s in c["spans"]:
            if not isinstance(s, dict) or s.get("entity_type") not in ENTITY_TYPES:
                continue
            spans_per_type[s["entity_type"]] += 1
            types.add(s["entity_type"])
            if s["entity_type"] == "DK_CPR":
                digits = re.sub(r"\D", "", s["text"])
                if len(digits) == 10:
                    if cpr_passes_mod11(digits):
                        cpr_mod11_pass += 1
                    else:
                        cpr_mod11_fail += 1
                sep = s["text"][6] if len(s["text"]) == 11 else ""
                cpr_separators[{"": "none", "\t": "tab", " ": "space", "\u00a0": "no-break space",
                                "\u2013": "en dash"}.get(sep, sep)] += 1
        for t in types:
            cases_with[t] += 1
        if not c["spans"]:
            no_span_cases += 1
    return {
        "total": len(cases),
        "domains": domains,
        "spans_per_type": spans_per_type,
        "cases_with": cases_with,
        "cpr_mod11_pass": cpr_mod11_pass,
        "cpr_mod11_fail": cpr_mod11_fail,
        "cpr_separators": cpr_separators,
        "no_span_cases": no_span_cases,
    }


def print_stats(stats: dict) -> None:
    print(f"cases: {stats['total']} ({stats['no_span_cases']} without spans)")
    print("per domain:")
    for domain in DOMAINS:
        print(f"  {domain:<20} {stats['domains'].get(domain, 0):>4}")
    print("per entity type:          spans  cases")
    for etype in ENTITY_TYPES:
        print(f"  {etype:<20} {stats['spans_per_type'].get(etype, 0):>9} {stats['cases_with'].get(etype, 0):>6}")
    print(f"DK_CPR modulus 11: {stats['cpr_mod11_pass']} pass, {stats['cpr_mod11_fail']} fail")
    seps = ", ".join(f"{k} {v}" for k, v in sorted(stats["cpr_separators"].items()))
    print(f"DK_CPR separators: {seps}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT_PATH
    errors, warnings, stats = check(path)
    if stats:
        print_stats(stats)
    for w in warnings:
        print(f"WARNING: {w}")
    if errors:
        print(f"\n{len(errors)} problem(s) in {path}:", file=sys.stderr)
        for e in errors:
            print(f"  - {e}", file=sys.stderr)
        return 1
    print(f"OK: {path} passed all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
