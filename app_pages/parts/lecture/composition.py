"""Step 3: the dataset and depth to choose; a straight line's accuracy on each layer's view, and the views."""
import numpy as np
import streamlit as st

from core import playground as pg
from core import plots
from core.lecture import composition
from core.ui import labels, plot, state, t


def inputs() -> dict:
    defaults, left, right = composition.STEP.defaults, *st.columns(2)
    dataset = left.selectbox(t("mlp.dataset"), composition.DATASETS, format_func=labels("data."),
                             index=composition.DATASETS.index(defaults["dataset"]),
                             **state("lecture:composition_dataset", composition.DATASETS, name="dataset"))
    depth = right.select_slider(t("lecture.composition.depth"), composition.DEPTHS, value=defaults["depth"],
                                **state("lecture:composition_depth", composition.DEPTHS, name="depth"))
    return {"dataset": dataset, "depth": depth}


def _stage_names(depth: int) -> list[str]:
    maps = depth + 1  # the lecture numbers the maps from the output: the first hidden layer is f_L
    return [t("pg.stage_input"), *(t("lecture.composition.layer", i=i, f=pg.map_name(maps - i))
                                   for i in range(1, depth + 1))]


def draw(result: dict) -> None:
    names = _stage_names(result["depth"])
    plot(plots.bars(names, result["accuracy"], title=t("lecture.composition.chart"), y_title=t("plot.accuracy"),
                    text=[f"{a:.1%}" for a in result["accuracy"]]))
    stages = [(np.array(s["lines"]), np.array(s["points"])) for s in result["stages"]]
    plot(plots.composition(stages, np.array(result["labels"]), names, title=t("pg.composition_title")))
    st.caption(t("pg.composition_note"))
