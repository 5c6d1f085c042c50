"""Step 12, more applications — search as nearest neighbours in a learned feature space: held-out digits
searched by the pretrained CNN's features and by raw pixels, precision@5 compared."""
from __future__ import annotations

import math

import numpy as np
import torch

from core import i18n, lab, links
from core.families import cnn
from core.data import images
from core.lecture import Step
from core.lecture.conditional import digits

K = 5  # neighbours returned per query
QUERIES = 300  # queries drawn (by the seed) from the 1,000 held-out digits; all 1,000 are searched
TIE = 0.02  # "about the same": precision@5 differs by at most 2 points
NOISE = 2.0  # standard errors of the paired difference: closer than this to ±TIE does not decide
SPACES = ("cnn", "pixels")
EXAMPLE = 27  # the first held-out digit (a 7) whose 5 CNN neighbours are all 7s and at most one pixel neighbour
# is (40 of the 1,000 are like that): the shown query by default, where the two searches differ


def warm() -> None:
    """Read the pretrained CNN and the held-out digits once per process."""
    lab.pretrained("cnn")
    digits()


def features(x: np.ndarray) -> dict[str, np.ndarray]:
    """Each (N, 1, 28, 28) image as a unit vector in the two spaces: the pretrained LeNet-5's penultimate
    layer (84 numbers) and its 784 raw pixels; cosine similarity is then a dot product."""
    learned = cnn.penultimate(lab.pretrained_model("cnn"), torch.from_numpy(np.ascontiguousarray(x))).numpy()
    out = {"cnn": learned.astype(np.float64), "pixels": x.reshape(len(x), -1).astype(np.float64)}
    return {k: v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12) for k, v in out.items()}


def nearest(space: np.ndarray, queries: np.ndarray, k: int = K) -> np.ndarray:
    """(Q, k) indices of each query's k most similar items by cosine, the query itself left out."""
    sim = space[queries] @ space.T
    sim[np.arange(len(queries)), queries] = -np.inf
    return np.argsort(-sim, axis=1, kind="stable")[:, :k]


def run(inputs: dict, seed: int) -> dict:
    """Precision@K of QUERIES held-out digits (chosen by the seed) in both spaces, per query and per digit,
    and the neighbours of the digit `inputs["query"]` both ways (images packed with images.pack_grey)."""
    data = digits()
    shown = int(inputs["query"])
    if not 0 <= shown < len(data.y_test):
        raise ValueError(f"query {shown} is outside 0–{len(data.y_test) - 1}")
    spaces, y = features(data.x_test), data.y_test
    queries = np.random.default_rng(seed).choice(len(y), QUERIES, replace=False)
    hits = {k: (y[nearest(s, queries)] == y[queries, None]).mean(1) for k, s in spaces.items()}
    found = {k: nearest(s, np.array([shown]))[0] for k, s in spaces.items()}
    diff = hits["cnn"] - hits["pixels"]
    return {"seed": seed, "queries": QUERIES, "gallery": int(len(y)), "k": K,
            **{f"p_{k}": float(h.mean()) for k, h in hits.items()},
            **{f"per_digit_{k}": [float(h[y[queries] == d].mean()) for d in range(10)] for k, h in hits.items()},
            "digit_count": [int((y[queries] == d).sum()) for d in range(10)],
            "diff": float(diff.mean()), "diff_se": float(diff.std(ddof=1) / math.sqrt(len(diff))),
            "query": shown, "query_label": int(y[shown]), "query_image": images.pack_grey(data.x_test[shown])[0],
            **{f"found_{k}": found[k].tolist() for k in SPACES},
            **{f"found_labels_{k}": y[found[k]].tolist() for k in SPACES},
            **{f"found_images_{k}": images.pack_grey(data.x_test[found[k], 0]) for k in SPACES}}


def answer(result: dict) -> str | None:
    d, m = result["diff"], NOISE * result["diff_se"]
    if any(abs(d - edge) < m for edge in (-TIE, TIE)):
        return None
    return "cnn" if d > TIE else "pixels" if d < -TIE else "same"


def pct(p: float) -> str:
    return f"{100 * p:.1f} %"


def measured(result: dict, lang: str) -> str:
    d = result["diff"]
    key = "undecided" if answer(result) is None else "better" if d > TIE else "worse" if d < -TIE else "same"
    hits = {k: sum(lab == result["query_label"] for lab in result[f"found_labels_{k}"]) for k in SPACES}
    return i18n.sentences([
        i18n.translate("lecture.applications.searched", lang, q=result["queries"], n=f"{result['gallery']:,}",
                       k=result["k"], seed=result["seed"], cnn=pct(result["p_cnn"]),
                       pixels=pct(result["p_pixels"])),
        i18n.translate(f"lecture.applications.{key}", lang, diff=f"{100 * abs(d):.1f}",
                       se=f"{100 * result['diff_se']:.1f}", tie=f"{100 * TIE:g}"),
        i18n.translate("lecture.applications.one", lang, i=result["query"], label=result["query_label"],
                       k=result["k"], cnn=hits["cnn"], pixels=hits["pixels"])], lang)


def link(result: dict) -> dict[str, str]:
    """The CNN page set to the pretrained LeNet-5's settings (its "load pretrained" then shows that model)."""
    c = lab.pretrained("cnn").config
    values = {"data": "offline", "arch": c.arch, "width": c.width, "shift": c.shift, "lr": c.lr, "ep": c.epochs,
              "bs": c.batch_size}
    return {name: links.format(v) for name, v in values.items()}


STEP = Step(
    key="applications", page="cnn", choices=("cnn", "same", "pixels"), run=run, answer=answer, measured=measured,
    link=link,
    defaults={"query": EXAMPLE}, warm=warm)
