"""Multilayer perceptron g(x) = f_L(... f_2(f_1(x))): a composition of affine maps and nonlinearities."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from core.data.toy2d import Dataset2D
from core.train import SupervisedStep, TensorBatches, Trainer, pick_device, seeded

ACTIVATIONS: dict[str, type[nn.Module]] = {
    "relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "linear": nn.Identity,
    "leaky_relu": nn.LeakyReLU, "gelu": nn.GELU,
}
OPTIMIZERS = ("sgd", "momentum", "adam")


@dataclass(frozen=True)
class MLPConfig:
    in_dim: int = 2
    hidden: tuple[int, ...] = (8, 8)
    out_dim: int = 2  # number of classes; 1 for regression
    activation: str = "tanh"
    task: str = "classification"  # or "regression"
    optimizer: str = "adam"
    lr: float = 0.03
    weight_decay: float = 0.0
    batch_size: int = 32
    epochs: int = 200
    seed: int = 0


def build(config: MLPConfig) -> nn.Sequential:
    """Linear layers of the given widths with `activation` between them."""
    if config.activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {config.activation!r}")
    layers: list[nn.Module] = []
    width = config.in_dim
    for h in config.hidden:
        layers += [nn.Linear(width, h), ACTIVATIONS[config.activation]()]
        width = h
    layers.append(nn.Linear(width, config.out_dim))
    return nn.Sequential(*layers)


def make_optimizer(params, name: str, lr: float, weight_decay: float = 0.0) -> torch.optim.Optimizer:
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, weight_decay=weight_decay)
    if name == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=0.9, weight_decay=weight_decay)
    if name == "adam":
        return torch.optim.Adam(params, lr=lr, weight_decay=weight_decay)
    raise ValueError(f"unknown optimizer {name!r}; expected one of {OPTIMIZERS}")


def loss_fn(config: MLPConfig):
    if config.task == "regression":
        return lambda out, y: nn.functional.mse_loss(out.squeeze(-1), y)
    return nn.functional.cross_entropy


def accuracy(out: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
    return {"acc": (out.argmax(-1) == y).float().mean().item()}


def make_step(model: nn.Module, config: MLPConfig) -> SupervisedStep:
    optimizer = make_optimizer(model.parameters(), config.optimizer, config.lr, config.weight_decay)
    return SupervisedStep(model, loss_fn(config), optimizer)


def evaluate_fn(config: MLPConfig, splits: dict[str, tuple[torch.Tensor, torch.Tensor]]):
    """Loss (and accuracy) of each split after every epoch, with the weights at that moment.

    One full-batch forward pass per split costs less than measuring accuracy at every step.
    """
    criterion = loss_fn(config)

    def evaluate(model: nn.Module) -> dict[str, float]:
        row = {}
        for split, (x, y) in splits.items():
            out = model(x)
            row[f"{split}_loss"] = criterion(out, y).item()
            if config.task == "classification":
                row[f"{split}_acc"] = accuracy(out, y)["acc"]
        return row

    return evaluate


def make_trainer(config: MLPConfig, data: Dataset2D, device: torch.device | None = None) -> Trainer:
    """Model, step, shuffled batches and held-out evaluation for a 2D dataset, all seeded."""
    if config.lr <= 0 or config.batch_size < 1 or config.epochs < 1:
        raise ValueError("learning rate, batch size and epochs must be positive")
    device = device or pick_device()
    with seeded(config.seed) as generator:
        model = build(config).to(device)
    x, y = data.x_train.to(device), data.y_train.to(device)
    batches = TensorBatches(x, y, batch_size=config.batch_size, generator=generator)
    evaluate = evaluate_fn(config, {"train": (x, y), "test": (data.x_test.to(device), data.y_test.to(device))})
    return Trainer(model, make_step(model, config), batches, epochs=config.epochs, evaluate=evaluate)


@torch.no_grad()
def predict_grid(model: nn.Module, lim: float = 1.5, n: int = 70) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Class probabilities (n, n, K), or the regression output (n, n), on a square grid."""
    xs = np.linspace(-lim, lim, n, dtype=np.float32)
    gx, gy = np.meshgrid(xs, xs)
    points = torch.from_numpy(np.stack([gx.ravel(), gy.ravel()], 1))
    device = next(model.parameters()).device
    out = model.eval()(points.to(device)).cpu()
    if out.shape[-1] == 1:
        return xs, xs, out.reshape(n, n).numpy()
    return xs, xs, out.softmax(-1).reshape(n, n, -1).numpy()
