"""Background training owned by one browser session.

A `Job` runs a `Trainer` in a worker thread and publishes thread-safe `Snapshot`s; the page polls
them from a fragment. No thread here ever calls Streamlit. A job stops itself when nobody has
polled it for `idle_timeout` seconds or after `max_seconds`; a process-wide `JobLimiter` caps how
many jobs train at once and tells waiting jobs their place in the queue. A job told how to ask whether its
browser session is still connected (`session_alive`) never starts once the session has gone, and stops when
it has been gone for `SESSION_GRACE` seconds (a reconnecting tab keeps its run).

Every way a job ends leaves a final status (`FINAL`) in its last snapshot: finished, stopped (by the user, by
a watchdog, replaced, reset, also while paused), diverged or error; the page enables Start again on it.
"""
from __future__ import annotations

import collections
import itertools
import logging
import os
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Callable

import torch
from torch import nn

from core.env import usable_cores
from core.train import Trainer

log = logging.getLogger(__name__)

FINAL = ("finished", "stopped", "diverged", "error")
FRAMES_KEPT = 60  # live frames a job keeps for its view: 2 s at 30 Hz
SESSION_GRACE = 3.0  # seconds a job waits for its disconnected session to come back (a reload, a network blip)


class JobLimiter:
    """A counting semaphore that also knows how many are waiting, to tell a user why."""

    def __init__(self, slots: int) -> None:
        self.slots = max(1, slots)
        self._cond = threading.Condition()
        self._running = 0
        self._queue: list[int] = []

    def acquire(self, ticket: int, give_up: Callable[[], bool]) -> bool:
        with self._cond:
            self._queue.append(ticket)
            try:
                while self._running >= self.slots or self._queue[0] != ticket:
                    if give_up():
                        return False
                    self._cond.wait(0.1)
                self._running += 1
                return True
            finally:
                self._queue.remove(ticket)
                self._cond.notify_all()

    def release(self) -> None:
        with self._cond:
            self._running -= 1
            self._cond.notify_all()

    @contextmanager
    def slot(self, wait: float):
        """Hold one slot for a short computation (not a `Job`), waiting at most `wait` seconds in the same queue
        as the jobs; yields True when it got a slot, False when it gave up (nothing to release then)."""
        deadline = time.monotonic() + wait
        got = self.acquire(next_ticket(), give_up=lambda: time.monotonic() > deadline)
        try:
            yield got
        finally:
            if got:
                self.release()

    def position(self, ticket: int) -> int:
        """1-based place in the waiting queue, 0 when not waiting."""
        with self._cond:
            return self._queue.index(ticket) + 1 if ticket in self._queue else 0

    @property
    def running(self) -> int:
        return self._running


_ticket_count = itertools.count(1)
_ticket_lock = threading.Lock()


def next_ticket() -> int:
    """A process-wide unique place-holder in the limiter's queue (jobs and short runs share one counter)."""
    with _ticket_lock:
        return next(_ticket_count)


# One training run per usable core but one, which is kept for the pages (a cgroup's CPU quota counts: a
# 2-CPU container on a 64-core host has 2), at least one; DLC_MAX_JOBS overrides. Measured with thirty
# visitors on 2 cores (`python -m bench --only class`): two runs at once made the pages' p95 rerun 2-3x
# slower than one did, and Python's GIL is shared by the training threads and every page's script.
# A training thread holds the GIL for CPython's switch interval (5 ms) before the server's threads get it back,
# and a live redraw hands the GIL between the event loop and the script thread several times: at 5 ms a
# 25 Hz view drew 14-16 times a second beside a playground run. 1 ms lets it keep up (bench --only playground).
SWITCH_INTERVAL = float(os.environ.get("DLC_SWITCH_INTERVAL", 0.001))
sys.setswitchinterval(SWITCH_INTERVAL)
LIMITER = JobLimiter(int(os.environ.get("DLC_MAX_JOBS", 0)) or max(1, usable_cores() - 1))


