"""The one module in core that imports Streamlit: language, shared widgets and live-training glue."""
from __future__ import annotations

import importlib
import logging
import os
import re
import secrets
import sqlite3
import threading
from typing import Callable, NoReturn

import plotly.io as pio
import streamlit as st
import torch

from core import classroom, i18n, links, plots, runs
from core.data import csv2d
from core.runtime.jobs import Job, Snapshot
from core.train import divergence_cause

# Libraries that others find through sys.modules rather than by importing them (plotly looks pandas up there;
# Streamlit's dataframes need pyarrow) are imported here, by the first session that imports this module, and
# completely: Python holds a module's import lock until it is done, so no second session can meet a half-made
# pandas ("partially initialized module 'pandas' has no attribute 'Series'", seen on a freshly started server
# when one session drew a chart while another imported pandas for the first time). torchvision too: its
# subpackages import each other, so two threads importing two of them for the first time (the lecture's
# warm-up thread `from torchvision.ops import nms`, a CNN page `from torchvision import models`) can each
# hold one's lock and be handed the other half-made ("cannot import name 'StochasticDepth' from partially
# initialized module 'torchvision.ops'", seen by bench --only class on a fresh server; Python breaks the
# deadlock that way instead of waiting).
SHARED_IMPORTS = ("pandas", "pyarrow", "plotly.graph_objects", "torchvision", "torchvision.transforms.v2")
for _name in SHARED_IMPORTS:
    importlib.import_module(_name)

# `import streamlit` makes Streamlit's plotly template the default; a process that imported core.plots first
# (a test, a script) would then build every later figure with it. The app's one template wins here.
pio.templates.default = plots.TEMPLATE

LANG_KEY = "lang"

# One intra-op thread per process by default: the live views run torch in script threads while a
# job trains, and two OpenMP teams on two cores made the playground train 4-5× slower in the app
# (measured: ~8k vs ~35k samples/s). DLC_TORCH_THREADS overrides this on bigger machines.
torch.set_num_threads(int(os.environ.get("DLC_TORCH_THREADS", 1)))


# ---- language ----
def lang() -> str:
    """The session's language: the choice made, then ?lang= in the URL, then the browser's language, then English."""
    if LANG_KEY in st.session_state:
        return st.session_state[LANG_KEY]
    code = st.query_params.get(LANG_KEY)
    if code in i18n.LANGUAGES:
        return code
    return i18n.from_locale(st.context.locale)


def t(key: str, **values) -> str:
    return i18n.translate(key, lang(), **values)


def idea(key: str, into=None, **values) -> None:
    """A page's idea paragraph (the words `key`, drawn in `into`, a placeholder, or in the page) with its
    glossary terms linked to their glossary entries, each link's title (shown on hover) the term's definition
    (core.glossary.link_terms)."""
    from core import catalog, glossary

    here, base = lang(), catalog.page("glossary").key
    (into or st).markdown(glossary.link_terms(
        t(key, **values), here, url=lambda e: links.url(base, {LANG_KEY: here, "q": e.zh if here == "zh" else e.en}),
        title=lambda e: t(e.definition)))


def sentences(*parts: str) -> str:
    """Sentences joined in the session's language (core.i18n.sentences)."""
    return i18n.sentences(parts, lang())


def listing(items) -> str:
    """Items as a list in the session's language: "a, b, c" in English, "a、b、c" in Chinese."""
    return i18n.listing(items, lang())


def labels(prefix: str) -> Callable[[str], str]:
    """A format_func translating option k as `prefix + k` in the language of this run (fixed now, so the
    function gives the same text wherever it is called later)."""
    code = lang()
    return lambda k: i18n.translate(f"{prefix}{k}", code)


