"""Charts rendered on the server as SVG (pygal, no script), shown through <img>."""

from __future__ import annotations

from datetime import datetime

import pygal
from pygal.style import Style

STYLE = Style(
    background="transparent",
    plot_background="transparent",
    foreground="#1d2327",
    foreground_strong="#1d2327",
    foreground_subtle="#dde3e7",
    colors=("#0b6e4f",),
    font_family="system-ui, sans-serif",
)


def reputation_chart(history: list[tuple[datetime, int]], title: str, date_format) -> bytes:
    """Reputation over time as a step line; an empty history draws a flat line at 1."""
    chart = pygal.DateTimeLine(
        style=STYLE,
        js=[],
        width=720,
        height=260,
        show_legend=False,
        x_label_rotation=0,
        x_labels_major_count=6,
        show_minor_x_labels=False,
        show_dots=len(history) < 40,
        fill=True,
        x_value_formatter=date_format,
        title=title,
        disable_xml_declaration=False,
        truncate_label=-1,
    )
    chart.add(title, history or [(datetime.now(), 1)])
    return chart.render()
