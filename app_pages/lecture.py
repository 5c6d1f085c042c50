"""The lecture as a guided path: one step per claim, predict → run → what was measured; presentation mode."""
import importlib

import streamlit as st

from core import catalog, lecture
from core.ui import BOOLS, labels, lang, state, t
from app_pages.parts import lecture_frame as frame

STEPS = lecture.steps()
NUMBERS = range(1, len(STEPS) + 1)
lecture.warm_all()  # load every step's data and models in the background: a live run waits on nothing

present_widget = state("lecture:present", BOOLS)  # read the link's ?present= and ?step= before drawing anything
step_widget = state("lecture:step", NUMBERS)
present = st.session_state.get("lecture:present", False)
if present:
    frame.presentation_style()
else:
    st.title(t("page.lecture.title"))
    st.markdown(t("lecture.intro"))

top = st.columns([1, 3, 1, 2], vertical_alignment="bottom")
k = top[1].selectbox(t("lecture.step"), NUMBERS, format_func=frame.step_names(STEPS), label_visibility="collapsed",
                     **step_widget)
top[0].button(t("lecture.previous"), icon=":material/arrow_back:", disabled=k == 1, shortcut="Left",
              on_click=frame.move, args=(-1,), key="lecture:prev", width="stretch")
top[2].button(t("lecture.next"), icon=":material/arrow_forward:", disabled=k == len(STEPS), shortcut="Right",
              on_click=frame.move, args=(1,), key="lecture:next", width="stretch")
top[3].toggle(t("lecture.present"), help=t("lecture.present_help"), **present_widget)

s = STEPS[k - 1]
part = importlib.import_module(f"app_pages.parts.lecture.{s.key}")
st.header(f"{k}. {t(f'lecture.{s.key}.title')}")
st.markdown(t(f"lecture.{s.key}.claim"))
if s.formula:
    st.latex(s.formula)
inputs = {**s.defaults, **(part.inputs() if hasattr(part, "inputs") else {})}

outcome = frame.outcome(s)
guess = st.radio(t(f"lecture.{s.key}.question"), s.choices, index=None, format_func=labels(f"lecture.{s.key}.choice."),
                 disabled=outcome is not None, **state(f"lecture:{s.key}:guess"))
if outcome is None:
    frame.run_buttons(s, inputs, guess)
else:
    if outcome.inputs != inputs:
        st.info(t("lecture.other_inputs"), icon=":material/tune:")
    st.subheader(t("lecture.measured"))
    part.draw(outcome.result)
    st.markdown(s.measured(outcome.result, lang()))
    frame.verdict(s, guess, outcome)
    frame.source_line(outcome)
    left, right = st.columns(2)
    left.button(t("lecture.again"), icon=":material/restart_alt:", on_click=frame.forget, args=(s,),
                key=f"lecture:{s.key}:again")
    page = catalog.page(s.page)
    right.link_button(t("lecture.explore", page=t(f"page.{page.key}.title")), frame.explore_url(s, outcome),
                      icon=":material/open_in_new:", help=t("lecture.explore_help"))
if not present or k == len(STEPS):  # in the classroom, the tally comes after the last step
    frame.progress(STEPS)
