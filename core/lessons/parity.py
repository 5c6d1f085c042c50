"""n-bit parity for neural networks: data, width-for-budget MLPs, an exact hand-built XOR tree, and an RNN."""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core import i18n
from core.train import SupervisedStep, TensorBatches, Trainer, make_optimizer, seeded, stack

SAMPLES = 4096  # strings per data set: the whole truth table up to n = 12, distinct random strings above


@dataclass(frozen=True)
class ParityData:
    x_train: torch.Tensor  # (m, n) bits in {0, 1}
    y_train: torch.Tensor  # (m,) parity as float
    x_test: torch.Tensor
    y_test: torch.Tensor
    full_table: bool


def truth_table(n: int) -> torch.Tensor:
    return torch.tensor(list(itertools.product((0, 1), repeat=n)), dtype=torch.float32)


def _as_bits(codes: torch.Tensor, n: int) -> torch.Tensor:
    """Integers in [0, 2ⁿ) → (len, n) float bits, most significant first."""
    return ((codes.unsqueeze(-1) >> torch.arange(n - 1, -1, -1)) & 1).float()


def _distinct_codes(n: int, k: int, g: torch.Generator) -> torch.Tensor:
    """k distinct integers drawn uniformly without replacement from [0, 2ⁿ), in random order."""
    if n <= 24:
        return torch.randperm(2 ** n, generator=g)[:k]
    seen: dict[int, None] = {}
    while len(seen) < k:  # rejection: for n > 24 the space is ≥ 4,096 × larger than k
        for c in torch.randint(0, 2 ** n, (k,), generator=g).tolist():
            seen.setdefault(c, None)
    return torch.tensor(list(seen)[:k])


def make_data(n: int, test_fraction: float = 0.25, samples: int = SAMPLES, seed: int = 0) -> ParityData:
    """A train/held-out split of n-bit strings with their parity; no held-out string is in the training set.

    When 2ⁿ ≤ samples the whole truth table is shuffled and split; otherwise `samples` distinct strings
    are drawn at random without replacement and split the same way. The held-out part has
    max(1, ⌊len · test_fraction⌋) strings.
    """
    g = torch.Generator().manual_seed(seed)
    full = 2 ** n <= samples
    x = truth_table(n)[torch.randperm(2 ** n, generator=g)] if full else _as_bits(_distinct_codes(n, samples, g), n)
    y = x.sum(1) % 2
    n_test = max(1, int(len(x) * test_fraction))
    return ParityData(x[n_test:], y[n_test:], x[:n_test], y[:n_test], full)


def describe_split(data: ParityData) -> dict:
    """What the page says about a split: {"n", "space" (2ⁿ), "train", "test", "full_table", "overlap"}.

    "overlap" counts held-out strings that also occur in the training set (0 by construction; measured).
    """
    n = data.x_train.shape[1]
    train = {tuple(r) for r in data.x_train.int().tolist()}
    return {"n": n, "space": 2 ** n, "train": len(data.x_train), "test": len(data.x_test),
            "full_table": data.full_table, "overlap": sum(tuple(r) in train for r in data.x_test.int().tolist())}


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


RNN_LENGTHS = range(2, 33)
SHALLOW_NS = range(2, 13)


def rnn_and_shallow_rows(budget: int, lengths=RNN_LENGTHS, shallow_ns=SHALLOW_NS,
                         rnn_settings: RNNSettings = RNNSettings(),
                         settings: TrainSettings = TrainSettings()) -> list[dict]:
    """The RNN trained once on `rnn_settings.length` bits and scored at every length, against the widest
    one-hidden-layer network within `budget` parameters trained per n (seed 0) on `make_data(n)`.

    Rows: {"n", "model" ("rnn" | "shallow"), "acc" (held-out accuracy), "params", and "attempts" for the
    RNN, "width"/"train"/"test" (split sizes) for the shallow networks}.
    """
    model, attempts = train_rnn(rnn_settings)
    rows = [{"n": n, "model": "rnn", "acc": rnn_accuracy(model, n), "params": rnn_params(model),
             "attempts": attempts, "trained_length": rnn_settings.length} for n in lengths]
    for n in shallow_ns:
        data = make_data(n)
        width = width_for_budget(n, 1, budget)
        _, acc = train_mlp(data, 1, width, seed=0, settings=settings)
        rows.append({"n": n, "model": "shallow", "acc": acc["test_acc"], "params": mlp_params(n, 1, width),
                     "width": width, "train": len(data.x_train), "test": len(data.x_test)})
    return rows


def rnn_finding(rows: list[dict], trained_length: int = RNNSettings.length, exact: float = 0.99) -> dict:
    """What the RNN rows show about lengths it was not trained on.

    Returns {"trained_length", "acc_trained" (None if that length was not scored), "longer": [(n, acc)]
    for n > trained_length, "worst": (n, acc) of the lowest among them (None if none), "exact_longer":
    how many reach `exact`, "carries_over": True when every longer length reaches `exact`, "first_below":
    the shortest longer length below `exact` (None if none)}.
    """
    rnn = sorted((r["n"], r["acc"]) for r in rows if r["model"] == "rnn")
    longer = [(n, a) for n, a in rnn if n > trained_length]
    below = [n for n, a in longer if a < exact]
    return {"trained_length": trained_length, "acc_trained": next((a for n, a in rnn if n == trained_length), None),
            "longer": longer, "worst": min(longer, key=lambda p: p[1]) if longer else None,
            "exact_longer": sum(a >= exact for _, a in longer), "carries_over": bool(longer) and not below,
            "first_below": below[0] if below else None, "exact": exact}


