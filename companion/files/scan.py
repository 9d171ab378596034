"""Scan a file's text for the guard: the same scanner as a prompt, in pieces, within a time budget.

The reply says what was found (kind, severity, masked preview, message: for
the banner only) and how much of the file was read, so the extension can
hold a file it could not fully read instead of waving it through. Offsets are
left out: they point into text the page never shows.
"""

from __future__ import annotations

import functools
import time

import regex

from . import extract as extraction

#: Time for reading and scanning one file in full (names too). What is left then is swept
#: for CPR numbers and confidentiality markers only, and the file is reported ``partial``.
FILE_SECONDS = 3.0
#: Reading the text has its own limit (a slow PDF must not eat the scan's time).
EXTRACT_SECONDS = 5.0
#: The sweep's own limit; it also stops at the first finding that blocks (the verdict cannot get worse).
SWEEP_SECONDS = 2.0
#: Text around a CPR-shaped number or a marker that the sweep scans with the full scanner.
SWEEP_WINDOW = 300
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

    :param seconds: time for reading and the full scan; then the rest is swept (``SWEEP_SECONDS``).

    :param scan: ``scan(text) -> (ScanResult, stage)``; stage ``"starting"`` means only the rules ran.
    """
    started = time.monotonic()
    extracted = extraction.extract(data, name, seconds=EXTRACT_SECONDS)
    text = extracted.text
    deadline = started + seconds  # reading counts: the user waits for both
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
    # Out of time: a CPR number or a marker further on must still stop the file. The sweep's time starts
    # once the windows are found, so a slow machine spends it scanning them, not finding them.
    windows = list(_sweep_windows(text, scanned))
    sweep_deadline = time.monotonic() + SWEEP_SECONDS
    for window in windows:
        if any(f.severity == "block" for f in findings) or time.monotonic() > sweep_deadline:
            break
        findings.extend(scan(window)[0].findings)
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


@functools.lru_cache(maxsize=1)
def _sweep_patterns():
    from ..detection.recognizers.dk_confidential_marker_recognizer import DkConfidentialMarkerRecognizer
    from ..detection.recognizers.dk_cpr_recognizer import DkCprRecognizer

    # The recognizers' own patterns, with presidio's engine (``regex``: look-behinds of any width) and its
    # flags: the sweep misses nothing they would match.
    # Compiled once per process: the marker grammar takes about a second to compile.
    flags = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
    return tuple(regex.compile(p.regex, flags) for cls in (DkCprRecognizer, DkConfidentialMarkerRecognizer) for p in cls.PATTERNS)


def _sweep_windows(text: str, start: int):
    """Yield the text around each CPR-shaped number or marker after ``start``, overlapping windows merged."""
    if start >= len(text):
        return
    spans = sorted(
        (max(start, m.start() - SWEEP_WINDOW), min(len(text), m.end() + SWEEP_WINDOW))
        for pattern in _sweep_patterns()
        for m in pattern.finditer(text, start)
    )
    merged = []
    for begin, end in spans:
        if merged and begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([begin, end])
    for begin, end in merged:
        yield text[begin:end]


def _distinct(findings):
    """One listing per (kind, masked preview), most severe first: a CPR number on every page is one line."""
    seen, kept = set(), []
    for finding in sorted(findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 3)):
        key = (finding.entity_type, finding.masked)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept
