"""Charts rendered on the server as SVG (pygal, no script), shown through <img>."""

from __future__ import annotations

from datetime import datetime

import pygal
from pygal.style import Style

# The community's green, then a blue for a second series.
COLORS = ("#0b6e4f", "#2f6fb3")


def style(series: int = 1) -> Style:
    return Style(
        background="transparent",
        plot_background="transparent",
        foreground="#1d2327",
        foreground_strong="#1d2327",
        foreground_subtle="#dde3e7",
        colors=COLORS[:series],
        font_family="system-ui, sans-serif",
    )


def without_scripts(root):
    """pygal writes its config as a <script> even with js=[]: a chart is an image and
    carries none (an <img> would not run it; the file opened on its own might)."""
    for parent in root.iter():
        for child in list(parent):
            if str(child.tag).rsplit("}", 1)[-1] == "script":
                parent.remove(child)
    return root


def reputation_chart(history: list[tuple[datetime, int]], title: str, date_format) -> bytes:
    """Reputation over time as a step line; an empty history draws a flat line at 1."""
    chart = pygal.DateTimeLine(
        style=style(),
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
    chart.add_xml_filter(without_scripts)
    chart.add(title, history or [(datetime.now(), 1)])
    return chart.render()
