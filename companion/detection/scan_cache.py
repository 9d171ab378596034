"""Scan long texts paragraph by paragraph, and remember paragraphs already scanned.

As the user types, the extension rescans the whole draft after every pause. A
long draft (a pasted case note of 100,000 characters) then costs a full
spaCy pass each time, although only one paragraph changed. So a long text is
cut into chunks of about ``TARGET_CHARS`` at paragraph (else line) breaks;
each chunk is analysed on its own and its results are kept in a small LRU
cache, keyed by a digest of the chunk's text. A rescan after an edit analyses
only the chunks that changed; the new chunks of a text are analysed on
``WORKERS`` threads.

Chunk boundaries depend only on the paragraphs themselves (a paragraph ends a
chunk when its own checksum says so, roughly in proportion to its length), not
on their position in the text, so an edit near the top does not move every
later boundary and empty the cache.

A text of one chunk (most prompts) is analysed on the calling thread. Running
the regex recognizers on a second thread during the spaCy pass (which releases
the GIL only in its matrix code) once paid; with today's pipeline and marker
grammar it made 1,000 characters slower at p95 (27.3 against 25.9 ms, 300
prompts taking turns), so it went.

What must see the whole text still does: ``analysis`` runs ``_relate``,
``_escalate`` and the overlap rules over the merged results, and
``_repeat_names_across_chunks`` below gives a name's parts the same reach they
have in one text ("Hanne Hekmatyar" in one paragraph makes a later "Hekmatyar"
a name). Chunks end at line breaks, where the recognizers' own context
(words before a number, a marker's sentence) stops anyway; only the spaCy
pipeline and presidio's context window (a few tokens) lose the words across a
paragraph break. A text of at most ``SINGLE_CHUNK_CHARS`` is one chunk, so
ordinary prompts are analysed exactly as before.

Privacy: the cache keys are digests and the values are entity types, offsets
and scores, never text; it lives in this process's memory only, is bounded,
and is never logged or written anywhere.
"""

from __future__ import annotations

import copy
import hashlib
import re
import threading
import zlib
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from .recognizers.dk_person_recognizer import DkPersonRecognizer

#: Texts up to this length are one chunk: most prompts, analysed exactly as before.
SINGLE_CHUNK_CHARS = 4_000
#: The usual size of a chunk of a longer text.
TARGET_CHARS = 2_000
#: A chunk ends before it would grow past this; a paragraph longer than it is cut at lines, sentences, spaces.
MAX_CHARS = 4_000
#: A paragraph ends a chunk only once the chunk has this much text (avoids many tiny chunks).
MIN_CHARS = 600
#: Chunks remembered; 256 chunks of about 2,000 characters cover several long drafts.
CACHE_ENTRIES = 256
#: Threads that analyse the new chunks of one long text. The spaCy pipeline
#: releases the GIL in its matrix code, so two threads use both cores of a laptop.
WORKERS = 2
#: Chunks per spaCy batch in a thread: fewer calls, while the arrays stay small
#: enough not to raise the process's resident memory (8 added some 50 MB).
BATCH = 4

# Where a too-long piece may be cut, best first. The separator stays with the
# piece before it, so the pieces always add up to the text.
_CUTS = [
    re.compile(r"\n[ \t]*\n\s*"),  # blank lines: paragraphs
    re.compile(r"\n\s*"),  # line breaks
    # Sentence ends: not after initials or short cues ("J. P. Hansen", "hr. Holm"),
    # nor before a number ("cpr. 0707…").
    re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[^\W\d_])"),
    # Last resort, for a "sentence" of thousands of characters (a pasted data dump): a space with no digit
    # on either side, so a number keeps its cue word ("cpr 070761 0913").
    re.compile(r"(?<!\d)\s+(?!\d)"),
]


def split_pieces(text: str, level: int = 0) -> list[str]:
    """Cut ``text`` at paragraph breaks, and pieces longer than ``MAX_CHARS`` at finer breaks."""
    if level == len(_CUTS):
        return [text[i : i + MAX_CHARS] for i in range(0, len(text), MAX_CHARS)]
    pieces, start = [], 0
    for match in _CUTS[level].finditer(text):
        if match.end() < len(text):
            pieces.append(text[start : match.end()])
            start = match.end()
    pieces.append(text[start:])
    if level == 0:
        out = []
        for piece in pieces:
            out += [piece] if len(piece) <= MAX_CHARS else split_pieces(piece, level + 1)
        return out
    # Below paragraphs, join the fragments back up to MAX_CHARS so a long
    # paragraph does not become hundreds of one-line chunks.
    out, current = [], ""
    for piece in pieces:
        if len(piece) > MAX_CHARS:
            if current:
                out.append(current)
                current = ""
            out += split_pieces(piece, level + 1)
        elif len(current) + len(piece) > MAX_CHARS:
            out.append(current)
            current = piece
        else:
            current += piece
    if current:
        out.append(current)
    return out


