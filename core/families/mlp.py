"""Multilayer perceptron g(x) = f₁(f₂(⋯f_L(x))): a composition of affine maps and nonlinearities.

The lecture numbers the maps from the output: f_L is applied first, f₁ is the output layer.

Classification with 2 classes uses one logit and binary cross-entropy (a sigmoid output); with 3 or
more, one logit per class and softmax cross-entropy; regression, one output and squared error.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.data.toy2d import Dataset2D
from core.i18n import SettingError
from core.train import (ACTIVATIONS, OPTIMIZERS, FlatOptimizer, SupervisedStep, TensorBatches,  # noqa: F401
                        Trainer, make_optimizer, pick_device, seeded, stack)

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


# each activation and its derivative from its output h = σ(z), applied to the gradient g reaching h: the
# kernels autograd's own backward uses (g·(1 − h²), g·h(1 − h), g·[h > 0]); None: the identity
_aten = torch.ops.aten
_ACTIVATION_BACKWARD = {
    nn.Tanh: (torch.tanh, _aten.tanh_backward),
    nn.Sigmoid: (torch.sigmoid, _aten.sigmoid_backward),
    nn.ReLU: (torch.relu, lambda g, h: _aten.threshold_backward(g, h, 0)),
    nn.Identity: (None, None),
}


class BackpropStep(SupervisedStep):
    """A step of the MLP whose gradients are backpropagation written out (Rumelhart, Hinton & Williams
    1986), not recorded by autograd. With h₀ the input features, z_l = h_{l−1}W_lᵀ + b_l, h_l = σ(z_l) for
    the hidden layers and the output z_L, and a batch of B points:

    - δ_L = ∂ℓ/∂z_L = (sigmoid(z_L) − y)/B for binary cross-entropy on one logit, (softmax(z_L) − onehot(y))/B
      for cross-entropy, 2(z_L − y)/B for squared error (each loss the batch mean, as `loss_fn`'s);
    - ∂ℓ/∂W_l = δ_lᵀh_{l−1}, ∂ℓ/∂b_l = Σ_batch δ_l, δ_{l−1} = (δ_l W_l) ⊙ σ′(z_{l−1}), with σ′ from the
      output: tanh 1 − h², sigmoid h(1 − h), ReLU [h > 0], linear 1;
    - the penalty adds λ·sign(W) (L1) or λ·W (L2) to each weight matrix's gradient, not to the biases'.

    These are autograd's numbers (tests/test_train.py compares every gradient and 60-step runs), written
    straight into the FlatOptimizer's gradient buffer. With no graph to record and no engine to run it, the
    playground's 2-8-8-1 network took 1.5-2.0x autograd's steps/s (bare loops side by side, both with a
    FlatOptimizer, `python -m bench --only playground`, 2-core AMD EPYC). The loss returned is the data
    term, without the penalty.

    `model`: nn.Sequential(Features, Linear, activation, …, Linear) as `build` makes it; `config`: its
    MLPConfig (the loss follows `classes`); `optimizer`: a FlatOptimizer over exactly the model's parameters.
    Raises ValueError for any other model or optimizer (`make_step` then uses autograd). If `self.model` is
    replaced (the command line's DistributedDataParallel, whose hooks average gradients across processes),
    steps go through autograd, as SupervisedStep's.
    """

    def __init__(self, model: nn.Module, config: MLPConfig, optimizer: FlatOptimizer,
                 penalty: Penalty) -> None:
        modules = list(model) if isinstance(model, nn.Sequential) else []
        linears, acts = modules[1::2], modules[2::2]
        if (not modules or not isinstance(modules[0], Features) or len(modules) % 2
                or not all(isinstance(m, nn.Linear) and m.bias is not None for m in linears)
                or not all(type(m) in _ACTIVATION_BACKWARD for m in acts)
                or len({id(m) for m in linears}) != len(linears)):  # a layer used twice: gradients would add
            raise ValueError("backpropagation is written out for Features, then distinct Linear layers with "
                             "an activation between each two")
        grads = dict(zip(map(id, getattr(optimizer, "params", ())), getattr(optimizer, "grads", ())))
        if not isinstance(optimizer, FlatOptimizer) or set(grads) != {id(p) for p in model.parameters()}:
            raise ValueError("the gradients are written into a FlatOptimizer over exactly the model's "
                             "parameters")
        super().__init__(model, loss_fn(config), optimizer, penalty=penalty)
        self._net, self._features, self._classes = model, modules[0], config.classes
        self._layers = [(m.weight, m.bias, grads[id(m.weight)], grads[id(m.bias)]) for m in linears]
        self._acts = [_ACTIVATION_BACKWARD[type(m)] for m in acts]

    def __call__(self, batch: tuple[torch.Tensor, torch.Tensor]) -> dict[str, float]:
        if self.model is not self._net:
            return super().__call__(batch)
        loss = self.gradients(batch)  # under no_grad; FlatOptimizer.step needs none
        self.optimizer.step()
        return {"loss": loss.item()}

    def gradients(self, batch: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
        """Write the batch's gradients (penalty included) into the optimizer's buffer, `optimizer.grads` in
        the model's parameter order; returns the batch-mean loss (a 0-d tensor, without the penalty).
        Takes no step."""
        x, y = batch
        with torch.no_grad():
            h = self._features(x)
            outs = [h]  # h₀, h₁, …, z_L: each layer's input, then the output
            for k, (w, b, _, _) in enumerate(self._layers):
                h = F.linear(h, w, b)
                if k < len(self._acts) and self._acts[k][0] is not None:
                    h = self._acts[k][0](h)
                outs.append(h)
            loss, g = self._output_delta(h, y)
            kind, rate = self.penalty.kind, self.penalty.rate
            for k in range(len(self._layers) - 1, -1, -1):
                w, _, grad_w, grad_b = self._layers[k]
                torch.mm(g.t(), outs[k], out=grad_w)
                torch.sum(g, 0, out=grad_b)
                if rate and kind != "none":
                    grad_w.add_(w.sign() if kind == "l1" else w, alpha=rate)
                if k:
                    g = g @ w
                    backward = self._acts[k - 1][1]
                    if backward is not None:
                        g = backward(g, outs[k])
        return loss

    def _output_delta(self, z: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The batch-mean loss and δ_L = ∂loss/∂z, (B, out)."""
        n = len(z)
        if self._classes == 0:
            target = y.to(z.dtype).unsqueeze(-1)
            return F.mse_loss(z.squeeze(-1), y), (z - target).mul_(2 / n)
        if self._classes == 2:
            target = y.to(z.dtype)
            return (F.binary_cross_entropy_with_logits(z.squeeze(-1), target),
                    torch.sigmoid(z).sub_(target.unsqueeze(-1)).div_(n))
        g = torch.softmax(z, -1)
        g[torch.arange(n), y] -= 1
        return F.cross_entropy(z, y), g.div_(n)


def gradient_check(model: nn.Module, config: MLPConfig, x: torch.Tensor, y: torch.Tensor) -> dict:
    """The gradients `BackpropStep` writes out against autograd's, at `model`'s weights on the batch (x, y)
    (x: (B, 2) points, y: (B,) labels or targets), the config's penalty included; neither the model nor its
    weights change. Returns {"max_abs": the largest |difference| over every weight and bias, "max_rel":
    that over the largest |autograd gradient| (0 when every gradient is 0), "count": the numbers compared,
    "loss": the batch's loss}; NaN differences where the weights or the batch are not finite. Raises
    ValueError for a model BackpropStep does not take, an empty batch, or labels outside 0…classes−1."""
    import copy

    if len(x) == 0 or len(x) != len(y):
        raise ValueError("a gradient check needs a batch of at least one point, with one label each")
    classes = max(config.classes, 2)
    if config.classes and (y.is_floating_point() or int(y.min()) < 0 or int(y.max()) >= classes):
        raise ValueError(f"labels must be integers from 0 to {classes - 1}")
    ours, theirs = copy.deepcopy(model), copy.deepcopy(model)
    optimizer = FlatOptimizer(ours.parameters(), "sgd", 0.0)
    step = BackpropStep(ours, config, optimizer, Penalty(ours, config.regularization, config.reg_rate))
    loss = step.gradients((x, y))
    theirs.zero_grad(set_to_none=True)  # a copied .grad would be added to
    (loss_fn(config)(theirs(x), y) + Penalty(theirs, config.regularization, config.reg_rate)()).backward()
    reference = torch.cat([p.grad.reshape(-1) for p in theirs.parameters()])
    biggest = float(reference.abs().max())
    difference = float((optimizer.grad - reference).abs().max())
    finite = math.isfinite(difference) and math.isfinite(biggest)
    relative = difference / biggest if biggest > 0 else 0.0
    return {"max_abs": difference if finite else math.nan, "max_rel": relative if finite else math.nan,
            "count": int(reference.numel()), "loss": float(loss)}


def make_step(model: nn.Module, config: MLPConfig) -> SupervisedStep:
    """Backpropagation written out (`BackpropStep`) into a FlatOptimizer where the model and parameters allow
    it, else autograd with torch.optim."""
    optimizer = make_optimizer(model.parameters(), config.optimizer, config.lr, flat=True)
    penalty = Penalty(model, config.regularization, config.reg_rate)
    try:
        return BackpropStep(model, config, optimizer, penalty)
    except ValueError:
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
