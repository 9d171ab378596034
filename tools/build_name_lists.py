"""Build the companion's compact Danish name lists from DaCy's name table.

    python tools/build_name_lists.py [--shared ../shared]

Reads ``data/names/dacy_names.csv`` (Apache-2.0, from the dacy 2.9.0 wheel)
and writes ``companion/detection/data/names.tsv``: one lower-case name per line with
its kind (first, last or both) and whether it is also an ordinary Danish word
(a homograph such as "per", "mark" or "bo"). Homographs are found by how often
the name occurs in lower case in the UNER Danish DDT train and dev sets
(edited news text, where a lower-case name is an ordinary word; never the test
set, which the evaluation uses), plus a short hand-made list of words news
text misses. Informal text is not used: people write real names in lower case
there.
"""

import argparse
import csv
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "companion" / "detection" / "data" / "names.tsv"

# Ordinary Danish (and common English) words that are also names in the table,
# seen in municipal prompts but rare in news text.
HAND_MADE_HOMOGRAPHS = {
    "per", "mark", "is", "bo", "sted", "dag", "sol", "ask", "kim", "else", "max", "maj",
    "august", "jul", "sejr", "lykke", "liv", "rose", "storm", "skov", "lund", "holm",
    "dam", "berg", "bak", "krog", "vang", "hjort", "ravn", "ulv", "ørn", "falk", "ager",
    "borg", "have", "bro", "by", "lind", "eng", "smed", "bonde", "kok", "skytte", "fisker",
    "foged", "vogn", "tang", "sand", "sten", "sø", "kirke", "hus", "kristen", "islam",
    "tro", "ben", "van", "von", "de", "la", "le", "di", "da", "del", "al", "el", "den",
    "det", "man", "men", "kan", "vil", "skal", "amen", "tom", "mia", "dans", "otte", "ti",
    "elleve", "tolv", "mand", "kvinde", "stor", "lille", "ny", "gammel", "god", "glad",
    # Imperatives that open prompts ("Ring til …", "Find tre temaer")
    "ring", "find", "skriv", "lav", "send", "giv", "tag", "hold", "spørg", "svar", "hjælp",
    "brug", "læs", "husk", "gem", "tjek", "sæt", "vælg", "del", "ret",
}
# Names that the corpora happen to show in lower case but that people mean as
# names when they write them (e.g. "ring til hanne"): never homographs.
NOT_HOMOGRAPHS = {"hanne", "dina", "sara", "ida", "bent", "finn", "lone", "tove", "ebbe", "ole", "ali", "dan"}
MIN_LOWER_CASE_USES = 1
#: A Danish spelling dictionary lists words in lower case and names with a capital: a name it
#: lists in lower case is also a word ("birk", "gul", "rim"). Debian's hunspell-da
#: (Stavekontrolden, GPL-2/LGPL-2.1/MPL-1.1), used only to set that flag.
HUNSPELL_DA = Path("/usr/share/hunspell/da_DK.dic")
#: Names borne by at least this many people are read as names first, whatever the dictionary
#: says ("Søren", "Helle", "Line").
POPULAR_NAME = 2000


def dictionary_words(path: Path) -> set:
    """Lower-case entries of a hunspell dictionary (the part before ``/flags``)."""
    if not path.exists():
        print(f"warning: {path} not found (apt-get install hunspell-da); homographs from the corpora only")
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {w for w in (line.split("/")[0].strip() for line in lines) if w and w.islower()}


def lower_case_words(shared: Path) -> Counter:
    counts = Counter()
    sources = [
        shared / "data/uner_da_ddt/da_ddt-ud-train.iob2",
        shared / "data/uner_da_ddt/da_ddt-ud-dev.iob2",
    ]
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            columns = line.split("\t")
            word = columns[1].rstrip(".") if len(columns) > 1 else ""
            if word.islower():
                counts[word] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="path of the shared folder")
    parser.add_argument("--lexicon", type=Path, default=HUNSPELL_DA, help="a Danish hunspell .dic file")
    options = parser.parse_args()

    kinds, bearers = defaultdict(set), Counter()
    with open(options.shared / "data/names/dacy_names.csv", encoding="utf-8") as table:
        for row in csv.DictReader(table):
            name = row["name"].strip().lower()
            bearers[name] += int(float(row["count"] or 0))
            if len(name) >= 2 and name.replace("-", "").isalpha():
                kinds[name].add("first" if row["first_name"] == "True" else "last")

    lower = lower_case_words(options.shared)
    words = dictionary_words(options.lexicon)
    homographs = (
        {n for n in kinds if lower[n] >= MIN_LOWER_CASE_USES}
        | {n for n in kinds if n in words and bearers[n] < POPULAR_NAME}
        | (HAND_MADE_HOMOGRAPHS & set(kinds))
    )
    homographs -= NOT_HOMOGRAPHS

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(
            "# Danish and Muslim first names and surnames, lower case, built by tools/build_name_lists.py\n"
            "# from DaCy's name table (dacy 2.9.0, Apache-2.0, https://github.com/centre-for-humanities-computing/DaCy).\n"
            "# columns: name, kind (first|last|both), homograph (1 = also an ordinary word)\n"
        )
        for name in sorted(kinds):
            kind = "both" if len(kinds[name]) == 2 else next(iter(kinds[name]))
            out.write(f"{name}\t{kind}\t{int(name in homographs)}\n")
    print(f"{len(kinds)} names, {len(homographs)} homographs -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