def language_switch() -> None:
    """Sidebar selector; the choice lives in session state and is mirrored into the URL."""
    current = lang()
    st.session_state[LANG_KEY] = current
    st.session_state[f"{LANG_KEY}:widget"] = current  # clicking the selected option would clear it
    st.sidebar.segmented_control(
        "Language · 语言", options=list(i18n.LANGUAGES), key=f"{LANG_KEY}:widget",
        format_func=lambda code: i18n.LANGUAGES[code], on_change=_language_chosen,
    )
    st.query_params[LANG_KEY] = current


def _language_chosen() -> None:
    if chosen := st.session_state.get(f"{LANG_KEY}:widget"):
        st.session_state[LANG_KEY] = chosen


# ---- settings that survive navigation and travel in the link ----
BOOLS = (False, True)  # what a toggle offers
LINK_KEY = "link:params"  # this run's {parameter: (widget key, offered values)} for the URL
WRITTEN_KEY = "link:written"  # what the last run wrote into the URL, so an old value is not taken for a new link
RESERVED = {LANG_KEY, "embed", "embed_options"}  # parameters that are not a page's settings
PAGE_KEY = "link:page"  # the page of the previous run, and whether this run takes settings from the URL


_COMPILING = threading.Lock()
_compiled: set[str] = set()


def compile_pages(paths: list[str]) -> None:
    """Compile every page script into Streamlit's bytecode cache once per process, one thread at a time,
    before any page runs. CPython 3.11 can fail an `ast.parse` that runs while another thread parses
    ("SystemError: AST constructor recursion depth mismatch", python/cpython#106905; seen on 3.11.7 in CI
    when two tabs opened two pages of a fresh server at once), and Streamlit parses each page the first
    time a session opens it. The first call also warms torch's optimizers (core.train.warm_up)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    if _compiled.issuperset(paths):
        return
    ctx = get_script_run_ctx()
    manager = getattr(ctx, "pages_manager", None)
    if manager is None or not hasattr(manager, "get_page_script_byte_code"):  # AppTest, or another Streamlit
        return
    with _COMPILING:
        if not _compiled:  # the first run of this process: also what a first Start would wait for
            from core.train import warm_up

            warm_up()
        for path in paths:
            if path not in _compiled:
                manager.get_page_script_byte_code(path)
                _compiled.add(path)


def begin_link(page: str) -> None:
    """Before a page runs: it takes settings from the URL only when the session opened on it (a shared link)
    or when it reruns itself; after moving here from another page, the URL still holds that page's settings."""
    previous = st.session_state.get(PAGE_KEY, (None, True))[0]
    st.session_state[PAGE_KEY] = (page, previous is None or previous == page)
    st.session_state[LINK_KEY] = {}


def link_opened_here() -> bool:
    """Whether this run may take settings from the URL (see `begin_link`)."""
    return st.session_state.get(PAGE_KEY, (None, True))[1]


def state(key: str, offered=None, name: str | None = None) -> dict:
    """Keyword arguments for a widget keyed `key` whose value survives page changes (`persist_state`).

    With `offered` (the values the widget can show), it is also one of the page's link settings: the
    parameter `name` (by default the key's second part, "cnn:ep" → "ep") in a link that this session did
    not write sets the widget before it is drawn, and a value the widget could not show is named and ignored.
    Streamlit's own `bind="query-params"` is not used: it writes an option's translated label into the URL
    (a link made in 中文 would not open in English) and drops a bad value without a word.
    """
    if offered is not None:
        name = name or (key.split(":")[1] if ":" in key else key)
        if name in RESERVED:
            raise ValueError(f"{name!r} is a query parameter Streamlit keeps for itself")
        raw = st.query_params.get(name) if link_opened_here() else None
        if raw is not None and raw != st.session_state.get(WRITTEN_KEY, {}).get(name):
            try:
                st.session_state[key] = links.parse(raw, offered)
            except ValueError:
                st.warning(t("link.ignored", name=i18n.plain(name), value=i18n.plain(raw[:40])),
                           icon=":material/link_off:")
        registry = st.session_state.setdefault(LINK_KEY, {})
        if registry.get(name, (key,))[0] != key:
            raise ValueError(f"two link settings named {name!r}: {registry[name][0]} and {key}")
        registry[name] = (key, offered)
    return {"key": key, "persist_state": "session"}


