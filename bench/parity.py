"""The depth page's sweep: time per trained network through the shared loop versus a bare loop,
and the wall time of the default sweep (n = 8, 4 depths, 5 budgets, 3 seeds; target ≤ 60 s)."""
from __future__ import annotations

import statistics
import time

import torch
from torch.nn import functional as F

from core.lessons import parity
from core.train import make_optimizer, seeded

TARGET_SWEEP_SECONDS = 60.0
DEFAULT_BUDGETS = [40, 80, 160, 320, 640]


def bare(data: parity.ParityData, depth: int, width: int, seed: int, s: parity.TrainSettings) -> float:
    """The same model, optimizer, batches and epochs, written out by hand."""
    started = time.perf_counter()
    with seeded(seed) as g:
        model = parity.build_mlp(data.x_train.shape[1], depth, width, s.activation)
    opt = make_optimizer(model.parameters(), "adam", s.lr)
    x, y = 2 * data.x_train - 1, data.y_train
    steps = 0
    while steps < s.steps:
        order = torch.randperm(len(x), generator=g)
        for i in range(0, len(x), s.batch_size):
            idx = order[i:i + s.batch_size]
            opt.zero_grad(set_to_none=True)
            loss = F.binary_cross_entropy_with_logits(model(x[idx]).squeeze(-1), y[idx])
            loss.backward()
            opt.step()
            loss.item()
            steps += 1
            if steps == s.steps:
                break
    return time.perf_counter() - started


def shared(data: parity.ParityData, depth: int, width: int, seed: int, s: parity.TrainSettings) -> float:
    started = time.perf_counter()
    parity.train_mlp(data, depth, width, seed, s)
    return time.perf_counter() - started


def main(repeats: int = 5, full_sweep: bool = True) -> None:
    previous = torch.get_num_threads()
    torch.set_num_threads(1)  # as in the app
    try:
        data, s = parity.make_data(8), parity.TrainSettings()
        width = parity.width_for_budget(8, 2, 160)
        bare(data, 2, width, 0, s), shared(data, 2, width, 0, s)  # warm-up
        pairs = [(bare(data, 2, width, k, s), shared(data, 2, width, k, s)) for k in range(repeats)]
        ratio = statistics.median(b / sh for b, sh in pairs)
        print(f"\nDepth page: one parity network (n = 8, 2 × {width} tanh, {s.steps} steps; 1 torch thread)")
        print(f"bare loop {statistics.median(b for b, _ in pairs):.3f} s, shared loop "
              f"{statistics.median(sh for _, sh in pairs):.3f} s per network; throughput ratio {ratio:.3f}")
        if full_sweep:
            started = time.perf_counter()
            rows = parity.sweep_rows(8, DEFAULT_BUDGETS, [1, 2, 3, 4], 3)
            took = time.perf_counter() - started
            print(f"default sweep: {len(rows)} networks in {took:.1f} s (target ≤ {TARGET_SWEEP_SECONDS:.0f} s)")
    finally:
        torch.set_num_threads(previous)
