"""The Streamlit side of core.lab, shared by the pages: record runs, load pretrained or uploaded checkpoints.

A checkpoint chosen anywhere (the Experiments page, a page's "load pretrained" button, an upload) is
checked first, then queued for its family; the page takes it at the top of its next run, before its
sidebar, so it can set the widgets the run's views depend on, and installs it as a finished run.
"""
from typing import Callable

import streamlit as st

from core import lab, runs
from core.i18n import describe_error, plain
from core.runtime.jobs import Job, Snapshot
from core.ui import lang, live_view, session_check, t, training_controls, visitor

CHECKPOINT_TYPES = ["safetensors", "pt", "pth"]


def record(family: str, config, context: dict):
    """The `record` callback of a page's Job: the run is saved, as this visitor's, when its training ends."""
    return lab.record(family, config, context, visitor())


def job(family: str, trainer, config, context: dict, data=None, max_seconds: float = 600, **options) -> Job:
    """A page's training job for `family`: it knows the settings, data description and data (`data`: what the
    page's views need of it) it trains on, builds its model at any snapshot, and records its run when it ends."""
    fam = lab.family(family)
    return Job(trainer, max_seconds=max_seconds, record=record(family, config, context), family=family,
               config=config, context=context, data=data, build=lambda: fam.build(config, context), session_alive=session_check(), **options)


def section(key: str, family: str, make_job: Callable[[], Job], draw: Callable[[Snapshot], None], *,
            incoming: lab.Checkpoint | None = None, data=None, shown=None, bare: bool = False,
            controls: bool = True, every: float = 0.5,
            before_view: Callable[[Job | None], None] | None = None) -> Job | None:
    """A page's live-training section, the same everywhere: install the stored run the page took (with
    `take`, before its widgets, so they could follow it), Start/Pause/Stop/Reset (`controls=False` when the
    page cannot train now, e.g. without its data), "load pretrained / a checkpoint", the "showing stored run"
    note, `before_view(job)` (the page's own controls of a running job) and the live view. `draw(snap)` draws
    from the snapshot: `snap.config` is the run's settings and `snap.model` its model, whatever the widgets say
    now. Returns the section's job."""
    if incoming is not None:
        install(key, incoming, data, bare=bare, shown=shown)
    job = training_controls(key, make_job) if controls else st.session_state.get(f"job:{key}")
    loaders(key, family)
    loaded_note(key)
    if before_view is not None:
        before_view(job)
    live_view(key, draw, every)
    return job


def queue(ck: lab.Checkpoint) -> None:
    st.session_state.setdefault("lab:open", {})[ck.family.name] = ck


def open_run(run: runs.Run, gone: str) -> None:
    """Reopen a stored run in its page: checked, queued for that page, switched to; a refused or vanished run
    (deleted meanwhile, its weights damaged on disk) gets a message instead (`gone`: its translation key)."""
    try:
        ck = lab.check(run.meta, run.weights())
        queue(ck)
        st.switch_page(f"app_pages/{ck.family.page}.py")
    except runs.CheckpointError as exc:
        st.error(t("lab.refused", error=describe_error(exc, lang())))
    except OSError:
        st.error(t(gone))


def take(family: str) -> lab.Checkpoint | None:
    """The checkpoint queued for `family`, once."""
    return st.session_state.get("lab:open", {}).pop(family, None)


def follow(widgets: dict[str, tuple[object, object]]) -> None:
    """Set widgets to a stored run's settings: {key: (value, the values the widget offers)}; a value the
    widget cannot show (e.g. a width set on the command line) leaves that widget as it was."""
    for key, (value, offered) in widgets.items():
        if value in offered:
            st.session_state[key] = value


def install(key: str, ck: lab.Checkpoint, data, bare: bool = False, shown=None) -> Job | None:
    """Show a checked checkpoint as this page's finished run; if it still does not fit the data, say why.
    `bare`: the page has no training data (e.g. no speech corpus), so show the model alone; `shown`: the
    job's `data` for the page's views (by default the training data)."""
    try:
        trainer = lab.bare_trainer(ck) if bare else lab.restore_trainer(ck, data)
    except (RuntimeError, ValueError) as exc:  # e.g. a vocabulary or image size that differs from the data here
        st.error(t("lab.install_failed", error=describe_error(exc, lang())[:300]))
        return None
    if old := st.session_state.get(f"job:{key}"):
        old.stop("replaced")
    job = Job.finished(trainer, family=ck.family.name, config=ck.config, context=ck.context,
                       data=data if shown is None else shown, build=lambda: ck.family.build(ck.config, ck.context))
    st.session_state[f"job:{key}"] = job
    st.session_state[f"{key}:loaded"] = (job.ticket, describe(ck.meta))
    return job


def describe(meta: dict) -> str:
    what = t(f"lab.source.{meta.get('source', 'page')}")
    return t("lab.loaded", name=plain(meta.get("name") or meta.get("family")), source=what,
             epochs=plain(meta.get("epochs", 0)))


def loaded_note(key: str) -> None:
    """Under the training buttons: which stored run the page is showing, if it shows one."""
    job, note = st.session_state.get(f"job:{key}"), st.session_state.get(f"{key}:loaded")
    if job is not None and note and note[0] == job.ticket:
        st.success(note[1], icon=":material/inventory_2:")


def loaders(key: str, family: str) -> None:
    """"Load pretrained" and "Load a checkpoint" for one family."""
    with st.expander(t("lab.load_title"), icon=":material/upload_file:"):
        path = lab.pretrained_path(family)
        c1, c2 = st.columns([1, 2])
        if c1.button(t("lab.pretrained"), key=f"{key}:pretrained", disabled=not path.is_file(),
                     icon=":material/bolt:", help=t("lab.pretrained_help")):
            _open(path.read_bytes(), family)
        file = c2.file_uploader(t("lab.upload"), type=CHECKPOINT_TYPES, key=f"{key}:ckpt", help=t("lab.upload_help"))
        if file is not None and c2.button(t("lab.load_upload"), key=f"{key}:load_upload", icon=":material/upload:"):
            _open(file.getvalue(), family)


def _open(data: bytes, family: str) -> None:
    try:
        ck = lab.read(data, expect_family=family)
    except runs.CheckpointError as exc:
        st.error(t("lab.refused", error=describe_error(exc, lang())))
        return
    queue(ck)
    st.rerun()