def write_link() -> None:
    """After a page ran: put its link settings into the URL (keeping the language), and offer the link."""
    params = {name: links.format(st.session_state[key]) for name, (key, offered) in st.session_state.pop(LINK_KEY, {}).items()
              if key in st.session_state and links.offers(offered, st.session_state[key])}
    if params:
        st.session_state[WRITTEN_KEY] = params
        st.query_params.from_dict({LANG_KEY: lang(), **params})
    else:  # a page that writes its own parameters (the playground's whole configuration)
        params = {k: v for k, v in st.query_params.to_dict().items() if k != LANG_KEY}
        if not params:
            return
    with st.sidebar.expander(t("link.title"), icon=":material/link:"):
        st.caption(t("link.help"))
        st.code(links.url(st.context.url or "", {LANG_KEY: lang(), **params}), language=None, wrap_lines=True)


def stop() -> NoReturn:
    """`st.stop()` for pages: the page's settings go into the link first (once a page has called st.stop,
    every later Streamlit call stops too, so the entrypoint could not write them after it)."""
    write_link()
    st.stop()


def plot(fig, key: str | None = None, numbers: bool = True, config: dict | None = None, **kwargs):
    """Draw with our plotly template (theme=None keeps Streamlit's theme from restyling it), with the chart's
    text alternative as its accessible name (core.chart_text.describe) and, for a line chart or a small
    matrix, its numbers in a closed expander (`numbers=False` leaves them out). `config` adds to plotly's
    config; `kwargs` go to st.plotly_chart (on_select, selection_mode); returns what it returns."""
    from core import chart_text

    out = st.plotly_chart(fig, width="stretch", key=key, theme=None, config={"displaylogo": False, **(config or {})},
                          alt=chart_text.describe(fig, t), **kwargs)
    if numbers and (df := chart_text.table(fig, t)) is not None:
        # 6 significant digits (sprintf-js's %g): a loss of 2e-13 had shown as 0.0000000000002
        columns = {c: st.column_config.NumberColumn(format="%.6g") for c, kind in df.dtypes.items() if kind.kind == "f"}
        with st.expander(t("plot.numbers"), icon=":material/table:"):
            st.dataframe(df, hide_index=True, column_config=columns)
    return out


# ---- the user's own points ----
EXAMPLE_POINTS = "x1,x2,label\n0.2,0.8,1\n0.6,0.5,1\n-0.3,0.9,1\n-0.5,-0.4,0\n0.1,-0.7,0\n-0.8,0.1,0\n"


def points_source(key: str) -> csv2d.ParsedPoints | None:
    """CSV typed or uploaded in the sidebar; bad rows listed by number, unusable input explained."""
    upload = st.sidebar.file_uploader(t("csv.upload"), type=["csv", "txt", "tsv"], key=f"{key}:upload")
    text = st.sidebar.text_area(t("csv.label"), EXAMPLE_POINTS, height=160, **state(f"{key}:csv"), help=t("csv.help"),
                                disabled=upload is not None)
    try:
        points = csv2d.parse_points(upload.getvalue() if upload is not None else text)
    except csv2d.CSVError as exc:
        st.error(t("csv.error", error=i18n.describe_error(exc, lang())))
        row_problems(exc.rows)
        return None
    if upload is not None and points.dialect is not None:
        st.sidebar.caption(t(points.dialect.key, **points.dialect.describe()))
    row_problems(points.errors)
    if points.scale != 1.0:
        st.caption(t("csv.scaled", scale=f"{points.scale:g}"))
    return points


