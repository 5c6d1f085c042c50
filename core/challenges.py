"""Challenges that check themselves, never from a box the learner ticks. Most are met by a stored run,
judged only from that run's settings and what its training measured (run.json's `config`, `context`,
`final`, `steps`, `seconds`). The rest (`on="page"`) are judged from what a page has just measured and
passes in (the perceptron's run, the detector's precision and recall at the chosen threshold); the page
keeps the evidence with the visitor's progress when it is met. A check returns the evidence (the numbers,
shown by the Challenges page) or None.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable

Evidence = dict[str, float | int | str]  # name → the run's number; the page's sentence for it uses these names

# ---- thresholds ----
SPIRAL_ACC = 0.95  # playground: test accuracy on the spiral …
SPIRAL_MAX_UNITS = 12  # … with at most this many hidden units in all layers together
SPIRAL_MIN_CLASSES = 3  # the page's own spiral (two arms are much easier)
CIRCLE_ACC, CIRCLE_MAX_UNITS = 0.95, 3  # playground: the circles with this few hidden units, on x1 and x2 alone
XOR_ACC = 0.95  # playground: test accuracy on XOR with no hidden layer (a feature does the work)
OVERFIT_GAP = 15.0  # playground: training accuracy this many points above test accuracy
FIXED_GAP = 5.0  # … and then, on the same data with regularisation, a gap below this
CNN_ACC = 0.98  # CNN: test accuracy on digits …
CNN_MAX_PARAMS = 20_000  # … with at most this many parameters
DIGIT_SOURCES = ("offline", "sklearn", "MNIST")  # core.data.images sources that hold handwritten digits
ADDING_ACC = 0.90  # RNN: share of held-out sums solved (the page's |error| < 0.04) …
ADDING_MIN_LENGTH = 50  # … on sequences this long, by an LSTM
PLAIN_RNN_AT_MOST = 0.30  # … while a plain tanh RNN with the same settings solves at most this share
RING_MODES = 8  # GAN: the ring's mixture has 8 modes; covering them all
COLLAPSE_MAX_MODES = 2  # GAN: a generator covering at most this many …
COLLAPSE_MIN_STEPS = 3000  # … after this many steps (an untrained one covers none: that is no collapse)
DATE_EXACT = 0.99  # translation: exact match on held-out dates …
DATE_MAX_PARAMS = 60_000  # … by a model of at most this many parameters (the page's default GRU has 188,482)
SPEECH_ACC = 0.95  # speech: accuracy on the held-out (unseen) speakers …
SPEECH_MAX_SECONDS = 60.0  # … after at most this many seconds of training
QUICK_UPDATES, QUICK_POINTS = 5, 200  # perceptron: converge after at most this many updates on this many points
TIGHT_BOUND = 10_000  # perceptron: converge on points whose Novikoff bound (R/γ)² exceeds this many updates
FACE_PRECISION = 0.95  # faces: the lowest threshold (in the slider's steps) keeping this precision …
FACE_STEP = 0.01  # … one step lower, precision falls below it
SHIFT_BELOW = 0.5  # CNN: the first shift (px) at which the mean accuracy over seeds falls below this

FINISHED = ("finished", "stopped")  # a run that diverged or failed proves nothing


@dataclass(frozen=True)
class Challenge:
    """One challenge: its key (words challenge.<key>.goal/.hint/.evidence), the page where it is done, and
    the check of one run. `pairs`: this run needs another stored run it pairs with (the same data, for
    "overfit, then fix it"), which also meets `after` when that is given; `joint` adds the partner's numbers
    to the evidence."""

    key: str
    page: str
    check: Callable[[dict], Evidence | None]
    goal: Evidence  # the thresholds its goal sentence names, in the evidence's units (see `shown`)
    after: str | None = None
    pairs: Callable[[dict, dict], bool] | None = None
    on: str = "run"  # "run": checked on each stored run.json; "page": on the state its page measured
    joint: Callable[[dict, dict], Evidence] | None = None  # evidence read off the partner run (see `pairs`)


# ---- reading a run.json ----
def _final(meta: dict, name: str) -> float | None:
    value = (meta.get("final") or {}).get(name)
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


def _of(meta: dict, family: str) -> dict | None:
    """The run's settings when it is a finished run of `family`, else None."""
    if meta.get("family") != family or meta.get("status", "finished") not in FINISHED:
        return None
    config = meta.get("config")
    return config if isinstance(config, dict) else None


