"""Multilayer perceptron g(x) = f₁(f₂(⋯f_L(x))): a composition of affine maps and nonlinearities.

The lecture numbers the maps from the output: f_L is applied first, f₁ is the output layer.

Classification with 2 classes uses one logit and binary cross-entropy (a sigmoid output); with 3 or
more, one logit per class and softmax cross-entropy; regression, one output and squared error.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.data.toy2d import Dataset2D
from core.i18n import SettingError
from core.train import (ACTIVATIONS, OPTIMIZERS, SupervisedStep, TensorBatches, Trainer,  # noqa: F401
                        make_optimizer, pick_device, seeded, stack)

REGULARIZATIONS = ("none", "l1", "l2")
INITS = ("glorot", "pytorch")  # Glorot & Bengio (2010) uniform with the activation's gain, or PyTorch's nn.Linear default
FEATURES = {  # the input features TensorFlow Playground offers, computed from (x1, x2)
    "x1": lambda x: x[:, 0], "x2": lambda x: x[:, 1],
    "x1²": lambda x: x[:, 0] ** 2, "x2²": lambda x: x[:, 1] ** 2, "x1·x2": lambda x: x[:, 0] * x[:, 1],
    "sin x1": lambda x: torch.sin(x[:, 0]), "sin x2": lambda x: torch.sin(x[:, 1]),
}
MAX_LAYERS, MAX_WIDTH = 6, 32


@dataclass(frozen=True)
class MLPConfig:
    features: tuple[str, ...] = ("x1", "x2")
    hidden: tuple[int, ...] = (8, 8)
    classes: int = 2  # 0 means regression
    activation: str = "tanh"
    optimizer: str = "adam"
    lr: float = 0.03
    regularization: str = "none"
    reg_rate: float = 0.0
    batch_size: int = 32
    epochs: int = 200
    target_test_loss: float = 0.0  # stop early once the test loss reaches it; 0 disables
    seed: int = 0
    init: str = "pytorch"  # "pytorch" for runs stored before the choice existed; the playground uses "glorot"

    @property
    def out_dim(self) -> int:
        return self.classes if self.classes >= 3 else 1

    def validate(self) -> None:
        """Raise ValueError, with a message for the user, for a setting the model cannot take."""
        if not self.features or any(f not in FEATURES for f in self.features):
            raise SettingError("setting.no_features")
        if len(set(self.features)) != len(self.features):  # a link could repeat one: ?f=x1~x1~…
            raise SettingError("setting.repeated_features")
        if len(self.hidden) > MAX_LAYERS or any(not 1 <= h <= MAX_WIDTH for h in self.hidden):
            raise SettingError("setting.layers", layers=MAX_LAYERS, width=MAX_WIDTH)
        if (self.activation not in ACTIVATIONS or self.optimizer not in OPTIMIZERS
                or self.regularization not in REGULARIZATIONS or self.init not in INITS):
            raise SettingError("setting.unknown")
        if self.lr <= 0 or self.batch_size < 1 or self.epochs < 1 or self.classes == 1 or self.reg_rate < 0:
            raise SettingError("setting.positive")


class Features(nn.Module):
    """Maps raw (x1, x2) to the chosen feature columns; no parameters."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__()
        self.names = names

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.names == ("x1", "x2"):  # the default: the input itself (no stack to run and backpropagate)
            return x
        return torch.stack([FEATURES[n](x) for n in self.names], -1)


def build(config: MLPConfig) -> nn.Sequential:
    config.validate()
    model = nn.Sequential(Features(config.features),
                          *stack(len(config.features), config.hidden, config.out_dim, config.activation))
    if config.init == "glorot":
        glorot(model, config.activation)
    return model


@torch.no_grad()
def glorot(model: nn.Module, activation: str) -> None:
    """Glorot & Bengio (2010) uniform weights, U(±gain·√(6 / (fan_in + fan_out))), biases 0, in place.

    PyTorch's default for nn.Linear, U(±1/√fan_in), starts a 2-input tanh layer with weights of at most
    0.71 and biases as large: units start nearly linear and alike. Glorot's keeps each layer's signal
    variance about the same forwards and backwards; on the playground's circle it reached 95 % held-out
    accuracy in 5 epochs instead of 10 (seed 0; `python -m bench --only playground` times it live).
    """
    for m in model.modules():
        if isinstance(m, nn.Linear):
            nn.init.xavier_uniform_(m.weight, gain=nn.init.calculate_gain(activation))  # tanh 5/3, relu √2
            nn.init.zeros_(m.bias)


def loss_fn(config: MLPConfig):
    if config.classes == 0:
        return lambda out, y: F.mse_loss(out.squeeze(-1), y)
    if config.classes == 2:
        return lambda out, y: F.binary_cross_entropy_with_logits(out.squeeze(-1), y.float())
    return F.cross_entropy


def predict_labels(out: torch.Tensor) -> torch.Tensor:
    return (out.squeeze(-1) > 0).long() if out.shape[-1] == 1 else out.argmax(-1)


