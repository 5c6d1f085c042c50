"""The playground's live picture: a canvas component (Streamlit components v2) fed core.playground.live_frame.

Plotly figures re-sent on every fragment rerun let the page's picture change about 4 times a second; the
canvas gets ~10 kB of bytes per frame and paints on the browser's next animation frame
(`python -m bench --only playground` counts the paints).
"""
from pathlib import Path

import streamlit as st

from core import playground as pg
from core.runtime.jobs import Snapshot
from core.ui import job_of, lang, t

_JS = (Path(__file__).with_name("live_network.js")).read_text(encoding="utf-8")
_HTML = ('<div class="dlc-live" role="img"><canvas class="net"></canvas>'
         '<div class="side"><canvas class="out"></canvas><canvas class="loss"></canvas></div></div>')
_CSS = """
.dlc-live { display: flex; gap: 24px; align-items: flex-start; width: 100%; }
.dlc-live .side { display: flex; flex-direction: column; gap: 8px; }
.dlc-live canvas { display: block; }
"""
_COMPONENT = st.components.v2.component("dlc_live_network", html=_HTML, css=_CSS, js=_JS)


def show_run(key: str, snap: Snapshot, view: pg.PlaygroundConfig) -> None:
    """While the page's run (the job under `key`) trains: the canvas, fed the frames the job recorded since
    the last rerun (the latest one again when there is none, for a canvas drawn anew), painted at the rate
    they were recorded; `view` holds the page's view settings (test points, discretised output)."""
    job, last = job_of(key), snap.history[-1] if snap.history else {}
    run, sent = st.session_state.get(f"{key}:sent", (None, 0))
    frames = job.frames_since(sent if run == snap.run_id else 0) or job.frames_since(sent - 1)[-1:]
    if frames:
        st.session_state[f"{key}:sent"] = (snap.run_id, frames[-1][0])
    label = t("pg.live_label", epoch=snap.epoch, train=f"{last.get('train_loss', float('nan')):.3g}",
              test=f"{last.get('test_loss', float('nan')):.3g}")  # the canvas's text for assistive technology
    sig = (snap.run_id, view.show_test, view.discretize, lang())  # the scene is the same all run long
    kept = st.session_state.get(f"{key}:scene")
    if kept is None or kept[0] != sig:
        kept = st.session_state[f"{key}:scene"] = (sig, pg.live_scene(snap.config, snap.data, t, view.show_test,
                                                                      view.discretize))
    _COMPONENT(key=f"{key}:live-canvas", height="content", data={
        "run": snap.run_id, "hz": 1 / job.frame_every, "frames": [{"seq": n, **f} for n, f in frames],
        "scene": kept[1], "label": label})
    time_to_target(snap.config, snap.history)


def time_to_target(run: pg.PlaygroundConfig, history: list[dict]) -> None:
    """How long this run took to the page's accuracy target, counted from Start, or how far it still is."""
    target = pg.accuracy_target(run.kind, run.net.classes)
    if target is None or not history:
        return
    hit = pg.time_to_target(history, target)
    if hit:
        st.markdown(t("pg.to_target", target=f"{target:.0%}", seconds=f"{hit['seconds']:.3g}", epoch=hit["epoch"]))
    elif "seconds" in history[-1]:
        st.caption(t("pg.not_yet", target=f"{target:.0%}", acc=f"{history[-1]['test_acc']:.1%}",
                     seconds=f"{history[-1]['seconds']:.1f}"))
