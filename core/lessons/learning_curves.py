"""Accuracy versus training-set size: classical models (scikit-learn) against networks (the shared loop).

Every model sees the same images: flattened pixels for the classical ones and the MLPs, 28×28 images
for the CNN, HOG descriptors (scikit-image) for the hand-made-feature pipeline.
"""
from __future__ import annotations

import functools
import math
import time
import warnings
from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from sklearn.exceptions import ConvergenceWarning

from core.data.digits import Digits
from core.train import SupervisedStep, TensorBatches, Trainer, make_optimizer, seeded, stack

CLASSICAL = ("logreg", "linear_svm", "rbf_svm", "forest", "knn")
DEEP = ("mlp_small", "mlp_large", "cnn")
FEATURES = ("hog_logreg",)
ALL_MODELS = CLASSICAL + DEEP + FEATURES
LIVE_SIZES = (50, 100, 200, 500, 1000, 2000)


HOG = {"orientations": 9, "pixels_per_cell": (7, 7), "cells_per_block": (2, 2)}  # the hand-made features


def hog_features(images: np.ndarray) -> np.ndarray:
    """HOG (Dalal & Triggs 2005) with the settings in HOG, (N, 28, 28) → (N, 324): 9 orientations on 7×7-pixel
    cells, 2×2-cell blocks, 3×3 block positions."""
    from skimage.feature import hog

    return np.stack([hog(im, **HOG) for im in images])


def hog_picture(image: np.ndarray) -> np.ndarray:
    """What HOG sees: the dominant gradient orientations drawn per cell."""
    from skimage.feature import hog

    _, picture = hog(image, **HOG, visualize=True)
    return picture


# Each classical model's scikit-learn class and the settings it is built with (the only place they are
# written). C is the inverse of the regularization strength: a smaller C holds the fit back (scikit-learn
# documentation, LogisticRegression and LinearSVC); max_iter caps the solver's iterations. A deliberately
# small, fixed budget, so "underfits" on this page is a verdict on these settings, never on a model family.
CLASSICAL_SETTINGS: dict[str, tuple[str, dict]] = {
    "logreg": ("LogisticRegression", {"C": 0.1, "max_iter": 100}),
    "hog_logreg": ("LogisticRegression", {"C": 1.0, "max_iter": 100}),
    "linear_svm": ("LinearSVC", {"C": 0.01, "max_iter": 2000}),
    "rbf_svm": ("SVC", {"C": 5.0, "gamma": "scale"}),
    "forest": ("RandomForestClassifier", {"n_estimators": 100}),
    "knn": ("KNeighborsClassifier", {"n_neighbors": 3}),
}


def _classical(name: str, seed: int):
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.svm import SVC, LinearSVC

    classes = {c.__name__: c for c in (LogisticRegression, LinearSVC, SVC, RandomForestClassifier,
                                       KNeighborsClassifier)}
    cls_name, settings = CLASSICAL_SETTINGS[name]
    extra = {"random_state": seed} if cls_name in ("LinearSVC", "RandomForestClassifier") else {}
    if cls_name == "RandomForestClassifier":
        extra["n_jobs"] = 1
    return classes[cls_name](**settings, **extra)


def classical_settings(name: str) -> dict:
    """A classical model's shown settings {param: value}, read back from the estimator the sweep builds."""
    params = _classical(name, seed=0).get_params()
    return {key: params[key] for key in CLASSICAL_SETTINGS[name][1]}


