"""What a trained CNN computes: its filters, every conv layer's feature maps, input gradients, its mistakes."""
from __future__ import annotations

import numpy as np
import torch
from torch import nn

from core.families.cnn import logits


def unit_range(a: np.ndarray, axes: tuple[int, ...]) -> np.ndarray:
    """Rescale each slice over `axes` to [0, 1] so every map or filter uses the full grey range."""
    lo, hi = a.min(axes, keepdims=True), a.max(axes, keepdims=True)
    return (a - lo) / np.maximum(hi - lo, 1e-8)


def first_filters(model: nn.Module) -> np.ndarray:
    """The first conv layer's kernels: (N, k, k) grey, or (N, k, k, 3) colour for RGB input."""
    conv = next(m for m in model.modules() if isinstance(m, nn.Conv2d))
    w = conv.weight.detach().cpu().numpy()
    return unit_range(w[:, 0], (1, 2)) if w.shape[1] == 1 else unit_range(w.transpose(0, 2, 3, 1), (1, 2, 3))


def conv_names(model: nn.Module, words: tuple[str, str] = ("conv", "shortcut")) -> dict[nn.Module, str]:
    """A readable name per Conv2d in forward order: "conv 2 · 6→16, 5×5" (ResNet shortcuts say so);
    `words` are "conv" and "shortcut" in the reader's language."""
    names = {}
    for i, (path, m) in enumerate((p, m) for p, m in model.named_modules() if isinstance(m, nn.Conv2d)):
        k = "×".join(map(str, m.kernel_size))
        names[m] = (f"{words[0]} {i + 1} · {m.in_channels}→{m.out_channels}, {k}"
                    + (f" {words[1]}" if "shortcut" in path else ""))
    return names


@torch.no_grad()
def feature_maps(model: nn.Module, image: np.ndarray,
                 words: tuple[str, str] = ("conv", "shortcut")) -> list[tuple[str, np.ndarray]]:
    """Every Conv2d's output for one (C, H, W) image, in the order they run: [(name, (channels, h, w))]."""
    maps: list[tuple[str, np.ndarray]] = []
    names = conv_names(model, words)
    hooks = [m.register_forward_hook(lambda mod, _, out: maps.append((names[mod], out[0].cpu().numpy())))
             for m in names]
    try:
        model.eval()(torch.from_numpy(image)[None])
    finally:
        for h in hooks:
            h.remove()
    return maps


def probabilities(model: nn.Module, images: np.ndarray) -> np.ndarray:
    """(N, K) class probabilities for (N, C, H, W) images."""
    return logits(model, torch.from_numpy(np.ascontiguousarray(images, dtype=np.float32))).softmax(1).numpy()


def saliency(model: nn.Module, image: np.ndarray, target: int | None = None, samples: int = 16,
             noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, int]:
    """|∂ logit / ∂ pixel| (max over colour channels) for the target class, default the predicted one.

    With `samples` > 1 it is SmoothGrad (Smilkov et al., 2017, eq. 3): the gradient is averaged over `samples`
    copies of the image with Gaussian noise added, and the absolute value is taken of that mean (so opposite
    gradients at one pixel cancel), which removes most of the plain gradient's speckle. Returns (H×W map, target).
    """
    model.eval()
    x = torch.from_numpy(np.ascontiguousarray(image, dtype=np.float32))[None]
    if target is None:
        with torch.no_grad():
            target = int(model(x)[0].argmax())
    if samples > 1:
        g = torch.Generator().manual_seed(seed)
        x = x + noise * torch.randn((samples, *x.shape[1:]), generator=g)
    x.requires_grad_(True)
    with torch.enable_grad():
        model(x)[:, target].sum().backward()
    return x.grad.mean(0).abs().amax(0).numpy(), int(target)


def confusion(y_true: np.ndarray, y_pred: np.ndarray, classes: int) -> np.ndarray:
    """Counts with the true class on rows and the predicted class on columns."""
    return np.bincount(y_true * classes + y_pred, minlength=classes * classes).reshape(classes, classes)


def cell_examples(y_true: np.ndarray, y_pred: np.ndarray, probs: np.ndarray, true: int, pred: int) -> np.ndarray:
    """Indices of test images of class `true` predicted as `pred`, most confident first."""
    idx = np.flatnonzero((y_true == true) & (y_pred == pred))
    return idx[np.argsort(-probs[idx, pred], kind="stable")]


def confident_mistakes(y_true: np.ndarray, probs: np.ndarray, n: int = 12) -> np.ndarray:
    """Indices of the wrong predictions the model was surest about."""
    pred = probs.argmax(1)
    wrong = np.flatnonzero(pred != y_true)
    return wrong[np.argsort(-probs[wrong, pred[wrong]], kind="stable")][:n]


def most_confused(cm: np.ndarray) -> tuple[int, int] | None:
    """The (true, predicted) pair with the most mistakes, or None when there are none."""
    off = cm.copy()
    np.fill_diagonal(off, 0)
    if off.max() == 0:
        return None
    true, pred = np.unravel_index(int(off.argmax()), off.shape)
    return int(true), int(pred)


def cell_of_point(point: dict, classes: tuple[str, ...]) -> tuple[int, int] | None:
    """(true, predicted) for a point Streamlit reports from the clickable confusion matrix (x = predicted
    label, y = true label; plotly may turn a label such as "7" into the number 7)."""
    try:
        return classes.index(str(point["y"])), classes.index(str(point["x"]))
    except (KeyError, ValueError):
        return None
