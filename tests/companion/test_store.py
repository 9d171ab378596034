"""The near-miss store: idempotent writes, filters, paging, statistics, retention and deletion."""

from datetime import date, datetime, timedelta, timezone

import pytest

from companion.nearmiss import store
from companion.nearmiss.filters import parse_filter

from .nearmiss import event, seed

# A Wednesday at noon UTC is a Wednesday in every Danish and most other time zones.
WEDNESDAY_NOON = datetime(2024, 5, 8, 12, tzinfo=timezone.utc)


def at(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def may_2024(**args):
    """A filter for the weeks around WEDNESDAY_NOON."""
    return parse_filter({"from": "2024-04-01", "to": "2024-05-31", **args})


def test_insert_is_idempotent_on_id(db, scanner):
    body = event(kinds=("DK_CPR", "PERSON"))
    [row] = seed(db, scanner, [body])
    assert store.insert_event(db, {**row, "action": "sent_anyway"}, []) is False
    stored = store.get_event(db, body["id"])
    assert stored["action"] == "redacted"  # the first copy wins
    assert [f["entity_type"] for f in stored["findings"]] == ["DK_CPR", "PERSON"]
    assert db.execute("select count(*) from findings").fetchone()[0] == 2


def test_findings_keep_order_and_are_counted_per_kind(db, scanner):
    body = event(kinds=("PERSON", "DK_CPR"))
    body["findings"].append({"entity_type": "PERSON", "severity": "warn", "masked": "A. B."})
    seed(db, scanner, [body])
    stored = store.get_event(db, body["id"])
    assert stored["findings"] == [
        {"entity_type": "PERSON", "severity": "warn"},
        {"entity_type": "DK_CPR", "severity": "block"},
        {"entity_type": "PERSON", "severity": "warn"},
    ]
    assert stored["counts"] == {"PERSON": 2, "DK_CPR": 1}


def test_get_unknown_event_is_none(db):
    assert store.get_event(db, "00000000-0000-4000-8000-000000000000") is None


def test_list_is_newest_first_and_paged(db, scanner):
    bodies = [event(time=at(WEDNESDAY_NOON + timedelta(minutes=n))) for n in range(5)]
    seed(db, scanner, bodies)
    first = store.list_events(db, may_2024(per_page="2"))
    third = store.list_events(db, may_2024(per_page="2", page="3"))
    assert [e["id"] for e in first] == [bodies[4]["id"], bodies[3]["id"]]
    assert [e["id"] for e in third] == [bodies[0]["id"]]
    assert store.count_events(db, may_2024(per_page="2")) == 5


@pytest.mark.parametrize(
    "args, expected",
    [
        ({}, {"a", "b", "c"}),
        ({"site": "gemini"}, {"b"}),
        ({"entity_type": "PERSON"}, {"a", "c"}),
        ({"action": "sent_anyway"}, {"c"}),
        ({"page_kind": "custom_assistant"}, {"b"}),
        ({"entity_type": "PERSON", "action": "redacted"}, {"a"}),
        ({"from": "2024-05-09", "to": "2024-05-31"}, set()),
    ],
)
def test_filters(db, scanner, args, expected):
    time = at(WEDNESDAY_NOON)
    bodies = {
        "a": event(kinds=("PERSON",), time=time),
        "b": event(kinds=("DK_CPR",), time=time, site="gemini", page_kind="custom_assistant"),
        "c": event(kinds=("DK_CPR", "PERSON"), time=time, action="sent_anyway"),
    }
    seed(db, scanner, bodies.values())
    names = {body["id"]: name for name, body in bodies.items()}
    found = {names[e["id"]] for e in store.list_events(db, may_2024(**args))}
    assert found == expected


def test_period_excludes_events_outside(db, scanner):
    inside, outside = event(time=at(WEDNESDAY_NOON)), event(time=at(WEDNESDAY_NOON - timedelta(days=60)))
    seed(db, scanner, [inside, outside])
    assert [e["id"] for e in store.list_events(db, may_2024())] == [inside["id"]]


def test_stats_counts_per_week_kind_site_and_action(db, scanner):
    seed(
        db,
        scanner,
        [
            event(kinds=("DK_CPR", "PERSON"), time=at(WEDNESDAY_NOON)),
            event(kinds=("PERSON",), time=at(WEDNESDAY_NOON), action="sent_anyway", site="copilot"),
            event(kinds=("PERSON",), time=at(WEDNESDAY_NOON - timedelta(days=7)), action="cancelled"),
        ],
    )
    stats = store.stats(db, may_2024())
    assert stats["total"] == 3
    assert (stats["resolved"], stats["sent_anyway"]) == (2, 1)
    assert stats["by_week"] == {"2024-04-29": 1, "2024-05-06": 2}  # Mondays
    assert stats["by_entity_type"] == {
        "PERSON": {"events": 3, "findings": 3},
        "DK_CPR": {"events": 1, "findings": 1},
    }
    assert stats["by_site"] == {"chatgpt": 2, "copilot": 1}
    assert stats["by_action"] == {"cancelled": 1, "redacted": 1, "sent_anyway": 1}
    assert stats["period"] == {"from": "2024-04-01", "to": "2024-05-31"}


def test_stats_of_an_empty_log(db):
    stats = store.stats(db, may_2024())
    assert (stats["total"], stats["resolved"], stats["by_week"]) == (0, 0, {})


def test_aggregate_rows_per_week_site_action_and_kind(db, scanner):
    seed(
        db,
        scanner,
        [
            event(kinds=("DK_CPR", "PERSON"), time=at(WEDNESDAY_NOON)),
            event(kinds=("DK_CPR",), time=at(WEDNESDAY_NOON)),
            event(kinds=(), time=at(WEDNESDAY_NOON), verdict="ok", action="sent_anyway"),
        ],
    )
    rows = store.aggregate_rows(db, may_2024())
    assert rows == [
        {"week": "2024-05-06", "site": "chatgpt", "action": "redacted", "entity_type": "DK_CPR", "events": 2, "findings": 2},
        {"week": "2024-05-06", "site": "chatgpt", "action": "redacted", "entity_type": "PERSON", "events": 1, "findings": 1},
        {"week": "2024-05-06", "site": "chatgpt", "action": "sent_anyway", "entity_type": "", "events": 1, "findings": 0},
    ]


def test_iter_events_reads_every_page_oldest_first(db, scanner):
    bodies = [event(time=at(WEDNESDAY_NOON + timedelta(seconds=n))) for n in range(7)]
    seed(db, scanner, bodies)
    assert [e["id"] for e in store.iter_events(db, may_2024(), batch=3)] == [b["id"] for b in bodies]


def test_purge_deletes_old_events_and_their_findings(db, scanner):
    now = datetime.now(timezone.utc)
    old, recent = event(ago=timedelta(days=200)), event(ago=timedelta(days=10))
    seed(db, scanner, [old, recent])
    assert store.purge_expired(db, 180, now=now) == 1
    assert store.get_event(db, old["id"]) is None
    assert store.get_event(db, recent["id"]) is not None
    assert db.execute("select count(*) from findings where event_id = ?", [old["id"]]).fetchone()[0] == 0


def test_retention_zero_keeps_everything(db, scanner):
    seed(db, scanner, [event(ago=timedelta(days=3000))])
    assert store.purge_expired(db, 0) == 0
    assert store.summary(db)["events"] == 1


def test_delete_all_empties_both_tables(db, scanner):
    seed(db, scanner, [event(), event(kinds=("PERSON", "DK_CPR"))])
    assert store.delete_all(db) == 2
    assert store.summary(db) == {"events": 0, "oldest": None, "newest": None}
    assert db.execute("select count(*) from findings").fetchone()[0] == 0


def test_summary_names_oldest_and_newest(db, scanner):
    seed(db, scanner, [event(time=at(WEDNESDAY_NOON)), event(time=at(WEDNESDAY_NOON + timedelta(days=1)))])
    assert store.summary(db) == {"events": 2, "oldest": "2024-05-08T12:00:00Z", "newest": "2024-05-09T12:00:00Z"}


def test_database_is_in_wal_mode(db):
    assert db.journal_mode == "wal"


def test_filter_days_counts_today():
    flt = parse_filter({"days": "7"}, today=date(2024, 5, 8))
    assert (flt.first_day, flt.last_day) == (date(2024, 5, 2), date(2024, 5, 8))
