"""Two experiments on what a convolution assumes, CNN against an MLP with about as many weights.

Translation: train on centred digits, test on digits shifted by 0…k pixels.
Locality: train both on images whose pixels are scrambled by one fixed permutation. The MLP starts
from the same weights rearranged the same way as the pixels, so for it the two runs are the same
computation (up to rounding); the CNN's 5×5 filters can no longer see neighbouring strokes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import numpy as np
import torch
from torch import nn

from core.data.images import ImageSet
from core.families import cnn
from core.train import seeded

STORED = Path(__file__).resolve().parent.parent.parent / "assets" / "inductive_bias.json"
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1))


@dataclass(frozen=True)
class Setting:
    epochs: int = 6
    max_shift: int = 6
    seeds: int = 1
    max_train: int = 10_000  # a larger set (full MNIST) is cut to its first images, to stay a short experiment


def shift(images: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """Move (N, C, H, W) images right by dx and down by dy pixels, filling with black (zeros)."""
    out = np.zeros_like(images)
    h, w = images.shape[-2:]
    if abs(dx) >= w or abs(dy) >= h:
        return out
    src = images[..., max(0, -dy):h - max(0, dy), max(0, -dx):w - max(0, dx)]
    out[..., max(0, dy):h - max(0, -dy), max(0, dx):w - max(0, -dx)] = src
    return out


def permutation(shape: tuple[int, int, int], seed: int = 0) -> np.ndarray:
    """One fixed random order of the H·W pixel positions."""
    return np.random.default_rng(seed).permutation(shape[1] * shape[2])


def scramble(images: np.ndarray, perm: np.ndarray) -> np.ndarray:
    """Apply the same pixel permutation to every image (and every channel)."""
    n, c, h, w = images.shape
    return np.ascontiguousarray(images.reshape(n, c, h * w)[..., perm].reshape(n, c, h, w))


def scrambled(data: ImageSet, perm: np.ndarray) -> ImageSet:
    return replace(data, x_train=scramble(data.x_train, perm), x_test=scramble(data.x_test, perm))


def accuracy(model: nn.Module, x: np.ndarray, y: np.ndarray) -> float:
    return float((cnn.logits(model, torch.from_numpy(x)).argmax(1).numpy() == y).mean())


def shift_curve(model: nn.Module, data: ImageSet, max_shift: int) -> list[float]:
    """Test accuracy at each shift 0…max_shift, averaged over right, left, down and up."""
    return [accuracy(model, data.x_test, data.y_test) if s == 0 else
            float(np.mean([accuracy(model, shift(data.x_test, s * dx, s * dy), data.y_test) for dx, dy in DIRECTIONS]))
            for s in range(max_shift + 1)]


def _train(model: nn.Module, config: cnn.CNNConfig, data: ImageSet) -> nn.Module:
    trainer = cnn.make_trainer(config, data, torch.device("cpu"), model=model)
    trainer.fit()
    return trainer.model.eval()


def models(data: ImageSet, seed: int, perm: np.ndarray | None = None) -> tuple[nn.Module, nn.Module]:
    """A fresh LeNet-5 and an MLP with about its parameter count; with `perm`, the MLP's first-layer
    weights are rearranged like the pixels (W' = W[:, perm]) so it computes exactly what it would on
    the original images."""
    with seeded(seed):
        net = cnn.build(cnn.CNNConfig(seed=seed), data.shape, len(data.classes))
    with seeded(seed):
        mlp = cnn.mlp_like(cnn.count_parameters(net), data.shape, len(data.classes))
    if perm is not None:
        first = mlp[2]
        c = data.shape[0]
        full = (np.arange(c)[:, None] * perm.size + perm[None]).ravel()  # the permutation per channel
        with torch.no_grad():
            first.weight.copy_(first.weight[:, torch.from_numpy(full)])
    x = torch.from_numpy(data.x_train)
    net[0].fit(x)
    mlp[0].fit(x)
    return net, mlp


def run(data: ImageSet, setting: Setting,
        progress: Callable[[int, int, str], None] | None = None) -> list[dict]:
    """Rows of {model, pixels, seed, params, test_acc, shift_acc} for CNN and MLP, original and scrambled."""
    data = replace(data, x_train=data.x_train[:setting.max_train], y_train=data.y_train[:setting.max_train])
    perm = permutation(data.shape)
    rows, total, done = [], 4 * setting.seeds, 0
    for seed in range(setting.seeds):
        config = cnn.CNNConfig(epochs=setting.epochs, shift=0, seed=seed)  # no augmentation: shifts are the test
        for pixels, d in (("original", data), ("scrambled", scrambled(data, perm))):
            for name, model in zip(("cnn", "mlp"), models(d, seed, perm if pixels == "scrambled" else None)):
                if progress:
                    progress(done, total, f"{name} · {pixels} · seed {seed}")
                model = _train(model, config, d)
                rows.append({"model": name, "pixels": pixels, "seed": seed, "params": cnn.count_parameters(model),
                             "test_acc": accuracy(model, d.x_test, d.y_test),
                             "shift_acc": shift_curve(model, d, setting.max_shift) if pixels == "original" else []})
                done += 1
    if progress:
        progress(done, total, "")
    return rows


def summary(rows: list[dict]) -> dict:
    """Mean (min, max) over seeds: test accuracy per (model, pixels) and the shift curves per model."""
    out: dict = {"acc": {}, "shift": {}}
    for r in rows:
        out["acc"].setdefault(f"{r['model']}/{r['pixels']}", []).append(r["test_acc"])
        if r["shift_acc"]:
            out["shift"].setdefault(r["model"], []).append(r["shift_acc"])
    out["acc"] = {k: (float(np.mean(v)), float(np.min(v)), float(np.max(v))) for k, v in out["acc"].items()}
    out["shift"] = {k: np.asarray(v) for k, v in out["shift"].items()}
    return out


TOLERANCE = 0.05  # "keeps its accuracy" under a shift: within 5 points of the unshifted mean


def lead(a: tuple[float, float, float], b: tuple[float, float, float]) -> str:
    """"ahead" or "behind" when the (mean, min, max) seed ranges of a and b do not overlap, else "overlap"."""
    if a[1] > b[2]:
        return "ahead"
    if a[2] < b[1]:
        return "behind"
    return "overlap"


def findings(result: dict, shift_px: int = 2) -> dict:
    """What the numbers say, from `summary`'s output.

    Keys: `{m}_drop` the accuracy each model lost to scrambling (original − scrambled mean); `shift_px` and
    `{m}_unshifted`/`{m}_shifted`, mean accuracy at 0 and at `shift_px` (or the largest shift run);
    `{m}_tolerates` the largest shift (pixels) up to which the mean stays within TOLERANCE of the unshifted one;
    `largest_shift` and `{m}_at_largest`; `lead_original`/`lead_scrambled`, the CNN against the MLP by seed ranges
    (see `lead`); `prior_helps`, True when the CNN is ahead on the original pixels and no longer ahead once they
    are scrambled — its lead came from assuming the image's layout.
    """
    acc = result["acc"]
    out: dict = {f"{m}_drop": acc[f"{m}/original"][0] - acc[f"{m}/scrambled"][0] for m in ("cnn", "mlp")}
    for model, curves in result["shift"].items():
        mean = curves.mean(0)
        out["shift_px"] = min(shift_px, len(mean) - 1)
        out[f"{model}_unshifted"], out[f"{model}_shifted"] = float(mean[0]), float(mean[out["shift_px"]])
        kept = mean >= mean[0] - TOLERANCE
        out[f"{model}_tolerates"] = int(np.argmin(kept)) - 1 if not kept.all() else len(mean) - 1
        out["largest_shift"], out[f"{model}_at_largest"] = len(mean) - 1, float(mean[-1])
    out["lead_original"] = lead(acc["cnn/original"], acc["mlp/original"])
    out["lead_scrambled"] = lead(acc["cnn/scrambled"], acc["mlp/scrambled"])
    out["prior_helps"] = out["lead_original"] == "ahead" and out["lead_scrambled"] != "ahead"
    return out


def load_stored(path: Path = STORED) -> dict:
    """The stored run made by `python -m scripts.inductive_bias`: {source, setting, rows}."""
    stored = json.loads(path.read_text())
    if not {"source", "setting", "rows"} <= stored.keys():
        raise ValueError(f"{path.name} lacks source/setting/rows; rerun python -m scripts.inductive_bias")
    return stored
