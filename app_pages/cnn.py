"""Convolutional networks: image recognition, what a CNN sees, and what locality and translation invariance buy."""
import numpy as np
import streamlit as st

from app_pages.parts import cnn_inside, imagenet, lab as lab_ui, challenges as challenges_part
from core import challenges, plots, ui
from core.data import images
from core.families import cnn
from core.lessons import inductive_bias as ib
from core.i18n import describe_error
from core.runtime.jobs import Job, Snapshot
from core.ui import BOOLS, data_source, labels, lang, plot, state, t

KEY = "cnn"
DROPOUTS, LRS, BATCHES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), (3e-4, 1e-3, 3e-3, 1e-2, 3e-2), (16, 32, 64, 128, 256)
st.title(t("page.cnn.title"))
ui.idea("cnn.idea")


@st.cache_resource(show_spinner=False)  # read-only arrays, shared without a copy per rerun
def load_images(name: str) -> tuple[images.ImageSet, str]:
    return images.load(name)


incoming = lab_ui.take("cnn")  # a stored run to show: the sidebar follows its data set and settings
if incoming is not None:
    c = incoming.config
    lab_ui.follow({f"{KEY}:data": (incoming.context.get("dataset", "offline"), images.SOURCES), f"{KEY}:arch": (c.arch, cnn.ARCHS),
                   f"{KEY}:width:{c.arch}": (c.width, range(1, cnn.MAX_WIDTH + 1)), f"{KEY}:depth": (c.depth, range(1, cnn.MAX_DEPTH + 1)),
                   f"{KEY}:bn": (c.batchnorm, (True, False)), f"{KEY}:drop": (c.dropout, DROPOUTS), f"{KEY}:shift": (c.shift, range(5)),
                   f"{KEY}:rot": (c.rotate, range(0, 31, 5)), f"{KEY}:flip": (c.flip, (True, False)), f"{KEY}:lr": (c.lr, LRS),
                   f"{KEY}:ep": (c.epochs, range(1, 31)), f"{KEY}:bs": (c.batch_size, BATCHES)})

with st.sidebar:
    source = st.selectbox(t("cnn.data"), images.SOURCES, format_func=labels("cnn.source."), **state(f"{KEY}:data", images.SOURCES))
    arch = st.selectbox(t("cnn.arch"), cnn.ARCHS, format_func=labels("cnn.arch."), **state(f"{KEY}:arch", cnn.ARCHS))
    width = st.slider(t("cnn.width"), 1, cnn.MAX_WIDTH, cnn.DEFAULT_WIDTH[arch], **state(f"{KEY}:width:{arch}", range(1, cnn.MAX_WIDTH + 1)),
                      help=t("cnn.width_help"))
    depth = st.slider(t("cnn.depth"), 1, cnn.MAX_DEPTH, 2, **state(f"{KEY}:depth", range(1, cnn.MAX_DEPTH + 1)), disabled=arch == "lenet",
                      help=t("cnn.depth_help"))
    batchnorm = st.toggle(t("cnn.batchnorm"), **state(f"{KEY}:bn", BOOLS))
    dropout = st.slider(t("cnn.dropout"), 0.0, 0.7, 0.0, 0.1, **state(f"{KEY}:drop", DROPOUTS))
    st.caption(t("cnn.augment"))
    shift = st.slider(t("cnn.shift"), 0, 4, cnn.CNNConfig.shift, **state(f"{KEY}:shift", range(5)))
    rotate = st.slider(t("cnn.rotate"), 0, 30, 0, 5, **state(f"{KEY}:rot", range(0, 31, 5)))
    flip = st.toggle(t("cnn.flip"), **state(f"{KEY}:flip", BOOLS), disabled=source != "CIFAR10", help=t("cnn.flip_help"))
    lr = st.select_slider(t("mlp.lr"), LRS, 3e-3, **state(f"{KEY}:lr", LRS))
    epochs = st.slider(t("mlp.epochs"), 1, 30, 12, **state(f"{KEY}:ep", range(1, 31)))
    batch = st.select_slider(t("mlp.batch"), BATCHES, 64, **state(f"{KEY}:bs", BATCHES))

with st.spinner(t("cnn.loading")):
    data, fallback = load_images(source)
if fallback:
    st.warning(t("cnn.fallback", reason=fallback))
st.info(t("cnn.using", source=data_source(data.source), train=f"{len(data.y_train):,}",
          test=f"{len(data.y_test):,}", shape="×".join(map(str, data.shape))), icon=":material/dataset:")
cfg = cnn.CNNConfig(arch=arch, width=width, depth=depth if arch != "lenet" else 2, batchnorm=batchnorm,
                    dropout=dropout, shift=shift, rotate=rotate, flip=flip and source == "CIFAR10", lr=lr,
                    epochs=epochs, batch_size=batch)
try:
    params = cnn.count_parameters(cnn.build(cfg, data.shape, len(data.classes)))
    st.caption(t("cnn.params", params=f"{params:,}"))
except ValueError as exc:
    st.error(t("train.bad_setting", error=describe_error(exc, lang())))


# ---- train ----
def make_job() -> Job:
    return lab_ui.job("cnn", cnn.make_trainer(cfg, data), cfg, cnn.image_context(source, data, fallback), source)


