"""The GAN page's third part: image-to-image translation as editing — pix2pix completes digits with a hidden square.

UI only, split off app_pages/gan.py to keep each file short; the computing is in core.families.pix2pix.
"""
import streamlit as st

from core import plots
from core.data import images
from core.families import pix2pix as pp
from core.runtime.jobs import Job, Snapshot
from app_pages.parts import lab as lab_ui
from core.ui import plot, state, t

KEY = "p2p"


@st.cache_resource(show_spinner=False)
def _digits() -> images.ImageSet:
    return images.load("offline")[0]


@st.cache_data(show_spinner=False)
def _patch() -> tuple[int, int]:
    """(output grid side, receptive field side) of the PatchGAN, measured by a gradient probe."""
    return pp.receptive_field(pp.PatchGAN().net)


def show() -> None:
    st.header(t("gan.p2p_title"))
    grid, field = _patch()
    st.markdown(t("gan.p2p_idea", hole=pp.HOLE, grid=grid, field=field))
    epochs = st.slider(t("mlp.epochs"), 1, 30, pp.Pix2PixConfig.epochs, **state(f"{KEY}:ep", range(1, 31), "p2p_ep"))
    x, mask = pp.held_out(_digits(), 10)

    def make_job() -> Job:
        config = pp.Pix2PixConfig(epochs=epochs)
        return lab_ui.job("pix2pix", pp.make_trainer(config, _digits()), config, {"dataset": "offline"})

    def draw(snap: Snapshot) -> None:
        plot(plots.image_grid(pp.triptych(snap.model, x, mask), cols=10, cell=52, title=t("gan.p2p_grid", step=snap.step)))
        if snap.history:
            last = snap.history[-1]
            st.caption(t("gan.p2p_l1", epoch=snap.epoch, out=f"{last['test_l1_output']:.3f}",
                         inp=f"{last['test_l1_input']:.3f}"))

    lab_ui.section(KEY, "pix2pix", make_job, draw, incoming=lab_ui.take("pix2pix"), data=_digits(), every=1.0)
