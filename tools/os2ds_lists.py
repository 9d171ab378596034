"""Read os2ds-rules' word lists (``../shared/data/os2ds_rules``): one quoted entry per line and a comma."""

from pathlib import Path


def read_quoted(path: Path):
    """The entries of a list, lower case: ``"JENSEN",`` gives ``jensen``; a few lines hold several entries."""
    for line in path.read_text(encoding="utf-8").splitlines():
        for entry in line.split('", "'):
            entry = entry.strip().rstrip(",").strip('"').strip().lower()
            if entry:
                yield entry
