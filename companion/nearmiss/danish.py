"""Danish formatting of dates, times and numbers for the dashboard and the CSV export.

Written out here instead of through the C locale, which is rarely installed
as da_DK on the machines the companion runs on. Times are stored in UTC and
shown in the machine's local time.
"""

from datetime import date, datetime, timezone

MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)


def local(utc: str) -> datetime:
    """Turn a stored UTC time (``2024-05-06T09:30:00Z``) into local time."""
    return datetime.strptime(utc, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).astimezone()


def date_text(day: date) -> str:
    """``6. maj 2024``."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """``6. maj``, for chart axes."""
    return f"{day.day}. {SHORT_MONTHS[day.month - 1]}"


def datetime_text(utc: str | None) -> str:
    """``6. maj 2024 kl. 11.30`` in local time (Danish uses a dot between hours and minutes)."""
    if not utc:
        return ""
    moment = local(utc)
    return f"{date_text(moment.date())} kl. {moment:%H.%M}"


def spreadsheet_time(utc: str | None) -> str:
    """``2024-05-06 11:30:00`` in local time, which spreadsheets read as a date and time."""
    return local(utc).strftime("%Y-%m-%d %H:%M:%S") if utc else ""


def number(n: int) -> str:
    """``12.345``: Danish groups thousands with a dot."""
    return f"{n:,}".replace(",", ".")


def percent(part: int, whole: int) -> str:
    """``42 %`` (Danish puts a space before the sign); a dash when there is nothing to divide."""
    if not whole:
        return "–"
    return f"{round(100 * part / whole)} %"


def week_label(monday: date) -> str:
    """``uge 19``, the ISO week number Danish calendars print."""
    return f"uge {monday.isocalendar()[1]}"


def iso_week(monday: date) -> str:
    """``2024-W19``."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"
