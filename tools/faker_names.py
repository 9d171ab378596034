"""First names from Faker's person providers, for the tools that build the name lists (Faker: ``.[train]``)."""

import importlib
import pkgutil


def first_names(locale: str) -> set[str]:
    """The first names of one locale's person provider, lower case (empty when the locale has none)."""
    provider = getattr(importlib.import_module(f"faker.providers.person.{locale}"), "Provider", None)
    found = set()
    for attribute in ("first_names", "first_names_male", "first_names_female"):
        value = vars(provider).get(attribute) if provider else None
        if isinstance(value, (dict, list, tuple, set)):
            found |= {name.lower() for name in value}
    return found


def locales() -> list[str]:
    """Every locale that has a person provider."""
    import faker.providers.person as person

    return [module.name for module in pkgutil.iter_modules(person.__path__)]
