"""The one training loop: every page, headless run and benchmark trains through `Trainer`.

A family supplies a model, a batch source and a *step* (an object that owns its optimizers and
turns one batch into a dict of float metrics, ``"loss"`` among them). The loop knows nothing about
architectures; it adds epochs, evaluation, callbacks, stop/pause, seeding and a NaN/inf guard.
"""
from __future__ import annotations

import contextlib
import math
import os
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Protocol

import numpy as np
import torch
from torch import nn


# ---- the building blocks every family uses ----
ACTIVATIONS: dict[str, type[nn.Module]] = {
    "relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "linear": nn.Identity,
}
OPTIMIZERS = ("sgd", "momentum", "adam")


def stack(in_dim: int, hidden: tuple[int, ...], out_dim: int,
          activation: str | Callable[[], nn.Module]) -> list[nn.Module]:
    """Linear layers of the given widths with `activation` (a name in ACTIVATIONS, or a module factory)
    after each hidden one."""
    make = ACTIVATIONS[activation] if isinstance(activation, str) else activation
    layers: list[nn.Module] = []
    for width in hidden:
        layers += [nn.Linear(in_dim, width), make()]
        in_dim = width
    return layers + [nn.Linear(in_dim, out_dim)]


def warm_up() -> None:
    """Create each optimizer once, so that a process's first Start does not wait for what that imports: torch's
    first optimizer loads torch._dynamo, ~1.5 s here, which had made the playground's first run take 5 s to
    show its first frame."""
    for name in OPTIMIZERS:
        make_optimizer([torch.zeros(1, requires_grad=True)], name, 0.1)


def make_optimizer(params, name: str, lr: float,
                   flat: bool = False) -> "torch.optim.Optimizer | FlatOptimizer":
    """SGD, SGD with momentum 0.9, or Adam; the fused kernels where torch has them (~1.4× faster on tiny
    nets).
    `flat`: a `FlatOptimizer` instead, where the parameters allow one (faster still for a tiny net, but
    no learning-rate scheduler can drive it)."""
    params = list(params)
    if flat:
        try:
            return FlatOptimizer(params, name, lr)
        except ValueError:  # several devices or dtypes: torch.optim below (which refuses an unknown name too)
            pass
    options = {"sgd": (torch.optim.SGD, {}), "adam": (torch.optim.Adam, {}),
               "momentum": (torch.optim.SGD, {"momentum": MOMENTUM["momentum"]})}
    if name not in options:
        raise ValueError(f"unknown optimizer {name!r}; expected one of {OPTIMIZERS}")
    cls, kwargs = options[name]
    try:
        return cls(params, lr=lr, fused=True, **kwargs)
    except (RuntimeError, TypeError, ValueError):  # a device or dtype without a fused kernel
        return cls(params, lr=lr, **kwargs)


MOMENTUM = {"sgd": 0.0, "momentum": 0.9}  # the heavy-ball coefficient of each SGD variant above
ADAM_BETAS, ADAM_EPS = (0.9, 0.999), 1e-8  # torch.optim.Adam's defaults, Kingma & Ba (2015)'s suggestion


