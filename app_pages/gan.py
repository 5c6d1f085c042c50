"""Generative adversarial networks in 2D: min_G max_D V(D, G), trained live, every quantity on screen."""
from dataclasses import replace

import numpy as np
import streamlit as st

from app_pages.parts import gan_images, gan_pix2pix, lab as lab_ui, challenges as challenges_part
from core import plots, ui
from core.families import gan2d
from core.i18n import describe_error
from core.runtime.jobs import Job, Snapshot
from core.ui import labels, lang, plot, state, t

KEY = "gan"
WIDTHS, OPTIMIZERS = (8, 16, 32, 64, 128), ("adam", "momentum", "sgd")
RATES = (5e-5, 1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 3e-3, 1e-2, 3e-2)
st.title(t("page.gan.title"))
idea = st.empty()  # filled once the sidebar says which loss G follows

incoming = lab_ui.take("gan2d")  # a stored run to show: select its target distribution
if incoming is not None:
    st.session_state[f"{KEY}:target"] = incoming.config.target
base = gan2d.GANConfig()
with st.sidebar:
    preset = st.segmented_control(t("gan.preset"), list(gan2d.PRESETS), default="default", **state(f"{KEY}:preset", tuple(gan2d.PRESETS)),
                                  format_func=labels("gan.preset.")) or "default"
    start = replace(base, **gan2d.PRESETS[preset])
    target = st.selectbox(t("gan.target"), gan2d.TARGETS, format_func=labels("gan.target."), **state(f"{KEY}:target", gan2d.TARGETS))
    noise_dim = st.segmented_control(t("gan.noise_dim"), (1, 2), default=start.noise_dim, **state(f"{KEY}:zd:{preset}", (1, 2))) or 2
    noise = st.segmented_control(t("gan.noise"), ("gaussian", "uniform"), default="gaussian", **state(f"{KEY}:noise", ("gaussian", "uniform")),
                                 format_func=labels("gan.noise.")) or "gaussian"
    loss = st.selectbox(t("gan.loss"), gan2d.LOSSES, index=gan2d.LOSSES.index(start.loss), format_func=labels("gan.loss."),
                        **state(f"{KEY}:loss:{preset}", gan2d.LOSSES), help=t("gan.loss_help"))
    g_layers, g_width = (st.slider(t("gan.g_layers"), 0, 4, start.g_layers, **state(f"{KEY}:gl:{preset}", range(5))),
                         st.select_slider(t("gan.g_width"), WIDTHS, start.g_width, **state(f"{KEY}:gw:{preset}", WIDTHS)))
    d_layers, d_width = (st.slider(t("gan.d_layers"), 0, 4, start.d_layers, **state(f"{KEY}:dl:{preset}", range(5))),
                         st.select_slider(t("gan.d_width"), WIDTHS, start.d_width, **state(f"{KEY}:dw:{preset}", WIDTHS)))
    g_opt = st.selectbox(t("gan.g_opt"), OPTIMIZERS, **state(f"{KEY}:gopt", OPTIMIZERS), format_func=labels("gan.opt."))
    d_opt = st.selectbox(t("gan.d_opt"), OPTIMIZERS, **state(f"{KEY}:dopt", OPTIMIZERS), format_func=labels("gan.opt."))
    g_lr = st.select_slider(t("gan.g_lr"), RATES, start.g_lr, **state(f"{KEY}:glr:{preset}", RATES))
    d_lr = st.select_slider(t("gan.d_lr"), RATES, start.d_lr, **state(f"{KEY}:dlr:{preset}", RATES))
    d_steps = st.slider(t("gan.d_steps"), 1, 5, start.d_steps, **state(f"{KEY}:ds:{preset}", range(1, 6)), help=t("gan.live_help"))
    epochs = st.slider(t("gan.epochs"), 5, 300, start.epochs, 5, **state(f"{KEY}:ep", range(5, 301, 5)), help=t("gan.epochs_help"))
