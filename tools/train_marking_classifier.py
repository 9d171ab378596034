"""Train the confidentiality-marking model and ship it as companion/detection/models/marking_classifier.npz.

    .venv/bin/pip install -e '.[train]'        # scikit-learn
    .venv/bin/python tools/train_marking_classifier.py [--check]

Every line and sentence of the prompts in TRAINING_SETS is an example: a marking when it overlaps a
labelled CONFIDENTIAL_MARKER span, otherwise not. The sets are the evaluation sets the team has read;
the sealed ones (bench/quality.py's SEALED) never are, so they still judge the model. Everyday sentences
in a marking's words (tools/marking/everyday.py) are added as non-markings. A logistic
regression with balanced classes over the hashed features of companion/detection/marking_classifier.py
is fitted (deterministic: no sampling, lbfgs) and its weights written as float32.

``--check`` instead scores each of eight read sets (CHECK_SETS) with a model trained without it (leave one
set out), unit by unit as the companion reads them (clauses too); figures print, nothing is written then.
"""

import argparse
import json
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tools"))

from companion.detection.marking_classifier import (  # noqa: E402
    DIMENSIONS, MODEL_PATH, THRESHOLD, MarkingClassifier, unit_features, units,
)
from marking.everyday import sentences  # noqa: E402

try:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
except ImportError:
    sys.exit("scikit-learn mangler: .venv/bin/pip install -e '.[train]' (scikit-learn is needed to train)")

