"""Train Promptvagt's Danish NER pipeline for prompts and ship it in companion/detection/models/.

    .venv/bin/python tools/train_ner.py                     # train, evaluate, write the pipeline + README
    .venv/bin/python tools/train_ner.py --evaluate-only     # figures for the shipped pipeline again

What it does (seeded and reproducible; about 10-20 minutes on 2 cores, capped by --max-steps and
--max-minutes):
1. Reads UNER_Danish-DDT train and dev (../shared/data/uner_da_ddt; PER/LOC/ORG from UNER, MISC from
   the DaN+ first-level annotation in the same files), the DaN+ Twitter and Arto dev sets (two thirds for
   training, a third for early stopping: tools/ner/danplus.py) and generates synthetic municipal prompts
   (tools/ner/, ``pip install .[train]`` for Faker): N for training, a held-aside slice for early
   stopping beside UNER dev and the DaN+ dev third.
2. Trains spaCy's CPU efficiency NER config for Danish (tok2vec + ner) with the prompt tokenizer rules
   of tools/ner/tokenizer.py, which are saved with the pipeline's tokenizer.
3. Writes the best pipeline (by dev F1) to companion/detection/models/da_promptvagt_ner with a README
   stating licence, command, seed, data and figures: PER P/R/F1 on UNER test and DaN+ Twitter/Arto
   test (never used in training), size and 1,000-character pass time beside the stand-in
   ``da_uner_ddt_sm`` when that is installed.
"""

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path.insert(0, str(TOOLS))

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

from ner import danplus, evaluate  # noqa: E402
from ner.tokenizer import add_prompt_rules  # noqa: E402
from ner.uner import UNER, read_sentences  # noqa: E402

OUTPUT = ROOT / "companion" / "detection" / "models" / "da_promptvagt_ner"
STAND_IN = "da_uner_ddt_sm"
NAME, VERSION = "promptvagt_ner", "1.0.0"
LABELS = ("PER", "LOC", "ORG", "MISC")


# -- data ---------------------------------------------------------------------------------------


def sentence_docs(sentences, vocab):
    """Gold Docs from {"words", "spaces", "tags"} sentences (ner/uner.py, ner/danplus.py)."""
    return [Doc(vocab, words=s["words"], spaces=s["spaces"], ents=s["tags"]) for s in sentences]


def synthetic_docs(nlp, prompts):
    """Gold Docs; an entity that does not fit the tokens leaves its tokens without gold (``-``)."""
    docs, misaligned = [], 0
    warnings.filterwarnings("ignore", message=r"\[W030\]")
    for prompt in prompts:
        doc = nlp.make_doc(prompt["text"])
        example = Example.from_dict(doc, {"entities": [tuple(e) for e in prompt["entities"]]})
        reference = example.reference
        misaligned += sum(1 for t in reference if t.ent_iob == 0)
        docs.append(reference)
    return docs, misaligned


