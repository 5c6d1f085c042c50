"""Multilayer network trained live on a 2D dataset: g(x) = f_L(…f_2(f_1(x))) and its decision regions."""
from dataclasses import replace

import streamlit as st

from core import plots
from core.data import toy2d
from core.families import mlp
from core.runtime.jobs import Job, Snapshot
from core.train import seeded
from core.ui import live_view, plot, t, training_controls

KEY = "mlp"
LRS = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)

st.title(t("page.mlp.title"))
st.markdown(t("mlp.idea"))
st.latex(r"g(x) = f_L\big(\cdots f_2\big(f_1(x)\big)\big), \qquad f_i(h) = \sigma(W_i h + b_i)")

with st.sidebar:
    st.subheader(t("mlp.data"))
    data_cfg = toy2d.Toy2DConfig(
        kind=st.selectbox(t("mlp.dataset"), toy2d.KINDS, index=1, format_func=lambda k: t(f"data.{k}")),
        n=st.slider(t("mlp.points"), 20, 2000, 400, step=20),
        noise=st.slider(t("mlp.noise"), 0.0, 0.5, 0.1, step=0.01),
        classes=st.slider(t("mlp.classes"), 2, 6, 3),
        test_fraction=st.slider(t("mlp.test_fraction"), 0.1, 0.9, 0.3, step=0.05),
        seed=st.number_input(t("mlp.seed"), 0, 10_000, 0),
    )
    st.subheader(t("mlp.network"))
    layers = st.slider(t("mlp.layers"), 0, 6, 2)
    width = st.slider(t("mlp.width"), 1, 64, 8)
    net_cfg = mlp.MLPConfig(
        hidden=(width,) * layers,
        activation=st.selectbox(t("mlp.activation"), list(mlp.ACTIVATIONS), index=1),
        optimizer=st.selectbox(t("mlp.optimizer"), mlp.OPTIMIZERS, index=2),
        lr=st.select_slider(t("mlp.lr"), LRS, value=0.03, help=t("mlp.lr_help")),
        batch_size=st.select_slider(t("mlp.batch"), (1, 4, 8, 16, 32, 64, 128, 256), value=32),
        epochs=st.slider(t("mlp.epochs"), 1, 5000, 1000),
        seed=data_cfg.seed,
    )

data = toy2d.make(data_cfg)
net_cfg = replace(net_cfg, out_dim=data.n_classes or 1, task=data.task)


def make_job() -> Job:
    trainer = mlp.make_trainer(net_cfg, data)
    st.session_state[f"{KEY}:config"] = (data_cfg, net_cfg)
    return Job(trainer, max_seconds=600)


job = training_controls(KEY, make_job)
if job is not None:
    trained_data_cfg, trained_cfg = st.session_state[f"{KEY}:config"]
    if replace(trained_cfg, lr=net_cfg.lr) != net_cfg or trained_data_cfg != data_cfg:
        st.info(t("mlp.settings_changed"))
    elif not job.poll().done and st.session_state.get(f"{KEY}:lr") != net_cfg.lr:
        job.set_hparams(lr=net_cfg.lr)  # takes effect on the next step
    st.session_state[f"{KEY}:lr"] = net_cfg.lr


def draw(snap: Snapshot) -> None:
    d_cfg, cfg = st.session_state[f"{KEY}:config"]
    shown = toy2d.make(d_cfg)
    model = mlp.build(cfg)
    model.load_state_dict(snap.weights)
    xs, ys, probs = mlp.predict_grid(model)
    left, right = st.columns([1, 1])
    with left:
        plot(plots.decision_regions(xs, ys, probs, [(shown.x_train, shown.y_train, t("plot.train")),
                                                    (shown.x_test, shown.y_test, t("plot.test"))],
                                    title=t("mlp.regions")))
    with right:
        plot(plots.metric_curves(snap.history, "loss", title=t("plot.loss"), log_y=True))
        if cfg.task == "classification":
            plot(plots.metric_curves(snap.history, "acc", title=t("plot.accuracy")))
    if snap.history:
        last = snap.history[-1]
        st.markdown(t("mlp.notice", epoch=snap.epoch, step=snap.step,
                      train=_fmt(last, "train_acc", "train_loss"), test=_fmt(last, "test_acc", "test_loss"),
                      rate=f"{snap.samples_per_second:,.0f}", params=sum(v.numel() for v in snap.weights.values())))


def _fmt(row: dict, acc: str, loss: str) -> str:
    return f"{row[acc]:.1%}" if acc in row else f"MSE {row[loss]:.4f}"


if job is None:
    with seeded(net_cfg.seed):
        untrained = mlp.build(net_cfg)
    left, right = st.columns([1, 1])
    with left:
        plot(plots.decision_regions(*mlp.predict_grid(untrained),
                                    [(data.x_train, data.y_train, t("plot.train")),
                                     (data.x_test, data.y_test, t("plot.test"))], title=t("mlp.untrained")))
    right.info(t("mlp.press_start"), icon=":material/play_arrow:")
else:
    live_view(KEY, draw)