TRAINING_SETS = [
    "corpus", "holdout", "blind-2026-12", "blind-2026-12b", "blind-2026-12c", "blind-2026-12e",
    "blind-2026-12g", "blind-2026-12h", "blind-2026-12i", "blind-2026-12j", "blind-2026-12l", "blind-2026-12m",
    "blind-2026-12o", "blind-2026-12q", "blind-2026-12r", "blind-2026-12t", "blind-2026-12u", "blind-2026-12x",
    "blind-2026-12z", "blind-2026-12ab", "blind-2026-12ad", "blind-2026-12af", "blind-2026-12ah", "blind-2026-12aj",
    "blind-2026-12al", "blind-2026-12am", "blind-2026-12ao", "blind-2026-12ap", "blind-2026-12ar",
    "blind-2026-12ba", "blind-2026-12bb", "blind-2026-12bc", "blind-2026-12bd", "blind-2026-12be",
    "blind-2026-12bl", "blind-2026-12bn", "blind-2026-12bo", "blind-2026-12bq", "blind-2026-12bt",
    "blind-2026-12cd", "blind-2026-12cf", "blind-2026-12ch", "blind-2026-12cj", "blind-2026-12cl", "blind-2026-12cn",
    "blind-2026-12co", "blind-2026-12cp", "blind-2026-12cr", "blind-2026-12ct", "blind-2026-12cu", "blind-2026-12cw",
    "blind-2026-12cx", "blind-2026-12cy", "blind-2026-12da", "blind-2026-12db", "blind-2026-12dd", "blind-2026-12df",
    "blind-2026-12dg", "blind-2026-12di", "blind-2026-12dj", "blind-2026-12dl", "blind-2026-12dm", "blind-2026-12dn",
    "blind-2026-12dp", "blind-2026-12dq", "blind-2026-12dr", "blind-2026-12dt", "blind-2026-12du", "blind-2026-12dv",
    "blind-2026-12dw", "blind-2026-12dy", "blind-2026-12dz", "blind-2026-12ea", "blind-2026-12ec", "blind-2026-12ed",
    "blind-2026-12ee", "blind-2026-12ef", "blind-2026-12eh", "blind-2026-12ej", "blind-2026-12ek", "blind-2026-12el",
    "blind-2026-12em", "blind-2026-12eo", "blind-2026-12ep", "blind-2026-12eq", "blind-2026-12es", "blind-2026-12et",
    "blind-2026-12eu", "blind-2026-12ev", "blind-2026-12ex", "blind-2026-12ey", "blind-2026-12ez",
]  # each after its first look; every read set, none sealed, but those left out below
# Sets z to ar were first read for the grammar only: leaving one read set out of the model while the grammar had learnt
# from it showed little (the grammar already found its markings). The fair test (seventeenth session, sealed sets never
# used) puts the engine back at each set's first-look commit, where the grammar had not seen it, and trains the model
# with and without the later read sets (never the held one). Over ar, am, ao and ap: markings found 378 -> 400 of 470
# (recall 0.80 -> 0.85), false ones 41 -> 50, harmless prompts left alone 388 -> 386 of 415; with the everyday sentences
# about things and about keeping a part of the text (tools/marking/everyday.py) 399 found, 45 false, 388 left alone.
# Set 2026-12aw (read after its first look) is left out: trained with it, the model lost marker
# precision on nearly every other read set (2026-12r 0.98 -> 0.94, 2026-12b 0.94 -> 0.89); why was not found (its
# writer leaves some restrictions unlabelled that others label, and labels some statements others do not).
# Thresholds 0.85 and 0.9 gave back half the recall gained (392 and 386 found), so THRESHOLD stayed 0.8 then.
# Sets 2026-12ba to be (eighteenth session) were added after their first looks: leaving each of eight read sets out in
# turn (model alone, unit by unit), the model with ba and bb found 741 of 885 markings against 726, with 69 false ones
# against 72. With all five, reading clauses (marking_classifier.clauses), the time-split test above over ar, am, ao and
# ap found 407 of 470 at THRESHOLD 0.85 with 43 false ones and 389 of 415 harmless prompts left alone (before: 399, 45,
# 388), and 411, 49, 387 at 0.8; so THRESHOLD is now 0.85. Sets 2026-12bi and bj (read after their first looks at that
# model) are left out: in the time-split test they changed little (408 found, 42 false, 389 left alone), but leaving
# each of eight read sets out in turn (model alone, clauses scored, unit by unit) the model with them found 757 of 885
# markings with 76 false ones against 760 and 70 without, and the sealed sets lost marker precision on most sets (up to
# 0.04). Run that leave-one-out test before adding a set, not only the time-split one.
# Sets 2026-12bl, bn, bo and bq (nineteenth session, read after their first looks) are in: leaving each of CHECK_SETS out
# (``--check``) the model with them found 765 of 885 marking units with 53 false ones, against 760 and 70 without; with bi
# and bj as well 768 and 63, so those two stay out. Holding out each of the four in turn, the others in training, the
# whole engine found 403 of 432 markings with 45 false ones at 0.85 and 407 with 52 at 0.8, so THRESHOLD stays.
# Set 2026-12bt (twentieth session, read after its first look) is in: with it ``--check`` found 777 of 885 marking units
# with 59 false ones, against 765 and 53 without.
# Sets 2026-12bv, bx, by and ca (twenty-first session, read after their first looks) are left out: with all four
# ``--check`` found 774 of 885 with 67 false against 777 and 59 without, and each alone added four to eight false ones
# for at most four more found. Their writers' forms went into the grammar instead.
# Set 2026-12cb (twenty-second session, read after its first look) is left out too: with it ``--check`` found 778 of 885
# with 60 false against 777 and 59 without.
# Sets 2026-12cd to ez (twenty-third to twenty-seventh sessions, all read after their first looks, none left out) are in.
# Decided by a time-split test the sealed sets never saw: the engine at 2824db6, whose grammar had not been changed for
# the markings of 2026-12et, eu, ev (read only for a CPR miss) nor seen ex, ey, ez (written after it), scored those six
# with the model then shipped and with one trained on every read set but those six and the sets left out above: of 653
# marking spans 40 missed with 38 false findings, against 30 missed with 40 false; harmless prompts left alone 593 -> 594
# of 614. With the left-out sets in training as well: 28 missed with 72 false, so they stay out. Trained on all 92 sets
# (everyday weight 1), the model read 2026-12fc, fd and fe (written after; the grammar at 3c6f7d1) with 12 of 324 marking spans missed and 18
# false findings at 0.85, 14 missed and 14 false at 0.9, against 21 missed and 13 false for the model before; THRESHOLD
# is 0.9 since (companion/detection/marking_classifier.py).
# Sets 2026-12fc to iw (twenty-eighth to thirty-first sessions, read after their first looks) are not in yet. A time-split
# test the sealed sets never saw (thirty-first session): a model trained on every read set but the six newest against
# the model shipped, each in the whole engine on those six, which neither had learnt (2026-12iq, ir, is with the grammar of
# their first look, 9e8fc32; it, iv, iw with c8ee767): of 643 marking spans 32 missed with 19 false findings before, 27
# missed with 20 false with the 69 sets; harmless prompts left alone 601 of 627 both times. But trained on all of them, the
# model read eight of the team's everyday probes in tests/companion/recognizers as markings ("Klubben er kun til foreningens
# medlemmer.", "Nej, ikke til mig. Tak.", "For staff only"), with EVERYDAY_WEIGHT 3 and with 6: a small gain on unseen
# prompts for new false alarms on plain ones, so the model stays as it was.
# Tried again in the forty-second session with every read set to 2026-12qs (318 sets: TRAINING_SETS, fc to qs, not the
# sets left out above; 2026-12qp and qr, unread then, held out): in the whole engine at d2fd493 on qp and qr it found 254
# of 260 marking spans with 19 false findings, against 249 and 18 for the shipped model, harmless prompts left alone 204
# of 220 both times. But it read 21 of the team's probes in tests/companion/recognizers as markings ("Klubben er kun til
# foreningens medlemmer.", "Temperaturen holdes inden for grænserne.", "Filmen må ikke vises til børn under 15."), 9 with
# EVERYDAY_WEIGHT 25, and trained without qe to qw still 6 with weight 10 at threshold 0.97. A bag of words and pieces
# cannot tell these from the read sets' short restrictions; the model stays as it was, and a model that reads a sentence's
# structure (what is restricted, and whether it is this text) is the way to use the read sets.
#: Inverse regularisation strength. Chosen by leaving one read set out (``--check``; the sealed sets never judged it):
#: 16 found more markings than 4 on five of six sets at the same precision; 64 lost precision.
C = 16.0
# Averaging ten models, each fitted without a tenth of the sets, was tried (nineteenth session): leaving each of
# CHECK_SETS out it found 776 of 885 marking units with 70 false at 0.8 against 760 with 70 for one model at 0.85, but
# in the whole engine on four read sets it had not seen (2026-12bi, bj, bn, bl: 432 markings) it found 395 with 32
# false at 0.85 and 398 with 37 at 0.8, against 396 with 29: the grammar already finds what it added. Not kept.
#: How much each everyday sentence counts against one unit of a set. Trained on 92 sets with weight 1, the model read the
#: team's everyday probes (tests/companion/recognizers) as markings, "Kun til info: mødet er flyttet" at 0.95; with new
#: everyday kinds and weight 3 it does not, and on the nine read sets of the time-split test (THRESHOLD 0.9) it missed 50
#: marking spans with 50 false findings, against 48 and 49 with weight 1 and no new kinds, 50 and 49 with the new kinds
#: at weight 1, and 61 and 51 for the model before.
EVERYDAY_WEIGHT = 3.0
#: The read sets ``--check`` leaves out in turn: the eight newest when it was written, after their grammar work.
CHECK_SETS = ("blind-2026-12ar", "blind-2026-12ap", "blind-2026-12ao", "blind-2026-12am", "blind-2026-12al",
              "blind-2026-12aj", "blind-2026-12ah", "blind-2026-12af")
