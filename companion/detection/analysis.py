"""Scan a prompt: run the Danish recognizers and turn their results into findings.

The presidio ``AnalyzerEngine`` and the spaCy pipeline are built once, when
the companion starts; each scan then costs one pipeline pass plus the
recognizers. For a prompt of one chunk the pass and the person recognizer run
on the calling thread and the recognizers that read only the text beside them
on a second (``_BesideThePipelineEngine``); a long text's chunks share two
threads (``scan_cache.ChunkedAnalyzer``).
"""

import bisect
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

from .entities import ENTITIES
from .nlp import Pipeline
from .offline import use_bundled_suffix_list
from .recognizers import DANISH_RECOGNIZERS
from .recognizers.danish_pattern_recognizer import DanishPatternRecognizer
from .recognizers.dk_address_recognizer import own_street_at
from .person_reference import about_a_person
from .scan_cache import ChunkedAnalyzer

LANGUAGE = "da"
#: Results scored below this are noise (for example a CPR-shaped invoice number).
SCORE_THRESHOLD = 0.35
#: How long the pattern warm-up waits before it looks again whether the scanner is in use.
WARM_UP_PAUSE_S = 0.05
#: How long after the scanner is built the warm-up begins: the companion finishes starting first (the database,
#: the server), and a first scan meanwhile compiles what it needs itself.
WARM_UP_DELAY_S = 5.0
#: How long no scan must have run before the warm-up compiles a pattern: a compile takes up to 0.2 s and would
#: slow a scan that comes meanwhile, so a burst of scans (a user typing, a pasted document) goes first.
WARM_UP_IDLE_S = 0.5


@dataclass
class Finding:
    entity_type: str
    start: int  # code-point offsets into the Python string
    end: int
    score: float
    severity: str
    masked: str
    message: str
    text: str

    def to_dict(self, utf16_offsets: list[int] | None = None, include_text=False) -> dict:
        """Return the wire form; offsets become UTF-16 code units for JavaScript."""
        data = asdict(self)
        data["score"] = round(self.score, 2)
        if utf16_offsets is not None:
            data["start"], data["end"] = utf16_offsets[self.start], utf16_offsets[self.end]
        if not include_text:
            del data["text"]
        return data


@dataclass
class ScanResult:
    verdict: str
    findings: list[Finding]
    elapsed_ms: float

    def to_dict(self, text: str, include_text=False) -> dict:
        offsets = utf16_offsets(text)
        return {
            "verdict": self.verdict,
            "findings": [f.to_dict(offsets, include_text) for f in self.findings],
            "elapsed_ms": round(self.elapsed_ms, 2),
        }


