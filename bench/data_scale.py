"""The "More data" page's live rerun: sizes 50…2,000, all 9 models, 3 seeds, 1 torch thread (target ≤ 90 s)."""
from __future__ import annotations

import collections
import time

import torch

from core.data import digits
from core.lessons import learning_curves as lc

TARGET_SECONDS = 90.0


def main() -> None:
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        data = digits.offline_mnist()
        started = time.perf_counter()
        rows = lc.sweep(data, lc.LIVE_SIZES, seeds=3)
        took = time.perf_counter() - started
    finally:
        torch.set_num_threads(previous)
    per_model = collections.Counter()
    for r in rows:
        per_model[r["model"]] += r["fit_seconds"]
    print(f"\nMore-data page, live rerun: {len(rows)} fits in {took:.1f} s (target ≤ {TARGET_SECONDS:.0f} s)")
    print("fit seconds by model: " + ", ".join(f"{m} {s:.1f}" for m, s in per_model.most_common()))
