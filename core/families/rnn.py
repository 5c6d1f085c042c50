"""Recurrent networks h_t = f(W x_t + U h_{t−1} + b): memory through time, for three tasks.

Forecasting a noisy sum of sines, the adding problem (remember two marked numbers across a long
sequence) and a character-level language model. Cells are torch's RNN (tanh), LSTM and GRU; the
LSTM's forget-gate bias starts at 1 (Jozefowicz et al., 2015) so it remembers by default.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.data import tables
from core.data import text as text_files
from core.family import Family
from core.i18n import SettingError
from core.train import SupervisedStep, Trainer, make_optimizer, seeded

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}
TASKS = ("forecast", "adding", "text")


@dataclass(frozen=True)
class RNNConfig:
    task: str = "forecast"
    cell: str = "lstm"
    hidden: int = 32
    layers: int = 1
    seq_len: int = 50  # forecast: input window; adding: sequence length; text: characters per example
    lr: float = 3e-3
    batch_size: int = 32
    steps_per_epoch: int = 50
    epochs: int = 20
    embed: int = 32  # text: character embedding size
    seed: int = 0

    def validate(self) -> None:
        if self.task not in TASKS or self.cell not in CELLS:
            raise SettingError("setting.unknown")
        if not 1 <= self.hidden <= 512 or not 1 <= self.layers <= 4 or not 2 <= self.seq_len <= 1000 \
                or not 1 <= self.embed <= 256:
            raise SettingError("rnn.setting.size")
        if self.lr <= 0 or self.batch_size < 1 or self.epochs < 1 or self.steps_per_epoch < 1:
            raise SettingError("setting.positive")


class Recurrent(nn.Module):
    """An optional embedding, a recurrent stack, and a linear read-out of every step or of the last one."""

    def __init__(self, cell: str, inputs: int, hidden: int, layers: int, outputs: int, embed_vocab: int = 0,
                 last_only: bool = False) -> None:
        super().__init__()
        self.embed = nn.Embedding(embed_vocab, inputs) if embed_vocab else None
        self.rnn = CELLS[cell](inputs, hidden, layers, batch_first=True)
        self.head = nn.Linear(hidden, outputs)
        self.last_only = last_only
        if cell == "lstm":  # forget-gate bias 1: gates are ordered input, forget, cell, output
            for name, p in self.rnn.named_parameters():
                if name.startswith("bias_ih"):
                    with torch.no_grad():
                        p[hidden:2 * hidden].fill_(1.0)

    def states(self, x: torch.Tensor) -> torch.Tensor:
        """The last layer's hidden state at every step: (B, T, H)."""
        return self.rnn(self.embed(x) if self.embed is not None else x)[0]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.states(x)
        return self.head(h[:, -1] if self.last_only else h)


def build(config: RNNConfig, vocab: int = 0) -> Recurrent:
    config.validate()
    if config.task == "forecast":
        return Recurrent(config.cell, 1, config.hidden, config.layers, 1)
    if config.task == "adding":
        return Recurrent(config.cell, 2, config.hidden, config.layers, 1, last_only=True)
    return Recurrent(config.cell, config.embed, config.hidden, config.layers, vocab, embed_vocab=vocab)


# ---- data ----
def sines(n: int = 2000, periods: tuple[float, ...] = (50.0, 23.0, 11.0), noise: float = 0.1, seed: int = 0) -> np.ndarray:
    """A sum of sine waves with Gaussian noise, scaled to about unit size."""
    t = np.arange(n)
    clean = sum(np.sin(2 * np.pi * t / p) / (i + 1) for i, p in enumerate(periods))
    return (clean + noise * np.random.default_rng(seed).standard_normal(n)).astype(np.float32)


