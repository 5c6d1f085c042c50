"""Step 4: pick a held-out test scene; see its true boxes and the detector's."""
import numpy as np
import streamlit as st

from core import plots
from core.lecture import faces as step
from core.ui import plot, state, t


def inputs() -> dict:
    names = {i: t("lecture.faces.scene", i=i, k=len(step.scenes()[i].boxes)) for i in step.SCENES}
    chosen = st.selectbox(t("lecture.faces.pick"), step.SCENES, format_func=names.get,
                          **state("lecture:faces_scene", step.SCENES, name="scene"))
    return {"scene": chosen}


def draw(result: dict) -> None:
    image = step.scenes()[result["scene"]].image
    found = result["detections"]
    sets = [(t("lecture.faces.truth"), np.array(result["truth"]), None, plots.CLASS_COLORS[0]),
            (t("faces.cnn"), np.array([d["box"] for d in found]), np.array([d["score"] for d in found]),
             plots.CLASS_COLORS[1])]
    fig = plots.detections(image, sets, title=t("lecture.faces.chart", i=result["scene"]))
    plot(fig.update_layout(height=480, legend=dict(orientation="h", y=-0.02)))