def parameters(meta: dict) -> int | None:
    """The trainable parameters of the run's architecture, built from its settings on PyTorch's meta device
    (shapes only, no memory); None when its settings do not build."""
    import torch

    from core import lab, runs

    try:
        fam = lab.family(meta.get("family"))
        config = lab.config_from_dict(fam.config, meta.get("config"))
        with torch.device("meta"):
            model = fam.build(config, meta.get("context") or {})
    except (runs.CheckpointError, KeyError, TypeError, ValueError, RuntimeError, AttributeError, IndexError):
        return None
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def scripted_run(family: str, settings: dict, max_steps: int | None = None, owner: str | None = None):
    """A real run of `family` with its default settings changed by `settings` (names as the family's settings
    name them), trained to the end or `max_steps` in this thread on the family's first data set, as a page
    would train it. Returns (its run.json, its trainer). For tests and `python -m bench --only challenges`."""
    from core import lab
    from core import playground as pg
    from core.family import replace_setting

    fam = lab.family(family)
    config = fam.config()
    for name, value in settings.items():
        config = replace_setting(config, name, value)
    if family == "playground":  # the output layer follows the data's classes, as the page's widgets do
        config = pg.with_consistent_classes(config)
    data, context = fam.load(config, fam.datasets[0])
    trainer = fam.make_trainer(config, data)
    trainer.max_steps = max_steps
    trainer.fit()
    return lab.run_meta(family, config, context, trainer, source="page", owner=owner), trainer


# ---- the playground ----
DATA_FIELDS = ("kind", "n", "noise", "classes", "test_fraction", "data_seed")


def _playground(meta: dict) -> tuple[dict, dict] | None:
    """(settings, network settings) of a finished classification run of the playground."""
    config = _of(meta, "playground")
    net = (config or {}).get("net")
    if not isinstance(net, dict) or not net.get("classes") or _final(meta, "test_acc") is None \
            or _final(meta, "train_acc") is None:
        return None
    return config, net


def _gap(meta: dict) -> float:
    """Training minus test accuracy in points, as the playground's own overfitting finding computes it."""
    return round(100 * (_final(meta, "train_acc") - _final(meta, "test_acc")), 9)


def spiral_small(meta: dict) -> Evidence | None:
    if not (found := _playground(meta)):
        return None
    config, net = found
    units, acc = sum(net.get("hidden") or ()), _final(meta, "test_acc")
    if config.get("kind") != "spiral" or config.get("classes", 0) < SPIRAL_MIN_CLASSES:
        return None
    if units > SPIRAL_MAX_UNITS or acc < SPIRAL_ACC:
        return None
    return {"test_acc": acc, "units": units, "classes": config["classes"]}


def circles_few(meta: dict) -> Evidence | None:
    if not (found := _playground(meta)):
        return None
    config, net = found
    units, acc = sum(net.get("hidden") or ()), _final(meta, "test_acc")
    if config.get("kind") != "circles" or list(net.get("features") or ()) != ["x1", "x2"]:
        return None
    if units > CIRCLE_MAX_UNITS or acc < CIRCLE_ACC:
        return None
    return {"test_acc": acc, "units": units}


def xor_linear(meta: dict) -> Evidence | None:
    if not (found := _playground(meta)):
        return None
    config, net = found
    acc = _final(meta, "test_acc")
    if config.get("kind") != "xor" or net.get("hidden") or acc < XOR_ACC:
        return None
    return {"test_acc": acc, "features": " ".join(net.get("features") or ())}


def overfit(meta: dict) -> Evidence | None:
    if not _playground(meta) or (gap := _gap(meta)) < OVERFIT_GAP:
        return None
    return {"train_acc": _final(meta, "train_acc"), "test_acc": _final(meta, "test_acc"), "gap": gap}


def regularised(meta: dict) -> Evidence | None:
    """A regularised run with a small gap; `fixes` says whether it fixes an overfitting run."""
    if not (found := _playground(meta)):
        return None
    net = found[1]
    if net.get("regularization", "none") == "none" or not net.get("reg_rate") or abs(gap := _gap(meta)) >= FIXED_GAP:
        return None
    return {"regularization": str(net["regularization"]).upper(), "reg_rate": net["reg_rate"],
            "train_acc": _final(meta, "train_acc"), "test_acc": _final(meta, "test_acc"), "gap": gap}


