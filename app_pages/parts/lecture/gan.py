"""Step 10: real and generated points after the short training, D(x) behind them; modes covered per epoch."""
import numpy as np
import streamlit as st

from core import plots
from core.lecture import gan
from core.ui import plot, t


def draw(result: dict) -> None:
    left, right = st.columns([3, 2])
    with left:
        arr = {k: np.array(result[k]) for k in ("map_x", "map_p", "real", "fake", "pulled", "arrows")}
        plot(plots.gan_plane(arr["map_x"], arr["map_p"], arr["real"], arr["fake"], arr["pulled"], arr["arrows"], [],
                             names=(t("gan.real"), t("gan.fake"), t("gan.manifold")),
                             title=t("lecture.gan.plane", steps=f"{result['steps']:,}")))
    with right:
        steps = [gan.config(0).steps_per_epoch * e for e in result["epochs"]]
        plot(plots.curves([(t("lecture.gan.modes_axis"), steps, result["modes"])], title=t("lecture.gan.modes_chart"),
                          x_title=t("plot.step"), y_title="").update_yaxes(range=[-0.3, result["total"] + 0.5]))