class FlatOptimizer:
    """SGD, SGD with momentum 0.9, or Adam, as torch.optim computes them, on one flat buffer that holds
    every parameter of a small model (each parameter and its gradient become a view into it).

    For the playground's 2-8-8-1 network a step of torch.optim's fused Adam is mostly Python around one
    kernel: profile hooks, dynamo guards, per-parameter state. Here a step is five tensor operations
    whatever the number of layers: 1.27-1.31x fused Adam's steps/s in `python -m bench --only playground`'s
    bare loops, side by side (2-core AMD EPYC, one thread). Only what the pages use is offered: `step`,
    `zero_grad` and `param_groups` (one group; "lr" and, for SGD, "momentum" may change between steps).

    - SGD: p ← p − η·g; with momentum μ (torch's form, no dampening): b ← g at the first step, then
      b ← μ·b + g, and p ← p − η·b.
    - Adam (Kingma & Ba 2015, Algorithm 1, as torch.optim.Adam with its defaults): m ← β₁m + (1−β₁)g,
      v ← β₂v + (1−β₂)g², p ← p − (η / (1−β₁ᵗ)) · m / (√v / √(1−β₂ᵗ) + ε).

    Raises ValueError for an unknown optimizer name, or parameters on several devices or of several
    dtypes (`make_optimizer` then uses torch.optim). Anything that replaces a parameter's `.grad` with a
    new tensor (model.zero_grad()) is undone at the next `zero_grad`.
    """

    def __init__(self, params, name: str, lr: float) -> None:
        self.params = [p for p in params if p.requires_grad]
        if name not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {name!r}; expected one of {OPTIMIZERS}")
        if not self.params or len({(p.device, p.dtype) for p in self.params}) != 1 or any(
                p.is_sparse for p in self.params):
            raise ValueError("a flat buffer needs dense parameters on one device, of one dtype")
        self.name = name
        with torch.no_grad():
            self.flat = torch.cat([p.detach().reshape(-1) for p in self.params])
        self.grad = torch.zeros_like(self.flat)
        self.grads: list[torch.Tensor] = []  # each parameter's gradient, a view into `grad`, as `params`
        offset = 0
        for p in self.params:
            size = p.numel()
            p.data = self.flat[offset:offset + size].view_as(p)  # the parameter now lives in the buffer
            self.grads.append(self.grad[offset:offset + size].view_as(p))
            p.grad = self.grads[-1]  # backward adds into an existing .grad in place, i.e. into the buffer
            offset += size
        group = {"lr": float(lr), "params": self.params}
        if name in MOMENTUM:
            group["momentum"] = MOMENTUM[name]
        self.param_groups = [group]
        self.steps = 0
        self._buf = self._m = self._v = self._denom = None

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Zero the gradient buffer (never None: the parameters' .grad must stay views into it)."""
        self.grad.zero_()
        for p, g in zip(self.params, self.grads):
            if p.grad is not g:
                p.grad = g

    def step(self) -> None:  # no torch.no_grad: the buffers need no grad, and its wrapper cost 2 % of a step
        group, g, flat = self.param_groups[0], self.grad, self.flat
        lr, self.steps = group["lr"], self.steps + 1
        if self.name == "adam":
            if self._m is None:
                self._m, self._v, self._denom = (torch.zeros_like(flat) for _ in range(3))
            (b1, b2), t = ADAM_BETAS, self.steps
            self._m.lerp_(g, 1 - b1)
            self._v.mul_(b2).addcmul_(g, g, value=1 - b2)
            torch.sqrt(self._v, out=self._denom).div_(math.sqrt(1 - b2 ** t)).add_(ADAM_EPS)
            flat.addcdiv_(self._m, self._denom, value=-lr / (1 - b1 ** t))
            return
        momentum = group["momentum"]
        if momentum:
            if self._buf is None:
                self._buf = g.clone()
            else:
                self._buf.mul_(momentum).add_(g)
            g = self._buf
        flat.add_(g, alpha=-lr)


def divergence_cause(config) -> tuple[str, dict]:
    """Why a run with these settings (or the network settings nested in them, `config.net`) most likely
    diverged: ("reg", values) when an L2 penalty (λ/2)·‖w‖² is unstable on its own — gradient descent with
    step η and heavy-ball momentum μ on a quadratic of curvature λ diverges when η·λ ≥ 2(1 + μ) (Polyak 1964;
    Goh, "Why momentum really works", Distill 2017) — else ("lr", {}): the loss's own curvature and the step.
    Adam's steps are bounded by η whatever the gradient, so the rule applies to SGD only."""
    net = getattr(config, "net", config)
    optimizer, kind = getattr(net, "optimizer", ""), getattr(net, "regularization", "none")
    lr, rate = float(getattr(net, "lr", 0.0)), float(getattr(net, "reg_rate", 0.0))
    if kind == "l2" and optimizer in MOMENTUM and lr * rate >= 2 * (1 + MOMENTUM[optimizer]):
        return "reg", {"rate": f"{rate:g}", "lr": f"{lr:g}", "product": f"{lr * rate:g}",
                       "bound": f"{2 * (1 + MOMENTUM[optimizer]):g}"}
    return "lr", {}


EVENTS = ("on_step_end", "on_epoch_end", "on_paused", "on_end")

# torch's default CPU generator is process-wide; seeded model construction takes this lock so two
# sessions starting at once cannot interleave their draws.
_SEED_LOCK = threading.Lock()


class Step(Protocol):
    """One optimisation step of a family; owns its optimizers (a GAN has two)."""

    def __call__(self, batch: Any) -> dict[str, float]: ...

    def set_hparams(self, **values: float) -> None: ...


def pick_device(preferred: str | None = None) -> torch.device:
    """cuda → mps → cpu; `preferred` (or the DLC_DEVICE environment variable) overrides."""
    choice = preferred or os.environ.get("DLC_DEVICE")
    if choice:
        return torch.device(choice)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def seed_everything(seed: int) -> torch.Generator:
    """Seed python, numpy and torch; return a dedicated generator for shuffling."""
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed)


@contextlib.contextmanager
def seeded(seed: int) -> Iterator[torch.Generator]:
    """Build models under a fixed seed without racing other threads for the global RNG."""
    with _SEED_LOCK:
        yield seed_everything(seed)


