"""Build the wide list of first names borne in Denmark, from os2ds-rules (MPL-2.0).

    .venv/bin/python tools/build_wide_first_names.py [--shared ../shared]

DaCy's table (``data/names.tsv``) knows Danish and Muslim names; people in Danish cases are also
called Tawan, Maricel, Semhar, Viktoriia and Tesfay. os2ds-rules (OS2datascanner's rule library) lists
about 114,000 first names borne by men and women in Denmark. Its README warns that many are also
ordinary words, so this keeps a name only when it is at least three letters, not in ``names.tsv``
already, not an ordinary Danish or English word (``data/common_words.txt.gz``), not an English weekday or
month, not a function word and not a place (``data/places.txt``). The recognizer then treats these names as evidence beside context
and the model, not as a verdict (see ``name_words.WIDE``).

Faker's person providers (every locale, the first names written in the Latin alphabet) are a second source, by the
same filter: os2ds-rules lacks names that newcomers bear (Emre, Eelis, Amadou), and Faker, a well-kept library, lists
the common first names of each country. Faker is a training dependency (``.[train]``); without it the list is
os2ds-rules' alone.

A name the word list holds only through English or a derived form is kept when the Danish spelling dictionary
(Debian's hunspell-da, as ``tools/build_word_list.py`` reads it) writes it only capitalised, as a proper noun
("Emre", "Taras", "Espen"), and the English one (hunspell-en-us) does not know it in lower case: newcomers' names
the Danish dictionary knows are not blocked by an English word. Without the dictionaries that step is skipped.

Writes ``companion/detection/data/first_names_wide.txt.gz``, which stays under MPL-2.0 (file-level
copyleft: its header says so and where the source is).
"""

import argparse
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.detection.recognizers.context_words import FUNCTION_WORDS  # noqa: E402
from companion.detection.recognizers.name_words import is_common_word, load_names  # noqa: E402
from companion.detection.recognizers.world_knowledge import places  # noqa: E402
import faker_names  # noqa: E402
from build_word_list import DICTIONARIES, dictionary_entries  # noqa: E402
from os2ds_lists import read_quoted  # noqa: E402

OUTPUT = ROOT / "companion" / "detection" / "data" / "first_names_wide.txt.gz"
SOURCES = ("male_firstnames.txt", "female_firstnames.txt")
_NAME = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")
# English calendar words are capitalised in English dictionaries, so the lower-case word list lacks them.
CALENDAR = set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
HEADER = (
    "# First names borne in Denmark, lower case, from os2ds-rules (github.com/HackTheOxidation/os2ds-rules,\n"
    "# lib/datasets/male_firstnames.txt and female_firstnames.txt, v0.1.0), filtered by\n"
    "# tools/build_wide_first_names.py. This file is licensed under the Mozilla Public License 2.0\n"
    "# (https://mozilla.org/MPL/2.0/); the rest of Promptvagt is not affected.\n"
    "# Also the Latin-script first names of Faker's person providers (MIT licence), by the same filter.\n"
)
_LATIN = re.compile(r"[a-zà-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňőœŕřśşšţťūůűųźżžșțə'-]+")


def faker_first_names() -> set[str]:
    """The first names of every locale's person provider in Faker, in the Latin alphabet, lower case."""
    try:
        every = set().union(*(faker_names.first_names(locale) for locale in faker_names.locales()))
    except ImportError:  # Faker not installed
        return set()
    return {name for name in every if _LATIN.fullmatch(name)}


def danish_proper_nouns_only() -> set[str]:
    """Lower-case forms of words hunspell-da writes only capitalised and hunspell-en-us never in lower case, or
    nothing when the dictionaries are not installed."""
    danish_path, english_path = DICTIONARIES
    if not (danish_path.exists() and english_path.exists()):
        print("hunspell-da/hunspell-en-us not installed: names the word list blocks stay out", file=sys.stderr)
        return set()
    danish, english = ({word for word, _ in dictionary_entries(path)} for path in DICTIONARIES)
    lower = {w for w in danish | english if w.islower()}
    return {w.lower() for w in danish if w[:1].isupper() and w[1:].islower()} - lower


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="path of the shared folder")
    options = parser.parse_args()
    known, _ = load_names()
    towns = {place.lower() for place in places()}
    candidates = {n for source in SOURCES for n in read_quoted(options.shared / "data" / "os2ds_rules" / source)}
    # (a Faker name that is a word's stem before a genitive s reads words as names: "ver" makes "3 vers" a name)
    candidates |= {n for n in faker_first_names() if not is_common_word(n + "s", {})}
    proper_nouns = danish_proper_nouns_only()
    kept = sorted(
        n for n in candidates
        if _NAME.fullmatch(n) and n not in known and n not in FUNCTION_WORDS and n not in towns and n not in CALENDAR
        and (not is_common_word(n, {}) or (n in proper_nouns and len(n) > 3))
    )
    OUTPUT.write_bytes(gzip.compress((HEADER + "".join(f"{n}\n" for n in kept)).encode("utf-8"), mtime=0))
    print(f"{len(kept)} of {len(candidates)} first names -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
