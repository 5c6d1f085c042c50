"""n-bit parity for neural networks: data, width-for-budget MLPs, an exact hand-built XOR tree, and an RNN."""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.train import SupervisedStep, TensorBatches, Trainer, make_optimizer, seeded, stack

FULL_TABLE_MAX = 12


@dataclass(frozen=True)
class ParityData:
    x_train: torch.Tensor  # (m, n) bits in {0, 1}
    y_train: torch.Tensor  # (m,) parity as float
    x_test: torch.Tensor
    y_test: torch.Tensor
    full_table: bool


def truth_table(n: int) -> torch.Tensor:
    return torch.tensor(list(itertools.product((0, 1), repeat=n)), dtype=torch.float32)


def make_data(n: int, test_fraction: float = 0.25, samples: int = 4096, seed: int = 0) -> ParityData:
    """The full truth table split train/test for n ≤ 12; above, random inputs with a held-out set."""
    g = torch.Generator().manual_seed(seed)
    if n <= FULL_TABLE_MAX:
        x = truth_table(n)[torch.randperm(2 ** n, generator=g)]
    else:
        x = torch.randint(0, 2, (samples + samples // 4, n), generator=g).float()
    y = x.sum(1) % 2
    n_test = max(1, int(len(x) * test_fraction)) if n <= FULL_TABLE_MAX else samples // 4
    return ParityData(x[n_test:], y[n_test:], x[:n_test], y[:n_test], n <= FULL_TABLE_MAX)


def mlp_params(n: int, depth: int, width: int) -> int:
    """Parameters of an n → width ×depth → 1 network."""
    return (n + 1) * width + (depth - 1) * (width + 1) * width + width + 1


def width_for_budget(n: int, depth: int, budget: int) -> int:
    """The widest network of this depth within the parameter budget (at least 1 unit)."""
    width = 1
    while mlp_params(n, depth, width + 1) <= budget:
        width += 1
    return width


def build_mlp(n: int, depth: int, width: int, activation: str = "tanh") -> nn.Sequential:
    return nn.Sequential(*stack(n, (width,) * depth, 1, activation))


def _bce(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return F.binary_cross_entropy_with_logits(out.squeeze(-1), y)


def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    with torch.no_grad():
        return ((model(2 * x - 1).squeeze(-1) > 0).float() == y).float().mean().item()


@dataclass(frozen=True)
class TrainSettings:
    steps: int = 1200  # every network gets the same number of optimisation steps, whatever n
    lr: float = 0.01
    batch_size: int = 64
    activation: str = "tanh"


def train_mlp(data: ParityData, depth: int, width: int, seed: int, settings: TrainSettings = TrainSettings()
              ) -> tuple[nn.Sequential, dict[str, float]]:
    """Train with the shared loop on ±1-coded bits; returns the model and its final accuracies."""
    n = data.x_train.shape[1]
    with seeded(seed) as generator:
        model = build_mlp(n, depth, width, settings.activation)
    optimizer = make_optimizer(model.parameters(), "adam", settings.lr)
    batches = TensorBatches(2 * data.x_train - 1, data.y_train, batch_size=settings.batch_size, generator=generator)
    epochs = math.ceil(settings.steps / len(batches))
    Trainer(model, SupervisedStep(model, _bce, optimizer), batches, epochs=epochs, max_steps=settings.steps).fit()
    return model, {"train_acc": accuracy(model, data.x_train, data.y_train),
                   "test_acc": accuracy(model, data.x_test, data.y_test)}


def xor_tree_network(n: int) -> nn.Sequential:
    """A ReLU network that computes parity exactly on {0,1}ⁿ by mirroring the XOR tree.

    Each level maps pairs (a, b) to a ⊕ b = relu(a + b) − 2·relu(a + b − 1) with two hidden units;
    an odd element passes through relu(a) = a. ⌈log₂ n⌉ levels, then a logit of ±10 for 1/0.
    Inputs are the bits themselves (0/1), not the ±1 code the trained networks use.
    """
    layers: list[nn.Module] = []
    width = n
    while width > 1:
        pairs, odd = width // 2, width % 2
        hidden = nn.Linear(width, 2 * pairs + odd)
        combine = nn.Linear(2 * pairs + odd, pairs + odd)
        with torch.no_grad():
            for p in (hidden, combine):
                p.weight.zero_()
                p.bias.zero_()
            for k in range(pairs):
                hidden.weight[2 * k, [2 * k, 2 * k + 1]] = 1.0
                hidden.weight[2 * k + 1, [2 * k, 2 * k + 1]] = 1.0
                hidden.bias[2 * k + 1] = -1.0
                combine.weight[k, 2 * k], combine.weight[k, 2 * k + 1] = 1.0, -2.0
            if odd:
                hidden.weight[2 * pairs, width - 1] = 1.0
                combine.weight[pairs, 2 * pairs] = 1.0
        layers += [hidden, nn.ReLU(), combine]
        width = pairs + odd
    out = nn.Linear(1, 1)
    with torch.no_grad():
        out.weight.fill_(20.0)
        out.bias.fill_(-10.0)
    return nn.Sequential(*layers, out)


def tree_network_params(n: int) -> int:
    return sum(p.numel() for p in xor_tree_network(n).parameters())


class ParityRNN(nn.Module):
    """Reads the bits one at a time; after each bit it predicts the parity of what it has read."""

    def __init__(self, hidden: int = 4) -> None:
        super().__init__()
        self.rnn = nn.RNN(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, bits: torch.Tensor) -> torch.Tensor:
        h, _ = self.rnn((2 * bits - 1).unsqueeze(-1))
        return self.out(h).squeeze(-1)


@dataclass(frozen=True)
class RNNSettings:
    hidden: int = 4
    length: int = 16
    steps: int = 3000
    batch_size: int = 64
    lr: float = 0.03
    seed: int = 0
    restarts: int = 3  # a tiny RNN sometimes stalls on a plateau; then start again from the next seed


class _RandomSequences:
    """An endless source of random bit strings with the parity of every prefix as targets."""

    def __init__(self, s: RNNSettings, generator: torch.Generator) -> None:
        self.s, self.g = s, generator

    def __iter__(self):
        for _ in range(self.s.steps):
            x = torch.randint(0, 2, (self.s.batch_size, self.s.length), generator=self.g).float()
            yield x, torch.cumsum(x, 1) % 2


def _prefix_bce(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return F.binary_cross_entropy_with_logits(out, y)


def train_rnn(settings: RNNSettings = RNNSettings()) -> tuple[ParityRNN, int]:
    """Train with the shared loop on random strings of `length` bits, every prefix supervised.

    Returns the model and the number of attempts: a run that does not reach 100 % on fresh strings of
    the training length is restarted from the next seed, at most `restarts` times.
    """
    for attempt in range(1, settings.restarts + 1):
        with seeded(settings.seed + attempt - 1) as generator:
            model = ParityRNN(settings.hidden)
        optimizer = make_optimizer(model.parameters(), "adam", settings.lr)
        sequences = _RandomSequences(settings, generator)
        Trainer(model, SupervisedStep(model, _prefix_bce, optimizer), sequences, epochs=1).fit()
        if rnn_accuracy(model, settings.length, seed=1000 + attempt) == 1.0:
            break
    return model, attempt


def rnn_accuracy(model: ParityRNN, n: int, samples: int = 2000, seed: int = 1) -> float:
    """Accuracy of the parity of the whole string, on fresh random strings of n bits (all of them if few)."""
    x = truth_table(n) if 2 ** n <= samples else torch.randint(
        0, 2, (samples, n), generator=torch.Generator().manual_seed(seed)).float()
    with torch.no_grad():
        return ((model(x)[:, -1] > 0).float() == x.sum(1) % 2).float().mean().item()


def rnn_params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def sweep_rows(n: int, budgets: list[int], depths: list[int], seeds: int, settings: TrainSettings = TrainSettings(),
               progress=None) -> list[dict]:
    """Train every (depth, budget, seed); one row each. `progress(done, total)` is called as it goes."""
    data = make_data(n)
    jobs = [(d, b, s) for d in depths for b in budgets for s in range(seeds)]
    rows = []
    for i, (depth, budget, seed) in enumerate(jobs):
        width = width_for_budget(n, depth, budget)
        _, acc = train_mlp(data, depth, width, seed, settings)
        rows.append({"n": n, "depth": depth, "budget": budget, "width": width,
                     "params": mlp_params(n, depth, width), "seed": seed, **acc})
        if progress:
            progress(i + 1, len(jobs))
    return rows


def summarize(rows: list[dict]) -> list[dict]:
    """Mean, min and max test accuracy over seeds for each (depth, budget)."""
    groups: dict[tuple[int, int], list[dict]] = {}
    for r in rows:
        groups.setdefault((r["depth"], r["budget"]), []).append(r)
    out = []
    for (depth, budget), rs in sorted(groups.items()):
        accs = np.array([r["test_acc"] for r in rs])
        out.append({"depth": depth, "budget": budget, "params": rs[0]["params"], "width": rs[0]["width"],
                    "mean": float(accs.mean()), "min": float(accs.min()), "max": float(accs.max()),
                    "train_mean": float(np.mean([r["train_acc"] for r in rs]))})
    return out


def log2_ceil(n: int) -> int:
    return math.ceil(math.log2(n)) if n > 1 else 0