class TensorBatches:
    """Shuffled mini-batches over in-memory tensors; cheaper than a DataLoader for small data."""

    def __init__(self, *tensors: torch.Tensor, batch_size: int, shuffle: bool = True,
                 generator: torch.Generator | None = None) -> None:
        if not tensors or any(len(t) != len(tensors[0]) for t in tensors):
            raise ValueError("TensorBatches needs tensors of equal length")
        self.tensors = tensors
        self.batch_size = max(1, int(batch_size))
        self.shuffle = shuffle
        self.generator = generator

    def __len__(self) -> int:
        return math.ceil(len(self.tensors[0]) / self.batch_size)

    def __iter__(self) -> Iterator[tuple[torch.Tensor, ...]]:
        n = len(self.tensors[0])
        order = torch.randperm(n, generator=self.generator) if self.shuffle else torch.arange(n)
        for start in range(0, n, self.batch_size):
            idx = order[start:start + self.batch_size]
            yield tuple([t[idx] for t in self.tensors])


class SupervisedStep:
    """forward → loss (+ optional penalty) → backward → optimizer step, for any model with a plain loss."""

    def __init__(self, model: nn.Module, loss_fn: Callable[..., torch.Tensor],
                 optimizer: torch.optim.Optimizer, penalty: Callable[[], Any] | None = None,
                 clip: float | None = None) -> None:
        self.model, self.loss_fn, self.optimizer, self.penalty = model, loss_fn, optimizer, penalty
        self.clip = clip  # gradient-norm clipping (recurrent nets occasionally explode)

    def __call__(self, batch: tuple[torch.Tensor, torch.Tensor]) -> dict[str, float]:
        x, y = batch
        self.optimizer.zero_grad(set_to_none=True)
        loss = self.loss_fn(self.model(x), y)
        extra = self.penalty() if self.penalty is not None else 0.0
        total = loss if isinstance(extra, float) and extra == 0.0 else loss + extra  # no add node for no penalty
        total.backward()
        if self.clip:
            nn.utils.clip_grad_norm_(self.model.parameters(), self.clip)
        self.optimizer.step()
        return {"loss": loss.item()}

    def set_hparams(self, **values: float) -> None:
        """Optimizer settings (lr, momentum, …) and the penalty's `reg_rate`, from the next step on."""
        if "reg_rate" in values and self.penalty is not None:
            self.penalty.rate = values.pop("reg_rate")
        for group in self.optimizer.param_groups:
            for name, value in values.items():
                if name in group:
                    group[name] = value


@dataclass
class TrainState:
    """What a run has done so far; the runtime copies it into snapshots."""

    status: str = "ready"  # ready | running | paused | finished | stopped | diverged | error
    epoch: int = 0
    step: int = 0
    step_losses: list[float] = field(default_factory=list)
    history: list[dict[str, float]] = field(default_factory=list)  # one row per epoch
    message: str = ""
    stop_reason: str = ""  # user | idle | time_limit | replaced | reset | target_reached
    diverged_at: int | None = None
    restored_step: int | None = None
    samples: int = 0
    train_seconds: float = 0.0  # wall time inside fit(), set when it returns
    paused_seconds: float = 0.0
    clock_origin: float | None = None  # time.perf_counter() the run's "seconds" count from (fit's start if unset)


