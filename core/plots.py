"""Pure functions that return plotly figures; they never draw. One template, one colour per class."""
from __future__ import annotations

import base64
import html
import io
import unicodedata
from typing import Sequence

import numpy as np
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio
from PIL import Image

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
CLASS_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
SERIES = {"train": "#0072B2", "test": "#D55E00"}
# A data point's rim. Orange #E69F00 and sky blue #56B4E9 are 2.3:1 on white, under WCAG 1.4.11's 3:1 for
# graphics one needs to read; a dark rim (15.9:1 on white) keeps every point visible on the page and on a map.
POINT_RIM = "#222222"

TEMPLATE = "dlc"
pio.templates[TEMPLATE] = go.layout.Template(pio.templates["plotly_white"])
pio.templates[TEMPLATE].layout.update(
    colorway=list(CLASS_COLORS), font=dict(size=13), margin=dict(l=50, r=20, t=50, b=40),
    legend=dict(orientation="h", yanchor="top", y=-0.18, xanchor="left", x=0),
)
pio.templates.default = TEMPLATE


def class_color(k: int) -> str:
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def metric_curves(history: Sequence[dict], metric: str, title: str = "", x: str = "epoch",
                  log_y: bool = False, labels: dict[str, str] | None = None) -> go.Figure:
    """train_<metric> solid, test_<metric> dashed, against epochs (or steps).

    `labels` translates the words drawn on the chart: "train", "test", `x` and `metric`.
    """
    labels = labels or {}
    fig = go.Figure()
    for split, dash in (("train", "solid"), ("test", "dash")):
        key = f"{split}_{metric}"
        rows = [r for r in history if key in r]
        if rows:
            stride = max(1, len(rows) // 1000)  # long runs: at most ~1000 points per line
            rows = rows[::stride] + ([rows[-1]] if (len(rows) - 1) % stride else [])
            fig.add_scatter(x=np.array([r[x] for r in rows]), y=np.array([r[key] for r in rows]),
                            name=labels.get(split, split),
                            mode="lines", line=dict(color=SERIES[split], dash=dash))
    fig.update_layout(title=title, xaxis_title=labels.get(x, x), yaxis_title=labels.get(metric, metric))
    if log_y:
        fig.update_yaxes(type="log")
    return fig


def step_losses(losses: Sequence[float], title: str = "", max_points: int = 2000, x_title: str = "step",
                y_title: str = "loss", history: Sequence[dict] = (), names: tuple[str, str] = ("train", "test")) -> go.Figure:
    """Per-step training loss, thinned to at most `max_points` so long runs stay light to draw; with
    `history`, the test loss measured at the end of each epoch, drawn at that epoch's last step. A run loaded
    from a checkpoint has no per-step losses: its per-epoch training loss is drawn instead, at the same steps."""
    stride = max(1, len(losses) // max_points)
    ys = list(losses)[::stride]
    if ys:
        fig = go.Figure(go.Scatter(x=np.arange(len(ys)) * stride + 1, y=ys, mode="lines",
                                   line=dict(color=SERIES["train"]), name=names[0]))
    else:
        epochs = [r for r in history if "train_loss" in r and "step" in r]
        fig = go.Figure(go.Scatter(x=[r["step"] for r in epochs], y=[r["train_loss"] for r in epochs],
                                   mode="lines+markers", line=dict(color=SERIES["train"]), name=names[0]))
    rows = [r for r in history if "test_loss" in r and "step" in r]
    if rows:
        fig.add_scatter(x=[r["step"] for r in rows], y=[r["test_loss"] for r in rows], mode="lines+markers",
                        name=names[1], line=dict(color=SERIES["test"], dash="dash"))
    fig.update_layout(title=title, xaxis_title=x_title, yaxis_title=y_title)
    return fig


def decision_regions(xs: np.ndarray, ys: np.ndarray, probs: np.ndarray,
                     points: Sequence[tuple[np.ndarray, np.ndarray, str]], title: str = "",
                     discretize: bool = False) -> go.Figure:
    """Background from `probs` (grid, grid, K) or a regression surface (grid, grid); points drawn per class.

    `points` holds (x, labels, name) triples, e.g. train drawn as circles and test as crosses.
    `discretize` shows only the decision (the winning class, or the sign of a regression output).
    """
    if discretize:
        probs = np.sign(probs) if probs.ndim == 2 else np.eye(probs.shape[-1])[probs.argmax(-1)]
    fig = go.Figure()
    if probs.ndim == 2:  # regression surface
        fig.add_heatmap(x=xs, y=ys, z=probs, colorscale="RdBu", zmid=0, opacity=0.8, showscale=True, zsmooth="best")
    elif probs.shape[-1] == 2:  # binary: confidence in class 1 on a two-colour scale
        fig.add_heatmap(x=xs, y=ys, z=probs[..., 1], zmin=0, zmax=1, opacity=0.55, showscale=False,
                        zsmooth="best", colorscale=[[0, class_color(0)], [0.5, "#ffffff"], [1, class_color(1)]])
    else:  # K classes: the winning class's colour, paler where the network is less sure
        fig.add_image(z=_class_blend(probs), x0=float(xs[0]), dx=float(xs[1] - xs[0]), y0=float(ys[0]),
                      dy=float(ys[1] - ys[0]), hoverinfo="skip", opacity=0.6)
    symbols = ("circle", "x")
    for (x, labels, name), symbol in zip(points, symbols):
        x, labels = np.asarray(x, dtype=np.float32), np.asarray(labels)
        if probs.ndim == 2:
            fig.add_scatter(x=x[:, 0], y=x[:, 1], mode="markers", name=name,
                            marker=dict(color=labels, colorscale="RdBu", cmid=0, symbol=symbol, size=7,
                                        line=dict(width=1, color="#333")))
            continue
        for k in np.unique(labels):
            sel = labels == k
            fig.add_scatter(x=x[sel, 0], y=x[sel, 1], mode="markers", name=f"{name} · {int(k)}",
                            marker=dict(color=class_color(int(k)), symbol=symbol, size=7,
                                        line=dict(width=1, color=POINT_RIM if symbol == "circle" else class_color(int(k)))))
    fig.update_layout(title=title,
                      xaxis=dict(range=[xs[0], xs[-1]], title="x₁", constrain="domain"),
                      yaxis=dict(range=[ys[0], ys[-1]], title="x₂", scaleanchor="x", scaleratio=1,
                                 constrain="domain"))
    return fig


def _rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)


def _class_blend(probs: np.ndarray) -> np.ndarray:
    """(n, n, K) probabilities → (n, n, 3) RGB: the winner's colour mixed with white by its confidence."""
    k = probs.shape[-1]
    palette = np.stack([_rgb(class_color(i)) for i in range(k)])
    confidence = (probs.max(-1, keepdims=True) - 1 / k) / (1 - 1 / k)  # 0 at a tie of all K, 1 when certain
    return (255 + (palette[probs.argmax(-1)] - 255) * np.clip(confidence, 0, 1)).astype(np.uint8)


def confusion_matrix(cm: np.ndarray, labels: Sequence[str], title: str = "",
                     names: tuple[str, str, str] = ("predicted", "true", "count")) -> go.Figure:
    """Counts with true class on rows, predicted on columns; `names` titles the axes and the colour bar."""
    fig = px.imshow(cm, x=list(labels), y=list(labels), text_auto=True, color_continuous_scale="Blues",
                    labels=dict(x=names[0], y=names[1], color=names[2]), aspect="equal")
    fig.update_traces(hovertemplate="%{y} → %{x}: %{z}<extra></extra>")
    fig.update_layout(title=title)
    fig.update_xaxes(side="bottom", type="category")
    fig.update_yaxes(type="category")
    return fig


def clickable_confusion(cm: np.ndarray, labels: Sequence[str], title: str = "", x_title: str = "predicted",
                        y_title: str = "true") -> go.Figure:
    """The confusion matrix with an almost invisible square marker on every cell.

    Plotly heatmaps send no click events; scatter markers do, so choosing a cell in Streamlit
    (on_select) returns that marker's (x = predicted, y = true).
    """
    labels = list(labels)
    fig = confusion_matrix(cm, labels, title)
    k = len(labels)
    xs, ys = np.meshgrid(np.arange(k), np.arange(k))
    fig.add_scatter(x=[labels[i] for i in xs.ravel()], y=[labels[j] for j in ys.ravel()], mode="markers",
                    marker=dict(symbol="square", size=28, opacity=0.02, color="#000"), showlegend=False,
                    hovertemplate="%{y} → %{x}<extra></extra>")
    fig.update_layout(xaxis_title=x_title, yaxis_title=y_title, clickmode="event+select", height=460)
    return fig


def prob_bars(labels: Sequence[str], probs: Sequence[float], title: str = "", highlight: int | None = None) -> go.Figure:
    """Horizontal bars of class probabilities, largest at the top; `highlight` marks one class."""
    order = np.argsort(probs)
    colours = [CLASS_COLORS[5] if i == highlight else CLASS_COLORS[0] for i in order]
    fig = go.Figure(go.Bar(x=np.asarray(probs)[order], y=[labels[i] for i in order], orientation="h",
                           marker_color=colours, text=[f"{probs[i]:.1%}" for i in order], textposition="auto"))
    fig.update_layout(title=title, height=max(220, 26 * len(labels) + 80))
    fig.update_xaxes(range=[0, 1], tickformat=".0%")
    fig.update_yaxes(type="category")
    return fig


def grouped_bars(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float], Sequence[float], Sequence[float]]],
                 title: str = "", y_title: str = "", y_range: tuple[float, float] | None = None,
                 labels: bool = True) -> go.Figure:
    """(name, mean, low, high) per series, one bar per category with a low–high error bar (and its value written
    above it unless `labels` is False: many narrow bars would overprint them)."""
    fig = go.Figure()
    for i, (name, mean, low, high) in enumerate(series):
        mean, low, high = np.asarray(mean), np.asarray(low), np.asarray(high)
        fig.add_bar(x=list(categories), y=mean, name=name, marker_color=class_color(i),
                    error_y=dict(type="data", symmetric=False, array=high - mean, arrayminus=mean - low),
                    text=[f"{m:.1%}" for m in mean] if labels else None, textposition="outside")
    fig.update_layout(title=title, yaxis_title=y_title, barmode="group")
    if y_range:
        fig.update_yaxes(range=list(y_range))
    fig.update_yaxes(tickformat=".0%")
    return fig


