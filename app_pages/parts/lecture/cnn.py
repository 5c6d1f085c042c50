"""Step 8: accuracy against shift (the pretrained CNN live, the stored CNN and MLP), the stored scrambled bars."""
import streamlit as st

from core import plots
from core.ui import plot, t


def draw(result: dict) -> None:
    s, xs = result["stored"], result["shifts"]
    acc = result["acc"]
    curves = [(t("lecture.cnn.pretrained"), xs, acc, acc, acc),
              *((t(f"lecture.cnn.stored_{m}"), xs, *s["shift"][m]) for m in ("cnn", "mlp"))]
    names = [t(f"cnn.model.{m}", params=f"{s['params'][m]:,}") for m in ("cnn", "mlp")]
    series = [(t(f"cnn.pixels.{p}"), *zip(*(s["acc"][f"{m}/{p}"] for m in ("cnn", "mlp"))))
              for p in ("original", "scrambled")]
    left, right = st.columns(2)
    with left:
        plot(plots.band_lines(curves, title=t("cnn.shift_chart"), x_title=t("cnn.shift_px"),
                              y_title=t("ds.acc"), log_x=False))
    with right:
        plot(plots.grouped_bars(names, series, title=t("lecture.cnn.bars", seeds=s["seeds"]),
                                y_title=t("ds.acc"), y_range=(0, 1.08)))
