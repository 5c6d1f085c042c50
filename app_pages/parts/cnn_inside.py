"""The CNN page's "look inside" section: filters, feature maps, saliency, the confusion matrix and mistakes.

UI only, split off app_pages/cnn.py to keep each file short; the computing is in core.lessons.cnn_inside.
"""
import numpy as np
import streamlit as st

from core import plots
from core.data import uploads
from core.data.images import ImageSet
from core.lessons import cnn_inside as inside
from core.i18n import describe_error
from core.runtime.jobs import Job
from core.ui import labels, lang, plot, state, t

KEY = "cnn"
IMAGE_TYPES = ["png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff"]


def show(job: Job | None, data: ImageSet, source: str) -> None:
    st.header(t("cnn.inside_title"))
    found = _trained_model(job, data, source)
    if found is None:
        st.info(t("cnn.train_first"))
        return
    model, probs, snap = found
    st.caption(t("cnn.inside_at", step=snap.step, epoch=snap.epoch))
    filters = inside.first_filters(model)[:32]
    plot(plots.image_grid(filters, titles=[f"#{i + 1}" for i in range(len(filters))], cols=16, cell=60,
                          title=t("cnn.filters")))
    picked = _chosen_image(data)
    if picked is not None:
        _show_image(model, data, *picked)
    _confusion(data, probs)


def _trained_model(job: Job | None, data: ImageSet, source: str):
    """The latest weights of this session's run on this data, with its test predictions (cached per step)."""
    if job is None or job.data != source:  # a run on another data set: its classes are not these
        return None
    snap = job.poll()
    if snap.step == 0:
        return None
    cache = st.session_state.get(f"{KEY}:inside")
    if cache is None or cache[0] != (snap.run_id, snap.step):
        cache = ((snap.run_id, snap.step), snap.model, inside.probabilities(snap.model, data.x_test))
        st.session_state[f"{KEY}:inside"] = cache
    return cache[1], cache[2], snap


def _chosen_image(data: ImageSet) -> tuple[np.ndarray, int | None] | None:
    """A test image, an upload or a drawing, as (C, H, W) in [0, 1], with its true label when known."""
    modes = ["test", "upload"] + (["draw"] if data.digits else [])
    mode = st.segmented_control(t("cnn.image_from"), modes, default="test", format_func=labels("cnn.from."),
                                **state(f"{KEY}:from")) or "test"
    if mode == "test":
        i = st.number_input(t("cnn.test_index", n=len(data.y_test) - 1), 0, len(data.y_test) - 1, 0, **state(f"{KEY}:idx"))
        return data.x_test[i], int(data.y_test[i])
    if mode == "upload":
        file = st.file_uploader(t("cnn.upload"), type=IMAGE_TYPES, key=f"{KEY}:upload")
        if file is None:
            return None
        try:
            return uploads.to_model_input(uploads.read_image(file.getvalue()), data.shape, data.digits), None
        except uploads.ImageError as exc:
            st.error(describe_error(exc, lang()))
            return None
    from streamlit_drawable_canvas import st_canvas

    st.caption(t("cnn.draw_hint"))
    st.space("medium")  # the canvas's toolbar floats above its top edge
    drawing = st_canvas(stroke_width=18, stroke_color="#FFFFFF", background_color="#000000", height=224, width=224,
                        key=f"{KEY}:canvas", return_image_data=True)
    grey = uploads.canvas_to_grey(drawing.image_data) if drawing is not None and drawing.image_data is not None else None
    if grey is None or grey.max() < 0.1:
        return None
    return uploads.mnist_style(grey)[None], None


def _show_image(model, data: ImageSet, image: np.ndarray, label: int | None) -> None:
    probs = inside.probabilities(model, image[None])[0]
    sal, pred = inside.saliency(model, image)
    sal = inside.unit_range(sal, (0, 1))
    pictures = [image[0], sal] if image.shape[0] == 1 else [image.transpose(1, 2, 0), np.repeat(sal[..., None], 3, -1)]
    left, right = st.columns([1, 2])
    with left:
        title = t("cnn.input", label=data.classes[label]) if label is not None else t("cnn.input_unlabelled")
        plot(plots.image_grid(np.stack(pictures), titles=[title, t("cnn.saliency", label=data.classes[pred])], cols=2,
                              cell=150))
    with right:
        plot(plots.prob_bars(data.classes, probs, highlight=label,
                             title=t("cnn.prediction") if label is not None else t("cnn.prediction_unlabelled")))
    maps = inside.feature_maps(model, image, (t("cnn.conv_word"), t("cnn.shortcut_word")))
    layer = st.pills(t("cnn.layer"), range(len(maps)), default=0, format_func=lambda i: maps[i][0], **state(f"{KEY}:layer"))
    name, fmap = maps[layer or 0]
    plot(plots.image_grid(inside.unit_range(fmap[:16], (1, 2)), titles=[f"#{c + 1}" for c in range(min(16, len(fmap)))],
                          cols=8, cell=110, title=t("cnn.maps", layer=name, k=min(16, len(fmap)),
                                                      shape="×".join(map(str, fmap.shape)))))
    st.caption(t("cnn.saliency_note"))


def _confusion(data: ImageSet, probs: np.ndarray) -> None:
    """The confusion matrix; clicking a cell (or the most confused pair at first) shows its images."""
    pred = probs.argmax(1)
    cm = inside.confusion(data.y_test, pred, len(data.classes))
    st.markdown(t("cnn.confusion_idea", acc=f"{(pred == data.y_test).mean():.1%}", n=f"{len(pred):,}"))
    event = plot(plots.clickable_confusion(cm, data.classes, title=t("cnn.confusion"), x_title=t("cnn.predicted"),
                                           y_title=t("cnn.true")), key=f"{KEY}:cm", on_select="rerun", selection_mode="points")
    true, guess = _clicked_cell(event, data.classes) or st.session_state.get(f"{KEY}:cell") or inside.most_confused(cm) or (0, 0)
    st.session_state[f"{KEY}:cell"] = (true, guess)
    idx = inside.cell_examples(data.y_test, pred, probs, true, guess)[:24]
    st.markdown(t("cnn.cell", true=data.classes[true], pred=data.classes[guess], n=int(cm[true, guess])))
    if len(idx):
        plot(plots.image_grid(display(data.x_test[idx]), titles=[f"{probs[i, guess]:.0%}" for i in idx], cols=12))
    mistakes = inside.confident_mistakes(data.y_test, probs, 12)
    if len(mistakes):
        st.markdown(t("cnn.mistakes"))
        plot(plots.image_grid(display(data.x_test[mistakes]), cols=12, titles=[
            f"{data.classes[data.y_test[i]]}→{data.classes[pred[i]]}<br>{probs[i, pred[i]]:.0%}" for i in mistakes]))


def _clicked_cell(event, classes: tuple[str, ...]) -> tuple[int, int] | None:
    """(true, predicted) of the clicked cell marker, or None when nothing is selected."""
    points = event.selection.points if event and event.selection else []
    return inside.cell_of_point(points[0], classes) if points else None


def display(x: np.ndarray) -> np.ndarray:
    """(N, C, H, W) model inputs as (N, H, W) grey or (N, H, W, 3) colour pictures."""
    return x[:, 0] if x.shape[1] == 1 else x.transpose(0, 2, 3, 1)
