"""The lecture path: every step's experiment on one torch thread (target ≤ 10 s each), and the first paint of
each step on a warm AppTest session (target ≤ 2 s)."""
from __future__ import annotations

import time
from pathlib import Path

import torch

from core import lecture

TARGET_RUN_SECONDS = 10.0
TARGET_PAINT_SECONDS = 2.0
ROOT = Path(__file__).resolve().parent.parent


def _paints() -> list[float]:
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.switch_page("app_pages/lecture.py")
    at.run()  # warms the session: imports, the step modules, the stored runs
    times = []
    for k in range(1, len(lecture.steps()) + 1):
        at.session_state["lecture:step"] = k
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    torch.set_num_threads(1)
    paints = _paints()
    for s, paint in zip(lecture.steps(), paints):
        start = time.perf_counter()
        s.warm()  # what the path loads in the background when it opens (already done if its thread got there)
        warm = time.perf_counter() - start
        out = lecture.run(s, seed=1)
        ok = out.seconds <= TARGET_RUN_SECONDS and paint <= TARGET_PAINT_SECONDS
        print(f"lecture {s.key}: run {out.seconds:.2f} s after warming (target ≤ {TARGET_RUN_SECONDS:g}; "
              f"warming took {warm:.2f} s), first paint {paint:.2f} s (target ≤ {TARGET_PAINT_SECONDS:g}) "
              f"{'ok' if ok else 'MISSED'}")
