"""Which near-misses to show: a period plus optional site, kind, action, verdict and page kind.

The API (``GET /api/v1/events``, ``/api/v1/stats``), the dashboard and
``promptvagt export`` all read the same query parameters through
``parse_filter``, so a dashboard URL and an API URL with the same parameters
select the same rows.

Periods are whole days in the machine's local time (the coordinator thinks in
Danish days, the database stores UTC): ``days=30`` is today and the 29 days
before it; ``from``/``to`` are inclusive dates (``YYYY-MM-DD``).
"""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone

from .vocabulary import ACTION_LABELS, ENTITY_LABELS, PAGE_KIND_LABELS, SITE_LABELS, VERDICT_LABELS

PERIOD_CHOICES = (7, 30, 90, 365)
DEFAULT_DAYS = 30
MAX_DAYS = 3660
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500
FIRST_YEAR, LAST_YEAR = 1970, 9000

#: Query parameter → the codes it accepts.
CHOICE_PARAMS = {
    "site": SITE_LABELS,
    "entity_type": ENTITY_LABELS,
    "action": ACTION_LABELS,
    "verdict": VERDICT_LABELS,
    "page_kind": PAGE_KIND_LABELS,
}


class FilterError(ValueError):
    """A query parameter the companion cannot use; ``message`` is Danish then English."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class EventFilter:
    first_day: date
    last_day: date
    days: int | None = None  # set when the period came from ``days``
    site: str | None = None
    entity_type: str | None = None
    action: str | None = None
    verdict: str | None = None
    page_kind: str | None = None
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    @property
    def start(self) -> str:
        """First instant of the period, as stored (UTC text)."""
        return utc_text(_local_midnight(self.first_day))

    @property
    def end(self) -> str:
        """First instant after the period, as stored (UTC text)."""
        return utc_text(_local_midnight(self.last_day + timedelta(days=1)))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def query_args(self, **changes) -> dict:
        """Return the query parameters that select this filter (for links), with ``changes`` applied."""
        flt = replace(self, **{k: v for k, v in changes.items() if k in self.__dataclass_fields__})
        args = {"days": flt.days} if flt.days else {"from": flt.first_day.isoformat(), "to": flt.last_day.isoformat()}
        for name in CHOICE_PARAMS:
            if getattr(flt, name):
                args[name] = getattr(flt, name)
        if flt.page != 1:
            args["page"] = flt.page
        return args


def parse_filter(args, today: date | None = None) -> EventFilter:
    """Read a filter from query parameters (a dict or werkzeug MultiDict); raise ``FilterError``.

    Empty values count as absent, because an HTML form sends ``site=`` for
    "alle tjenester".
    """
    args = {k: v for k, v in args.items() if v not in ("", None)}
    today = today or datetime.now().astimezone().date()
    if "from" in args or "to" in args:
        first = _date(args, "from", default=today - timedelta(days=DEFAULT_DAYS - 1))
        last = _date(args, "to", default=today)
        if first > last:
            raise FilterError("'from' ligger efter 'to'. 'from' is after 'to'.")
        if (last - first).days >= MAX_DAYS:
            raise FilterError(f"Perioden må højst være {MAX_DAYS} dage. The period may be at most {MAX_DAYS} days.")
        days = None
    else:
        days = _int(args, "days", DEFAULT_DAYS, 1, MAX_DAYS)
        first, last = today - timedelta(days=days - 1), today
    choices = {}
    for name, allowed in CHOICE_PARAMS.items():
        value = args.get(name)
        if value is not None and value not in allowed:
            raise FilterError(
                f"Ukendt værdi for '{name}'; brug en af: {', '.join(allowed)}. "
                f"Unknown value for '{name}'."
            )
        choices[name] = value
    return EventFilter(
        first_day=first,
        last_day=last,
        days=days,
        page=_int(args, "page", 1, 1, 1_000_000),
        per_page=_int(args, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
        **choices,
    )


def utc_text(moment: datetime) -> str:
    """Format an aware datetime the way the database stores times: ``2024-05-06T09:30:00Z``."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    """Read an ISO 8601 time with an explicit offset (``Z`` or ``+02:00``); raise ValueError otherwise."""
    if not isinstance(text, str) or len(text) > 40 or "T" not in text:
        raise ValueError("not an ISO 8601 date and time")
    moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if moment.tzinfo is None:
        # A time without an offset could be off by the user's time zone.
        raise ValueError("no time zone")
    return moment.astimezone(timezone.utc)


def _local_midnight(day: date) -> datetime:
    # A naive datetime's astimezone() means "this machine's local time".
    return datetime.combine(day, time()).astimezone()


def _date(args, name, default: date) -> date:
    if name not in args:
        return default
    try:
        day = date.fromisoformat(args[name])
    except ValueError:
        day = None
    # Far-off years overflow the day arithmetic (and mean a typo anyway).
    if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise FilterError(
            f"'{name}' skal være en dato som 2024-05-31 (år {FIRST_YEAR}-{LAST_YEAR}). "
            f"'{name}' must be a date (YYYY-MM-DD, years {FIRST_YEAR}-{LAST_YEAR})."
        )
    return day


def _int(args, name, default: int, low: int, high: int) -> int:
    if name not in args:
        return default
    try:
        value = int(args[name])
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise FilterError(
            f"'{name}' skal være et heltal fra {low} til {high}. '{name}' must be an integer {low}-{high}."
        )
    return value