config = replace(start, target=target, noise_dim=noise_dim, noise=noise, loss=loss, g_layers=g_layers, g_width=g_width,
                 g_optimizer=g_opt, d_optimizer=d_opt,
                 d_layers=d_layers, d_width=d_width, g_lr=g_lr, d_lr=d_lr, d_steps=d_steps, epochs=epochs)


ui.idea("gan.idea", into=idea, rule=t(f"gan.idea.{config.loss}"))


def make_job() -> Job:
    return lab_ui.job("gan2d", gan2d.make_trainer(config), config, {"dataset": config.target})


def picture(nets, cfg: gan2d.GANConfig, title: str) -> None:
    plot(gan2d.plane_figure(nets, cfg, (t("gan.real"), t("gan.fake"), t("gan.manifold")), title))


def draw(snap: Snapshot) -> None:
    cfg = snap.config
    left, right = st.columns([3, 2])
    with left:
        picture(snap.model, cfg, t("gan.plane", step=snap.step))
    with right:
        h = snap.history
        if h:
            ep = [r["epoch"] for r in h]
            plot(plots.curves([(t("gan.d_loss"), ep, [r["train_d_loss"] for r in h]),
                               (t("gan.g_loss"), ep, [r["train_g_loss"] for r in h])],
                              title=t("gan.loss_chart"), x_title=t("plot.epoch"), y_title=""))
            plot(plots.curves([("E[log D(x)]", ep, [r["v_real"] for r in h]), ("E[log(1 − D(G(z)))]", ep, [r["v_fake"] for r in h]),
                               ("V(D, G)", ep, [r["v"] for r in h]), (t("gan.js"), ep, [r["js"] for r in h])],
                              title=t("gan.value_chart"), x_title=t("plot.epoch"), y_title=""))
    if snap.history:
        found = gan2d.finding(snap.history[-1], cfg.target, baseline(cfg.target))
        modes = t("gan.modes", covered=found.covered, total=found.total) if found.total else ""
        measured = t("gan.measured", v=f"{found.v:.3f}", js=f"{found.js:.3f}", base=f"{found.base:.3f}",
                     log4=f"{-np.log(4):.3f}")
        st.caption(sentences(measured, modes))
        st.markdown(sentences(*(t(key, **values) for key, values in found.sentences())))


def sentences(*parts: str) -> str:
    """Sentences in a row: with a space in English, none in Chinese."""
    return ("" if lang() == "zh" else " ").join(p for p in parts if p)


@st.cache_data(show_spinner=False)
def baseline(target: str) -> float:
    return gan2d.js_baseline(target)


def by_hand(job: Job | None) -> None:
    """Live learning rates and D steps; one D or G step at a time on a paused or finished run."""
    if job is not None and not job.poll().done:
        live = dict(g_lr=g_lr, d_lr=d_lr, d_steps=d_steps)
        if st.session_state.get(f"{KEY}:live") != live:
            job.set_hparams(**live)  # learning rates and D steps change from the next step on
        st.session_state[f"{KEY}:live"] = live
    cols = st.columns(3)
    manual = [cols[0].button(t("gan.step_d"), key=f"{KEY}:sd"), cols[1].button(t("gan.step_g"), key=f"{KEY}:sg"),
              cols[2].button(t("gan.step_both"), key=f"{KEY}:sb")]
    if not any(manual):
        return
    if job is None or (not job.poll().done and not job.trainer.paused):
        st.info(t("gan.step_needs_pause"))
        return
    try:
        gan2d.manual_step(job.trainer, d=manual[0] or manual[2], g=manual[1] or manual[2])
        job.refresh()
    except ValueError as exc:
        st.error(describe_error(exc, lang()))


st.header(t("gan.train_title"))
job = lab_ui.section(KEY, "gan2d", make_job, draw, incoming=incoming, every=0.25, before_view=by_hand)
if job is None:
    with st.spinner():
        picture(gan2d.build(config).eval(), config, t("gan.untrained"))
st.markdown(t("gan.notice"))
gan_images.show()
gan_pix2pix.show()
challenges_part.show("gan")
