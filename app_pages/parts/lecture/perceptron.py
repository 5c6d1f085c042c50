"""Step 2: pick a misclassified point, see the boundary before and after one update."""
import numpy as np
import streamlit as st

from core import plots
from core.lecture import perceptron as step
from core.ui import plot, state, t


def inputs() -> dict:
    x, labels = step.points()
    wrong = step.misclassified()
    code = t("lecture.perceptron.point")
    names = {i: code.format(i=i, x1=f"{x[i, 0]:.2f}", x2=f"{x[i, 1]:.2f}", c=int(labels[i])) for i in wrong}
    left, right = st.columns([2, 3])
    chosen = left.selectbox(t("lecture.perceptron.pick"), wrong, format_func=names.get,
                            **state("lecture:pc_point", tuple(wrong), name="point"))
    with right:
        plot(plots.perceptron_view(x, labels, step.W_START, highlight=chosen, names=_names(),
                                   title=t("lecture.perceptron.start")))
    return {"point": chosen}


def _names() -> tuple[str, str, str, str]:
    return (t("pc.boundary"), t("pc.previous"), t("pc.weights"), t("pc.caused"))


def draw(result: dict) -> None:
    plot(plots.perceptron_view(np.array(result["x"]), np.array(result["labels"]), np.array(result["w_new"]),
                               np.array(result["w_old"]), highlight=result["point"], names=_names(),
                               title=t("lecture.perceptron.after")))