def draw(snap: Snapshot) -> None:
    left, right = st.columns(2)
    with left:
        plot(plots.step_losses(snap.step_losses, title=t("cnn.loss_chart"), x_title=t("plot.step"),
                               y_title=t("plot.loss"), history=snap.history, names=(t("plot.train"), t("plot.test"))))
    with right:
        plot(plots.metric_curves(snap.history, "acc", title=t("cnn.acc_chart"),
                                 labels={"train": t("plot.train"), "test": t("plot.test"), "epoch": t("plot.epoch"),
                                         "acc": t("plot.accuracy")}))
    if snap.history:
        last = snap.history[-1]
        st.caption(t("cnn.last_epoch", epoch=snap.epoch, train=f"{last['train_acc']:.1%}", test=f"{last['test_acc']:.1%}",
                     loss=f"{last['test_loss']:.3f}"))


st.header(t("cnn.train_title"))
job = lab_ui.section(KEY, "cnn", make_job, draw, incoming=incoming, data=data, shown=source)


cnn_inside.show(job, data, source)


# ---- inductive bias ----
st.header(t("cnn.bias_title"))
st.markdown(t("cnn.bias_idea"))


@st.cache_data(show_spinner=False)
def bias_rerun(name: str, epochs: int, max_shift: int, _progress=None) -> list[dict]:
    return ib.run(load_images(name)[0], ib.Setting(epochs=epochs, max_shift=max_shift), progress=_progress)


stored = ib.load_stored()
c1, c2 = st.columns(2)
bias_epochs = c1.slider(t("cnn.bias_epochs"), 1, 12, stored["setting"]["epochs"], **state(f"{KEY}:bias_ep"))
max_shift = c2.slider(t("cnn.max_shift"), 1, 10, stored["setting"]["max_shift"], **state(f"{KEY}:bias_shift"))
if st.button(t("cnn.bias_run", source=data_source(data.source)), icon=":material/play_arrow:",
             key=f"{KEY}:bias_run"):
    bar = st.progress(0.0, text=t("depth.training"))
    report = lambda i, k, what: bar.progress(i / k, text=t("cnn.bias_progress", what=what, i=min(i + 1, k), k=k))  # noqa: E731
    st.session_state[f"{KEY}:bias"] = (data.source, bias_rerun(source, bias_epochs, max_shift, _progress=report))
    bar.empty()
bias_source, rows = st.session_state.get(f"{KEY}:bias", (stored["source"], stored["rows"]))
result = ib.summary(rows)
names = {"cnn": t("cnn.model.cnn", params=f"{rows[0]['params']:,}"), "mlp": t("cnn.model.mlp", params=f"{rows[1]['params']:,}")}
st.caption(t("cnn.bias_shown", source=data_source(bias_source), seeds=len({r["seed"] for r in rows})))
left, right = st.columns(2)
with left:
    curves = [(names[m], list(range(len(c[0]))), c.mean(0), c.min(0), c.max(0)) for m, c in result["shift"].items()]
    plot(plots.band_lines(curves, title=t("cnn.shift_chart"), x_title=t("cnn.shift_px"), y_title=t("ds.acc"), log_x=False))
with right:
    acc = result["acc"]
    series = [(t(f"cnn.pixels.{p}"), *zip(*(acc[f"{m}/{p}"] for m in ("cnn", "mlp")))) for p in ("original", "scrambled")]
    plot(plots.grouped_bars([names["cnn"], names["mlp"]], series, title=t("cnn.perm_chart"), y_title=t("ds.acc"),
                            y_range=(0, 1.08)))
f = ib.findings(result)
points = {m: f"{round(-100 * f[m + '_drop'], 1) + 0.0:+.1f}" for m in ("cnn", "mlp")}  # + 0.0: no "-0.0"
st.markdown(t("cnn.bias_findings", cnn_change=points["cnn"], mlp_change=points["mlp"], px=f["shift_px"],
              cnn_0=f"{f['cnn_unshifted']:.1%}", cnn_s=f"{f['cnn_shifted']:.1%}",
              mlp_0=f"{f['mlp_unshifted']:.1%}", mlp_s=f"{f['mlp_shifted']:.1%}", cnn_tol=f["cnn_tolerates"],
              mlp_tol=f["mlp_tolerates"], largest=f["largest_shift"], cnn_last=f"{f['cnn_at_largest']:.1%}",
              mlp_last=f"{f['mlp_at_largest']:.1%}"))
if f["prior_helps"]:
    st.markdown(t(f"cnn.prior.{f['lead_scrambled']}"))
mean_curve = [float(a) for a in result["shift"]["cnn"].mean(0)]
answer = st.number_input(t("cnn.below_half"), 0, 10, None, step=1, key=f"{KEY}:below_half")  # 10: the largest shift
reading = {"answer": answer, "curve": mean_curve}
kept = challenges_part.check("cnn", reading)
if answer is not None and answer >= len(mean_curve):  # a rerun with a smaller largest shift than the answer
    st.caption(t("cnn.below_half_beyond", px=answer, largest=len(mean_curve) - 1))
elif answer is not None and challenges.cnn_shift(reading) is None:
    st.caption(t("cnn.below_half_no", px=answer, acc=f"{mean_curve[answer]:.1%}"))
example = data.x_test[:1]
perm = ib.permutation(data.shape)
with st.expander(t("cnn.scrambled_example")):
    plot(plots.image_grid(cnn_inside.display(np.concatenate([example, ib.scramble(example, perm), ib.shift(example, 3, 0)])),
                          titles=[t("cnn.pixels.original"), t("cnn.pixels.scrambled"), t("cnn.shifted", px=3)], cols=3))


imagenet.show(cnn_inside.IMAGE_TYPES)
challenges_part.show("cnn", kept)
