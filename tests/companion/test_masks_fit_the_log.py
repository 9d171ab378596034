"""Every mask the scanner makes must be accepted by the near-miss log (companion/nearmiss/privacy.py)."""

import pytest

from companion.detection.entities import ENTITIES
from companion.nearmiss.privacy import check_masked

# One made-up value per entity type, in the shapes people type.
SAMPLES = {
    "DK_CPR": ["070761-0913", "0707610913"],
    "PERSON": ["Hanne Jensen", "Anne-Marie Holm-Nielsen", "mette"],
    "CONFIDENTIAL_MARKER": ["FORTROLIGT", "Under embargo til 3. december kl. 10.00", "lukket punkt"],
    "HEALTH_DATA": ["depression", "ADHD-medicin"],
    "EMAIL_ADDRESS": ["hanne.jensen@aarhus.dk"],
    "PHONE_NUMBER": ["20 45 67 89", "+45 20456789"],
    "DK_ADDRESS": ["Vestergade 12, 2. tv., 8000 Aarhus C"],
    "IBAN_CODE": ["DK50 0040 0440 1162 43"],
    "DK_BANK_ACCOUNT": ["9570 kontonr. 0012345678"],
    "DK_CVR": ["29189846"],
}


def test_every_entity_has_samples():
    assert set(SAMPLES) == set(ENTITIES)


@pytest.mark.parametrize("entity, value", [(e, v) for e, values in SAMPLES.items() for v in values])
def test_mask_is_accepted_and_hides_the_value(scanner, entity, value):
    masked = ENTITIES[entity].mask(value)
    assert check_masked(entity, masked, scanner) == masked
    if entity != "CONFIDENTIAL_MARKER":  # a marking is not personal data
        assert value not in masked
