"""Step 2, the perceptron y = f(Wᵀx) (Rosenblatt 1957): one update of the rule on a point the student picks."""
from __future__ import annotations

import functools

import numpy as np

from core import i18n
from core.data import toy2d
from core.lecture import Step
from core.lessons import perceptron as pc

DATA = toy2d.Toy2DConfig(kind="linear", n=24, margin=0.2, noise=0.0, test_fraction=0.01, seed=0)
W_START = np.array([0.3, 2.0, -2.0])  # (w₀, w₁, w₂): misclassifies 10 of the 24 points; one update fixes 5 of them


@functools.lru_cache(maxsize=1)
def points() -> tuple[np.ndarray, np.ndarray]:
    """The step's points: (n, 2) inputs and 0/1 labels (the perceptron page's "linearly separable" data, seed 0),
    made once per process and read-only."""
    d = toy2d.make(DATA)
    x = np.concatenate([d.x_train.numpy(), d.x_test.numpy()]).astype(np.float64)
    labels = np.concatenate([d.y_train.numpy(), d.y_test.numpy()])
    x.flags.writeable = labels.flags.writeable = False
    return x, labels


def misclassified(w: np.ndarray = W_START) -> list[int]:
    """Indices of the points on the wrong side of Wᵀx̃ = 0 (on it counts as wrong, as in the rule)."""
    x, labels = points()
    return [int(i) for i in np.flatnonzero(pc.signed(labels) * (pc.augment(x) @ w) <= 0)]


def run(inputs: dict, seed: int) -> dict:
    """W ← W + y·x̃ on the chosen misclassified point; the margins y·Wᵀx̃ before and after, mistakes counted."""
    x, labels = points()
    i = int(inputs["point"])
    if i not in misclassified():
        raise ValueError(f"point {i} is not misclassified by the starting W")
    xt, y = pc.augment(x), pc.signed(labels)
    w_new = W_START + y[i] * xt[i]
    return {"x": np.round(x, 4).tolist(), "labels": labels.tolist(), "point": i, "label": int(labels[i]),
            "w_old": W_START.tolist(), "w_new": w_new.tolist(),
            "margin_old": float(y[i] * xt[i] @ W_START), "margin_new": float(y[i] * xt[i] @ w_new),
            "mistakes_old": int(np.sum(y * (xt @ W_START) <= 0)), "mistakes_new": int(np.sum(y * (xt @ w_new) <= 0))}


def answer(result: dict) -> str:
    return "fixed" if result["margin_new"] > 0 else "still_wrong"


def measured(result: dict, lang: str) -> str:
    w0, w1 = result["w_old"], result["w_new"]
    fmt = lambda w: "(" + ", ".join(f"{v:.2f}" for v in w) + ")"  # noqa: E731
    side = "lecture.perceptron.now_right" if result["margin_new"] > 0 else "lecture.perceptron.still_wrong"
    return i18n.sentences([
        i18n.translate("lecture.perceptron.update", lang, i=result["point"], w0=fmt(w0), w1=fmt(w1),
                       before=f"{result['margin_old']:.2f}", after=f"{result['margin_new']:.2f}",
                       gain=f"{result['margin_new'] - result['margin_old']:.2f}"),
        i18n.translate(side, lang),
        i18n.translate("lecture.perceptron.mistakes", lang, before=result["mistakes_old"], after=result["mistakes_new"],
                       n=len(result["labels"]))], lang)


STEP = Step(
    key="perceptron", page="perceptron", choices=("fixed", "still_wrong"), run=run, answer=answer, measured=measured,
    link=lambda result: {"source": "linear", "n": str(DATA.n), "margin": f"{DATA.margin:g}", "seed": str(DATA.seed)},
    formula=r"y = f(W^\top \tilde x),\qquad y\,W^\top \tilde x \le 0:\; W \leftarrow W + y\,\tilde x",
    defaults={"point": misclassified()[0]})
