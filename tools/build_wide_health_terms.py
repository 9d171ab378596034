"""Build the wide list of Danish health terms, from os2ds-rules (MPL-2.0).

    .venv/bin/python tools/build_wide_health_terms.py [--shared ../shared]

The hand-kept ``data/health_terms.txt`` holds the terms of social cases and the common diagnoses and
medicines, matched inside compounds. People also write "epilepsi", "afasi", "ludomani", "osteoporose"
and "borreliose". os2ds-rules (OS2datascanner's rule library) lists about 2,000 Danish health and
medical terms. This keeps a term when it is at least five letters of a plain word (no fragments such as
"diar", "cava" or "beh."), is not in ``health_terms.txt`` already and is not a word for a service or a
measure every citizen meets (``GENERAL``). The recognizer matches these whole words only, with Danish
endings: a wider list should not reach into compounds.

Writes ``companion/detection/data/health_terms_wide.txt.gz``, which stays under MPL-2.0 (file-level
copyleft: its header says so and where the source is).
"""

import argparse
import gzip
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from os2ds_lists import read_quoted  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "companion" / "detection" / "data" / "health_terms_wide.txt.gz"
HAND_KEPT = ROOT / "companion" / "detection" / "data" / "health_terms.txt"
_TERM = re.compile(r"[a-zæøåéü]{5,}(?:-[a-zæøåéü]+)*")
# Words for care, services, symptoms and illness in general that say nothing specific about a person's
# health (eval/README.md: symptoms and generic words are not health data), and the English "after".
GENERAL = frozenset(
    "rehabilitering genoptræning blodtryk behandling undersøgelse kontrol sundhed medicin vaccination "
    "problemadfærd anal oral cerebral kutan akut kronisk sygdom sygdomme smerte smerter feber kvalme "
    "svimmelhed hovedpine hoste opkast diarre udslæt vægttab bevidstløs bevidstløshed bevidstløst psykiske "
    "operation alkohol mobning after reyes smertefuldt".split()
)
# Compounds of a symptom are symptoms too: "rygsmerter", "mavesmerter".
SYMPTOM_ENDINGS = ("smerte", "smerter")
HEADER = (
    "# Danish health and medical terms, lower case, from os2ds-rules (github.com/HackTheOxidation/os2ds-rules,\n"
    "# lib/datasets/health_terms.txt, v0.1.0), filtered by tools/build_wide_health_terms.py. This file is\n"
    "# licensed under the Mozilla Public License 2.0 (https://mozilla.org/MPL/2.0/); the rest of Promptvagt\n"
    "# is not affected.\n"
)


def hand_kept_terms() -> set[str]:
    lines = HAND_KEPT.read_text(encoding="utf-8").splitlines()
    return {line.strip().lower().lstrip("=!") for line in lines if line.strip() and not line.startswith("#")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="path of the shared folder")
    options = parser.parse_args()
    known = hand_kept_terms()
    source = options.shared / "data" / "os2ds_rules" / "health_terms.txt"
    kept = sorted({
        t for t in read_quoted(source)
        if _TERM.fullmatch(t) and t not in known and t not in GENERAL and not t.endswith(SYMPTOM_ENDINGS)
    })
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write((HEADER + "\n".join(kept) + "\n").encode("utf-8"))
    print(f"{len(kept)} terms -> {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
