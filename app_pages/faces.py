"""Face detection: train a CNN that returns the position and size of every face, and compare it with a cascade."""
import numpy as np
import pandas as pd
import streamlit as st

from app_pages.parts import challenges as challenges_part, lab as lab_ui
from core import challenges, plots, ui
from core.data import uploads
from core.families import faces as fc
from core.i18n import describe_error
from core.runtime.jobs import Job, Snapshot
from core.links import steps
from core.ui import BOOLS, labels, lang, listing, plot, state, t

KEY = "faces"
st.title(t("page.faces.title"))
ui.idea("faces.idea")

incoming = lab_ui.take("faces")  # a stored run to show: the sidebar follows its settings
if incoming is not None:
    lab_ui.follow({f"{KEY}:ep": (incoming.config.epochs, range(2, 21)), f"{KEY}:mine": (bool(incoming.config.mine_at), (True, False))})
with st.sidebar:
    epochs = st.slider(t("mlp.epochs"), 2, 20, fc.FaceConfig.epochs, **state(f"{KEY}:ep", range(2, 21)))
    mining = st.toggle(t("faces.mining"), True, **state(f"{KEY}:mine", BOOLS),
                       help=t("faces.mining_help", epochs=listing(fc.FaceConfig.mine_at)))
    threshold = st.slider(t("faces.threshold"), 0.05, 0.99, fc.DEFAULT_THRESHOLD, 0.01, **state(f"{KEY}:th", steps(0.05, 0.99, 0.01)),
                          help=t("faces.threshold_help"))
    nms_iou = st.slider(t("faces.nms"), 0.1, 0.9, fc.DEFAULT_NMS, 0.05, **state(f"{KEY}:nms", steps(0.1, 0.9, 0.05)), help=t("faces.nms_help"))
    min_size = st.slider(t("faces.min_size"), fc.WINDOW, 120, fc.WINDOW, **state(f"{KEY}:min", range(fc.WINDOW, 121)))
config = fc.FaceConfig(epochs=epochs, mine_at=tuple(e for e in fc.FaceConfig.mine_at if e < epochs) if mining else ())


@st.cache_resource(show_spinner=False, max_entries=3)  # read-only tensors; a run appends mined negatives to its own copy
def training_data(cfg: fc.FaceConfig) -> fc.FaceData:
    return fc.make_data(cfg)


@st.cache_resource(show_spinner=False)
def test_scenes() -> list[fc.Scene]:
    data = training_data(fc.FaceConfig())
    return fc.test_scenes(data)


@st.cache_resource(show_spinner=False)
def cascade_on_scenes() -> dict:
    return fc.cascade_scores(test_scenes())


@st.cache_resource(show_spinner=False)
def astronaut() -> np.ndarray:
    from skimage import color, data
    return color.rgb2gray(data.astronaut()).astype(np.float32)  # shared by every session: read, never written


@st.cache_data(show_spinner=False, max_entries=8)  # the same photo gives the same boxes: not 0.3 s on every rerun
def cascade_boxes(name: str, _grey: np.ndarray) -> np.ndarray:
    small, scale = fc.fit_size(_grey)
    return fc.cascade_detect(small, min_size=fc.WINDOW) / scale


def make_job() -> Job:
    with st.spinner(t("faces.preparing")):
        data = training_data(config)
    return lab_ui.job("faces", fc.make_trainer(config, data), config, {"dataset": "lfw-scenes"})


def draw(snap: Snapshot) -> None:
    left, right = st.columns(2)
    with left:
        plot(plots.step_losses(snap.step_losses, title=t("faces.loss_chart"), x_title=t("plot.step"),
                               y_title=t("plot.loss"), history=snap.history,
                               names=(t("plot.train"), t("plot.test"))))
    with right:
        plot(plots.metric_curves(snap.history, "acc", title=t("faces.acc_chart"),
                                 labels={"train": t("plot.train"), "epoch": t("plot.epoch"), "acc": t("plot.accuracy")}))
    effects = fc.mining_effects(snap.history)
    if effects:
        parts = [t("faces.mined_at" if e["after"] is None else "faces.mined_then", epoch=e["epoch"], n=f"{e['mined']:,}",
                   before=f"{e['before']:.1%}", after=f"{(e['after'] or 0):.1%}") for e in effects]
        dips = sum(e["after"] is not None and e["after"] < e["before"] for e in effects)
        known = sum(e["after"] is not None for e in effects)
        st.caption(t("faces.mined", parts=listing(parts), dips=dips, known=known))


st.header(t("faces.train_title"))
st.caption(t("faces.data"))
incoming_data = None
if incoming is not None:
    with st.spinner(t("faces.preparing")):
        incoming_data = training_data(incoming.config)
job = lab_ui.section(KEY, "faces", make_job, draw, incoming=incoming, data=incoming_data)


def trained_model():
    if job is None or job.poll().step == 0:
        return None, None
    snap = job.poll()
    return snap.model, snap