def fixes(meta: dict, overfitting: dict) -> bool:
    """Whether a regularised run fixes an overfitting one: the same points (data set, size, noise, split and
    seed) and a test accuracy at least as high (a network that learnt nothing has no gap either)."""
    a, b = meta.get("config") or {}, overfitting.get("config") or {}
    return all(a.get(k) == b.get(k) for k in DATA_FIELDS) and _final(meta, "test_acc") >= _final(overfitting, "test_acc")


# ---- the other families ----
def cnn_small(meta: dict) -> Evidence | None:
    if _of(meta, "cnn") is None or (meta.get("context") or {}).get("dataset") not in DIGIT_SOURCES:
        return None
    acc = _final(meta, "test_acc")
    if acc is None or acc < CNN_ACC or (params := parameters(meta)) is None or params > CNN_MAX_PARAMS:
        return None
    return {"test_acc": acc, "params": params}


def adding_lstm(meta: dict) -> Evidence | None:
    config = _of(meta, "rnn")
    if not config or config.get("task") != "adding" or config.get("cell") != "lstm":
        return None
    solved = _final(meta, "test_acc")
    if config.get("seq_len", 0) < ADDING_MIN_LENGTH or solved is None or solved < ADDING_ACC:
        return None
    return {"solved": solved, "length": config["seq_len"]}


def adding_plain_rnn(meta: dict) -> Evidence | None:
    """A plain (tanh) RNN that fails the adding problem at length ≥ ADDING_MIN_LENGTH."""
    config = _of(meta, "rnn")
    if not config or config.get("task") != "adding" or config.get("cell") != "rnn":
        return None
    solved = _final(meta, "test_acc")
    if config.get("seq_len", 0) < ADDING_MIN_LENGTH or solved is None or solved > PLAIN_RNN_AT_MOST:
        return None
    return {"solved": solved, "length": config["seq_len"]}


def same_except(*names: str) -> Callable[[dict, dict], bool]:
    """Whether two runs of one family have the same settings apart from `names` (and the seed), and differ in
    the first of them."""
    def pairs(meta: dict, other: dict) -> bool:
        a, b = meta.get("config") or {}, other.get("config") or {}
        keys = (set(a) | set(b)) - {*names, "seed"}
        return bool(a) and meta.get("family") == other.get("family") and a.get(names[0]) != b.get(names[0]) \
            and all(a.get(k) == b.get(k) for k in keys)
    return pairs


def _ring_modes(meta: dict) -> float | None:
    config = _of(meta, "gan2d")
    return _final(meta, "modes") if config and config.get("target") == "ring" else None


def gan_collapse(meta: dict) -> Evidence | None:
    modes = _ring_modes(meta)
    if modes is None or modes > COLLAPSE_MAX_MODES or meta.get("steps", 0) < COLLAPSE_MIN_STEPS:
        return None
    return {"modes": int(modes), "steps": meta["steps"]}


def gan_all_modes(meta: dict) -> Evidence | None:
    modes = _ring_modes(meta)
    if modes is None or modes < RING_MODES:
        return None
    config = meta["config"]
    return {"modes": int(modes), "g_lr": config.get("g_lr"), "d_lr": config.get("d_lr"), "d_steps": config.get("d_steps")}


def cures(meta: dict, collapsed: dict) -> bool:
    """Whether a run covering all 8 modes cures a collapsed one: the generator keeps the collapsed run's
    learning rate (the page's defaults, a 10× slower generator, cover all 8 and would cure nothing), so
    another setting has to balance the game."""
    a, b = meta.get("config") or {}, collapsed.get("config") or {}
    return a.get("g_lr") is not None and a.get("g_lr") == b.get("g_lr") and a.get("target") == b.get("target")


def dates(meta: dict) -> Evidence | None:
    exact = _final(meta, "test_exact_date") if _of(meta, "translation") is not None else None
    if exact is None or exact < DATE_EXACT or (params := parameters(meta)) is None or params > DATE_MAX_PARAMS:
        return None
    return {"exact": exact, "params": params}


def speech_without_augmentation(meta: dict) -> Evidence | None:
    """A finished speech run with the waveform augmentation off; its partner (`same_except("augment")`) has
    it on."""
    acc = _final(meta, "test_acc")
    if (_of(meta, "speech") or {}).get("augment", True) or acc is None:
        return None
    return {"off": acc}


def with_augmentation(meta: dict, other: dict) -> Evidence:
    return {"on": _final(other, "test_acc") or 0.0}


