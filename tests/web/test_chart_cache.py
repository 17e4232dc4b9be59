"""Charts are drawn once per data version: the same inputs give the stored SVG, any change in
what a chart shows (or the language) draws a new one."""

from __future__ import annotations

from django.utils import translation

from vendorpact.common.charts import cached_chart
from vendorpact.health import charts as health_charts


class CountingDraw:
    def __init__(self, svg="<svg>1</svg>"):
        self.calls = 0
        self.svg = svg

    def __call__(self):
        self.calls += 1
        return self.svg


def test_same_inputs_are_drawn_once():
    draw = CountingDraw()
    first = cached_chart("test", ([1, 2, 3], "titel"), draw)
    second = cached_chart("test", ([1, 2, 3], "titel"), draw)
    assert (first, second, draw.calls) == ("<svg>1</svg>", "<svg>1</svg>", 1)


def test_a_changed_input_is_drawn_again():
    draw = CountingDraw()
    cached_chart("test", ([1, 2, 3], "titel"), draw)
    cached_chart("test", ([1, 2, 4], "titel"), draw)
    assert draw.calls == 2


def test_another_language_is_drawn_again():
    draw = CountingDraw()
    with translation.override("nl"):
        cached_chart("test", [1, 2, 3], draw)
    with translation.override("fr"):
        cached_chart("test", [1, 2, 3], draw)
    assert draw.calls == 2


def test_charts_of_different_kinds_do_not_share_an_entry():
    budget, health = CountingDraw("<svg>budget</svg>"), CountingDraw("<svg>health</svg>")
    assert cached_chart("budget", [1], budget) == "<svg>budget</svg>"
    assert cached_chart("health", [1], health) == "<svg>health</svg>"


def test_health_trend_redrawn_only_when_a_score_changes(monkeypatch):
    calls = []
    real = health_charts.figure_to_svg
    monkeypatch.setattr(
        health_charts, "figure_to_svg", lambda figure: calls.append(1) or real(figure)
    )
    periods = ["2026-Q2", "2026-Q3"]
    health_charts.health_trend_svg(periods, {"Klant": [60.0, 70.0]}, "Gezondheid")
    svg = health_charts.health_trend_svg(periods, {"Klant": [60.0, 70.0]}, "Gezondheid")
    assert len(calls) == 1 and svg.startswith("<svg")
    health_charts.health_trend_svg(periods, {"Klant": [60.0, 75.0]}, "Gezondheid")
    assert len(calls) == 2
