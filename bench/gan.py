"""The GAN page's 2D game, 1 torch thread as in the app: iterations/s (D steps + one G step on a batch of 128)
training alone, and while a second thread redraws the page's picture and charts 4 times a second
(target ≥ 300 iterations/s at ≥ 4 Hz); and the modes the default run covers."""
from __future__ import annotations

import threading
import time

import torch

from bench.common import in_thread
from core import plots
from core.families import gan2d
from core.runtime.jobs import Job, JobLimiter

TARGET_ITERATIONS, TARGET_HZ = 300, 4.0


def _redraw(job: Job, config: gan2d.GANConfig, stop: threading.Event, frames: list[float]) -> None:
    due = time.perf_counter()
    while not stop.is_set():
        started = time.perf_counter()
        snap = job.poll()
        nets = gan2d.build(config)
        nets.load_state_dict(snap.weights)
        gan2d.plane_figure(nets.eval(), config, ("real", "generated", "grid"), "").to_json()
        plots.step_losses(snap.step_losses).to_json()
        frames.append(time.perf_counter() - started)
        due += 1 / TARGET_HZ
        stop.wait(max(0.0, due - time.perf_counter()))


def _start(config: gan2d.GANConfig) -> Job:
    job = Job(gan2d.make_trainer(config), limiter=JobLimiter(1), idle_timeout=3600)
    job.start()
    return job


def measure(seconds: float, redraw: bool) -> tuple[float, float]:
    config = gan2d.GANConfig(epochs=100_000)
    job = in_thread(_start, config)  # started from a short-lived thread, as a page does
    time.sleep(0.5)
    frames: list[float] = []
    stop = threading.Event()
    drawer = threading.Thread(target=_redraw, args=(job, config, stop, frames)) if redraw else None
    if drawer:
        drawer.start()
    first, started = job.trainer.state.step, time.perf_counter()
    time.sleep(seconds)
    rate = (job.trainer.state.step - first) / (time.perf_counter() - started)
    stop.set()
    if drawer:
        drawer.join()
    job.stop()
    job.join()
    return rate, len(frames) / seconds


def main(seconds: float = 4.0) -> None:
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        quiet, _ = measure(seconds, redraw=False)
        live, hz = measure(seconds, redraw=True)
        state = in_thread(lambda: gan2d.make_trainer(gan2d.GANConfig()).fit())
    finally:
        torch.set_num_threads(previous)
    print(f"\nGAN page, 2D ring, 1 thread: {quiet:,.0f} iterations/s alone, {live:,.0f} while redrawing at {hz:.1f} Hz "
          f"(target ≥ {TARGET_ITERATIONS} at ≥ {TARGET_HZ:g} Hz); the default {state.step:,}-iteration run covers "
          f"{state.history[-1]['modes']:.0f} of 8 modes, JS {state.history[-1]['js']:.2f}")