def row_problems(errors: list[tuple[int, str, dict]], limit: int = 10, unit: str = "csv.row",
                 title: str = "csv.bad_rows") -> None:
    """A warning listing skipped rows (or lines: `unit`, `title`) by number, the first `limit`; what the user
    wrote is shown as plain text."""
    if not errors:
        return
    colon = "：" if lang() == "zh" else ": "
    lines = [f"- {t(unit, row=row)}{colon}{t(key, **{k: i18n.plain(v, 40) for k, v in values.items()})}"
             for row, key, values in errors[:limit]]
    more = t("csv.more", count=len(errors) - limit) if len(errors) > limit else ""
    st.warning(t(title, count=len(errors)) + "\n" + "\n".join(lines) + more)


# ---- live training ----
def session_check() -> Callable[[], bool] | None:
    """A thread-safe "is this browser session still connected?" for a job, or None outside a server (AppTest)."""
    from streamlit import runtime
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None or not runtime.exists():
        return None
    server, session_id = runtime.get_instance(), ctx.session_id
    if server.is_active_session(session_id) is not True:  # AppTest's runtime is a mock that answers anything
        return None
    return lambda: server.is_active_session(session_id)


# ---- who is visiting ----
VISITOR_COOKIE = "dlc_visitor"
_SECRET = re.compile(r"^[0-9a-f]{64}$")


def visitor() -> str:
    """The owner id of this visitor's runs (see core.runs.owner_id): the logged-in user where `st.login` is
    configured, otherwise a random secret the browser keeps in a cookie (set by `remember_visitor`), so a
    reload, a new tab or tomorrow's visit in the same browser is the same visitor."""
    if owner := st.session_state.get("visitor:owner"):
        return owner
    user = _logged_in_user()
    if user:
        owner = runs.owner_id("u", user)
    else:
        secret = st.context.cookies.get(VISITOR_COOKIE)
        if not isinstance(secret, str) or not _SECRET.match(secret):
            secret = st.session_state["visitor:new_cookie"] = secrets.token_hex(32)
        owner = runs.owner_id("v", secret)
    st.session_state["visitor:owner"] = owner
    return owner


def _logged_in_user() -> str | None:
    try:
        if getattr(st.user, "is_logged_in", False):
            return str(st.user.get("sub") or st.user.get("email") or "") or None
    except Exception:  # auth not configured (or AppTest): a visitor is known by their cookie
        return None
    return None


HTML_LANG = {"en": "en", "zh": "zh-Hans"}  # BCP 47 tags for the document: a screen reader's voice and rules


# A formula wider than its column scrolls sideways inside Streamlit's `.katex-display`; a keyboard can only
# scroll what it can focus (axe-core: scrollable-region-focusable), so each one that overflows gets tabindex 0.
_FOCUSABLE_FORMULAS = """
if (!window.dlcFormulas) {
  let queued = false;
  const check = () => {
    queued = false;
    for (const el of document.querySelectorAll('.katex-display:not([tabindex])')) {
      if (el.scrollWidth > el.clientWidth) {
        el.tabIndex = 0;
        el.setAttribute('role', 'region');
        el.setAttribute('aria-label', el.querySelector('annotation')?.textContent || 'formula');
      }
    }
  };
  const later = () => { if (!queued) { queued = true; requestAnimationFrame(check); } };  // once a frame at most
  window.dlcFormulas = new MutationObserver(later);
  window.dlcFormulas.observe(document.body, {childList: true, subtree: true});
  window.addEventListener('resize', later);
  later();
}
"""


def document_language() -> None:
    """Set `<html lang>` to the UI language (Streamlit's page says "en" whatever the text is), so assistive
    technology reads 中文 as Chinese; runs again whenever the language changes. Also makes each formula that
    is too wide for its column focusable, so it can be scrolled from the keyboard. Called by Home.py."""
    st.sidebar.html(f"<script>document.documentElement.lang = '{HTML_LANG[lang()]}';{_FOCUSABLE_FORMULAS}</script>",
                    unsafe_allow_javascript=True, width="content")