@dataclass(frozen=True)
class Snapshot:
    """An immutable copy of a job's progress for the page to draw."""

    status: str  # waiting | running | paused | finished | stopped | diverged | error
    epoch: int
    step: int
    history: list[dict[str, float]]
    step_losses: list[float]
    weights: dict[str, torch.Tensor] | None
    message: str = ""  # English detail for logs (an exception, a divergence)
    reason: str = ""  # why it stopped: user | idle | time_limit | replaced | reset | target_reached
    diverged_at: int | None = None
    restored_step: int | None = None
    queue_position: int = 0
    stopping: bool = False  # Stop was pressed and the run has not ended yet (its last epoch is evaluated)
    run_id: int = 0  # unique per job in this process
    elapsed: float = 0.0
    samples_per_second: float = 0.0
    extra: dict = field(default_factory=dict)
    config: Any = None  # the settings this run trains with (not the page's current widgets)
    data: Any = field(default=None, repr=False, compare=False)  # what it trains on (the job's `data`, shared)
    build: Callable[[], nn.Module] | None = field(default=None, repr=False, compare=False)

    @property
    def done(self) -> bool:
        return self.status in FINAL

    @cached_property
    def model(self) -> nn.Module:
        """The model at this snapshot, in eval mode, built once per snapshot (a page polls the same one
        on every rerun until the job publishes a new one). Raises RuntimeError for a job without `build`."""
        if self.build is None or self.weights is None:
            raise RuntimeError("this job cannot build its model (no build function or no weights)")
        model = self.build()
        model.load_state_dict({k: v.cpu() for k, v in self.weights.items()})
        return model.eval()


