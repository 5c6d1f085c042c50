"""The lecture "初识深度学习" as a guided path: one step per claim, in the lecture's order.

Each step (one module here, `STEP`) states the slide's claim, asks the student to predict what an
experiment will show, runs that experiment (≤ 10 s on one torch thread; `python -m bench --only lecture`
times it), and says what was measured, computed from the run, and which prediction the run bears out.
A stored run of every step (assets/lecture/<key>.json, written by `python -m core.lecture store`) is shown
at once; the page reruns it live on request. Streamlit never appears here: the page draws.
"""
from __future__ import annotations

import atexit
import importlib
import json
import platform
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import torch

from core import i18n
from core.runtime import jobs

STORED_DIR = Path(__file__).resolve().parent.parent.parent / "assets" / "lecture"
ORDER = ("everywhere", "perceptron", "composition", "faces", "end_to_end", "hastad", "more_data", "cnn", "rnn",
         "gan", "conditional", "applications")  # the lecture's order; module core.lecture.<key> defines STEP
MAX_STORED_BYTES = 300_000  # a stored run is a few numbers and small arrays, never a model


def _no_params(result: dict) -> dict[str, str]:
    return {}


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class Step:
    """One slide of the lecture and its experiment.

    key: the step's name; its words are `lecture.<key>.title`, `.claim`, `.question` and `.choice.<c>`.
    page: the catalog key of the full page that "explore further" opens.
    choices: the prediction's options, in the order shown.
    run(inputs, seed) → result: the experiment, a JSON-able dict of numbers and small lists; `inputs` are
        the step's own settings (`defaults` for the stored run); deterministic for a seed on one machine.
    answer(result) → the choice the run bears out, or None when this run does not decide between them.
    measured(result, lang) → the sentence that says what the run measured, computed from `result`.
    link(result) → the full page's URL parameters that reproduce the experiment's settings.
    warm() loads what `run` needs (datasets, pretrained weights) into memory, so a live run waits on nothing.
    """

    key: str
    page: str
    choices: tuple[str, ...]
    run: Callable[[dict, int], dict]
    answer: Callable[[dict], str | None]
    measured: Callable[[dict, str], str]
    link: Callable[[dict], dict[str, str]] = _no_params
    formula: str = ""
    defaults: dict = field(default_factory=dict)
    warm: Callable[[], None] = _nothing


_STEPS: dict[str, Step] = {}


def step(key: str) -> Step:
    """The step named `key` (its module imported on first use); KeyError for a name not in ORDER."""
    if key not in ORDER:
        raise KeyError(key)
    if key not in _STEPS:
        found = importlib.import_module(f"core.lecture.{key}").STEP
        if found.key != key:
            raise ValueError(f"core/lecture/{key}.py defines the step {found.key!r}")
        _STEPS[key] = found
    return _STEPS[key]


def steps() -> list[Step]:
    """Every step in the lecture's order whose module exists (tests/test_lecture checks that all do)."""
    return [step(key) for key in ORDER if (Path(__file__).parent / f"{key}.py").is_file()]


@dataclass(frozen=True)
class Outcome:
    """A step's result and where it came from: a stored run or one made now."""

    result: dict
    seed: int
    seconds: float  # wall-clock time of the run
    live: bool
    inputs: dict = field(default_factory=dict)
    machine: str = ""  # where a stored run was made (CPU and torch version)


def machine() -> str:
    """Where a run was made, in words no language needs to translate: the CPU and torch's version."""
    return f"{platform.processor() or platform.machine()}, torch {torch.__version__}"


def run(s: Step, inputs: dict | None = None, seed: int = 0) -> Outcome:
    """Run a step's experiment now and time it (seconds of wall clock)."""
    inputs = {**s.defaults, **(inputs or {})}
    start = time.perf_counter()
    result = s.run(inputs, seed)
    return Outcome(result, seed, time.perf_counter() - start, live=True, inputs=inputs, machine=machine())


WAIT_SECONDS = 30.0  # how long a live run waits for a free core before the page says the server is busy


def run_shared(s: Step, inputs: dict | None = None, seed: int = 0, wait: float = WAIT_SECONDS,
               limiter: jobs.JobLimiter | None = None) -> Outcome:
    """`run`, holding one of the process's training slots (core.runtime.jobs.LIMITER, shared with every page's
    training jobs), so thirty students pressing "run" at once queue for the cores instead of sharing them thirty
    ways. Raises Busy when no slot frees within `wait` seconds."""
    with (limiter or jobs.LIMITER).slot(wait) as got:
        if not got:
            raise Busy("lecture.busy", seconds=wait)
        return run(s, inputs, seed)


def stored_path(key: str) -> Path:
    return STORED_DIR / f"{key}.json"


def stored(s: Step) -> Outcome | None:
    """The step's stored run, or None when its file is missing, too big or not what `store` writes."""
    path = stored_path(s.key)
    try:
        if path.stat().st_size > MAX_STORED_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return Outcome(data["result"], int(data["seed"]), float(data["seconds"]), live=False,
                       inputs=dict(data["inputs"]), machine=str(data["machine"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(s: Step, seed: int = 0) -> Outcome:
    """Run a step with its defaults (after `warm`, as the page runs it) and write the run where `stored` reads it."""
    s.warm()
    out = run(s, seed=seed)
    text = json.dumps({"key": s.key, "seed": out.seed, "seconds": round(out.seconds, 3), "inputs": out.inputs,
                       "machine": out.machine, "result": out.result}, ensure_ascii=False, indent=1)
    if len(text.encode()) > MAX_STORED_BYTES:
        raise ValueError(f"the stored run of {s.key} is {len(text.encode())} bytes; the limit is {MAX_STORED_BYTES}")
    stored_path(s.key).write_text(text + "\n", encoding="utf-8")
    return out


def verdict(s: Step, guess: str | None, result: dict) -> str:
    """"right", "wrong", "undecided" (the run bears out no single choice) or "none" (no prediction made)."""
    if guess is None:
        return "none"
    truth = s.answer(result)
    if truth is None:
        return "undecided"
    return "right" if guess == truth else "wrong"


_warming = threading.Lock()
_warm_started = threading.Event()
_warm_stop = threading.Event()
WARM_EXIT_WAIT = 60.0  # seconds the process waits at exit for the step being warmed (then it is torn down anyway)


def warm_all() -> threading.Thread | None:
    """Load what every step needs in one background thread, once per process (None when already started).
    At exit the thread stops after the step it is warming and is joined: a process torn down while a daemon
    thread is inside torch aborts ("terminate called without an active exception")."""
    with _warming:
        if _warm_started.is_set():
            return None
        _warm_started.set()
    thread = threading.Thread(target=_warm, name="lecture-warm", daemon=True)
    thread.start()
    atexit.register(_stop_warming, thread)
    return thread


def _stop_warming(thread: threading.Thread) -> None:
    _warm_stop.set()
    thread.join(WARM_EXIT_WAIT)


def _warm() -> None:
    for s in steps():
        if _warm_stop.is_set():
            return
        try:
            s.warm()
        except Exception:  # noqa: BLE001 - a missing optional dataset shows on its step, not here
            continue


class Busy(i18n.SettingError):
    """Every training slot of this server stayed taken while a live run waited (`run_shared`)."""
