"""Build the companion's list of place names from Faker's Danish address provider.

    .venv/bin/python tools/build_place_list.py       # needs Faker: pip install -e '.[train]'

Writes ``companion/detection/data/places.txt``: Denmark's postal towns (``Ferritslev Fyn``,
``Bedsted Thy``) and the world's countries in Danish, one per line. The statistical pipeline tags a
small town in a sentence as a person now and then ("Vi kører til Bevtoft"); a town is never personal
data, so the person recognizer leaves a lone word that is only a place alone (see
``dk_person_recognizer``). Faker is MIT-licensed; the lists are facts.
"""

from pathlib import Path

from faker.providers.address.da_DK import Provider

OUTPUT = Path(__file__).resolve().parent.parent / "companion" / "detection" / "data" / "places.txt"
HEADER = (
    "# Danish postal towns and the world's countries in Danish, from Faker's da_DK address provider (MIT).\n"
    "# Built by tools/build_place_list.py; do not edit by hand.\n"
)


def main() -> None:
    places = sorted({name.strip() for name in (*Provider.cities, *Provider.countries) if name.strip()})
    OUTPUT.write_text(HEADER + "".join(f"{name}\n" for name in places), encoding="utf-8")
    print(f"wrote {len(places)} places to {OUTPUT}")


if __name__ == "__main__":
    main()