def _data_uri(pixels: np.ndarray, fmt: str = "PNG", **save) -> str:
    """An (H, W) or (H, W, 3) uint8 array as a data: URI of a PNG or JPEG (`save`: PIL's options, e.g. quality)."""
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, format=fmt, **save)
    return f"data:image/{fmt.lower()};base64," + base64.b64encode(buf.getvalue()).decode()


def _text_width(text: str, size: float = 11) -> float:
    """Approximate width in pixels of `text` in plotly's default font: wide (CJK) characters ~1 em, others ~0.6."""
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else 0.6 * size for ch in text)


_NO_LINE_START = "，。、：；！？）》」』,.:;!?)"  # punctuation that a line does not begin with


def wrap_label(text: str, width: float, size: float = 11) -> str:
    """`text` broken with `<br>` into lines at most `width` pixels wide (approximately, see `_text_width`):
    between words, and between any two characters of a word too wide for a line (Chinese has no spaces), never
    before closing punctuation.
    Existing `<br>` breaks are kept."""
    out = []
    for paragraph in text.split("<br>"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if _text_width(candidate, size) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
            line = ""
            for ch in word:  # a word wider than the line: break it anywhere
                if line and _text_width(line + ch, size) > width and ch not in _NO_LINE_START:
                    out.append(line)
                    line = ""
                line += ch
        out.append(line)
    return "<br>".join(out)


GRID_WIDTH = 840  # px: about the main column of a wide-layout page on a 1400 px screen, inside an expander


def image_grid(images: np.ndarray, titles: Sequence[str] | None = None, cols: int = 8,
               title: str = "", cell: int = 80, colorscale: str = "gray") -> go.Figure:
    """(N, H, W) grey or (N, H, W, 3) colour images (values in [0, 1] for colour) in a grid of `cols` columns
    (fewer when there are fewer images), one optional title each (`<br>` breaks a title's line; a title wider than its image is wrapped, as is `title`).

    One picture: the images tiled into a mosaic with gaps (transparent for grey, white for colour), drawn as
    a single heat map (grey: one colour scale shared by all images) or a PNG (colour), square pixels, left
    aligned, each row `cell` pixels tall (less where the mosaic would be wider than GRID_WIDTH), titles as
    annotations in the gaps above their images. Raises ValueError for an empty array or another shape.
    (Plotly's facets, one axis pair per image, cost ~16x more to build: `python -m bench --only figures`; the
    class bench found them the pages' slowest part.)
    """
    images = np.asarray(images, dtype=np.float32)
    if images.ndim not in (3, 4) or len(images) == 0 or (images.ndim == 4 and images.shape[3] != 3):
        raise ValueError("image_grid expects a non-empty (N, H, W) or (N, H, W, 3) array")
    n, colour = len(images), images.ndim == 4
    cols = max(1, min(cols, n))
    rows = -(-n // cols)
    h, w = images.shape[1:3]
    gx = max(1, round(w * 0.08))  # gaps in image pixels; a row's gap holds its titles' lines at 14 px each
    # rows no taller than lets the mosaic fit GRID_WIDTH px across: a wider one is shrunk by the browser to its
    # column, titles keep their size, and a row's titles ran into the pictures above (wide spectrograms)
    cell = max(1, min(cell, int(GRID_WIDTH * h / (cols * w + (cols - 1) * gx))))
    if titles is not None:
        titles = [wrap_label(str(x), cell * (w + gx) / h) for x in titles]
    lines = 1 + max((x.count("<br>") for x in titles), default=0) if titles is not None else 0
    gy = max(1, round((14 * lines + 4) * h / cell)) if lines else gx
    first = gy if lines else 0  # the first row's titles need a gap above it too
    tall, wide = first + rows * h + (rows - 1) * gy, cols * w + (cols - 1) * gx
    mosaic = np.full((tall, wide, 3) if colour else (tall, wide), 1.0 if colour else np.nan, np.float32)
    for i in range(n):
        y, x = first + (i // cols) * (h + gy), (i % cols) * (w + gx)
        mosaic[y:y + h, x:x + w] = images[i]
    if colour:
        trace = go.Image(source=_data_uri((np.clip(np.nan_to_num(mosaic), 0, 1) * 255).round().astype(np.uint8)),
                         hoverinfo="skip")
    else:
        trace = go.Heatmap(z=mosaic, colorscale=colorscale, showscale=False, hoverinfo="skip")
    notes = [dict(x=(i % cols) * (w + gx) + (w - 1) / 2, y=first + (i // cols) * (h + gy) - 0.5, xref="x", yref="y",
                  yanchor="bottom", text=str(titles[i]), showarrow=False, font=dict(size=11))
             for i in range(min(n, len(titles)))] if titles is not None else []
    # the title wraps to the mosaic's width on screen, at most a half column's (plotly titles never wrap)
    title = wrap_label(title, min(cell * wide / h, 420), size=18) if title else ""
    top = 23 + 22 * (title.count("<br>") + 1) if title else 10
    meta = {"images": n, "titles": [" ".join(str(x).split("<br>")) for x in titles[:n]] if titles is not None else []}
    return go.Figure(trace, layout=dict(
        title=title, annotations=notes, margin=dict(l=10, r=10, t=top, b=10), meta=meta,  # meta: core.chart_text
        height=top + 10 + rows * (cell + (14 * lines + 4 if lines else 4)),
        xaxis=dict(visible=False, range=[-0.5, wide - 0.5], constrain="domain", constraintoward="left"),
        yaxis=dict(visible=False, range=[tall - 0.5, -0.5], scaleanchor="x", constrain="domain")))


def _line_in_box(w: np.ndarray, lim: float) -> tuple[list[float], list[float]]:
    """End points of w₀ + w₁x₁ + w₂x₂ = 0 inside the square [−lim, lim]²; empty when it misses it."""
    w0, w1, w2 = (float(v) for v in w)
    pts = []
    for x1 in (-lim, lim):
        if abs(w2) > 1e-12 and abs(x2 := -(w0 + w1 * x1) / w2) <= lim:
            pts.append((x1, x2))
    for x2 in (-lim, lim):
        if abs(w1) > 1e-12 and abs(x1 := -(w0 + w2 * x2) / w1) <= lim:
            pts.append((x1, x2))
    pts = sorted(set(pts))
    return ([pts[0][0], pts[-1][0]], [pts[0][1], pts[-1][1]]) if len(pts) >= 2 else ([], [])


def perceptron_view(x: np.ndarray, labels: np.ndarray, w: np.ndarray, w_old: np.ndarray | None = None,
                    highlight: int | None = None, extra_lines: Sequence[tuple[np.ndarray, str, str]] = (),
                    names: Sequence[str] = ("boundary", "previous", "weights W", "caused the update"),
                    lim: float = 1.5, title: str = "") -> go.Figure:
    """Points by class, the boundary Wᵀx̃ = 0 (previous one dashed), W drawn as an arrow from the origin."""
    fig = go.Figure()
    x, labels = np.asarray(x), np.asarray(labels)
    for k in np.unique(labels):
        sel = labels == k
        fig.add_scatter(x=x[sel, 0], y=x[sel, 1], mode="markers", name=f"{int(k)}",
                        marker=dict(color=class_color(int(k)), size=8, line=dict(width=1, color=POINT_RIM)))
    if w_old is not None:
        lx, ly = _line_in_box(w_old, lim)
        fig.add_scatter(x=lx, y=ly, mode="lines", name=names[1], line=dict(color="#888", dash="dash"))
    for line_w, name, colour in extra_lines:
        lx, ly = _line_in_box(line_w, lim)
        fig.add_scatter(x=lx, y=ly, mode="lines", name=name, line=dict(color=colour, width=3, dash="dot"))
    lx, ly = _line_in_box(w, lim)
    fig.add_scatter(x=lx, y=ly, mode="lines", name=names[0], line=dict(color="#222", width=3))
    norm = float(np.hypot(w[1], w[2]))
    if norm > 0:
        tip = np.array([w[1], w[2]]) / norm * 0.5
        fig.add_annotation(x=tip[0], y=tip[1], ax=0, ay=0, xref="x", yref="y", axref="x", ayref="y",
                           showarrow=True, arrowhead=3, arrowwidth=2, arrowcolor="#D55E00", text="")
        fig.add_scatter(x=[tip[0]], y=[tip[1]], mode="text", text=[names[2]], textposition="top center",
                        showlegend=False, textfont=dict(color="#D55E00"))
    if highlight is not None:
        fig.add_scatter(x=[x[highlight, 0]], y=[x[highlight, 1]], mode="markers", name=names[3],
                        marker=dict(size=22, color="rgba(0,0,0,0)", line=dict(width=3, color="#D55E00")))
    fig.update_layout(title=title,
                      xaxis=dict(range=[-lim, lim], title="x₁", constrain="domain"),
                      yaxis=dict(range=[-lim, lim], title="x₂", scaleanchor="x", scaleratio=1, constrain="domain"))
    return fig


def curves(series: Sequence[tuple[str, Sequence[float], Sequence[float]]], title: str = "", x_title: str = "epoch",
           y_title: str = "", log_y: bool = False, markers: bool = False) -> go.Figure:
    """Several named (x, y) lines on one chart, e.g. the last runs overlaid (`markers`: a one-epoch run shows)."""
    fig = go.Figure()
    for i, (name, xs, ys) in enumerate(series):
        fig.add_scatter(x=list(xs), y=list(ys), mode="lines+markers" if markers else "lines", name=name,
                        line=dict(color=class_color(i)))
    fig.update_layout(title=title, xaxis_title=x_title, yaxis_title=y_title)
    if log_y:
        fig.update_yaxes(type="log")
    return fig


def signed_scale(values: np.ndarray, per_unit: bool = False) -> np.ndarray:
    """`values` divided by their largest |value| (by each slice along the first axis when `per_unit`), so
    they lie in [−1, 1] with 0 kept at 0; all-zero values (or slices) stay 0. Same shape, float.
    How the network diagrams colour a unit's map: its sign and how far it is from its own extreme."""
    values = np.asarray(values, dtype=float)
    if per_unit:
        scale = np.abs(values).reshape(len(values), -1).max(1) if values.size else np.ones(len(values))
        scale = scale.reshape(-1, *([1] * (values.ndim - 1)))
    else:
        scale = np.abs(values).max() if values.size else 1.0
    return np.clip(values / np.where(scale == 0, 1.0, scale), -1, 1)


def _to_png_uri(values: np.ndarray) -> str:
    """A unit's map as a small PNG: class-0 colour for negative, white at zero, class-1 colour for positive."""
    v = signed_scale(values)[::-1]  # image rows run top-down, the plane's x₂ bottom-up
    lo, hi = (np.array([int(c[i:i + 2], 16) for i in (1, 3, 5)], dtype=float) for c in CLASS_COLORS[:2])
    white = np.full(3, 255.0)
    rgb = np.where(v[..., None] < 0, white + (lo - white) * -v[..., None], white + (hi - white) * v[..., None])
    return _data_uri(rgb.astype(np.uint8))


def network(maps: Sequence[np.ndarray], weights: Sequence[np.ndarray], column_titles: Sequence[str],
            input_names: Sequence[str], title: str = "") -> go.Figure:
    """TensorFlow-Playground-style diagram: each unit shows its map over the input square; links are
    coloured by the sign of their weight and drawn thicker the larger it is."""
    heights = [len(m) for m in maps]
    tallest = max(heights)
    ys = [(h - 1) / 2 - np.arange(h) for h in heights]  # first unit on top, as in a diagram
    fig = go.Figure()
    biggest = max((float(np.abs(w).max()) for w in weights if w.size), default=1.0) or 1.0
    segments = []  # (sign, strength bucket, x0, y0, y1) for every link
    for layer, w in enumerate(weights):
        j, i = np.nonzero(w != 0)
        bucket = np.minimum((np.abs(w[j, i]) / biggest * 4).astype(int), 3)
        segments.append(np.stack([np.sign(w[j, i]), bucket, np.full(len(j), layer),
                                  ys[layer][i], ys[layer + 1][j]], 1))
    links = np.concatenate(segments) if segments else np.zeros((0, 5))
    for sign, colour in ((1, CLASS_COLORS[1]), (-1, CLASS_COLORS[0])):
        for bucket in range(4):
            sel = links[(links[:, 0] == sign) & (links[:, 1] == bucket)]
            if len(sel):
                nan = np.full(len(sel), np.nan)
                xs_ = np.stack([sel[:, 2] + 0.3, sel[:, 2] + 0.7, nan], 1).ravel()
                ys_ = np.stack([sel[:, 3], sel[:, 4], nan], 1).ravel()
                fig.add_scatter(x=xs_, y=ys_, mode="lines", hoverinfo="skip", showlegend=False,
                                line=dict(color=colour, width=0.5 + 1.6 * bucket), opacity=0.35 + 0.15 * bucket)
    images = [dict(source=_to_png_uri(unit), x=layer, y=ys[layer][i], xref="x", yref="y", sizex=0.6, sizey=0.8,
                   xanchor="center", yanchor="middle", layer="above")
              for layer, units in enumerate(maps) for i, unit in enumerate(units)]
    names = [dict(x=-0.35, y=ys[0][i], text=name, showarrow=False, xanchor="right")
             for i, name in enumerate(input_names)]
    fig.update_layout(images=images, annotations=names)  # one update: adding them one by one takes seconds
    fig.update_layout(title=title, height=max(320, 46 * tallest + 120),
                      xaxis=dict(range=[-0.9, len(maps) - 0.5], showgrid=False, zeroline=False,
                                 tickvals=list(range(len(maps))), ticktext=list(column_titles)),
                      yaxis=dict(range=[-tallest / 2 - 0.2, tallest / 2 + 0.2], visible=False),
                      margin=dict(l=10, r=10, t=50, b=30))
    return fig


def composition(stages: Sequence[tuple[np.ndarray, np.ndarray]], labels: np.ndarray,
                stage_titles: Sequence[str], title: str = "") -> go.Figure:
    """One panel per stage: the input square's grid lines and the data points, as that layer maps them."""
    from plotly.subplots import make_subplots

    fig = make_subplots(rows=1, cols=len(stages), subplot_titles=list(stage_titles), horizontal_spacing=0.04)
    fig.update_annotations(font_size=11)
    labels = np.asarray(labels)
    for col, (lines, points) in enumerate(stages, start=1):
        xs_ = np.concatenate([np.r_[line[:, 0], np.nan] for line in lines])
        ys_ = np.concatenate([np.r_[line[:, 1], np.nan] for line in lines])
        fig.add_scatter(x=xs_, y=ys_, mode="lines", line=dict(color="#bbb", width=1), hoverinfo="skip",
                        showlegend=False, row=1, col=col)
        if labels.dtype.kind == "f":  # regression targets
            marker = dict(color=labels, colorscale="RdBu", cmid=0, size=5)
        else:
            marker = dict(color=[class_color(int(k)) for k in labels], size=5)
        fig.add_scatter(x=points[:, 0], y=points[:, 1], mode="markers", marker=marker, showlegend=False,
                        row=1, col=col)
        fig.update_xaxes(showticklabels=False, row=1, col=col)
        fig.update_yaxes(showticklabels=False, scaleanchor=f"x{col if col > 1 else ''}", row=1, col=col)
    fig.update_layout(title=title, height=360, margin=dict(t=90))
    return fig


def log_lines(series: Sequence[tuple[str, Sequence[float], Sequence[float], str]], title: str = "",
              x_title: str = "", y_title: str = "") -> go.Figure:
    """(name, x, y, style) lines on a log y axis; style is "markers", "lines" or "dash"."""
    fig = go.Figure()
    for i, (name, xs, ys, style) in enumerate(series):
        mode = "markers" if style == "markers" else "lines"
        fig.add_scatter(x=list(xs), y=list(ys), name=name, mode=mode,
                        line=dict(color=class_color(i), dash="dash" if style == "dash" else "solid"),
                        marker=dict(color=class_color(i), size=9))
    fig.update_layout(title=title, xaxis_title=x_title, yaxis_title=y_title)
    fig.update_yaxes(type="log")
    return fig


def xor_tree(levels: Sequence[Sequence[tuple[str, int]]], title: str = "") -> go.Figure:
    """Levels of (label, value) nodes, inputs at the bottom; node i of level k+1 reads nodes 2i, 2i+1 of level k."""
    fig = go.Figure()
    width = len(levels[0])
    pos = []
    for k, level in enumerate(levels):
        xs = np.linspace(0, width - 1, len(level)) if len(level) > 1 else np.array([(width - 1) / 2])
        pos.append([(float(x), float(k)) for x in xs])
    ex, ey = [], []
    for k in range(1, len(levels)):
        for i in range(len(levels[k])):
            for j in (2 * i, 2 * i + 1):
                if j < len(levels[k - 1]):
                    ex += [pos[k - 1][j][0], pos[k][i][0], None]
                    ey += [pos[k - 1][j][1], pos[k][i][1], None]
    fig.add_scatter(x=ex, y=ey, mode="lines", line=dict(color="#bbb"), hoverinfo="skip", showlegend=False)
    for value in (0, 1):
        pts = [(p, lab) for lev, ps in zip(levels, pos, strict=True) for (lab, v), p in zip(lev, ps, strict=True)
               if v == value]
        if pts:
            fig.add_scatter(x=[p[0] for p, _ in pts], y=[p[1] for p, _ in pts], mode="markers+text",
                            text=[lab for _, lab in pts], textposition="middle center", name=str(value),
                            marker=dict(size=34, color=class_color(value), line=dict(color="#333", width=1)),
                            textfont=dict(color="white", size=12))
    fig.update_layout(title=title, height=120 + 80 * len(levels), xaxis=dict(visible=False),
                      yaxis=dict(visible=False, range=[-0.6, len(levels) - 0.4]))
    return fig


def band_lines(groups: Sequence[tuple[str, Sequence[float], Sequence[float], Sequence[float], Sequence[float]]],
               title: str = "", x_title: str = "", y_title: str = "", log_x: bool = True) -> go.Figure:
    """(name, x, mean, low, high): a line per group with its low–high band shaded."""
    fig = go.Figure()
    for i, (name, xs, mean, low, high) in enumerate(groups):
        colour = class_color(i)
        r, g, b = (int(colour[j:j + 2], 16) for j in (1, 3, 5))
        fig.add_scatter(x=list(xs) + list(xs)[::-1], y=list(high) + list(low)[::-1], fill="toself", mode="lines",
                        fillcolor=f"rgba({r},{g},{b},0.15)", line=dict(width=0), hoverinfo="skip", showlegend=False)
        fig.add_scatter(x=list(xs), y=list(mean), name=name, mode="lines+markers", line=dict(color=colour))
    fig.update_layout(title=title, xaxis_title=x_title, yaxis_title=y_title)
    if log_x:
        fig.update_xaxes(type="log")
    return fig


def learning_curves(stored: Sequence[dict], live: Sequence[dict], models: Sequence[str], names: dict[str, str],
                    title: str = "", x_title: str = "", y_title: str = "", train_name: str = "train",
                    live_name: str = "live") -> go.Figure:
    """Per model: stored test accuracy (line, min–max band), training accuracy (dashed), live runs (diamonds)."""
    fig = go.Figure()
    for i, model in enumerate(models):
        colour = class_color(i)
        rows = [r for r in stored if r["model"] == model]
        if rows:
            xs = [r["size"] for r in rows]
            r_, g_, b_ = (int(colour[j:j + 2], 16) for j in (1, 3, 5))
            fig.add_scatter(x=xs + xs[::-1], y=[r["high"] for r in rows] + [r["low"] for r in rows][::-1],
                            fill="toself", mode="lines", line=dict(width=0), fillcolor=f"rgba({r_},{g_},{b_},0.15)",
                            hoverinfo="skip", showlegend=False, legendgroup=model)
            fig.add_scatter(x=xs, y=[r["test"] for r in rows], name=names[model], mode="lines+markers",
                            line=dict(color=colour), legendgroup=model)
            fig.add_scatter(x=xs, y=[r["train"] for r in rows], name=f"{names[model]} · {train_name}",
                            mode="lines", line=dict(color=colour, dash="dash", width=1), legendgroup=model,
                            showlegend=False)
        points = [r for r in live if r["model"] == model]
        if points:
            fig.add_scatter(x=[r["size"] for r in points], y=[r["test"] for r in points], mode="markers",
                            name=f"{names[model]} · {live_name}", legendgroup=model, showlegend=False,
                            marker=dict(symbol="diamond", size=10, color=colour, line=dict(color="#000", width=1)))
    fig.update_layout(title=title, xaxis_title=x_title, yaxis_title=y_title, height=520)
    fig.update_xaxes(type="log")
    return fig


MAX_DRAWN_SIDE = 800


def drawn_copy(image: np.ndarray, max_side: int = MAX_DRAWN_SIDE) -> np.ndarray:
    """A grey [0, 1] image shrunk (area-averaged) so its longer side is at most `max_side` pixels."""
    step = max(image.shape[:2]) / max_side
    if step <= 1.0:
        return image
    size = (max(1, round(image.shape[1] / step)), max(1, round(image.shape[0] / step)))
    return np.asarray(Image.fromarray(np.asarray(image, np.float32), "F").resize(size, Image.Resampling.BOX), np.float32)


def detections(image: np.ndarray, sets: Sequence[tuple[str, np.ndarray, np.ndarray | None, str]],
               title: str = "") -> go.Figure:
    """A grey image with boxes drawn over it: per set (name, (k, 4) x-y-w-h boxes, scores or None, colour).

    The image is drawn as a PNG of at most MAX_DRAWN_SIDE pixels a side, placed in the original's pixel
    coordinates, so a 6,300² photo costs the browser what an 800² one does (a matrix of its floats would be
    hundreds of megabytes)."""
    small = drawn_copy(image)
    dx, dy = image.shape[1] / small.shape[1], image.shape[0] / small.shape[0]  # original pixels per drawn one
    # a photo: JPEG at quality 90 encodes ~4x faster than PNG (python -m bench --only figures) and looks the same
    fig = go.Figure(go.Image(source=_data_uri(np.round(np.clip(small, 0, 1) * 255).astype(np.uint8), "JPEG", quality=90),
                             x0=(dx - 1) / 2, dx=dx, y0=(dy - 1) / 2, dy=dy, hoverinfo="skip"),
                    layout=dict(xaxis=dict(range=[-0.5, image.shape[1] - 0.5], constrain="domain"),
                                yaxis=dict(range=[image.shape[0] - 0.5, -0.5], scaleanchor="x", constrain="domain")))
    for name, boxes, scores, colour in sets:
        xs, ys, texts = [], [], []
        for i, (x, y, w, h) in enumerate(np.asarray(boxes, float).reshape(-1, 4)):
            xs += [x, x + w, x + w, x, x, None]
            ys += [y, y, y + h, y + h, y, None]
            texts.append(f"{scores[i]:.2f}" if scores is not None else "")
        fig.add_scatter(x=xs, y=ys, mode="lines", name=name, line=dict(color=colour, width=3), hoverinfo="skip")
        if scores is not None and len(boxes):
            b = np.asarray(boxes, float).reshape(-1, 4)
            fig.add_scatter(x=b[:, 0], y=b[:, 1] - 4, mode="text", text=texts, textposition="top right",
                            textfont=dict(color=colour, size=12), showlegend=False, hoverinfo="skip")
    fig.update_layout(title=title, coloraxis_showscale=False, height=560)
    fig.update_xaxes(showticklabels=False, showgrid=False).update_yaxes(showticklabels=False, showgrid=False)
    return fig


def precision_recall(curve: Sequence[dict], points: Sequence[tuple[str, float, float]], title: str = "",
                     curve_name: str = "CNN", x_title: str = "recall", y_title: str = "precision") -> go.Figure:
    """A precision–recall curve (one row per threshold) and single operating points (name, recall, precision)."""
    fig = go.Figure(go.Scatter(x=[r["recall"] for r in curve], y=[r["precision"] for r in curve], mode="lines+markers",
                               name=curve_name, line=dict(color=CLASS_COLORS[1]),
                               text=[f"threshold {r['threshold']:.2f}" for r in curve]))
    for i, (name, recall, precision) in enumerate(points):
        fig.add_scatter(x=[recall], y=[precision], mode="markers", name=name,
                        marker=dict(size=13, symbol=("star", "diamond", "circle")[i % 3], color=CLASS_COLORS[(0, 5, 2)[i % 3]]))
    fig.update_layout(title=title, xaxis_title=x_title, yaxis_title=y_title)
    fig.update_xaxes(range=[0, 1.02]).update_yaxes(range=[0, 1.02])
    return fig


def score_map(values: np.ndarray, title: str = "") -> go.Figure:
    """P(face) for every window position at one scale, 0 white to 1 dark."""
    fig = px.imshow(values, color_continuous_scale="Oranges", zmin=0, zmax=1, aspect="equal")
    fig.update_traces(hovertemplate="P = %{z:.2f}<extra></extra>")
    fig.update_layout(title=title, height=380, coloraxis_colorbar=dict(title="P"))
    fig.update_xaxes(showticklabels=False).update_yaxes(showticklabels=False)
    return fig


def unrolled(length: int, cell: str = "RNN", shown: int = 8, title: str = "") -> go.Figure:
    """The recurrence unrolled in time: x_t → [cell] → y_t, with h_{t−1} → h_t arrows (at most `shown` steps)."""
    steps = list(range(1, min(length, shown) + 1))
    labels = [f"{t}" for t in steps] if length <= shown else [*map(str, steps[:-2]), "…", str(length)]
    shapes, notes = [], []  # collected, then given to the figure at once (add_annotation revalidates them all)
    arrow = dict(axref="x", ayref="y", text="", arrowhead=2)
    for i, label in enumerate(labels):
        x = i * 1.6
        if label == "…":
            notes.append(dict(x=x, y=1, text="…", showarrow=False, font=dict(size=22)))
            continue
        shapes.append(dict(type="rect", x0=x - 0.45, x1=x + 0.45, y0=0.6, y1=1.4, line=dict(color=CLASS_COLORS[0]),
                           fillcolor="rgba(0,114,178,0.12)"))
        notes += [dict(x=x, y=1, text=f"{cell}<br>h<sub>{label}</sub>", showarrow=False),
                  dict(x=x, y=0.6, ax=x, ay=-0.1, **arrow),
                  dict(x=x, y=-0.3, text=f"x<sub>{label}</sub>", showarrow=False),
                  dict(x=x, y=2.1, ax=x, ay=1.4, **arrow),
                  dict(x=x, y=2.35, text=f"y<sub>{label}</sub>", showarrow=False)]
        if i:
            notes.append(dict(x=x - 0.45, y=1, ax=x - 1.15, ay=1, arrowcolor=CLASS_COLORS[5], **arrow))
    return go.Figure(layout=dict(
        title=title, height=230, margin=dict(l=10, r=10, t=40, b=10), shapes=shapes, annotations=notes,
        xaxis=dict(visible=False, range=[-0.8, max(1, len(labels) - 1) * 1.6 + 0.8]),
        yaxis=dict(visible=False, range=[-0.6, 2.6])))


def heatmap(values: np.ndarray, title: str = "", x_title: str = "", y_title: str = "", diverging: bool = True,
            origin: str = "upper", x_scale: float | None = None) -> go.Figure:
    """A matrix as colours: red–blue around 0 when `diverging`, else light-to-dark (Viridis with origin="lower",
    as for spectrograms); `x_scale` turns column numbers into units such as seconds."""
    values = np.asarray(values)
    bound = float(np.abs(values).max()) or 1.0
    scale = "RdBu_r" if diverging else ("Viridis" if origin == "lower" else "Blues")
    x = np.arange(values.shape[1]) * x_scale if x_scale else None
    fig = px.imshow(values, x=x, color_continuous_scale=scale, aspect="auto", origin=origin,
                    zmin=-bound if diverging else None, zmax=bound if diverging else None)
    fig.update_traces(hovertemplate="%{x}, %{y}: %{z:.3g}<extra></extra>")
    fig.update_layout(title=title, xaxis_title=x_title, yaxis_title=y_title, height=360)
    return fig


def attention(alpha: np.ndarray, source: Sequence[str], target: Sequence[str], title: str = "") -> go.Figure:
    """Attention weights: one row per written token, one column per source token, each row summing to 1."""
    show = lambda tokens: [f"{i}:{'␣' if tok == ' ' else html.escape(tok)}" for i, tok in enumerate(tokens)]  # noqa: E731
    # escaped: plotly reads tick text as HTML, so a token such as <eos> would vanish
    fig = px.imshow(np.asarray(alpha), x=show(source), y=show(target), color_continuous_scale="Blues", zmin=0, zmax=1,
                    aspect="auto")
    fig.update_traces(hovertemplate="%{y} → %{x}: α = %{z:.2f}<extra></extra>")
    fig.update_layout(title=title, height=max(300, 22 * len(target) + 120), coloraxis_colorbar=dict(title="α"))
    fig.update_xaxes(side="top", type="category", tickangle=0).update_yaxes(type="category")
    return fig


def gan_plane(xs: np.ndarray, probs: np.ndarray, real: np.ndarray, fake: np.ndarray, origins: np.ndarray,
              arrows: np.ndarray, lines: Sequence[np.ndarray], names: tuple[str, str, str] = ("real", "generated", "G(z) grid"),
              title: str = "", scale: float = 0.15) -> go.Figure:
    """D(x) as the background (dark: D says real), real and generated points, the generator's pull on its
    samples as arrows, and the noise grid as G warps it."""
    fig = go.Figure(go.Heatmap(x=xs, y=xs, z=probs, zmin=0, zmax=1, colorscale="Greys", showscale=True,
                               colorbar=dict(title="D(x)", len=0.6), hoverinfo="skip"))
    if len(lines):  # one trace, the lines apart at NaN gaps: one trace per line cost ~6x more to build
        grid = np.concatenate([np.vstack([np.asarray(line, float), [[np.nan, np.nan]]]) for line in lines])
        fig.add_scatter(x=grid[:, 0], y=grid[:, 1], mode="lines", line=dict(color="rgba(0,158,115,0.45)", width=1),
                        name=names[2], hoverinfo="skip")
    fig.add_scatter(x=real[:, 0], y=real[:, 1], mode="markers", name=names[0],
                    marker=dict(color=CLASS_COLORS[0], size=4, opacity=0.6))
    fig.add_scatter(x=fake[:, 0], y=fake[:, 1], mode="markers", name=names[1],
                    marker=dict(color=CLASS_COLORS[1], size=5, opacity=0.8))
    norm = np.linalg.norm(arrows, axis=1, keepdims=True)
    tips = origins + scale * arrows / np.maximum(norm.max(), 1e-9)
    segments = np.stack([origins, tips, np.full_like(tips, np.nan)], 1).reshape(-1, 2)  # start, tip, gap
    fig.add_scatter(x=segments[:, 0], y=segments[:, 1], mode="lines", line=dict(color=CLASS_COLORS[5], width=1), showlegend=False,
                    hoverinfo="skip")
    lim = float(xs[-1])
    fig.update_xaxes(range=[-lim, lim], constrain="domain").update_yaxes(range=[-lim, lim], scaleanchor="x")
    fig.update_layout(title=title, height=560)
    return fig


def bars(names: Sequence[str], values: Sequence[float], title: str = "", y_title: str = "", log: bool = False,
         text: Sequence[str] | None = None) -> go.Figure:
    """One bar per name, one colour per bar, each labelled with its value (or `text`)."""
    values = list(values)
    fig = go.Figure(go.Bar(x=list(names), y=values, marker_color=[class_color(i) for i in range(len(values))],
                           text=list(text) if text is not None else [f"{v:,.4g}" for v in values],
                           textposition="outside", cliponaxis=False))
    fig.update_layout(title=title, yaxis_title=y_title, showlegend=False)
    if log:
        fig.update_yaxes(type="log")
    return fig