def photo() -> tuple[str, np.ndarray] | None:
    """The chosen photo as grey [0, 1], with a key for caching."""
    choice = st.segmented_control(t("faces.photo"), ["astronaut", "scene", "upload"], default="astronaut",
                                  format_func=labels("faces.photo."), **state(f"{KEY}:photo")) or "astronaut"
    if choice == "astronaut":
        return "astronaut", astronaut()
    if choice == "scene":
        i = st.number_input(t("faces.scene_index", n=len(test_scenes()) - 1), 0, len(test_scenes()) - 1, 0,
                            **state(f"{KEY}:scene"))
        return f"scene{i}", test_scenes()[i].image
    file = st.file_uploader(t("cnn.upload"), type=["png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff"],
                            key=f"{KEY}:upload")
    if file is None:
        return None
    try:
        grey = fc.check_photo(uploads.to_grey(uploads.read_image(file.getvalue())))
    except uploads.ImageError as exc:
        st.error(describe_error(exc, lang()))
        return None
    return f"upload:{file.file_id}", grey


st.header(t("faces.detect_title"))
model, snap = trained_model()
if model is None:
    st.info(t("faces.train_first"))
picked = photo()
if picked is not None:
    name, grey = picked
    cascade = cascade_boxes(name, grey)
    sets = [(t("faces.cascade"), cascade, None, plots.CLASS_COLORS[0])]
    if model is not None:
        key = (snap.run_id, snap.step, name, min_size)
        if st.session_state.get(f"{KEY}:analysis", (None,))[0] != key:
            st.session_state[f"{KEY}:analysis"] = (key, fc.analyse(model, grey, min_size))
        found = st.session_state[f"{KEY}:analysis"][1]
        boxes, scores = fc.select(found["boxes"], found["scores"], threshold, nms_iou)
        sets.insert(0, (t("faces.cnn"), boxes, scores, plots.CLASS_COLORS[1]))
    plot(plots.detections(grey, sets, title=t("faces.detections", h=grey.shape[0], w=grey.shape[1])))
    if model is not None:
        table = pd.DataFrame(np.c_[boxes.round(1), scores.round(3)], columns=["x", "y", t("faces.width"),
                                                                               t("faces.height"), t("faces.score")])
        st.markdown(t("faces.found", n=len(boxes), cascade=len(cascade)))
        st.dataframe(table, hide_index=True)
        maps = found["maps"]
        if not maps:  # the smallest face size asked for is larger than the photo
            st.info(t("faces.no_scales", size=min_size, h=grey.shape[0], w=grey.shape[1]))
        else:
            best = int(np.argmax([m.max() for _, m in maps]))
            i = best if len(maps) == 1 else st.select_slider(
                t("faces.scale"), range(len(maps)), value=best, **state(f"{KEY}:map:{name}"),
                format_func=lambda k: f"{fc.WINDOW / maps[k][0] / found['factor']:.0f} px")
            plot(plots.score_map(maps[i][1], title=t("faces.score_map", size=f"{fc.WINDOW / maps[i][0] / found['factor']:.0f}")))

st.header(t("faces.compare_title"))
st.markdown(t("faces.compare_idea", n=len(test_scenes()), faces=sum(len(s.boxes) for s in test_scenes())))
if model is not None:
    key = (snap.run_id, snap.step)
    if st.session_state.get(f"{KEY}:eval", (None,))[0] != key:
        with st.spinner(t("faces.evaluating")):
            st.session_state[f"{KEY}:eval"] = (key, fc.evaluate_scenes(model, test_scenes()))
    raw = st.session_state[f"{KEY}:eval"][1]

    def row(th: float) -> dict:
        """The CNN's scores on the test scenes at score threshold `th`."""
        return fc.scores_table([fc.select(b, s, th, nms_iou) for b, s in raw], test_scenes())

    cnn_row = row(threshold)
    cascade_row = cascade_on_scenes()
    rows = {t("faces.cnn"): cnn_row, t("faces.cascade"): cascade_row}
    st.dataframe(pd.DataFrame(rows).T[["precision", "recall", "f1", "mean_iou", "tp", "fp", "faces"]]
                 .rename(columns=lambda c: t(f"faces.col.{c}")), width="stretch")
    curve = [r for r in fc.pr_curve(raw, test_scenes(), nms_iou) if r["tp"] + r["fp"]]  # no boxes: no precision
    plot(plots.precision_recall(curve, [(t("faces.cascade"), cascade_row["recall"], cascade_row["precision"]),
                                        (t("faces.current"), cnn_row["recall"], cnn_row["precision"])],
                                title=t("faces.pr_chart"), curve_name=t("faces.cnn"),
                                x_title=t("faces.col.recall"), y_title=t("faces.col.precision")))
    st.markdown(t("faces.findings", th=f"{threshold:.2f}", p=f"{cnn_row['precision']:.0%}", r=f"{cnn_row['recall']:.0%}",
                  f1=f"{cnn_row['f1']:.2f}", iou=f"{cnn_row['mean_iou']:.2f}", cp=f"{cascade_row['precision']:.0%}",
                  cr=f"{cascade_row['recall']:.0%}", cf1=f"{cascade_row['f1']:.2f}",
                  ciou=f"{cascade_row['mean_iou']:.2f}",
                  verdict=t(f"faces.verdict.{fc.verdict(cnn_row, cascade_row)}")))
    lower = round(threshold - challenges.FACE_STEP, 2)
    lower_row = row(lower) if lower >= 0.05 else None  # the slider's lowest value has no step below it
    kept = challenges_part.check("faces", {"threshold": threshold, "precision": cnn_row["precision"], "recall": cnn_row["recall"],
                                    "lower_precision": lower_row["precision"] if lower_row else None})
else:
    st.info(t("faces.train_first"))
    kept = None
challenges_part.show("faces", kept)