MARKER = "CONFIDENTIAL_MARKER"


def examples(name: str):
    """(features, is a marking) for every unit of every prompt in eval/NAME.jsonl."""
    for line in (ROOT / "eval" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        gold = [(s["start"], s["end"]) for s in case["spans"] if s["entity_type"] == MARKER]
        for a, b, feats in unit_features(case["text"]):
            yield feats, any(start < b and a < end for start, end in gold)


def matrix(rows):
    data, columns, pointers = [], [], [0]
    for feats in rows:
        columns += feats.keys()
        data += feats.values()
        pointers.append(len(columns))
    return csr_matrix((data, columns, pointers), shape=(len(rows), DIMENSIONS))


@lru_cache(maxsize=None)
def _rows(name: str) -> tuple[list, list]:
    """The feature rows and labels of one set (or of the everyday sentences, ``name`` None), read once."""
    if name is None:
        rows = [feats for sentence in sentences() for _, _, feats in unit_features(sentence)]
        return rows, [0] * len(rows)
    rows, labels = [], []
    for feats, label in examples(name):
        rows.append(feats)
        labels.append(int(label))
    return rows, labels


def fit(names) -> tuple[np.ndarray, float]:
    """The weights and bias of a logistic regression on the everyday sentences and the sets ``names``."""
    rows, labels, weights = [], [], []
    for name in [None, *names]:
        set_rows, set_labels = _rows(name)
        rows += set_rows
        labels += set_labels
        weights += [EVERYDAY_WEIGHT if name is None else 1.0] * len(set_rows)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit(matrix(rows), labels, sample_weight=weights)
    return model.coef_[0], float(model.intercept_[0])


def save(weights: np.ndarray, bias: float, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, weights=weights.astype(np.float32), bias=np.float32(bias))


def leave_one_out():
    """Each of CHECK_SETS scored, unit by unit, by the shipped scoring (clauses too) with a model that never saw it."""
    total = [0, 0, 0]
    with tempfile.TemporaryDirectory() as folder:
        for held in CHECK_SETS:
            path = Path(folder) / f"{held}.npz"
            save(*fit([n for n in TRAINING_SETS if n != held]), path)
            model = MarkingClassifier(path)
            found = false = markings = 0
            for line in (ROOT / "eval" / f"{held}.jsonl").read_text(encoding="utf-8").splitlines():
                case = json.loads(line)
                gold = [(s["start"], s["end"]) for s in case["spans"] if s["entity_type"] == MARKER]
                said = model.markings(case["text"])
                for a, b in units(case["text"]):
                    marking = any(start < b and a < end for start, end in gold)
                    hit = any(start < b and a < end for start, end in said)
                    markings += marking
                    found += hit and marking
                    false += hit and not marking
            print(f"{held}: {found} of {markings} marking units found, {false} false (threshold {THRESHOLD})", flush=True)
            total = [total[0] + found, total[1] + false, total[2] + markings]
    print(f"all: {total[0]} of {total[2]} found (recall {total[0] / total[2]:.3f}), {total[1]} false "
          f"(precision {total[0] / (total[0] + total[1]):.3f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="leave-one-set-out figures only; writes nothing")
    args = parser.parse_args()
    from quality import SEALED

    sealed = {Path(p).stem for p in SEALED}
    if sealed & set(TRAINING_SETS):
        sys.exit(f"a sealed set is in TRAINING_SETS: {sorted(sealed & set(TRAINING_SETS))}")
    if args.check:
        leave_one_out()
        return
    save(*fit(TRAINING_SETS), MODEL_PATH)
    labels = [label for name in [None, *TRAINING_SETS] for label in _rows(name)[1]]
    print(f"{MODEL_PATH.relative_to(ROOT)}: {len(labels)} units ({sum(labels)} markings) from {len(TRAINING_SETS)} "
          f"sets, {MODEL_PATH.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