class SmallCNN(nn.Sequential):
    """conv 5×5 (8) → pool → conv 5×5 (16) → pool → linear: locality and weight sharing, 11,274 parameters
    (208 + 3,216 + 7,850; pinned to sum(p.numel()) by a test, and the page shows `parameter_count`)."""

    def __init__(self) -> None:
        super().__init__(nn.Conv2d(1, 8, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(8, 16, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(16 * 7 * 7, 10))


def build_network(name: str) -> nn.Module:
    if name == "mlp_small":
        return nn.Sequential(nn.Flatten(), *stack(784, (64,), 10, "relu"))
    if name == "mlp_large":
        return nn.Sequential(nn.Flatten(), *stack(784, (256, 256), 10, "relu"))
    if name == "cnn":
        return SmallCNN()
    raise ValueError(name)


def parameter_count(name: str) -> int:
    """Trainable numbers of a network of this sweep (`name` in DEEP), counted on a freshly built one."""
    return sum(p.numel() for p in build_network(name).parameters())


@dataclass(frozen=True)
class DeepSettings:
    min_epochs: int = 8
    min_steps: int = 150  # small sets get enough updates too
    batch_size: int = 64
    lr: float = 3e-3
    optimizer: str = "adam"


def _accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    model.eval()
    with torch.no_grad():
        return float((model(x).argmax(1) == y).float().mean())


def fit_network(name: str, x: np.ndarray, y: np.ndarray, seed: int, s: DeepSettings = DeepSettings()) -> nn.Module:
    """Train with the shared loop for max(min_epochs, min_steps) — a fixed schedule per size."""
    xt, yt = torch.from_numpy(x).unsqueeze(1), torch.from_numpy(y)
    with seeded(seed) as generator:
        model = build_network(name)
    batches = TensorBatches(xt, yt, batch_size=min(s.batch_size, len(x)), generator=generator)
    epochs = max(s.min_epochs, math.ceil(s.min_steps / len(batches)))
    optimizer = make_optimizer(model.parameters(), s.optimizer, s.lr)
    Trainer(model, SupervisedStep(model, F.cross_entropy, optimizer), batches, epochs=epochs).fit()
    return model


def subset(y: np.ndarray, size: int, seed: int) -> np.ndarray:
    """`size` training indices, as balanced over the classes as the pool allows.

    ValueError when the pool holds fewer than `size` images: a point labelled `size` is trained on that many.
    """
    if size > len(y):
        raise ValueError(f"asked for {size} training images, the pool holds {len(y)}")
    rng = np.random.default_rng(seed)
    per_class = [rng.permutation(np.flatnonzero(y == k)) for k in np.unique(y)]
    take = np.concatenate([idx[: math.ceil(size / len(per_class))] for idx in per_class])
    if len(take) < size:  # a class ran short: fill up from the others (never needed on a balanced pool)
        rest = rng.permutation(np.setdiff1d(np.arange(len(y)), take))
        take = np.concatenate([take, rest[: size - len(take)]])
    return rng.permutation(take)[:size]


def live_sizes(largest: int, pool: int) -> list[int]:
    """The sizes a live rerun trains: LIVE_SIZES up to `largest`, none above the training pool; when the
    pool is smaller than `largest`, the whole pool is the last size (scikit-learn's digits: 1,397)."""
    sizes = [n for n in LIVE_SIZES if n <= min(largest, pool)]
    return sizes + [pool] if pool < largest and pool not in sizes else sizes


def run_one(name: str, data: Digits, size: int, seed: int, hog_cache: dict | None = None) -> dict:
    """Train one model on `size` training digits; accuracies on that training set and the test set."""
    idx = subset(data.y_train, size, seed)
    x, y = data.x_train[idx], data.y_train[idx]
    started = time.perf_counter()
    if name in DEEP:
        model = fit_network(name, x, y, seed)
        took = time.perf_counter() - started
        train_acc = _accuracy(model, torch.from_numpy(x).unsqueeze(1), torch.from_numpy(y))
        test_acc = _accuracy(model, torch.from_numpy(data.x_test).unsqueeze(1), torch.from_numpy(data.y_test))
    else:
        if name == "hog_logreg":
            cache = hog_cache if hog_cache is not None else {}
            if "train" not in cache:
                cache["train"], cache["test"] = hog_features(data.x_train), hog_features(data.x_test)
            features, test_features = cache["train"][idx], cache["test"]
        else:
            features, test_features = x.reshape(len(x), -1), data.x_test.reshape(len(data.x_test), -1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # few iterations on purpose: a fixed budget
            model = _classical(name, seed).fit(features, y)
        took = time.perf_counter() - started
        train_acc = float(model.score(features, y))
        test_acc = float(model.score(test_features, data.y_test))
    return {"model": name, "size": size, "seed": seed, "train_acc": train_acc, "test_acc": test_acc,
            "fit_seconds": took}


@functools.lru_cache(maxsize=1)
def offline_digits() -> Digits:
    """The offline MNIST subset (core.data.digits.offline_mnist), read once per process: the lecture path's
    live reruns share it."""
    from core.data import digits

    return digits.offline_mnist()


@functools.lru_cache(maxsize=1)
def offline_hog() -> dict[str, np.ndarray]:
    """HOG features of offline_digits(): {"train": (4000, 324), "test": (1000, 324)}, computed once per process
    (about 2 s); the `hog_cache` that run_one reads (never writes, since both keys are there)."""
    data = offline_digits()
    return {"train": hog_features(data.x_train), "test": hog_features(data.x_test)}


@functools.lru_cache(maxsize=1)
def warm_cnn() -> None:
    """One forward and backward pass of the CNN on a batch of offline_digits(), once per process: torch's first
    convolution in a process is slow (about a second), and a live rerun should not pay for it."""
    batch = torch.from_numpy(offline_digits().x_train[:64]).unsqueeze(1)
    build_network("cnn")(batch).sum().backward()


def sweep(data: Digits, sizes, models=ALL_MODELS, seeds: int = 3,
          progress: Callable[[int, int, str, int], None] | None = None) -> list[dict]:
    """Every (model, size, seed); `progress(done, total, model, size)` before each fit."""
    jobs = [(m, n, s) for n in sizes for m in models for s in range(seeds)]
    rows, hog_cache = [], {}
    for i, (name, size, seed) in enumerate(jobs):
        if progress:
            progress(i, len(jobs), name, size)
        rows.append(run_one(name, data, size, seed, hog_cache))
    return rows


def summarize(rows: list[dict]) -> list[dict]:
    """Per (model, size): mean/min/max test accuracy over seeds, mean training accuracy, fit time, seeds."""
    groups: dict[tuple[str, int], list[dict]] = {}
    for r in rows:
        groups.setdefault((r["model"], r["size"]), []).append(r)
    return [{"model": m, "size": n, "test": float(np.mean([r["test_acc"] for r in rs])),
             "low": float(np.min([r["test_acc"] for r in rs])), "high": float(np.max([r["test_acc"] for r in rs])),
             "train": float(np.mean([r["train_acc"] for r in rs])),
             "seconds": float(np.mean([r["fit_seconds"] for r in rs])), "seeds": len({r["seed"] for r in rs})}
            for (m, n), rs in sorted(groups.items(), key=lambda kv: (ALL_MODELS.index(kv[0][0]), kv[0][1]))]


STORED = __import__("pathlib").Path(__file__).resolve().parents[2] / "assets" / "learning_curves.json"
SCHEMA_KEYS = {"schema", "source", "train_pool", "test_size", "sizes", "seeds", "models", "rows", "cnn_filters",
               "environment", "seconds"}
ROW_KEYS = {"model", "size", "seed", "train_acc", "test_acc", "fit_seconds"}


def load_stored(path=STORED) -> dict:
    """The precomputed sweep; ValueError if it does not have the expected shape."""
    import json

    stored = json.loads(open(path, encoding="utf-8").read())
    if set(stored) != SCHEMA_KEYS or stored["schema"] != 1 or not stored["rows"]:
        raise ValueError(f"{path}: not a schema-1 learning-curve sweep")
    if any(set(r) != ROW_KEYS or r["model"] not in ALL_MODELS for r in stored["rows"]):
        raise ValueError(f"{path}: a row does not match the schema")
    return stored


UNDERFIT_TRAIN = 0.97  # "underfits": mean training accuracy below this at the largest size (these settings)
SEPARATION = 1e-6  # accuracies are counts over the test set: float32 0.95099997 and 0.951 are one count


def separated(a: dict, b: dict) -> int:
    """+1 when summary row `a`'s lowest seed is above `b`'s highest, −1 the other way round, 0 when the
    min–max seed ranges overlap (or touch): only +1/−1 are read as "a beats b" / "b beats a"."""
    if a["low"] > b["high"] + SEPARATION:
        return 1
    if a["high"] < b["low"] - SEPARATION:
        return -1
    return 0


def spans(chosen, sizes) -> list[tuple[int, int]]:
    """`chosen` sizes as runs of neighbours in `sizes`:
    spans([50, 100, 500], [50, 100, 200, 500]) → [(50, 100), (500, 500)]."""
    out: list[list[int]] = []
    for i, n in enumerate(sizes):
        if n in chosen:
            if out and i > 0 and sizes[i - 1] == out[-1][1]:
                out[-1][1] = n
            else:
                out.append([n, n])
    return [(a, b) for a, b in out]


def _run_end(verdicts: dict[int, str], ordered: list[int], wanted: str) -> int | None:
    """The last size of the run of `wanted` verdicts that starts at ordered[0] (None if that one is not)."""
    end = None
    for n in ordered:
        if verdicts.get(n) != wanted:
            break
        end = n
    return end


def findings(summary: list[dict], reference: int = 500) -> dict:
    """What the page says about a summary (`summarize`'s rows), every claim read off its numbers.

    Returns a dict: `largest` and `reference` sizes, `sizes`; `seeds` (fewest seeds behind any point); `best`
    (highest mean test accuracy at the largest size) with `best_acc` and `best_tied` (the models whose seed
    range it does not clear: [] when its lowest seed is above every other model's highest; None with one
    seed); `gains` [(model, mean test gain from reference to largest as a fraction: 0.104 is 10.4 percentage
    points)], largest first; `underfit` (mean training accuracy below UNDERFIT_TRAIN at the largest size; k-NN
    left out: it memorises by construction); `cnn_vs_classical` {size: "ahead" | "within" | "behind"}: the CNN
    against every classical model, HOG pipeline included, by non-overlapping seed ranges ("ahead": its lowest
    seed above every classical model's highest; "behind": some classical model's lowest seed above the CNN's
    highest); `cnn_beats_classical_from` (the size from which it stays "ahead" up to the largest);
    `hog_vs_cnn` {size: "hog" | "within" | "cnn"}, `hog_until` (the size up to which HOG + logistic
    regression is ahead at every size from the smallest), `cnn_from` (the size from which the CNN is ahead at
    every size up to the largest), `crossover` (hog_until, cnn_from) when both exist; `hog_over_raw` [(size,
    mean test accuracy of HOG + logistic regression minus logistic regression on pixels)]; `best_classical`,
    `best_classical_acc`, `cnn_acc`, `hog_acc`: means at the largest size. With one seed there is no range:
    the verdicts are {} and the sizes drawn from them None, so the page gives means only.
    """
    sizes = sorted({r["size"] for r in summary})
    largest = sizes[-1]
    ref = max([n for n in sizes if n <= reference] or [sizes[0]])
    at = {(r["model"], r["size"]): r for r in summary}
    models = [m for m in ALL_MODELS if (m, largest) in at]
    seeds = min(r.get("seeds", 1) for r in summary)
    ranged = seeds >= 2
    best = max(models, key=lambda m: at[m, largest]["test"])
    best_tied = ([m for m in models if m != best and separated(at[best, largest], at[m, largest]) != 1]
                 if ranged else None)
    gains = sorted(((m, at[m, largest]["test"] - at[m, ref]["test"]) for m in models if (m, ref) in at),
                   key=lambda mg: -mg[1])
    underfit = [m for m in models if m != "knn" and at[m, largest]["train"] < UNDERFIT_TRAIN]
    classical = [m for m in CLASSICAL + FEATURES if m in models]  # HOG + a linear model is classical too

    cnn_vs: dict[int, str] = {}
    hog_vs: dict[int, str] = {}
    for n in sizes if ranged else ():
        if ("cnn", n) not in at:
            continue
        against = [separated(at["cnn", n], at[m, n]) for m in classical if (m, n) in at]
        if against:
            cnn_vs[n] = "ahead" if all(v == 1 for v in against) else "behind" if -1 in against else "within"
        if ("hog_logreg", n) in at:
            hog_vs[n] = {1: "cnn", 0: "within", -1: "hog"}[separated(at["cnn", n], at["hog_logreg", n])]
    hog_until, cnn_from = _run_end(hog_vs, sizes, "hog"), _run_end(hog_vs, sizes[::-1], "cnn")
    best_classical = max(classical, key=lambda m: at[m, largest]["test"]) if classical else None

    def mean(m: str | None) -> float | None:
        return at[m, largest]["test"] if m and (m, largest) in at else None

    return {"largest": largest, "reference": ref, "sizes": sizes, "seeds": seeds, "best": best,
            "best_acc": at[best, largest]["test"], "best_tied": best_tied, "gains": gains,
            "underfit": underfit,
            "cnn_vs_classical": cnn_vs, "cnn_beats_classical_from": _run_end(cnn_vs, sizes[::-1], "ahead"),
            "hog_vs_cnn": hog_vs, "hog_until": hog_until, "cnn_from": cnn_from,
            "crossover": (hog_until, cnn_from) if hog_until is not None and cnn_from is not None else None,
            "hog_over_raw": [(n, at["hog_logreg", n]["test"] - at["logreg", n]["test"]) for n in sizes
                             if ("hog_logreg", n) in at and ("logreg", n) in at],
            "best_classical": best_classical, "best_classical_acc": mean(best_classical),
            "cnn_acc": mean("cnn"), "hog_acc": mean("hog_logreg")}
