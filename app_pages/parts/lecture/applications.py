"""Step 12: a held-out digit to search for; its neighbours by CNN features and by pixels; precision per digit."""
import numpy as np
import streamlit as st

from core import plots
from core.data.images import unpack_grey
from core.lecture import applications as step
from core.ui import plot, state, t

OFFERED = range(1000)  # the offline set's held-out digits


def inputs() -> dict:
    query = st.number_input(t("lecture.applications.pick"), 0, len(OFFERED) - 1, step.EXAMPLE,
                            help=t("lecture.applications.pick_help"),
                            **state("lecture:applications_query", OFFERED, name="query"))
    return {"query": int(query)}


def draw(result: dict) -> None:
    left, right = st.columns([3, 2])
    with left:
        query = unpack_grey([result["query_image"]])
        for space in step.SPACES:
            found = unpack_grey(result[f"found_images_{space}"])
            titles = [t("lecture.applications.query", label=result["query_label"]),
                      *map(str, result[f"found_labels_{space}"])]
            plot(plots.image_grid(np.concatenate([query, found]), titles=titles, cols=1 + result["k"], cell=64,
                                  title=t("lecture.applications.neighbours", k=result["k"],
                                          space=t(f"lecture.applications.by_{space}"))))
    with right:
        counts = np.array(result["digit_count"] + [result["queries"]])
        series = []
        for space in step.SPACES:
            p = np.array(result[f"per_digit_{space}"] + [result[f"p_{space}"]])
            se = 2 * np.sqrt(p * (1 - p) / (counts * result["k"]))
            series.append((t(f"lecture.applications.by_{space}"), p, np.clip(p - se, 0, 1), np.clip(p + se, 0, 1)))
        plot(plots.grouped_bars([*map(str, range(10)), t("lecture.applications.all")], series,
                                title=t("lecture.applications.bars"), y_range=(0, 1.05), labels=False))
