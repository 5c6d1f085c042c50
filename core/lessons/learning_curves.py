"""Accuracy versus training-set size: classical models (scikit-learn) against networks (the shared loop).

Every model sees the same images: flattened pixels for the classical ones and the MLPs, 28×28 images
for the CNN, HOG descriptors (scikit-image) for the hand-made-feature pipeline.
"""
from __future__ import annotations

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


def hog_features(images: np.ndarray) -> np.ndarray:
    """9-orientation HOG on 7×7-pixel cells, 2×2-cell blocks: 324 numbers per 28×28 image."""
    from skimage.feature import hog

    return np.stack([hog(im, orientations=9, pixels_per_cell=(7, 7), cells_per_block=(2, 2)) for im in images])


def hog_picture(image: np.ndarray) -> np.ndarray:
    """What HOG sees: the dominant gradient orientations drawn per cell."""
    from skimage.feature import hog

    _, picture = hog(image, orientations=9, pixels_per_cell=(7, 7), cells_per_block=(2, 2), visualize=True)
    return picture


def _classical(name: str, seed: int):
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.svm import SVC, LinearSVC

    return {
        "logreg": lambda: LogisticRegression(max_iter=100, C=0.1),
        "hog_logreg": lambda: LogisticRegression(max_iter=100, C=1.0),
        "linear_svm": lambda: LinearSVC(C=0.01, max_iter=2000, random_state=seed),
        "rbf_svm": lambda: SVC(C=5.0, gamma="scale"),
        "forest": lambda: RandomForestClassifier(n_estimators=100, random_state=seed, n_jobs=1),
        "knn": lambda: KNeighborsClassifier(n_neighbors=3),
    }[name]()


class SmallCNN(nn.Sequential):
    """conv 5×5 (8) → pool → conv 5×5 (16) → pool → linear: locality and weight sharing, 3.5k parameters."""

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


@dataclass(frozen=True)
class DeepSettings:
    min_epochs: int = 8
    min_steps: int = 150  # small sets get enough updates too
    batch_size: int = 64
    lr: float = 3e-3


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
    optimizer = make_optimizer(model.parameters(), "adam", s.lr)
    Trainer(model, SupervisedStep(model, F.cross_entropy, optimizer), batches, epochs=epochs).fit()
    return model


def subset(y: np.ndarray, size: int, seed: int) -> np.ndarray:
    """`size` training indices, as balanced over the classes as the pool allows."""
    rng = np.random.default_rng(seed)
    per_class = [rng.permutation(np.flatnonzero(y == k)) for k in np.unique(y)]
    take = np.concatenate([idx[: math.ceil(size / len(per_class))] for idx in per_class])
    return rng.permutation(take)[:size]


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
    """Per (model, size): mean/min/max test accuracy, mean training accuracy and fit time."""
    groups: dict[tuple[str, int], list[dict]] = {}
    for r in rows:
        groups.setdefault((r["model"], r["size"]), []).append(r)
    return [{"model": m, "size": n, "test": float(np.mean([r["test_acc"] for r in rs])),
             "low": float(np.min([r["test_acc"] for r in rs])), "high": float(np.max([r["test_acc"] for r in rs])),
             "train": float(np.mean([r["train_acc"] for r in rs])),
             "seconds": float(np.mean([r["fit_seconds"] for r in rs]))}
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


def findings(summary: list[dict], reference: int = 500) -> dict:
    """Numbers for the narrative, all read off the summary: best model, gains, underfitting, crossing."""
    sizes = sorted({r["size"] for r in summary})
    largest = sizes[-1]
    ref = max([n for n in sizes if n <= reference] or [sizes[0]])
    at = {(r["model"], r["size"]): r for r in summary}
    models = [m for m in ALL_MODELS if (m, largest) in at]
    best = max(models, key=lambda m: at[m, largest]["test"])
    gains = sorted(((m, at[m, largest]["test"] - at[m, ref]["test"]) for m in models if (m, ref) in at),
                   key=lambda mg: -mg[1])
    # k-NN memorises by construction; its training accuracy says nothing about fitting capacity
    underfit = [m for m in models if m != "knn" and at[m, largest]["train"] < 0.97]
    classical = [m for m in CLASSICAL + FEATURES if m in models]  # HOG + a linear model is classical too

    def cnn_ahead(n: int) -> bool:
        return ("cnn", n) in at and all(at["cnn", n]["test"] > at[m, n]["test"] for m in classical if (m, n) in at)

    cross = None  # the smallest size from which the CNN stays ahead of every classical model
    for n in reversed(sizes):
        if not (classical and cnn_ahead(n)):
            break
        cross = n
    best_classical = max(classical, key=lambda m: at[m, largest]["test"]) if classical else None
    return {"largest": largest, "reference": ref, "best": best, "best_acc": at[best, largest]["test"],
            "gains": gains, "underfit": underfit, "cnn_beats_classical_from": cross,
            "best_classical": best_classical,
            "best_classical_acc": at[best_classical, largest]["test"] if best_classical else None,
            "cnn_acc": at["cnn", largest]["test"] if ("cnn", largest) in at else None}