class Trainer:
    """Runs `step` over `batches` for `epochs`, firing callbacks keyed by event name."""

    def __init__(self, model: nn.Module, step: Step, batches: Iterable, *, epochs: int,
                 evaluate: Callable[[nn.Module], dict[str, float]] | None = None,
                 max_steps: int | None = None, snapshot_every: int = 50,
                 callbacks: dict[str, list[Callable[["Trainer"], None]]] | None = None) -> None:
        self.model, self.step, self.batches = model, step, batches
        self.epochs, self.evaluate, self.max_steps = int(epochs), evaluate, max_steps
        self.snapshot_every = max(1, snapshot_every)
        self.callbacks: dict[str, list[Callable[[Trainer], None]]] = {e: [] for e in EVENTS}
        for event, fns in (callbacks or {}).items():
            for fn in fns:
                self.add_callback(event, fn)
        self.state = TrainState()
        self.last_metrics: dict[str, float] = {}
        self.should_stop = False
        self._resume = threading.Event()
        self._resume.set()
        self._pending: dict[str, float] = {}
        self._pending_lock = threading.Lock()
        self._good_weights = self._copy_weights()
        self._good_step = 0

    # ---- control, safe to call from any thread ----
    def add_callback(self, event: str, fn: Callable[["Trainer"], None]) -> None:
        if event not in self.callbacks:
            raise ValueError(f"unknown event {event!r}; expected one of {EVENTS}")
        self.callbacks[event].append(fn)

    def stop(self, reason: str = "user") -> None:
        """Ask the loop to stop before its next step; `reason` is a short code (user, idle, …)."""
        if not self.should_stop:
            self.state.stop_reason = reason
        self.should_stop = True
        self._resume.set()

    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    def set_hparams(self, **values: float) -> None:
        """Queue hyperparameter changes; they take effect before the next step."""
        with self._pending_lock:
            self._pending.update(values)

    # ---- the loop ----
    def fit(self) -> TrainState:
        """Train until done, stopped or diverged; returns the final state."""
        self.state.status = "running"
        started = time.perf_counter()
        if self.state.clock_origin is None:
            self.state.clock_origin = started
        try:
            self._loop()
        finally:
            self.state.train_seconds += time.perf_counter() - started
            if self.state.status in ("running", "paused"):  # stopped while paused ends stopped, not paused
                self.state.status = "stopped" if self.should_stop else "finished"
            self._fire("on_end")
        return self.state

    def _loop(self) -> None:
        state, on_step_end = self.state, self.callbacks["on_step_end"]
        while state.epoch < self.epochs:
            sums: dict[str, float] = {}
            count = 0
            self.model.train()
            for batch in self.batches:
                if self.should_stop or not self._resume.is_set():
                    if not self._wait_while_paused():
                        return
                if self._pending:
                    self._apply_pending()
                metrics = self.step(batch)
                state.step += 1
                state.samples += _batch_size(batch)
                loss = metrics["loss"]
                if not math.isfinite(loss):
                    self._diverged()
                    return
                state.step_losses.append(loss)
                self.last_metrics = metrics
                for k, v in metrics.items():
                    sums[k] = sums.get(k, 0.0) + v
                count += 1
                if state.step - self._good_step >= self.snapshot_every:
                    self._remember_good_weights()
                for fn in on_step_end:
                    fn(self)
                if self.should_stop or self._step_budget_spent():
                    break
            if count:
                self._end_epoch({f"train_{k}": v / count for k, v in sums.items()})
            if self.should_stop or self._step_budget_spent():
                return  # a spent step budget is a normal finish, not a stop

    def _step_budget_spent(self) -> bool:
        return bool(self.max_steps) and self.state.step >= self.max_steps

    def _end_epoch(self, row: dict[str, float]) -> None:
        self.state.epoch += 1
        if self.evaluate is not None:
            self.model.eval()
            with torch.no_grad():
                row.update(self.evaluate(self.model))
            self.model.train()
        # seconds: since the run was asked to start (a job's Start), pauses left out; for time to a target
        seconds = time.perf_counter() - self.state.clock_origin - self.state.paused_seconds
        row = {"epoch": float(self.state.epoch), "step": float(self.state.step), "seconds": seconds, **row}
        if not all(math.isfinite(v) for v in row.values()):
            self._diverged()
            return
        self.state.history.append(row)
        if self.state.step - self._good_step >= self.snapshot_every:
            self._remember_good_weights()
        self._fire("on_epoch_end")

    def _wait_while_paused(self) -> bool:
        """Block while paused (firing on_paused so watchdogs still run); False when asked to stop."""
        started = time.perf_counter()
        while not self._resume.is_set() and not self.should_stop:
            self.state.status = "paused"
            self._fire("on_paused")
            self._resume.wait(0.1)
        self.state.paused_seconds += time.perf_counter() - started
        if not self.should_stop:
            self.state.status = "running"
        return not self.should_stop

    def _apply_pending(self) -> None:
        with self._pending_lock:
            values, self._pending = self._pending, {}
        self.step.set_hparams(**values)

    def _diverged(self) -> None:
        self.model.load_state_dict(self._good_weights)
        self.state.status = "diverged"
        self.state.diverged_at = self.state.step
        self.state.restored_step = self._good_step
        self.state.message = (f"diverged at step {self.state.step} (loss became NaN or infinite); "
                              f"kept the last finite weights, from step {self._good_step}")
        self.should_stop = True

    def _remember_good_weights(self) -> None:
        weights = self._copy_weights()
        if all(torch.isfinite(w).all() for w in weights.values() if w.is_floating_point()):
            self._good_weights, self._good_step = weights, self.state.step

    def _copy_weights(self) -> dict[str, torch.Tensor]:
        return {k: v.detach().clone() for k, v in self.model.state_dict().items()}

    def _fire(self, event: str) -> None:
        for fn in self.callbacks[event]:
            fn(self)


def _batch_size(batch: Any) -> int:
    first = batch[0] if type(batch) is tuple or type(batch) is list else batch
    try:
        return len(first)
    except TypeError:
        return 1

