"""Lay out the dashboard's bar charts; ``templates/_charts.html`` draws them as inline SVG.

Charts are computed on the server so the dashboard needs no JavaScript and
no resources from outside the machine. Every bar carries its number as text
and a ``<title>``, and bars meaning "sent anyway" are hatched, so nothing
depends on colour alone.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..nearmiss import danish

WIDTH = 720
ROW_HEIGHT = 30
LABEL_WIDTH = 230
#: Above this many weeks the numbers no longer fit on the bars; the table
#: under the chart still has them.
MAX_NUMBERED_WEEKS = 26
MAX_AXIS_LABELS = 13


@dataclass
class Bar:
    label: str
    value: int
    title: str
    x: float
    y: float
    width: float
    height: float
    text_x: float
    text_y: float
    show_value: bool = True
    hatched: bool = False


@dataclass
class Chart:
    id: str
    title: str
    description: str
    width: int
    height: int
    bars: list[Bar]
    axis_labels: list[tuple[float, float, str]] = field(default_factory=list)  # x, y, text
    gridlines: list[tuple[float, str]] = field(default_factory=list)  # y, text
    empty: bool = False
    horizontal: bool = False
    table: list[tuple[str, int]] = field(default_factory=list)


def weeks_between(first_day: date, last_day: date) -> list[date]:
    """Return the Monday of every week that touches the period."""
    monday = first_day - timedelta(days=first_day.weekday())
    weeks = []
    while monday <= last_day:
        weeks.append(monday)
        monday += timedelta(days=7)
    return weeks


def weekly_chart(by_week: dict, first_day: date, last_day: date) -> Chart:
    """Vertical bars, one per week of the period; weeks without events show as zero."""
    weeks = weeks_between(first_day, last_day)
    counts = [by_week.get(monday.isoformat(), 0) for monday in weeks]
    top, bottom, left, right, height = 24, 44, 44, 8, 240
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    scale_max = _nice_max(max(counts, default=0))
    slot = plot_w / max(len(weeks), 1)
    every = -(-len(weeks) // MAX_AXIS_LABELS)
    bars, axis = [], []
    for n, (monday, count) in enumerate(zip(weeks, counts)):
        bar_h = plot_h * count / scale_max
        x = left + n * slot + slot * 0.15
        span = f"{danish.short_date(monday)}–{danish.short_date(monday + timedelta(days=6))}"
        bars.append(
            Bar(
                label=danish.week_label(monday),
                value=count,
                title=f"{danish.week_label(monday).capitalize()} ({span}): {danish.number(count)} hændelser",
                x=round(x, 1),
                y=round(top + plot_h - bar_h, 1),
                width=round(slot * 0.7, 1),
                height=round(bar_h, 1),
                text_x=round(x + slot * 0.35, 1),
                text_y=round(top + plot_h - bar_h - 5, 1),
                show_value=len(weeks) <= MAX_NUMBERED_WEEKS,
            )
        )
        if n % every == 0:
            axis.append((round(x + slot * 0.35, 1), height - bottom + 16, danish.week_label(monday)))
            axis.append((round(x + slot * 0.35, 1), height - bottom + 32, danish.short_date(monday)))
    grid = [
        (round(top + plot_h * (1 - f), 1), danish.number(int(scale_max * f)))
        for f in (0, 0.5, 1)
        if float(scale_max * f).is_integer()
    ]
    return Chart(
        id="uger",
        title="Nær-ved-hændelser pr. uge",
        description=(
            f"Søjlediagram med {len(weeks)} uger fra {danish.date_text(first_day)} til "
            f"{danish.date_text(last_day)}; i alt {danish.number(sum(counts))} hændelser."
        ),
        width=WIDTH,
        height=height,
        bars=bars,
        axis_labels=axis,
        gridlines=grid,
        empty=not any(counts),
        table=[(f"{danish.week_label(m)} ({danish.short_date(m)})", c) for m, c in zip(weeks, counts)],
    )


def breakdown_chart(chart_id: str, title: str, rows: list[tuple[str, int]], hatched: set = frozenset()) -> Chart:
    """Horizontal bars with the label on the left and the number at the end of each bar.

    :param rows: ``(Danish label, count)`` in the order to show.
    :param hatched: labels drawn hatched (and so told apart without colour).
    """
    top, height = 8, 8 + ROW_HEIGHT * max(len(rows), 1) + 8
    bar_area = WIDTH - LABEL_WIDTH - 60
    scale_max = max((count for _, count in rows), default=0) or 1
    total = sum(count for _, count in rows)
    bars = []
    for n, (label, count) in enumerate(rows):
        y = top + n * ROW_HEIGHT
        bar_w = bar_area * count / scale_max
        bars.append(
            Bar(
                label=label,
                value=count,
                title=f"{label}: {danish.number(count)} ({danish.percent(count, total)})",
                x=LABEL_WIDTH,
                y=y + 4,
                width=round(max(bar_w, 1 if count else 0), 1),
                height=ROW_HEIGHT - 10,
                text_x=round(LABEL_WIDTH + bar_w + 6, 1),
                text_y=y + ROW_HEIGHT / 2 + 4,
                hatched=label in hatched,
            )
        )
    return Chart(
        id=chart_id,
        title=title,
        description=f"Vandret søjlediagram, {len(rows)} rækker, i alt {danish.number(total)}.",
        width=WIDTH,
        height=height,
        bars=bars,
        empty=total == 0,
        horizontal=True,
        table=rows,
    )


def _nice_max(value: int) -> int:
    """Round the top of the scale up to 1, 2 or 5 times a power of ten, so gridlines read well."""
    if value <= 4:
        return 2 if value <= 2 else 4
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return value
