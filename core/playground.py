"""The playground's whole configuration, its round trip through the URL, and what its views compute."""
from __future__ import annotations

import base64
import functools
import math
import time
from dataclasses import dataclass, field, replace

import numpy as np
import torch
from torch import nn

from core.data import toy2d
from core.families import mlp
from core.family import Family
from core.train import Trainer
from core.i18n import SettingError

PG_KINDS = ("circles", "xor", "blobs", "spiral", "moons", "regression", "csv")
LRS = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
RATES = (0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
BATCHES = (1, 2, 5, 10, 16, 32, 64, 128)
DEFAULT_NET = {"hidden": (4, 4), "lr": 0.03}
PRESETS = {"spiral": {"hidden": (16, 16, 16), "lr": 0.01}}  # a spiral needs a deeper network to unwind


@dataclass(frozen=True)
class PlaygroundConfig:
    kind: str = "circles"
    n: int = 500
    noise: float = 0.0
    classes: int = 3  # for spiral and blobs
    test_fraction: float = 0.5
    data_seed: int = 0
    net: mlp.MLPConfig = field(default_factory=lambda: mlp.MLPConfig(batch_size=10, epochs=300, init="glorot",
                                                                      **DEFAULT_NET))
    show_test: bool = False
    discretize: bool = False

    def data_config(self) -> toy2d.Toy2DConfig:
        return toy2d.Toy2DConfig(kind=self.kind, n=self.n, noise=self.noise, classes=self.classes,
                                 test_fraction=self.test_fraction, seed=self.data_seed)


# ---- the URL: every setting as a short query parameter ----
_NET_KEYS = {"features": "f", "hidden": "h", "activation": "act", "optimizer": "opt", "lr": "lr",
             "regularization": "reg", "reg_rate": "rr", "batch_size": "bs", "epochs": "ep",
             "target_test_loss": "tl", "seed": "seed", "init": "init"}
_DATA_KEYS = {"kind": "data", "n": "n", "noise": "noise", "classes": "k", "test_fraction": "test",
              "data_seed": "dseed", "show_test": "showtest", "discretize": "disc"}


def to_query(cfg: PlaygroundConfig) -> dict[str, str]:
    """Short, readable parameters, e.g. data=spiral&h=8-8&act=tanh&lr=0.03."""
    out = {q: _fmt(getattr(cfg, name)) for name, q in _DATA_KEYS.items()}
    out.update({q: _fmt(getattr(cfg.net, name)) for name, q in _NET_KEYS.items()})
    return out


MAX_QUERY_VALUE = 200  # characters; the longest real value (every feature, 6 layers) is under 60


def from_query(params: dict[str, str], base: PlaygroundConfig | None = None) -> tuple[PlaygroundConfig, list[str]]:
    """Apply each valid parameter in turn; keep the default for the rest and name what was ignored."""
    cfg = base or PlaygroundConfig()
    ignored: list[str] = []
    for keys, on_net in ((_DATA_KEYS, False), (_NET_KEYS, True)):
        for name, q in keys.items():
            if q not in params:
                continue
            if len(params[q]) > MAX_QUERY_VALUE:  # longer than any setting the widgets can make
                ignored.append(q)
                continue
            try:
                value = _parse(params[q], type(getattr(cfg.net if on_net else cfg, name)))
                candidate = replace(cfg, net=replace(cfg.net, **{name: value})) if on_net else replace(cfg, **{name: value})
                validate(candidate)
                cfg = candidate
            except (TypeError, ValueError):
                ignored.append(q)
    return with_consistent_classes(cfg), ignored


def validate(cfg: PlaygroundConfig) -> None:
    """Raise ValueError for a configuration the page could not train."""
    # the ranges and choices of the page's widgets, so a shared link can never set an impossible widget
    if cfg.kind not in PG_KINDS or not 20 <= cfg.n <= 2000 or not 0.1 <= cfg.test_fraction <= 0.9:
        raise SettingError("setting.range")
    if not 0 <= cfg.noise <= 0.5 or not 2 <= cfg.classes <= 5 or not 0 <= cfg.data_seed <= 100_000:
        raise SettingError("setting.range")
    net = cfg.net
    if net.lr not in LRS or net.reg_rate not in RATES or net.batch_size not in BATCHES:
        raise SettingError("setting.range")
    if not 10 <= net.epochs <= 3000 or not 0 <= net.target_test_loss <= 10:
        raise SettingError("setting.range")
    with_consistent_classes(cfg).net.validate()


def with_consistent_classes(cfg: PlaygroundConfig, csv_classes: int = 2) -> PlaygroundConfig:
    """The network's output follows the data: 0 for regression, 2, or the spiral/blob class count."""
    classes = {"regression": 0, "spiral": cfg.classes, "blobs": cfg.classes, "csv": csv_classes}.get(cfg.kind, 2)
    return replace(cfg, net=replace(cfg.net, classes=classes))


def _fmt(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, tuple):
        return "-".join(str(v) for v in value) if value and isinstance(value[0], int) else "~".join(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _parse(text: str, kind: type):
    if kind is bool:
        if text not in ("0", "1"):
            raise ValueError(text)
        return text == "1"
    if kind is tuple:
        if text == "":
            return ()
        parts = text.split("~") if "~" in text or not text.replace("-", "").isdigit() else text.split("-")
        return tuple(int(p) for p in parts) if parts[0].isdigit() else tuple(parts)
    if kind is float:
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(text)
        return value
    return kind(text)


# ---- what the views compute from a trained model ----
@torch.no_grad()
def neuron_maps(model: nn.Sequential, n: int = 24, lim: float = 1.5) -> list[np.ndarray]:
    """For the features, each hidden layer and the output: every unit's value over the input square."""
    _, points = mlp.grid(lim, n)
    return [out.T.reshape(-1, n, n).numpy() for out in mlp.layer_outputs(model, points)]


def linear_weights_per_layer(model: nn.Sequential) -> list[np.ndarray]:
    return [m.weight.detach().numpy() for m in model if isinstance(m, nn.Linear)]


@torch.no_grad()
def composition(model: nn.Sequential, points: torch.Tensor, lim: float = 1.5,
                lines: int = 9, samples: int = 40) -> list[tuple[np.ndarray, np.ndarray]]:
    """The input plane's grid lines and the data as each hidden layer sees them, in 2D.

    Returns (grid polylines (lines*2, samples, 2), points (n, 2)) per stage: the input, then every
    hidden layer. A 2-unit layer is drawn as it is; a wider one by its two principal components
    (fitted on the data's activations), a 1-unit layer against zero.
    """
    ticks = np.linspace(-lim, lim, lines, dtype=np.float32)
    t = np.linspace(-lim, lim, samples, dtype=np.float32)
    polylines = [np.stack([np.full_like(t, c), t], 1) for c in ticks] + [np.stack([t, np.full_like(t, c)], 1) for c in ticks]
    grid_pts = torch.from_numpy(np.concatenate(polylines))
    grid_stages = mlp.layer_outputs(model, grid_pts)[1:-1]
    point_stages = mlp.layer_outputs(model, points)[1:-1]
    stages = [(np.stack(polylines), points.numpy())]
    for g, p in zip(grid_stages, point_stages, strict=True):
        g2, p2 = _to_2d(g.numpy(), p.numpy())
        stages.append((g2.reshape(len(polylines), samples, 2), p2))
    return stages


def _to_2d(grid_acts: np.ndarray, point_acts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    width = point_acts.shape[1]
    if width == 1:
        return (np.hstack([grid_acts, np.zeros_like(grid_acts)]), np.hstack([point_acts, np.zeros_like(point_acts)]))
    if width == 2:
        return grid_acts, point_acts
    mean = point_acts.mean(0)
    _, _, vt = np.linalg.svd(point_acts - mean, full_matrices=False)
    basis = vt[:2].T
    return (grid_acts - mean) @ basis, (point_acts - mean) @ basis


def run_label(cfg: PlaygroundConfig) -> str:
    """A compact name for a run in the comparison chart."""
    net = cfg.net
    shape = "-".join(str(h) for h in net.hidden) or "linear"
    reg = f" {net.regularization}={net.reg_rate:g}" if net.regularization != "none" and net.reg_rate else ""
    return f"{cfg.kind} · {'+'.join(net.features)} · {shape} {net.activation} · {net.optimizer} lr={net.lr:g}{reg}"



def parse_hidden(text: str) -> tuple[int, ...]:
    """'8, 8' or '8 8' or '8-8' → (8, 8); empty → no hidden layer. Raises ValueError otherwise."""
    parts = [p for p in text.replace(",", " ").replace("-", " ").split() if p]
    widths = tuple(int(p) for p in parts)
    if len(widths) > mlp.MAX_LAYERS or any(not 1 <= w <= mlp.MAX_WIDTH for w in widths):
        raise ValueError(text)
    return widths


LIVE_FIELDS = ("lr", "reg_rate")  # these change a running job; everything else needs a new run


def needs_new_run(trained: PlaygroundConfig, current: PlaygroundConfig) -> bool:
    live = {name: getattr(current.net, name) for name in LIVE_FIELDS}
    view = dict(show_test=current.show_test, discretize=current.discretize)
    return replace(trained, net=replace(trained.net, **live), **view) != current


def projection(width: int) -> str:
    """Translation key for how a layer of `width` units is drawn in 2D."""
    return {1: "pg.proj.line", 2: "pg.proj.direct"}.get(width, "pg.proj.pca")


def preset_change(old_kind: str, new_kind: str, hidden: tuple[int, ...], lr: float) -> tuple[tuple[int, ...], float]:
    """Switch to the new dataset's suggested network, unless the user has changed the old one's."""
    old = PRESETS.get(old_kind, DEFAULT_NET)
    if (hidden, lr) != (old["hidden"], old["lr"]):
        return hidden, lr
    new = PRESETS.get(new_kind, DEFAULT_NET)
    return new["hidden"], new["lr"]


def figures(model: nn.Sequential, run: PlaygroundConfig, shown: toy2d.Dataset2D, history: list[dict], view: str,
            text, runs: list[tuple[str, list[dict]]] = (), show_test: bool = False,
            discretize: bool = False) -> dict[str, "object"]:
    """Every figure the playground shows for one frame, keyed by where it goes; `text(key, **kw)` translates."""
    from core import plots

    xs, ys, probs = mlp.predict_grid(model, run.net.classes)
    point_sets = [(shown.x_train, shown.y_train, text("plot.train"))]
    if show_test:
        point_sets.append((shown.x_test, shown.y_test, text("plot.test")))
    out = {"output": plots.decision_regions(xs, ys, probs, point_sets, title=text("pg.output"), discretize=discretize)}
    if history:
        words = {w: text(f"plot.{w}") for w in ("train", "test", "epoch", "loss", "acc")}
        out["loss"] = plots.metric_curves(history, "loss", title=text("plot.loss_log"), log_y=True, labels=words)
        if run.net.classes:
            out["acc"] = plots.metric_curves(history, "acc", title=text("plot.accuracy"), labels=words)
    if view == "network":
        out["view"] = plots.network(neuron_maps(model), linear_weights_per_layer(model), column_titles(run, text),
                                    run.net.features,
                                    title=text("pg.network_title"))
    elif view == "composition":
        maps = len(run.net.hidden) + 1
        names = [text("pg.stage_input"),
                 *(text("pg.stage_layer", i=i + 1, f=map_name(maps - i), how=text(projection(w)))
                   for i, w in enumerate(run.net.hidden))]
        out["view"] = plots.composition(composition(model, shown.x_train), shown.y_train.numpy(), names,
                                        title=text("pg.composition_title"))
    elif view == "runs":
        out["view"] = plots.curves([(label, [r["epoch"] for r in h], [r["test_loss"] for r in h]) for label, h in runs],
                                   title=text("pg.runs_title"), y_title=text("pg.test_loss"), log_y=True)
    return out


def accuracy_target(kind: str, classes: int) -> float | None:
    """The held-out accuracy the page times the run to: 90 % on a spiral, 95 % on the other classification
    sets (the targets of issue 25, against TensorFlow Playground); None for regression."""
    if classes == 0:
        return None
    return 0.90 if kind == "spiral" else 0.95


def time_to_target(history: list[dict], target: float) -> dict | None:
    """The first epoch whose held-out accuracy reached `target`: {"seconds" since Start (pauses left out),
    "epoch", "acc"}; None when none has yet (or the rows have no test accuracy)."""
    for row in history:
        if row.get("test_acc", -1.0) >= target and "seconds" in row:
            return {"seconds": row["seconds"], "epoch": int(row["epoch"]), "acc": row["test_acc"]}
    return None


REDRAW_INTERVALS = (1 / 30, 0.1, 0.25, 0.5, 1.0)  # seconds between live redraws: 30 Hz (the default) to 1 Hz
# seconds between the live view's reruns, each sending the frames recorded meanwhile. Measured (headless
# Chromium, 2 cores, 30 Hz frames): at 0.1 s the browser's renderer used 63-66 % of a core, Streamlit's
# re-rendering of the fragment costing it more than the canvas, and training ran 1,310 steps/s; at 0.2 s
# 45 % and 1,680-1,860 steps/s, with the same 30 paints/s (the canvas keeps half a second of frames). With
# the written-out backpropagation (2-core AMD EPYC, 4 December 2026, runs alternated): at 0.2 s 58-75 % and
# 1,298-1,690 steps/s, at 0.4 s 48-55 % and 1,627-1,975, still 30-31 paints/s; a canvas paint itself takes
# ~2 ms, and Streamlit's React re-render of each rerun most of the renderer's script time.
LIVE_SEND_EVERY = 0.4
LIVE_GRID, LIVE_UNIT_GRID, LIVE_LOSS_POINTS = 40, 16, 150  # output map, each unit's map, loss curve tail


def _b64(values: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(values, dtype=np.uint8).tobytes()).decode("ascii")


def _signed_bytes(maps: np.ndarray) -> np.ndarray:
    """(units, n, n) values as bytes, each unit scaled by its own largest |value| (plots.signed_scale, as
    the finished run's diagram colours them): 0 = −max, 128 ≈ 0, 255 = +max."""
    from core.plots import signed_scale

    return np.round((signed_scale(maps, per_unit=True) + 1) * 127.5).astype(np.uint8)


_NUMPY_ACTIVATIONS = {"tanh": np.tanh, "relu": lambda h: np.maximum(h, 0), "linear": lambda h: h,
                      "sigmoid": lambda h: 1 / (1 + np.exp(-h))}


@functools.lru_cache(maxsize=32)
def _grid_features(features: tuple[str, ...], lim: float) -> np.ndarray:
    """The features of the output grid's LIVE_GRID² points, then of the units' LIVE_UNIT_GRID² points."""
    points = torch.cat([mlp.grid(lim, LIVE_GRID)[1], mlp.grid(lim, LIVE_UNIT_GRID)[1]])
    return mlp.Features(features)(points).numpy()


def _sig(value: float) -> float:
    """`value` to 4 significant digits: a loss of 1e-7 stays 1e-7 on a log-scale curve (rounding to
    decimals made it 0)."""
    return float(f"{value:.4g}")


def _linear_layers(weights: dict[str, torch.Tensor]) -> list[int]:
    """The MLP's Linear layers, by their index in its nn.Sequential, first to last, from its state dict (a
    frame is made from the state dict alone; `linear_weights_per_layer` does this from a model)."""
    return sorted({int(k.split(".")[0]) for k in weights if k.endswith(".weight")})


def _forward(weights: dict[str, torch.Tensor], activation: str, x: np.ndarray,
             layers: list[int]) -> list[np.ndarray]:
    """Every stage of the MLP in numpy from its state dict: the input features, each hidden layer after its
    activation, the output. For a 2-8-8-1 network on ~1,900 points this takes a fraction of a millisecond,
    with no model to build and no torch dispatch: the live view runs it 30 times a second beside training.
    `layers`: `_linear_layers(weights)`."""
    act, outs = _NUMPY_ACTIVATIONS[activation], [x]
    for k, index in enumerate(layers):
        w, b = weights[f"{index}.weight"].numpy(), weights[f"{index}.bias"].numpy()
        x = x @ w.T + b
        outs.append(x if k == len(layers) - 1 else act(x))
        x = outs[-1]
    return outs


def live_frame(weights: dict[str, torch.Tensor], run: PlaygroundConfig, history: list[dict], step: int,
               lim: float = 1.5) -> dict:
    """One picture of a training run (its state dict `weights` after `step` steps) for the page's canvas
    (app_pages/parts/live_network.js), in compact JSON, ~9 kB for a 2-8-8-1 network. A job records these in
    its worker thread (`Job(frame=…)`); `live_scene` holds what stays the same for the whole run.

    - "out": the output over the input square, LIVE_GRID² bytes row by row from x₂ = +lim down: P(class 1)
      × 255 (scene mode "binary"), the winning class then its probability × 255 (two planes, "classes"), or
      the value, signed and scaled by its largest |value| ("regression").
    - "maps": every unit's value over the square (features, hidden layers, output), LIVE_UNIT_GRID² bytes
      each, signed and scaled per unit (`_signed_bytes`).
    - "w": each Linear layer's weights (out, in), rounded to 3 decimals; "loss": the whole run's losses, at
      most LIVE_LOSS_POINTS epochs of it (evenly thinned), with their epoch numbers.
    """
    n, m, layers = LIVE_GRID, LIVE_UNIT_GRID, _linear_layers(weights)
    stages = _forward(weights, run.net.activation, _grid_features(run.net.features, lim), layers)
    out = stages[-1][:n * n]
    if run.net.classes == 0:
        planes = [_signed_bytes(out.reshape(1, n, n)[:, ::-1])]
    elif out.shape[-1] == 1:
        planes = [np.round(255 / (1 + np.exp(-out.reshape(n, n)[::-1])))]
    else:
        e = np.exp(out - out.max(-1, keepdims=True))
        probs = (e / e.sum(-1, keepdims=True)).reshape(n, n, -1)[::-1]
        planes = [probs.argmax(-1), np.round(probs.max(-1) * 255)]
    units = np.concatenate([stage[n * n:].T.reshape(-1, m, m) for stage in stages])
    rows = history[::-(-len(history) // LIVE_LOSS_POINTS)] if history else []
    if history and rows[-1] is not history[-1]:
        rows.append(history[-1])
    return {
        "step": int(step), "epoch": int(history[-1]["epoch"]) if history else 0,
        "out": _b64(np.concatenate([np.asarray(p).ravel() for p in planes])),
        "maps": _b64(_signed_bytes(units)[:, ::-1].ravel()),
        "w": [np.round(weights[f"{i}.weight"].numpy(), 3).tolist() for i in layers],
        "loss": {"epochs": [int(r["epoch"]) for r in rows], "train": [_sig(r["train_loss"]) for r in rows],
                 "test": [_sig(r["test_loss"]) for r in rows if "test_loss" in r]},
    }


def live_scene(run: PlaygroundConfig, shown: toy2d.Dataset2D, text, show_test: bool = False,
               discretize: bool = False, lim: float = 1.5) -> dict:
    """What the live canvas needs besides the frames, the same for a whole run: "mode" (how to read a
    frame's "out"), the grid sizes, the units per column ("layers"), the shown points as bytes (coordinate
    ↦ 0..255 over [−lim, lim]) with their classes, the class colours and the words, in the page's language."""
    from core.plots import SERIES, class_color

    classes = run.net.classes
    sets = [(shown.x_train, shown.y_train)] + ([(shown.x_test, shown.y_test)] if show_test else [])
    xy = np.concatenate([np.asarray(x, dtype=np.float32) for x, _ in sets]).reshape(-1, 2)
    labels = np.concatenate([np.asarray(y, dtype=np.float32) for _, y in sets])
    if classes == 0:  # a regression target's sign picks its colour
        labels = (labels > 0).astype(np.float32)
    return {
        "mode": "regression" if classes == 0 else "binary" if classes == 2 else "classes",
        "discretize": bool(discretize), "n": LIVE_GRID, "m": LIVE_UNIT_GRID,
        "layers": [len(run.net.features), *run.net.hidden, run.net.out_dim],
        "points": _b64(np.round((np.clip(xy, -lim, lim) / lim + 1) * 127.5).ravel()),
        "labels": _b64(labels.astype(np.uint8)), "test_from": len(shown.x_train) if show_test else len(xy),
        "colors": [class_color(k) for k in range(max(classes, 2))], "series": [SERIES["train"], SERIES["test"]],
        "text": {"inputs": list(run.net.features), "loss": text("plot.loss_log"), "train": text("plot.train"),
                 "test": text("plot.test"), "epoch": text("plot.epoch"), "columns": column_titles(run, text)},
    }


def column_titles(run: PlaygroundConfig, text) -> list[str]:
    """The network view's column names: the features, layer i = f_k for each hidden layer, the output = f₁."""
    maps = len(run.net.hidden) + 1  # hidden layers and the output layer: g = f₁(f₂(⋯f_L(x))), f_L applied first
    return [text("pg.inputs"), *(text("pg.layer", i=i + 1, f=map_name(maps - i)) for i in range(maps - 1)),
            text("pg.out", f=map_name(1))]


ROUNDING = 1e-5  # relative gradient difference float32 summation order can explain (machine ε ≈ 1.2e-7 × sums)
CHECK_POINTS = 10  # the batch the page's gradient check uses: the first training points


def backprop_check(model: nn.Module, run: PlaygroundConfig, shown: toy2d.Dataset2D) -> dict | None:
    """The page's check of its written-out gradients (mlp.gradient_check) at `model`'s weights on the first
    CHECK_POINTS training points: {"key": the sentence to show (pg.backprop_same when equal to the last bit,
    pg.backprop_diff within ROUNDING of the largest gradient, else pg.backprop_mismatch), "n", "count",
    "abs", "rel" (formatted)}; None without training points, for weights or points that are not finite, or for
    a model the written-out step does not take."""
    n = min(CHECK_POINTS, len(shown.x_train))
    if n == 0:
        return None
    try:
        check = mlp.gradient_check(model, run.net, shown.x_train[:n], shown.y_train[:n])
    except ValueError:
        return None
    if not (math.isfinite(check["max_abs"]) and math.isfinite(check["max_rel"])):
        return None  # weights or points that are not finite: nothing to compare
    key = ("pg.backprop_same" if check["max_abs"] == 0 else
           "pg.backprop_diff" if check["max_rel"] <= ROUNDING else "pg.backprop_mismatch")
    return {"key": key, "n": n, "count": check["count"], "abs": f"{check['max_abs']:.1g}",
            "rel": f"{check['max_rel']:.1g}"}


OVERFIT_POINTS = 10.0  # training accuracy this many points above test accuracy: called overfitting
OVERFIT_RATIO = 2.0  # for regression: test MSE at least twice the training MSE


def generalisation(last: dict, classes: int) -> dict:
    """How the last epoch's training and test results compare: {"gap": points (classification; train − test
    accuracy × 100) or test/train MSE ratio (regression), "overfit": whether the gap reaches OVERFIT_POINTS /
    OVERFIT_RATIO}. A gap that size means the network fits its training points better than the shape they
    come from; a small one says nothing was seen, not that the network cannot overfit."""
    if classes:
        gap = round(100 * (last["train_acc"] - last["test_acc"]), 9)  # 0.9 − 0.8 is 10 points, not 9.999…
        return {"gap": gap, "overfit": gap >= OVERFIT_POINTS, "kind": "acc"}
    ratio = last["test_loss"] / max(last["train_loss"], 1e-12)
    return {"gap": ratio, "overfit": ratio >= OVERFIT_RATIO, "kind": "mse"}


def map_name(k: int) -> str:
    """f with k as a subscript (f₁, f₁₂): the lecture numbers the maps from the output, g = f₁(f₂(⋯f_L(x)))."""
    return "f" + str(k).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


VIEW_REFRESH_SECONDS = 0.5  # the network/composition view while training; heatmap and curves every frame


def now() -> float:
    return time.monotonic()


def view_is_stale(drawn_at: float) -> bool:
    return now() - drawn_at >= VIEW_REFRESH_SECONDS


# ---- the family, as the lab, the command line and the pages see it ----
def load(config: PlaygroundConfig, dataset: str) -> tuple[toy2d.Dataset2D, dict]:
    return toy2d.make(config.data_config()), {"dataset": config.kind}


def trainer_for(config: PlaygroundConfig, data: toy2d.Dataset2D) -> Trainer:
    return mlp.make_trainer(config.net, data)


def build_for(config: PlaygroundConfig, context: dict) -> nn.Sequential:
    return mlp.build(config.net)


FAMILY = Family("playground", page="playground", config=PlaygroundConfig, datasets=tuple(k for k in PG_KINDS if k != "csv"),
                load=load, make_trainer=trainer_for, build=build_for, metric="test_loss",
                for_dataset=lambda config, dataset: with_consistent_classes(replace(config, kind=dataset)),
                parallel=True, devices=True, validate=validate)
