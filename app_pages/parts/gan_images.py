"""The GAN page's second part: a DCGAN and a conditional GAN on digits, latent-space editing, save and load.

UI only, split off app_pages/gan.py to keep each file short; the computing is in core.families.gan_images.
"""

import numpy as np
import streamlit as st
import torch

from app_pages.parts import lab as lab_ui
from core import lab, plots, runs
from core.data import images
from core.families import gan_images as gi
from core.runtime.jobs import Job, Snapshot
from core.ui import BOOLS, labels, plot, state, t

KEY = "gan_img"
FIXED = torch.Generator().manual_seed(2026)
Z_FIXED = torch.randn(40, gi.ImageGANConfig.z_dim, generator=FIXED)


@st.cache_resource(show_spinner=False)  # read-only arrays, shared
def _digits(source: str = "offline") -> tuple[images.ImageSet, str]:
    return images.load(source)


@st.cache_resource(show_spinner=False)  # read-only, shared: the CNN page's LeNet-5, trained once per data set
def _scorer(described: str, _data: images.ImageSet) -> gi.Scorer:
    """The scorer of the images `_data` (keyed by their description, so the arrays are not hashed)."""
    return gi.train_scorer(_data)


@st.cache_data(show_spinner=False)
def _pretrained_summary() -> dict | None:
    """What the stored pretrained run says about its epochs (None when the file is missing or unreadable)."""
    try:
        path = lab.pretrained_path("gan_digits")
        return gi.run_summary(lab.read(path.read_bytes(), expect_family="gan_digits").meta)
    except (OSError, runs.CheckpointError, ValueError):
        return None


def _epochs_help() -> str:
    done = _pretrained_summary()
    if done is None:
        return t("gan.img_epochs_help")
    key = "gan.img_epochs_pretrained" if done["first"] is not None else "gan.img_epochs_never"
    found = t(key, seconds=f"{done['seconds_per_epoch']:.1f}", first=done["first"], epochs=done["epochs"],
              level=f"{done['level']:.0%}", final=f"{done['final']:.1%}")
    return t("gan.img_epochs_help") + "\n\n" + found


def _grid(nets, conditional: bool) -> np.ndarray:
    y = torch.arange(10).repeat(4) if conditional else None
    return gi.generate(nets, Z_FIXED, y)


def show() -> None:
    st.header(t("gan.img_title"))
    st.markdown(t("gan.img_idea"))
    incoming = lab_ui.take("gan_digits")  # a stored run to show: select its data
    if incoming is not None:
        st.session_state[f"{KEY}:data"] = incoming.context.get("dataset", "offline")
    c0, c1, c2 = st.columns(3)
    source = c0.selectbox(t("gan.img_data"), ("offline", "MNIST", "FashionMNIST"), format_func=labels("cnn.source."),
                          **state(f"{KEY}:data", ("offline", "MNIST", "FashionMNIST"), "img_data"))
    conditional = c1.toggle(t("gan.conditional"), True, **state(f"{KEY}:cond", BOOLS, "img_cond"))
    epochs = c2.slider(t("mlp.epochs"), 1, 80, 30, **state(f"{KEY}:ep", range(1, 81), "img_ep"),
                       help=_epochs_help())
    config = gi.ImageGANConfig(conditional=conditional, epochs=epochs)
    with st.spinner(t("cnn.loading")):
        data, fallback = _digits(source)
    if fallback:
        st.warning(t("cnn.fallback", reason=fallback))
        source = "offline"

    def make_job() -> Job:
        with st.spinner(t("gan.classifier")):
            classifier = _scorer(data.source, data).model
        evaluate = (lambda nets: {"label_acc": gi.label_accuracy(nets, classifier)}) if conditional else None
        return lab_ui.job("gan_digits", gi.make_trainer(config, data, evaluate), config,
                          {"dataset": source, "source": data.source}, data=data)

    def draw(snap: Snapshot) -> None:
        left, right = st.columns([3, 2])
        with left:
            plot(plots.image_grid(_grid(snap.model, snap.config.conditional), cols=10, cell=48, title=t("gan.img_grid", step=snap.step)))
        with right:
            if snap.history and "label_acc" in snap.history[-1]:
                ep = [r["epoch"] for r in snap.history]
                plot(plots.curves([(t("gan.label_acc"), ep, [r["label_acc"] for r in snap.history])],
                                  title=t("gan.label_chart"), x_title=t("plot.epoch"), y_title=""))
                seen = snap.data if isinstance(snap.data, images.ImageSet) else data  # what the run saw
                with st.spinner(t("gan.classifier")):
                    judge = _scorer(seen.source, seen)
                st.caption(t("gan.scorer.digits" if judge.digits else "gan.scorer.items",
                             acc=f"{judge.test_acc:.1%}", n=f"{judge.n_test:,}"))
            else:
                plot(plots.step_losses(snap.step_losses, title=t("gan.step_loss_chart"),
                                       x_title=t("plot.step"), y_title=t("gan.loss_sum"), history=snap.history,
                                       names=(t("plot.train"), t("plot.test"))))

    job = lab_ui.section(KEY, "gan_digits", make_job, draw, incoming=incoming, data=data, every=1.0)
    nets, cfg = _current(job)
    if nets is None:
        st.info(t("gan.img_first"))
        return
    _explore(nets, cfg)


