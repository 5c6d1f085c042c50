"""Neural-network playground: g(x) = f₁(f₂(⋯f_L(x))), as in the lecture, trained live on 2D data, every layer visible."""

import streamlit as st

from app_pages.parts import backprop, lab as lab_ui, challenges as challenges_part, live_network
from core import playground as pg, ui
from core.data import csv2d, toy2d
from core.families import mlp
from core.runtime.jobs import Job, Snapshot
from core.train import seeded
from core.i18n import describe_error
from core.ui import labels, lang, link_opened_here, listing, plot, points_source, sentences, state, stop, t

KEY = "pg"

st.title(t("page.playground.title"))
ui.idea("pg.idea")
st.latex(r"g(x) = f_1\big(f_2\big(\cdots f_L(x)\big)\big), \qquad f_i(h) = \sigma(W_i h + b_i)")

# Widgets start from the last configuration of this session, else from the URL (a shared link).
if f"{KEY}:cfg" not in st.session_state:
    # after another page, the URL still holds that page's settings: only a link opened here counts
    st.session_state[f"{KEY}:cfg"], ignored = pg.from_query(st.query_params.to_dict() if link_opened_here() else {})
    if ignored:
        st.warning(t("pg.url_ignored", names=listing(ignored)))
incoming = lab_ui.take("playground")  # a stored run to show: the widgets take its settings
if incoming is not None:
    st.session_state[f"{KEY}:cfg"] = incoming.config
start: pg.PlaygroundConfig = st.session_state[f"{KEY}:cfg"]
for name, value in {"kind": start.kind, "n": start.n, "noise": start.noise, "classes": start.classes,
                    "test": start.test_fraction, "dseed": start.data_seed, "features": list(start.net.features),
                    "hidden": ", ".join(map(str, start.net.hidden)), "act": start.net.activation,
                    "opt": start.net.optimizer, "init": start.net.init, "lr": start.net.lr, "reg": start.net.regularization,
                    "rr": start.net.reg_rate, "bs": start.net.batch_size, "ep": start.net.epochs,
                    "tl": start.net.target_test_loss, "showtest": start.show_test, "disc": start.discretize}.items():
    if incoming is not None:
        st.session_state[f"{KEY}:{name}"] = value
    st.session_state.setdefault(f"{KEY}:{name}", value)


def regenerate() -> None:
    st.session_state[f"{KEY}:dseed"] += 1


def dataset_changed() -> None:
    try:
        hidden = pg.parse_hidden(st.session_state[f"{KEY}:hidden"])
    except ValueError:
        return
    hidden, lr = pg.preset_change(start.kind, st.session_state[f"{KEY}:kind"], hidden, st.session_state[f"{KEY}:lr"])
    st.session_state[f"{KEY}:hidden"], st.session_state[f"{KEY}:lr"] = ", ".join(map(str, hidden)), lr


