"""Rosenblatt's perceptron (1957): y = f(Wᵀx) with f = sign and the bias folded into W as x₀ = 1.

The learning rule visits the points in order and, at each mistake (y·Wᵀx ≤ 0), adds y·x to W.
On linearly separable data it stops after at most (R/γ)² updates (Novikoff, 1962); otherwise it
never stops, and with a fixed visiting order its weights eventually repeat (a cycle).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linprog, minimize


# The XOR truth table with inputs in {−1, 1}: no line puts (−1,−1) and (1,1) on one side and the others
# on the other.
XOR_POINTS = np.array([[-1.0, -1.0], [-1.0, 1.0], [1.0, -1.0], [1.0, 1.0]])
XOR_LABELS = np.array([0, 1, 1, 0])


def augment(x: np.ndarray) -> np.ndarray:
    """Prepend x₀ = 1 so the bias is the first weight."""
    x = np.asarray(x, dtype=np.float64)
    return np.hstack([np.ones((len(x), 1)), x])


def signed(labels: np.ndarray) -> np.ndarray:
    """Class 0/1 labels as −1/+1."""
    return np.where(np.asarray(labels) > 0, 1.0, -1.0)


@dataclass(frozen=True)
class Update:
    index: int  # the misclassified point that caused it
    w_old: np.ndarray
    w_new: np.ndarray


@dataclass
class PerceptronRun:
    """The rule's whole state; each method advances it and says what happened."""

    x: np.ndarray  # (n, 3) augmented inputs
    y: np.ndarray  # (n,) ±1
    w: np.ndarray = field(default_factory=lambda: np.zeros(3))
    updates: int = 0
    epochs: int = 0  # completed passes over the data
    cursor: int = 0  # the next point to visit
    clean_streak: int = 0  # consecutive points visited without a mistake
    mistakes_per_epoch: list[int] = field(default_factory=list)
    cycle: tuple[int, int] | None = None  # (epoch first seen, period in epochs)
    last: Update | None = None
    _mistakes: int = 0
    _seen: dict[bytes, int] = field(default_factory=dict)

    @classmethod
    def start(cls, x: np.ndarray, labels: np.ndarray) -> "PerceptronRun":
        return cls(augment(x), signed(labels))

    @property
    def converged(self) -> bool:
        return self.clean_streak >= len(self.x)

    @property
    def stuck(self) -> bool:
        return self.converged or self.cycle is not None

    def _visit(self) -> Update | None:
        i = self.cursor
        update = None
        if self.y[i] * (self.w @ self.x[i]) <= 0:
            w_old = self.w.copy()
            self.w = self.w + self.y[i] * self.x[i]
            self.updates += 1
            self._mistakes += 1
            self.clean_streak = 0
            update = self.last = Update(i, w_old, self.w.copy())
        else:
            self.clean_streak += 1
        self.cursor = (i + 1) % len(self.x)
        if self.cursor == 0:
            self._end_epoch()
        return update

    def _end_epoch(self) -> None:
        self.epochs += 1
        self.mistakes_per_epoch.append(self._mistakes)
        self._mistakes = 0
        key = np.round(self.w, 9).tobytes()
        if self.cycle is None and key in self._seen and not self.converged:
            self.cycle = (self._seen[key], self.epochs - self._seen[key])
        self._seen.setdefault(key, self.epochs)

    def one_update(self) -> Update | None:
        """Visit points until one is misclassified and correct it; None once converged."""
        for _ in range(len(self.x)):
            if self.converged:
                return None
            if update := self._visit():
                return update
        return None

    def one_epoch(self) -> int:
        """Finish the current pass over the data; returns the updates it made."""
        before = self.updates
        if not self.converged:
            self._visit()
            while self.cursor != 0 and not self.converged:
                self._visit()
        return self.updates - before

    def run(self, max_epochs: int = 1000) -> None:
        """Train until no mistakes are left, the weights repeat, or `max_epochs` passes."""
        limit = self.epochs + max_epochs
        while not self.stuck and self.epochs < limit:
            self.one_epoch()

    def predict(self, x: np.ndarray) -> np.ndarray:
        return (augment(x) @ self.w > 0).astype(np.int64)


def linearly_separable(x: np.ndarray, labels: np.ndarray) -> bool:
    """Exact test by linear programming: is there W with y·Wᵀx̃ ≥ 1 for every point?"""
    xa, y = augment(x), signed(labels)
    result = linprog(np.zeros(3), A_ub=-(y[:, None] * xa), b_ub=-np.ones(len(xa)),
                     bounds=[(None, None)] * 3, method="highs")
    return result.status == 0


@dataclass(frozen=True)
class NovikoffBound:
    radius: float  # R = max ‖x̃‖
    margin: float  # γ of a separating unit vector (the best one found)
    updates: float  # (R/γ)²


def novikoff_bound(x: np.ndarray, labels: np.ndarray) -> NovikoffBound | None:
    """(R/γ)² on the augmented data, or None when the data are not linearly separable.

    γ is computed from the returned separator itself, so the bound is valid even if the
    optimiser stops short of the maximum margin (then it is merely looser).
    """
    if not linearly_separable(x, labels):
        return None
    xa, y = augment(x), signed(labels)
    a = y[:, None] * xa
    start = linprog(np.zeros(3), A_ub=-a, b_ub=-np.ones(len(a)), bounds=[(None, None)] * 3, method="highs").x
    best = minimize(lambda w: w @ w, start, jac=lambda w: 2 * w, method="SLSQP",
                    constraints=[{"type": "ineq", "fun": lambda w: a @ w - 1, "jac": lambda w: a}])
    w = best.x if best.success and (a @ best.x).min() > 0 else start
    margin = float((a @ w).min() / np.linalg.norm(w))
    radius = float(np.linalg.norm(xa, axis=1).max())
    return NovikoffBound(radius, margin, (radius / margin) ** 2)