def remember_visitor() -> None:
    """Once per session that made a new secret: store it in the browser (a year, this site only, not sent
    to other sites), so the next visit is the same visitor. Called on every run by Home.py."""
    visitor()
    if secret := st.session_state.get("visitor:new_cookie"):
        st.html(f"<script>document.cookie = '{VISITOR_COOKIE}={secret}; Max-Age=31536000; Path=/; SameSite=Strict';"
                "</script>", unsafe_allow_javascript=True, width="content")


# ---- progress ----
_log = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def progress_store() -> classroom.Progress | None:
    """The process's progress database (core.classroom), or None where it cannot be opened (a read-only disk):
    then progress lasts for the session only, and nothing else breaks."""
    try:
        return classroom.Progress()
    except (OSError, sqlite3.Error) as exc:
        _log.warning("progress is not kept: %s", exc)
        return None


def record_progress(kind: str, item: str, value: dict) -> bool:
    """Keep an entry of this visitor's progress (core.classroom.Progress.record); False when it could not be
    kept (no database, a locked or full disk): the page goes on, the entry lasts for this session only."""
    store = progress_store()
    if store is None:
        return False
    try:
        store.record(visitor(), kind, item, value)
        return True
    except (OSError, sqlite3.Error) as exc:
        _log.warning("a progress entry was not kept: %s", exc)
        return False


CLASS_SETTINGS = {"class_code": "DLC_CLASS_CODE", "teacher_password": "DLC_TEACHER_PASSWORD"}


def class_setting(name: str) -> str | None:
    """The operator's class code or teacher password: the environment variable (DLC_CLASS_CODE,
    DLC_TEACHER_PASSWORD) or the same-named key in .streamlit/secrets.toml (class_code, teacher_password);
    None when neither is set or it is blank."""
    value = os.environ.get(CLASS_SETTINGS[name])
    if not value:
        try:
            value = st.secrets.get(name)
        except Exception:  # no secrets file, or one that does not parse: the class view is simply off
            value = None
    value = str(value).strip() if value is not None else ""
    return value or None


def my_progress() -> dict[str, dict[str, dict]]:
    """This visitor's kept progress, {kind: {item: value}} ({} without a database)."""
    store = progress_store()
    try:
        return store.of(visitor()) if store is not None else {}
    except (OSError, sqlite3.Error) as exc:
        _log.warning("progress could not be read: %s", exc)
        return {}


def job_of(key: str) -> Job | None:
    return st.session_state.get(f"job:{key}")


FIRST_EPOCH_WAIT = 0.04  # seconds Start's callback waits for a new run's first epoch (see _start)


def _start(key: str, make_job: Callable[[], Job]) -> None:
    """Start's callback, run before the page is drawn (so Start shows disabled at once): a new run replaces
    the old one; an impossible setting leaves a message for the page instead."""
    try:
        job = make_job()
    except ValueError as exc:
        st.session_state[f"{key}:start-error"] = t("train.bad_setting", error=i18n.describe_error(exc, lang()))
        return
    if old := job_of(key):
        old.stop("replaced")
    st.session_state[f"job:{key}"] = job
    job.start()
    # The page's rerun after Start would share the two cores (and the GIL) with the run's first epoch: a
    # playground epoch took 40 ms beside it, 12-16 ms alone. Waiting a little lets a small run's first epoch
    # finish alone and shows it in this rerun. Elsewhere (a CNN's first epoch, a run queued behind another
    # visitor's) the page is drawn 40 ms later and nothing else changes.
    job.wait_first_epoch(FIRST_EPOCH_WAIT)


