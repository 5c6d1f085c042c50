"""The lecture path's frame around every step: step moves, the run buttons, verdict, source, progress, style."""
import threading

import streamlit as st

from core import catalog, i18n, lecture, links, ui
from core.lecture import Outcome, Step
from core.ui import LANG_KEY, lang, t

NEXT_SEED = "lecture:seed"  # live runs count up from seed 1 (the stored run is seed 0)
RUN_LOCK = "lecture:run_lock"  # held by the session's live run


def step_names(steps: list[Step]):
    """format_func for the step picker: "3 · A network is a composition…" in this run's language."""
    code, keys = lang(), [s.key for s in steps]
    return lambda k: f"{k} · {i18n.translate(f'lecture.{keys[k - 1]}.title', code)}"


def move(delta: int) -> None:
    st.session_state["lecture:step"] = min(len(lecture.steps()), max(1, st.session_state.get("lecture:step", 1) + delta))


def _key(s: Step) -> str:
    return f"lecture:{s.key}:outcome"


def outcome(s: Step) -> Outcome | None:
    """The result this visitor has revealed for the step (stored or live), kept for the session."""
    return st.session_state.get(_key(s))


def forget(s: Step) -> None:
    st.session_state.pop(_key(s), None)
    st.session_state.pop(f"lecture:{s.key}:guess", None)


def run_buttons(s: Step, inputs: dict, guess: str | None) -> None:
    """"Show the stored result" (at once) and "Run it live" (seconds), both after a prediction is chosen."""
    saved = lecture.stored(s)
    usable = saved if saved is not None and saved.inputs == inputs else None
    if guess is None:
        st.caption(t("lecture.predict_first"))
    elif usable is None:
        st.caption(t("lecture.no_stored"))
    left, right = st.columns(2)
    if left.button(t("lecture.show"), icon=":material/bolt:", help=t("lecture.show_help"), key=f"lecture:{s.key}:show",
                   disabled=guess is None or usable is None, width="stretch"):
        _reveal(s, usable, guess)
        st.rerun()
    if right.button(t("lecture.run"), icon=":material/play_arrow:", type="primary", help=t("lecture.run_help"),
                    key=f"lecture:{s.key}:run", disabled=guess is None, width="stretch"):
        _run_live(s, inputs, guess)


def _run_live(s: Step, inputs: dict, guess: str) -> None:
    """One live run per session at a time. A click while one runs (Streamlit starts a new script run at once
    and lets the old one finish) waits for that run's result instead of starting another."""
    lock = st.session_state.setdefault(RUN_LOCK, threading.Lock())
    if not lock.acquire(blocking=False):
        with st.spinner(t("lecture.running")):
            if lock.acquire(timeout=lecture.WAIT_SECONDS + 120):
                lock.release()
        st.rerun()
    try:
        seed = st.session_state[NEXT_SEED] = st.session_state.get(NEXT_SEED, 0) + 1
        with st.spinner(t("lecture.running")):
            try:
                _reveal(s, lecture.run_shared(s, inputs, seed), guess)  # kept at once: a rerun may follow
            except lecture.Busy as exc:
                st.warning(i18n.describe_error(exc, lang()), icon=":material/hourglass_top:")
                return
            except lecture.Unavailable as exc:
                st.error(t("lecture.unavailable", why=i18n.describe_error(exc, lang())))
                return
    finally:
        lock.release()
    st.rerun()


def _reveal(s: Step, out: Outcome, guess: str) -> None:
    """Show the result for the rest of the session, and keep the prediction against it with the visitor's
    progress (core.classroom), where the class view and the next visit find it."""
    st.session_state[_key(s)] = out
    ui.record_progress("lecture", s.key, {"guess": guess, "truth": s.answer(out.result),
                                          "verdict": lecture.verdict(s, guess, out.result), "live": out.live,
                                          "seed": out.seed})


def verdict(s: Step, guess: str | None, out: Outcome) -> None:
    said = lecture.verdict(s, guess, out.result)
    truth = s.answer(out.result)
    words = {"guess": t(f"lecture.{s.key}.choice.{guess}") if guess else "",
             "truth": t(f"lecture.{s.key}.choice.{truth}") if truth else ""}
    if said == "none" and truth is None:
        return
    box = {"right": st.success, "wrong": st.warning}.get(said, st.info)
    box(t(f"lecture.verdict.{said}", **words), icon=":material/how_to_vote:")


def source_line(out: Outcome) -> None:
    if out.live:
        st.caption(t("lecture.source.live", seed=out.seed, seconds=f"{out.seconds:.1f}"))
    else:
        st.caption(t("lecture.source.stored", seed=out.seed, seconds=f"{out.seconds:.1f}",
                     machine=f"`{out.machine.replace('`', '')[:80]}`"))  # an identifier, shown as code


def explore_url(s: Step, out: Outcome) -> str:
    """The full page's address, relative to this one, with the experiment's settings (opens in a new tab)."""
    return links.url(catalog.page(s.page).key, {LANG_KEY: lang(), **s.link(out.result)})


def progress(steps: list[Step]) -> None:
    """This visitor's predictions against what each run showed, step by step."""
    rows, right = [], 0
    for k, s in enumerate(steps, 1):
        out = outcome(s)
        if out is None:
            continue
        guess = st.session_state.get(f"lecture:{s.key}:guess")
        truth, said = s.answer(out.result), lecture.verdict(s, guess, out.result)
        right += said == "right"
        rows.append({t("lecture.progress.step"): f"{k} · {t(f'lecture.{s.key}.title')}",
                     t("lecture.progress.guess"): t(f"lecture.{s.key}.choice.{guess}") if guess else "—",
                     t("lecture.progress.truth"): t(f"lecture.{s.key}.choice.{truth}") if truth else "—",
                     t("lecture.progress.mark"): t(f"lecture.mark.{said}")})
    with st.expander(t("lecture.progress"), icon=":material/checklist:"):
        if not rows:
            st.caption(t("lecture.progress.none"))
            return
        st.caption(t("lecture.progress.count", right=right, done=len(rows)))
        st.dataframe(rows, hide_index=True)


PRESENTATION_CSS = """
<style>
section[data-testid="stSidebar"], div[data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"] { display: none !important; }
div[data-testid="stMainBlockContainer"] { max-width: 1500px; padding-top: 1.5rem; }
div[data-testid="stMainBlockContainer"] p, div[data-testid="stMainBlockContainer"] li,
div[data-testid="stMainBlockContainer"] label p { font-size: 1.45rem; line-height: 1.5; }
div[data-testid="stMainBlockContainer"] h2 { font-size: 2.6rem; }
div[data-testid="stMainBlockContainer"] h3 { font-size: 1.9rem; }
.katex { font-size: 1.5em !important; }
</style>
"""


def presentation_style() -> None:
    """Large type, no sidebar and no toolbar: one step per screen for a classroom projector."""
    st.html(PRESENTATION_CSS)
