"""Measure detection quality and write ``docs/quality.md``.

    .venv/bin/python bench/quality.py [--shared ../shared] [--output docs/quality.md]

Data sets:
- ``eval/corpus.jsonl``: the team's labelled Danish prompts (all entity types);
- ``../shared/benchmarks/os2datascanner_cases.jsonl``: cases from the public
  tests of OS2datascanner and friends, scored under each case's own rule
  configuration where ours can follow it (see ``os2ds_cases``);
- PER on the UNER Danish DDT test set and the DaN+ informal test sets.

Every table has a baseline column: presidio's default ``AnalyzerEngine``
(its predefined recognizers for ``da``) with the same spaCy pipeline.

A predicted span counts as correct when it overlaps a gold span of the same
type (each gold span matched once); the NER tables also give exact-match F1,
the usual measure for named-entity recognition.
"""

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.detection.analysis import Scanner, _PreloadedSpacyEngine  # noqa: E402
from companion.config import DEFAULT_SPACY_MODELS  # noqa: E402
from companion.detection.nlp import load_pipeline  # noqa: E402
from companion.detection.checksums import cpr_passes_mod11  # noqa: E402

OS2DS_KINDS = {
    "cpr": "DK_CPR", "name": "PERSON", "address": "DK_ADDRESS", "health": "HEALTH_DATA",
    "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS",
}


# -- systems under test -------------------------------------------------------------------


class Promptvagt:
    name = "Promptvagt"

    def __init__(self, pipeline):
        self.scanner = Scanner(pipeline)

    def spans(self, text):
        return [(f.entity_type, f.start, f.end, f.severity) for f in self.scanner.scan(text).findings]


class PresidioBaseline:
    """presidio's predefined recognizers for ``da`` on the same spaCy pipeline."""

    name = "presidio default"

    def __init__(self, pipeline):
        registry = RecognizerRegistry(supported_languages=["da"])
        registry.load_predefined_recognizers(languages=["da"])
        self.engine = AnalyzerEngine(
            registry=registry, nlp_engine=_PreloadedSpacyEngine(pipeline), supported_languages=["da"]
        )

    def spans(self, text):
        results = self.engine.analyze(text=text, language="da", score_threshold=0.35)
        return [(r.entity_type, r.start, r.end, None) for r in results]


# -- scoring ------------------------------------------------------------------------------


class Tally:
    def __init__(self):
        self.counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "exact": 0, "gold": 0, "pred": 0})

    def add(self, gold, predicted, types):
        """Score one text; ``gold``/``predicted`` are (type, start, end) tuples, only ``types`` count."""
        for entity in types:
            g = [s for s in gold if s[0] == entity]
            p = [s for s in predicted if s[0] == entity]
            row = self.counts[entity]
            row["gold"] += len(g)
            row["pred"] += len(p)
            unmatched = list(g)
            for span in p:
                hit = next((x for x in unmatched if x[1] < span[2] and span[1] < x[2]), None)
                if hit:
                    unmatched.remove(hit)
                    row["tp"] += 1
                    row["exact"] += (hit[1], hit[2]) == (span[1], span[2])
                else:
                    row["fp"] += 1
            row["fn"] += len(unmatched)

    def scores(self, entity):
        row = self.counts[entity]
        precision = row["tp"] / row["pred"] if row["pred"] else None
        recall = row["tp"] / row["gold"] if row["gold"] else None
        f1 = _f1(precision, recall)
        exact_p = row["exact"] / row["pred"] if row["pred"] else None
        exact_r = row["exact"] / row["gold"] if row["gold"] else None
        return {"precision": precision, "recall": recall, "f1": f1, "exact_f1": _f1(exact_p, exact_r), **row}


def _f1(p, r):
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def fmt(value):
    return "–" if value is None else f"{value:.2f}"


# -- data sets ----------------------------------------------------------------------------


