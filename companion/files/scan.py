"""Scan a file's text for the guard: the same scanner as a prompt, in pieces, within a time budget.

The reply says what was found (kind, severity, masked preview, message: for
the banner only) and how much of the file was read, so the extension can
hold a file it could not fully read instead of waving it through. Offsets are
left out: they point into text the page never shows.
"""

from __future__ import annotations

import time

from . import extract as extraction

#: Time for reading and scanning one file; the rest is reported as not scanned (``partial``).
FILE_SECONDS = 8.0
#: The scanner's pieces: paragraphs are kept whole up to this size.
PIECE_CHARS = 50_000
#: Findings listed in a reply; the banner shows eight. ``total_findings`` counts all.
MAX_LISTED = 50
SEVERITY_ORDER = {"block": 0, "warn": 1, "info": 2}


def pieces(text: str, size: int = PIECE_CHARS):
    """Yield (offset, piece) with pieces of at most ``size`` characters, cut at line ends where possible."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut > 0 else end
        yield start, text[start:end]
        start = end


def scan_file(data: bytes, name: str, scan, seconds: float = FILE_SECONDS) -> dict:
    """Read and scan a file; return the reply body of ``scan file``.

    :param scan: ``scan(text) -> (ScanResult, stage)``; stage ``"starting"`` means only the rules ran.
    """
    started = time.monotonic()
    deadline = started + seconds
    extracted = extraction.extract(data, name, seconds=seconds)
    text = extracted.text
    findings, scanned, rules_only = [], 0, False
    for _, piece in pieces(text):
        if time.monotonic() > deadline:
            extracted.status = "partial"
            extracted.notes.append("time")
            break
        result, stage = scan(piece)
        rules_only = rules_only or stage == "starting"
        findings.extend(result.findings)
        scanned += len(piece)
    listed = _distinct(findings)
    verdict = "block" if any(f.severity == "block" for f in findings) else "warn" if any(
        f.severity == "warn" for f in findings) else "ok"  # fmt: skip
    reply = {
        "verdict": verdict,
        "findings": [
            {"entity_type": f.entity_type, "severity": f.severity, "score": round(f.score, 2), "masked": f.masked,
             "message": f.message}  # fmt: skip
            for f in listed[:MAX_LISTED]
        ],
        "total_findings": len(findings),
        "file": {
            "kind": extracted.kind,
            "status": extracted.status,
            "pages": extracted.pages,
            "chars": len(text),
            "scanned_chars": scanned,
            "limits": sorted(set(extracted.notes)),
        },
        "elapsed_ms": round((time.monotonic() - started) * 1000, 2),
    }
    if rules_only:
        reply["rules_only"] = True
    return reply


def _distinct(findings):
    """One listing per (kind, masked preview), most severe first: a CPR number on every page is one line."""
    seen, kept = set(), []
    for finding in sorted(findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 3)):
        key = (finding.entity_type, finding.masked)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept
