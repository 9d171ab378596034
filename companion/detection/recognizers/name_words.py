"""Which words are names, and which are ordinary words: the lists the person recognizer looks words up in.

A word can be a first name, a surname or both (``data/names.tsv``, DaCy's name table, with the common first names
abroad it lacks, ``data/first_names_abroad.txt``), a first name borne in Denmark beyond those
(``data/first_names_wide.txt.gz``) or an ordinary Danish or English word
(``data/common_words.txt.gz``); many are two of these at once ("Per", "Lykke", "Bo"). These plain functions
answer the questions the recognizer and the tools that build the lists ask.
"""

import gzip
import re
from functools import lru_cache
from importlib import resources

from .context_words import FUNCTION_WORDS, with_danish_letters

# A word: letters, with inner hyphens or apostrophes ("Anne-Marie", "O'Brien").
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?", re.UNICODE)


@lru_cache(maxsize=1)
def load_names() -> tuple[dict, frozenset]:
    """Return {name: kind} and the set of names that are also ordinary words: DaCy's table, and the common first
    names of the countries many citizens come from that it lacks (``data/first_names_abroad.txt``)."""
    kinds, homographs = load_dacy_names()
    homographs = set(homographs)
    abroad = resources.files("companion").joinpath("detection/data/first_names_abroad.txt").read_text(encoding="utf-8")
    for line in abroad.splitlines():
        if line and not line.startswith("#"):
            name, _, word_too = line.partition("\t")
            if name not in kinds:
                kinds[name] = "first"
                if word_too:
                    homographs.add(name)  # "Grace", "Manuel": a word as well, a name only with evidence
    return kinds, frozenset(homographs)


def load_dacy_names() -> tuple[dict, frozenset]:
    """DaCy's table alone (``data/names.tsv``), as ``load_names`` returns it."""
    kinds, homographs = {}, set()
    table = resources.files("companion").joinpath("detection/data/names.tsv").read_text(encoding="utf-8")
    for line in table.splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind, homograph = line.split("\t")
        kinds[name] = kind
        if homograph == "1" or name in FUNCTION_WORDS:
            homographs.add(name)
    return kinds, frozenset(homographs)


def _gzipped_word_set(name: str) -> frozenset:
    """The lines of a gzipped word list in ``data/``, without its ``#`` header."""
    raw = resources.files("companion").joinpath(f"detection/data/{name}").read_bytes()
    return frozenset(line for line in gzip.decompress(raw).decode("utf-8").splitlines() if line and line[0] != "#")


@lru_cache(maxsize=1)
def load_wide_first_names() -> frozenset:
    """First names borne in Denmark beyond DaCy's table (``data/first_names_wide.txt.gz``, MPL-2.0, from
    os2ds-rules): "Tawan", "Semhar", "Viktoriia". Evidence, not a verdict: see ``WIDE``."""
    return _gzipped_word_set("first_names_wide.txt.gz")


#: The kind of a name known only from the wide list: a name when capitalised mid-sentence or after a
#: cue; at the start of a sentence only if the pipeline agrees; in lower case only after a cue; in
#: capitals only after a strong cue.
WIDE = "wide"

#: The syllables of Korean given names as they are romanised (Revised Romanization and the older spellings still in
#: passports): a Korean given name is two of them joined by a hyphen ("Ji-woo", "Seo-yeon", "Hyun-woo"), a shape no
#: name list holds whole and that the ordinary-word test takes for a compound of its last part ("woo", "won", "jun").
_KOREAN_SYLLABLES = frozenset("""
    a ae ah bae beom bin bo bok bong byeong byung chae chan chang cheol cheon chi chul chun da dae dal do dong doo du eui
    eun geon gi gil gu gun gwang gyeong gyu ha hae han hee heon hi ho hoon hong hun hwa hwan hwang hye hyeok hyeon hyo
    hyuk hyun hyung il in ja jae jang jeong ji jin jo joo joon ju jun jung ki kwang kyu kyung man mi min mok mun myeong
    myung na nam ok rae ran ri rim rin ro ryeong ryu sa sae san sang se seo seok seon seong seul seung shik shin si sik so
    sol song soo sook su suk sun sung tae taek u ung wan woo wook won woong ye yeol yeon yeong yi yong yoo yoon young yu
    yul yun
""".split())


#: The Korean surnames most Koreans bear, as passports spell them: after a Korean given name such a word is its bearer's
#: surname, though "Park", "Song" and "Moon" are ordinary words.
KOREAN_SURNAMES = frozenset("""
    ahn an bae baek byun cha choi chung chun go ha han heo hong hwang jang jeon jeong jo ju jung kang kim ko kwon lee lim
    moon nam noh oh park ryu seo shin son song yang yoo yoon
""".split())


def korean_given_name(word: str) -> bool:
    """Is ``word`` (any case, a genitive "s" allowed) two different Korean syllables joined by a hyphen: "Ji-woo",
    "Jae-won", "Ji-woos"? (Not "Ha-ha" nor "Ho-ho": a syllable said twice is a laugh.)"""
    lowered = word.lower()
    for form in (lowered, lowered[:-1] if lowered.endswith("s") else None):
        parts = form.split("-") if form else ()
        if len(parts) == 2 and parts[0] != parts[1] and all(part in _KOREAN_SYLLABLES for part in parts):
            return True
    return False


#: Danish endings, longest first, stripped before a word is looked up among the ordinary words.
_INFLECTIONS = ("ernes", "erne", "enes", "ene", "ens", "ets", "nes", "en", "et", "ne", "er", "es", "ns", "ts", "e", "s", "r", "n", "t")


@lru_cache(maxsize=1)
def load_common_words() -> frozenset:
    """Ordinary Danish and English words (lower-case dictionary stems, ``data/common_words.txt.gz``)."""
    return _gzipped_word_set("common_words.txt.gz")


def compound_of_words(word: str, names, shortest_tail: int = 4) -> bool:
    """Is ``word`` two ordinary words joined, as Danish joins them ("ansættelses|udvalg", "skole|bestyrelse")?
    ``shortest_tail=3`` also takes short last parts ("elev|sag", "mælke|fri"), where a surname no list holds is unlikely."""
    lowered = word.lower()
    if shortest_tail < 4 and not lowered.isalpha():
        return False  # ("Al-Hashimi", "Træ-Jakob": a prefix or a nickname joined by a hyphen)
    for cut in range(3 if shortest_tail >= 4 else 4, len(lowered) - shortest_tail + 1):
        head, tail = lowered[:cut], lowered[cut:]
        if len(tail) >= shortest_tail and is_common_word(tail, names, inflected=len(tail) > 3) and (
            is_common_word(head, names) or (head[-1] in "se" and len(head) > 4 and is_common_word(head[:-1], names))
        ):
            return True
    return False


def ordinary_word(word: str, names) -> bool:
    """Is ``word`` an ordinary word or two joined, and no name we know ("Timer", "Skolebestyrelsen")? What a capitalised word
    after a colon, in a heading or in a speaker's place most often is instead of a name."""
    return is_common_word(word, names) or compound_of_words(word, names)


def is_common_word(word: str, names, inflected: bool = True) -> bool:
    """Is ``word`` an ordinary word and no name we know ("Timer", "Kommunalbestyrelsen", "Team")?

    ``inflected=False`` takes the word only as written: "Taras" is "tara" with an ending, but after
    "sin ven" it is a name. A capitalised first name is never a word by an ending alone, whatever table is given: "Morten"
    is no "mort" in the definite, nor "Louise" a "louis" (the names that are words as written, "Peter", "Storm", stay words;
    in lower case the ending reads as one: "who was bitten", and so do surnames: "flænge i hagen" is the chin).
    """
    lowered = word.lower().rstrip("'’")
    if lowered in names:
        return False
    if "-" in lowered:  # "PPR-vurdering", "Social-og": the last part decides (a Korean given name is no compound)
        if korean_given_name(lowered):
            return False
        lowered = lowered.rsplit("-", 1)[1]
        if not lowered:
            return True
    words = load_common_words()
    if lowered in words:
        return True
    if inflected and word[:1].isupper() and load_names()[0].get(lowered) == "first":
        return False
    return inflected and strips_to_a_word(lowered, words)


def strips_to_a_word(word: str, words) -> bool:
    """Does ``word`` less one common Danish ending, leaving at least three letters, stand in ``words``?"""
    return any(
        word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in words
        for ending in _INFLECTIONS
    )


#: What ``lookup`` found for a word in the loaded name table, with no homographs (``False``) or the loaded ones (``True``):
#: a prompt asks about the same words many times (every word of it, then its candidates' words again), and a look-up
#: tries the word's genitive, its Danish letters and the wide list. Emptied when it grows past ``_LOOKUPS_KEPT``.
_LOOKUPS: dict = {}
_LOOKUPS_KEPT = 20_000


def lookup(word, names, homographs):
    """Return (kind, is_homograph) for a word, possessives and hyphenated names included."""
    loaded_names, loaded_homographs = load_names()
    if names is not loaded_names or (homographs and homographs is not loaded_homographs):
        return _lookup(word, names, homographs)  # another table (a test's): asked, never kept
    key = (word, bool(homographs))
    found = _LOOKUPS.get(key)
    if found is None:
        if len(_LOOKUPS) >= _LOOKUPS_KEPT:
            _LOOKUPS.clear()
        found = _LOOKUPS[key] = _lookup(word, names, homographs)
    return found


def _lookup(word, names, homographs):
    lowered = word.lower().rstrip("'’")
    if lowered[-2:] in ("'s", "’s"):
        lowered = lowered[:-2]  # an English genitive: "Noah's absence"
    for form in (lowered, lowered[:-1] if lowered.endswith("s") else None):
        if not form:
            continue
        parts = form.replace("’", "'").split("-")
        if all(part in names for part in parts):
            kinds = {names[part] for part in parts}
            kind = "first" if kinds == {"first"} else "last" if kinds == {"last"} else "both"
            homograph = len(parts) == 1 and form in homographs
            if form != lowered and (lowered in homographs or lowered in FUNCTION_WORDS):
                homograph = True  # "hans" and "this" are words before they are Han's and Thi's
            return kind, homograph
    with_letters = with_danish_letters(lowered)
    if with_letters != lowered and with_letters in names:
        return _lookup(with_letters, names, homographs)  # typed without the Danish letters: "Soeren", "Bjoern"
    wide = load_wide_first_names()
    if lowered in wide or (lowered.endswith("s") and lowered[:-1] in wide and lowered not in FUNCTION_WORDS):
        return WIDE, False
    if korean_given_name(lowered):
        return WIDE, False  # "Ji-woo": a given name of two syllables, in no list
    parts = lowered.split("-")
    if len(parts) > 1 and names.get(parts[-1]) in ("last", "both") and all(p in names or p in wide for p in parts[:-1]):
        return "last", False  # a double surname with a part only the wide list knows: "Rossi-Hansen"
    if len(parts) > 1 and all(names.get(p) in ("first", "both") or p in wide for p in parts):
        return WIDE, False  # a double first name with a part only the wide list knows: "Ellie-Mae", "Mae-Lin"
    return None, False


def surname_after_first_name(previous: str, word: str, names) -> bool:
    """"Kenneth Bro", "Rune Høj Sandahl", "Jens Skov": a place word that is also a surname, after a first name
    (not after an owner: "Hans Skov" at a sentence's start may be his forest, "Niels' Mølle" is a mill)."""
    lowered = previous.lower()
    return (
        names.get(word.lower()) in ("last", "both")
        and (names.get(lowered) in ("first", "both")
             or ("-" in lowered and all(names.get(part) in ("first", "both") for part in lowered.split("-"))))  # "Hanne-Lise Bro"
        and not lowered.endswith(("'", "’"))
        and lowered not in FUNCTION_WORDS
    )
