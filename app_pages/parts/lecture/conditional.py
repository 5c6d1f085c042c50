"""Step 11: generated digits per condition and how often they read as asked, a pix2pix triptych, a latent edit."""
import streamlit as st

from core import plots
from core.data.images import unpack_grey
from core.ui import plot, t


def draw(result: dict) -> None:
    left, right = st.columns([3, 2])
    with left:
        plot(plots.image_grid(unpack_grey(result["grid"]), cols=10, cell=48, title=t("lecture.conditional.grid")))
    with right:
        fig = plots.bars([str(d) for d in range(10)], result["per_digit"], title=t("lecture.conditional.shares"),
                         text=[f"{p:.0%}" for p in result["per_digit"]])
        fig.update_xaxes(title=t("lecture.conditional.digit"), type="category")
        plot(fig.update_yaxes(tickformat=".0%", range=[0, 1.08]))
    left, right = st.columns(2)
    with left:
        plot(plots.image_grid(unpack_grey(result["triptych"]), cols=8, cell=48,
                              title=t("lecture.conditional.triptych")))
    with right:
        plot(plots.image_grid(unpack_grey(result["edit_strip"]), cols=10, cell=48,
                              title=t("lecture.conditional.strip", edit=f"{result['edit']:g}")))
