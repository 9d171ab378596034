"""Append cases written in readable markup to a corpus file, then check it.

Usage:
    python eval/markup.py eval/corpus.jsonl casework < new-cases.txt

One case per paragraph (cases are separated by a line with only ``---``); a
line starting with ``note:`` at the end of a case becomes its note. Spans are
marked ``[[TYPE:value]]`` with a type or its short alias (CPR, PER, CONF,
MAIL, TLF, ADR, IBAN, KONTO, HELB, CVR); a ``?`` asks for a check digit:

    Borgeren [[PER:Hanne Jensen]], cpr [[CPR:070761-091?]], CVR [[CVR:3817264?]],
    konto [[IBAN:DK?? 5301 0002 7731 45]]

Ids continue the file's numbering per domain (``sag-023``, ``ho-sag-051`` …).
"""

import json
import re
import sys
from pathlib import Path

from companion.detection.checksums import CVR_WEIGHTS, CPR_WEIGHTS, iban_check_digits, mod11_check_digit

ALIASES = {
    "CPR": "DK_CPR", "PER": "PERSON", "CONF": "CONFIDENTIAL_MARKER", "MAIL": "EMAIL_ADDRESS",
    "TLF": "PHONE_NUMBER", "ADR": "DK_ADDRESS", "IBAN": "IBAN_CODE", "KONTO": "DK_BANK_ACCOUNT",
    "HELB": "HEALTH_DATA", "CVR": "DK_CVR",
}
ENTITY_TYPES = set(ALIASES.values())
ID_PREFIX = {
    "casework": "sag", "hr": "hr", "school": "skole", "eldercare": "aeldre", "council": "byraad",
    "press": "presse", "clean": "ren", "hard_negative": "neg",
}
MARKUP_RE = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.DOTALL)


def fill(entity_type: str, value: str) -> str:
    """Replace a ``?`` by the check digit(s) that make the value valid."""
    if "?" not in value:
        return value
    digits = re.sub(r"\D", "", value)
    if entity_type == "DK_CPR" and value.endswith("?") and len(digits) == 9:
        return value[:-1] + mod11_check_digit(digits, CPR_WEIGHTS[:-1])
    if entity_type == "DK_CVR" and re.fullmatch(r"[1-9]\d{6}\?", value):
        return value[:-1] + mod11_check_digit(value[:-1], CVR_WEIGHTS[:-1])
    if entity_type == "IBAN_CODE" and value.startswith("DK??") and len(digits) == 14:
        return "DK" + iban_check_digits("DK", digits) + value[4:]
    raise ValueError(f"cannot fill the check digit of {entity_type} {value!r}")


def parse(marked: str) -> tuple[str, list[dict]]:
    """Turn marked-up text into plain text plus spans with code-point offsets."""
    out, spans, position, last = [], [], 0, 0
    for match in MARKUP_RE.finditer(marked):
        before = marked[last : match.start()]
        out.append(before)
        position += len(before)
        entity_type = ALIASES.get(match.group(1), match.group(1))
        if entity_type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {match.group(1)!r} in {marked[:60]!r}")
        value = fill(entity_type, match.group(2))
        out.append(value)
        spans.append({"entity_type": entity_type, "start": position, "end": position + len(value), "text": value})
        position += len(value)
        last = match.end()
    out.append(marked[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup in {marked[:80]!r}")
    return text, spans


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2 or argv[1] not in ID_PREFIX:
        sys.exit(__doc__)
    path, domain = Path(argv[0]), argv[1]
    existing = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = next((c["id"] for c in existing if c["domain"] == domain), None)
    prefix = sample.rsplit("-", 1)[0] if sample else ID_PREFIX[domain]
    number = sum(1 for c in existing if c["domain"] == domain)
    with path.open("a", encoding="utf-8", newline="\n") as corpus:
        for block in re.split(r"\n---[ \t]*\n", sys.stdin.read().strip()):
            lines = block.strip().splitlines()
            note = lines.pop()[5:].strip() if lines and lines[-1].startswith("note:") else None
            text, spans = parse("\n".join(lines))
            number += 1
            record = {"id": f"{prefix}-{number:03d}", "domain": domain, "text": text, "spans": spans}
            if note:
                record["note"] = note
            corpus.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import check_corpus  # noqa: E402  (sibling script)

    return check_corpus.main([str(path)])


if __name__ == "__main__":
    sys.exit(main())
