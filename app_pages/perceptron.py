"""The perceptron, y = f(Wᵀx): Rosenblatt's rule step by step, Novikoff's bound, and XOR."""
import numpy as np
import streamlit as st

from app_pages.parts import challenges as challenges_part
from core import plots, ui
from core.data import csv2d, toy2d
from core.families import mlp
from core.lessons import perceptron as pc
from core.links import steps
from core.ui import labels, plot, points_source, state, stop, t

st.title(t("page.perceptron.title"))
ui.idea("pc.idea")
st.latex(r"y = f(W^\top \tilde x) = \operatorname{sign}(w_0\cdot 1 + w_1 x_1 + w_2 x_2), \qquad"
         r"\text{%s } y\,W^\top \tilde x \le 0:\; W \leftarrow W + y\,\tilde x" % t("pc.if"))

SOURCES = ("linear", "xor4", "xor", "csv")
with st.sidebar:
    st.subheader(t("mlp.data"))
    source = st.radio(t("pc.source"), SOURCES, format_func=labels("pc.source."),
                      **state("pc:source", SOURCES))
    if source == "xor4":
        x, labels = pc.XOR_POINTS, pc.XOR_LABELS
    elif source == "csv":
        points = points_source("pc")
        if points is None:
            stop()
        x, labels = points.x, points.labels
    else:
        linear = source == "linear"
        cfg = toy2d.Toy2DConfig(kind=source, n=st.slider(t("mlp.points"), 4, 400, 60, step=4, **state("pc:n", range(4, 401, 4))),
                                margin=st.slider(t("pc.margin"), 0.0, 0.6, 0.2, step=0.05,
                                                        **state("pc:margin", steps(0.0, 0.6, 0.05))) if linear else 0.0,
                                noise=0.0 if linear else st.slider(t("mlp.noise"), 0.0, 0.3, 0.05,
                                                                           **state("pc:noise", steps(0.0, 0.3, 0.01))),
                                test_fraction=0.01, seed=st.number_input(t("mlp.seed"), 0, 10_000, 0,
                                                                     **state("pc:seed", range(10_001))))
        d = toy2d.make(cfg)
        x = np.concatenate([d.x_train.numpy(), d.x_test.numpy()])
        labels = np.concatenate([d.y_train.numpy(), d.y_test.numpy()])
    if len(np.unique(labels)) > 2:
        st.error(t("pc.two_classes"))
        stop()

signature = (x.tobytes(), labels.tobytes())
if st.session_state.get("pc:signature") != signature:
    st.session_state.update({"pc:signature": signature, "pc:run": pc.PerceptronRun.start(x, labels),
                             "pc:mlp": None, "pc:logistic": None})
run: pc.PerceptronRun = st.session_state["pc:run"]

cols = st.columns(4)
update = None
if cols[0].button(t("pc.one_update"), width="stretch", disabled=run.converged):
    update = run.one_update()
if cols[1].button(t("pc.one_epoch"), width="stretch", disabled=run.converged):
    run.one_epoch()
if cols[2].button(t("pc.converge"), width="stretch", type="primary", disabled=run.stuck):
    run.run(max_epochs=max(10, 200_000 // len(x)))  # about a second of work at most
if cols[3].button(t("train.reset"), width="stretch"):
    run = st.session_state["pc:run"] = pc.PerceptronRun.start(x, labels)

separable = pc.linearly_separable(x, labels)
bound = pc.novikoff_bound(x, labels) if separable else None
last = update or run.last
left, right = st.columns([3, 2])
with left:
    names = (t("pc.boundary"), t("pc.previous"), t("pc.weights"), t("pc.caused"))
    plot(plots.perceptron_view(x, labels, run.w, last.w_old if update else None,
                               highlight=last.index if update else None, names=names))
with right:
    a, b, c = st.columns(3)
    a.metric(t("pc.updates"), run.updates)
    b.metric(t("pc.epochs"), run.epochs)
    c.metric(t("pc.bound"), f"{bound.updates:,.0f}" if bound else "∞")
    st.latex(r"W = (%.3g,\; %.3g,\; %.3g)" % tuple(run.w))
    if bound:
        st.caption(t("pc.bound_detail", R=f"{bound.radius:.3f}", gamma=f"{bound.margin:.4f}"))
    if run.mistakes_per_epoch:
        plot(plots.curves([(t("pc.mistakes"), range(1, run.epochs + 1), run.mistakes_per_epoch)],
                          title=t("pc.mistakes"), y_title=t("pc.mistakes"), x_title=t("plot.epoch")))

if run.converged:
    share = f"{run.updates / bound.updates:.1%}" if bound else "—"
    st.success(t("pc.converged", updates=run.updates, epochs=run.epochs + (run.cursor > 0), share=share))
elif run.cycle:
    st.error(t("pc.cycle", first=run.cycle[0], period=run.cycle[1], now=run.epochs))
elif not separable:
    st.warning(t("pc.not_separable", epochs=run.epochs))
kept = challenges_part.check("perceptron", {"cycle": run.cycle, "converged": run.converged, "updates": run.updates,
                                     "bound": bound.updates if bound else None, "points": len(x)})
challenges_part.show("perceptron", kept)

if not separable:
    st.header(t("pc.mlp_title"))
    if st.button(t("pc.mlp_button"), icon=":material/hub:"):
        held_out = 0.3 if len(x) >= 20 else 0.0  # four XOR points: train on all of them
        data = csv2d.to_dataset(csv2d.ParsedPoints(x.astype(np.float32), labels, label_names=["0", "1"]), held_out)
        st.session_state["pc:mlp"] = (mlp.fit(mlp.MLPConfig(hidden=(8,), epochs=300), data), data)
    if st.session_state.get("pc:mlp"):
        (model, history), data = st.session_state["pc:mlp"]
        xs, ys, probs = mlp.predict_grid(model, classes=2)
        plot(plots.decision_regions(xs, ys, probs, [(data.x_train, data.y_train, t("plot.train")),
                                                    (data.x_test, data.y_test, t("plot.test"))]))
        test = f"{history[-1]['test_acc']:.1%}" if "test_acc" in history[-1] else "—"
        st.markdown(t("pc.mlp_result", train=f"{history[-1]['train_acc']:.1%}", test=test, epochs=len(history)))

st.header(t("pc.sigmoid_title"))
st.markdown(t("pc.sigmoid_idea"))
if st.button(t("pc.sigmoid_button"), icon=":material/show_chart:"):
    data = csv2d.to_dataset(csv2d.ParsedPoints(x.astype(np.float32), labels, label_names=["0", "1"]), 0.0)
    model, history = mlp.fit(mlp.MLPConfig(hidden=(), optimizer="sgd", lr=0.5, batch_size=len(x), epochs=300), data)
    st.session_state["pc:logistic"] = (mlp.linear_weights(model), history)
if st.session_state.get("pc:logistic"):
    w_sig, history = st.session_state["pc:logistic"]
    one, two = st.columns(2)
    with one:
        plot(plots.perceptron_view(x, labels, run.w, extra_lines=[(w_sig, t("pc.sigmoid_boundary"), "#009E73")],
                                   names=names, title=t("pc.both_boundaries")))
    with two:
        plot(plots.curves([(t("pc.logistic_loss"), [r["epoch"] for r in history], [r["train_loss"] for r in history])],
                          title=t("pc.logistic_loss"), y_title=t("pc.bce"), x_title=t("plot.epoch")))
    st.markdown(t("pc.sigmoid_result", acc=f"{history[-1]['train_acc']:.1%}",
                  perceptron=f"{(run.predict(x) == labels).mean():.1%}"))
