"""Build the list of first names common in the countries many citizens, staff and guests of Danish municipalities come from.

    .venv/bin/pip install -e '.[train]'        # Faker
    .venv/bin/python tools/build_names_abroad.py

DaCy's table (``data/names.tsv``) knows Danish and Muslim names; the wide list (``first_names_wide.txt.gz``) knows
many more, but only as evidence beside a cue or the model, since it holds rare entries that are words too. The
common first names of Sweden, Norway, Finland, Poland, Britain, Germany, the Netherlands and Ireland (and Denmark's
own that DaCy lacks) are names wherever they stand: "Wilma trives godt", "Kjell ringede", "Agnieszka har fri". Faker, a well-kept library, lists
each country's common first names; this keeps one when it is at least four letters, written in the Latin alphabet,
not in ``names.tsv`` already, and no ordinary Danish or English word (``data/common_words.txt.gz``), function word,
English weekday or month, or place (``data/places.txt``). Three letters are too few: "mio" is a million. The common
first names that are ordinary words too ("Grace", "Manuel", "Kelly") are kept marked as such: the recognizer takes them
as it takes DaCy's names that are words, with evidence (a cue, a surname no list holds after them).

Writes ``companion/detection/data/first_names_abroad.txt`` (one lower-case name per line), which
``name_words.load_names`` reads as first names.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from companion.detection.recognizers.context_words import FUNCTION_WORDS  # noqa: E402
from companion.detection.recognizers.name_words import is_common_word, load_dacy_names  # noqa: E402
from companion.detection.recognizers.world_knowledge import places  # noqa: E402
from build_wide_first_names import CALENDAR  # noqa: E402
from faker_names import first_names  # noqa: E402

OUTPUT = ROOT / "companion" / "detection" / "data" / "first_names_abroad.txt"
LOCALES = ("da_DK", "sv_SE", "no_NO", "fi_FI", "pl_PL", "en_GB", "de_DE", "nl_NL", "en_IE")
# Names that are ordinary words too are kept as such ("Grace", "Manuel", "Kelly": a name before a surname no list holds
# or after a cue, as DaCy's "Per" and "Lykke" are), also from the countries whose names staff meet in English,
# Spanish, Portuguese, French and Italian mail.
WORD_NAME_LOCALES = ("en_US", "es_ES", "pt_PT", "fr_FR", "it_IT")
_LETTER = "a-zà-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňőœŕřśşšţťūůűųźżž"
_NAME = re.compile(rf"[{_LETTER}]{{4,}}(?:-[{_LETTER}]+)*")
# Names that offices write as acronyms far more often: "Alarm i SIEM" (a security system, not the Dutch first name).
_OFFICE_ACRONYMS = frozenset({"siem"})


def main() -> None:
    try:
        candidates = set().union(*(first_names(locale) for locale in LOCALES))
        with_words = set().union(*(first_names(locale) for locale in LOCALES + WORD_NAME_LOCALES))
    except ImportError:
        sys.exit("Faker mangler: .venv/bin/pip install -e '.[train]' (Faker is needed to build the list)")
    known = load_dacy_names()[0]
    towns = {place.lower() for place in places()}

    def possible(n):
        return (_NAME.fullmatch(n) and n not in known and n not in _OFFICE_ACRONYMS and n not in FUNCTION_WORDS
                and n not in towns and n not in CALENDAR)

    kept = sorted(n for n in candidates if possible(n) and not is_common_word(n, {}))
    words_too = sorted(n for n in with_words if possible(n) and is_common_word(n, {}))
    OUTPUT.write_text(
        "# Common first names of Sweden, Norway, Finland, Poland, Britain, Germany, the Netherlands, Ireland and Denmark that\n"
        "# DaCy's table lacks, lower case,\n"
        f"# from Faker's person providers ({', '.join(LOCALES)}; MIT licence), filtered by tools/build_names_abroad.py.\n"
        f"# Those marked <TAB>word are ordinary words too (also from {', '.join(WORD_NAME_LOCALES)}): names only with evidence.\n"
        + "".join(f"{n}\n" for n in kept) + "".join(f"{n}\tword\n" for n in words_too),
        encoding="utf-8",
    )
    print(f"{len(kept)} first names and {len(words_too)} that are words too, of {len(with_words)} -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