with st.sidebar:
    st.subheader(t("mlp.data"))
    kind = st.selectbox(t("mlp.dataset"), pg.PG_KINDS, **state(f"{KEY}:kind"), format_func=labels("data."),
                        on_change=dataset_changed)
    if kind != "csv":
        st.slider(t("mlp.points"), 20, 2000, step=10, **state(f"{KEY}:n"))
        st.slider(t("mlp.noise"), 0.0, 0.5, step=0.01, **state(f"{KEY}:noise"))
    if kind in ("spiral", "blobs"):
        st.slider(t("mlp.classes"), 2, 5, **state(f"{KEY}:classes"))
    st.slider(t("mlp.test_fraction"), 0.1, 0.9, step=0.05, **state(f"{KEY}:test"))
    seed_col, button_col = st.columns([2, 1], vertical_alignment="bottom")
    seed_col.number_input(t("mlp.seed"), 0, 100_000, **state(f"{KEY}:dseed"))
    button_col.button("", icon=":material/refresh:", on_click=regenerate, help=t("pg.regenerate"), width="stretch")
    st.subheader(t("mlp.network"))
    st.multiselect(t("pg.features"), list(mlp.FEATURES), **state(f"{KEY}:features"))
    st.text_input(t("pg.hidden"), **state(f"{KEY}:hidden"), help=t("pg.hidden_help"))
    st.selectbox(t("mlp.activation"), list(mlp.ACTIVATIONS), **state(f"{KEY}:act"), format_func=labels("pg.act."))
    st.selectbox(t("mlp.optimizer"), mlp.OPTIMIZERS, **state(f"{KEY}:opt"), format_func=labels("pg.opt."))
    st.selectbox(t("pg.init"), mlp.INITS, **state(f"{KEY}:init"), format_func=labels("pg.init."), help=t("pg.init_help"))
    st.select_slider(t("mlp.lr"), pg.LRS, **state(f"{KEY}:lr"), help=t("mlp.lr_help"))
    st.selectbox(t("pg.regularization"), mlp.REGULARIZATIONS, **state(f"{KEY}:reg"), format_func=labels("pg.reg."))
    st.select_slider(t("pg.reg_rate"), pg.RATES, **state(f"{KEY}:rr"), help=t("mlp.lr_help"))
    st.select_slider(t("mlp.batch"), pg.BATCHES, **state(f"{KEY}:bs"))
    st.slider(t("mlp.epochs"), 10, 3000, step=10, **state(f"{KEY}:ep"))
    st.number_input(t("pg.target_loss"), 0.0, 10.0, step=0.01, **state(f"{KEY}:tl"), help=t("pg.target_help"))
    st.toggle(t("pg.show_test"), **state(f"{KEY}:showtest"))
    st.toggle(t("pg.discretize"), **state(f"{KEY}:disc"))
    redraw = st.select_slider(t("pg.redraw"), pg.REDRAW_INTERVALS, value=pg.REDRAW_INTERVALS[0],
                              help=t("pg.redraw_help"), format_func=lambda s: f"{1 / s:g} Hz")

s = {name.split(":", 1)[1]: value for name, value in st.session_state.items() if name.startswith(f"{KEY}:")}
try:
    hidden = pg.parse_hidden(s["hidden"])
except ValueError:
    st.error(t("pg.bad_hidden", text=s["hidden"]))
    stop()
cfg = pg.PlaygroundConfig(
    kind=kind, n=s["n"], noise=s["noise"], classes=s["classes"], test_fraction=s["test"], data_seed=s["dseed"],
    show_test=s["showtest"], discretize=s["disc"],
    net=mlp.MLPConfig(features=tuple(s["features"]), hidden=hidden, activation=s["act"], optimizer=s["opt"],
                      init=s["init"], lr=s["lr"], regularization=s["reg"], reg_rate=s["rr"], batch_size=s["bs"], epochs=s["ep"],
                      target_test_loss=s["tl"], seed=s["dseed"]))
if kind == "csv":
    points = points_source(KEY)
    if points is None:
        stop()
    data = csv2d.to_dataset(points, cfg.test_fraction, cfg.data_seed)
else:
    data = toy2d.make(cfg.data_config())
cfg = pg.with_consistent_classes(cfg, data.n_classes)
try:
    pg.validate(cfg)
except ValueError as exc:
    st.error(t("train.bad_setting", error=describe_error(exc, lang())))
    stop()
st.session_state[f"{KEY}:cfg"] = cfg
st.query_params.from_dict({"lang": lang(), **pg.to_query(cfg)})  # replaces the previous page's settings


def make_job() -> Job:
    run_cfg = cfg

    def frame(trainer) -> dict:  # in the worker thread, at most every `frame_every` seconds
        return pg.live_frame(trainer.model.state_dict(), run_cfg, trainer.state.history, trainer.state.step)

    return lab_ui.job("playground", mlp.make_trainer(cfg.net, data), cfg, {"dataset": cfg.kind}, data,
                      frame=frame, frame_every=redraw)


