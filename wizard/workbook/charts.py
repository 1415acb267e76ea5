"""The summary's two native charts: section scores (bars) and success conditions (radar).

Both read the summary's score cells, which are formulas, so the charts follow the client's
edits. Sizes are in centimetres and chosen to fit a landscape A4 page at the summary's
print scale.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import (
    CharacterProperties,
    Paragraph,
    ParagraphProperties,
    RichTextProperties,
)

from wizard.workbook import styles
from wizard.workbook.sheet import Sheet as Worksheet

BAR_ROWS = 23
"""Rows of default height the bar chart covers (its height plus a gap)."""
RADAR_ROWS = 22


def _text(size: int, rotation: int = 0) -> RichText:
    """Axis text of ``size`` hundredths of a point, turned ``rotation`` 60,000ths of a degree."""
    return RichText(
        bodyPr=RichTextProperties(rot=rotation, vert="horz"),
        p=[
            Paragraph(
                pPr=ParagraphProperties(defRPr=CharacterProperties(sz=size)),
                endParaRPr=CharacterProperties(sz=size),
            )
        ],
    )


def _axis_0_100(chart: BarChart | RadarChart) -> None:
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.y_axis.numFmt = "0"
    chart.y_axis.number_format = "0"
    chart.y_axis.delete = False
    chart.x_axis.delete = False


RADAR_SPOKES = (3, 12)
"""A radar needs three spokes to be a shape; past a dozen its labels overlap."""


def bar_label_size(bars: int) -> int:
    """The section ids' size (hundredths of a point): 9 pt up to 32 bars, smaller beyond so
    that 60 upright ids still fit side by side under a chart of the same width."""
    if bars <= 32:
        return 900
    return 700 if bars <= 48 else 600


def radar_fits(spokes: int) -> bool:
    return RADAR_SPOKES[0] <= spokes <= RADAR_SPOKES[1]


def section_bars(
    ws: Worksheet, title: str, first: int, last: int, label_col: int, value_col: int
) -> BarChart:
    """Vertical bars, one per section, 0–100."""
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.legend = None
    chart.style = 2
    data = Reference(ws.ws, min_col=value_col, min_row=first - 1, max_row=last)
    cats = Reference(ws.ws, min_col=label_col, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    series = chart.series[0]
    series.graphicalProperties = GraphicalProperties(solidFill=styles.BLUE)
    series.graphicalProperties.line.solidFill = styles.BLUE
    if last - first < 32:  # past 32 bars the values overlap; the table beside says them
        series.dLbls = DataLabelList()
        series.dLbls.showVal = True
        series.dLbls.numFmt = "0"
        for flag in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
            setattr(series.dLbls, flag, False)
    chart.gapWidth = 60 if last - first < 40 else 30
    _axis_0_100(chart)
    # upright section ids: 32 of them side by side ran together ("ST10ST11…")
    chart.x_axis.txPr = _text(bar_label_size(last - first + 1), -5_400_000)
    chart.width, chart.height = 25.0, 11.0  # type: ignore[assignment]  # cm; stubs say int
    return chart


def group_radar(
    ws: Worksheet, title: str, first: int, last: int, label_col: int, value_col: int
) -> RadarChart:
    """A filled radar of the success conditions, 0–100."""
    chart = RadarChart()
    chart.type = "marker"
    chart.title = title
    chart.legend = None
    chart.style = 2
    data = Reference(ws.ws, min_col=value_col, min_row=first - 1, max_row=last)
    cats = Reference(ws.ws, min_col=label_col, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    series = chart.series[0]
    series.graphicalProperties = GraphicalProperties()
    series.graphicalProperties.line.solidFill = styles.BLUE
    series.graphicalProperties.line.width = 28575
    series.marker.symbol = "circle"
    series.marker.size = 6
    series.marker.graphicalProperties = GraphicalProperties(solidFill=styles.BLUE)
    _axis_0_100(chart)
    # the scale's 0–100 labels sat on the first spoke, over its name: each point shows
    # its score instead, and the gridlines stay
    chart.y_axis.delete = True
    series.dLbls = DataLabelList()
    series.dLbls.showVal = True
    series.dLbls.numFmt = "0"
    for flag in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
        setattr(series.dLbls, flag, False)
    chart.x_axis.txPr = _text(1000)
    chart.width, chart.height = 18.0, 11.0  # type: ignore[assignment]  # cm; stubs say int
    return chart