def training_controls(key: str, make_job: Callable[[], Job]) -> Job | None:
    """Start / Pause / Resume / Stop / Reset buttons for the job stored under `key`.

    `make_job` may raise ValueError for an impossible setting; the message is shown, nothing breaks.
    """
    job = job_of(key)  # Start's callback has already run: the buttons below are drawn for the new run
    snap = job.poll() if job else None
    running = snap is not None and not snap.done
    cols = st.columns(4)
    cols[0].button(t("train.start"), key=f"{key}:start", type="primary", disabled=running, width="stretch",
                   icon=":material/play_arrow:", on_click=_start, args=(key, make_job))
    if error := st.session_state.pop(f"{key}:start-error", None):
        st.error(error)
    paused = running and job.trainer.paused
    stopping = running and snap.stopping  # Stop was pressed; the run ends after evaluating its last epoch
    if cols[1].button(t("train.resume") if paused else t("train.pause"), key=f"{key}:pause",
                      disabled=not running or stopping, width="stretch",
                      icon=":material/play_circle:" if paused else ":material/pause:"):
        job.resume() if paused else job.pause()
        st.rerun()  # redraw the buttons with their new labels and states
    if cols[2].button(t("train.stop"), key=f"{key}:stop", disabled=not running or stopping, width="stretch",
                      icon=":material/stop:"):
        job.stop("user")
        job.join(2.0)  # it stops before its next step; wait so the page shows the final state
        st.rerun()
    if cols[3].button(t("train.reset"), key=f"{key}:reset", disabled=job is None, width="stretch",
                      icon=":material/restart_alt:"):
        job.stop("reset")
        del st.session_state[f"job:{key}"]
        job = None
    return job


WAITING_EVERY = 2.0  # seconds between redraws of a run that waits for a training slot


def live_view(key: str, draw: Callable[[Snapshot], None], every: float = 0.5) -> None:
    """Redraw from the job's latest snapshot every `every` seconds while it trains."""
    job = job_of(key)
    if job is None:
        return
    first = job.poll()
    # a run that has just been started says "waiting" until its thread takes a free slot: it is not queued
    # (in the limiter's queue while every slot is held by other runs; a run holding its slot has left the queue)
    queued = (first.status == "waiting" and job.limiter.position(job.ticket) > 0
              and job.limiter.running >= job.limiter.slots)
    running, waiting = not first.done, queued
    # A run waiting for a training slot only shows its place in the queue: it need not redraw at the live
    # rate (with a class on one server, most live views are waiting ones; `python -m bench --only class`)
    interval = max(every, WAITING_EVERY) if waiting else every

    @st.fragment(run_every=interval if running else None)
    def _view() -> None:
        snap = job.poll()
        status_line(snap)
        draw(snap)
        if running and (snap.done or (waiting and snap.status != "waiting")):
            st.rerun(scope="app")  # refresh the buttons outside the fragment, and the redraw rate

    _view()


def status_line(snap: Snapshot) -> None:
    """One line on what the job is doing, or a clear message on how it ended."""
    text = t(f"status.{snap.status}", epoch=snap.epoch, step=snap.step,
             rate=f"{snap.samples_per_second:,.0f}", position=max(1, snap.queue_position))
    if snap.status == "diverged":
        cause, values = divergence_cause(snap.config)
        st.error(t("train.diverged", step=snap.diverged_at, restored=snap.restored_step) + " " + t(f"train.diverged.{cause}", **values))
    elif snap.status == "error":
        st.error(t("train.error", message=snap.message))
    elif snap.stopping:  # Job.poll sets it only on a run that has its slot
        st.caption(t("status.stopping", epoch=snap.epoch, step=snap.step))
    elif snap.status == "waiting":
        st.warning(text)
    elif snap.status == "stopped" and snap.reason:
        st.info(f"{text} — {t('reason.' + snap.reason)}")
    else:
        st.caption(text)


def data_source(source: str) -> str:
    """A data set's name as `Digits.source` / a stored sweep's "source" spell it, in the page's language
    (keys data.source.<loader>); a name it does not know (CIFAR-10's counts) is returned unchanged."""
    from core.data.digits import source_key

    key = source_key(source)
    return t(f"data.source.{key}") if key else source