class Job:
    """One training run in a worker thread; the page holds it in session state."""

    def __init__(self, trainer: Trainer, *, max_seconds: float = 600.0, idle_timeout: float = 60.0,
                 publish_every: float = 0.2, limiter: JobLimiter | None = None,
                 extra: Callable[[Trainer], dict] | None = None,
                 record: Callable[[Trainer], object] | None = None, family: str = "", config: Any = None,
                 context: dict | None = None, data: Any = None, build: Callable[[], nn.Module] | None = None,
                 session_alive: Callable[[], bool] | None = None,
                 frame: Callable[[Trainer], dict] | None = None, frame_every: float = 1 / 30) -> None:
        self.trainer = trainer
        # what this run is: its family, the settings and data it trains on (the page's widgets may change
        # meanwhile; views draw from these), and how to build an untrained model of its architecture
        self.family, self.config, self.context, self.data, self.build = family, config, context or {}, data, build
        self.max_seconds, self.idle_timeout, self.publish_every = max_seconds, idle_timeout, publish_every
        self.limiter = limiter or LIMITER
        self._extra = extra
        self._record = record  # called once when training ends, in the worker thread (saves the run)
        self.saved: object | None = None  # what `record` returned: the stored run
        self._session_alive = session_alive
        self._gone_since: float | None = None
        self.ticket = next_ticket()
        self._lock = threading.Lock()
        self._last_poll = time.monotonic()
        self._started_at: float | None = None
        self._last_publish = 0.0
        self._status = "ready"
        self._message = ""
        # live frames: `frame(trainer)` is called in the worker thread at most every `frame_every` seconds and
        # kept, numbered, in a short queue the page drains (`frames_since`), so a view can paint them all at
        # the browser's pace even when its reruns come less often than the frames
        self._frame, self.frame_every = frame, frame_every
        self._frames: collections.deque[tuple[int, dict]] = collections.deque(maxlen=FRAMES_KEPT)
        self._frame_count, self._next_frame = 0, 0.0
        self._first_epoch = threading.Event()  # set once the first epoch is published, or the run has ended
        self._snapshot = self._make_snapshot()
        self._thread: threading.Thread | None = None
        trainer.add_callback("on_step_end", self._on_step)
        trainer.add_callback("on_epoch_end", self._on_epoch)
        trainer.add_callback("on_paused", self._on_step)

    @classmethod
    def finished(cls, trainer: Trainer, **what) -> "Job":
        """A job that never runs: it shows a loaded run (weights, history) as a finished one.
        `what`: the family, config, context, data and build of the run, as for a new Job."""
        job = cls(trainer, **what)
        job._status = trainer.state.status = "finished"
        job._thread = threading.Thread(target=lambda: None)  # never started: `start()` is a no-op, not alive
        job._first_epoch.set()  # it has ended
        state = trainer.state
        job._snapshot = replace(job._make_snapshot(), elapsed=state.train_seconds,
                                samples_per_second=state.samples / state.train_seconds if state.train_seconds > 0 else 0.0)
        return job

    # ---- called from the page ----
    def start(self) -> None:
        if self._thread is not None:
            return
        self._status = "waiting"
        self.trainer.state.clock_origin = time.perf_counter()  # a run's seconds count from its Start
        # the first frame `frame_every` after Start (or at the first epoch, if sooner): a frame at the first step
        # showed the untrained network the page already shows, and took 0.5-1.7 ms of a 10-25 ms first epoch
        self._next_frame = time.monotonic() + self.frame_every
        self._publish()
        self._thread = threading.Thread(target=self._run, name=f"train-job-{self.ticket}", daemon=True)
        self._thread.start()

    def wait_first_epoch(self, timeout: float) -> bool:
        """Block up to `timeout` seconds (releasing the GIL) until the run's first epoch is in its snapshot or the
        run has ended; True if so. A page that waits this long after Start draws the first epoch at once, and
        the run's first epoch does not share the CPU with that page's rerun."""
        return self._first_epoch.wait(timeout)

    def pause(self) -> None:
        self.trainer.pause()

    def resume(self) -> None:
        self.touch()
        self.trainer.resume()

    def stop(self, reason: str = "user") -> None:
        self.trainer.stop(reason)

    def set_hparams(self, **values: float) -> None:
        self.trainer.set_hparams(**values)

    def touch(self) -> None:
        self._last_poll = time.monotonic()

    def poll(self) -> Snapshot:
        """The latest snapshot; polling also tells the job its session is still alive."""
        self.touch()
        with self._lock:
            snap = self._snapshot
        if snap.status == "waiting":
            return replace(snap, queue_position=self.limiter.position(self.ticket))
        if not snap.done and self.trainer.should_stop:
            return replace(snap, stopping=True)
        return snap

    def refresh(self) -> None:
        """Publish a snapshot now, from the page's thread: after a change made by hand while paused or done."""
        if self.alive and not self.trainer.paused:
            raise RuntimeError("refresh() is for a paused or finished job; a running one publishes itself")
        self._publish()

    def frames_since(self, seq: int) -> list[tuple[int, dict]]:
        """The kept live frames numbered above `seq` (1, 2, …), oldest first; at most FRAMES_KEPT."""
        with self._lock:
            return [(n, f) for n, f in self._frames if n > seq]

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None and self._thread.ident is not None:  # a loaded run's thread never starts
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ---- the worker thread ----
    def _run(self) -> None:
        if not self.limiter.acquire(self.ticket, give_up=self._should_give_up):
            self._end_unstarted()
            return
        try:
            if not self._session_still_there():  # its tab closed while it waited: never take a step
                self._end_unstarted()
                return
            self._started_at = time.monotonic()
            self._status = "running"
            self.trainer.fit()
            self._status = self.trainer.state.status
        except Exception as exc:  # a bug in a family must not kill the app; the page shows a message
            log.error("training job %s failed:\n%s", self.ticket, traceback.format_exc())
            self._status = "error"
            self._message = f"{type(exc).__name__}: {exc}"
        finally:
            self.limiter.release()
        try:
            self._save()
            self._publish()
        finally:
            self._first_epoch.set()

    def _end_unstarted(self) -> None:
        """A job that gave up before its first step: stopped, with nothing to store."""
        if not self.trainer.should_stop:
            self.trainer.stop("idle")
        self.trainer.state.status = self._status = "stopped"
        try:
            self._publish()
        finally:
            self._first_epoch.set()

    def _session_still_there(self) -> bool:
        """Wait up to SESSION_GRACE for a disconnected session to come back; False if it does not."""
        deadline = time.monotonic() + SESSION_GRACE
        while self._session_gone():
            if self.trainer.should_stop or time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        return not self.trainer.should_stop

    def _session_gone(self, grace: float = 0.0) -> bool:
        """Whether the session has been disconnected for at least `grace` seconds (never, without a check)."""
        if self._session_alive is None or self._session_alive():
            self._gone_since = None
            return False
        self._gone_since = self._gone_since or time.monotonic()
        return time.monotonic() - self._gone_since >= grace

    def _save(self) -> None:
        if self._record is None:
            return
        if self._status == "error":
            self.trainer.state.status = "error"  # fit() had already called it finished when the exception left it
        try:
            self.saved = self._record(self.trainer)
        except Exception:  # a full disk must not turn a finished run into an error on the page
            log.error("saving the run of job %s failed:\n%s", self.ticket, traceback.format_exc())

    def _should_give_up(self) -> bool:
        if self.trainer.should_stop:
            return True
        if time.monotonic() - self._last_poll > self.idle_timeout or self._session_gone(SESSION_GRACE):
            self.trainer.stop("idle")
            return True
        return False

    def _on_step(self, trainer: Trainer, first_frame: bool = False) -> None:
        now = time.monotonic()
        if now - self._last_poll > self.idle_timeout or self._session_gone(SESSION_GRACE):
            trainer.stop("idle")
        elif self._started_at is not None and now - self._started_at > self.max_seconds:
            trainer.stop("time_limit")
        if now - self._last_publish >= self.publish_every or trainer.state.status != self._status:
            self._status = trainer.state.status
            self._publish(now)
        if self._frame is not None and (first_frame or (now >= self._next_frame and not trainer.paused)):
            # a fixed clock, so frames come every `frame_every` on average, not every frame_every + a step; a
            # frame after a stall restarts it from now (due at once, it had recorded two frames on consecutive
            # steps)
            due = self._next_frame + self.frame_every
            self._next_frame = due if due > now and not first_frame else now + self.frame_every
            try:
                frame = self._frame(trainer)
            except Exception:  # a view's bug must not end the run: it goes on without live frames
                log.error("live frame of job %s failed; no more frames:\n%s", self.ticket, traceback.format_exc())
                self._frame = None
                return
            with self._lock:
                self._frame_count += 1
                self._frames.append((self._frame_count, frame))

    def _on_epoch(self, trainer: Trainer) -> None:
        first = not self._first_epoch.is_set()
        if first:
            self._publish()
        # the run's first frame at its first epoch if that comes sooner (paused at that moment too)
        self._on_step(trainer, first_frame=first and self._frame_count == 0)
        if first:  # after the first frame: a page waiting for the first epoch (Start's callback) can send it
            self._first_epoch.set()

    def _publish(self, now: float | None = None) -> None:
        self._last_publish = now or time.monotonic()
        snap = self._make_snapshot()
        with self._lock:
            self._snapshot = snap

    def _make_snapshot(self) -> Snapshot:
        state = self.trainer.state
        elapsed = time.monotonic() - self._started_at if self._started_at else 0.0
        active = elapsed - state.paused_seconds
        weights = {k: v.detach().clone() for k, v in self.trainer.model.state_dict().items()}
        return Snapshot(
            status=self._status, epoch=state.epoch, step=state.step,
            history=list(state.history), step_losses=list(state.step_losses),  # rows are never mutated
            weights=weights, message=self._message or state.message, reason=state.stop_reason, run_id=self.ticket,
            diverged_at=state.diverged_at, restored_step=state.restored_step,
            elapsed=elapsed, samples_per_second=state.samples / active if active > 0 else 0.0,
            extra=self._extra(self.trainer) if self._extra else {}, config=self.config, data=self.data,
            build=self.build,
        )