def utf16_offsets(text: str) -> list[int] | None:
    """Map each code-point index (0..len) to a UTF-16 index; None if they agree."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return None
    table, position = [], 0
    for char in text:
        table.append(position)
        position += 2 if ord(char) >= 0x10000 else 1
    table.append(position)
    return table


class _PreloadedSpacyEngine(SpacyNlpEngine):
    """presidio's spaCy engine around a pipeline we loaded ourselves.

    presidio's own ``load`` downloads a missing model, which must never happen
    in an offline municipal network.
    """

    def __init__(self, pipeline: Pipeline):
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": pipeline.name or "blank:da"}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={
                    "PER": "PERSON",
                    "PERSON": "PERSON",
                    "LOC": "LOCATION",
                    "GPE": "LOCATION",
                    "ORG": "ORGANIZATION",
                },
                labels_to_ignore=["MISC"],
            ),
        )
        self._pipeline = pipeline

    def load(self) -> None:
        self.nlp = {LANGUAGE: self._pipeline.nlp}


class _EntitiesOnlySpacyEngine(_PreloadedSpacyEngine):
    """The pipeline's pass with only what our recognizers read of it: the entities.

    presidio also lists every token's lemma, offset and keyword for its lemma-based context enhancer; our
    recognizers score their own cues (``context_words``) and leave that enhancer out, so the lists would
    only cost a walk over every token on the scan's critical path.
    """

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[], nlp_engine=self,
                            language=language, scores=scores)


class _OwnCuesOnly(ContextAwareEnhancer):
    """No context enhancement by presidio: each recognizer weighs its own cue words (``context_words``).

    presidio's enhancer would find no context words on our recognizers and only deep-copy every result.
    """

    def __init__(self):
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


class _BesideThePipelineEngine(AnalyzerEngine):
    """presidio's engine, with the recognizers that read only the text running while the spaCy pipeline reads it.

    Of our recognizers only the person recognizer reads the pipeline's findings (``READS_THE_PIPELINE``). On a
    text given without them, the others run on a second thread during the pipeline's pass, whose matrix code
    releases the GIL; the scan lane leaves the second core idle otherwise. A 1,000-character scan takes 3-4 ms
    less at p50, of 33 (``bench/performance.py``). The results are those of one call: every step after the recognizers
    (low scores, duplicates) works per result or per entity type, and the merge below sorts as presidio does.
    """

    _beside: ThreadPoolExecutor | None = None  # one thread, shared by the process's scanners
    _beside_lock = threading.Lock()

    def analyze(self, text, language, entities=None, nlp_artifacts=None, **options):
        if nlp_artifacts is not None:  # the chunk analyzer's batches: their threads are busy already
            return super().analyze(text, language, entities, nlp_artifacts=nlp_artifacts, **options)
        entities = entities or self.get_supported_entities(language)
        read_by_the_pipeline = {entity for recognizer in self.registry.recognizers
                                if getattr(recognizer, "READS_THE_PIPELINE", False)
                                for entity in recognizer.supported_entities}
        text_only = [entity for entity in entities if entity not in read_by_the_pipeline]
        with_the_pipeline = [entity for entity in entities if entity in read_by_the_pipeline]
        no_pipeline = NlpArtifacts(entities=[], tokens=None, tokens_indices=[], lemmas=[], nlp_engine=self.nlp_engine,
                                   language=language)
        beside = self._thread().submit(super().analyze, text, language, text_only, nlp_artifacts=no_pipeline,
                                       **options) if text_only else None
        results = []
        if with_the_pipeline:
            results += super().analyze(text, language, with_the_pipeline,
                                       nlp_artifacts=self.nlp_engine.process_text(text, language), **options)
        if beside is not None:
            results += beside.result()
        return EntityRecognizer.remove_duplicates(results)

    @classmethod
    def _thread(cls) -> ThreadPoolExecutor:
        with cls._beside_lock:
            if cls._beside is None:
                cls._beside = ThreadPoolExecutor(max_workers=1, thread_name_prefix="promptvagt-beside-pipeline")
            return cls._beside


def build_registry() -> RecognizerRegistry:
    """Return the registry of every recognizer the companion runs, for ``da``."""
    recognizers = [cls(supported_language=LANGUAGE) for cls in DANISH_RECOGNIZERS]
    return RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE])


class Scanner:
    """Find Danish personal data and confidential material in a text."""

    #: Scans running in this process, in any scanner, and when the last one ended: the pattern warm-up waits while
    #: the scanners are in use (the native host has two, and their patterns are shared).
    _scans_running = 0
    _last_scan_end = 0.0
    _scans_lock = threading.Lock()

    def __init__(self, pipeline: Pipeline):
        use_bundled_suffix_list()
        self.pipeline = pipeline
        self.engine = _BesideThePipelineEngine(
            registry=build_registry(),
            nlp_engine=_EntitiesOnlySpacyEngine(pipeline),
            supported_languages=[LANGUAGE],
            default_score_threshold=SCORE_THRESHOLD,
            context_aware_enhancer=_OwnCuesOnly(),
        )
        self.chunks = ChunkedAnalyzer(self.engine, language=LANGUAGE, entities=list(ENTITIES), score_threshold=0.0)
        # The patterns compile when a text first needs them; the warm-up compiles the rest after start-up,
        # while no scan runs (``WARM_UP_IDLE_S``), so that the companion answers at once and later scans
        # do not pay for it.
        self.warm_up = threading.Thread(target=self._compile_patterns, name="pattern-warm-up", daemon=True)
        self.warm_up.start()

    def _compile_patterns(self) -> None:
        time.sleep(WARM_UP_DELAY_S)
        for recognizer in self.engine.registry.recognizers:
            for pattern in recognizer.patterns if isinstance(recognizer, DanishPatternRecognizer) else ():
                while Scanner._scans_running or time.monotonic() - Scanner._last_scan_end < WARM_UP_IDLE_S:
                    time.sleep(WARM_UP_PAUSE_S)
                pattern.compile()

    @property
    def recognizer_names(self) -> list[str]:
        return sorted(r.name for r in self.engine.registry.recognizers)

    def scan(self, text: str) -> ScanResult:
        with Scanner._scans_lock:
            Scanner._scans_running += 1
        try:
            return self._scan(text)
        finally:
            with Scanner._scans_lock:
                Scanner._scans_running -= 1
                Scanner._last_scan_end = time.monotonic()

    def _scan(self, text: str) -> ScanResult:
        started = time.perf_counter()
        # Threshold 0 here: some scores only make sense next to the other findings (see _relate).
        results = self.chunks.analyze(text)  # the engine per paragraph chunk, cached (scan_cache)
        results = _without_medicines_as_names(text, results)
        about_person = _about_a_person(text, results)
        results = _relate(text, results, about_person)
        results = [r for r in results if r.score >= SCORE_THRESHOLD]
        results = _names_before_their_streets(text, results)
        findings = [_finding(text, r, about_person) for r in _without_overlaps(results)]
        _escalate(findings)
        findings.sort(key=lambda f: (f.start, f.end))
        return ScanResult(_verdict(findings), findings, (time.perf_counter() - started) * 1000)


def _finding(text: str, result, about_person: bool) -> Finding:
    entity = ENTITIES[result.entity_type]
    value = text[result.start : result.end]
    return Finding(
        entity_type=result.entity_type,
        start=result.start,
        end=result.end,
        score=result.score,
        severity=entity.severity if about_person or not entity.needs_person else "info",
        masked=entity.mask(value),
        message=entity.message,
        text=value,
    )


#: The score a health term gets once the text is about a person (see _relate).
HEALTH_ABOUT_A_PERSON = 0.7


def _without_medicines_as_names(text, results):
    """Drop a name that is a health term: the pipeline takes medicines for people ("Marevan", "Gabapentin"),
    and such a name would make a question about medicines look like one about a person. A name that runs on into
    a medicine in its genitive ends before it: "fik Knud Aabergs Madopar" is Knud Aaberg's medicine."""
    health = [(r.start, r.end) for r in results if r.entity_type == "HEALTH_DATA"]
    if not health:
        return results
    kept = []
    for r in results:
        if r.entity_type == "PERSON":
            if any(s <= r.start and r.end <= e for s, e in health):
                continue
            medicine = next((s for s, e in health if r.start < s and e == r.end), None)
            if medicine is not None:
                name = text[r.start : medicine].rstrip()
                if not _a_genitive(name):
                    continue  # "Tager Marevan", "Hans Marevan": a verb or "his" before the medicine, no name
                # a new result: the cached chunks' results are shared with later scans
                r = RecognizerResult(r.entity_type, r.start, r.start + len(name), r.score,
                                     r.analysis_explanation, r.recognition_metadata)
        kept.append(r)
    return kept


