"""Step 6: the four parity circuits' gate counts, and n to choose."""
import streamlit as st

from core import plots
from core.lecture import hastad
from core.ui import plot, state, t

NAMES = ("dnf", "depth3", "tree", "threshold")


def inputs() -> dict:
    return {"n": st.select_slider(t("depth.bits"), hastad.NS, value=12, **state("lecture:hastad_n", hastad.NS,
                                                                               name="n"))}


def draw(result: dict) -> None:
    rows = result["rows"]
    names = [t(f"lecture.hastad.name.{k}") for k in NAMES]
    plot(plots.bars(names, [rows[k]["gates"] for k in NAMES], title=t("lecture.hastad.chart", n=result["n"]),
                    y_title=t("depth.gates"), log=True))