def speech_fast(meta: dict) -> Evidence | None:
    acc = _final(meta, "test_acc") if _of(meta, "speech") is not None else None
    seconds = meta.get("seconds")
    if acc is None or acc < SPEECH_ACC or not isinstance(seconds, (int, float)) or seconds > SPEECH_MAX_SECONDS:
        return None
    return {"test_acc": acc, "seconds": seconds}


# ---- checked on what a page measured ----
def perceptron_cycle(state: dict) -> Evidence | None:
    """The perceptron page's run: its weights repeated after a whole epoch (the rule will never stop).
    `state`: {"cycle": (first epoch, period) or None, "points": n}."""
    cycle = state.get("cycle")
    if not cycle:
        return None
    return {"first": int(cycle[0]), "period": int(cycle[1]), "points": int(state["points"])}


def perceptron_quick(state: dict) -> Evidence | None:
    """The rule converged on at least QUICK_POINTS points after at most QUICK_UPDATES updates (a wide margin
    makes the bound (R/γ)² small). `state`: as for `perceptron_tight`."""
    if not state.get("converged") or state.get("points", 0) < QUICK_POINTS or state.get("updates", 0) > QUICK_UPDATES:
        return None
    bound = state.get("bound")
    return {"updates": int(state["updates"]), "points": int(state["points"]),
            "bound": int(round(bound)) if bound is not None and math.isfinite(bound) else "∞"}


def perceptron_tight(state: dict) -> Evidence | None:
    """The rule converged on points whose Novikoff bound exceeds TIGHT_BOUND: the bound is a worst case.
    `state`: {"converged": bool, "updates": int, "bound": (R/γ)² or None, "points": n}."""
    bound = state.get("bound")
    if not state.get("converged") or bound is None or not math.isfinite(bound) or bound <= TIGHT_BOUND:
        return None
    return {"updates": int(state["updates"]), "bound": int(round(bound)), "points": int(state["points"])}


def faces_threshold(state: dict) -> Evidence | None:
    """The face page's detector scored on the held-out test scenes at the chosen threshold and one slider step
    (0.01) lower: met at the lowest threshold that keeps precision ≥ FACE_PRECISION. `state`: {"threshold",
    "precision", "recall", "lower_precision": precision at threshold − 0.01, or None at the slider's end}."""
    precision, lower = state.get("precision"), state.get("lower_precision")
    if precision is None or lower is None or precision < FACE_PRECISION or lower >= FACE_PRECISION:
        return None
    return {"threshold": round(float(state["threshold"]), 2), "precision": float(precision),
            "recall": float(state["recall"]), "lower": round(float(state["threshold"]) - FACE_STEP, 2),
            "lower_precision": float(lower)}


def first_below(curve: list[float], level: float = SHIFT_BELOW) -> int | None:
    """The first index (shift in px) at which `curve` (accuracy by shift, 0 px first) is below `level`."""
    return next((s for s, acc in enumerate(curve) if acc < level), None)


def cnn_shift(state: dict) -> Evidence | None:
    """The learner's answer to "at which shift does the CNN fall below 50 %?" against the curve the CNN page
    shows (mean over seeds, stored or rerun). `state`: {"answer": px or None, "curve": [accuracy by px]}."""
    curve, answer = list(state.get("curve") or ()), state.get("answer")
    found = first_below(curve)
    if answer is None or found is None or answer != found or found == 0:
        return None
    return {"shift": found, "acc": curve[found], "before": curve[found - 1]}


