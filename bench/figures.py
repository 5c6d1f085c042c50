"""What a rerun pays to draw: our figure builders against the plain plotly way of drawing the same picture,
side by side in one run, each timed as `st.plotly_chart` uses it (build, `to_dict()`, `to_json`).

With thirty visitors on two cores (`python -m bench --only class`), building figures was the largest part
of the pages' reruns: plotly validates every property it is given, once per axis pair, annotation or trace.
The references are what core/plots did before: one facet (an axis pair) per image for a grid of images, one
`add_annotation` call per label, plotly express's PNG for a photo. Printed:

    figures: image grid A ms (facets B ms, R× faster), unrolled RNN C ms (...), photo with boxes D ms (...)
"""
from __future__ import annotations

import statistics
import time
from typing import Callable

import numpy as np
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

from bench.common import in_thread
from core import plots


def _facets(images: np.ndarray, titles: list[str], cols: int) -> go.Figure:
    """The reference grid: plotly express, one facet per image, titles rewritten into its annotations."""
    fig = px.imshow(images, facet_col=0, facet_col_wrap=cols, color_continuous_scale="gray", facet_col_spacing=0.01,
                    facet_row_spacing=0.1)
    for ann in fig.layout.annotations:
        ann.text = titles[int(ann.text.rsplit("=", 1)[-1])]
    fig.update_xaxes(visible=False).update_yaxes(visible=False)
    return fig.update_layout(coloraxis_showscale=False, height=400)


def _annotated(length: int) -> go.Figure:
    """The reference diagram: the same boxes and labels as plots.unrolled, added one call at a time."""
    fig = go.Figure()
    for i in range(length):
        x = i * 1.6
        fig.add_shape(type="rect", x0=x - 0.45, x1=x + 0.45, y0=0.6, y1=1.4)
        fig.add_annotation(x=x, y=1, text=f"RNN<br>h<sub>{i}</sub>", showarrow=False)
        fig.add_annotation(x=x, y=0.6, ax=x, ay=-0.1, axref="x", ayref="y", text="", arrowhead=2)
        fig.add_annotation(x=x, y=-0.3, text=f"x<sub>{i}</sub>", showarrow=False)
        fig.add_annotation(x=x, y=2.1, ax=x, ay=1.4, axref="x", ayref="y", text="", arrowhead=2)
        fig.add_annotation(x=x, y=2.35, text=f"y<sub>{i}</sub>", showarrow=False)
        if i:
            fig.add_annotation(x=x - 0.45, y=1, ax=x - 1.15, ay=1, axref="x", ayref="y", text="", arrowhead=2)
    return fig


def _px_photo(grey: np.ndarray, boxes: np.ndarray) -> go.Figure:
    """The reference photo: plotly express's PNG of the image, the boxes as one line trace."""
    fig = px.imshow(np.round(grey * 255).astype(np.uint8), binary_string=True)
    x, y, w, h = boxes.T
    nan = np.full_like(x, np.nan)
    fig.add_scatter(x=np.stack([x, x + w, x + w, x, x, nan], 1).ravel(),
                    y=np.stack([y, y, y + h, y + h, y, nan], 1).ravel(), mode="lines")
    return fig


def _ms(build: Callable[[], go.Figure], repeats: int) -> float:
    """Median milliseconds of build + to_dict + to_json (what st.plotly_chart does with a figure)."""
    def once() -> float:
        start = time.perf_counter()
        pio.to_json(build().to_dict(), validate=False)
        return (time.perf_counter() - start) * 1000

    once()  # the first call imports and fills plotly's validator caches
    return statistics.median(once() for _ in range(repeats))


def measure(repeats: int = 15) -> dict[str, tuple[float, float]]:
    """{picture: (ours ms, reference ms)}, each the median of `repeats`, in a worker thread as in the app."""
    from skimage import data

    rng = np.random.default_rng(0)
    digits = rng.random((16, 28, 28)).astype(np.float32)
    titles = [f"{p:.0%}" for p in rng.random(16)]
    photo = data.camera().astype(np.float32) / 255  # 512 × 512 grey
    boxes = np.array([[100.0, 80, 120, 120], [300, 260, 90, 90]])
    cases = {
        "image grid": (lambda: plots.image_grid(digits, titles, cols=8), lambda: _facets(digits, titles, 8)),
        "unrolled RNN": (lambda: plots.unrolled(8, shown=8), lambda: _annotated(8)),
        "photo with boxes": (lambda: plots.detections(photo, [("CNN", boxes, np.array([0.9, 0.8]), "#d55e00")]),
                             lambda: _px_photo(photo, boxes)),
    }
    return in_thread(lambda: {name: (_ms(ours, repeats), _ms(ref, repeats)) for name, (ours, ref) in cases.items()})


def main() -> None:
    rows = measure()
    names = {"image grid": "facets", "unrolled RNN": "one add_annotation each", "photo with boxes": "plotly express PNG"}
    print("figures: " + ", ".join(f"{name} {ours:.1f} ms ({names[name]} {ref:.1f} ms, {ref / ours:.1f}× faster)"
                                  for name, (ours, ref) in rows.items()), flush=True)