def _a_genitive(name: str) -> bool:
    """Does ``name`` end in a capitalised genitive ("Knud Aabergs", "Villads'"), not the pronoun "Hans"?"""
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    return last[:1].isupper() and last.endswith(("s", "'", "’")) and last.lower() != "hans"


def _about_a_person(text, results) -> bool:
    identified = any(ENTITIES[r.entity_type].identifies_person and r.score >= SCORE_THRESHOLD for r in results)
    return about_a_person(text, identified)


def _relate(text, results, about_person: bool):
    """Raise health terms to findings when they concern a person.

    "Hvad siger serviceloven om anbringelse?" is a question about the law;
    "Borgeren Hanne Jensen har depression" is health data about a person.
    """
    if about_person:
        for result in results:
            if result.entity_type == "HEALTH_DATA":
                result.score = HEALTH_ABOUT_A_PERSON
    return results


def _escalate(findings):
    """A name next to a CPR number or health data, and health data about a named person, block."""
    types = {f.entity_type for f in findings}
    for finding in findings:
        if types & ENTITIES[finding.entity_type].blocks_with:
            finding.severity = "block"


def _names_before_their_streets(text, results):
    """An address that starts with a person's name found on its own is the person, then the address: on a list's
    line "Alma Rask Vestergade 8, 4594 Sivested" the street's pattern takes the capitalised words before the
    street's own name, and as the more specific finding the address would hide the name (``own_street_at``)."""
    people = [r for r in results if r.entity_type == "PERSON"]

    def from_the_street(address):
        for person in people:
            if address.start <= person.start and person.end < address.end:
                street = own_street_at(text, person.end)
                if street is not None and street < address.end:
                    # a new result: the cached chunks' results are shared with later scans
                    return RecognizerResult(address.entity_type, street, address.end, address.score,
                                            address.analysis_explanation, address.recognition_metadata)
        return address

    return [from_the_street(r) if r.entity_type == "DK_ADDRESS" else r for r in results]


def _without_overlaps(results):
    """Keep the most specific result where spans overlap (then score, then length).

    A marking is weighed only against markings: "Henrik 10:45: ti stille om det til fredag" is a marking
    and a name, and the name must still be found (and replaced by a placeholder) inside it. Words that are
    the marking itself are not a value too ("Fortrolighed | Høj": the level, not a surname).
    """
    markings = _most_specific([r for r in results if ENTITIES[r.entity_type].about_the_text])
    marked = {(r.start, r.end) for r in markings}
    values = [r for r in results if not ENTITIES[r.entity_type].about_the_text and (r.start, r.end) not in marked]
    return _most_specific(values) + markings


def _most_specific(results):
    ranked = sorted(
        results,
        key=lambda r: (ENTITIES[r.entity_type].specificity, r.score, r.end - r.start),
        reverse=True,
    )
    # Kept spans never overlap, so sorted by (start, end) their ends rise too:
    # only the last kept span that starts before a candidate ends can overlap
    # it. Linear-ish for the thousands of results of a long text, not quadratic.
    kept, spans = [], []
    for result in ranked:
        before = bisect.bisect_left(spans, (result.end,))
        if before and spans[before - 1][1] > result.start:
            continue
        kept.append(result)
        bisect.insort(spans, (result.start, result.end))
    return kept


def _verdict(findings: list[Finding]) -> str:
    if any(f.severity == "block" for f in findings):
        return "block"
    if any(f.severity == "warn" for f in findings):
        return "warn"
    return "ok"
