"""Step 3, a network is a composition of nonlinear maps g = f₁(f₂(f₃(x))): each layer re-maps the data until a
straight line separates the classes, measured by a logistic regression on every layer's outputs."""
from __future__ import annotations

import warnings

import numpy as np
import torch

from core import i18n
from core import playground as pg
from core.data import toy2d
from core.families import mlp
from core.lecture import Step

DATASETS = ("circles", "spiral")  # neither is separable by a straight line in the input plane
DEPTHS = (1, 2, 3)  # hidden layers
WIDTH = 16  # units per hidden layer: the playground's spiral preset
NET = {"activation": "tanh", "optimizer": "adam", "lr": 0.01, "batch_size": 32, "epochs": 200}  # about a second
EDGES = (0.70, 0.95)  # the choices: a straight line on the last hidden layer below 70 %, 70–95 %, above 95 %
RISE = 0.10  # the straight line's accuracy gained from the input to the last hidden layer, read as "rose"
LINES, SAMPLES, SHOWN = 7, 12, 150  # the composition view: 7 + 7 grid lines of 12 points, 150 training points
# (the stored file stays near 30 KB)


def config(dataset: str, depth: int, seed: int) -> pg.PlaygroundConfig:
    """The playground's configuration for this experiment (data and network seeded by `seed`, as the page
    seeds both from its data seed); ValueError for a dataset or depth the step does not offer."""
    if dataset not in DATASETS or depth not in DEPTHS:
        raise ValueError(f"dataset {dataset!r} / depth {depth} is not offered")
    net = mlp.MLPConfig(hidden=(WIDTH,) * depth, seed=seed, **NET)
    cfg = pg.PlaygroundConfig(kind=dataset, data_seed=seed, net=net)
    cfg = pg.with_consistent_classes(cfg)
    pg.validate(cfg)
    return cfg


def linear_accuracy(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, y_test: np.ndarray) -> float:
    """Test accuracy (0–1) of a logistic regression (scikit-learn, C = 1) fitted on (n, d) training features:
    how well a straight-line (hyperplane) boundary separates the classes in that representation."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = LogisticRegression(max_iter=1000).fit(x_train, y_train)
    return float(model.score(x_test, y_test))


def representations(model: torch.nn.Sequential, x: torch.Tensor) -> list[np.ndarray]:
    """The input and each hidden layer's outputs for points x (n, 2): [(n, 2), (n, WIDTH), …]; not the output."""
    return [h.numpy() for h in mlp.layer_outputs(model, x)[:-1]]


def run(inputs: dict, seed: int) -> dict:
    """Train the playground's MLP on the dataset, then fit a straight line on every layer's view of the data."""
    cfg = config(inputs["dataset"], int(inputs["depth"]), seed)
    data = toy2d.make(cfg.data_config())
    model, history = mlp.fit(cfg.net, data)
    train, test = representations(model, data.x_train), representations(model, data.x_test)
    y_train, y_test = data.y_train.numpy(), data.y_test.numpy()
    stages = pg.composition(model, data.x_train[:SHOWN], lines=LINES, samples=SAMPLES)
    return {"dataset": cfg.kind, "depth": len(cfg.net.hidden), "seed": seed, "classes": data.n_classes,
            "epochs": int(history[-1]["epoch"]), "train_points": len(y_train), "test_points": len(y_test),
            "accuracy": [linear_accuracy(a, y_train, b, y_test) for a, b in zip(train, test, strict=True)],
            "network_test_acc": history[-1]["test_acc"], "network_train_acc": history[-1]["train_acc"],
            "labels": y_train[:SHOWN].tolist(),
            "stages": [{"lines": np.round(lines, 2).tolist(), "points": np.round(points, 2).tolist()}
                       for lines, points in stages]}


def answer(result: dict) -> str:
    last = result["accuracy"][-1]
    return "low" if last < EDGES[0] else "middle" if last < EDGES[1] else "high"


def _pct(v: float) -> str:
    return f"{v:.0%}" if round(v, 2) == round(v, 3) else f"{v:.1%}"


def measured(result: dict, lang: str) -> str:
    acc = result["accuracy"]
    layers = [i18n.translate("lecture.composition.at_layer", lang, i=i, acc=_pct(a)) for i, a in enumerate(acc[1:], 1)]
    gain = acc[-1] - acc[0]
    trend = "rose" if gain >= RISE else "flat"
    return i18n.sentences([
        i18n.translate("lecture.composition.lines", lang, test=result["test_points"], input=_pct(acc[0]),
                       layers=i18n.listing(layers, lang)),
        i18n.translate(f"lecture.composition.{trend}", lang, input=_pct(acc[0]), last=_pct(acc[-1]),
                       gain=f"{100 * gain:.0f}"),
        i18n.translate("lecture.composition.network", lang, acc=_pct(result["network_test_acc"]),
                       epochs=result["epochs"])], lang)


def link(result: dict) -> dict[str, str]:
    """The playground's parameters for the same data, network and seed (the page trains it live)."""
    return pg.to_query(config(result["dataset"], result["depth"], result["seed"]))


def warm() -> None:
    """Import scikit-learn's logistic regression (a second's import, once per process) by fitting one."""
    linear_accuracy(np.array([[0.0], [1.0]]), np.array([0, 1]), np.array([[0.0]]), np.array([0]))


STEP = Step(
    key="composition", page="playground", choices=("low", "middle", "high"), run=run, answer=answer,
    measured=measured, link=link, formula=r"g(x) = f_1(f_2(f_3(x)))", defaults={"dataset": "spiral", "depth": 2},
    warm=warm)
