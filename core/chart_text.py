"""A chart's text alternative, computed from the figure's own data: a short description for assistive
technology (`st.plotly_chart(alt=…)`, which becomes the chart's accessible name) and, for line charts and
small matrices, its numbers as a table.

WCAG 2.1 success criterion 1.1.1 (non-text content) asks for a text alternative that serves the same
purpose; for a chart that is what it shows (which series, where they start and end, their range), not how
it looks. The words come from `text` (core.i18n keys "alt.*"), so the description is in the page's language.
"""
from __future__ import annotations

import html
import re
from typing import Callable

import numpy as np
import pandas as pd
import plotly.graph_objects as go

MAX_TRACES = 6  # traces described one by one; the rest are counted
MAX_TITLES = 12  # an image grid's picture titles read out; the rest are left at "…"
TABLE_ROWS = 500  # a table longer than this is thinned evenly (its first and last rows kept)
TABLE_CELLS = 400  # a heatmap with more cells than this (a picture, not a matrix) gets no table

Text = Callable[..., str]


def _plain(text) -> str:
    """Plotly title text without its HTML (<br>, <b>, <sub>) and entities, on one line."""
    text = re.sub(r"<br\s*/?>", " ", str(text or ""))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def _num(v: float) -> str:
    """3 significant digits, as a reader says them: 0.0333, 2.3, 4,000 and 524,288 (not 4e+03)."""
    if not np.isfinite(v):
        return str(v)
    return f"{v:,.0f}" if 1000 <= abs(v) < 1e12 else f"{v:.3g}"