def live_settings(job: Job | None) -> None:
    """The learning and regularisation rates apply to a running job; other changes need a new run. Then the view."""
    if job is not None:
        live = dict(lr=cfg.net.lr, reg_rate=cfg.net.reg_rate)
        job.frame_every = redraw  # the redraw setting applies to a running job too
        if pg.needs_new_run(job.config, cfg):
            st.info(t("mlp.settings_changed"))
        elif not job.poll().done and st.session_state.get(f"{KEY}:live") != live:
            job.set_hparams(**live)  # applied from the next step
        st.session_state[f"{KEY}:live"] = live
    st.segmented_control(t("pg.view"), ("network", "composition", "runs"), default="network",
                         format_func=labels("pg.view."), **state(f"{KEY}:view"))


def draw_model(model, run_cfg: pg.PlaygroundConfig, shown, history: list[dict], step_info: dict | None,
               live: bool = False) -> None:
    view = st.session_state.get(f"{KEY}:view") or "network"
    runs = st.session_state.get(f"{KEY}:runs", [])
    # while training, the heatmap and curves redraw at 4 Hz but the big view at most twice a second
    cached = st.session_state.get(f"{KEY}:view-cache")
    fresh = not live or cached is None or cached[1] != view or pg.view_is_stale(cached[0])
    figs = pg.figures(model, run_cfg, shown, history, view if fresh else None, t, runs, cfg.show_test,
                      cfg.discretize)
    if fresh and "view" in figs:
        st.session_state[f"{KEY}:view-cache"] = (pg.now(), view, figs["view"])
    elif not fresh:
        figs["view"] = cached[2]
    left, right = st.columns([1, 1])
    with left:
        plot(figs["output"])
    with right:
        if history:
            plot(figs["loss"])
            if "acc" in figs:
                plot(figs["acc"])
        else:
            st.info(t("mlp.press_start"), icon=":material/play_arrow:")
    if history and step_info:
        last = history[-1]
        fmt = (lambda k: f"{last[k + '_acc']:.1%}") if run_cfg.net.classes else (lambda k: f"MSE {last[k + '_loss']:.4f}")
        g = pg.generalisation(last, run_cfg.net.classes)
        verdict = t(f"mlp.gap.{g['kind']}.{'overfit' if g['overfit'] else 'close'}", gap=f"{g['gap']:.1f}")
        linear = not run_cfg.net.hidden and tuple(run_cfg.net.features) == ("x1", "x2")  # a straight boundary
        st.markdown(sentences(t("mlp.notice", train=fmt("train"), test=fmt("test"),
                                params=sum(p.numel() for p in model.parameters()), **step_info), verdict,
                              t("mlp.linear_hint") if linear else ""))
    backprop.show(model, run_cfg, shown)
    if "view" in figs:
        plot(figs["view"])
    if view == "composition":
        st.caption(t("pg.composition_note"))
    elif view == "runs" and not runs:
        st.caption(t("pg.runs_empty"))


def draw(snap: Snapshot) -> None:
    if not snap.done and (st.session_state.get(f"{KEY}:view") or "network") == "network":
        live_network.show_run(KEY, snap, cfg)
        return
    run_cfg, shown, model = snap.config, snap.data, snap.model
    if snap.done and snap.history and st.session_state.get(f"{KEY}:recorded") != snap.run_id:
        runs = st.session_state.setdefault(f"{KEY}:runs", [])
        runs.append((pg.run_label(run_cfg), snap.history))
        del runs[:-5]
        st.session_state[f"{KEY}:recorded"] = snap.run_id
    draw_model(model, run_cfg, shown, snap.history,
               dict(epoch=snap.epoch, step=snap.step, rate=f"{snap.samples_per_second:,.0f}"), live=not snap.done)
    live_network.time_to_target(run_cfg, snap.history)


# frames are recorded at the redraw rate and sent in batches every pg.LIVE_SEND_EVERY (see there)
job = lab_ui.section(KEY, "playground", make_job, draw, incoming=incoming, data=data,
                     every=max(redraw, pg.LIVE_SEND_EVERY), before_view=live_settings)
if job is None:
    with seeded(cfg.net.seed):
        untrained = mlp.build(cfg.net)
    draw_model(untrained, cfg, data, [], None)
challenges_part.show("playground")
