"""The playground's live workload: steps/s of a running job with and without the page's redraw.

Workload (from the issue): 2-8-8-1 tanh, batch 10, 500 points (circles, half held out), Adam.
The redraw does what the page's fragment does 4 times a second: read the snapshot, rebuild the
model, compute the output heatmap and curves (and the network view at most twice a second, as the
page does) and serialise every figure to JSON.
Both run with one torch thread, as the app does.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace

import torch

from core import playground as pg
from core.data import toy2d
from core.families import mlp
from core.runtime.jobs import Job, JobLimiter

TARGET_STEPS = 1000
TARGET_HZ = 4.0


@dataclass(frozen=True)
class LiveResult:
    steps_per_second: float
    frames_per_second: float
    frame_ms: float


def _config() -> pg.PlaygroundConfig:
    cfg = pg.PlaygroundConfig(kind="circles", n=500)
    return pg.with_consistent_classes(replace(cfg, net=replace(cfg.net, hidden=(8, 8), batch_size=10, epochs=100_000)))


def _start(cfg: pg.PlaygroundConfig, data: toy2d.Dataset2D) -> Job:
    result: list[Job] = []

    def build() -> None:  # in a short-lived thread, like a Streamlit script run
        job = Job(mlp.make_trainer(cfg.net, data), limiter=JobLimiter(1), idle_timeout=3600)
        job.start()
        result.append(job)

    starter = threading.Thread(target=build)
    starter.start()
    starter.join()
    return result[0]


def _redraw(job: Job, cfg: pg.PlaygroundConfig, data: toy2d.Dataset2D, stop: threading.Event,
            frames: list[tuple[float, float]], every: float = 1 / TARGET_HZ) -> None:
    """Redraw every `every` seconds; records (start time, duration) of each frame."""
    text = lambda key, **kw: key  # noqa: E731 - translation is not what is measured
    due = time.perf_counter()
    view, view_drawn = None, -1.0
    while not stop.is_set():
        started = time.perf_counter()
        snap = job.poll()
        model = mlp.build(cfg.net)
        model.load_state_dict(snap.weights)
        fresh = view is None or pg.view_is_stale(view_drawn)  # the page's rule: the big view at ≤ 2 Hz
        figs = pg.figures(model, cfg, data, snap.history, "network" if fresh else None, text)
        if fresh:
            view, view_drawn = figs["view"], pg.now()
        for fig in (*(f for k, f in figs.items() if k != "view"), view):
            fig.to_json()  # the cached view is still sent every frame
        frames.append((started, time.perf_counter() - started))
        due += every  # a fixed clock, like the browser's timer: late frames do not push the next ones back
        stop.wait(max(0.0, due - time.perf_counter()))


def measure(seconds: float = 4.0, redraw: bool = False) -> LiveResult:
    cfg = _config()
    data = toy2d.make(cfg.data_config())
    job = _start(cfg, data)
    time.sleep(0.5)  # past start-up
    frames: list[tuple[float, float]] = []
    stop = threading.Event()
    drawer = threading.Thread(target=_redraw, args=(job, cfg, data, stop, frames)) if redraw else None
    if drawer:
        drawer.start()
    first_step, started = job.trainer.state.step, time.perf_counter()
    time.sleep(seconds)
    steps, elapsed = job.trainer.state.step - first_step, time.perf_counter() - started
    stop.set()
    if drawer:
        drawer.join()
    job.stop()
    job.join()
    if len(frames) < 2:
        return LiveResult(steps / elapsed, 0.0, 0.0)
    rate = (len(frames) - 1) / (frames[-1][0] - frames[0][0])
    return LiveResult(steps / elapsed, rate, 1000 * sum(took for _, took in frames) / len(frames))


def main(seconds: float = 4.0) -> None:
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        quiet, live = measure(seconds), measure(seconds, redraw=True)
    finally:
        torch.set_num_threads(previous)
    print("\nPlayground live workload (2-8-8-1 tanh, batch 10, 500 points; 1 torch thread, as in the app)")
    print(f"{'':<28} {'steps/s':>9} {'redraws/s':>10} {'ms/redraw':>10}")
    print(f"{'training alone':<28} {quiet.steps_per_second:>9,.0f} {'—':>10} {'—':>10}")
    print(f"{'training + live redraw':<28} {live.steps_per_second:>9,.0f} {live.frames_per_second:>10.1f} "
          f"{live.frame_ms:>10.0f}")
    print(f"ratio {live.steps_per_second / quiet.steps_per_second:.2f}; target ≥ {TARGET_STEPS} steps/s "
          f"while redrawing at ≥ {TARGET_HZ:g} Hz (TensorFlow Playground: about 60 steps/s)")
