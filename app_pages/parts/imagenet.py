"""The CNN page's "load" path: a pretrained torchvision ImageNet classifier on a sample or uploaded photo.

UI only, split off app_pages/cnn.py to keep each file short; loading and preprocessing are in
core.lessons.imagenet.
"""
import numpy as np
import streamlit as st

from core import plots
from core.data import uploads
from core.lessons import imagenet
from core.i18n import describe_error
from core.ui import lang, plot, state, t

KEY = "cnn"


@st.cache_resource(show_spinner=False)  # read-only, shared by every session
def _model(key: str):
    return imagenet.load(key)


def show(image_types: list[str]) -> None:
    st.header(t("cnn.imagenet_title"))
    st.markdown(t("cnn.imagenet_idea"))
    which = st.selectbox(t("cnn.imagenet_model"), list(imagenet.MODELS), format_func=lambda k: imagenet.MODELS[k].name,
                         **state(f"{KEY}:inet"))
    name = imagenet.MODELS[which].name
    if not (imagenet.is_cached(which) or st.button(t("cnn.imagenet_load", name=name), key=f"{KEY}:inet_load")):
        st.caption(t("cnn.imagenet_not_loaded", path=str(imagenet.cached_file(which))))
        return
    try:
        with st.spinner(t("cnn.imagenet_loading")):
            net = _model(which)
    except imagenet.WeightsUnavailable as exc:
        st.warning(describe_error(exc, lang()))
        return
    photo = _photo(image_types)
    if photo is None:
        return
    left, right = st.columns(2)
    left.image(photo, width="stretch")
    top = imagenet.top_classes(net, which, photo)
    with right:
        plot(plots.prob_bars([c for c, _ in top], [p for _, p in top], title=t("cnn.top5")))


def _photo(image_types: list[str]) -> np.ndarray | None:
    photos = imagenet.sample_photos()
    pick = st.selectbox(t("cnn.photo"), [*photos, "upload"], **state(f"{KEY}:photo"),
                        format_func=lambda p, upload=t("cnn.from.upload"): upload if p == "upload" else p)
    if pick != "upload":
        return photos[pick]
    file = st.file_uploader(t("cnn.upload"), type=image_types, key=f"{KEY}:inet_upload")
    if file is None:
        return None
    try:
        rgb = uploads.to_rgb(uploads.read_image(file.getvalue()))
        if uploads.is_blank(rgb):
            raise uploads.ImageError("image.blank")
        return np.round(rgb * 255).astype(np.uint8)
    except uploads.ImageError as exc:
        st.error(describe_error(exc, lang()))
        return None