def _current(job: Job | None):
    """The generator to explore: this session's run (latest weights, or the pretrained or a stored run, which
    the section's "load" installs as a finished run), else a generator saved from this page."""
    if job is not None and job.poll().step > 0:
        return job.poll().model, job.config
    upload = st.file_uploader(t("gan.upload"), type=["safetensors", "pt", "pth"], key=f"{KEY}:upload")
    if upload is None:
        return None, None
    source = upload.getvalue()
    cfg = gi.ImageGANConfig()
    nets = gi.build(cfg)
    try:
        weights = runs.load_weights(source)
        runs.check_compatible(nets["G"], weights)
    except runs.CheckpointError as exc:
        st.error(t("gan.bad_checkpoint", error=str(exc)))
        return None, None
    nets["G"].load_state_dict(weights)
    st.caption(t("gan.uploaded_note"))
    return nets.eval(), cfg


def _explore(nets, cfg: gi.ImageGANConfig) -> None:
    plot(plots.image_grid(_grid(nets, cfg.conditional), cols=10, cell=48, title=t("gan.samples")))
    st.markdown(t("gan.explore"))
    a, b, c = st.columns(3)
    digit = a.selectbox(t("gan.digit"), range(10), **state(f"{KEY}:digit"), disabled=not cfg.conditional) if cfg.conditional else None
    seeds = (b.number_input(t("gan.seed_a"), 0, 9999, 1, **state(f"{KEY}:sa")), c.number_input(t("gan.seed_b"), 0, 9999, 2, **state(f"{KEY}:sb")))
    z0, z1 = (torch.randn(1, cfg.z_dim, generator=torch.Generator().manual_seed(int(s)))[0] for s in seeds)
    plot(plots.image_grid(gi.interpolate(nets, z0, z1, digit, 10), cols=10, cell=60, title=t("gan.interpolation")))
    amount = st.slider(t("gan.ink"), -3.0, 3.0, 0.0, 0.5, **state(f"{KEY}:ink"), help=t("gan.ink_help"))
    direction = gi.ink_direction(nets, digit)
    zs = torch.randn(10, cfg.z_dim, generator=torch.Generator().manual_seed(7))
    y = torch.full((10,), digit or 0, dtype=torch.long)
    edited = np.concatenate([gi.generate(nets, zs, y), gi.generate(nets, zs + amount * direction, y)])
    plot(plots.image_grid(edited, cols=10, cell=60, title=t("gan.edited", amount=f"{amount:+.1f}")))
    st.download_button(t("gan.save"), runs.weights_to_bytes(nets["G"].state_dict()), file_name="generator.safetensors",
                       key=f"{KEY}:save", icon=":material/download:")
