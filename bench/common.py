"""Helpers shared by the benchmarks."""
from __future__ import annotations

import threading
from typing import Any, Callable


def in_thread(fn: Callable[..., Any], *args) -> Any:
    """Run fn(*args) in a fresh worker thread and return its result, as a Streamlit script or job would.

    Measured here: once the *main* thread has run a parallel torch op, its OpenMP pool halves the speed
    of torch in every other thread on 2 cores; so no benchmark computes in the main thread.
    """
    out: list = []
    worker = threading.Thread(target=lambda: out.append(fn(*args)))
    worker.start()
    worker.join()
    return out[0]