def _numbers(values) -> np.ndarray | None:
    """`values` as a float array, or None when they are not numbers (categories, dates) or there are none."""
    if values is None:
        return None
    try:
        out = np.asarray(values, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    return out if out.size else None


def _axis_title(fig: go.Figure, axis: str) -> str:
    title = fig.layout[axis].title
    return _plain(title.text if title else "")


def _decoration(trace) -> bool:
    """An unnamed scatter kept out of the legend: a band's outline, a diagram's links, click or hover targets
    laid over a chart; what it shows is said by the traces it belongs to (or by the chart's title)."""
    return isinstance(trace, go.Scatter) and not trace.name and trace.showlegend is False


def _trace_text(trace, fig: go.Figure, text: Text) -> str | None:
    if _decoration(trace):
        return None
    name = _plain(getattr(trace, "name", ""))
    if name.isdigit():  # plotly express's own trace numbers ("0"), not a name anyone gave
        name = ""
    name = text("alt.name", name=name) if name else ""
    if isinstance(trace, go.Scatter):
        n = len(trace.y) if trace.y is not None else 0
        if not n:
            return None
        y, x = _numbers(trace.y), _numbers(trace.x)
        if "lines" in (trace.mode or "lines") and y is not None and np.isfinite(y).any():
            finite = y[np.isfinite(y)]
            span = ""
            if x is not None and np.isfinite(x).any():
                span = text("alt.span", x=_axis_title(fig, "xaxis") or "x", x0=_num(np.nanmin(x)), x1=_num(np.nanmax(x)))
            return text("alt.line", name=name, n=n, first=_num(finite[0]), last=_num(finite[-1]),
                        lo=_num(finite.min()), hi=_num(finite.max()), span=span)
        return text("alt.points", name=name, n=n)
    if isinstance(trace, go.Heatmap):
        z = _numbers(trace.z)
        finite = z[np.isfinite(z)] if z is not None else np.zeros(0)
        if not finite.size:
            return None
        rows = len(trace.z)
        return text("alt.map", name=name, rows=rows, cols=z.size // max(rows, 1), lo=_num(finite.min()),
                    hi=_num(finite.max()))
    if isinstance(trace, go.Bar):
        values, labels = (trace.x, trace.y) if trace.orientation == "h" else (trace.y, trace.x)
        v = _numbers(values)
        if v is None or not np.isfinite(v).any():
            return None
        top = int(np.nanargmax(v))
        label = _plain(list(labels)[top]) if labels is not None and len(labels) > top else str(top + 1)
        return text("alt.bars", name=name, n=len(v), label=label, value=_num(v[top]))
    if isinstance(trace, go.Image):
        return text("alt.image", name=name)
    return None


def describe(fig: go.Figure, text: Text) -> str:
    """One paragraph on what `fig` shows: its title, then each trace (a line's first and last value, its
    range and x span; a scatter's point count; a heatmap's size and value range; the highest bar), at most
    MAX_TRACES of them, and how many pictures it carries. Never empty: a figure with nothing to say is
    described as a chart with its title (text "alt.chart")."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    if "images" in meta:  # plots.image_grid: a mosaic of pictures drawn as one trace
        titles = [_plain(x) for x in meta.get("titles", [])][:MAX_TITLES]
        more = len(meta.get("titles", [])) - len(titles)
        parts = [text("alt.grid", n=meta["images"], titles=", ".join(titles) + (", …" if more > 0 else ""))
                 if titles else text("alt.grid_untitled", n=meta["images"])]
    else:
        parts = [p for p in (_trace_text(tr, fig, text) for tr in fig.data) if p]
    more = len(parts) - MAX_TRACES
    parts = parts[:MAX_TRACES] + ([text("alt.more", n=more)] if more > 0 else [])
    if images := len(fig.layout.images or ()):
        parts.append(text("alt.images", n=images))
    title = _plain(fig.layout.title.text if fig.layout.title else "")
    head = text("alt.chart", title=title or _axis_title(fig, "yaxis") or text("alt.untitled"))
    return (" " if head.endswith(".") else "").join([head, *parts])  # Chinese sentences need no space


def table(fig: go.Figure, text: Text) -> pd.DataFrame | None:
    """The numbers behind a line chart (one row per x value, one column per named line) or a small matrix
    (a heatmap of at most TABLE_CELLS cells, rows and columns labelled as on its axes); None for any other
    figure (scatter plots, pictures, diagrams), where a table would not say what the chart says."""
    if isinstance(fig.layout.meta, dict) and "images" in fig.layout.meta:
        return None  # pictures
    data = [tr for tr in fig.data if not _decoration(tr)]  # a band's outline is drawn from the lines it spans
    lines = [tr for tr in data if isinstance(tr, go.Scatter)]
    if lines and len(lines) == len(data) and all("lines" in (tr.mode or "lines") for tr in lines):
        x_name = _axis_title(fig, "xaxis") or "x"
        columns = {}
        for k, tr in enumerate(lines):
            y = _numbers(tr.y)
            if y is None:
                return None
            x = tr.x if tr.x is not None else np.arange(len(y))
            name = _plain(tr.name) or text("alt.series", k=k + 1)
            while name in columns or name == x_name:
                name += "′"
            columns[name] = pd.Series(y, index=pd.Index(list(x), name=x_name))
        try:
            df = pd.concat(columns, axis=1).sort_index()
        except (TypeError, ValueError):  # x values that cannot be lined up (mixed types, duplicates)
            return None
        if len(df) > TABLE_ROWS:
            keep = np.unique(np.linspace(0, len(df) - 1, TABLE_ROWS).round().astype(int))
            df = df.iloc[keep]
        return df.reset_index()
    heat = [tr for tr in fig.data if isinstance(tr, go.Heatmap)]
    if len(heat) == 1 and all(tr is heat[0] or _decoration(tr) for tr in fig.data):
        z = np.asarray(heat[0].z, dtype=object)
        if z.ndim != 2 or z.size > TABLE_CELLS:
            return None
        cols = list(heat[0].x) if heat[0].x is not None else list(range(z.shape[1]))
        rows = list(heat[0].y) if heat[0].y is not None else list(range(z.shape[0]))
        if len(cols) != z.shape[1] or len(rows) != z.shape[0]:
            return None
        return pd.DataFrame(z, index=pd.Index([_plain(r) for r in rows], name=_axis_title(fig, "yaxis") or "y"),
                            columns=[_plain(c) for c in cols]).infer_objects().reset_index()  # numbers, not objects
    return None
