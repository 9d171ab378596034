"""Answer from the first second: rules at once, the full spaCy pipeline once it has loaded.

When the browser starts the native host, the first prompt may come before
spaCy and presidio are imported and the Danish pipeline is loaded (seconds on
a busy laptop). A ``ScannerSlot`` loads in the background: first a scanner on
a blank Danish tokenizer (the rules and the name lists: CPR numbers, markers,
listed names), then the full one, which replaces it. Until then ``health``
says ``starting`` and every scan is marked ``rules_only``, so the first
seconds after a browser start are protected, and said to be partly so.

``promptvagt serve`` loads before it listens, as before: a slot that is
``ready`` from the start.
"""

import logging
import threading
from dataclasses import dataclass

log = logging.getLogger(__name__)

#: Longest a request waits for the rules scanner (imports take a few seconds).
RULES_WAIT_S = 30.0
STARTING_REASON = (
    "Sprogmodellen indlæses; indtil da findes navne kun via navnelister og regler. "
    "The language model is loading; until then names are found by lists and rules only."
)


class NotReady(Exception):
    """No scanner could be built in time (the rules scanner failed or is still importing)."""


class ScannerSlot:
    """Stands in for a ``Scanner``: ``scan``, ``pipeline``, ``recognizer_names``, plus ``starting``."""

    starting_reason = STARTING_REASON

    def __init__(self):
        self._scanner = None
        self._full = False
        self._available = threading.Event()
        self.thread = None

    @classmethod
    def ready(cls, scanner) -> "ScannerSlot":
        """Return a slot that holds the full ``scanner`` already."""
        slot = cls()
        slot._set(scanner, full=True)
        return slot

    def load_in_background(self, candidates) -> threading.Thread:
        """Build the rules scanner, then the full one, on a daemon thread; return it."""
        self.thread = threading.Thread(target=self._load, args=(tuple(candidates),), name="scanner-load", daemon=True)
        self.thread.start()
        return self.thread

    def _load(self, candidates) -> None:
        from ..detection.analysis import Scanner
        from ..detection.nlp import load_pipeline

        try:
            self._set(Scanner(load_pipeline(())), full=False)
            pipeline = load_pipeline(candidates)
            self._set(Scanner(pipeline), full=True)
        except Exception as error:  # the rules scanner, if any, keeps guarding
            log.error("Scanner could not be built: %s", type(error).__name__)
            return
        if pipeline.name:
            log.info("spaCy pipeline loaded: %s %s", pipeline.name, pipeline.version)
        else:
            log.warning("Degraded: %s", pipeline.degraded_reason)

    def _set(self, scanner, full: bool) -> None:
        # The scanner first, then the flag: a reader that sees the flag set
        # also sees the full scanner (see scan_with_stage).
        self._scanner = scanner
        self._full = full
        self._available.set()

    @property
    def starting(self) -> bool:
        return not self._full

    def current(self, timeout: float = RULES_WAIT_S):
        """Return the best scanner there is, waiting for the rules scanner if need be."""
        if not self._available.wait(timeout):
            raise NotReady("no scanner yet")
        return self._scanner

    def scan_with_stage(self, text: str):
        """Scan; return (result, ``"starting"`` when only the rules ran, else ``"full"``)."""
        full = self._full
        scanner = self.current()
        # Read after current(): if the full scanner arrived in between, the
        # mark says "starting" for a full scan, never the other way round.
        return scanner.scan(text), ("full" if full else "starting")

    def scan(self, text: str):
        return self.current().scan(text)

    @property
    def pipeline(self):
        # While starting, say so: the rules scanner's blank pipeline would read as "no model installed".
        return self._scanner.pipeline if self._full else LOADING

    @property
    def recognizer_names(self) -> list[str]:
        return self._scanner.recognizer_names if self._available.is_set() else []


@dataclass(frozen=True)
class _Loading:
    """What ``pipeline`` says until the full pipeline is in (without importing spaCy)."""

    nlp: None = None
    name: None = None
    version: None = None
    degraded_reason: str = STARTING_REASON


LOADING = _Loading()


def scan_with_stage(scanner, text: str):
    """Scan with a ``ScannerSlot`` or a plain ``Scanner``; return (result, stage)."""
    if isinstance(scanner, ScannerSlot):
        return scanner.scan_with_stage(text)
    return scanner.scan(text), "full"