def build_corpora(workdir: Path, seed: int, n_train: int, n_dev: int, uner_repeat: int, danplus_repeat: int):
    from ner.synthetic import generate

    nlp = add_prompt_rules(spacy.blank("da"))
    started = time.perf_counter()
    prompts = generate(n_train + n_dev, seed=seed)
    syn_train, syn_dev = prompts[:n_train], prompts[n_train:]
    train_syn_docs, bad = synthetic_docs(nlp, syn_train)
    dev_syn_docs, _ = synthetic_docs(nlp, syn_dev)
    uner_train = sentence_docs(read_sentences(UNER / "da_ddt-ud-train.iob2"), nlp.vocab)
    uner_dev = sentence_docs(read_sentences(UNER / "da_ddt-ud-dev.iob2"), nlp.vocab)
    danplus_train, danplus_dev = [], []
    for name in danplus.DEV_FILES:
        part_train, part_dev = danplus.dev_split(danplus.DANPLUS / name)
        danplus_train += sentence_docs(part_train, nlp.vocab)
        danplus_dev += sentence_docs(part_dev, nlp.vocab)
    train = uner_train * uner_repeat + danplus_train * danplus_repeat + train_syn_docs
    random.Random(seed).shuffle(train)
    DocBin(docs=train, store_user_data=False).to_disk(workdir / "train.spacy")
    DocBin(docs=uner_dev + danplus_dev + dev_syn_docs, store_user_data=False).to_disk(workdir / "dev.spacy")
    (workdir / "synthetic_sample.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in syn_train[:200]), encoding="utf-8")
    stats = {
        "uner_train_sentences": len(uner_train), "uner_repeat": uner_repeat, "uner_dev_sentences": len(uner_dev),
        "danplus_train_sentences": len(danplus_train), "danplus_repeat": danplus_repeat,
        "danplus_dev_sentences": len(danplus_dev),
        "synthetic_train": len(syn_train), "synthetic_dev": len(syn_dev),
        "synthetic_tokens": sum(len(d) for d in train_syn_docs), "uner_tokens": sum(len(d) for d in uner_train),
        "synthetic_tokens_without_gold": bad, "seconds": round(time.perf_counter() - started, 1),
    }
    print(f"[train_ner] data: {json.dumps(stats)}", flush=True)
    return stats


# -- training -----------------------------------------------------------------------------------


def make_config(workdir: Path, seed: int, max_steps: int, patience: int, eval_frequency: int, rows=None, width=None):
    from spacy.cli.init_config import init_config

    config = init_config(lang="da", pipeline=["ner"], optimize="efficiency", gpu=False, pretraining=False)
    config["paths"]["train"] = str(workdir / "train.spacy")
    config["paths"]["dev"] = str(workdir / "dev.spacy")
    config["system"]["seed"] = seed
    config["training"]["max_steps"] = max_steps
    config["training"]["patience"] = patience
    config["training"]["eval_frequency"] = eval_frequency
    config["training"]["score_weights"] = {"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None}
    if rows:
        config["components"]["tok2vec"]["model"]["embed"]["rows"] = rows
    if width:
        config["components"]["tok2vec"]["model"]["encode"]["width"] = width
    return config


def train(config, workdir: Path, max_minutes: float):
    from spacy.schemas import ConfigSchemaTraining
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import (create_evaluation_callback, create_train_batches, train_while_improving,
                                     update_meta)
    from spacy.util import registry, resolve_dot_names
    from thinc.api import fix_random_seed

    started = time.perf_counter()
    nlp = init_nlp(config)
    add_prompt_rules(nlp)  # the corpus readers tokenize with nlp.make_doc: from here on, the prompt rules
    conf = nlp.config.interpolate()
    fix_random_seed(conf["training"]["seed"])
    T = registry.resolve(conf["training"], schema=ConfigSchemaTraining)
    train_corpus, dev_corpus = resolve_dot_names(conf, [T["train_corpus"], T["dev_corpus"]])
    optimizer = T["optimizer"]
    steps = train_while_improving(
        nlp, optimizer,
        create_train_batches(nlp, train_corpus, T["batcher"], T["max_epochs"]),
        create_evaluation_callback(nlp, dev_corpus, T["score_weights"]),
        dropout=T["dropout"], accumulate_gradient=T["accumulate_gradient"], patience=T["patience"],
        max_steps=T["max_steps"], eval_frequency=T["eval_frequency"], exclude=[], annotating_components=[],
        before_update=None,
    )
    best_dir = workdir / "model-best"
    best = {"score": -1.0, "step": 0}
    stopped = "patience or max steps"
    for _batch, info, is_best in steps:
        if is_best is None:
            continue
        minutes = (time.perf_counter() - started) / 60
        scores = info["other_scores"]
        per = (scores.get("ents_per_type") or {}).get("PER", {})
        print(f"[train_ner] step {info['step']:5d} epoch {info['epoch']:2d} {minutes:5.1f} min  "
              f"loss {info['losses'].get('ner', 0):9.1f}  dev F {scores.get('ents_f', 0):.3f}  "
              f"PER F {per.get('f', 0):.3f}{'  *' if is_best else ''}", flush=True)
        if is_best:
            update_meta(T, nlp, info)
            if best_dir.exists():
                shutil.rmtree(best_dir)
            nlp.to_disk(best_dir)
            best = {"score": info["score"], "step": info["step"]}
        if minutes > max_minutes:
            stopped = f"time cap ({max_minutes} min)"
            break
    best["minutes"] = round((time.perf_counter() - started) / 60, 1)
    best["stopped_by"] = stopped
    return best_dir, best


# -- shipping and figures -----------------------------------------------------------------------


def ship(best_dir: Path, output: Path, args, data_stats, training):
    nlp = spacy.load(best_dir)
    meta = nlp.meta
    meta.update({
        "lang": "da", "name": NAME, "version": VERSION,
        "description": "Danish NER for prompts to AI chatbots (tok2vec + ner; PER, LOC, ORG, MISC), trained with "
                       "spaCy 3.8 on UNER_Danish-DDT train plus synthetic municipal prompts; tokenizer splits "
                       "CSV, JSON, SQL and signature punctuation. Part of Promptvagt.",
        "author": "Promptvagt", "email": "", "url": "",
        "license": "CC BY-SA 4.0",
        "sources": [
            {"name": "UNER_Danish-DDT", "url": "https://github.com/UniversalNER/UNER_Danish-DDT",
             "license": "CC BY-SA 4.0"},
            {"name": "Synthetic prompts from tools/ner (names: Faker, DaCy lists Apache-2.0, os2ds-rules lists MPL-2.0)",
             "url": "", "license": "see README.md"},
        ],
    })
    meta["promptvagt_training"] = {
        "command": command_line(args), "seed": args.seed, "data": data_stats, "training": training,
        "spacy_version": spacy.__version__, "faker_version": _version("faker"),
    }
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    return output


def _version(package):
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


def command_line(args):
    parts = [".venv/bin/python tools/train_ner.py"]
    defaults = build_parser().parse_args([])
    for key in ("seed", "synthetic", "synthetic_dev", "max_steps", "patience", "eval_frequency", "uner_repeat",
                "danplus_repeat", "max_minutes", "rows", "width"):
        value = getattr(args, key)
        if value != getattr(defaults, key):
            value = " ".join(map(str, value)) if isinstance(value, list) else value
            parts.append(f"--{key.replace('_', '-')} {value}")
    return " ".join(parts)


def figures(output: Path):
    """Evaluate the shipped pipeline (loaded as the companion does) and the stand-in, if installed."""
    pipelines = {"da_promptvagt_ner": spacy.load(output)}
    if spacy.util.is_package(STAND_IN):
        pipelines[STAND_IN] = spacy.load(STAND_IN)
    result = {}
    for name, nlp in pipelines.items():
        row = {test: evaluate.per_scores(nlp, test) for test in evaluate.TEST_SETS}
        path = output if name == "da_promptvagt_ner" else spacy.util.get_package_path(name)
        row["size_mb"] = round(evaluate.size_mb(path), 1)
        result[name] = row
    times = evaluate.pass_times(pipelines)
    for name in pipelines:
        result[name]["pass_ms_1000_chars"] = {k: round(v, 2) for k, v in times[name].items() if k != "n"}
    return result


def figures_table(result) -> str:
    lines = ["| pipeline | UNER test PER P / R / F1 (exact) | UNER PER F1 (overlap) | DaN+ Twitter PER F1 exact / overlap "
             "| DaN+ Arto PER F1 exact / overlap | size | 1,000 chars p50 / p95 |",
             "|---|---|---|---|---|---|---|"]
    for name, row in result.items():
        u = row["UNER DDT test"]
        t, a = row["DaN+ Twitter test"], row["DaN+ Arto test"]
        speed = row["pass_ms_1000_chars"]
        lines.append(
            f"| `{name}` | {u['exact']['p']:.2f} / {u['exact']['r']:.2f} / **{u['exact']['f']:.2f}** | {u['overlap']['f']:.2f} "
            f"| {t['exact']['f']:.2f} / {t['overlap']['f']:.2f} | {a['exact']['f']:.2f} / {a['overlap']['f']:.2f} "
            f"| {row['size_mb']:.1f} MB | {speed['p50']:.1f} / {speed['p95']:.1f} ms |")
    return "\n".join(lines)


def save_figures(output: Path, result):
    """Keep the figures in meta.json too, beside spaCy's own dev scores."""
    meta_path = output / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["promptvagt_figures"] = result
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


def write_readme(output: Path, result, meta):
    training = meta.get("promptvagt_training", {})
    data = training.get("data", {})
    run = training.get("training", {})
    text = f"""# da_promptvagt_ner {meta['version']}

Promptvagt's Danish NER pipeline for prompts: spaCy {training.get('spacy_version', '3.8')} (`tok2vec` + `ner`,
labels PER, LOC, ORG, MISC), CPU efficiency config, trained by `tools/train_ner.py`. The companion loads it first (see
`companion/config.py`); it loads anywhere with plain `spacy.load(path)` on this folder:
the prompt rules of its tokenizer (splits on `;`, `|`, tabs, `"` in JSON, quotes in SQL values, `<`/`>`,
`/` before initials, a final `'`) are stored in `tokenizer` as ordinary patterns.

## Licence

- The pipeline is derived from **UNER_Danish-DDT** and is therefore licensed **CC BY-SA 4.0**
  (github.com/UniversalNER/UNER_Danish-DDT; Mayhew et al. 2024, *Universal NER*; Plank et al. 2020,
  *DaN+*). Share it, and anything derived from it, under the same licence with that attribution.
- The synthetic training prompts used first names and surnames from **os2ds-rules**
  (`male_firstnames.txt`, `female_firstnames.txt`, `lastnames.txt`, `da_addresses.txt`;
  github.com/HackTheOxidation/os2ds-rules), licensed **MPL-2.0**: those files are not shipped here,
  and anyone who ships them or files derived from them keeps them under MPL-2.0 with their source.
  Names also came from DaCy's name lists (Apache-2.0) and Faker's providers (MIT).

## How it was trained

```sh
.venv/bin/pip install -e '.[train]'       # Faker
{training.get('command', '.venv/bin/python tools/train_ner.py')}
```

Seed {training.get('seed')}; data: UNER DDT train ({data.get('uner_train_sentences')} sentences, ×{data.get('uner_repeat')}),
two thirds of the DaN+ Twitter and Arto *dev* sets ({data.get('danplus_train_sentences')} sentences, ×{data.get('danplus_repeat')}:
the only labelled informal Danish here; `tools/ner/danplus.py`)
plus {data.get('synthetic_train')} synthetic municipal prompts from `tools/ner/` (case notes, e-mails with
headers, greetings and signatures, minutes with initials, pipe/Markdown tables, CSV, JSON, SQL, letters,
lower-case chat requests, prompts without a person; names from about 45 locales; hard negatives such as
name-words used as words, streets, institutions and ships named after people, towns, headings, IDs,
room names). Early stopping on UNER dev ({data.get('uner_dev_sentences')} sentences), the other third of the
DaN+ dev sets ({data.get('danplus_dev_sentences')} sentences) and {data.get('synthetic_dev')} held-aside synthetic prompts. Best step {run.get('step')}, stopped by
{run.get('stopped_by')}, {run.get('minutes')} minutes of training. The UNER and DaN+ test sets were used
only for the figures below.

## Figures (model alone, no name lists or rules)

PER on the test sets, sentences as their gold tokens joined by spaces; *exact* needs the same characters,
*overlap* counts a prediction that overlaps a gold name (as `bench/quality.py` does). Pass time: `nlp(text)`
on 1,000-character texts from UNER test, both pipelines interleaved in one process on a shared 2-core machine.

{figures_table(result)}

The stand-in `da_uner_ddt_sm` has the same architecture and config, trained on UNER alone. The model alone is not the
detector: the companion adds name lists and rules around it (`bench/quality.py` measures the whole).

Known weaknesses (seen on test-set errors and on new hand-written probes): more capitalised unknown
words are tagged PER than by the stand-in: band, club and company names in news, sentence-initial nouns
in tweets (`Savner`, `Bussen`), short words in headers and status lines (`Team Nord`, `IT`, `Høj`); a
ferry, fund or prize named after a person is still tagged PER at times (streets, schools and care homes
mostly not); a name that begins with a word-name (`Storm Poulsen`) may be cut to the surname; a lower-case
foreign first name with no cue around it (`tigist fra asmara`) is missed.
"""
    (output / "README.md").write_text(text, encoding="utf-8")


def build_parser():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--synthetic", type=int, default=6000, help="synthetic prompts for training")
    parser.add_argument("--synthetic-dev", type=int, default=200, help="held-aside synthetic prompts for early stopping")
    parser.add_argument("--uner-repeat", type=int, default=2, help="times UNER train is repeated in the training data")
    parser.add_argument("--danplus-repeat", type=int, default=3,
                        help="times the trained part of the DaN+ Twitter and Arto dev sets is repeated")
    parser.add_argument("--max-steps", type=int, default=4000)
    parser.add_argument("--patience", type=int, default=1200, help="steps without a better dev score before stopping")
    parser.add_argument("--eval-frequency", type=int, default=200)
    parser.add_argument("--max-minutes", type=float, default=20.0, help="stop training after this long (keeps the best)")
    parser.add_argument("--rows", type=int, nargs=4, metavar=("NORM", "PREFIX", "SUFFIX", "SHAPE"),
                        help="hash-embedding rows (efficiency config: 5000 1000 2500 2500)")
    parser.add_argument("--width", type=int, help="tok2vec width (efficiency config: 96)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--workdir", type=Path, help="keep the corpora and checkpoints here (default: a temp dir)")
    parser.add_argument("--evaluate-only", action="store_true", help="only recompute the figures and the README")
    return parser


def main():
    args = build_parser().parse_args()
    if args.evaluate_only:
        result = figures(args.output)
        write_readme(args.output, result, save_figures(args.output, result))
        print(json.dumps(result, indent=1))
        return
    missing = [p for p in (UNER / "da_ddt-ud-train.iob2", UNER / "da_ddt-ud-dev.iob2") if not p.exists()]
    if missing:
        raise SystemExit(
            "[train_ner] Træningsdata mangler / training data missing: " + ", ".join(map(str, missing))
            + ". Put UNER_Danish-DDT (train and dev, IOB2) there; the shipped pipeline is left as it is."
        )
    started = time.perf_counter()
    temp = None
    if args.workdir:
        workdir = args.workdir
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        temp = tempfile.TemporaryDirectory(prefix="promptvagt-ner-")
        workdir = Path(temp.name)
    try:
        data_stats = build_corpora(workdir, args.seed, args.synthetic, args.synthetic_dev, args.uner_repeat,
                                   args.danplus_repeat)
        config = make_config(workdir, args.seed, args.max_steps, args.patience, args.eval_frequency,
                             rows=args.rows, width=args.width)
        best_dir, training = train(config, workdir, args.max_minutes)
        output = ship(best_dir, args.output, args, data_stats, training)
    finally:
        if temp:
            temp.cleanup()
    result = figures(output)
    write_readme(output, result, save_figures(output, result))
    print(figures_table(result))
    print(f"[train_ner] wrote {output} in {(time.perf_counter() - started) / 60:.1f} minutes")


if __name__ == "__main__":
    main()
