"""Two-dimensional datasets for the perceptron and the playground, all generated from a seed."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

KINDS = ("linear", "xor", "circles", "moons", "spiral", "blobs", "regression")


@dataclass(frozen=True)
class Toy2DConfig:
    kind: str = "xor"
    n: int = 400  # total points before the train/test split
    noise: float = 0.1  # Gaussian jitter, in units of the [-1, 1] square
    margin: float = 0.2  # only for "linear": empty band around the true boundary
    classes: int = 3  # only for "spiral" and "blobs"
    test_fraction: float = 0.3
    seed: int = 0


@dataclass(frozen=True)
class Dataset2D:
    x_train: torch.Tensor  # float32 (n, 2)
    y_train: torch.Tensor  # int64 labels, or float32 targets for regression
    x_test: torch.Tensor
    y_test: torch.Tensor
    n_classes: int  # 0 for regression

    @property
    def task(self) -> str:
        return "regression" if self.n_classes == 0 else "classification"


def make(config: Toy2DConfig) -> Dataset2D:
    """Generate `config.kind` and split it into train and test sets."""
    if config.kind not in KINDS:
        raise ValueError(f"unknown dataset {config.kind!r}; expected one of {KINDS}")
    if not 4 <= config.n <= 100_000:
        raise ValueError("number of points must be between 4 and 100,000")
    if not 0.0 < config.test_fraction < 1.0:
        raise ValueError("test fraction must be strictly between 0 and 1")
    rng = np.random.default_rng(config.seed)
    x, y, n_classes = _GENERATORS[config.kind](config, rng)
    if config.kind != "linear":
        x = x + rng.normal(0.0, config.noise, x.shape)
    order = rng.permutation(len(x))
    x, y = x[order], y[order]
    n_test = max(1, int(round(len(x) * config.test_fraction)))
    y_t = torch.tensor(y, dtype=torch.float32 if n_classes == 0 else torch.int64)
    x_t = torch.tensor(x, dtype=torch.float32)
    return Dataset2D(x_t[n_test:], y_t[n_test:], x_t[:n_test], y_t[:n_test], n_classes)


def _linear(c: Toy2DConfig, rng: np.random.Generator):
    """Uniform points labelled by a random line; points within margin/2 of it are resampled."""
    angle = rng.uniform(0, 2 * np.pi)
    w = np.array([np.cos(angle), np.sin(angle)])
    b = rng.uniform(-0.3, 0.3)
    keep: list[np.ndarray] = []
    while sum(len(k) for k in keep) < c.n:
        cand = rng.uniform(-1, 1, (2 * c.n, 2))
        keep.append(cand[np.abs(cand @ w + b) >= c.margin / 2])
    x = np.concatenate(keep)[: c.n]
    y = (x @ w + b > 0).astype(np.int64)
    # jitter only along the boundary so the margin (and separability) survives the noise
    along = np.array([-w[1], w[0]])
    x = x + np.outer(rng.normal(0.0, c.noise, len(x)), along)
    return x, y, 2


def _xor(c: Toy2DConfig, rng: np.random.Generator):
    x = rng.uniform(-1, 1, (c.n, 2))
    x += np.sign(x) * 0.05  # keep points off the axes, where the label is ambiguous
    y = ((x[:, 0] > 0) ^ (x[:, 1] > 0)).astype(np.int64)
    return x, y, 2


def _circles(c: Toy2DConfig, rng: np.random.Generator):
    y = rng.integers(0, 2, c.n)
    radius = np.where(y == 0, rng.uniform(0.0, 0.45, c.n), rng.uniform(0.65, 1.0, c.n))
    angle = rng.uniform(0, 2 * np.pi, c.n)
    return np.stack([radius * np.cos(angle), radius * np.sin(angle)], 1), y.astype(np.int64), 2


def _moons(c: Toy2DConfig, rng: np.random.Generator):
    y = rng.integers(0, 2, c.n)
    t = rng.uniform(0, np.pi, c.n)
    x = np.where(y[:, None] == 0, np.stack([np.cos(t), np.sin(t)], 1),
                 np.stack([1 - np.cos(t), 0.5 - np.sin(t)], 1))
    return (x - [0.5, 0.25]) / 1.25, y.astype(np.int64), 2


def _spiral(c: Toy2DConfig, rng: np.random.Generator):
    k = max(2, c.classes)
    y = rng.integers(0, k, c.n)
    r = rng.uniform(0.05, 1.0, c.n)
    theta = y * 2 * np.pi / k + r * 1.75 * np.pi
    return np.stack([r * np.cos(theta), r * np.sin(theta)], 1), y.astype(np.int64), k


def _blobs(c: Toy2DConfig, rng: np.random.Generator):
    k = max(2, c.classes)
    centres = 0.6 * np.stack([np.cos(2 * np.pi * np.arange(k) / k), np.sin(2 * np.pi * np.arange(k) / k)], 1)
    y = rng.integers(0, k, c.n)
    return centres[y] + rng.normal(0, 0.15, (c.n, 2)), y.astype(np.int64), k


def _regression(c: Toy2DConfig, rng: np.random.Generator):
    x = rng.uniform(-1, 1, (c.n, 2))
    y = np.sin(np.pi * x[:, 0]) * np.cos(np.pi * x[:, 1])  # target computed before the jitter
    return x, y.astype(np.float32), 0


_GENERATORS = {
    "linear": _linear, "xor": _xor, "circles": _circles, "moons": _moons,
    "spiral": _spiral, "blobs": _blobs, "regression": _regression,
}