CHALLENGES: tuple[Challenge, ...] = (
    Challenge("perceptron_cycle", "perceptron", perceptron_cycle, {}, on="page"),
    Challenge("perceptron_quick", "perceptron", perceptron_quick, {"updates": QUICK_UPDATES, "points": QUICK_POINTS},
              on="page"),
    Challenge("perceptron_tight", "perceptron", perceptron_tight, {"bound": TIGHT_BOUND}, on="page"),
    Challenge("xor_linear", "playground", xor_linear, {"acc": XOR_ACC}),
    Challenge("spiral_small", "playground", spiral_small,
              {"acc": SPIRAL_ACC, "units": SPIRAL_MAX_UNITS, "classes": SPIRAL_MIN_CLASSES}),
    Challenge("circles_few", "playground", circles_few, {"acc": CIRCLE_ACC, "units": CIRCLE_MAX_UNITS}),
    Challenge("overfit", "playground", overfit, {"gap": OVERFIT_GAP}),
    Challenge("regularise", "playground", regularised, {"gap": FIXED_GAP}, after="overfit", pairs=fixes),
    Challenge("cnn_small", "cnn", cnn_small, {"acc": CNN_ACC, "params": CNN_MAX_PARAMS}),
    Challenge("cnn_shift", "cnn", cnn_shift, {"acc": SHIFT_BELOW}, on="page"),
    Challenge("adding_lstm", "rnn", adding_lstm, {"acc": ADDING_ACC, "length": ADDING_MIN_LENGTH}),
    Challenge("adding_plain_rnn", "rnn", adding_plain_rnn, {"acc": PLAIN_RNN_AT_MOST, "length": ADDING_MIN_LENGTH},
              after="adding_lstm", pairs=same_except("cell")),
    Challenge("gan_collapse", "gan", gan_collapse, {"modes": COLLAPSE_MAX_MODES, "steps": COLLAPSE_MIN_STEPS}),
    Challenge("gan_all_modes", "gan", gan_all_modes, {"modes": RING_MODES}, after="gan_collapse", pairs=cures),
    Challenge("faces_threshold", "faces", faces_threshold, {"precision": FACE_PRECISION}, on="page"),
    Challenge("dates", "translation", dates, {"acc": DATE_EXACT, "params": DATE_MAX_PARAMS}),
    Challenge("speech_fast", "speech", speech_fast, {"acc": SPEECH_ACC, "seconds": SPEECH_MAX_SECONDS}),
    Challenge("speech_augment", "speech", speech_without_augmentation, {}, pairs=same_except("augment"),
              joint=with_augmentation),
)


SHARES = ("acc", "test_acc", "train_acc", "solved", "exact", "before", "precision", "recall", "lower_precision",
          "on", "off")  # fractions, shown as percentages


def shown(numbers: Evidence) -> dict[str, str]:
    """Evidence (or a goal's thresholds) as the words show them: shares as percentages with one decimal
    (0.9812 → "98.1"), points and seconds rounded, counts with thousands separators, text as it is."""
    out = {}
    for name, value in numbers.items():
        if isinstance(value, str) or isinstance(value, bool):
            out[name] = str(value)
        elif name in SHARES:
            out[name] = f"{100 * value:.1f}".removesuffix(".0")
        elif name in ("gap", "seconds"):
            out[name] = f"{value:.1f}".removesuffix(".0")
        elif isinstance(value, int):
            out[name] = f"{value:,}"
        else:
            out[name] = f"{value:g}"
    return out


def challenge(key: str) -> Challenge:
    """The challenge with this key; KeyError for an unknown one."""
    for c in CHALLENGES:
        if c.key == key:
            return c
    raise KeyError(key)


def of_page(page: str) -> list[Challenge]:
    return [c for c in CHALLENGES if c.page == page]


Result = tuple[bool, str | None, Evidence | None]  # (met, the id of the run that met it, its evidence)


def evaluate(runs: Iterable, kept: dict[str, dict] | None = None) -> dict[str, Result]:
    """Every challenge against a visitor's runs (core.runs.Run objects or run.json dicts; newest first, so
    the newest run that meets a challenge is its evidence); a page challenge is met when `kept` (the
    visitor's kept challenge progress, {key: {"met": True, "evidence": …}}) holds the evidence its page
    measured."""
    metas = [getattr(r, "meta", r) for r in runs]
    out: dict[str, Result] = {}
    for c in CHALLENGES:  # in order: a challenge's `after` comes before it
        out[c.key] = (False, None, None)
        if c.on == "page":
            entry = (kept or {}).get(c.key) or {}
            if entry.get("met") and isinstance(entry.get("evidence"), dict):
                out[c.key] = (True, None, entry["evidence"])
            continue
        for meta in metas:
            evidence = c.check(meta)
            if evidence is None:
                continue
            if c.pairs is None:
                out[c.key] = (True, meta.get("id"), evidence)
                break
            if (other := _partner(c, meta, metas)) is not None:
                out[c.key] = (True, meta.get("id"), {**evidence, **(c.joint(meta, other) if c.joint else {})})
                break
    return out


def _partner(c: Challenge, meta: dict, metas: list[dict]) -> dict | None:
    """The newest other run that meets `c.after` (when it has one) and pairs with `meta`, or None."""
    first = challenge(c.after) if c.after else None
    return next((other for other in metas if other is not meta and (first is None or first.check(other) is not None)
                 and c.pairs(meta, other)), None)
