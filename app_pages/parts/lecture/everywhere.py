"""Step 1: a test digit, a digit to speak and a date to pick; the four answers side by side."""
import numpy as np
import streamlit as st

from app_pages.parts.speech_try import image as spectrogram_image
from core import plots
from core.data import speech as sd, uploads, zh_en
from core.data.images import pack_grey
from core.families import speech as sp
from core.lecture import everywhere as step
from core.ui import plot, state, t

DIGITS = range(len(step.TEST_DIGITS))
DATES = range(len(step.DATES))


def inputs() -> dict:
    labels = step.mnist().y_test
    digits = {k: t("lecture.everywhere.digit_option", i=i, c=int(labels[i])) for k, i in enumerate(step.TEST_DIGITS)}
    dates = {k: zh_en.zh_date(*d) for k, d in enumerate(step.DATES)}
    left, middle, right = st.columns(3)
    digit = left.selectbox(t("lecture.everywhere.pick_digit"), DIGITS, format_func=digits.get,
                           **state("lecture:everywhere_digit", DIGITS, name="digit"))
    drawn = _drawing(left)
    spoken = middle.selectbox(t("lecture.everywhere.pick_spoken"), step.SPOKEN, index=step.STEP.defaults["spoken"],
                              format_func=sp.label, **state("lecture:everywhere_spoken", step.SPOKEN, name="spoken"))
    date = right.selectbox(t("lecture.everywhere.pick_date"), DATES, format_func=dates.get,
                           **state("lecture:everywhere_date", DATES, name="date"))
    return {"digit": digit, "spoken": spoken, "date": date, **drawn}


def _drawing(column) -> dict:
    """{"drawn": the student's digit packed as 28×28, "drawn_label": the digit they meant}, or {} (the test digit
    is used) while the canvas is off or empty."""
    if not column.toggle(t("lecture.everywhere.draw"), help=t("lecture.everywhere.draw_help"),
                         **state("lecture:everywhere_draw")):
        return {}
    from streamlit_drawable_canvas import st_canvas

    with column:
        st.space("small")  # the canvas's toolbar floats above its top edge
        drawing = st_canvas(stroke_width=18, stroke_color="#FFFFFF", background_color="#000000", height=196,
                            width=196, key="lecture:everywhere_canvas", return_image_data=True)
        label = st.selectbox(t("lecture.everywhere.drawn_label"), step.SPOKEN, **state("lecture:everywhere_label"))
    grey = uploads.canvas_to_grey(drawing.image_data) if drawing is not None and drawing.image_data is not None else None
    if grey is None or grey.max() < 0.1:
        column.caption(t("lecture.everywhere.draw_first"))
        return {}
    return {"drawn": pack_grey(uploads.mnist_style(grey)[None])[0], "drawn_label": int(label)}


def _said(task: dict, text: str) -> None:
    """The model's answer under its picture, marked right or wrong."""
    mark = t("lecture.everywhere.mark.right" if task["right"] else "lecture.everywhere.mark.wrong")
    st.markdown(f"{text} · **{mark}**")


def draw(result: dict) -> None:
    digit, spoken, date, face = (result[k] for k in step.TASKS)
    columns = st.columns(4)
    for column, task in zip(columns, step.TASKS):
        column.markdown(f"**{t(f'lecture.everywhere.task.{task}')}**")
    with columns[0]:
        plot(plots.image_grid(np.array([digit["pixels"]]), cols=1, cell=200))
        _said(digit, t("lecture.everywhere.read_as", expected=digit["expected"], predicted=digit["predicted"]))
    with columns[1]:
        if spoken["available"]:
            plot(plots.image_grid(spectrogram_image(np.array([spoken["log_mel"]])), cols=1, cell=200,
                                  colorscale="Viridis"))
            _said(spoken, t("lecture.everywhere.heard", word=sd.WORDS["en"][spoken["digit"]],
                            predicted=spoken["predicted"]))
        else:
            st.info(t("lecture.everywhere.unavailable"), icon=":material/mic_off:")
    with columns[2]:
        st.markdown(f"#### {date['source']}")
        _said(date, f"→ `{date['predicted']}`")
        st.caption(t("lecture.everywhere.expected", expected=date["expected"]))
    with columns[3]:
        sets = [(t("lecture.everywhere.reference"), np.array([face["reference"]]), None, plots.CLASS_COLORS[0]),
                (t("faces.cnn"), np.array(face["boxes"]), np.array(face["scores"]), plots.CLASS_COLORS[1])]
        fig = plots.detections(step.astronaut(), sets)
        plot(fig.update_layout(height=260, margin=dict(l=0, r=0, t=10, b=0), legend=dict(orientation="h", y=-0.02)))
        _said(face, t("lecture.everywhere.astronaut", iou=f"{face['iou']:.2f}"))
