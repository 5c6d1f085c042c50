"""Telgarsky's sawtooth: a clean depth separation for ReLU networks.

The tent map t(x) = 2·relu(x) − 4·relu(x − ½) folds [0, 1] onto itself; composing it L times, a
network of L layers with 2 ReLUs each, gives a sawtooth with 2ᴸ linear pieces. A network with one
hidden layer of w ReLUs has at most w + 1 pieces, so it needs about 2ᴸ units to match.
"""
from __future__ import annotations

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.train import SupervisedStep, TensorBatches, Trainer, make_optimizer, seeded, stack


def deep_sawtooth(layers: int) -> nn.Sequential:
    """L blocks of Linear(1→2), ReLU, Linear(2→1) with the tent map's weights: 7L parameters."""
    blocks: list[nn.Module] = []
    for _ in range(layers):
        up, down = nn.Linear(1, 2), nn.Linear(2, 1)
        with torch.no_grad():
            up.weight.copy_(torch.tensor([[1.0], [1.0]]))
            up.bias.copy_(torch.tensor([0.0, -0.5]))
            down.weight.copy_(torch.tensor([[2.0, -4.0]]))
            down.bias.zero_()
        blocks += [up, nn.ReLU(), down]
    return nn.Sequential(*blocks)


def target(x: np.ndarray, layers: int) -> np.ndarray:
    """The L-fold tent map, computed directly."""
    y = np.asarray(x, dtype=np.float64)
    for _ in range(layers):
        y = np.where(y < 0.5, 2 * y, 2 - 2 * y)
    return y


def count_pieces(f, points: int = 200_001, tol: float = 1e-6) -> int:
    """Linear pieces of a piecewise-linear f on [0, 1], counted from slopes on a fine grid.

    A kink inside a grid interval changes the slope twice in a row; a run of changes is one kink.
    """
    x = np.linspace(0.0, 1.0, points)
    y = np.asarray(f(x), dtype=np.float64)
    slopes = np.diff(y) / np.diff(x)
    change = np.abs(np.diff(slopes)) > tol * np.maximum(1.0, np.abs(slopes[1:]))
    kinks = int(np.count_nonzero(change[1:] & ~change[:-1]) + change[0])
    return kinks + 1


def as_function(model: nn.Module):
    """Wrap a 1-in/1-out torch model as a numpy function (float64 for exact slopes)."""
    model = model.double()

    def f(x: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            return model(torch.from_numpy(np.asarray(x, dtype=np.float64)).unsqueeze(-1)).squeeze(-1).numpy()

    return f


def fit_shallow(layers: int, width: int, epochs: int = 300, samples: int = 2049, seed: int = 0
                ) -> tuple[nn.Sequential, float]:
    """One hidden layer of `width` ReLUs fitted to the sawtooth; returns the model and its MSE.

    The units start with their kinks at 0, 1/w, 2/w, … and the output layer is solved by least
    squares; then the shared loop fine-tunes every weight with Adam. (From PyTorch's default start,
    Adam alone stays near the constant ½: measured MSE ≈ 1/12, the sawtooth's variance, even with
    32 units for L = 4.)
    """
    x = torch.linspace(0, 1, samples).unsqueeze(-1)
    y = torch.from_numpy(target(x.squeeze(-1).numpy(), layers)).float().unsqueeze(-1)
    with seeded(seed) as generator:
        model = nn.Sequential(*stack(1, (width,), 1, "relu"))
    with torch.no_grad():
        model[0].weight.fill_(1.0)
        model[0].bias.copy_(-torch.arange(width) / width)
        features = torch.cat([torch.relu(model[0](x)), torch.ones_like(x)], 1).double()
        solution = torch.linalg.lstsq(features, y.double()).solution.float()
        model[2].weight.copy_(solution[:-1].T)
        model[2].bias.copy_(solution[-1])
    optimizer = make_optimizer(model.parameters(), "adam", 1e-4)
    batches = TensorBatches(x, y, batch_size=samples, generator=generator)
    Trainer(model, SupervisedStep(model, F.mse_loss, optimizer), batches, epochs=epochs).fit()
    with torch.no_grad():
        mse = F.mse_loss(model(x), y).item()
    return model, mse


def params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def widths_to_try(layers: int) -> list[int]:
    """Around 2ᴸ: a quarter, a half, one short, exactly, and twice."""
    k = 2 ** layers
    return sorted({max(1, k // 4), max(1, k // 2), k - 1, k, 2 * k} - {0})


def compare_widths(layers: int, points: int = 801) -> list[dict]:
    """Fit a one-hidden-layer network of each width; its size, pieces, error and curve on [0, 1]."""
    x = np.linspace(0, 1, points)
    rows = []
    for width in widths_to_try(layers):
        model, mse = fit_shallow(layers, width)
        f = as_function(model)
        rows.append({"width": width, "params": params(model), "pieces": count_pieces(f), "mse": mse,
                     "curve": f(x).tolist()})
    return rows