def split_chunks(text: str) -> list[tuple[int, str]]:
    """Return ``(offset, chunk)`` pairs that cover ``text`` in order."""
    if len(text) <= SINGLE_CHUNK_CHARS:
        return [(0, text)]
    chunks, start, current = [], 0, ""
    pieces = split_pieces(text)
    for index, piece in enumerate(pieces):
        current += piece
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        ends_here = len(current) >= MIN_CHARS and zlib.crc32(piece.encode("utf-8", "surrogatepass")) % TARGET_CHARS < len(piece)
        if ends_here or len(current) + len(following) > MAX_CHARS or not following:
            chunks.append((start, current))
            start += len(current)
            current = ""
    return chunks


def _digest(chunk: str) -> bytes:
    return hashlib.blake2b(chunk.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ChunkCache:
    """A bounded, thread-safe LRU map from a chunk's digest to its analysis results."""

    def __init__(self, entries: int = CACHE_ENTRIES):
        self.entries = entries
        self._items: OrderedDict[bytes, list[RecognizerResult]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: bytes):
        with self._lock:
            results = self._items.get(key)
            if results is not None:
                self._items.move_to_end(key)
            return results

    def put(self, key: bytes, results: list[RecognizerResult]) -> None:
        with self._lock:
            self._items[key] = results
            self._items.move_to_end(key)
            while len(self._items) > self.entries:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


class ChunkedAnalyzer:
    """Run a presidio engine per chunk, reuse cached chunks, and merge the results.

    :param engine: the Scanner's ``AnalyzerEngine``.
    :param options: its ``analyze`` arguments besides the text (language, entities, threshold).
    """

    _chunk_pool: ThreadPoolExecutor | None = None  # shared by every analyzer of the process
    _pool_lock = threading.Lock()

    def __init__(self, engine: AnalyzerEngine, entries: int = CACHE_ENTRIES, **options):
        self.engine = engine
        self.options = options
        self.cache = ChunkCache(entries)
        self.analyzed_chunks = 0  # chunks analysed since start (cache misses), for tests and benchmarks

    def analyze(self, text: str) -> list[RecognizerResult]:
        chunks = split_chunks(text)
        keys = [_digest(chunk) for _, chunk in chunks]
        found = [self.cache.get(key) for key in keys]
        missing = [i for i, results in enumerate(found) if results is None]
        for i, results in zip(missing, self._analyze_all([chunks[i][1] for i in missing])):
            self.cache.put(keys[i], results)
            found[i] = results
        self.analyzed_chunks += len(missing)
        merged = []
        for (offset, _), results in zip(chunks, found):
            # Copies: the caller changes scores (analysis._relate), the cache must not see that.
            for result in results:
                shifted = copy.copy(result)
                shifted.start += offset
                shifted.end += offset
                merged.append(shifted)
        if len(chunks) > 1:
            merged = _repeat_names_across_chunks(text, merged)
        return merged

    def _analyze_all(self, texts: list[str]) -> list[list[RecognizerResult]]:
        """Analyse ``texts`` in order: one alone as ever, several on ``WORKERS`` threads."""
        if len(texts) < 2:
            return [self.engine.analyze(text=text, **self.options) for text in texts]
        # Interleaved shares balance the threads; spaCy's batches (nlp.pipe) save
        # per-call work and give the same result per text as one call each.
        shares = [texts[i::WORKERS] for i in range(WORKERS)]
        results: list = [None] * len(texts)
        for i, share in enumerate(self._pool().map(self._analyze_share, shares)):
            results[i::WORKERS] = share
        return results

    def _analyze_share(self, texts: list[str]) -> list[list[RecognizerResult]]:
        language = self.options["language"]
        return [
            self.engine.analyze(text=text, nlp_artifacts=artifacts, **self.options)
            for text, artifacts in self.engine.nlp_engine.process_batch(texts, language, batch_size=BATCH)
        ]

    @classmethod
    def _pool(cls) -> ThreadPoolExecutor:
        with cls._pool_lock:
            if cls._chunk_pool is None:
                cls._chunk_pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="promptvagt-chunk")
            return cls._chunk_pool


def _repeat_names_across_chunks(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Apply the person recognizer's "a part of a full name is that name" rule over the whole text.

    Within a chunk the recognizer has done it already; this extends it to the
    other chunks, merging as the recognizer merges (overlapping spans join,
    the higher score wins).
    """
    people = [DkPersonRecognizer.candidate_of(r) for r in results if r.entity_type == "PERSON"]
    repeats = DkPersonRecognizer._repeated_parts(text, people)
    if not repeats:
        return results
    template = next(r for r in results if r.entity_type == "PERSON")
    merged = DkPersonRecognizer._merge([*people, *repeats])
    before = sorted((p.start, p.end, p.score) for p in people)
    if [(c.start, c.end, c.score) for c in merged] == before:
        return results
    others = [r for r in results if r.entity_type != "PERSON"]
    names = []
    for candidate in merged:
        name = copy.copy(template)
        name.start, name.end, name.score = candidate.start, candidate.end, candidate.score
        names.append(name)
    return others + names
