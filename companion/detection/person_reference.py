"""Is a text about a person? Then its phone numbers, addresses and health words matter.

KL's rule is about personal data: a switchboard number in a text about opening
hours, a street in a road-works notice or a question about the law on
placements describes no one, and interrupting for it teaches people to click
past the warning. A text is about a person when it names one (a name or a CPR
number was found) or speaks of one in particular: a pronoun, a role in a case
("borgeren", "eleven", "min kollega") or a family word.
"""

import re

#: Words that say someone in particular is spoken of.
PERSON_REFERENCE = re.compile(
    r"\b(?:han|hun|hans|hendes|ham|hende|borgeren|borgerens|barnet|barnets|eleven|elevens|patienten|"
    r"beboeren|medarbejderen|medarbejderens|sønnen|datteren|moren|faren|mor|far|mormor|farmor|morfar|"
    r"farfar|drengen|pigen|kollega|kollegaen|klienten|ansøgeren|ægtefællen|manden|konen|fru|hr)\b",
    re.IGNORECASE,
)


def about_a_person(text: str, identified: bool) -> bool:
    """Say whether ``text`` is about a person; ``identified``: a name or CPR number was found."""
    return identified or PERSON_REFERENCE.search(text) is not None