def adding_batch(n: int, length: int, generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """Hochreiter & Schmidhuber's adding problem: random values and two markers, one in each half;
    the target is the sum of the two marked values (0…2)."""
    values = torch.rand(n, length, generator=generator)
    first = torch.randint(0, max(1, length // 2), (n,), generator=generator)
    second = torch.randint(length // 2, length, (n,), generator=generator)
    marks = torch.zeros(n, length)
    rows = torch.arange(n)
    marks[rows, first] = 1.0
    marks[rows, second] = 1.0
    return torch.stack([values, marks], -1), (values * marks).sum(1, keepdim=True)


MAX_TEXT_BYTES = 2_000_000


class Corpus:
    """A text as character ids; the vocabulary is every distinct character, sorted.

    `chars` fixes the vocabulary instead (a stored model's): characters outside it are dropped.
    """

    def __init__(self, text: str, chars: list[str] | None = None) -> None:
        if chars is not None:
            known = set(chars)
            text = "".join(c for c in text if c in known)
        if len(text) < 2:
            raise SettingError("rnn.text.too_short")
        self.text = text
        self.chars = list(chars) if chars is not None else sorted(set(text))
        self.index = {c: i for i, c in enumerate(self.chars)}
        self.ids = torch.tensor([self.index[c] for c in text], dtype=torch.long)

    def encode(self, text: str) -> list[int]:
        return [self.index[c] for c in text if c in self.index]

    def decode(self, ids) -> str:
        return "".join(self.chars[int(i)] for i in ids)


MAX_SERIES_BYTES = 5_000_000
MIN_SERIES = 50


def series_columns(raw: bytes) -> tuple[list[tables.Column], tables.Dialect]:
    """A CSV of one or more time series (any dialect, see core.data.tables) → its numeric columns; raises
    SettingError for a file that is not a table, and when no column holds numbers."""
    table = tables.read(raw, MAX_SERIES_BYTES)
    columns = tables.numeric_columns(table)
    if not columns:
        raise SettingError("rnn.csv_no_numbers")
    return columns, table.dialect


def standardised(values: np.ndarray) -> np.ndarray:
    """(x − mean) / std as float32, computed in float64 (values up to ~1e150 stay finite); raises SettingError
    for fewer than MIN_SERIES values or a constant series."""
    values = np.asarray(values, np.float64)
    if len(values) < MIN_SERIES:
        raise SettingError("rnn.csv_short", n=len(values), need=MIN_SERIES)
    scale = values.std()
    if not np.isfinite(scale) or scale == 0:
        raise SettingError("rnn.csv_constant")
    return ((values - values.mean()) / scale).astype(np.float32)


def read_text(raw: bytes, max_bytes: int = MAX_TEXT_BYTES) -> text_files.Decoded:
    """A user's upload as text in the encoding it was written in (see core.data.text); raises SettingError
    for an empty, binary or oversize file, or one with more than 5,000 distinct characters."""
    decoded = text_files.decode(raw, max_bytes)
    if len(set(decoded.text)) > 5000:
        raise SettingError("rnn.text.too_many_chars", n=len(set(decoded.text)))
    return decoded


ZH_CORPUS = Path(__file__).resolve().parent.parent.parent / "assets" / "corpus" / "app-zh.txt"


def default_corpus(lang: str = "en") -> tuple[str, str]:
    """Offline text: Python's own documentation (English), or Chinese: this app's interface texts as they
    were frozen into `assets/corpus/app-zh.txt` (so editing the UI's words never changes a model's vocabulary)."""
    if lang == "zh":
        return ZH_CORPUS.read_text(encoding="utf-8").rstrip("\n"), "app-zh"
    import importlib
    import inspect

    parts = []
    for name in ("collections", "functools", "itertools", "json", "logging", "argparse", "string", "textwrap",
                 "pathlib", "random", "statistics", "datetime", "calendar", "decimal", "fractions", "heapq", "bisect",
                 "contextlib", "dataclasses", "enum", "unittest", "email.message", "http.client", "urllib.request", "threading", "queue", "csv", "re"):
        module = importlib.import_module(name)
        parts += [inspect.getdoc(module) or ""]
        parts += [inspect.getdoc(obj) or "" for _, obj in sorted(vars(module).items())
                  if not _.startswith("_") and (inspect.isfunction(obj) or inspect.isclass(obj))
                  and getattr(obj, "__module__", "") == name]
    return "\n\n".join(p for p in parts if p), "python-docs"


# ---- batches: every epoch draws fresh random windows ----
class RandomBatches:
    """`steps` batches per epoch from `draw(generator)`; an epoch is a fixed number of draws."""

    def __init__(self, draw, steps: int, generator: torch.Generator) -> None:
        self.draw, self.steps, self.generator = draw, steps, generator

    def __len__(self) -> int:
        return self.steps

    def __iter__(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        for _ in range(self.steps):
            yield self.draw(self.generator)


def series_windows(series: torch.Tensor, length: int, batch: int):
    """Random windows of a series: input x_1…x_T, target x_2…x_{T+1} (one step ahead at every step)."""
    def draw(g: torch.Generator):
        start = torch.randint(0, len(series) - length - 1, (batch,), generator=g)
        idx = start[:, None] + torch.arange(length + 1)
        w = series[idx]
        return w[:, :-1, None], w[:, 1:, None]
    return draw


def text_windows(ids: torch.Tensor, length: int, batch: int):
    def draw(g: torch.Generator):
        start = torch.randint(0, len(ids) - length - 1, (batch,), generator=g)
        idx = start[:, None] + torch.arange(length + 1)
        w = ids[idx]
        return w[:, :-1], w[:, 1:]
    return draw


def loss_fn(task: str):
    if task == "text":
        return lambda out, y: F.cross_entropy(out.reshape(-1, out.shape[-1]), y.reshape(-1))
    return F.mse_loss


ADDING_TOLERANCE = 0.04  # Hochreiter & Schmidhuber's criterion for a solved sequence


def make_trainer(config: RNNConfig, series: np.ndarray | None = None, corpus: Corpus | None = None) -> Trainer:
    """Model, step and fresh random batches for the chosen task, with a per-epoch evaluation on held-out data."""
    config.validate()
    with seeded(config.seed) as g:
        model = build(config, len(corpus.chars) if corpus else 0)
    if config.task == "forecast":
        data = torch.from_numpy(series if series is not None else sines())
        split = int(len(data) * 0.8)
        if split - config.seq_len - 1 < 1:
            raise SettingError("rnn.setting.series_short", n=len(data), length=config.seq_len)
        draw = series_windows(data[:split], config.seq_len, config.batch_size)
        evaluate = _forecast_eval(data, split, config.seq_len)
    elif config.task == "adding":
        draw = lambda gen: adding_batch(config.batch_size, config.seq_len, gen)  # noqa: E731
        evaluate = _adding_eval(config.seq_len, config.seed)
    else:
        if corpus is None or len(corpus.ids) < config.seq_len + 2:
            raise SettingError("rnn.text.too_short")
        split = max(config.seq_len + 2, int(len(corpus.ids) * 0.9))
        draw = text_windows(corpus.ids[:split], config.seq_len, config.batch_size)
        evaluate = _text_eval(corpus.ids[split - config.seq_len - 1:], config.seq_len) if len(corpus.ids) - split > 0 else None
    step = SupervisedStep(model, loss_fn(config.task), make_optimizer(model.parameters(), "adam", config.lr), clip=1.0)
    return Trainer(model, step, RandomBatches(draw, config.steps_per_epoch, g), epochs=config.epochs, evaluate=evaluate)


def _forecast_eval(data: torch.Tensor, split: int, length: int):
    x = torch.stack([data[i:i + length] for i in range(split - length, len(data) - length - 1, 5)])[..., None]
    y = torch.stack([data[i + 1:i + length + 1] for i in range(split - length, len(data) - length - 1, 5)])[..., None]
    return lambda model: {"test_loss": F.mse_loss(model(x)[:, -1], y[:, -1]).item()}


def _adding_eval(length: int, seed: int):
    x, y = adding_batch(512, length, torch.Generator().manual_seed(10_000 + seed))

    def evaluate(model: nn.Module) -> dict[str, float]:
        out = model(x)
        return {"test_loss": F.mse_loss(out, y).item(),
                "test_acc": ((out - y).abs() < ADDING_TOLERANCE).float().mean().item()}
    return evaluate


def _text_eval(ids: torch.Tensor, length: int):
    starts = range(0, max(1, len(ids) - length - 1), length)
    x = torch.stack([ids[s:s + length] for s in starts][:64])
    y = torch.stack([ids[s + 1:s + length + 1] for s in starts][:64])
    return lambda model: {"test_loss": loss_fn("text")(model(x), y).item()}


# ---- using a trained model ----
@torch.no_grad()
def forecast(model: Recurrent, history: np.ndarray, horizon: int) -> np.ndarray:
    """Free-running forecast: each prediction is fed back as the next input."""
    model.eval()
    x = torch.from_numpy(np.ascontiguousarray(history, dtype=np.float32))[None, :, None]
    out = []
    for _ in range(horizon):
        nxt = model(x)[:, -1:]
        out.append(float(nxt))
        x = torch.cat([x, nxt], 1)
    return np.array(out, np.float32)


@torch.no_grad()
def one_step(model: Recurrent, series: np.ndarray, length: int) -> np.ndarray:
    """One-step-ahead predictions: each from the true previous `length` values (teacher forcing)."""
    model.eval()
    x = torch.from_numpy(np.ascontiguousarray(series, dtype=np.float32))
    windows = torch.stack([x[i:i + length] for i in range(len(x) - length)])[..., None]
    return model(windows)[:, -1, 0].numpy()


@torch.no_grad()
def sample(model: Recurrent, corpus: Corpus, prompt: str, length: int = 200, temperature: float = 0.8,
           seed: int = 0) -> str:
    """Characters one at a time from softmax(logits / temperature); temperature 0 takes the most likely."""
    model.eval()
    ids = corpus.encode(prompt) or [int(corpus.ids[0])]
    g = torch.Generator().manual_seed(seed)
    x = torch.tensor([ids])
    out, state = model.rnn(model.embed(x))
    generated = []
    for _ in range(length):
        logits = model.head(out[:, -1])[0]
        nxt = int(logits.argmax()) if temperature <= 0 else int(torch.multinomial((logits / temperature).softmax(0), 1, generator=g))
        generated.append(nxt)
        out, state = model.rnn(model.embed(torch.tensor([[nxt]])), state)
    return corpus.decode(generated)


def unroll(model: Recurrent, x: torch.Tensor) -> tuple[torch.Tensor, list[torch.Tensor]]:
    """The recurrence written out step by step with the module's own weights (every layer), returning the
    output and the last layer's h_t for every t as separate tensors, so ∂loss/∂h_t can be read."""
    rnn = model.rnn
    inp = model.embed(x) if model.embed is not None else x
    kind = type(rnn).__name__
    for layer in range(rnn.num_layers):
        w_ih, w_hh = getattr(rnn, f"weight_ih_l{layer}"), getattr(rnn, f"weight_hh_l{layer}")
        b_ih, b_hh = getattr(rnn, f"bias_ih_l{layer}"), getattr(rnn, f"bias_hh_l{layer}")
        b = b_ih + b_hh
        h = inp.new_zeros(inp.shape[0], rnn.hidden_size)
        c = torch.zeros_like(h)
        hs = []
        for t in range(inp.shape[1]):
            xt = inp[:, t]
            if kind == "RNN":
                h = torch.tanh(xt @ w_ih.T + h @ w_hh.T + b)
            elif kind == "LSTM":
                i, f, g, o = (xt @ w_ih.T + h @ w_hh.T + b).chunk(4, 1)
                c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
                h = torch.sigmoid(o) * torch.tanh(c)
            else:  # GRU: r and z from both terms; the candidate uses r on the hidden term only
                gi, gh = xt @ w_ih.T + b_ih, h @ w_hh.T + b_hh
                ri, zi, ni = gi.chunk(3, 1)
                rh, zh, nh = gh.chunk(3, 1)
                r, z = torch.sigmoid(ri + rh), torch.sigmoid(zi + zh)
                n = torch.tanh(ni + r * nh)
                h = (1 - z) * n + z * h
            hs.append(h)
        inp = torch.stack(hs, 1)
    out = model.head(inp[:, -1] if model.last_only else inp)
    return out, hs


def gradient_norms(model: Recurrent, x: torch.Tensor, y: torch.Tensor, task: str = "adding") -> np.ndarray:
    """‖∂loss/∂h_t‖ for every step t (mean over the batch) of the loss at the *last* step only: how far back
    in time that loss still reaches."""
    model.eval()
    with torch.enable_grad():
        out, hs = unroll(model, x)
        for h in hs:
            h.retain_grad()
        if not model.last_only:
            out, y = out[:, -1:], y[:, -1:]
        loss_fn(task)(out, y).backward()
    norms = np.array([h.grad.norm(dim=1).mean().item() for h in hs])
    model.zero_grad(set_to_none=True)
    return norms


def decay_rate(norms: np.ndarray) -> float:
    """How fast ‖∂loss/∂h_t‖ fades going back from the last step: minus the slope of its logarithm per step
    (0.5 means a factor e^−0.5 ≈ 0.6 per step; larger fades faster)."""
    back = np.log(np.maximum(np.asarray(norms, np.float64)[::-1], 1e-30))
    return float(-np.polyfit(np.arange(len(back)), back, 1)[0])


def forecast_errors(truth: np.ndarray, one: np.ndarray, free: np.ndarray) -> dict[str, float]:
    """Root-mean-square errors of a forecast over a horizon of h steps (all arrays shape (h,)).

    Keys: `one` (one step ahead), `free` (free-running), and `free_first`/`free_second`, the free-running error
    over the first and the second half of the horizon: whether errors fed back in compound is read from these.
    Raises ValueError for a horizon shorter than 2 steps or arrays of different lengths.
    """
    truth, one, free = (np.asarray(a, np.float64) for a in (truth, one, free))
    if not len(truth) == len(one) == len(free) >= 2:
        raise ValueError("a forecast needs at least 2 steps, with one prediction of each kind per step")
    rms = lambda e: float(np.sqrt(np.mean(e ** 2)))  # noqa: E731
    half = len(truth) // 2
    return {"one": rms(one - truth), "free": rms(free - truth), "free_first": rms((free - truth)[:half]),
            "free_second": rms((free - truth)[half:])}


RISE = 0.05  # the held-out loss 5 % above its lowest: called rising again


def held_out_trend(history: list[dict]) -> dict | None:
    """Where the held-out loss (history rows' "test_loss", one per epoch) was lowest and where it ended:
    {"best_epoch", "best", "last", "rising": last ≥ (1 + RISE) · best}. None with fewer than 3 epochs. A rising
    held-out loss while the training loss keeps falling is the usual sign of overfitting."""
    rows = [r for r in history if "test_loss" in r]
    if len(rows) < 3:
        return None
    best = min(rows, key=lambda r: r["test_loss"])
    last = rows[-1]["test_loss"]
    return {"best_epoch": int(best["epoch"]), "best": best["test_loss"], "last": last,
            "rising": last >= (1 + RISE) * best["test_loss"]}


def params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def perplexity(loss: float) -> float:
    return math.exp(min(loss, 50))


def example(config: RNNConfig, series: np.ndarray | None = None, corpus: Corpus | None = None,
            n: int = 16) -> tuple[torch.Tensor, torch.Tensor]:
    """A fixed batch of the task's inputs and targets, for the inspection views."""
    g = torch.Generator().manual_seed(1234)
    if config.task == "adding":
        return adding_batch(n, config.seq_len, g)
    if config.task == "forecast":
        data = torch.from_numpy(series if series is not None else sines())
        if len(data) - config.seq_len - 1 < 1:  # a window as long as the series
            raise SettingError("rnn.setting.series_short", n=len(data), length=config.seq_len)
        return series_windows(data, config.seq_len, n)(g)
    if corpus is None:
        raise SettingError("rnn.text.none")
    return text_windows(corpus.ids, min(config.seq_len, len(corpus.ids) - 2), n)(g)


# ---- the adding problem across sequence lengths ----
SWEEP_LENGTHS = (10, 25, 50, 100)
STORED_SWEEP = Path(__file__).resolve().parent.parent.parent / "assets" / "adding_sweep.json"


def adding_sweep(lengths=SWEEP_LENGTHS, cells=tuple(CELLS), epochs: int = 30, hidden: int = 32, seed: int = 0,
                 progress=None) -> list[dict]:
    """Train each cell on the adding problem at each length (same steps, same seed); held-out loss and
    the fraction of sequences solved (|error| < 0.04)."""
    rows, total = [], len(lengths) * len(cells)
    for i, (length, cell) in enumerate((n, c) for n in lengths for c in cells):
        if progress:
            progress(i, total, cell, length)
        state = make_trainer(RNNConfig(task="adding", cell=cell, seq_len=length, epochs=epochs, hidden=hidden,
                                       seed=seed)).fit()
        rows.append({"cell": cell, "length": length, "test_loss": state.history[-1]["test_loss"],
                     "test_acc": state.history[-1]["test_acc"], "seconds": state.train_seconds})
    return rows


def load_sweep(path: Path = STORED_SWEEP) -> dict:
    """The stored sweep made by `python -m scripts.adding_sweep`: {setting, rows}."""
    stored = json.loads(path.read_text())
    if not {"setting", "rows"} <= stored.keys():
        raise ValueError(f"{path.name} lacks setting/rows; rerun python -m scripts.adding_sweep")
    return stored


# ---- the family, as the lab, the command line and the pages see it ----
DATASETS = {"sines": "forecast", "adding": "adding", "python-docs": "text", "app-zh": "text"}  # → the task


def defaults_for(config: RNNConfig, dataset: str) -> RNNConfig:
    """The RNN page's defaults for the task the dataset implies (a text model is bigger)."""
    task = DATASETS[dataset]
    if task == "text":
        return replace(config, task=task, hidden=128, layers=2, seq_len=64, epochs=60, batch_size=64)
    return replace(config, task=task, hidden=32, layers=1, seq_len=50, epochs=40)


def load(config: RNNConfig, dataset: str) -> tuple[tuple[np.ndarray | None, Corpus | None], dict]:
    """(series, corpus) for the task, with the run context (a text model's characters are its vocabulary)."""
    if config.task == "text":
        text, name = default_corpus("zh" if dataset == "app-zh" else "en")
        corpus = Corpus(text)
        return (None, corpus), context(config, name, corpus)
    return (None, None), context(config, dataset, None)


def context(config: RNNConfig, dataset: str, corpus: Corpus | None) -> dict:
    """What a run was trained on: the dataset, and for a text model its vocabulary."""
    if config.task == "text":
        return {"dataset": dataset, "chars": "".join(corpus.chars)}
    return {"dataset": dataset if config.task == "forecast" else "adding"}


def trainer_for(config: RNNConfig, data: tuple[np.ndarray | None, Corpus | None]) -> Trainer:
    return make_trainer(config, *data)


def build_for(config: RNNConfig, context: dict) -> Recurrent:
    return build(config, len(context.get("chars", "")))


FAMILY = Family("rnn", page="rnn", config=RNNConfig, datasets=tuple(DATASETS), load=load, make_trainer=trainer_for,
                build=build_for, metric="test_loss", for_dataset=defaults_for, parallel=True)