class Penalty:
    """L1 or L2 penalty on the weight matrices (not the biases); `rate` may change while training."""

    def __init__(self, model: nn.Module, kind: str, rate: float) -> None:
        self.weights = [m.weight for m in model.modules() if isinstance(m, nn.Linear)]
        self.kind, self.rate = kind, rate

    def __call__(self) -> torch.Tensor | float:
        if self.kind == "none" or self.rate == 0:
            return 0.0
        if self.kind == "l1":
            return self.rate * sum(w.abs().sum() for w in self.weights)
        return self.rate * 0.5 * sum((w ** 2).sum() for w in self.weights)


def make_step(model: nn.Module, config: MLPConfig) -> SupervisedStep:
    optimizer = make_optimizer(model.parameters(), config.optimizer, config.lr, flat=True)
    penalty = Penalty(model, config.regularization, config.reg_rate)
    return SupervisedStep(model, loss_fn(config), optimizer, penalty=penalty)


def evaluate_fn(config: MLPConfig, splits: dict[str, tuple[torch.Tensor, torch.Tensor]]):
    """Loss (and accuracy) of each split after every epoch, with the weights at that moment.

    One full-batch forward pass per split costs less than measuring accuracy at every step.
    """
    criterion = loss_fn(config)

    def evaluate(model: nn.Module) -> dict[str, float]:
        row = {}
        for split, (x, y) in splits.items():
            if len(x) == 0:
                continue
            out = model(x)
            row[f"{split}_loss"] = criterion(out, y).item()
            if config.classes:
                row[f"{split}_acc"] = (predict_labels(out) == y).float().mean().item()
        return row

    return evaluate


def make_trainer(config: MLPConfig, data: Dataset2D, device: torch.device | None = None) -> Trainer:
    """Model, step, shuffled batches and per-epoch evaluation for a 2D dataset, all seeded."""
    config.validate()
    if config.classes != data.n_classes:
        raise ValueError(f"the data have {data.n_classes} classes but the network {config.classes}")
    device = device or pick_device()
    with seeded(config.seed) as generator:
        model = build(config).to(device)
    x, y = data.x_train.to(device), data.y_train.to(device)
    batches = TensorBatches(x, y, batch_size=config.batch_size, generator=generator)
    evaluate = evaluate_fn(config, {"train": (x, y), "test": (data.x_test.to(device), data.y_test.to(device))})
    trainer = Trainer(model, make_step(model, config), batches, epochs=config.epochs, evaluate=evaluate)
    if config.target_test_loss > 0:
        def stop_at_target(tr: Trainer) -> None:
            if tr.state.history[-1]["test_loss"] <= config.target_test_loss:
                tr.stop("target_reached")
        trainer.add_callback("on_epoch_end", stop_at_target)
    return trainer


@torch.no_grad()
def layer_outputs(model: nn.Sequential, x: torch.Tensor) -> list[torch.Tensor]:
    """The input features, each hidden layer's activations, then the output: the maps f_i made visible."""
    outs = [model[0](x)]
    h = outs[0]
    for module in list(model)[1:]:
        h = module(h)
        if not isinstance(module, nn.Linear):
            outs.append(h)
    outs.append(h)
    return outs


def grid(lim: float = 1.5, n: int = 70) -> tuple[np.ndarray, torch.Tensor]:
    xs = np.linspace(-lim, lim, n, dtype=np.float32)
    gx, gy = np.meshgrid(xs, xs)
    return xs, torch.from_numpy(np.stack([gx.ravel(), gy.ravel()], 1))


@torch.no_grad()
def predict_grid(model: nn.Module, classes: int, lim: float = 1.5,
                 n: int = 70) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Class probabilities (n, n, K), or the regression output (n, n) when classes == 0."""
    xs, points = grid(lim, n)
    out = model.eval()(points)
    if classes == 0:
        return xs, xs, out.reshape(n, n).numpy()
    if out.shape[-1] == 1:
        p = torch.sigmoid(out)
        out = torch.cat([1 - p, p], -1)
    else:
        out = out.softmax(-1)
    return xs, xs, out.reshape(n, n, -1).numpy()


def fit(config: MLPConfig, data: Dataset2D) -> tuple[nn.Sequential, list[dict[str, float]]]:
    """Train to the end in the calling thread (for small one-click models); returns model and history."""
    trainer = make_trainer(config, data, device=torch.device("cpu"))
    state = trainer.fit()
    return trainer.model, state.history


def linear_weights(model: nn.Sequential) -> np.ndarray:
    """(b, w₁, w₂) of a network with no hidden layer on (x1, x2): its boundary is b + w·x = 0."""
    linear = model[-1]
    if len(model) != 2 or linear.weight.shape != (1, 2):
        raise ValueError("only a single linear unit on (x1, x2) has a straight boundary to report")
    return np.r_[linear.bias.detach().numpy(), linear.weight.detach().numpy()[0]].astype(np.float64)
