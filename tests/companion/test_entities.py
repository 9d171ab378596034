"""Every kind of finding is complete: one record says all the companion needs to know about it."""

import pytest

from companion.detection.analysis import build_registry
from companion.detection.entities import ENTITIES, SEVERITY_ORDER
from companion.nearmiss.vocabulary import ENTITY_LABELS


def test_every_recognized_kind_has_a_record():
    recognized = {entity for r in build_registry().recognizers for entity in r.supported_entities}
    assert recognized == set(ENTITIES)


@pytest.mark.parametrize("name", sorted(ENTITIES))
def test_record_is_complete(name):
    entity = ENTITIES[name]
    assert entity.label and entity.message and entity.severity in SEVERITY_ORDER
    assert entity.mask("Hanne Jensen 0707610913") != "Hanne Jensen 0707610913"
    assert entity.blocks_with <= set(ENTITIES)
    assert ENTITY_LABELS[name] == entity.label  # the dashboard and the banner agree


def test_specificity_ranks_every_kind_once():
    ranks = [entity.specificity for entity in ENTITIES.values()]
    assert len(set(ranks)) == len(ranks)