def corpus_cases(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            gold = [(s["entity_type"], s["start"], s["end"]) for s in case["spans"]]
            yield case, gold


def os2ds_cases(path):
    """Yield (case, gold, config filter) for the kinds we detect.

    Our CPR rule deliberately finds numbers that fail modulus 11 (valid since
    2007); where a case's configuration demands modulus 11, our findings are
    filtered the same way, and its ``exceptions`` are dropped, so the case is
    scored under its own rules.
    """
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        entity = OS2DS_KINDS.get(case["kind"])
        if entity is None or not case.get("exhaustive"):
            continue
        gold = [(entity, s, e) for s, e in case.get("spans", [])]
        config = case.get("config", {})
        modulus = config.get("modulus_11") or "modulus_11=True" in config.get("rule", "") or "detector(true" in config.get("ctor", "")
        exceptions = set(config.get("exceptions", []))

        def keep(span, text=case["text"], modulus=modulus, exceptions=exceptions):
            if span[0] != "DK_CPR":
                return True
            digits = "".join(c for c in text[span[1] : span[2]] if c.isdigit())
            if digits in exceptions:
                return False
            return not modulus or cpr_passes_mod11(digits) or _mod11_exempt(digits)

        yield case, entity, gold, keep


# People born on 1 January of these years have CPR numbers that fail modulus 11
# (CPR-kontoret); rules that demand modulus 11 make an exception for them.
MOD11_EXEMPT_YEARS = {1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975, 1978, *range(1980, 1993), 1994, 1995}


def _mod11_exempt(digits):
    return digits[:4] == "0101" and 1900 + int(digits[4:6]) in MOD11_EXEMPT_YEARS and digits[6] in "0123"


def iob_sentences(path, columns):
    """Yield (text, PER spans) from an IOB2 file; tokens joined with single spaces."""
    tokens, tags = [], []
    for line in list(path.read_text(encoding="utf-8").splitlines()) + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                yield _join(tokens, tags)
            tokens, tags = [], []
            continue
        parts = line.split("\t")
        tokens.append(parts[columns[0]])
        tags.append(parts[columns[1]])


def _join(tokens, tags):
    text, spans, position, current = "", [], 0, None
    for token, tag in zip(tokens, tags):
        start = position
        text += token + " "
        position += len(token) + 1
        is_per = tag.endswith("PER") and tag[:2] in ("B-", "I-")
        if is_per and tag.startswith("I-") and current:
            current[2] = start + len(token)
        elif is_per:
            current = ["PERSON", start, start + len(token)]
            spans.append(current)
        else:
            current = None
    return text.rstrip(), [tuple(s) for s in spans]


# -- report -------------------------------------------------------------------------------


#: The labelled prompt corpora, in the order the report shows them: (file, title, what it is).
#: A corpus in SEALED is scored but its errors are never shown: its figures stay blind for as long as
#: nobody reads its cases, so they can judge the changes made after its first look.
SEALED = {"eval/blind-2026-12tu.jsonl", "eval/blind-2026-12to.jsonl", "eval/blind-2026-12tk.jsonl", "eval/blind-2026-12tg.jsonl", "eval/blind-2026-12te.jsonl", "eval/blind-2026-12sy.jsonl", "eval/blind-2026-12sv.jsonl", "eval/blind-2026-12sr.jsonl", "eval/blind-2026-12sm.jsonl", "eval/blind-2026-12sk.jsonl", "eval/blind-2026-12se.jsonl", "eval/blind-2026-12sa.jsonl", "eval/blind-2026-12rx.jsonl", "eval/blind-2026-12rs.jsonl", "eval/blind-2026-12rp.jsonl", "eval/blind-2026-12rl.jsonl", "eval/blind-2026-12rh.jsonl", "eval/blind-2026-12rb.jsonl", "eval/blind-2026-12ra.jsonl", "eval/blind-2026-12qu.jsonl", "eval/blind-2026-12qq.jsonl", "eval/blind-2026-12qo.jsonl", "eval/blind-2026-12qk.jsonl", "eval/blind-2026-12qd.jsonl", "eval/blind-2026-12qa.jsonl", "eval/blind-2026-12px.jsonl", "eval/blind-2026-12pt.jsonl", "eval/blind-2026-12po.jsonl", "eval/blind-2026-12pl.jsonl", "eval/blind-2026-12pi.jsonl", "eval/blind-2026-12pb.jsonl", "eval/blind-2026-12ox.jsonl", "eval/blind-2026-12ou.jsonl", "eval/blind-2026-12op.jsonl", "eval/blind-2026-12ol.jsonl", "eval/blind-2026-12oi.jsonl", "eval/blind-2026-12of.jsonl", "eval/blind-2026-12oa.jsonl", "eval/blind-2026-12nw.jsonl", "eval/blind-2026-12nu.jsonl", "eval/blind-2026-12nq.jsonl", "eval/blind-2026-12nl.jsonl", "eval/blind-2026-12ng.jsonl", "eval/blind-2026-12nc.jsonl", "eval/blind-2026-12mx.jsonl", "eval/blind-2026-12mu.jsonl", "eval/blind-2026-12ms.jsonl", "eval/blind-2026-12mn.jsonl", "eval/blind-2026-12mi.jsonl", "eval/blind-2026-12mf.jsonl", "eval/blind-2026-12mc.jsonl", "eval/blind-2026-12ly.jsonl", "eval/blind-2026-12lr.jsonl", "eval/blind-2026-12lp.jsonl", "eval/blind-2026-12lj.jsonl", "eval/blind-2026-12li.jsonl", "eval/blind-2026-12le.jsonl", "eval/blind-2026-12la.jsonl", "eval/blind-2026-12kv.jsonl", "eval/blind-2026-12ks.jsonl", "eval/blind-2026-12kl.jsonl", "eval/blind-2026-12kh.jsonl", "eval/blind-2026-12kf.jsonl", "eval/blind-2026-12jz.jsonl", "eval/blind-2026-12jy.jsonl", "eval/blind-2026-12ju.jsonl", "eval/blind-2026-12jp.jsonl", "eval/blind-2026-12jk.jsonl", "eval/blind-2026-12jg.jsonl", "eval/blind-2026-12jb.jsonl", "eval/blind-2026-12ix.jsonl", "eval/blind-2026-12iu.jsonl", "eval/blind-2026-12ip.jsonl", "eval/blind-2026-12io.jsonl", "eval/blind-2026-12ik.jsonl", "eval/blind-2026-12ie.jsonl", "eval/blind-2026-12ia.jsonl", "eval/blind-2026-12hw.jsonl", "eval/blind-2026-12hr.jsonl", "eval/blind-2026-12hq.jsonl", "eval/blind-2026-12hj.jsonl", "eval/blind-2026-12hf.jsonl", "eval/blind-2026-12he.jsonl", "eval/blind-2026-12gz.jsonl", "eval/blind-2026-12gu.jsonl", "eval/blind-2026-12gp.jsonl", "eval/blind-2026-12gn.jsonl", "eval/blind-2026-12gk.jsonl", "eval/blind-2026-12ge.jsonl", "eval/blind-2026-12ga.jsonl", "eval/blind-2026-12fw.jsonl", "eval/blind-2026-12ft.jsonl", "eval/blind-2026-12fn.jsonl", "eval/blind-2026-12fj.jsonl", "eval/blind-2026-12ff.jsonl", "eval/blind-2026-12fb.jsonl", "eval/blind-2026-12fa.jsonl", "eval/blind-2026-12ew.jsonl", "eval/blind-2026-12er.jsonl", "eval/blind-2026-12en.jsonl", "eval/blind-2026-12ei.jsonl", "eval/blind-2026-12eg.jsonl", "eval/blind-2026-12eb.jsonl", "eval/blind-2026-12dx.jsonl", "eval/blind-2026-12ds.jsonl", "eval/blind-2026-12do.jsonl", "eval/blind-2026-12dk.jsonl", "eval/blind-2026-12dh.jsonl", "eval/blind-2026-12cq.jsonl", "eval/blind-2026-12dc.jsonl", "eval/blind-2026-12de.jsonl", "eval/blind-2026-12cz.jsonl", "eval/blind-2026-12cv.jsonl", "eval/blind-2026-12cs.jsonl", "eval/blind-2026-12d.jsonl", "eval/blind-2026-12f.jsonl", "eval/blind-2026-12k.jsonl", "eval/blind-2026-12n.jsonl",
          "eval/blind-2026-12p.jsonl", "eval/blind-2026-12s.jsonl",
          "eval/blind-2026-12v.jsonl", "eval/blind-2026-12w.jsonl", "eval/blind-2026-12y.jsonl",
          "eval/blind-2026-12aa.jsonl", "eval/blind-2026-12ac.jsonl", "eval/blind-2026-12ae.jsonl",
          "eval/blind-2026-12ag.jsonl", "eval/blind-2026-12ai.jsonl", "eval/blind-2026-12ak.jsonl",
          "eval/blind-2026-12an.jsonl", "eval/blind-2026-12aq.jsonl",
          "eval/blind-2026-12as.jsonl", "eval/blind-2026-12at.jsonl",
          "eval/blind-2026-12au.jsonl", "eval/blind-2026-12av.jsonl",
          "eval/blind-2026-12ax.jsonl",
          "eval/blind-2026-12ay.jsonl", "eval/blind-2026-12az.jsonl",
          "eval/blind-2026-12bf.jsonl", "eval/blind-2026-12bg.jsonl",
          "eval/blind-2026-12bh.jsonl", "eval/blind-2026-12bm.jsonl",
          "eval/blind-2026-12bk.jsonl", "eval/blind-2026-12bp.jsonl", "eval/blind-2026-12br.jsonl",
          "eval/blind-2026-12bs.jsonl", "eval/blind-2026-12bu.jsonl",
          "eval/blind-2026-12bw.jsonl", "eval/blind-2026-12bz.jsonl",
          "eval/blind-2026-12cc.jsonl", "eval/blind-2026-12ce.jsonl", "eval/blind-2026-12cg.jsonl",
          "eval/blind-2026-12ci.jsonl", "eval/blind-2026-12ck.jsonl", "eval/blind-2026-12cm.jsonl"}
CORPORA = [
    ("eval/blind-2026-12.jsonl", "Blind set 2026-12",
     "Written for issue #10 by a helper who had not read the code or the other corpora, before the engine "
     "was changed. Its first look (below) is the honest figure; later figures are after general changes "
     "(data, model, grammar). Its errors were read after the first look, and some general place and name words "
     "(`Slot`, `Mølle`, `Strand`, `aften`, `stormen`, `-skibet`) were added to the grammar because they "
     "appear in its harmless prompts, and its harmless historical figures and towns led to the place and "
     "historical-figure lists (`data/places.txt`, `data/public_figures.txt`): the figures after the first look "
     "are therefore not blind any more."),
    ("eval/blind-2026-12b.jsonl", "Blind set 2026-12b",
     "Written for issue #10 on 2026-12-01 by a second helper who had not read the code, the other corpora or "
     "their errors, after the engine changes for the first blind set. Its first look is the honest figure for "
     "those changes. Its errors were then read and general rules and data followed (a phone word counts against "
     "a CPR number only as its label; a draft's status and embargo wordings; figure, fiction, firm, compound and "
     "country names): the figures after its first look are not blind either."),
    ("eval/blind-2026-12c.jsonl", "Blind set 2026-12c",
     "Written for issue #10 on 2026-12-01 by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as the sealed set below. Its first look is the honest figure for the engine "
     "before that day's changes; its errors were then read to guide general changes (data, grammar), so its "
     "later figures are not blind."),
    ("eval/blind-2026-12d.jsonl", "Blind set 2026-12d (sealed)",
     "Written for issue #10 on 2026-12-01 by a third helper who had not read the code, the other corpora or "
     "their errors. Scored once before that day's changes (first look below); since then it is only "
     "scored: its cases and errors are not read while the engine is developed, so its figures after the "
     "first look are blind too."),
    ("eval/blind-2026-12e.jsonl", "Blind set 2026-12e",
     "Written for issue #10 on 2026-12-01 (second session) by a helper who had not read the code, the other "
     "corpora or their errors, with many confidentiality markings (98 spans). Scored once at commit `4f4d1cb` "
     "(first look below); its errors were then read to guide general changes (the marker grammar, names joined "
     "to names, firms, animals and monarchs, acronyms in capitals), so its later figures are not blind. The "
     "brands its harmless prompts name (`Karen Volf`, `Anthon Berg`, `Brødrene Dahl`, `Louis Poulsen`) are in "
     "`data/brands_named_after_people.txt` since 2026-12-01's fourth session: a list written from general "
     "knowledge, but by a team that had read these cases."),
    ("eval/blind-2026-12f.jsonl", "Blind set 2026-12f (sealed)",
     "Written on 2026-12-01 (second session) by a helper who had not read the code, the other corpora or their "
     "errors, while that session's changes were being made. Its first look was taken at commit `82829a6`, after "
     "the changes guided by set 2026-12e: the honest figure for them. Later changes (guided by set 2026-12g and "
     "the team's own probes) were made without reading it, so its figures now are blind too. Sealed: its cases "
     "and errors are not read. In the fifth session its figures were seen after each batch of changes: after the "
     "set-2026-12l batch one more harmless prompt warned (81 to 80 of 89) and marker precision fell (0.94 to 0.90); "
     "the team then reviewed that batch's rules against its own probes of policy texts (without reading this set) "
     "and narrowed several, which did not bring the prompt back."),
    ("eval/blind-2026-12g.jsonl", "Blind set 2026-12g",
     "Written on 2026-12-01 (second session) by a helper who had not read the code, the other corpora or their "
     "errors, with many harmless prompts (45 %). Scored once at commit `904618e` (first look below), after the "
     "changes guided by set 2026-12e; its errors were then read to guide general changes (marker misspellings and "
     "forms, medicines and firms taken for names, placeholders, addresses), so its later figures are not blind. "
     "Names its harmless prompts hold are now in the data files too (`Caroline Mathilde` among historical "
     "figures, `Harald Nyborg` among brands)."),
    ("eval/blind-2026-12h.jsonl", "Blind set 2026-12h",
     "Written on 2026-12-01 (third session) by a helper who had not read the code, the other corpora or their "
     "errors, with many markings (99 spans) and harmless prompts (39 %). Its first look (below) was taken at "
     "commit `43d7d68`, after the changes guided by set 2026-12g and the team's own probes of that session: the "
     "honest figure for them. Its errors were then read to guide general changes (marker fields, agenda lines, "
     "rules about kinds of text; initials in rotas, bulleted lists about people; form fields that name no one), "
     "so its later figures are not blind. The Olsen gang's trio (`Egon, Benny og Kjeld`), named in one of its "
     "harmless prompts, is now in `data/public_figures.txt`."),
    ("eval/blind-2026-12i.jsonl", "Blind set 2026-12i",
     "Written on 2026-12-01 (fourth session) by a helper who had not read the code, the other corpora or their "
     "errors, with many harmless prompts (44 %). Its first look (below) was taken at commit `6d930e8`, after the "
     "changes guided by set 2026-12h: the honest figure for them. Its errors were then read to guide general changes "
     "(JSON and status fields, circles and access lines, kinds of text; names after form labels, firms, nicknames, "
     "initials, brands), so its later figures are not blind; two brands its harmless prompts name (`Louis "
     "Poulsen`, `Fritz Hansen`) are now in `data/brands_named_after_people.txt`."),
    ("eval/blind-2026-12j.jsonl", "Blind set 2026-12j",
     "Written on 2026-12-01 (fifth session) by a helper who had not read the code, the other corpora or their "
     "errors, with many markings (103 spans) and harmless prompts (40 %). Its first look (below) was taken at "
     "the start of that session, after only a speed change that leaves every finding as it was: the honest "
     "figure for the engine of the fourth session. Its errors were then read to guide general changes (levels in "
     "compounds and fields, a table's classifying column, readers and uses a text is kept to, restrictions after "
     "their subject; nouns after an article, teams and broadcasters), so its later figures are not blind."),
    ("eval/blind-2026-12k.jsonl", "Blind set 2026-12k (sealed)",
     "Written on 2026-12-01 (fifth session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as set 2026-12j, and kept sealed: nobody has read its cases or errors. Its first look "
     "(below) was taken at the end of that session, after all the changes guided by sets 2026-12j, 2026-12l and "
     "2026-12m: the honest figure for them."),
    ("eval/blind-2026-12l.jsonl", "Blind set 2026-12l",
     "Written on 2026-12-01 (fifth session) by a helper who had not read the code, the other corpora or their "
     "errors, with many markings (109 spans) and harmless prompts (38 %). Its first look (below) was taken after the "
     "changes guided by set 2026-12j: the honest figure for them. Its errors were then read to guide general changes "
     "(slips of the pen, roles a text is kept to, handling and storing, closed for a group, partner towns' "
     "languages; rules about kinds of text), so its later figures are not blind."),
    ("eval/blind-2026-12m.jsonl", "Blind set 2026-12m",
     "Written on 2026-12-01 (fifth session) by a helper who had not read the code, the other corpora or their "
     "errors, with many markings (113 spans) and harmless prompts (38 %). Its first look (below) was taken after the "
     "changes guided by set 2026-12l: the honest figure for them. Its errors were then read to guide general changes "
     "(telling before a condition, screened cases, a scanner's 0 for O, sealed and kept back, drafts awaiting "
     "approval, release times; parts of a figure's name), so its later figures are not blind."),
    ("eval/blind-2026-12n.jsonl", "Blind set 2026-12n (sealed)",
     "Written on 2026-12-01 (sixth session) by a helper who had not read the code, the other corpora or their "
     "errors, with many markings (104 spans) and harmless prompts (40 %), and kept sealed: nobody has read its cases "
     "or errors. Its first look (below) was taken after the trained marking model was added: the honest figure "
     "for it. Later changes of that session were judged by set 2026-12p."),
    ("eval/blind-2026-12o.jsonl", "Blind set 2026-12o",
     "Written on 2026-12-01 (sixth session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as set 2026-12n, with many markings (105 spans) and harmless prompts (39 %). Its "
     "first look (below) was taken with the trained marking model, which had never seen it: the honest figure "
     "for it. Its errors were then read to guide general changes (names given to rooms and devices, shops named "
     "by a first name's genitive, villages in addresses, placeholders, English months; schemes explained level "
     "by level; questions about someone of a kind) and it joined the marking model's training data, so its later "
     "figures are not blind."),
    ("eval/blind-2026-12p.jsonl", "Blind set 2026-12p (sealed)",
     "Written on 2026-12-01 (sixth session) by a helper who had not read the code, the other corpora or their "
     "errors, with many markings (109 spans) and harmless prompts (40 %), and kept sealed: nobody has read its cases "
     "or errors. Its first look (below) was taken at the end of that session, after every change of the session: "
     "the honest figure for them."),
    ("eval/blind-2026-12q.jsonl", "Blind set 2026-12q",
     "Written on 2026-12-01 (seventh session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards HR, procurement, IT, finance, the council secretariat and press, with many markings "
     "(131 spans) and harmless prompts (37 %). Its first look (below) was taken at the start of that session, "
     "before any detection change: the honest figure for the engine of the sixth session. Its errors were then "
     "read to guide general changes and it joined the marking model's training data, so its later figures are "
     "not blind."),
    ("eval/blind-2026-12r.jsonl", "Blind set 2026-12r",
     "Written on 2026-12-01 (seventh session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards social services, job centres, schools, day care, elder care and health, with many "
     "markings (122 spans) and harmless prompts (39 %). Its first look (below) was taken at the start of that "
     "session, before any detection change. Its errors were then read to guide general changes and it joined the "
     "marking model's training data, so its later figures are not blind."),
    ("eval/blind-2026-12s.jsonl", "Blind set 2026-12s (sealed)",
     "Written on 2026-12-01 (seventh session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as sets 2026-12q and r, with many markings (117 spans) and harmless prompts (39 %), "
     "and kept sealed: nobody has read its cases or errors. Its first look (below) was taken at the end of that "
     "session, after every change of the session: the honest figure for them."),
    ("eval/blind-2026-12t.jsonl", "Blind set 2026-12t",
     "Written on 2026-12-02 (eighth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards HR, procurement, IT, the council secretariat, legal and press, with many markings "
     "(143 spans) and harmless prompts (40 %). Its first look (below) was taken at the start of that session, "
     "before any detection change: the honest figure for the engine of the seventh session. Its errors were then "
     "read to guide general changes and it joined the marking model's training data; words seen in its cases went "
     "into the grammar with their kind (`hold det for jer selv`, `på lavt blus`, `Security level`, `Markeret som`, "
     "`slettes, når …`, newspaper names with `Avis`, initials after `Reporter:` and `Udskrevet … af`, German nouns), "
     "so its later figures are not blind."),
    ("eval/blind-2026-12u.jsonl", "Blind set 2026-12u",
     "Written on 2026-12-02 (eighth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards social services, job centres, schools, day care, elder care and health, with chat "
     "messages and pasted spreadsheets, many markings (117 spans) and harmless prompts (39 %). Its first look "
     "(below) was taken at the start of that session, before any detection change. Its errors were then read to "
     "guide general changes and it joined the marking model's training data; words seen in its cases went into the "
     "grammar with their kind (`inden for de fire vægge`, `Synlig for`, `Synlighed: Skjult for`, `Sikkerhedsniveau: "
     "Kun …`, `venter på` a chief, `Dagblad`, a name before its CPR number in brackets, medicines `ved anfald`), so "
     "its later figures are not blind."),
    ("eval/blind-2026-12v.jsonl", "Blind set 2026-12v (sealed)",
     "Written on 2026-12-02 (eighth session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as sets 2026-12t and u, with many markings (130 spans) and harmless prompts (39 %), "
     "and kept sealed: nobody has read its cases or errors. Its first look (below) was taken at the end of that "
     "session, after every change of the session: the honest figure for them. Its CPR figures are not blind to the "
     "nineteenth session's century trial (a count over every set's labels was taken while checking it; "
     "eval/README.md)."),
    ("eval/blind-2026-12w.jsonl", "Blind set 2026-12w (sealed)",
     "Written on 2026-12-02 (ninth session) by a helper who had not read the code, the other corpora or their "
     "errors, as a month of traffic from a whole municipality (many lengths and pasted formats), with many markings "
     "(121 spans) and harmless prompts (40 %), and kept sealed: nobody has read its cases or errors. Its first look "
     "(below) was taken at the start of that session, before any detection change: the honest figure for the "
     "engine of the eighth session; later figures judge that session's changes."),
    ("eval/blind-2026-12x.jsonl", "Blind set 2026-12x",
     "Written on 2026-12-02 (ninth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards the job centre, elder care, technical and environmental administration, culture, "
     "finance, citizens' service, the dental service, emergency services and the mayor's office, with many markings "
     "(99 spans) and harmless prompts (39 %). Its first look (below) was taken at the start of that session, before "
     "any detection change. Its errors were then read to guide general changes and it joined the marking model's "
     "training data, so its later figures are not blind."),
    ("eval/blind-2026-12y.jsonl", "Blind set 2026-12y (sealed)",
     "Written on 2026-12-02 (tenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as staff type in a hurry (short requests with a pasted fragment, phone typing without capitals or "
     "æ/ø/å, chat and SMS exchanges, forwarded mail, half-edited drafts), with many markings (105 spans) and "
     "harmless prompts (39 %), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken at the start of that session, before any change it could guide: the honest figure for the engine of "
     "the ninth session; later figures judge the tenth session's changes. Its CPR figures are not blind to the "
     "nineteenth session's century trial (a count over every set's labels was taken while checking it; "
     "eval/README.md)."),
    ("eval/blind-2026-12z.jsonl", "Blind set 2026-12z",
     "Written on 2026-12-02 (tenth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards schools and day care, social psychiatry and disability, HR and payroll, procurement "
     "and contract law, the council's committees and the communication department, with many markings (111 "
     "spans) and harmless prompts (40 %). Its first look (below) was taken at the start of that session, before "
     "any change it could guide. Its errors were then read to guide general changes and it joined the marking "
     "model's training data, so its later figures are not blind."),
    ("eval/blind-2026-12aa.jsonl", "Blind set 2026-12aa (sealed)",
     "Written on 2026-12-02 (eleventh session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards the citizen-facing and technical side (Borgerservice, the jobcentre and integration, "
     "home care, nursing homes, rehabilitation and the dentist, building, roads and environment, libraries, culture "
     "and sport, and their managers), with markings (108 spans) and harmless prompts, and kept sealed: nobody has "
     "read its cases or errors. Its first look (below) was taken at the start of that session, after only a speed "
     "change that leaves every finding as it was: the honest figure for the engine of the tenth session; later "
     "figures judge the eleventh session's changes."),
    ("eval/blind-2026-12ab.jsonl", "Blind set 2026-12ab",
     "Written on 2026-12-02 (eleventh session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as set 2026-12aa, leaning towards management and the secretariat (the director's "
     "office, legal, finance and procurement, MED committees, crisis and press communication, the whistleblower "
     "scheme, the data protection officer, IT security, the council's committees), mostly pasted from Word, "
     "Outlook, PDFs, Teams and case systems, with many markings (161 spans) and harmless prompts (44 %). Its first "
     "look (below) was taken at the start of that session, before any change it could guide. Its errors were then "
     "read to guide general changes, so its later figures are not blind."),
    ("eval/blind-2026-12ac.jsonl", "Blind set 2026-12ac (sealed)",
     "Written on 2026-12-02 (twelfth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards children and families, special education, daycare, social psychiatry, addiction "
     "treatment, homelessness and housing allocation, and their managers and secretaries, with markings (133 spans) "
     "and harmless prompts, and kept sealed: nobody has read its cases or errors. Its first look (below) was taken "
     "in that session after a start-up change that leaves every finding as it was and the session's first general "
     "changes to names and markings, which the read sets guided; later figures judge the session's later changes."),
    ("eval/blind-2026-12ad.jsonl", "Blind set 2026-12ad",
     "Written on 2026-12-02 (twelfth session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as set 2026-12ac, leaning towards payroll, pensions and HR administration, the "
     "emergency services and utilities, elections and the citizens' service desk, culture, sport and bookings, "
     "rural permits and international work (twin towns, EU projects, English-speaking partners, translation), "
     "with markings (120 spans) and harmless prompts. Its first look (below) was taken in that session before any "
     "change it could guide. Its errors were then read to guide general changes, so its later figures are not blind."),
    ("eval/blind-2026-12ae.jsonl", "Blind set 2026-12ae (sealed)",
     "Written on 2026-12-02 (thirteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards the legal office, procurement, data protection and audit, the environment department "
     "and building permits, and the mayor's office preparing closed items, pasted from mail chains, Word, Teams "
     "and tables, with markings (132 spans) and harmless prompts (42 %), and kept sealed: nobody has read its "
     "cases or errors. Its first look (below) was taken in that session after its first general changes to names "
     "and markings, which only the team's own probes guided; later figures judge the session's later changes."),
    ("eval/blind-2026-12af.jsonl", "Blind set 2026-12af",
     "Written on 2026-12-02 (thirteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as set 2026-12ae, leaning towards employment and benefits (the job centre, sick-leave "
     "follow-up, flex jobs and early retirement, integration and family reunification, the benefits office, debt "
     "collection, the rehabilitation team) and managers writing to HR, in dictated notes, phone messages, case-system "
     "templates, minutes with initials, letters, English mails and CSV exports, with markings (114 spans) and harmless "
     "prompts. Its first look (below) was taken at the same commit as set 2026-12ae's, before any change it could "
     "guide. Its errors were then read to guide general changes, so its later figures are not blind. Words of its "
     "harmless prompts went into data: the reformer it names is in `data/public_figures.txt` (with other deceased "
     "statesmen), and the weekly paper and clinic heads it used are in `not_a_person.py`'s lists."),
    ("eval/blind-2026-12ag.jsonl", "Blind set 2026-12ag (sealed)",
     "Written on 2026-12-02 (fourteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards children and families (child protection and notifications of concern, foster care, "
     "school psychology, daycare, special-needs education, youth clubs and crime prevention with the police, family "
     "counselling) and culture and leisure, in parents' messages, text messages, transcribed notes, pasted PDFs, "
     "minutes with initials, case-system templates, JSON and CSV extracts and mails, some in English, with markings "
     "(125 spans) and harmless prompts (40 %), and kept sealed: nobody has read its cases or errors. Its first look "
     "(below) was taken in that session after its changes guided by the team's own probes and by read set 2026-12ah; "
     "later figures judge the session's later changes."),
    ("eval/blind-2026-12ah.jsonl", "Blind set 2026-12ah",
     "Written on 2026-12-02 (fourteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards the municipality's administration and technical services (IT and security incidents, "
     "utilities, roads and property, tenders and suppliers, HR recruiting, dismissals and union talks, finance and "
     "the mayor's secretariat), in tickets, chat threads, pasted spreadsheet rows, Markdown, SQL and log excerpts, "
     "mails with signatures and footers, many in English or mixed, with markings (114 spans) and harmless prompts. "
     "Its first look (below) was taken in that session after its first general changes to markings, which only the "
     "team's own probes guided. Its errors were then read to guide general changes, so its later figures are not blind."),
    ("eval/blind-2026-12ai.jsonl", "Blind set 2026-12ai (sealed)",
     "Written on 2026-12-02 (fourteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as set 2026-12aj, leaning towards eldercare and health (home care and nursing homes, "
     "dementia, rehabilitation, assistive devices, the municipal health services, relatives' complaints and "
     "supervision, end-of-life care) and the citizens' service desk, in handover notes, care-system extracts, "
     "relatives' mails, complaint letters, minutes with initials, rota tables, shift chats and dictated text messages, "
     "with markings (105 spans) and harmless prompts, and kept sealed: nobody has read its cases or errors. Its first "
     "look (below) was taken at the end of that session's detection changes, those guided by set 2026-12aj included: "
     "the honest figure for them."),
    ("eval/blind-2026-12aj.jsonl", "Blind set 2026-12aj",
     "Written on 2026-12-02 (fourteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards politics and schools (the city council and its committees, closed items, budget "
     "negotiations, the mayor's office and press office, whistleblower reports and audit remarks; teachers' notes, "
     "pupil plans, exams and grades, bullying cases, school leaders and the school board), in agenda drafts, minutes, "
     "speech and press release drafts, party chats, pasted grade sheets, parents' messages and mails, some in English, "
     "with markings (110 spans) and harmless prompts. Its first look (below) was taken in that session after the "
     "changes guided by the team's own probes and by set 2026-12ah. Its errors were then read to guide general changes, "
     "so its later figures are not blind."),
    ("eval/blind-2026-12ak.jsonl", "Blind set 2026-12ak (sealed)",
     "Written on 2026-12-03 (fifteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, at the same time as set 2026-12al, leaning towards the job centre and the integration office "
     "(unemployment and sickness benefits, resource and flex jobs, job plans, employers and wage subsidies, refugees "
     "and family reunification, language schools and interpreters, the rehabilitation team, appeals), mostly in short "
     "prompts, with markings (113 spans) and harmless prompts (40 %), and kept sealed: nobody has read its cases or "
     "errors. Its first look (below) was taken at the start of that session, at the same commit as set 2026-12al's: "
     "the honest figure for the engine of the fourteenth session with two small changes to names; later figures judge "
     "the changes that set 2026-12al guided."),
    ("eval/blind-2026-12al.jsonl", "Blind set 2026-12al",
     "Written on 2026-12-03 (fifteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, leaning towards the technical and environmental administration and the legal and data-protection office "
     "(building permits and neighbour hearings, local plans, roads, waste, nature and water, property tax, the fire and "
     "rescue service, rental housing, procurement and contracts, data-breach logs, access to documents, the Ombudsman), "
     "with markings (113 spans) and harmless prompts. Its first look (below) was taken at the start of that session, "
     "after two small changes to names guided by the team's own leftovers. Its errors were then read to guide general "
     "changes, so its later figures are not blind."),
    ("eval/blind-2026-12am.jsonl", "Blind set 2026-12am",
     "Written on 2026-12-03 (fifteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as prompts typed in a hurry across the municipality's departments (phone typing without capitals or "
     "æ/ø/å, typos, staff abbreviations, pasted chats with timestamps, forwarded mails with quoted replies, drafts with "
     "notes to self, Danish mixed with English), with markings (132 spans) written the same way and harmless prompts "
     "(45 %). Its first look (below) was taken in that session after the changes guided by read set 2026-12al and by "
     "the team's own probes of hurried typing. Its errors were then read to guide general changes, so its later "
     "figures are not blind."),
    ("eval/blind-2026-12an.jsonl", "Blind set 2026-12an (sealed)",
     "Written on 2026-12-03 (fifteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as longer documents pasted from across the municipality (case notes and journal extracts, minutes with "
     "closed items, handover and investigation reports, complaints and replies, agenda drafts, HR letters, press "
     "release drafts with internal notes, contract and tender excerpts, board minutes), many of 600–2,500 characters "
     "with headers, footers, signatures and tables, with markings (125 spans) and harmless prompts (44 %), and kept "
     "sealed: nobody has read its cases or errors. Its first look (below) was taken in that session after the changes "
     "guided by read set 2026-12al and by the team's own probes of hurried typing; later figures judge the session's "
     "later changes."),
    ("eval/blind-2026-12ao.jsonl", "Blind set 2026-12ao",
     "Written on 2026-12-03 (fifteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as longer documents pasted from across the municipality (minutes, journal extracts, reports, complaints "
     "and replies, agenda drafts, HR documents, press drafts, policies and guidelines, newsletters, public reports), "
     "most of 300–1,100 characters, with markings (106 spans) and many harmless prompts (48 %). Its first look (below) "
     "was taken in that session after the changes guided by read sets 2026-12al and 2026-12am and by the team's own "
     "probes. Its errors were then read to guide general changes, so its later figures are not blind."),
    ("eval/blind-2026-12ap.jsonl", "Blind set 2026-12ap",
     "Written on 2026-12-03 (sixteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the prompts of staff who work half in English and half in Danish (IT and digitalisation tickets and "
     "incident notes, procurement and contract excerpts, EU projects and twin-town letters, English-speaking "
     "colleagues and interns asking for translations and summaries of Danish case notes, managers' board papers), "
     "code-switching freely, with markings in both languages (113 spans) and harmless prompts. Its first look (below) "
     "was taken at the start of that session, before any change to detection. Its errors were then read to guide "
     "general changes, so its later figures are not blind."),
    ("eval/blind-2026-12aq.jsonl", "Blind set 2026-12aq (sealed)",
     "Written on 2026-12-03 (sixteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the social administration's front line (children and families, disability, adult psychiatry and "
     "addiction, housing support and homelessness, and the secretaries, team leaders and legal advisers around them) "
     "asking a chatbot to rewrite, shorten, structure or translate pasted journal entries with initials, tables, "
     "CSV/JSON exports, text and Aula messages, shift handovers and network-meeting notes, with markings (118 spans) "
     "and harmless prompts, and kept sealed: nobody has read its cases or errors. Its first look (below) was taken at "
     "the start of that session, before any change to detection; later figures judge the session's changes."),
    ("eval/blind-2026-12ar.jsonl", "Blind set 2026-12ar",
     "Written on 2026-12-03 (sixteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, on the same theme as sealed set 2026-12aq by another writer: the social administration's front line "
     "(children and families, disability, psychiatry, addiction, homelessness, the jobcentre's vulnerable citizens) "
     "asking a chatbot to rewrite, summarise or translate pasted journal entries, handovers, network-meeting minutes, "
     "citizens' text messages and case-system exports, with markings written as such staff write them (119 spans) "
     "and harmless prompts. Its first look (below) was taken in that session after the changes guided by read set "
     "2026-12ap. Its errors were then read to guide general changes, so its later figures are not blind."),
    ("eval/blind-2026-12as.jsonl", "Blind set 2026-12as (sealed)",
     "Written on 2026-12-03 (sixteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as a normal week across a whole municipality by many kinds of staff (daycare and school, eldercare and "
     "health, HR and payroll, the mayor's office and council secretariat, communications, citizens' service, culture, "
     "technical administration), formal and sloppy, in Danish and English, with markings as varied as the writers "
     "(133 spans) and harmless prompts, and kept sealed: nobody has read its cases or errors. Its first look (below) "
     "was taken in that session after the changes guided by read set 2026-12ap and before those guided by read set "
     "2026-12ar; later figures judge those."),
    ("eval/blind-2026-12at.jsonl", "Blind set 2026-12at (sealed)",
     "Written on 2026-12-03 (sixteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the front line outside the social administration (daycare, schools and after-school clubs, PPR and "
     "school nurses, home care and nursing homes, the citizens' service desk) asking a chatbot for help with pasted "
     "parent-meeting notes, Aula messages, handovers, rotas with initials, lists of children or residents, incident "
     "reports and letters, with markings written in passing (148 spans) and harmless prompts (43 %), and kept "
     "sealed: nobody has read its cases or errors. Its first look (below) was taken at the end of that session's "
     "changes to detection: the honest figure for them."),
    ("eval/blind-2026-12au.jsonl", "Blind set 2026-12au (sealed)",
     "Written on 2026-12-03 (seventeenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the front line of employment, integration and disability services (jobcenter caseworkers and mentors, "
     "the language school, housing support and social psychiatry, residences for adults with disabilities, the "
     "housing office, interpreters) pasting handovers, citizens' text messages, meeting notes and draft letters, with "
     "who may see or hear what written in passing (110 marking spans), names of many origins and shapes, and harmless "
     "prompts, and kept sealed: nobody has read its cases or errors. Its first look (below) was taken at the start of "
     "that session, before the marking model was retrained on the later read sets; later figures judge that."),
    ("eval/blind-2026-12av.jsonl", "Blind set 2026-12av (sealed)",
     "Written on 2026-12-03 (seventeenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the administrative and technical side and the management (building and environment cases, roads, IT "
     "tickets half in English, payroll and HR partners, procurement, the legal office, the council secretariat and "
     "the mayor's office, the finance department) pasting e-mails, pieces of long documents with headers and footers, "
     "tickets and minutes, with markings both as labels and in plain words (119 spans) and harmless prompts, and kept "
     "sealed: nobody has read its cases or errors. Its first look (below) was taken at the start of that session, "
     "before the marking model was retrained on the later read sets; later figures judge that."),
    ("eval/blind-2026-12aw.jsonl", "Blind set 2026-12aw",
     "Written on 2026-12-03 (seventeenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the health and family front line (health visitors, rehabilitation, addiction treatment, the children "
     "and family department, foster care, PPR, the child dental service) pasting journal excerpts, home-visit notes, "
     "parents' messages and referrals, with who may know what written in passing (124 marking spans). Its first look "
     "(below) was taken at the seventeenth session's retrained marking model. It is not in the marking model's "
     "training: trained with it, the model lost marker precision on nearly every other read set (0.98 -> 0.94 on "
     "2026-12r, 0.94 -> 0.89 on 2026-12b). Its errors were then read to guide general changes to the grammar, so its "
     "later figures are not blind."),
    ("eval/blind-2026-12ax.jsonl", "Blind set 2026-12ax (sealed)",
     "Written on 2026-12-03 (seventeenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as one ordinary month across a large municipality by many kinds of staff in their own voices, long "
     "pasted documents and two-line prompts, with markings in every form (121 spans) and harmless prompts, and kept "
     "sealed: nobody has read its cases or errors. Its first look (below) was taken at the seventeenth session's "
     "retrained marking model, before the grammar changes guided by read set 2026-12aw; later figures judge those."),
    ("eval/blind-2026-12ay.jsonl", "Blind set 2026-12ay (sealed)",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the citizen-facing side (libraries, culture and music school, sports halls and associations, "
     "citizens' service, cemeteries, youth clubs, volunteers, the culture committee) with markings in the staff's own "
     "words (108 spans) and harmless prompts, and kept sealed: nobody has read its cases or errors. Its first look "
     "(below) was taken at the start of that session, before any change; later figures judge the changes."),
    ("eval/blind-2026-12az.jsonl", "Blind set 2026-12az (sealed)",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as a bilingual border and harbour municipality (international staff, EU projects, a German twin town, "
     "foreign contractors, citizens with interpreters; about a quarter of the prompts mainly in English) with "
     "markings in both languages (107 spans) and harmless prompts, and kept sealed: nobody has read its cases or "
     "errors. Its first look (below) was taken at the start of that session, before any change."),
    ("eval/blind-2026-12ba.jsonl", "Blind set 2026-12ba",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the back offices (legal, procurement, audit, IT security, the data-protection officer, emergency "
     "management, the utility, debt collection, the mayor's office) pasting memos, findings, incident timelines and "
     "breach logs (118 marking spans). Its first look (below) was taken at the start of that session, before any "
     "change; it was then read as training data for the marking model, so its later figures are not blind."),
    ("eval/blind-2026-12bb.jsonl", "Blind set 2026-12bb",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as schools, day care and the children's side of a rural municipality (teachers, PPR, health visitors, "
     "family caseworkers, the children and youth committee), many prompts asking for a rewrite or a summary (115 "
     "marking spans). Its first look (below) was taken at the start of that session, before any change; it was then "
     "read as training data for the marking model, so its later figures are not blind."),
    ("eval/blind-2026-12bf.jsonl", "Blind set 2026-12bf (sealed)",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as a small island municipality where few staff do many jobs, in informal SMS-like Danish with "
     "abbreviations and typos and some mails in English and German, markings in casual words as well as formal ones "
     "(121 spans) and harmless prompts, and kept sealed: nobody has read its cases or errors. Its first look (below) "
     "was taken after the marking model began reading clauses; later figures judge the changes after it."
     " Its CPR figures are not blind to the nineteenth session's decision on labels read only right before a "
     "number (eval/README.md)."),
    ("eval/blind-2026-12bd.jsonl", "Blind set 2026-12bd",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as HR and management across a municipality (recruitment, sick leave, warnings and dismissals, "
     "harassment cases, MED, payroll, reorganisations), drafts pasted for a rewrite and plain questions about rules "
     "(113 marking spans). Its first look (below) was taken after the marking model began reading clauses; it was "
     "then read as training data for the marking model, so its later figures are not blind."),
    ("eval/blind-2026-12bc.jsonl", "Blind set 2026-12bc",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as eldercare and home care (handovers and incident notes in a hurry, nurses, visitation, relatives, the "
     "eldercare committee, the press office when something goes wrong; 104 marking spans). Its first look (below) "
     "was taken after the marking model began reading clauses; it was then read as training data for the marking "
     "model, so its later figures are not blind."),
    ("eval/blind-2026-12be.jsonl", "Blind set 2026-12be",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the technical and environment administration (building permits and objections, inspections, roads, "
     "waste, local plans, land deals, the planning committee with closed items, the press around disputed projects; "
     "123 marking spans). Its first look (below) was taken after the marking model began reading clauses; it was then "
     "read as training data for the marking model, so its later figures are not blind."),
    ("eval/blind-2026-12bi.jsonl", "Blind set 2026-12bi",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as politics and the top of the administration (the mayor's office, committee secretaries, party groups, "
     "budget negotiations, whistleblower cases, the DPO and IT, communications; 105 marking spans). Its first look "
     "(below) was taken at the end of that session's engine changes. Tried as training data for the marking model and "
     "left out: the model lost precision leaving read sets out (and on the sealed sets)."),
    ("eval/blind-2026-12bj.jsonl", "Blind set 2026-12bj",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as health and prevention (the health centre, children's dental care, social psychiatry, school health, "
     "international nurses writing in English; 109 marking spans). Its first look (below) was taken at the end of "
     "that session's engine changes. Tried as training data for the marking model and left out: the model lost "
     "precision leaving read sets out (and on the sealed sets)."),
    ("eval/blind-2026-12bg.jsonl", "Blind set 2026-12bg (sealed)",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the jobcentre and social benefits (cash and sickness benefits, flex jobs, debt counselling, housing "
     "and shelters, addiction treatment, the social committee) with markings in the staff's own words (103 spans) and "
     "harmless prompts, and kept sealed: nobody has read its cases or errors. Its first look (below) was taken at "
     "that session's final marking model (clauses, threshold 0.85)."),
    ("eval/blind-2026-12bh.jsonl", "Blind set 2026-12bh (sealed)",
     "Written on 2026-12-03 (eighteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the children and family department and disability services (reports of concern, investigations, "
     "placements and foster care, aftercare, personal assistance, residential homes, the legal adviser and the "
     "committee) with markings in the staff's own words (123 spans) and harmless prompts, and kept sealed: nobody has "
     "read its cases or errors. Its first look (below) was taken at that session's final marking model."),
    ("eval/blind-2026-12bm.jsonl", "Blind set 2026-12bm (sealed)",
     "Written on 2026-12-03 (nineteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as integration, refugees, the language school and interpreting (people from many countries, names in "
     "lower case or in part, translations asked of the chatbot, letters in plain Danish; 117 marking spans), and kept "
     "sealed: nobody has read its cases or errors. Its first look (below) was taken before that session's changes "
     "to the marking model."
     " Its CPR figures are not blind to the nineteenth session's decision on labels read only right before a "
     "number (eval/README.md)."),
    ("eval/blind-2026-12bn.jsonl", "Blind set 2026-12bn",
     "Written on 2026-12-03 (nineteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as emergency services, housing, homelessness and social psychiatry (incident logs, shift handovers, "
     "evictions, shelter notes, fire inspections, crisis-staff minutes, press lines under embargo; 106 marking "
     "spans). Its first look (below) was taken before that session's changes to the marking model; it was then read "
     "(its errors led to grammar changes) and is in the marking model's training, so its later figures are not blind."),
    ("eval/blind-2026-12bk.jsonl", "Blind set 2026-12bk (sealed)",
     "Written on 2026-12-03 (nineteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as culture and leisure (libraries, sports halls, associations, museums, the music school, grants and "
     "volunteers, with many places and institutions named after people; 114 marking spans), and kept sealed: nobody "
     "has read its cases or errors. Its first look (below) was taken before that session's changes to the marking "
     "model."),
    ("eval/blind-2026-12bl.jsonl", "Blind set 2026-12bl",
     "Written on 2026-12-03 (nineteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as IT, digitalisation and procurement (support tickets, logs and exports pasted for debugging, tenders "
     "and supplier mails in Danish and English, breach reports; 112 marking spans). Its first look (below) was taken "
     "before that session's changes to the marking model; it was then read (its errors led to grammar changes) and "
     "is in the marking model's training, so its later figures are not blind."),
    ("eval/blind-2026-12bo.jsonl", "Blind set 2026-12bo",
     "Written on 2026-12-03 (nineteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the citizen service centre (counter and phone notes, payment plans, arrears, housing benefit, "
     "passports and driving licences, chats with citizens; many look-alike numbers; 103 marking spans). Its first "
     "look (below) was taken before that session's changes to the marking model; it was then read (its errors led to "
     "grammar changes) and is in the marking model's training, so its later figures are not blind."),
    ("eval/blind-2026-12bq.jsonl", "Blind set 2026-12bq",
     "Written on 2026-12-03 (nineteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the legal secretariat and data protection office (access-to-documents requests and answers, "
     "complaints to the ombudsman and appeals boards, breach assessments, contracts under negotiation, whistleblower "
     "reports, closed items; 114 marking spans). Its first look (below) was taken before that session's changes to "
     "the marking model; it was then read (its errors led to grammar changes) and is in the marking model's "
     "training, so its later figures are not blind."),
    ("eval/blind-2026-12bp.jsonl", "Blind set 2026-12bp (sealed)",
     "Written on 2026-12-03 (nineteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as daycare, kindergartens and childminders (parents' messages, daily notes, language assessments, rotas, "
     "waiting lists, concerns about children, newsletters, the daycare board; 107 marking spans), and kept sealed: "
     "nobody has read its cases or errors. Its first look (below) was taken before that session's changes to the "
     "marking model."
     " Its CPR figures are not blind to the nineteenth session's decision on labels read only right before a "
     "number (eval/README.md)."),
    ("eval/blind-2026-12br.jsonl", "Blind set 2026-12br (sealed)",
     "Written on 2026-12-03 (nineteenth session) by a helper who had not read the code, the other corpora or their "
     "errors, as business development, tourism, EU projects and international staff, much of it in English or mixed "
     "Danish and English (project reports, partners' mails, investor meetings under NDA, events, recruiting and "
     "relocation; 105 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) "
     "was taken before that session's changes to the marking model."
     " Its CPR figures are not blind to the nineteenth session's decision on labels read only right before a "
     "number, nor its marker figures to the twentieth session's `til tjenstlig brug` (eval/README.md)."),
    ("eval/blind-2026-12bt.jsonl", "Blind set 2026-12bt",
     "Written on 2026-12-03 (twentieth session) by a helper who had not read the code, the other corpora or their "
     "errors, as roads, parks, waste, water and utilities, building permits and the technical administration, with "
     "their HR and committee (permits and hearings, complaints, tenders, work orders, incident reports; 135 marking "
     "spans). Its first look (below) was taken before that session's changes to detection; it was then read (its "
     "errors led to general changes) and is in the marking model's training, so its later figures are not blind."),
    ("eval/blind-2026-12bs.jsonl", "Blind set 2026-12bs (sealed)",
     "Written on 2026-12-03 (twentieth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the jobcentre, sickness benefit, rehabilitation teams and flex jobs (case notes, benefit decisions, "
     "team meetings, mails with doctors and unemployment funds, their HR; 135 marking spans), and kept sealed: "
     "nobody has read its cases or errors. Its first look (below) was taken before that session's changes to "
     "detection (its changes to speed left every finding as it was)."),
    ("eval/blind-2026-12bu.jsonl", "Blind set 2026-12bu (sealed)",
     "Written on 2026-12-03 (twentieth session) by a helper who had not read the code, the other corpora or their "
     "errors, as the municipal health services (health visitors, children's dental care, rehabilitation after "
     "hospital stays, prevention and the health centre, their HR, committee and press work; 128 marking spans), "
     "and kept sealed: nobody has read its cases or errors. Its first look (below) was taken before that "
     "session's changes to detection (its changes to speed left every finding as it was)."),
    ("eval/blind-2026-12bv.jsonl", "Blind set 2026-12bv",
     "Written on 2026-12-03 (twenty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as the folkeskole and the school administration (teachers, school leaders, PPR, school nurses, "
     "the school board, SFO, absence and well-being cases, parents' letters, exams, school transport; 113 marking "
     "spans). Its first look (below) was taken at the same engine as 2026-12bx's; it was then read."),
    ("eval/blind-2026-12bw.jsonl", "Blind set 2026-12bw (sealed)",
     "Written on 2026-12-03 (twenty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as the city council's committees and the finance and budget office (agendas with closed items, "
     "budget negotiations, savings catalogues, property deals, tenders, audit remarks, embargoed announcements, "
     "dispensations, complaints and debts; 130 marking spans), and kept sealed: nobody has read its cases or "
     "errors. Its first look (below) was taken at the same engine as 2026-12bx's."),
    ("eval/blind-2026-12bz.jsonl", "Blind set 2026-12bz (sealed)",
     "Written on 2026-12-03 (twenty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as central HR, payroll and occupational health (absence interviews, warnings and dismissals, "
     "salary negotiations, the MED committee, workplace assessments, harassment cases, recruitment, reorganisations "
     "before they are public; 108 marking spans), and kept sealed: nobody has read its cases or errors. Its first "
     "look (below) was taken after that session's changes to names and addresses found by reading 2026-12bv and "
     "bx, before its changes to markings."),
    ("eval/blind-2026-12bx.jsonl", "Blind set 2026-12bx",
     "Written on 2026-12-03 (twenty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as nursing homes, home care and adult disability services (day notes, medication and incident "
     "reports, use-of-force reports, guardianship, relatives' mails and complaints, rosters; 105 marking spans). "
     "Its first look (below) was taken after two of that session's changes (a relative's name after 'min søn', "
     "a dictionary word ending in -et as indefinite); it was then read."),
    ("eval/blind-2026-12by.jsonl", "Blind set 2026-12by",
     "Written on 2026-12-03 (twenty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as social psychiatry, addiction treatment and housing support (the treatment centre, support "
     "workers, the street team, a shelter, coordination with psychiatry and police, the social committee; 101 "
     "marking spans). Its first look (below) was taken at the same engine as 2026-12bz's; it was then read."),
    ("eval/blind-2026-12ca.jsonl", "Blind set 2026-12ca",
     "Written on 2026-12-03 (twenty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as the youth school and clubs, the SSP cooperation, youth guidance, young offenders, online "
     "bullying and shared images, sports associations and youth councils (104 marking spans). Its first look "
     "(below) was taken at the same engine as 2026-12bz's; it was then read."),
    ("eval/blind-2026-12cb.jsonl", "Blind set 2026-12cb",
     "Written on 2026-12-04 (twenty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal dental service, school health nurses, speech and hearing therapists and PPR "
     "psychologists with the parents, teachers, secretaries and managers around them (104 marking spans). Its first "
     "look (below) was taken at the same engine as 2026-12cc's; it was then read, and words from its cases went into "
     "the lists (asthma and allergy medicines such as `Airomir` among the health terms, `klinik`, `tandtekniker` and "
     "`medier` as firms' and clinics' heads, the units' acronyms before a town) besides general grammar: its later "
     "figures are not blind."),
    ("eval/blind-2026-12cc.jsonl", "Blind set 2026-12cc (sealed)",
     "Written on 2026-12-04 (twenty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as flex jobs, early retirement pension and the rehabilitation of adults (the pension team's "
     "files and letters, doctors' and lawyers' correspondence, appeals, the rehabilitation team, unions and "
     "employers; 99 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) "
     "was taken after that session's three changes to names (a surname written before its first name, a place "
     "word as a surname after a first name ending in s, a figure's surname before another first name)."),
    ("eval/blind-2026-12cd.jsonl", "Blind set 2026-12cd",
     "Written on 2026-12-04 (twenty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as the citizens' advisor and complaints handling across the municipality (complaints, answers, "
     "statements from managers, cases sent to the ombudsman, the annual report; 111 marking spans). Its first look "
     "(below) was taken after that session's changes from reading 2026-12cb; it was then read, and its cases led to "
     "grammar forms and to `Storm` before a first name as a storm: its later figures are not blind."),
    ("eval/blind-2026-12ce.jsonl", "Blind set 2026-12ce (sealed)",
     "Written on 2026-12-04 (twenty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as nature, agriculture and animals in a rural municipality (farm permits and inspections, "
     "neighbours' complaints, wildlife, neglected animals, wells and sewage; 126 marking spans), and kept sealed: "
     "nobody has read its cases or errors. Its first look (below) was taken at the same engine as 2026-12cd's."),
    ("eval/blind-2026-12cf.jsonl", "Blind set 2026-12cf",
     "Written on 2026-12-04 (twenty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality's own staff on the move (a merger of departments, moving offices, a new "
     "case system and its data migration, service-desk tickets, staff surveys, leadership training; 107 marking "
     "spans). Its first look (below) was taken after that session's changes from reading 2026-12cd; it was then read, "
     "and its cases led to grammar forms, to `AMiR` as an acronym and to breaches (`databrud`) as no fractures: its "
     "later figures are not blind."),
    ("eval/blind-2026-12cg.jsonl", "Blind set 2026-12cg (sealed)",
     "Written on 2026-12-04 (twenty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as children with disabilities and their families (special day care and schools, compensation "
     "for extra costs and lost earnings, respite care, aids, school transport, the move to adult services; 124 "
     "marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was taken at the "
     "same engine as 2026-12cf's."),
    ("eval/blind-2026-12ch.jsonl", "Blind set 2026-12ch",
     "Written on 2026-12-04 (twenty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as elections and the city council secretariat (the election office, polling-station staff and "
     "rosters, voter lists and postal votes, candidates, council agendas with open and closed items, the mayor's "
     "secretariat, citizens writing in; 113 marking spans). Its first look (below) was taken after that session's "
     "tidying of the name and marking rules (same findings on every read set); it was then read, and its cases led to "
     "grammar forms, to `strengt hemmeligt` as a level and to a greeting's comma as no table: its later figures are "
     "not blind."),
    ("eval/blind-2026-12ci.jsonl", "Blind set 2026-12ci (sealed)",
     "Written on 2026-12-04 (twenty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as the communication and press office and crisis communication (press releases under embargo, "
     "a fire at a school and an outbreak at a care home, journalists' requests, social media replies, speeches, the "
     "intranet; 166 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken at the same engine as 2026-12ch's."),
    ("eval/blind-2026-12cj.jsonl", "Blind set 2026-12cj",
     "Written on 2026-12-04 (twenty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as the operational side (roads and winter service, parks and cemeteries, waste collection and "
     "recycling, the water and heating utility, the depot's staff and rotas, citizens' complaints, accidents at "
     "work; 109 marking spans). Its first look (below) was taken at the same engine as 2026-12ch's; it was then read, "
     "and its cases led to grammar forms, to a name before a street of its own name, and to words in the lists (a "
     "utility's plant, a cemetery and a tyre shop as heads of names, `Eid` as a feast, a risk's `ejer`, `nedbrud` as "
     "no injury, `Kasper Juul` out of the fictional characters): its later figures are not blind."),
    ("eval/blind-2026-12ck.jsonl", "Blind set 2026-12ck (sealed)",
     "Written on 2026-12-04 (twenty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as foster care and placed children (foster families and their approval, residential "
     "institutions, contact persons, visits with birth parents, child protection investigations, the children's "
     "own voices; 112 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) "
     "was taken at the same engine as 2026-12ch's."),
    ("eval/blind-2026-12cl.jsonl", "Blind set 2026-12cl",
     "Written on 2026-12-04 (twenty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as control and integrity (the social fraud control team, the whistleblower scheme, internal "
     "audit, data-protection breaches, the legal adviser; 128 marking spans). Its first look (below) was taken after "
     "that session's changes from reading 2026-12ch and cj; it was then read, and its cases led to grammar forms: its "
     "later figures are not blind."),
    ("eval/blind-2026-12cn.jsonl", "Blind set 2026-12cn",
     "Written on 2026-12-04 (twenty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as domestic violence, crisis centres and protected addresses (the crisis centre and its staff, "
     "women and children in hiding, name and address protection, police and the family department; 129 marking "
     "spans). Its first look (below) was taken after that session's changes from reading 2026-12ch, cj and cl; it was "
     "then read, and its cases led to grammar forms and to `Emner:` lines as no marking for the model: its later "
     "figures are not blind."),
    ("eval/blind-2026-12co.jsonl", "Blind set 2026-12co",
     "Written on 2026-12-04 (twenty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as summer camps, volunteers and associations (holiday camps, volunteer coordinators, grants, "
     "police record checks for people working with children, an incident at a camp; 111 marking spans). Its first "
     "look (below) was taken after that session's changes from reading 2026-12ch, cj, cl and cn; it was then read, and "
     "its cases led to grammar forms, to `booking nr.` as another number's label, to five words as documents, and to "
     "words in the lists (clubs, scout groups and bus firms as heads of names, a rota's weekdays, `TV` and `DR` as no "
     "initials): its later figures are not blind."),
    ("eval/blind-2026-12cm.jsonl", "Blind set 2026-12cm (sealed)",
     "Written on 2026-12-04 (twenty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as home nursing and rehabilitation after hospital (district nurses, discharge, training after "
     "illness, assistive devices, the acute team, relatives and GPs; 112 marking spans), and kept sealed: nobody "
     "has read its cases or errors. Its first look (below) was taken after that session's changes from reading "
     "2026-12ch and cj."),
    ("eval/blind-2026-12cp.jsonl", "Blind set 2026-12cp",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as funerals and civil registration (burial help, municipal burials, grave rights and urns, the "
     "crematorium, registering deaths and births, name changes; 107 marking spans). Its first look (below) was taken "
     "at the engine the twenty-third session left; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12cq.jsonl", "Blind set 2026-12cq (sealed)",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as school health and special-needs education (health visitors and school doctors, PPR, special "
     "classes and schools, referrals, vaccinations; 121 marking spans), and kept sealed: nobody has read its cases "
     "or errors. Its first look (below) was taken at the engine the twenty-third session left."),
    ("eval/blind-2026-12cr.jsonl", "Blind set 2026-12cr",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal IT department (data breaches and their reports, access rights, supplier "
     "contracts and data processing agreements, helpdesk tickets; 119 marking spans). Its first look (below) was "
     "taken at the engine the twenty-third session left; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12cs.jsonl", "Blind set 2026-12cs (sealed)",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as housing (housing allocation, social housing associations, evictions, homelessness and "
     "shelters; 107 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken at the engine the twenty-third session left."),
    ("eval/blind-2026-12ct.jsonl", "Blind set 2026-12ct",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as sick-leave benefits, flex jobs and the rehabilitation team (109 marking spans). "
     "Its first look (below) was taken after that session's changes from reading 2026-12cp and cr; it is then read: "
     "its later figures are not blind."),
    ("eval/blind-2026-12cu.jsonl", "Blind set 2026-12cu",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as municipal finance (debt collection, payroll, loans for rent deposits, audits; 115 marking spans). "
     "Its first look (below) was taken after that session's changes from reading 2026-12cp and cr; it is then read: "
     "its later figures are not blind."),
    ("eval/blind-2026-12cv.jsonl", "Blind set 2026-12cv (sealed)",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the integration of refugees (the language school, the integration programme, interpreters, "
     "family reunification; 114 marking spans), and kept sealed: nobody has read its cases or errors. Its first look "
     "(below) was taken after that session's changes from reading 2026-12cp and cr."),
    ("eval/blind-2026-12cw.jsonl", "Blind set 2026-12cw",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as culture and leisure (libraries, the music school, sports halls, grants to clubs; 102 marking spans). "
     "Its first look (below) was taken after that session's changes from reading 2026-12cp and cr; it is then read: "
     "its later figures are not blind."),
    ("eval/blind-2026-12cx.jsonl", "Blind set 2026-12cx",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as children with disabilities (relief care, extra costs, aids, special day care; 113 marking spans). "
     "Its first look (below) was taken after that session's changes from reading 2026-12cp, cr, ct, cu and cw; it is "
     "then read: its later figures are not blind."),
    ("eval/blind-2026-12cy.jsonl", "Blind set 2026-12cy",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as building permits and the environment (applications, noise, pollution, farm inspections; 105 marking spans). "
     "Its first look (below) was taken after that session's changes from reading 2026-12cp, cr, ct, cu and cw; it is "
     "then read: its later figures are not blind."),
    ("eval/blind-2026-12da.jsonl", "Blind set 2026-12da",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as nursing homes (admissions, dementia care, relatives' councils, complaints, use of force; 122 marking spans). "
     "Its first look (below) was taken after that session's changes from reading 2026-12cp, cr, ct, cu and cw; it is "
     "then read: its later figures are not blind."),
    ("eval/blind-2026-12cz.jsonl", "Blind set 2026-12cz (sealed)",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the mayor's office and the council secretariat (agendas, negotiations, the budget, complaints "
     "to the mayor; 121 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) "
     "was taken after that session's changes from reading 2026-12cp, cr, ct, cu and cw."),
    ("eval/blind-2026-12db.jsonl", "Blind set 2026-12db",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as property tax and valuation (land tax, deposits for pensioners, exemptions, appeals; 117 marking "
     "spans). Its first look (below) was taken after that session's changes from reading 2026-12cp to da; it is then "
     "read: its later figures are not blind."),
    ("eval/blind-2026-12dc.jsonl", "Blind set 2026-12dc (sealed)",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as day care (admissions, language assessments, concerns about young children, staffing; 110 "
     "marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was taken after "
     "that session's changes from reading 2026-12cp to da."),
    ("eval/blind-2026-12de.jsonl", "Blind set 2026-12de (sealed)",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as public health and addiction (alcohol and drug treatment, smoking cessation, adult mental-health "
     "support; 111 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after that session's changes from reading 2026-12cp to da."),
    ("eval/blind-2026-12dd.jsonl", "Blind set 2026-12dd",
     "Written on 2026-12-04 (twenty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as emergency management and the fire service (fire inspections, evacuations, storm flooding, "
     "volunteers; 109 marking spans). Its first look (below) was taken after that session's changes from reading "
     "2026-12cp to da; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12df.jsonl", "Blind set 2026-12df",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the jobcentre (unemployment benefits, cash assistance, activation, internships; 106 marking spans). Its first look (below) was taken after the twenty-fourth session and the "
     "twenty-fifth's CPR change for listed labels; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dg.jsonl", "Blind set 2026-12dg",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as payroll and HR administration (payslips, agreements, severance, pensions, wage refunds; 107 marking spans). Its first look (below) was taken after the twenty-fourth session and the "
     "twenty-fifth's CPR change for listed labels; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dh.jsonl", "Blind set 2026-12dh (sealed)",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as child protection and foster care (notifications of concern, child welfare investigations, placements, contact visits; 113 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-fourth session and the twenty-fifth's CPR change for listed labels."),
    ("eval/blind-2026-12di.jsonl", "Blind set 2026-12di",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as roads, parking, waste collection and the contact centre (108 marking spans). Its first look (below) was taken after the twenty-fourth session and the "
     "twenty-fifth's CPR change for listed labels; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dj.jsonl", "Blind set 2026-12dj",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as citizen service (passports, driving licences, the civil register, elections; 108 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df, dg and di; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dk.jsonl", "Blind set 2026-12dk (sealed)",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as home care, rehabilitation and assistive devices (104 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-fifth session's changes from reading 2026-12df, dg and di."),
    ("eval/blind-2026-12dl.jsonl", "Blind set 2026-12dl",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as school life (absence, bullying, exams, parents' meetings, school boards; 107 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df, dg and di; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dm.jsonl", "Blind set 2026-12dm",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as social psychiatry, supported housing and outreach (107 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df, dg and di; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dn.jsonl", "Blind set 2026-12dn",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as procurement, contracts and suppliers (99 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df to dm; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12do.jsonl", "Blind set 2026-12do (sealed)",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as youth work, SSP and crime prevention (114 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-fifth session's changes from reading 2026-12df to dm."),
    ("eval/blind-2026-12dp.jsonl", "Blind set 2026-12dp",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as libraries, digital help for citizens and self-service (121 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df to dm; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dq.jsonl", "Blind set 2026-12dq",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as dementia care and support for relatives (100 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df to dm; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dr.jsonl", "Blind set 2026-12dr",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as municipal claims, debt collection and arrears (108 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df to dq; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ds.jsonl", "Blind set 2026-12ds (sealed)",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as services for adults with disabilities (104 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-fifth session's changes from reading 2026-12df to dq."),
    ("eval/blind-2026-12dt.jsonl", "Blind set 2026-12dt",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as recruitment and onboarding (107 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df to dq; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12du.jsonl", "Blind set 2026-12du",
     "Written on 2026-12-04 (twenty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as parks, road crews, cemeteries and the technical services depot (107 marking spans). Its first look (below) was taken after the twenty-fifth session's changes from "
     "reading 2026-12df to dq; it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dv.jsonl", "Blind set 2026-12dv",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality's insurance and damages office (115 marking spans). Its first look (below) was taken after the twenty-sixth session's first two "
     "changes (facts kept to roles, a level before a restriction); it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dw.jsonl", "Blind set 2026-12dw",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as special transport, school buses and the vehicle fleet (106 marking spans). Its first look (below) was taken after the twenty-sixth session's first two "
     "changes (facts kept to roles, a level before a restriction); it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dx.jsonl", "Blind set 2026-12dx (sealed)",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as youth guidance and education (117 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-sixth session's first two changes (facts kept to roles, a level before a restriction)."),
    ("eval/blind-2026-12dy.jsonl", "Blind set 2026-12dy",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the working environment (101 marking spans). Its first look (below) was taken after the twenty-sixth session's first two "
     "changes (facts kept to roles, a level before a restriction); it is then read: its later figures are not blind."),
    ("eval/blind-2026-12dz.jsonl", "Blind set 2026-12dz",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal kitchen and meal service (104 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv, dw and dy; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ea.jsonl", "Blind set 2026-12ea",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as sports, associations and facility booking (116 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv, dw and dy; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12eb.jsonl", "Blind set 2026-12eb (sealed)",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as personal allowances and pensions help at the citizen service (101 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-sixth session's changes from reading 2026-12dv, dw and dy."),
    ("eval/blind-2026-12ec.jsonl", "Blind set 2026-12ec",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality's service staff (cleaners, janitors, caretakers) (110 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv, dw and dy; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ed.jsonl", "Blind set 2026-12ed",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the local history archive and the municipal museum (107 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ec; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ee.jsonl", "Blind set 2026-12ee",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as expenses and accounts (104 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ec; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ef.jsonl", "Blind set 2026-12ef",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as neighbours, nuisance and environmental inspection (106 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ec; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12eg.jsonl", "Blind set 2026-12eg (sealed)",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as day-care quality and language assessments (110 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-sixth session's changes from reading 2026-12dv to ec."),
    ("eval/blind-2026-12eh.jsonl", "Blind set 2026-12eh",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as planning, local plans and expropriation (103 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ef; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ei.jsonl", "Blind set 2026-12ei (sealed)",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as activity and day centres for older citizens (98 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-sixth session's changes from reading 2026-12dv to ef."),
    ("eval/blind-2026-12ej.jsonl", "Blind set 2026-12ej",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as guardianship and powers of attorney (102 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ef; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ek.jsonl", "Blind set 2026-12ek",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as trainees and apprentices (104 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ef; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12el.jsonl", "Blind set 2026-12el",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as coastal protection and flooding (107 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ek; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12em.jsonl", "Blind set 2026-12em",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as licences and permits (104 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ek; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12en.jsonl", "Blind set 2026-12en (sealed)",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as after-school care and leisure clubs (106 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-sixth session's changes from reading 2026-12dv to ek."),
    ("eval/blind-2026-12eo.jsonl", "Blind set 2026-12eo",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality as landlord (99 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to ek; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ep.jsonl", "Blind set 2026-12ep",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as IT devices and user accounts (100 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to eo; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12eq.jsonl", "Blind set 2026-12eq",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as school enrolment and school districts (100 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to eo; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12er.jsonl", "Blind set 2026-12er (sealed)",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as cash benefits for young people and the education order (97 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-sixth session's changes from reading 2026-12dv to eo."),
    ("eval/blind-2026-12es.jsonl", "Blind set 2026-12es",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as occupational therapists and physiotherapists (106 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to eo; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12et.jsonl", "Blind set 2026-12et",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal press office on an ordinary week (115 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to es; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12eu.jsonl", "Blind set 2026-12eu",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as supported employment and the social economy (116 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to es; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ev.jsonl", "Blind set 2026-12ev",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as children with chronic illness at school and in day care (101 marking spans). Its first look (below) was taken after the twenty-sixth session's changes from reading 2026-12dv to es; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ew.jsonl", "Blind set 2026-12ew (sealed)",
     "Written on 2026-12-04 (twenty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal auditors and internal control (113 marking spans), and kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-sixth session's changes from reading 2026-12dv to es."),
    ("eval/blind-2026-12ey.jsonl", "Blind set 2026-12ey",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as well-being and bullying at school (101 marking spans). Its first look (below) was taken before any change of the twenty-seventh session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ez.jsonl", "Blind set 2026-12ez",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as water, sewage and soil contamination (108 marking spans). Its first look (below) was taken before any change of the twenty-seventh session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fa.jsonl", "Blind set 2026-12fa (sealed)",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality's own use of AI and data (110 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken before any change of the twenty-seventh session."),
    ("eval/blind-2026-12ex.jsonl", "Blind set 2026-12ex",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as palliative care and dying at home (112 marking spans). Its first look (below) was taken before any change of the twenty-seventh session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fb.jsonl", "Blind set 2026-12fb (sealed)",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as young offenders and people leaving prison (120 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-seventh session's grammar changes from reading 2026-12et to ez (the marking model not yet retrained)."),
    ("eval/blind-2026-12fc.jsonl", "Blind set 2026-12fc",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as climate and energy in municipal buildings (110 marking spans). Its first look (below) was taken after the twenty-seventh session's grammar changes from reading 2026-12et to ez (the marking model not yet retrained); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fd.jsonl", "Blind set 2026-12fd",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as adult education and staff skills (110 marking spans). Its first look (below) was taken after the twenty-seventh session's grammar changes from reading 2026-12et to ez (the marking model not yet retrained); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fe.jsonl", "Blind set 2026-12fe",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as the international citizen service (104 marking spans). Its first look (below) was taken after the twenty-seventh session's grammar changes from reading 2026-12et to ez (the marking model not yet retrained); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ff.jsonl", "Blind set 2026-12ff (sealed)",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal music and culture school (102 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-seventh session's grammar changes from reading 2026-12et to ez and the marking model trained on 92 read sets."),
    ("eval/blind-2026-12fh.jsonl", "Blind set 2026-12fh",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as the elected politicians as people (106 marking spans). Its first look (below) was taken after the twenty-seventh session's grammar changes from reading 2026-12et to ez and the marking model trained on 92 read sets; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fi.jsonl", "Blind set 2026-12fi",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as speech, hearing and sight (106 marking spans). Its first look (below) was taken after the twenty-seventh session's grammar changes from reading 2026-12et to ez and the marking model trained on 92 read sets; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fg.jsonl", "Blind set 2026-12fg",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as vulnerable citizens in a crisis (110 marking spans). Its first look (below) was taken after the twenty-seventh session's grammar changes from reading 2026-12et to ez and the marking model trained on 92 read sets; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fj.jsonl", "Blind set 2026-12fj (sealed)",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as early preventive support for families with children (132 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-seventh session's changes from reading 2026-12et to fi (grammar and the marking model trained on 92 read sets)."),
    ("eval/blind-2026-12fk.jsonl", "Blind set 2026-12fk",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as the town festival and public events (110 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fi (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fl.jsonl", "Blind set 2026-12fl",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as private providers of care (105 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fi (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fm.jsonl", "Blind set 2026-12fm",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality's legal department in disputes (103 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fi (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fn.jsonl", "Blind set 2026-12fn (sealed)",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as swimming pools and sports halls (102 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-seventh session's changes from reading 2026-12et to fi (grammar and the marking model trained on 92 read sets)."),
    ("eval/blind-2026-12fo.jsonl", "Blind set 2026-12fo",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as digital help for older citizens (114 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fi (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fp.jsonl", "Blind set 2026-12fp",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as alcohol and drugs at work (96 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fi (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fq.jsonl", "Blind set 2026-12fq",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as young people in summer and leisure jobs (107 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fi (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fr.jsonl", "Blind set 2026-12fr",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as staff files and references (104 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fq (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fs.jsonl", "Blind set 2026-12fs",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal harbour and marina (104 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fq (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ft.jsonl", "Blind set 2026-12ft (sealed)",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as road safety and school routes (110 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-seventh session's changes from reading 2026-12et to fq (grammar and the marking model trained on 92 read sets)."),
    ("eval/blind-2026-12fu.jsonl", "Blind set 2026-12fu",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as animals around municipal services (106 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fq (grammar and the marking model trained on 92 read sets); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12fw.jsonl", "Blind set 2026-12fw (sealed)",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as photos, video and consent (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-seventh session's changes from reading 2026-12et to fu (grammar and the marking model trained on 92 read sets)."),
    ("eval/blind-2026-12fv.jsonl", "Blind set 2026-12fv",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as clean streets and public spaces (102 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fu (grammar and the marking model trained on 92 read sets); "
     "read at the session's end: its later figures are not blind."),
    ("eval/blind-2026-12fx.jsonl", "Blind set 2026-12fx",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as home education and independent schools (112 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fu (grammar and the marking model trained on 92 read sets); "
     "read at the session's end: its later figures are not blind."),
    ("eval/blind-2026-12fy.jsonl", "Blind set 2026-12fy",
     "Written on 2026-12-04 (twenty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as hoarding and squalor (107 marking spans). Its first look (below) was taken after the twenty-seventh session's changes from reading 2026-12et to fu (grammar and the marking model trained on 92 read sets); "
     "read at the session's end: its later figures are not blind."),
    ("eval/blind-2026-12fz.jsonl", "Blind set 2026-12fz",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a whistleblower scheme and reports of wrongdoing (109 marking spans). Its first look (below) was taken before any change of the twenty-eighth session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ga.jsonl", "Blind set 2026-12ga (sealed)",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as reorganisation, redundancies and layoffs (125 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken before any change of the twenty-eighth session."),
    ("eval/blind-2026-12gb.jsonl", "Blind set 2026-12gb",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as pest control, rats and vermin (105 marking spans). Its first look (below) was taken before any change of the twenty-eighth session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gc.jsonl", "Blind set 2026-12gc",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as parental leave, pregnancy and family matters in HR (108 marking spans). Its first look (below) was taken before any change of the twenty-eighth session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gd.jsonl", "Blind set 2026-12gd",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal cleaning service, janitors and building caretakers (112 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz, gb and gc; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ge.jsonl", "Blind set 2026-12ge (sealed)",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as local councils, citizens' proposals and local democracy (99 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-eighth session's changes from reading 2026-12fz, gb and gc."),
    ("eval/blind-2026-12gf.jsonl", "Blind set 2026-12gf",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as trees, hedges, private roads and disputes between neighbours over land (104 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz, gb and gc; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gg.jsonl", "Blind set 2026-12gg",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as research projects, students and interns placed in the municipality (118 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz, gb and gc; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gh.jsonl", "Blind set 2026-12gh",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as ombudsman inquiries, the social appeals board and reopened decisions (110 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gg; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gi.jsonl", "Blind set 2026-12gi",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as winter: snow clearing, gritting, power cuts and cold-weather help for vulnerable citizens (99 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gg; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gj.jsonl", "Blind set 2026-12gj",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as mentors, volunteers and buddy schemes for lonely and isolated citizens (114 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gg; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gk.jsonl", "Blind set 2026-12gk (sealed)",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal cemetery office, graves and memorials, and bereaved families (105 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-eighth session's changes from reading 2026-12fz to gg."),
    ("eval/blind-2026-12gl.jsonl", "Blind set 2026-12gl",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality's social media, comment moderation and online harassment of staff (106 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gj; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gm.jsonl", "Blind set 2026-12gm",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as driving licences, health certificates and older drivers (105 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gj; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gn.jsonl", "Blind set 2026-12gn (sealed)",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as foreign workers, work permits and inspections of working conditions (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-eighth session's changes from reading 2026-12fz to gj."),
    ("eval/blind-2026-12go.jsonl", "Blind set 2026-12go",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as child-protection certificates, vetting of volunteers and coaches, and clubs that work with children (102 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gj; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gp.jsonl", "Blind set 2026-12gp (sealed)",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a cyber attack on the municipality, a ransomware note and the weeks of recovery (111 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-eighth session's changes from reading 2026-12fz to go."),
    ("eval/blind-2026-12gq.jsonl", "Blind set 2026-12gq",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the school psychologists (PPR), assessments of children and referrals to special classes (107 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to go; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gr.jsonl", "Blind set 2026-12gr",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal pension and retirement of staff, farewells and seniority schemes (99 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to go; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gs.jsonl", "Blind set 2026-12gs",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as shared housing for young people, student dormitories and youth housing allocation (100 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to go; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gv.jsonl", "Blind set 2026-12gv",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as night shifts, on-call duty and emergencies outside office hours across the municipality (100 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gs; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gt.jsonl", "Blind set 2026-12gt",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as interpreters, translated letters and citizens who speak little Danish (104 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gs and the fix of 0543a9a; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gu.jsonl", "Blind set 2026-12gu (sealed)",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as budget cuts, savings catalogues and the hard choices of a budget season (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-eighth session's changes from reading 2026-12fz to gs and the fix of 0543a9a."),
    ("eval/blind-2026-12gw.jsonl", "Blind set 2026-12gw",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as wills, estates, guardianship of money and the municipality's dealings with heirs (112 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gs and gt's CPR form; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gx.jsonl", "Blind set 2026-12gx",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as energy bills, heating support and debt advice for households in difficulty (113 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gw; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gz.jsonl", "Blind set 2026-12gz (sealed)",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as staff lent between departments, temporary redeployment and job rotation (118 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-eighth session's changes from reading 2026-12fz to gw."),
    ("eval/blind-2026-12ha.jsonl", "Blind set 2026-12ha",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as acquired brain injury, rehabilitation and support for families afterwards (118 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gw; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12gy.jsonl", "Blind set 2026-12gy",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as school trips abroad, exchange pupils and travel consent from parents (119 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to ha; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hb.jsonl", "Blind set 2026-12hb",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as public toilets, vandalism, graffiti and the people who clean up after them (112 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gy."
     " It was then read (twenty-ninth session): its later figures are not blind."),
    ("eval/blind-2026-12hc.jsonl", "Blind set 2026-12hc",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as tenants' complaints about mould and damp, and the municipality's housing inspections (104 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gy."
     " It was then read (twenty-ninth session): its later figures are not blind."),
    ("eval/blind-2026-12he.jsonl", "Blind set 2026-12he (sealed)",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a new IT system for casework: rollout, training days, data migration and teething troubles (101 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-eighth session's changes from reading 2026-12fz to gy."),
    ("eval/blind-2026-12hd.jsonl", "Blind set 2026-12hd",
     "Written on 2026-12-04 (twenty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a measles outbreak and vaccination in schools and day care (106 marking spans). Its first look (below) was taken after the twenty-eighth session's changes from reading 2026-12fz to gy."
     " It was then read (twenty-ninth session): its later figures are not blind."),
    ("eval/blind-2026-12hf.jsonl", "Blind set 2026-12hf (sealed)",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as floods, storm surges and climate adaptation: sandbags, evacuations, damaged homes and insurance claims (104 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-ninth session's changes from reading 2026-12hb, hc and hd."),
    ("eval/blind-2026-12hg.jsonl", "Blind set 2026-12hg",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal dental service for children, young people and adults with special needs (117 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb, hc and hd; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hh.jsonl", "Blind set 2026-12hh",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as allotment gardens, community gardens and associations that rent or borrow municipal land (134 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb, hc and hd; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hi.jsonl", "Blind set 2026-12hi",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as citizens with hoarding and neglected homes, and cross-disciplinary home visits (114 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb, hc and hd; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hj.jsonl", "Blind set 2026-12hj (sealed)",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as pupils who stay away from school (school refusal, long absence, sick children) and the meetings, plans and parents around them (126 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-ninth session's changes from reading 2026-12hb to hi."),
    ("eval/blind-2026-12hk.jsonl", "Blind set 2026-12hk",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a serious accident at work in the municipality, the investigation by the working environment authority, and the colleagues and relatives afterwards (109 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to hi; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hl.jsonl", "Blind set 2026-12hl",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as gambling, gaming and online debt among young people and adults, and the counselling and debt help the municipality offers (107 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to hi; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hm.jsonl", "Blind set 2026-12hm",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as closing and merging schools and day-care institutions: the consultation, parents' protests, staff moved and children moved (110 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to hi; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hq.jsonl", "Blind set 2026-12hq (sealed)",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as Christmas help, food banks, charity donations and poor families at the end of the year (118 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-ninth session's changes from reading 2026-12hb to hm."),
    ("eval/blind-2026-12hn.jsonl", "Blind set 2026-12hn",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as conflicts of interest and impartiality: staff and politicians related to, neighbours of or friends with the citizens in a case (106 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to hm; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ho.jsonl", "Blind set 2026-12ho",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as homelessness: shelters, street outreach, emergency housing and citizens without a fixed address (116 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to hm; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hp.jsonl", "Blind set 2026-12hp",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as divorce and separation: custody disputes, child support, contact arrangements and children caught between parents (111 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to hm; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hr.jsonl", "Blind set 2026-12hr (sealed)",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a heatwave and a drought: hot classrooms and nursing homes, water restrictions, outdoor workers and vulnerable citizens in the heat (106 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the twenty-ninth session's changes from reading 2026-12hb to ho."),
    ("eval/blind-2026-12hs.jsonl", "Blind set 2026-12hs",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality's contracts with private care and cleaning providers going wrong: complaints, missed visits, terminated contracts (107 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to ho; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ht.jsonl", "Blind set 2026-12ht",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as young carers and children of parents with mental illness or addiction, and the schools, clubs and caseworkers who notice them (111 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to ho."
     " It was then read (thirtieth session): its later figures are not blind."),
    ("eval/blind-2026-12hu.jsonl", "Blind set 2026-12hu",
     "Written on 2026-12-05 (twenty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as citizens who threaten or harass staff: threats at the front desk, a register of violent incidents, police reports and staff safety (103 marking spans). Its first look (below) was taken after the twenty-ninth session's changes from reading 2026-12hb to ho; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hv.jsonl", "Blind set 2026-12hv",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as weddings and civil marriages at the town hall, name changes, and citizenship ceremonies (113 marking spans). Its first look (below) was taken before any change of the thirtieth session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hw.jsonl", "Blind set 2026-12hw (sealed)",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as noise, odour and neighbour complaints about bars, workshops, farms and building sites, and the municipality's environmental inspectors (100 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken before any change of the thirtieth session."),
    ("eval/blind-2026-12hx.jsonl", "Blind set 2026-12hx",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as workplace assessments, staff satisfaction surveys, stress, and complaints of bullying and harassment among colleagues (102 marking spans). Its first look (below) was taken before any change of the thirtieth session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hy.jsonl", "Blind set 2026-12hy",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as staff misconduct: warnings, hearings, dismissals, union representatives and the HR cases behind them (103 marking spans). Its first look (below) was taken before any change of the thirtieth session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12hz.jsonl", "Blind set 2026-12hz",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a letter or e-mail sent to the wrong citizen, a lost laptop and other data slips, and the notifications and apologies that follow (106 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht, hv, hx and hy; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ia.jsonl", "Blind set 2026-12ia (sealed)",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as suicide prevention, self-harm among young people and adults, and the crisis plans and follow-up of schools and the municipality (109 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirtieth session's changes from reading 2026-12ht, hv, hx and hy."),
    ("eval/blind-2026-12ib.jsonl", "Blind set 2026-12ib",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as citizens asking for their own old case files: childhood records from care homes and foster care, digitising archives and destroying papers (104 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht, hv, hx and hy; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ic.jsonl", "Blind set 2026-12ic",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a winter of flu and norovirus in nursing homes, schools and day care: outbreaks, closed wards, sick staff and worried relatives (109 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht, hv, hx and hy; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12id.jsonl", "Blind set 2026-12id",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a big local employer closing down: mass layoffs, the job centre's crisis team, retraining and the families hit (104 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ic; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ie.jsonl", "Blind set 2026-12ie (sealed)",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as sex education, gender identity, and pupils and staff who change their names and pronouns (103 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirtieth session's changes from reading 2026-12ht to ic."),
    ("eval/blind-2026-12if.jsonl", "Blind set 2026-12if",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as beaches and open-air baths in summer: lifeguards, drowning accidents, rescue logs and summer staff (101 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ic; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ig.jsonl", "Blind set 2026-12ig",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as pupils' exams and grades: complaints about grades, cheating cases, special exam conditions and re-exams (101 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ic; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ih.jsonl", "Blind set 2026-12ih",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as politicians' and managers' travel, gifts, hospitality and declarations of interests, and the questions journalists ask about them (100 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ig; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ii.jsonl", "Blind set 2026-12ii",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as home-schooling, free and private schools, and the municipality's supervision of children taught outside public school (99 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ig; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ij.jsonl", "Blind set 2026-12ij",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as citizens discharged from hospital to home: discharge letters, the first home-care visits, readmissions and relatives who disagree (100 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ig; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ik.jsonl", "Blind set 2026-12ik (sealed)",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as fires in homes, institutions and schools: evacuations, people who lost their homes, fire-safety inspections and temporary housing (100 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirtieth session's changes from reading 2026-12ht to ig."),
    ("eval/blind-2026-12il.jsonl", "Blind set 2026-12il",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as evictions and rent arrears in social housing: the housing associations, the municipality's emergency help and families about to lose their home (97 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ij; "
     "it was then read in the same session: its later figures are not blind."),
    ("eval/blind-2026-12im.jsonl", "Blind set 2026-12im",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as citizens found dead at home or dying alone: the police, the estate with no heirs, neighbours and the staff who knew them (101 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ij; "
     "it was then read in the same session: its later figures are not blind."),
    ("eval/blind-2026-12in.jsonl", "Blind set 2026-12in",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as children in traffic: the school road, crossing patrols, accidents near schools and parents' complaints about dangerous roads (99 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to ij; "
     "it was then read in the same session: its later figures are not blind."),
    ("eval/blind-2026-12io.jsonl", "Blind set 2026-12io (sealed)",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as gangs, drug dealing and knives near schools and youth clubs: police cooperation, worried parents and young people at risk (99 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirtieth session's changes from reading 2026-12ht to ij."),
    ("eval/blind-2026-12ip.jsonl", "Blind set 2026-12ip (sealed)",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as deaf, blind and visually impaired citizens: sign-language interpreters, guide dogs, aids and accessible letters (113 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirtieth session's changes from reading 2026-12ht to in."),
    ("eval/blind-2026-12iq.jsonl", "Blind set 2026-12iq",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as religious holidays and customs at work and school: Ramadan, prayer rooms, food, leave requests and conflicts (106 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to in. It was then "
     "read (thirty-first session): its later figures are not blind."),
    ("eval/blind-2026-12ir.jsonl", "Blind set 2026-12ir",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the summer holidays: closed institutions, holiday care, summer jobs for young people, and staff holiday plans (110 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to in. It was then "
     "read (thirty-first session): its later figures are not blind."),
    ("eval/blind-2026-12is.jsonl", "Blind set 2026-12is",
     "Written on 2026-12-05 (thirtieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a municipal merger of two departments: new managers, moved files, new systems and staff who lose their jobs (104 marking spans). Its first look (below) was taken after the thirtieth session's changes from reading 2026-12ht to in. It was then "
     "read (thirty-first session): its later figures are not blind."),
    ("eval/blind-2026-12it.jsonl", "Blind set 2026-12it",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as tourism: the tourist office, campsites, holiday homes rented to visitors, cruise-ship days and visitors' complaints (106 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq, ir and is; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12iu.jsonl", "Blind set 2026-12iu (sealed)",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as medicines in home care and nursing homes: dosing errors, pharmacies, pill dispensers, doctors' changes and relatives' worries (110 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-first session's changes from reading 2026-12iq, ir and is."),
    ("eval/blind-2026-12iv.jsonl", "Blind set 2026-12iv",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as playgrounds and cycle paths: accidents on play equipment, safety inspections, bike paths to school and citizens' suggestions (112 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq, ir and is; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12iw.jsonl", "Blind set 2026-12iw",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as young people doing national service or leaving the armed forces, veterans, and the municipality's help with jobs, housing and mental health (105 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq, ir and is; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12iz.jsonl", "Blind set 2026-12iz",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as Digital Post and citizens exempted from it: letters not received, deadlines missed, power of attorney for relatives and staff who help at the counter (102 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq, ir, is, it, iv and iw; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ja.jsonl", "Blind set 2026-12ja",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as children and young people in sports clubs: coaches' police certificates, injuries, club trips, abuse concerns and the municipality's grants (101 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq, ir, is, it, iv and iw; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12iy.jsonl", "Blind set 2026-12iy",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as wind turbines and solar parks: neighbours' objections, compensation schemes, public meetings, local plans and the councillors who decide (107 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to iw, iz and ja; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ix.jsonl", "Blind set 2026-12ix (sealed)",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as municipal forests and hunting: forest rangers, hunting permits, shooting accidents, deer on the roads and neighbours' disputes about trees (102 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-first session's changes from reading 2026-12iq to iw, iy, iz and ja."),
    ("eval/blind-2026-12jb.jsonl", "Blind set 2026-12jb (sealed)",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as sick leave and long-term absence among staff: sickness follow-up talks, doctors' statements, return-to-work plans, part-time sick leave and dismissals after long illness (98 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-first session's changes from reading 2026-12iq to ja."),
    ("eval/blind-2026-12jc.jsonl", "Blind set 2026-12jc",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipality's twin towns and international cooperation: delegations, exchange of staff and pupils, EU projects, translated letters and visitors from abroad (109 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jd.jsonl", "Blind set 2026-12jd",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as food allergies, diabetes and chronic illness among children in day care and school: care plans, medicine at school, emergency procedures, meals and parents' worries (104 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12je.jsonl", "Blind set 2026-12je",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as CCTV, body cameras and drones used by the municipality: cameras at schools, recycling centres and town squares, footage requests from the police and citizens, and signs and rules (99 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jf.jsonl", "Blind set 2026-12jf",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as phishing, hacked accounts and the IT helpdesk: password resets, suspicious mails to staff, lost phones and laptops, and the reports that follow (98 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja and jc to je; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jg.jsonl", "Blind set 2026-12jg (sealed)",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as personal alarms, key boxes and night visits in home care: alarm calls, citizens who fall at night, lost keys, and relatives who want more visits (97 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-first session's changes from reading 2026-12iq to ja and jc to je."),
    ("eval/blind-2026-12jh.jsonl", "Blind set 2026-12jh",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as citizens' budgets and participation: neighbourhood votes on local projects, citizen panels, hearings, petitions and the people who run them (100 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja and jc to je; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ji.jsonl", "Blind set 2026-12ji",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as the parks and roads department's outdoor staff: seasonal workers, work injuries, snow clearing, vehicles and GPS tracking, and complaints from citizens about the crews (99 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja and jc to je; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jj.jsonl", "Blind set 2026-12jj",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as assistive devices and home adaptations: wheelchairs, hospital beds, ramps, bathroom conversions, the visitation's decisions, suppliers and complaints about waiting times (100 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja, jc to je and jf, jh and ji; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jk.jsonl", "Blind set 2026-12jk (sealed)",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal theatre, concert hall and cultural events: artists' contracts, ticket refunds, accidents at events, volunteers and sponsors (110 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-first session's changes from reading 2026-12iq to ja, jc to je and jf, jh and ji."),
    ("eval/blind-2026-12jl.jsonl", "Blind set 2026-12jl",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as housing benefit and rent subsidy: applications, recalculations, repayment claims, landlords, and citizens who do not understand the letters (96 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja, jc to je and jf, jh and ji; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jm.jsonl", "Blind set 2026-12jm",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as students and young adults: study grants, dropping out of education, student housing, the youth guidance centre and young people on benefits (100 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja, jc to je and jf, jh and ji; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jn.jsonl", "Blind set 2026-12jn",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as autism and ADHD among children and adults: diagnoses, school absence, special classes, support at work, parents' complaints and the municipality's assessments (108 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja and jc to jm (but jk, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jo.jsonl", "Blind set 2026-12jo",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as small islands and ferries: island schools, the ferry timetable, health care on the island, emergency transport by boat or helicopter, and islanders' complaints (98 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja and jc to jm (but jk, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jp.jsonl", "Blind set 2026-12jp (sealed)",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as public libraries: borrowers' debts and blocked cards, events, library staff, unattended opening hours with access cards, and trouble with young people in the evening (103 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-first session's changes from reading 2026-12iq to ja and jc to jm (but jk, sealed)."),
    ("eval/blind-2026-12jq.jsonl", "Blind set 2026-12jq",
     "Written on 2026-12-05 (thirty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as beekeeping, urban gardens and green roofs on municipal buildings: volunteers, stings and allergies, building permits, neighbours' objections and school projects (112 marking spans). Its first look (below) was taken after the thirty-first session's changes from reading 2026-12iq to ja and jc to jm (but jk, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jr.jsonl", "Blind set 2026-12jr",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as the town hall's canteen, cleaning staff and facility management: meals, allergies in the kitchen, cleaning schedules, caretakers, keys and access cards, complaints about the building (107 marking spans). Its first look (below) was taken at the start of the thirty-second session, after a start-up change only (the detection of the thirty-first session's end); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ju.jsonl", "Blind set 2026-12ju (sealed)",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as lawsuits and court cases against the municipality: the municipality's lawyers, appeals boards, compensation claims, settlements, witnesses and the case files (110 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken at the start of the thirty-second session, after a start-up change only (the detection of the thirty-first session's end)."),
    ("eval/blind-2026-12jt.jsonl", "Blind set 2026-12jt",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as strikes, lockouts and negotiations with the unions: emergency staffing, shop stewards, who is on strike, pay deductions, communication to citizens during a conflict (102 marking spans). Its first look (below) was taken at the start of the thirty-second session, after a start-up change only (the detection of the thirty-first session's end); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12js.jsonl", "Blind set 2026-12js",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal music school and art school: pupils and their parents, teachers' hours, ensembles and concerts, fees and free places, instruments on loan (103 marking spans). Its first look (below) was taken at the start of the thirty-second session, after a start-up change only (the detection of the thirty-first session's end); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jv.jsonl", "Blind set 2026-12jv",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as radicalisation and crime prevention: the SSP cooperation between schools, social services and police, worried parents, young people at risk, info-house meetings and confidential tips (101 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr, js and jt; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jy.jsonl", "Blind set 2026-12jy (sealed)",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as sign language, deaf and hard-of-hearing citizens, interpreters booked by the municipality, hearing aids and special education for deaf pupils (115 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-second session's changes from reading 2026-12jr, js and jt."),
    ("eval/blind-2026-12jw.jsonl", "Blind set 2026-12jw",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as work injuries, asbestos and indoor climate in municipal buildings: injury reports, the working environment organisation, sick staff, insurance claims and renovation (115 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr, js and jt; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jx.jsonl", "Blind set 2026-12jx",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as hospice, palliative care and death at home: terminally ill citizens, relatives, night watches, the death certificate and the care staff's own grief (114 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr, js, jt, jv and jw; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ka.jsonl", "Blind set 2026-12ka",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as human trafficking and prostitution: outreach workers, victims, the police, safe houses, interpreters and the municipality's social support (101 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to jx (but ju and jy, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12jz.jsonl", "Blind set 2026-12jz (sealed)",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as access rights and staff accounts: onboarding and offboarding, shared mailboxes, who may see which case systems, and log checks of look-ups (102 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-second session's changes from reading 2026-12jr to jx (but ju and jy, sealed)."),
    ("eval/blind-2026-12kc.jsonl", "Blind set 2026-12kc",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as bribery, corruption and suspected fraud: gifts to staff, suppliers' invitations, internal investigations, the audit and reports to the police (103 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to jx and ka (but ju and jy, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kb.jsonl", "Blind set 2026-12kb",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as dialysis and chronic kidney disease: home dialysis, transport to hospital treatments, diet, relatives, and training of home-care staff (109 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to jx and ka (but ju and jy, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kf.jsonl", "Blind set 2026-12kf (sealed)",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as adoption: children adopted from abroad, adoptive families asking for support, adults searching for their biological parents, and the municipality's consultative role (100 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-second session's changes from reading 2026-12jr to kc (but ju, jy and jz, sealed)."),
    ("eval/blind-2026-12ke.jsonl", "Blind set 2026-12ke",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as loneliness among older citizens: visiting friends from voluntary associations, the municipality's outreach team, relatives abroad, and citizens who refuse help (101 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to kc (but ju, jy and jz, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kd.jsonl", "Blind set 2026-12kd",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as health visitors and newborns: home visits, breastfeeding, postnatal depression, premature babies, worried parents and reports of concern (100 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to kc (but ju, jy and jz, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kg.jsonl", "Blind set 2026-12kg",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal sports halls and fitness rooms: bookings, clubs, injuries during training, keys and alarms, and trouble with members (103 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to ke (but ju, jy, jz and kf, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kj.jsonl", "Blind set 2026-12kj",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as the language school and Danish for adult newcomers: enrolment, attendance, exams, interpreters, and the jobcentre's demands (102 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to kg (but ju, jy, jz and kf, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ki.jsonl", "Blind set 2026-12ki",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as data breaches and mistakes with personal data: mails sent to the wrong citizen, lost laptops, breach logs, the DPO and reports to the Data Protection Agency (100 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to kg (but ju, jy, jz and kf, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kk.jsonl", "Blind set 2026-12kk",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as ambulances, the emergency service and municipal first-aid: incidents at schools and care homes, staff who gave first aid, and follow-up with families (104 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to kg (but ju, jy, jz and kf, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kh.jsonl", "Blind set 2026-12kh (sealed)",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as drug users, methadone and needle exchange: the addiction centre, outreach at the station, overdoses, relatives and the neighbours' complaints (121 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-second session's changes from reading 2026-12jr to kk (but ju, jy, jz and kf, sealed)."),
    ("eval/blind-2026-12kl.jsonl", "Blind set 2026-12kl (sealed)",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as animal welfare and livestock farms: reports of neglected animals, the veterinary authority, farmers in crisis, manure and neighbours, and the municipality's environment staff (112 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-second session's changes from reading 2026-12jr to kk (but ju, jy, jz, kf and kh, sealed)."),
    ("eval/blind-2026-12kn.jsonl", "Blind set 2026-12kn",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as passports, driving licences and citizen service desks: appointments, lost documents, name changes, identity checks and angry citizens at the counter (104 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to kk (but ju, jy, jz, kf and kh, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ko.jsonl", "Blind set 2026-12ko",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as e-scooters, bicycles and traffic safety around schools: accidents, school patrols, parents' complaints, the police and road works (123 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to kk (but ju, jy, jz, kf and kh, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12km.jsonl", "Blind set 2026-12km",
     "Written on 2026-12-05 (thirty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as drinking water, sewers and groundwater: contaminated wells, boil-water notices, pipe bursts at citizens' homes, and the utility's customer cases (113 marking spans). Its first look (below) was taken after the thirty-second session's changes from reading 2026-12jr to kk (but ju, jy, jz, kf and kh, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ks.jsonl", "Blind set 2026-12ks (sealed)",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as infection control in care homes, day care and schools: norovirus, scabies, flu and covid outbreaks, staff vaccination, hygiene audits and the infection hygiene nurse (105 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken at the thirty-second session's final engine (`8317ccf`), before any change of the thirty-third session."),
    ("eval/blind-2026-12kp.jsonl", "Blind set 2026-12kp",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as welfare technology in care: robots, sensors, screen visits, telemedicine, automatic medicine dispensers, GPS trackers for people with dementia, trials and evaluations (112 marking spans). Its first look (below) was taken at the thirty-second session's final engine (`8317ccf`), before any change of the thirty-third session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kr.jsonl", "Blind set 2026-12kr",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as reading and dyslexia in schools: reading tests, screening, special education support, reading clubs, parents' concerns, assistive reading tools (104 marking spans). Its first look (below) was taken at the thirty-second session's final engine (`8317ccf`), before any change of the thirty-third session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kq.jsonl", "Blind set 2026-12kq",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as patient and citizen transport: flex traffic, taxi rides to hospitals and day centres, special school transport, drivers, complaints and bookings (106 marking spans). Its first look (below) was taken at the thirty-second session's final engine (`8317ccf`), before any change of the thirty-third session; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kv.jsonl", "Blind set 2026-12kv (sealed)",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as gender identity and LGBT+ young people: counselling, name and pronoun changes in school and case systems, the youth club's safe space, parents and bullying (121 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-third session's changes from reading 2026-12kp, kq and kr (but ks, sealed)."),
    ("eval/blind-2026-12kt.jsonl", "Blind set 2026-12kt",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as staff jubilees, farewells, retirements, birthdays, the staff association and workplace celebrations, with speeches, gifts and the personnel matters around them (102 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp, kq and kr; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kw.jsonl", "Blind set 2026-12kw",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal vehicle fleet and electric cars: charging stations, driving logs, GPS in service cars, fines, damage reports and drivers (118 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp, kq and kr; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ku.jsonl", "Blind set 2026-12ku",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as school absence: absence registration, worrying absence, meetings with parents, school refusal, home teaching and cooperation with the family section (107 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp, kq and kr; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12kz.jsonl", "Blind set 2026-12kz",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as estates of deceased citizens: clearing homes, belongings and pets, searching for next of kin, the probate court and funeral help (100 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp, kq and kr (names, addresses and CPR); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ky.jsonl", "Blind set 2026-12ky",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal website, chatbot and digital self-service: citizen inquiries, accessibility, content updates, digital post and the web team (104 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp, kq and kr; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12la.jsonl", "Blind set 2026-12la (sealed)",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as children's weight and health: the school nurse's measurements, healthy eating projects, sports for overweight children and parents' reactions (120 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-third session's changes from reading 2026-12kp, kq and kr (but ks and kv, sealed)."),
    ("eval/blind-2026-12kx.jsonl", "Blind set 2026-12kx",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as public procurement and tenders: bids, evaluations, complaints from bidders, contract management and suppliers' staff (110 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to kw (but ks, kv and la, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lb.jsonl", "Blind set 2026-12lb",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as youth associations, scouts and leisure grants: volunteer leaders, child certificates, camps, accidents and complaints (107 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to kx; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lc.jsonl", "Blind set 2026-12lc",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as dogs and pets: dog bite reports, dangerous dogs, animal hoarding, pets in care homes and in rented housing (112 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to kx; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12le.jsonl", "Blind set 2026-12le (sealed)",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as children's eyesight and glasses: school vision screening, glasses grants, blind and partially sighted children, their assistive devices and teachers (109 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-third session's changes from reading 2026-12kp to kx (but ks, kv and la, sealed)."),
    ("eval/blind-2026-12ld.jsonl", "Blind set 2026-12ld",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as religious communities and municipal life: bookings of premises by churches, mosques and associations, chaplains in care homes, holidays and prayers at school (109 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to kx; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lg.jsonl", "Blind set 2026-12lg",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as staff side jobs, conflicts of interest and gifts from suppliers: declarations, impartiality in case handling, hospitality and whistleblowing about it (113 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to ld; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lf.jsonl", "Blind set 2026-12lf",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as the family law house and children's contact after divorce: contact arrangements, conflicts between parents, child consultations and the municipality's role (103 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to ld; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lh.jsonl", "Blind set 2026-12lh",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as summer and after-school jobs for young people: the youth job service, first employers, working hours for minors, accidents and wage complaints (110 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to ld; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12li.jsonl", "Blind set 2026-12li (sealed)",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as wood stoves, smoke and smell from neighbours: complaints, chimney sweeps' reports, orders to stop using a stove, and health effects (101 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-third session's changes from reading 2026-12kp to lh (but ks, kv, la and le, sealed)."),
    ("eval/blind-2026-12ll.jsonl", "Blind set 2026-12ll",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as bridges, tunnels and underpasses: inspections, closures, accidents, people sleeping in tunnels, lighting and safety complaints (102 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to lh; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lk.jsonl", "Blind set 2026-12lk",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as public art and the municipal art council: buying and placing sculptures, artists' fees and contracts, damage, donations and disputes (107 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to lh; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lm.jsonl", "Blind set 2026-12lm",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as the local cinema and culture house run by the municipality: staff, volunteers, events for schools, incidents and ticket complaints (101 marking spans). Its first look (below) was taken after the thirty-third session's changes from reading 2026-12kp to lh; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lj.jsonl", "Blind set 2026-12lj (sealed)",
     "Written on 2026-12-05 (thirty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as markets and street trade: market stalls, flea markets, food trucks, permits for selling in public space, complaints and inspections (103 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-third session's changes from reading 2026-12kp to lh (but ks, kv, la, le and li, sealed)."),
    ("eval/blind-2026-12ln.jsonl", "Blind set 2026-12ln",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bathing water, beaches and lifeguards: water quality, lifeguard staff, drowning incidents, beach permits and complaints (109 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lm; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lo.jsonl", "Blind set 2026-12lo",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as maternity, paternity and parental leave of staff: leave plans, pay during leave, pregnancy at work, substitutes and return to work (107 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lm; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lp.jsonl", "Blind set 2026-12lp (sealed)",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as allergies and special diets in day care and schools: allergy plans, emergency medicine, kitchens and menus, incidents and parents' requests (122 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-fourth session's changes from reading 2026-12lk to lm."),
    ("eval/blind-2026-12lq.jsonl", "Blind set 2026-12lq",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as photographs and video of children and consent to publish them: consent forms, school photos, social media, withdrawn consent and protected children (111 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lm; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lr.jsonl", "Blind set 2026-12lr (sealed)",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as urban bees, green roofs and biodiversity projects: beekeepers on municipal roofs, stings and allergies, volunteers, grants and complaints (104 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-fourth session's changes from reading 2026-12lk to lq (but lp, sealed)."),
    ("eval/blind-2026-12ls.jsonl", "Blind set 2026-12ls",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as esports and gaming clubs for young people: club leaders, members' parents, gaming problems, tournaments, grants and incidents (101 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lq (but lp, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lt.jsonl", "Blind set 2026-12lt",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as smoking, snus and smoke-free working hours for staff and pupils: rules, stop-smoking courses, breaches, dismissals and parents (111 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lq (but lp, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lu.jsonl", "Blind set 2026-12lu",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as lost property, keys and IT equipment handed in and handed out: lost laptops and USB sticks, keys to homes of citizens, aids and data breaches (100 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lq (but lp, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lv.jsonl", "Blind set 2026-12lv",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as power outages and emergency preparedness in care homes, schools and at the town hall: crisis staff, residents on oxygen and lifts, evacuation lists and press (113 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lu (but lp and lr, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lw.jsonl", "Blind set 2026-12lw",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as mobile phones in schools: phone bans, confiscated phones, pupils filming each other and staff, parents' complaints (108 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lu (but lp and lr, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12lx.jsonl", "Blind set 2026-12lx",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as staff workwear, uniforms and protective clothing: sizes, fittings, injuries, purchasing, complaints and staff cases (99 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lu (but lp and lr, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ly.jsonl", "Blind set 2026-12ly (sealed)",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as lay judges, witnesses and staff called to court: candidate lists, summoned citizens and children, leave for lay judges and a leaked list (110 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-fourth session's changes from reading 2026-12lk to lu (but lp and lr, sealed)."),
    ("eval/blind-2026-12lz.jsonl", "Blind set 2026-12lz",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as influencers, staff's private social media posts and the municipality's own accounts: profiles, comments, complaints, contracts with influencers and staff cases (122 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lx (but lp, lr and ly, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ma.jsonl", "Blind set 2026-12ma",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as released prisoners, probation and the municipality's reintegration work: housing, jobs, treatment, networks and risk assessments (112 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lx (but lp, lr and ly, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mb.jsonl", "Blind set 2026-12mb",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as graduation, school leaving parties and yearbooks: exams, pupils' texts and photos, parties, incidents and parents (113 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to lx (but lp, lr and ly, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mc.jsonl", "Blind set 2026-12mc (sealed)",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as new citizens moving to the municipality: welcome packages, registration, schools and day care, protected addresses and settling in (111 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-fourth session's changes from reading 2026-12lk to lx (but lp, lr and ly, sealed)."),
    ("eval/blind-2026-12md.jsonl", "Blind set 2026-12md",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the youth council and pupils' councils: elections, members' cases, meetings, budgets and complaints (111 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to mb (but lp, lr, ly and mc, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12me.jsonl", "Blind set 2026-12me",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bereavement: staff and pupils who lose someone, and the municipality's grief support (98 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to mb (but lp, lr, ly and mc, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mg.jsonl", "Blind set 2026-12mg",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as citizens' panels and public consultations on local plans: panel members, objections, neighbours, meetings and the press (108 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to mb (but lp, lr, ly and mc, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mf.jsonl", "Blind set 2026-12mf (sealed)",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as respite care and relief for family carers: relief stays, carers' leave, care homes, assessments and complaints (130 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-fourth session's changes from reading 2026-12lk to mb (but lp, lr, ly and mc, sealed)."),
    ("eval/blind-2026-12mh.jsonl", "Blind set 2026-12mh",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as football clubs, pitches and youth coaches: coaches' police records, injuries, grants, pitches and parents (102 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to mg (but lp, lr, ly, mc and mf, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mk.jsonl", "Blind set 2026-12mk",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as smart home sensors and welfare alarms in citizens' homes: fall alarms, sensors, consent, data, call-outs and complaints (105 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to mg (but lp, lr, ly, mc and mf, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mj.jsonl", "Blind set 2026-12mj",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as a town marathon and running events on public roads: runners' injuries, volunteers, road closures, permits, complaints and press (104 marking spans). Its first look (below) was taken after the thirty-fourth session's changes from reading 2026-12lk to mg (but lp, lr, ly, mc and mf, sealed); "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mi.jsonl", "Blind set 2026-12mi (sealed)",
     "Written on 2026-12-05 (thirty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as the municipal ice rink and skating school: skaters, injuries, staff, bookings, incidents and complaints (105 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken after the thirty-fourth session's changes from reading 2026-12lk to mg (but lp, lr, ly, mc and mf, sealed)."),
    ("eval/blind-2026-12ml.jsonl", "Blind set 2026-12ml",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as campsites, caravans and holiday guests (102 marking spans). Its first look (below) was taken on the engine of the thirty-fourth session's end, before any of this session's changes; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mm.jsonl", "Blind set 2026-12mm",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as fireworks and New Year's Eve (106 marking spans). Its first look (below) was taken on the engine of the thirty-fourth session's end, before any of this session's changes; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mn.jsonl", "Blind set 2026-12mn (sealed)",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as choirs, orchestras and amateur music (113 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine of the thirty-fourth session's end, before any of this session's changes."),
    ("eval/blind-2026-12mo.jsonl", "Blind set 2026-12mo",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as heat pumps and district heating (104 marking spans). Its first look (below) was taken on the engine of the thirty-fourth session's end, before any of this session's changes; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mp.jsonl", "Blind set 2026-12mp",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as chess clubs, board games and game nights (98 marking spans). Its first look (below) was taken on the engine at this session's commit 9108a3a (after reading 2026-12mj, ml, mm and mo), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mq.jsonl", "Blind set 2026-12mq",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as school breakfast and packed lunches (108 marking spans). Its first look (below) was taken on the engine at this session's commit 9108a3a (after reading 2026-12mj, ml, mm and mo), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mr.jsonl", "Blind set 2026-12mr",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as name changes and naming ceremonies (106 marking spans). Its first look (below) was taken on the engine at this session's commit 9108a3a (after reading 2026-12mj, ml, mm and mo), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ms.jsonl", "Blind set 2026-12ms (sealed)",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as Halloween, carnival and costume parties (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 9108a3a (after reading 2026-12mj, ml, mm and mo), which had not seen it."),
    ("eval/blind-2026-12mt.jsonl", "Blind set 2026-12mt",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as winter bathing and saunas (106 marking spans). Its first look (below) was taken on the engine at this session's commit a9e154a (after reading 2026-12mj to mr), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mu.jsonl", "Blind set 2026-12mu (sealed)",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as wasps, mosquitoes and pest control at institutions (129 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit a9e154a (after reading 2026-12mj to mr), which had not seen it."),
    ("eval/blind-2026-12mv.jsonl", "Blind set 2026-12mv",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as flags, flag days and official ceremonies (105 marking spans). Its first look (below) was taken on the engine at this session's commit a9e154a (after reading 2026-12mj to mr), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mw.jsonl", "Blind set 2026-12mw",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as murals, street art and public decoration (99 marking spans). Its first look (below) was taken on the engine at this session's commit a9e154a (after reading 2026-12mj to mr), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mx.jsonl", "Blind set 2026-12mx (sealed)",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as circus visits, fairs and travelling shows (101 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 8ef9c98 (after reading 2026-12mj to mw), which had not seen it."),
    ("eval/blind-2026-12my.jsonl", "Blind set 2026-12my",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as fishing, angling and harbour life (103 marking spans). Its first look (below) was taken on the engine at this session's commit 8ef9c98 (after reading 2026-12mj to mw), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12mz.jsonl", "Blind set 2026-12mz",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as hairdressers and home hairdressing for elderly citizens (100 marking spans). Its first look (below) was taken on the engine at this session's commit 8ef9c98 (after reading 2026-12mj to mw), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12na.jsonl", "Blind set 2026-12na",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as hiking trails, orienteering and outdoor schools (101 marking spans). Its first look (below) was taken on the engine at this session's commit 8ef9c98 (after reading 2026-12mj to mw), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nb.jsonl", "Blind set 2026-12nb",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as horses, riding schools and therapeutic riding (125 marking spans). Its first look (below) was taken on the engine at this session's commit 53d51eb (after reading 2026-12mj to na), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nc.jsonl", "Blind set 2026-12nc (sealed)",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as stray cats and animal welfare cases (112 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 53d51eb (after reading 2026-12mj to na), which had not seen it."),
    ("eval/blind-2026-12nd.jsonl", "Blind set 2026-12nd",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as pharmacies, medicine delivery and dose dispensing (107 marking spans). Its first look (below) was taken on the engine at this session's commit 53d51eb (after reading 2026-12mj to na), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ne.jsonl", "Blind set 2026-12ne",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bakeries, cake days and birthday treats at work (103 marking spans). Its first look (below) was taken on the engine at this session's commit 53d51eb (after reading 2026-12mj to na), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nf.jsonl", "Blind set 2026-12nf",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as yoga, gym classes and staff wellbeing (109 marking spans). Its first look (below) was taken on the engine at this session's commit 371de2a (after reading 2026-12mj to ne), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ng.jsonl", "Blind set 2026-12ng (sealed)",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as pottery, knitting and creative workshops for seniors (109 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 371de2a (after reading 2026-12mj to ne), which had not seen it."),
    ("eval/blind-2026-12nh.jsonl", "Blind set 2026-12nh",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as blood donation and organ donor registration (113 marking spans). Its first look (below) was taken on the engine at this session's commit 371de2a (after reading 2026-12mj to ne), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ni.jsonl", "Blind set 2026-12ni",
     "Written on 2026-12-05 (thirty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as cooking classes and school kitchens (117 marking spans). Its first look (below) was taken on the engine at this session's commit 371de2a (after reading 2026-12mj to ne), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nj.jsonl", "Blind set 2026-12nj",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as lost property offices, lost and found and forgotten belongings (108 marking spans). Its first look (below) was taken on the engine at this session's commit 0c91644 (after reading 2026-12nf and ni), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nk.jsonl", "Blind set 2026-12nk",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bingo, lotteries and association raffles (117 marking spans). Its first look (below) was taken on the engine at this session's commit 0c91644 (after reading 2026-12nf and ni), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nl.jsonl", "Blind set 2026-12nl (sealed)",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as golf, tennis and bowling for seniors and clubs (133 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 0c91644 (after reading 2026-12nf and ni), which had not seen it."),
    ("eval/blind-2026-12nm.jsonl", "Blind set 2026-12nm",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as genealogy, local archives and family history requests (116 marking spans). Its first look (below) was taken on the engine at this session's commit 0c91644 (after reading 2026-12nf and ni), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nn.jsonl", "Blind set 2026-12nn",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as backyard chickens, pigeons and small animals kept by citizens (116 marking spans). Its first look (below) was taken on the engine at this session's commit cebd412 (after reading 2026-12nj, nk and nm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12no.jsonl", "Blind set 2026-12no",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as 3D printers, makerspaces and robotics clubs for children (122 marking spans). Its first look (below) was taken on the engine at this session's commit cebd412 (after reading 2026-12nj, nk and nm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12np.jsonl", "Blind set 2026-12np",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as mushroom picking and foraging in municipal forests (108 marking spans). Its first look (below) was taken on the engine at this session's commit cebd412 (after reading 2026-12nj, nk and nm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nq.jsonl", "Blind set 2026-12nq (sealed)",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as podcasts, local radio and community newspapers (111 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit cebd412 (after reading 2026-12nj, nk and nm), which had not seen it."),
    ("eval/blind-2026-12nr.jsonl", "Blind set 2026-12nr",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as e-sport, gaming nights and LAN parties at youth clubs (121 marking spans). Its first look (below) was taken on the engine at this session's commit 8d13813 (after reading 2026-12nn, no and np), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ns.jsonl", "Blind set 2026-12ns",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as kites, model aircraft and hobby flying in parks (106 marking spans). Its first look (below) was taken on the engine at this session's commit 8d13813 (after reading 2026-12nn, no and np), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nt.jsonl", "Blind set 2026-12nt",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as sheep, goats and grazing animals on municipal land (107 marking spans). Its first look (below) was taken on the engine at this session's commit 8d13813 (after reading 2026-12nn, no and np), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nu.jsonl", "Blind set 2026-12nu (sealed)",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as lighthouses, windmills and listed heritage buildings (124 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 8d13813 (after reading 2026-12nn, no and np), which had not seen it."),
    ("eval/blind-2026-12nv.jsonl", "Blind set 2026-12nv",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as zoo visits, aquariums and animal parks on school and day-care outings (105 marking spans). Its first look (below) was taken on the engine at this session's commit 0c2bdf7 (after reading 2026-12nr, ns and nt), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nx.jsonl", "Blind set 2026-12nx",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as wild birds, bird flu and bird feeding in public spaces (104 marking spans). Its first look (below) was taken on the engine at this session's commit 0c2bdf7 (after reading 2026-12nr, ns and nt), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ny.jsonl", "Blind set 2026-12ny",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as magic shows, entertainers and performers hired for municipal events (113 marking spans). Its first look (below) was taken on the engine at this session's commit 0c2bdf7 (after reading 2026-12nr, ns and nt), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12nw.jsonl", "Blind set 2026-12nw (sealed)",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as tattoos, piercings and body art among young people and staff (133 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 0c2bdf7 (after reading 2026-12nr, ns and nt), which had not seen it."),
    ("eval/blind-2026-12nz.jsonl", "Blind set 2026-12nz",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as composting, garden waste and seed libraries (127 marking spans). Its first look (below) was taken on the engine at this session's commit f44cbac (after reading 2026-12nv, nx and ny), which had not seen it; "
     "it was read in the next session (thirty-seventh, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12ob.jsonl", "Blind set 2026-12ob",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as tower clocks, church bells and noise complaints about bells (121 marking spans). Its first look (below) was taken on the engine at this session's commit f44cbac (after reading 2026-12nv, nx and ny), which had not seen it; "
     "it was read in the next session (thirty-seventh, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12oc.jsonl", "Blind set 2026-12oc",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as sewing cafés, repair cafés and textile reuse projects (108 marking spans). Its first look (below) was taken on the engine at this session's commit f44cbac (after reading 2026-12nv, nx and ny), which had not seen it; "
     "it was read in the next session (thirty-seventh, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12oa.jsonl", "Blind set 2026-12oa (sealed)",
     "Written on 2026-12-05 (thirty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as pianos, music rooms and practice spaces in schools and community centres (115 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit f44cbac (after reading 2026-12nv, nx and ny), which had not seen it."),
    ("eval/blind-2026-12od.jsonl", "Blind set 2026-12od",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as carpooling, commuting and mileage allowances for municipal staff (112 marking spans). Its first look (below) was taken on the engine at this session's commit 12178da (after reading 2026-12nz, ob and oc), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12oe.jsonl", "Blind set 2026-12oe",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as lifts, elevators and accessibility breakdowns in public buildings (120 marking spans). Its first look (below) was taken on the engine at this session's commit 12178da (after reading 2026-12nz, ob and oc), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12of.jsonl", "Blind set 2026-12of (sealed)",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as coffee machines, canteens and staff kitchens at municipal workplaces (106 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 12178da (after reading 2026-12nz, ob and oc), which had not seen it."),
    ("eval/blind-2026-12og.jsonl", "Blind set 2026-12og",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as escape rooms, board games and game cafés for young people and seniors (109 marking spans). Its first look (below) was taken on the engine at this session's commit 12178da (after reading 2026-12nz, ob and oc), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12oh.jsonl", "Blind set 2026-12oh",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as laundry rooms, washing machines and laundry services in care homes and housing (104 marking spans). Its first look (below) was taken on the engine at this session's commit cd49751 (after reading 2026-12od, oe and og), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12oi.jsonl", "Blind set 2026-12oi (sealed)",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as benches, statues and public art in squares and parks (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit cd49751 (after reading 2026-12od, oe and og), which had not seen it."),
    ("eval/blind-2026-12oj.jsonl", "Blind set 2026-12oj",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as Easter events, egg hunts and spring markets run by the municipality (106 marking spans). Its first look (below) was taken on the engine at this session's commit cd49751 (after reading 2026-12od, oe and og), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ok.jsonl", "Blind set 2026-12ok",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as quiz nights, pub quizzes and general knowledge competitions in libraries and clubs (105 marking spans). Its first look (below) was taken on the engine at this session's commit cd49751 (after reading 2026-12od, oe and og), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ol.jsonl", "Blind set 2026-12ol (sealed)",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as Midsummer bonfires, Sankt Hans events and fire safety permits (112 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 2477977 (after reading 2026-12oh, oj and ok), which had not seen it."),
    ("eval/blind-2026-12om.jsonl", "Blind set 2026-12om",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as climbing walls, trampolines and activity parks used by schools and clubs (113 marking spans). Its first look (below) was taken on the engine at this session's commit 2477977 (after reading 2026-12oh, oj and ok), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12on.jsonl", "Blind set 2026-12on",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as stamp, coin and postcard collections donated to local archives and clubs (104 marking spans). Its first look (below) was taken on the engine at this session's commit 2477977 (after reading 2026-12oh, oj and ok), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12oo.jsonl", "Blind set 2026-12oo",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as snakes, reptiles and exotic pets kept by citizens and in school classrooms (131 marking spans). Its first look (below) was taken on the engine at this session's commit 2477977 (after reading 2026-12oh, oj and ok), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12op.jsonl", "Blind set 2026-12op (sealed)",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as auctions of lost property, surplus furniture and municipal vehicles (128 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit ea1f0cb (after reading 2026-12om, on and oo), which had not seen it."),
    ("eval/blind-2026-12oq.jsonl", "Blind set 2026-12oq",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as poetry readings, writing workshops and literature festivals at libraries (104 marking spans). Its first look (below) was taken on the engine at this session's commit ea1f0cb (after reading 2026-12om, on and oo), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12or.jsonl", "Blind set 2026-12or",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as radon measurements, indoor climate and ventilation in schools and homes (132 marking spans). Its first look (below) was taken on the engine at this session's commit ea1f0cb (after reading 2026-12om, on and oo), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12os.jsonl", "Blind set 2026-12os",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as camping sites, caravans and holiday cottages rented or inspected by the municipality (101 marking spans). Its first look (below) was taken on the engine at this session's commit ea1f0cb (after reading 2026-12om, on and oo), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ot.jsonl", "Blind set 2026-12ot",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as sledding hills, ski trips and winter sports for schools and clubs (95 marking spans). Its first look (below) was taken on the engine at this session's commit ea2f9a8 (after reading 2026-12oq, or and os), which had not seen it; "
     "it was read in the next session (thirty-eighth, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12ou.jsonl", "Blind set 2026-12ou (sealed)",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as kiosks, ice cream vans and mobile food sellers needing municipal permits (103 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit ea2f9a8 (after reading 2026-12oq, or and os), which had not seen it."),
    ("eval/blind-2026-12ov.jsonl", "Blind set 2026-12ov",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as braille, audio description and accessible documents for blind and partially sighted citizens (99 marking spans). Its first look (below) was taken on the engine at this session's commit ea2f9a8 (after reading 2026-12oq, or and os), which had not seen it; "
     "it was read in the next session (thirty-eighth, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12ow.jsonl", "Blind set 2026-12ow",
     "Written on 2026-12-06 (thirty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as tractors, farm visits and agricultural education for school classes (99 marking spans). Its first look (below) was taken on the engine at this session's commit ea2f9a8 (after reading 2026-12oq, or and os), which had not seen it; "
     "it was read in the next session (thirty-eighth, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12ox.jsonl", "Blind set 2026-12ox (sealed)",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bakeries, bread and baking days in institutions and schools (100 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 4974d65 (after reading 2026-12ot, ov and ow), which had not seen it."),
    ("eval/blind-2026-12oy.jsonl", "Blind set 2026-12oy",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as kayaking, rowing and sailing clubs at the municipal harbour (99 marking spans). Its first look (below) was taken on the engine at this session's commit 4974d65 (after reading 2026-12ot, ov and ow), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12oz.jsonl", "Blind set 2026-12oz",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as newsletters, mailing lists and information letters to citizens (109 marking spans). Its first look (below) was taken on the engine at this session's commit 4974d65 (after reading 2026-12ot, ov and ow), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pa.jsonl", "Blind set 2026-12pa",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as Fastelavn, carnival and costume parties in schools and day care (105 marking spans). Its first look (below) was taken on the engine at this session's commit 4974d65 (after reading 2026-12ot, ov and ow), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pb.jsonl", "Blind set 2026-12pb (sealed)",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as LEGO, model building and model train clubs at libraries and youth clubs (111 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 2c8a08f (after reading 2026-12oy, oz and pa), which had not seen it."),
    ("eval/blind-2026-12pc.jsonl", "Blind set 2026-12pc",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as archery, fencing and judo clubs in municipal sports halls (110 marking spans). Its first look (below) was taken on the engine at this session's commit 2c8a08f (after reading 2026-12oy, oz and pa), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pd.jsonl", "Blind set 2026-12pd",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as berry picking, foraging and nature guides in municipal forests (117 marking spans). Its first look (below) was taken on the engine at this session's commit 2c8a08f (after reading 2026-12oy, oz and pa), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pe.jsonl", "Blind set 2026-12pe",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as lotteries, raffles and charity collections needing permits (116 marking spans). Its first look (below) was taken on the engine at this session's commit 2c8a08f (after reading 2026-12oy, oz and pa), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pf.jsonl", "Blind set 2026-12pf",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as puppet theatre and children's theatre visits for day care and schools (103 marking spans). Its first look (below) was taken on the engine at this session's commit 2c8a08f (after reading 2026-12oy, oz and pa), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pg.jsonl", "Blind set 2026-12pg",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as padel courts, tennis and racket sports facilities (100 marking spans). Its first look (below) was taken on the engine at this session's commit 2c8a08f (after reading 2026-12oy, oz and pa), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ph.jsonl", "Blind set 2026-12ph",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as drains, sewers and flooded basements after cloudbursts (100 marking spans). Its first look (below) was taken on the engine at this session's commit 2c8a08f (after reading 2026-12oy, oz and pa), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pi.jsonl", "Blind set 2026-12pi (sealed)",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as darts, billiards and card games in senior clubs and activity centres (106 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 2c8a08f (after reading 2026-12oy, oz and pa), which had not seen it."),
    ("eval/blind-2026-12pj.jsonl", "Blind set 2026-12pj",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as apple orchards, juice pressing and fruit from municipal trees (99 marking spans). Its first look (below) was taken on the engine at this session's commit 97559fe (after reading 2026-12pc to ph), which had not seen it; "
     "it was read in the next session (thirty-ninth, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12pk.jsonl", "Blind set 2026-12pk",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as hedgehogs, frogs, insects and wildlife in school gardens and parks (105 marking spans). Its first look (below) was taken on the engine at this session's commit 97559fe (after reading 2026-12pc to ph), which had not seen it; "
     "it was read in the next session (thirty-ninth, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12pl.jsonl", "Blind set 2026-12pl (sealed)",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as mopeds, BMX tracks and young people on scooters (103 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 97559fe (after reading 2026-12pc to ph), which had not seen it."),
    ("eval/blind-2026-12pm.jsonl", "Blind set 2026-12pm",
     "Written on 2026-12-06 (thirty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as packed lunches, school milk and soup kitchens (109 marking spans). Its first look (below) was taken on the engine at this session's commit 97559fe (after reading 2026-12pc to ph), which had not seen it; "
     "it was read in the next session (thirty-ninth, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12pn.jsonl", "Blind set 2026-12pn",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as litter picking, cigarette butts, chewing gum and rubbish on streets, beaches and school grounds (132 marking spans). Its first look (below) was taken on the engine at this session's commit 85cefed (after reading 2026-12pj, pk and pm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12po.jsonl", "Blind set 2026-12po (sealed)",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as motorcycle clubs, motorcycle noise and riding courses (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 85cefed (after reading 2026-12pj, pk and pm), which had not seen it."),
    ("eval/blind-2026-12pp.jsonl", "Blind set 2026-12pp",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as lakes and ponds: water quality, blue-green algae, bathing bans, thin ice warnings and rescue equipment (108 marking spans). Its first look (below) was taken on the engine at this session's commit 85cefed (after reading 2026-12pj, pk and pm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pq.jsonl", "Blind set 2026-12pq",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as pizza evenings, food and snacks at youth clubs and after-school clubs (127 marking spans). Its first look (below) was taken on the engine at this session's commit 85cefed (after reading 2026-12pj, pk and pm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pr.jsonl", "Blind set 2026-12pr",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as petting farms, donkeys and animal visits to kindergartens, schools and care homes (130 marking spans). Its first look (below) was taken on the engine at this session's commit 7365944 (after reading 2026-12pn, pp and pq), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ps.jsonl", "Blind set 2026-12ps",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bus shelters, bus stops and night buses (115 marking spans). Its first look (below) was taken on the engine at this session's commit 7365944 (after reading 2026-12pn, pp and pq), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pt.jsonl", "Blind set 2026-12pt (sealed)",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as tree felling, firewood and storm-damaged trees in municipal forests (116 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 7365944 (after reading 2026-12pn, pp and pq), which had not seen it."),
    ("eval/blind-2026-12pu.jsonl", "Blind set 2026-12pu",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as garden help, lawn mowing and snow shovelling for elderly citizens (108 marking spans). Its first look (below) was taken on the engine at this session's commit 7365944 (after reading 2026-12pn, pp and pq), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pv.jsonl", "Blind set 2026-12pv",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as autumn leaves, fallen branches and slippery paths (105 marking spans). Its first look (below) was taken on the engine at this session's commit 49e8122 (after reading 2026-12pr, ps and pu), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pw.jsonl", "Blind set 2026-12pw",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as food waste, leftovers and surplus food from school canteens and care home kitchens (110 marking spans). Its first look (below) was taken on the engine at this session's commit 49e8122 (after reading 2026-12pr, ps and pu), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12px.jsonl", "Blind set 2026-12px (sealed)",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as skate parks, roller skating and inline hockey for young people (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 49e8122 (after reading 2026-12pr, ps and pu), which had not seen it."),
    ("eval/blind-2026-12py.jsonl", "Blind set 2026-12py",
     "Written on 2026-12-06 (thirty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as seals, porpoises and animals stranded on municipal beaches (137 marking spans). Its first look (below) was taken on the engine at this session's commit 49e8122 (after reading 2026-12pr, ps and pu), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12pz.jsonl", "Blind set 2026-12pz",
     "Written on 2026-12-06 (fortieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as foxes and wildlife in gardens (166 marking spans). Its first look (below) was taken on the engine at this session's commit d8ffa99 (after reading 2026-12pv, pw and py), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qb.jsonl", "Blind set 2026-12qb",
     "Written on 2026-12-06 (fortieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as packed lunches and sandwiches in schools (125 marking spans). Its first look (below) was taken on the engine at this session's commit d8ffa99 (after reading 2026-12pv, pw and py), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qc.jsonl", "Blind set 2026-12qc",
     "Written on 2026-12-06 (fortieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as cheese, food markets and stall permits (118 marking spans). Its first look (below) was taken on the engine at this session's commit d8ffa99 (after reading 2026-12pv, pw and py), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qa.jsonl", "Blind set 2026-12qa (sealed)",
     "Written on 2026-12-06 (fortieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as canoe rental, river trails and shelters (119 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit f35e009 (after reading 2026-12pv, pw and py), which had not seen it."),
    ("eval/blind-2026-12qd.jsonl", "Blind set 2026-12qd (sealed)",
     "Written on 2026-12-06 (fortieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as fences, hedges and boundary disputes (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit cf2d995 (after reading 2026-12pz, qb and qc), which had not seen it."),
    ("eval/blind-2026-12qe.jsonl", "Blind set 2026-12qe",
     "Written on 2026-12-06 (fortieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as honey, bees and pollinator strips (107 marking spans). Its first look (below) was taken on the engine at this session's commit cf2d995 (after reading 2026-12pz, qb and qc), which had not seen it; "
     "it was read in the next session (forty-first, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12qf.jsonl", "Blind set 2026-12qf",
     "Written on 2026-12-06 (fortieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as whale-watching trips and marine biology days (112 marking spans). Its first look (below) was taken on the engine at this session's commit cf2d995 (after reading 2026-12pz, qb and qc), which had not seen it; "
     "it was read in the next session (forty-first, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12qg.jsonl", "Blind set 2026-12qg",
     "Written on 2026-12-06 (fortieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bicycle helmets and traffic safety days (106 marking spans). Its first look (below) was taken on the engine at this session's commit cf2d995 (after reading 2026-12pz, qb and qc), which had not seen it; "
     "it was read in the next session (forty-first, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12qh.jsonl", "Blind set 2026-12qh",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as umbrellas, lost property and the town hall's lost-and-found desk (112 marking spans). Its first look (below) was taken on the engine at this session's commit bb2dcb9 (after reading 2026-12qe, qf and qg), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qi.jsonl", "Blind set 2026-12qi",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as earthworms, soil health and worm composting in school gardens (119 marking spans). Its first look (below) was taken on the engine at this session's commit bb2dcb9 (after reading 2026-12qe, qf and qg), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qj.jsonl", "Blind set 2026-12qj",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as lanterns, lantern walks and street lighting in villages (115 marking spans). Its first look (below) was taken on the engine at this session's commit 294b272 (the engine of bb2dcb9) (after reading 2026-12qe, qf and qg), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qk.jsonl", "Blind set 2026-12qk (sealed)",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as pumpkins, autumn harvest festivals and Halloween events (119 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 294b272 (the engine of bb2dcb9) (after reading 2026-12qe, qf and qg), which had not seen it."),
    ("eval/blind-2026-12ql.jsonl", "Blind set 2026-12ql",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as bread, bakeries and bakery apprentices in vocational training (111 marking spans). Its first look (below) was taken on the engine at this session's commit f7a9d43 (after reading 2026-12qe to qj), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qo.jsonl", "Blind set 2026-12qo (sealed)",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as snails and slugs in allotment gardens and pest advice (125 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit b915933 (the engine of f7a9d43) (after reading 2026-12qe to qj), which had not seen it."),
    ("eval/blind-2026-12qn.jsonl", "Blind set 2026-12qn",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as mittens, scarves and winter clothing collections for families (110 marking spans). Its first look (below) was taken on the engine at this session's commit 8cdd527 (the engine of f7a9d43) (after reading 2026-12qe to qj), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qm.jsonl", "Blind set 2026-12qm",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as candles, fire safety and candlelight in care homes and schools (118 marking spans). Its first look (below) was taken on the engine at this session's commit b6d8e66 (the engine of f7a9d43) (after reading 2026-12qe to qj), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qs.jsonl", "Blind set 2026-12qs",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as buttons, sewing and repair cafés at public libraries (119 marking spans). Its first look (below) was taken on the engine at this session's commit 3de7c32 (after reading 2026-12qe to qn), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qq.jsonl", "Blind set 2026-12qq (sealed)",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as spiders, insects and pest control in municipal buildings (108 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 8becf0e (the engine of 3de7c32) (after reading 2026-12qe to qn), which had not seen it."),
    ("eval/blind-2026-12qp.jsonl", "Blind set 2026-12qp",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as potatoes, the potato harvest in school kitchen gardens and the school kitchen (120 marking spans). Its first look (below) was taken on the engine at this session's commit 0bccb1f (the engine of 3de7c32) (after reading 2026-12qe to qn), which had not seen it; "
     "it was read in the next session (forty-second, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12qr.jsonl", "Blind set 2026-12qr",
     "Written on 2026-12-06 (forty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as strawberries, pick-your-own farms and summer jobs for young people (140 marking spans). Its first look (below) was taken on the engine at this session's commit 4a66b27 (the engine of 3de7c32) (after reading 2026-12qe to qn), which had not seen it; "
     "it was read in the next session (forty-second, 2026-12-06): its later figures are not blind."),
    ("eval/blind-2026-12qt.jsonl", "Blind set 2026-12qt",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as jam, preserves and the community kitchen's jam-making for the elderly (119 marking spans). Its first look (below) was taken on the engine at this session's commit 898d1ce (the engine of f888225) (after reading 2026-12qp and qr), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qv.jsonl", "Blind set 2026-12qv",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as onions, market stalls and street-trading permits (103 marking spans). Its first look (below) was taken on the engine at this session's commit 898d1ce (the engine of f888225) (after reading 2026-12qp and qr), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qu.jsonl", "Blind set 2026-12qu (sealed)",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as carrots, school gardens and the schools' vegetable patches (128 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 898d1ce (the engine of f888225) (after reading 2026-12qp and qr), which had not seen it."),
    ("eval/blind-2026-12qw.jsonl", "Blind set 2026-12qw",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as cabbage, the nursing homes' kitchens and meal plans (119 marking spans). Its first look (below) was taken on the engine at this session's commit e72be4c (the engine of f888225) (after reading 2026-12qp and qr), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qy.jsonl", "Blind set 2026-12qy",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as plums, allotment gardens and the allotment associations' leases (154 marking spans). Its first look (below) was taken on the engine at this session's commit 40d7377 (after reading 2026-12qt, qv and qw), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ra.jsonl", "Blind set 2026-12ra (sealed)",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as moss, green roofs and building maintenance (124 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 754f3cd (the engine of 40d7377) (after reading 2026-12qt, qv and qw), which had not seen it."),
    ("eval/blind-2026-12qz.jsonl", "Blind set 2026-12qz",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as acorns and chestnuts, the nature school and forest kindergartens (133 marking spans). Its first look (below) was taken on the engine at this session's commit 366de0f (the engine of 40d7377) (after reading 2026-12qt, qv and qw), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12qx.jsonl", "Blind set 2026-12qx",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as cherries, the churchyard's cherry trees and the cemetery administration (130 marking spans). Its first look (below) was taken on the engine at this session's commit eecf563 (the engine of 40d7377) (after reading 2026-12qt, qv and qw), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rc.jsonl", "Blind set 2026-12rc",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as beetles, the municipal forest and bark-beetle damage (115 marking spans). Its first look (below) was taken on the engine at this session's commit 7db1794 (the engine of 8d02398) (after reading 2026-12qx and qy), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12re.jsonl", "Blind set 2026-12re",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as socks, the job centre's second-hand shop and its volunteers (118 marking spans). Its first look (below) was taken on the engine at this session's commit 7db1794 (the engine of 8d02398) (after reading 2026-12qx and qy), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rb.jsonl", "Blind set 2026-12rb (sealed)",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as toads, frog crossings and the spring road closures (131 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 194119c (the engine of 8d02398) (after reading 2026-12qx and qy), which had not seen it."),
    ("eval/blind-2026-12rd.jsonl", "Blind set 2026-12rd",
     "Written on 2026-12-06 (forty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as moths, the town archive's textile collection and the local museum (120 marking spans). Its first look (below) was taken on the engine at this session's commit fd759ac (the engine of 8d02398) (after reading 2026-12qx and qy), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ri.jsonl", "Blind set 2026-12ri",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as ferns, the botanical greenhouse at the park department and its volunteers (122 marking spans). Its first look (below) was taken on the engine at commit 82e5245 (the forty-second session's engine, 7844a0c) (after reading 2026-12qp to re), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rg.jsonl", "Blind set 2026-12rg",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as kettles, the staff kitchens and the town hall's canteen (126 marking spans). Its first look (below) was taken on the engine at commit 82e5245 (the forty-second session's engine, 7844a0c) (after reading 2026-12qp to re), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rf.jsonl", "Blind set 2026-12rf",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as shoes, the school's lost-and-found and the shoe fund for families with little money (114 marking spans). Its first look (below) was taken on the engine at commit 8640d85 (the forty-second session's engine, 7844a0c) (after reading 2026-12qp to re), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rh.jsonl", "Blind set 2026-12rh (sealed)",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as porridge, the day-care breakfast scheme and the kitchen staff (118 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at commit 8640d85 (the forty-second session's engine, 7844a0c) (after reading 2026-12qp to re), which had not seen it."),
    ("eval/blind-2026-12rj.jsonl", "Blind set 2026-12rj",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as wool, the library's knitting café and the care home's knitting circle (117 marking spans). Its first look (below) was taken on the engine at this session's commit 71b663a (after reading 2026-12qz to ri), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rk.jsonl", "Blind set 2026-12rk",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as lamps, street lighting and the technical department's lamp replacement (111 marking spans). Its first look (below) was taken on the engine at this session's commit 71b663a (after reading 2026-12qz to ri), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rl.jsonl", "Blind set 2026-12rl (sealed)",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as ladders, work at height and the caretakers' safety rounds (110 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 71b663a (after reading 2026-12qz to ri), which had not seen it."),
    ("eval/blind-2026-12rm.jsonl", "Blind set 2026-12rm",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as jigsaw puzzles, the activity centre for the elderly and its volunteers (118 marking spans). Its first look (below) was taken on the engine at this session's commit 71b663a (after reading 2026-12qz to ri), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rn.jsonl", "Blind set 2026-12rn",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as tents, the scout camp and the municipality's summer holiday activities (123 marking spans). Its first look (below) was taken on the engine at this session's commit 554a977 (after reading 2026-12qz to rm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ro.jsonl", "Blind set 2026-12ro",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as ropes, the climbing wall at the sports hall and its instructors (110 marking spans). Its first look (below) was taken on the engine at this session's commit 554a977 (after reading 2026-12qz to rm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rp.jsonl", "Blind set 2026-12rp (sealed)",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as marbles, the after-school club's games and the SFO staff (129 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 554a977 (after reading 2026-12qz to rm), which had not seen it."),
    ("eval/blind-2026-12rq.jsonl", "Blind set 2026-12rq",
     "Written on 2026-12-06 (forty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as fountains, the town square's fountain and the park department's water features (127 marking spans). Its first look (below) was taken on the engine at this session's commit 554a977 (after reading 2026-12qz to rm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rr.jsonl", "Blind set 2026-12rr",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as drums, the music school's drum room and the youth bands' rehearsals (120 marking spans). Its first look (below) was taken on the engine at commit 5ea077b (the forty-third session's last engine, after reading 2026-12qz to rm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rs.jsonl", "Blind set 2026-12rs (sealed)",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as paint, the caretakers' painting jobs and the paint store at the depot (125 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at commit 5ea077b (the forty-third session's last engine, after reading 2026-12qz to rm), which had not seen it."),
    ("eval/blind-2026-12rt.jsonl", "Blind set 2026-12rt",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as mirrors, the dance studio at the culture house and its instructors (121 marking spans). Its first look (below) was taken on the engine at commit 5ea077b (the forty-third session's last engine, after reading 2026-12qz to rm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ru.jsonl", "Blind set 2026-12ru",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as scissors, the care home's hairdresser and the home-care nail and hair visits (109 marking spans). Its first look (below) was taken on the engine at commit 5ea077b (the forty-third session's last engine, after reading 2026-12qz to rm), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rv.jsonl", "Blind set 2026-12rv",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as soap, the hand-hygiene campaign and the cleaning staff's supplies (117 marking spans). Its first look (below) was taken on the engine at this session's commit e156bae (after reading 2026-12rn, rq, rr, rt and ru), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rw.jsonl", "Blind set 2026-12rw",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as blankets, the emergency shelter's bedding and the winter night café for homeless people (99 marking spans). Its first look (below) was taken on the engine at this session's commit e156bae (after reading 2026-12rn, rq, rr, rt and ru), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rx.jsonl", "Blind set 2026-12rx (sealed)",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as clay, the pottery workshop at the day centre and its kiln (118 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit e156bae (after reading 2026-12rn, rq, rr, rt and ru), which had not seen it."),
    ("eval/blind-2026-12ry.jsonl", "Blind set 2026-12ry",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as balloons, the town's children's festival and its organisers (129 marking spans). Its first look (below) was taken on the engine at this session's commit e156bae (after reading 2026-12rn, rq, rr, rt and ru), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12rz.jsonl", "Blind set 2026-12rz",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as towels, the swimming baths' changing rooms and the lifeguards (113 marking spans). Its first look (below) was taken on the engine at this session's commit 175343e (after reading 2026-12rn, rq to rw and ry), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sa.jsonl", "Blind set 2026-12sa (sealed)",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as guitars, the youth club's music room and its leaders (129 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 175343e (after reading 2026-12rn, rq to rw and ry), which had not seen it."),
    ("eval/blind-2026-12sb.jsonl", "Blind set 2026-12sb",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as pillows, the respite care unit and its night staff (109 marking spans). Its first look (below) was taken on the engine at this session's commit 175343e (after reading 2026-12rn, rq to rw and ry), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sc.jsonl", "Blind set 2026-12sc",
     "Written on 2026-12-06 (forty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as tickets, the municipal bus cards and the disability travel scheme (115 marking spans). Its first look (below) was taken on the engine at this session's commit 175343e (after reading 2026-12rn, rq to rw and ry), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sd.jsonl", "Blind set 2026-12sd",
     "Written on 2026-12-07 (forty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as spoons, the care home's dining room and the kitchen staff's mealtimes (124 marking spans). Its first look (below) was taken on the engine at this session's commit 34963f9 (after reading 2026-12rz, sb and sc), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12se.jsonl", "Blind set 2026-12se (sealed)",
     "Written on 2026-12-07 (forty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as hammers, the municipal workshop for young people in job training and its supervisors (111 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 34963f9 (after reading 2026-12rz, sb and sc), which had not seen it."),
    ("eval/blind-2026-12sf.jsonl", "Blind set 2026-12sf",
     "Written on 2026-12-07 (forty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as gloves, the home-care service's protective equipment and its stock room (99 marking spans). Its first look (below) was taken on the engine at this session's commit 34963f9 (after reading 2026-12rz, sb and sc), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sg.jsonl", "Blind set 2026-12sg",
     "Written on 2026-12-07 (forty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as rakes, the cemetery's gardeners and the autumn leaf collection (113 marking spans). Its first look (below) was taken on the engine at this session's commit 34963f9 (after reading 2026-12rz, sb and sc), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sh.jsonl", "Blind set 2026-12sh",
     "Written on 2026-12-07 (forty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as buckets, the school cleaning staff and the floor-care rota (122 marking spans). Its first look (below) was taken on the engine at this session's commit 031c238 (after reading 2026-12rz, sb, sc, sd, sf and sg), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12si.jsonl", "Blind set 2026-12si",
     "Written on 2026-12-07 (forty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as envelopes, the town hall's post room and its outgoing letters (113 marking spans). Its first look (below) was taken on the engine at this session's commit 031c238 (after reading 2026-12rz, sb, sc, sd, sf and sg), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sj.jsonl", "Blind set 2026-12sj",
     "Written on 2026-12-07 (forty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as brushes, the day-care centre's painting corner and its pedagogues (121 marking spans). Its first look (below) was taken on the engine at this session's commit 031c238 (after reading 2026-12rz, sb, sc, sd, sf and sg), which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sk.jsonl", "Blind set 2026-12sk (sealed)",
     "Written on 2026-12-07 (forty-fifth session) by a helper who had not read the code, the other corpora or "
     "their errors, as doorbells, the home-care night visits and the key boxes at citizens' doors (124 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at this session's commit 031c238 (after reading 2026-12rz, sb, sc, sd, sf and sg), which had not seen it."),
    ("eval/blind-2026-12sl.jsonl", "Blind set 2026-12sl",
     "Written on 2026-12-07 (forty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as staplers, the jobcentre's front office and its supply cupboard (103 marking spans). Its first look (below) was taken on the engine at the forty-fifth session's last commit 3a1b479, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sm.jsonl", "Blind set 2026-12sm (sealed)",
     "Written on 2026-12-07 (forty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as doormats, the housing department's caretakers and the tenants' meetings (103 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at the forty-fifth session's last commit 3a1b479, which had not seen it."),
    ("eval/blind-2026-12sn.jsonl", "Blind set 2026-12sn",
     "Written on 2026-12-07 (forty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as clipboards, the building inspectors' site visits and their reports (99 marking spans). Its first look (below) was taken on the engine at the forty-fifth session's last commit 3a1b479, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12so.jsonl", "Blind set 2026-12so",
     "Written on 2026-12-07 (forty-sixth session) by a helper who had not read the code, the other corpora or "
     "their errors, as thermos flasks, the winter road-gritting crews and their night shifts (94 marking spans). Its first look (below) was taken on the engine at the forty-fifth session's last commit 3a1b479, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sp.jsonl", "Blind set 2026-12sp",
     "Written on 2026-12-07 (forty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as wheelbarrows, the park and cemetery gardeners and their seasonal workers (117 marking spans). Its first look (below) was taken on the engine at the forty-sixth session's last commit 68244c7, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sq.jsonl", "Blind set 2026-12sq",
     "Written on 2026-12-07 (forty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as rubber stamps, the post room that registers incoming mail for the case system (156 marking spans). Its first look (below) was taken on the engine at the forty-sixth session's last commit 68244c7, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sr.jsonl", "Blind set 2026-12sr (sealed)",
     "Written on 2026-12-07 (forty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as lanyards, the bookmobile and the library's outreach to care homes (100 marking spans). Kept sealed: nobody has read its cases or errors. Its first look (below) was "
     "taken on the engine at the forty-sixth session's last commit 68244c7, which had not seen it."),
    ("eval/blind-2026-12ss.jsonl", "Blind set 2026-12ss",
     "Written on 2026-12-07 (forty-seventh session) by a helper who had not read the code, the other corpora or "
     "their errors, as headsets, the municipal call centre and its callback lists (104 marking spans). Its first look (below) was taken on the engine at the forty-sixth session's last commit 68244c7, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12st.jsonl", "Blind set 2026-12st",
     "Written on 2026-12-07 (forty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as forklifts, the municipal depot and the central warehouse (99 marking spans). It was drawn to be sealed before it was written, and became a read set when part of its first prompt was printed by mistake. Its first look (below) was taken on the engine at the forty-seventh session's last commit 4265dca, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12su.jsonl", "Blind set 2026-12su",
     "Written on 2026-12-07 (forty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as stopwatches, school sports days and swimming lessons (99 marking spans). Its first look (below) was taken on the engine at the forty-seventh session's last commit 4265dca, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sv.jsonl", "Blind set 2026-12sv (sealed)",
     "Written on 2026-12-07 (forty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as raincoats, the forest kindergartens and outdoor day care (95 marking spans). Kept sealed: nobody has read its cases or errors (a second draw among su, sv and sw, made after all four first looks met every target: st, drawn first, had part of its first prompt printed by mistake). Its first look (below) was "
     "taken on the engine at the forty-seventh session's last commit 4265dca, which had not seen it."),
    ("eval/blind-2026-12sw.jsonl", "Blind set 2026-12sw",
     "Written on 2026-12-07 (forty-eighth session) by a helper who had not read the code, the other corpora or "
     "their errors, as flashlights, night outreach to rough sleepers and the shelter (95 marking spans). Its first look (below) was taken on the engine at the forty-seventh session's last commit 4265dca, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sx.jsonl", "Blind set 2026-12sx",
     "Written on 2026-12-07 (forty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as beehives, the municipal apiary and the honey project (96 marking spans). Its first look (below) was taken on the engine at the forty-eighth session's last commit c7a27d5, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12sy.jsonl", "Blind set 2026-12sy (sealed)",
     "Written on 2026-12-07 (forty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as telescopes, the observatory and astronomy evenings (98 marking spans). Kept sealed: nobody has read its cases or errors (drawn with SystemRandom before the four sets were written). Its first look (below) was "
     "taken on the engine at the forty-eighth session's last commit c7a27d5, which had not seen it."),
    ("eval/blind-2026-12sz.jsonl", "Blind set 2026-12sz",
     "Written on 2026-12-07 (forty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as hammocks, the reading garden and outdoor rest breaks (98 marking spans). Its first look (below) was taken on the engine at the forty-eighth session's last commit c7a27d5, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ta.jsonl", "Blind set 2026-12ta",
     "Written on 2026-12-07 (forty-ninth session) by a helper who had not read the code, the other corpora or "
     "their errors, as accordions and folk music afternoons in care homes (95 marking spans). Its first look (below) was taken on the engine at the forty-eighth session's last commit c7a27d5, which had not seen it; Its first look was recorded twice: two first looks wrote the file at once and the first record was lost; the rerun on the same commit gave the same figures. "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tb.jsonl", "Blind set 2026-12tb",
     "Written on 2026-12-07 (fiftieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bonsai trees, the bonsai club at the library and a care home's windowsill garden (93 marking spans). Its first look (below) was taken on the engine at the forty-ninth session's last commit 6ebf326, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tc.jsonl", "Blind set 2026-12tc",
     "Written on 2026-12-07 (fiftieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as glassblowing, the municipal glass workshop and its courses (106 marking spans). Its first look (below) was taken on the engine at the forty-ninth session's last commit 6ebf326, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12td.jsonl", "Blind set 2026-12td",
     "Written on 2026-12-07 (fiftieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as hand weaving, looms at the day centre and the weaving school (97 marking spans). Its first look (below) was taken on the engine at the forty-ninth session's last commit 6ebf326, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12te.jsonl", "Blind set 2026-12te (sealed)",
     "Written on 2026-12-07 (fiftieth session) by a helper who had not read the code, the other corpora or "
     "their errors, as sundials, the town's sundial trail and the school's week on shadows and astronomy (107 marking spans). Kept sealed: nobody has read its cases or errors (drawn with SystemRandom before the four sets were written). Its first look (below) was "
     "taken on the engine at the forty-ninth session's last commit 6ebf326, which had not seen it."),
    ("eval/blind-2026-12tf.jsonl", "Blind set 2026-12tf",
     "Written on 2026-12-07 (fifty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as falconry, the nature school's bird-of-prey shows and the falconer at the wildlife park (92 marking spans). Its writer left some first names unlabelled where they repeat a labelled full name (at least seven), which count as false findings. Its first look (below) was taken on the engine at the fiftieth session's last commit da43bb3, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tg.jsonl", "Blind set 2026-12tg (sealed)",
     "Written on 2026-12-07 (fifty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as bookbinding, the library's bindery and the day centre's bookbinding workshop (99 marking spans). Kept sealed: nobody has read its cases or errors (drawn with SystemRandom before the four sets were written). Its first look (below) was "
     "taken on the engine at the fiftieth session's last commit da43bb3, which had not seen it."),
    ("eval/blind-2026-12th.jsonl", "Blind set 2026-12th",
     "Written on 2026-12-07 (fifty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as ice skating, the municipal ice rink and the schools' skating days (95 marking spans). Its first look (below) was taken on the engine at the fiftieth session's last commit da43bb3, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ti.jsonl", "Blind set 2026-12ti",
     "Written on 2026-12-07 (fifty-first session) by a helper who had not read the code, the other corpora or "
     "their errors, as origami, the after-school club's paper folding and the care home's folding afternoons (100 marking spans). Its first look (below) was taken on the engine at the fiftieth session's last commit da43bb3, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tj.jsonl", "Blind set 2026-12tj",
     "Written on 2026-12-07 (fifty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as paper cutting, the library's paper-cutting workshop and the Christmas market (95 marking spans). Its first look (below) was taken on the engine at the fifty-first session's last commit 1a1adfc, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tk.jsonl", "Blind set 2026-12tk (sealed)",
     "Written on 2026-12-07 (fifty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as stained glass, the church's window restoration and the evening school's glass class (107 marking spans). Kept sealed: nobody has read its cases or errors (drawn with SystemRandom before the four sets were written). Its first look (below) was "
     "taken on the engine at the fifty-first session's last commit 1a1adfc, which had not seen it."),
    ("eval/blind-2026-12tl.jsonl", "Blind set 2026-12tl",
     "Written on 2026-12-07 (fifty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as calligraphy, the school's handwriting project and the plain-language letters to citizens (98 marking spans). Its first look (below) was taken on the engine at the fifty-first session's last commit 1a1adfc, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tm.jsonl", "Blind set 2026-12tm",
     "Written on 2026-12-07 (fifty-second session) by a helper who had not read the code, the other corpora or "
     "their errors, as woodturning, the seniors' woodturning workshop and the job centre's wood shop (97 marking spans). Its first look (below) was taken on the engine at the fifty-first session's last commit 1a1adfc, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tn.jsonl", "Blind set 2026-12tn",
     "Written on 2026-12-07 (fifty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as blacksmithing, the museum's forge, the job centre's metal workshop and the technical school's welding class (100 marking spans). Its first look (below) was taken on the engine at the fifty-second session's last commit 72c6d48, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12to.jsonl", "Blind set 2026-12to (sealed)",
     "Written on 2026-12-07 (fifty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as birdwatching, the nature school, the wetlands ranger and the care home's bird feeder (104 marking spans). Kept sealed: nobody has read its cases or errors (drawn with SystemRandom before the four sets were written). Its first look (below) was "
     "taken on the engine at the fifty-second session's last commit 72c6d48, which had not seen it."),
    ("eval/blind-2026-12tp.jsonl", "Blind set 2026-12tp",
     "Written on 2026-12-07 (fifty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as letterpress printing, the library's print workshop, the town archive and the council's anniversary booklet (94 marking spans). Its first look (below) was taken on the engine at the fifty-second session's last commit 72c6d48, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tq.jsonl", "Blind set 2026-12tq",
     "Written on 2026-12-07 (fifty-third session) by a helper who had not read the code, the other corpora or "
     "their errors, as felting with wool, the kindergarten's wool workshop, the care home's craft room and the refugee women's club (93 marking spans). Its first look (below) was taken on the engine at the fifty-second session's last commit 72c6d48, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tr.jsonl", "Blind set 2026-12tr",
     "Written on 2026-12-08 (fifty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as quilting and patchwork, the library's sewing café, the care home's quilt club and the asylum centre's sewing room (107 marking spans). Its first look (below) was taken on the engine at the fifty-third session's last commit c853c19, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12ts.jsonl", "Blind set 2026-12ts",
     "Written on 2026-12-08 (fifty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as dog training, the care homes' visiting dogs, the school's reading dog and the dog parks and dog-walking jobs for the unemployed (101 marking spans). Its first look (below) was taken on the engine at the fifty-third session's last commit c853c19, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tt.jsonl", "Blind set 2026-12tt",
     "Written on 2026-12-08 (fifty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as geocaching, the nature school's GPS treasure hunts, the youth club's trips and the tourist office's caches in the parks (102 marking spans). Its first look (below) was taken on the engine at the fifty-third session's last commit c853c19, which had not seen it; "
     "it is then read: its later figures are not blind."),
    ("eval/blind-2026-12tu.jsonl", "Blind set 2026-12tu (sealed)",
     "Written on 2026-12-08 (fifty-fourth session) by a helper who had not read the code, the other corpora or "
     "their errors, as bicycle repair, the school's bike workshop, the job centre's repair workshop and the cycling course for refugee women (102 marking spans). Kept sealed: nobody has read its cases or errors (drawn with SystemRandom before the four sets were written). Its first look (below) was "
     "taken on the engine at the fifty-third session's last commit c853c19, which had not seen it."),
    ("eval/holdout.jsonl", "Held-out corpus",
     "Written for issue #3 by a team member who had not seen the rules or the development corpus. The "
     "misses of its first look led to changes, so it is no longer a clean held-out measure, "
     "`HEALTH_DATA` least of all."),
    ("eval/corpus.jsonl", "Team corpus",
     "Written by the team and used while the rules were developed: a development set."),
]
#: PER F1 targets on the NER test sets (issue #10).
NER_TARGETS = {"UNER Danish DDT test": 0.85, "DaN+ Twitter test": 0.70, "DaN+ Arto (web forum) test": 0.70}
#: First-look figures per corpus, written once by ``--first-look`` and never again.
FIRST_LOOK = ROOT / "eval" / "first-look.json"
#: A prompt is harmless when it is in one of these domains and holds none of the
#: kinds that are personal or confidential whatever surrounds them (a hard
#: negative may hold a real CPR number; a switchboard number does not count).
HARMLESS_DOMAINS = {"clean", "hard_negative"}
NEVER_HARMLESS = {"DK_CPR", "PERSON", "HEALTH_DATA", "CONFIDENTIAL_MARKER"}


def run(shared: Path):
    pipeline = load_pipeline(DEFAULT_SPACY_MODELS)
    systems = [Promptvagt(pipeline), PresidioBaseline(pipeline)]
    lines = [
        "# Detection quality",
        "",
        f"Produced by `.venv/bin/python bench/quality.py` on {time.strftime('%Y-%m-%d')} "
        f"with spaCy pipeline `{pipeline.name or 'none (degraded)'}` {pipeline.version or ''}.",
        "Baseline: presidio's default `AnalyzerEngine` (its predefined recognizers for `da`) on the same pipeline.",
        "A prediction is correct when it overlaps a gold span of the same type; *exact* F1 needs identical spans.",
        "*Left alone*: a harmless prompt (domains `clean` and `hard_negative`, with no gold CPR number, name, "
        "health data or marking) with no finding that warns or blocks; a hint (`info`) does not interrupt.",
        "The marking model (`companion/detection/marking_classifier.py`) is trained on the lines of the read sets "
        "(`tools/train_marking_classifier.py`: the development and held-out corpora and every blind set that has been read, "
        "after its first look), so `CONFIDENTIAL_MARKER` figures on those sets are on training data; only first looks and the "
        "sealed sets judge it.",
        "",
    ]
    first_looks = json.loads(FIRST_LOOK.read_text(encoding="utf-8")) if FIRST_LOOK.exists() else {}
    for path, title, about in CORPORA:
        if (ROOT / path).exists():
            lines += corpus_section(systems, ROOT / path, title, about, first_looks.get(path))

    # OS2datascanner cases.
    tallies = {s.name: Tally() for s in systems}
    count, differences = 0, []
    os2_types = sorted(set(OS2DS_KINDS.values()))
    for case, entity, gold, keep in os2ds_cases(shared / "benchmarks" / "os2datascanner_cases.jsonl"):
        count += 1
        for system in systems:
            predicted = [p for p in system.spans(case["text"]) if keep(p)]
            tallies[system.name].add(gold, predicted, [entity])
            if system is systems[0]:
                differences += _os2_differences(case, entity, gold, predicted)
    lines += [f"## OS2datascanner cases ({count} exhaustive cases of the kinds we detect)", "",
              "Scored under each case's own configuration where ours can follow it (modulus 11 with the",
              "1 January exemptions, listed exceptions). Context heuristics of OS2datascanner's rules",
              "(brackets, unary operators, `examine_context`, P-numbers found as CPR) are not emulated: our",
              "rules are made for prompts, not file shares, so those cases show up as differences below.", ""]
    lines += _table(os2_types, systems, tallies)
    lines += ["", f"<details><summary>Cases where Promptvagt differs ({len(differences)})</summary>\n"]
    lines += differences + ["", "</details>", ""]

    # PER on NER test sets.
    ner_sets = [
        ("UNER Danish DDT test", shared / "data/uner_da_ddt/da_ddt-ud-test.iob2", (1, 2)),
        ("DaN+ Twitter test", shared / "data/danplus/da_twitter_test.tsv", (0, 1)),
        ("DaN+ Arto (web forum) test", shared / "data/danplus/da_arto_test.tsv", (0, 1)),
        ("DaN+ news test", shared / "data/danplus/da_news_test.tsv", (0, 1)),
    ]
    lines += ["## PER on NER test sets", "",
              "| data set | sentences | gold PER | Promptvagt P | R | F1 | exact F1 | baseline P | R | F1 | exact F1 |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    f1s = {}
    for label, path, columns in ner_sets:
        tallies = {s.name: Tally() for s in systems}
        sentences = list(iob_sentences(path, columns))
        for text, gold in sentences:
            for system in systems:
                tallies[system.name].add(gold, system.spans(text), ["PERSON"])
        ours, base = (tallies[s.name].scores("PERSON") for s in systems)
        lines.append(
            f"| {label} | {len(sentences)} | {ours['gold']} | {fmt(ours['precision'])} | {fmt(ours['recall'])} | "
            f"**{fmt(ours['f1'])}** | {fmt(ours['exact_f1'])} | {fmt(base['precision'])} | {fmt(base['recall'])} | "
            f"{fmt(base['f1'])} | {fmt(base['exact_f1'])} |"
        )
        f1s[label] = ours["f1"]
    lines += ["", "Targets (issue #10): PER F1 ≥ 0.85 on UNER test, ≥ 0.70 on DaN+ Twitter and Arto: "
              + ", ".join(f"{label} **{fmt(f1s[label])}** ({'met' if f1s[label] is not None and f1s[label] >= goal else 'not met'})"
                          for label, goal in NER_TARGETS.items()) + ".",
              "", "DaN+ Reddit is left out: its files hold labels but not the text. The test sets' errors are never read; "
              "the UNER and DaN+ dev sets' are, and one word from them went into the rules (the newspaper `B.T.` is no "
              "person's initials).", ""]
    return "\n".join(lines) + "\n"


def score_corpus(systems, path):
    """Score a labelled prompt corpus; return the tallies, misses and per-prompt verdict counts."""
    cases = list(corpus_cases(path))
    types = sorted({s[0] for _, gold in cases for s in gold})
    tallies = {s.name: Tally() for s in systems}
    misses = defaultdict(list)
    outcome = {"cpr_prompts": 0, "cpr_blocked": 0, "harmless": 0, "left_alone": 0, "interrupted": []}
    for case, gold in cases:
        for system in systems:
            predicted = system.spans(case["text"])
            tallies[system.name].add(gold, predicted, types)
            if system is systems[0]:
                _collect_misses(case, gold, predicted, types, misses)
                severities = {p[3] for p in predicted}
                if any(g[0] == "DK_CPR" for g in gold):
                    outcome["cpr_prompts"] += 1
                    outcome["cpr_blocked"] += "block" in severities
                if case["domain"] in HARMLESS_DOMAINS and not {g[0] for g in gold} & NEVER_HARMLESS:
                    outcome["harmless"] += 1
                    if severities & {"warn", "block"}:
                        outcome["interrupted"].append(case["id"])
                    else:
                        outcome["left_alone"] += 1
    return cases, types, tallies, misses, outcome


def headline(tally, outcome) -> dict:
    """The figures issue #10 sets targets for."""
    cpr, person, marker = (tally.scores(e) for e in ("DK_CPR", "PERSON", "CONFIDENTIAL_MARKER"))
    return {
        "DK_CPR": [cpr["precision"], cpr["recall"]],
        "PERSON": [person["precision"], person["recall"]],
        "CONFIDENTIAL_MARKER": [marker["precision"], marker["recall"]],
        "cpr_blocked": [outcome["cpr_blocked"], outcome["cpr_prompts"]],
        "left_alone": [outcome["left_alone"], outcome["harmless"]],
    }


def corpus_section(systems, path, title, about, first_look=None):
    """Report one corpus: targets, first look, per-entity table, interrupted harmless prompts, misses."""
    cases, types, tallies, misses, outcome = score_corpus(systems, path)
    now = headline(tallies[systems[0].name], outcome)
    lines = [f"## {title} (`{path.relative_to(ROOT)}`, {len(cases)} prompts)", "", about, "",
             "| target (issue #10) | first look | now | met now |", "|---|---|---|---|"]
    for label, key, index, goal in TARGETS:
        value = now[key][index] if index is not None else _share(now[key])
        then = "–" if not first_look else _shown(first_look["figures"][key], index)
        met = value is not None and value >= goal
        lines.append(f"| {label} | {then} | {_shown(now[key], index)} | {'yes' if met else '**no**'} |")
    if first_look:
        lines += ["", f"First look: {first_look['date']}, engine at commit `{first_look['commit']}`, "
                      f"spaCy pipeline `{first_look['pipeline']}`, before any change made for this set."]
    lines += ["", *_table(types, systems, tallies), ""]
    if str(path.relative_to(ROOT)) in SEALED:
        return lines + ["Sealed: its cases and errors are not shown, so that its figures stay blind.", ""]
    if outcome["interrupted"]:
        lines += [f"Harmless prompts interrupted (warn or block): {', '.join(outcome['interrupted'])}", ""]
    lines += _misses(misses, title)
    return lines


#: (label, headline key, index or None for a share, goal)
TARGETS = [
    ("`DK_CPR` recall = 1.00", "DK_CPR", 1, 1.0),
    ("`DK_CPR` precision ≥ 0.97", "DK_CPR", 0, 0.97),
    ("`PERSON` precision ≥ 0.90", "PERSON", 0, 0.90),
    ("`PERSON` recall ≥ 0.90", "PERSON", 1, 0.90),
    ("`CONFIDENTIAL_MARKER` precision ≥ 0.90", "CONFIDENTIAL_MARKER", 0, 0.90),
    ("`CONFIDENTIAL_MARKER` recall ≥ 0.90", "CONFIDENTIAL_MARKER", 1, 0.90),
    ("every prompt with a CPR number blocked", "cpr_blocked", None, 1.0),
    ("harmless prompts left alone ≥ 90 %", "left_alone", None, 0.90),
]


def _share(pair):
    done, total = pair
    return done / total if total else None


def _shown(figure, index):
    if figure is None:
        return "–"
    if index is None:
        return f"{figure[0]} / {figure[1]}"
    return fmt(figure[index])


def record_first_look(path: Path):
    """Score ``path`` once with the engine as it is and keep the figures in eval/first-look.json."""
    key = str(path.resolve().relative_to(ROOT))
    first_looks = json.loads(FIRST_LOOK.read_text(encoding="utf-8")) if FIRST_LOOK.exists() else {}
    if key in first_looks:
        raise SystemExit(f"{key} already had its first look on {first_looks[key]['date']}; it is not repeated.")
    pipeline = load_pipeline(DEFAULT_SPACY_MODELS)
    _, _, tallies, _, outcome = score_corpus([Promptvagt(pipeline)], path)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    first_looks[key] = {
        "date": time.strftime("%Y-%m-%d"), "commit": commit,
        "pipeline": f"{pipeline.name} {pipeline.version}",
        "figures": headline(tallies["Promptvagt"], outcome),
    }
    FIRST_LOOK.write_text(json.dumps(first_looks, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(first_looks[key], indent=2, ensure_ascii=False))


def _table(types, systems, tallies):
    rows = ["| entity | gold | Promptvagt P | R | F1 | baseline P | R | F1 |", "|---|---|---|---|---|---|---|---|"]
    for entity in types:
        ours, base = (tallies[s.name].scores(entity) for s in systems)
        rows.append(
            f"| `{entity}` | {ours['gold']} | {fmt(ours['precision'])} | {fmt(ours['recall'])} | **{fmt(ours['f1'])}** | "
            f"{fmt(base['precision'])} | {fmt(base['recall'])} | {fmt(base['f1'])} |"
        )
    return rows


def _os2_differences(case, entity, gold, predicted):
    text = case["text"]
    predicted = [p for p in predicted if p[0] == entity]
    extra = [text[p[1]:p[2]] for p in predicted if not any(g[1] < p[2] and p[1] < g[2] for g in gold)]
    missed = [text[g[1]:g[2]] for g in gold if not any(g[1] < p[2] and p[1] < g[2] for p in predicted)]
    if not extra and not missed:
        return []
    config = json.dumps(case["config"], ensure_ascii=False)
    parts = [f"- `{case['id']}` {entity} under `{config}`"]
    if extra:
        parts.append(f"  - found but not expected: {', '.join(repr(x) for x in extra[:8])}{' …' if len(extra) > 8 else ''}")
    if missed:
        parts.append(f"  - expected but not found: {', '.join(repr(x) for x in missed[:8])}")
    parts.append(f"  - case note: {case['note'][:240]}")
    return parts


def _collect_misses(case, gold, predicted, types, misses):
    for entity in types:
        g = [s for s in gold if s[0] == entity]
        p = [s for s in predicted if s[0] == entity]
        for s in g:
            if not any(x[1] < s[2] and s[1] < x[2] for x in p):
                misses[entity].append(f"{case['id']} missed {case['text'][s[1]:s[2]]!r}")
        for s in p:
            if not any(x[1] < s[2] and s[1] < x[2] for x in g):
                misses[entity].append(f"{case['id']} false {case['text'][s[1]:s[2]]!r}")


def _misses(misses, title):
    lines = [f"### Where Promptvagt is wrong: {title.lower()}", "",
             "All values are made up by the team. *missed*: a gold span not found; *false*: a finding with no gold span.", ""]
    for entity in sorted(misses):
        lines.append(f"<details><summary><code>{entity}</code>: {len(misses[entity])}</summary>\n")
        lines += [f"- {item}" for item in misses[entity]]
        lines += ["", "</details>", ""]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "quality.md", help="where to write the report")
    parser.add_argument("--first-look", type=Path, metavar="CORPUS",
                        help="score a new blind corpus once, before any change, and record it in eval/first-look.json")
    options = parser.parse_args()
    if options.first_look:
        record_first_look(options.first_look)
        return
    report = run(options.shared)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
