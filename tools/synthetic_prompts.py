"""Print synthetic municipal prompts with their entity spans (the training data of tools/train_ner.py).

    .venv/bin/python tools/synthetic_prompts.py -n 20 --seed 13            # bracketed preview
    .venv/bin/python tools/synthetic_prompts.py -n 5000 --jsonl > prompts.jsonl

Each JSONL line: {"text": ..., "entities": [[start, end, label], ...], "category": ...}; labels PER, LOC,
ORG, MISC; offsets in Python characters. Needs Faker (``pip install -e '.[train]'``). The templates,
lists and generator are in tools/ner/.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner.synthetic import generate  # noqa: E402


def bracketed(prompt) -> str:
    text, out, position = prompt["text"], [], 0
    for start, end, label in prompt["entities"]:
        out += [text[position:start], f"[{text[start:end]}]{label}"]
        position = end
    out.append(text[position:])
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=20, help="how many prompts")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--jsonl", action="store_true", help="one JSON object per line instead of a preview")
    args = parser.parse_args()
    for prompt in generate(args.n, seed=args.seed):
        if args.jsonl:
            print(json.dumps(prompt, ensure_ascii=False))
        else:
            print(f"--- {prompt['category']}\n{bracketed(prompt)}")


if __name__ == "__main__":
    main()