def shallow_finding(rows: list[dict]) -> dict:
    """The shallow rows' parameter counts and splits, one seed (0) each: {"n_min", "n_max", "params_first",
    "params_last" (at n_min / n_max), "width_last", "tests": {n: held-out size}, "full_table": True when
    every n used its whole truth table, "share": the held-out share at n_max}."""
    sh = sorted((r for r in rows if r["model"] == "shallow"), key=lambda r: r["n"])
    return {"full_table": all(r["train"] + r["test"] == 2 ** r["n"] for r in sh),
            "share": sh[-1]["test"] / (sh[-1]["train"] + sh[-1]["test"]),"n_min": sh[0]["n"], "n_max": sh[-1]["n"], "params_first": sh[0]["params"],
            "params_last": sh[-1]["params"], "width_last": sh[-1]["width"],
            "tests": {r["n"]: r["test"] for r in sh}, "seeds": 1}


def sweep_finding(summary: list[dict]) -> dict:
    """The best mean held-out accuracy and whether its seed range stands apart.

    Returns {"best": the summary row with the highest mean, "clear": True when its min is above the max
    of every row of another depth (non-overlapping seed ranges), "rival": the other-depth row with the
    highest max, "widest": the row with the widest min–max range, "spread": that range}.
    """
    best = max(summary, key=lambda r: r["mean"])
    others = [r for r in summary if r["depth"] != best["depth"]]
    rival = max(others, key=lambda r: r["max"]) if others else None
    widest = max(summary, key=lambda r: r["max"] - r["min"])
    return {"best": best, "rival": rival, "clear": rival is not None and best["min"] > rival["max"],
            "widest": widest, "spread": widest["max"] - widest["min"]}


def split_sentence(split: dict, lang: str) -> str:
    """How the held-out set was drawn, from `describe_split`."""
    key = "depth.split_full" if split["full_table"] else "depth.split_sampled"
    return i18n.translate(key, lang, n=split["n"], space=f"{split['space']:,}",
                          total=f"{split['train'] + split['test']:,}", train=f"{split['train']:,}", test=f"{split['test']:,}", overlap=split["overlap"])


def sweep_sentence(found: dict, tree_params: int, seeds: int, lang: str) -> str:
    """The sweep's notice from `sweep_finding`: the best mean, whether its seed range stands apart, the spread."""
    best, rival, widest = found["best"], found["rival"], found["widest"]
    text = i18n.translate("depth.sweep_best", lang, acc=f"{best['mean']:.1%}", depth=best["depth"],
                          params=best["params"], lo=f"{best['min']:.1%}", hi=f"{best['max']:.1%}", seeds=seeds,
                          tree=tree_params)
    key = "depth.sweep_clear" if found["clear"] else "depth.sweep_overlap"
    against = "" if rival is None else i18n.translate(key, lang, depth=rival["depth"], params=rival["params"],
                                                      hi=f"{rival['max']:.1%}")
    return i18n.sentences([text, against, i18n.translate("depth.sweep_spread", lang, lo=f"{widest['min']:.1%}",
                                                         hi=f"{widest['max']:.1%}", depth=widest["depth"],
                                                         params=widest["params"])], lang)


def rnn_sentence(found: dict, attempts: int, lang: str) -> str:
    """The RNN's notice from `rnn_finding`: its accuracy at the training length and at every longer length."""
    acc = "—" if found["acc_trained"] is None else f"{found['acc_trained']:.1%}"
    text = i18n.translate("depth.rnn_measured", lang, L=found["trained_length"], acc=acc, attempts=attempts)
    if not found["longer"]:
        return text
    worst_n, worst = found["worst"]
    values = dict(k=len(found["longer"]), a=found["longer"][0][0], b=found["longer"][-1][0],
                  exact=f"{found['exact']:.0%}", worst=f"{worst:.1%}", worst_n=worst_n,
                  hits=found["exact_longer"], first=found["first_below"])
    key = "depth.rnn_carries" if found["carries_over"] else "depth.rnn_breaks"
    return i18n.sentences([text, i18n.translate(key, lang, **values)], lang)


def shallow_sentence(found: dict, lang: str) -> str:
    """The shallow networks' caveat from `shallow_finding`: one seed, and the held-out sizes."""
    tests = found["tests"]
    shown = sorted({found["n_min"], found["n_max"], *(n for n in (6,) if n in tests)})
    sep = "、" if lang == "zh" else ", "
    sizes = sep.join(i18n.translate("depth.test_size", lang, k=f"{tests[n]:,}", n=n) for n in shown)
    how = i18n.translate("depth.shallow_full" if found["full_table"] else "depth.shallow_sampled", lang,
                         share=f"{found['share']:.0%}")
    return i18n.translate("depth.shallow_measured", lang, sizes=sizes, how=how)
