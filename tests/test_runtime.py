"""The live-training runtime: a real run in a worker thread, driven the way a page drives it."""
import time

import pytest

from core.data import toy2d
from core.families import mlp
from core.runtime.jobs import Job, JobLimiter
from tests.conftest import xor_trainer


def wait_for(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def test_start_progress_stop(xor_data):
    job = Job(xor_trainer(xor_data, epochs=100_000), publish_every=0.05, limiter=JobLimiter(1))
    assert job.poll().status == "ready"
    job.start()
    assert wait_for(lambda: job.poll().epoch >= 3)
    snap = job.poll()
    assert snap.status == "running" and len(snap.history) == snap.epoch and snap.samples_per_second > 0
    assert set(snap.weights) == set(job.trainer.model.state_dict())
    job.stop()
    job.join(5)
    final = job.poll()
    assert (final.status, final.reason) == ("stopped", "user")
    assert final.step >= snap.step and not job.alive


def test_a_run_asked_to_stop_says_stopping_until_it_has_ended(xor_data):
    import threading

    trainer = xor_trainer(xor_data, epochs=100_000)
    hold, inside, release = threading.Event(), threading.Event(), threading.Event()
    plain = trainer.step

    def step(batch):  # a large network's step, held inside until the test lets it finish
        if hold.is_set():
            inside.set()
            release.wait(10)
        return plain(batch)

    trainer.step = step
    job = Job(trainer, publish_every=0.05, limiter=JobLimiter(1))
    job.start()
    assert wait_for(lambda: job.poll().step >= 3)
    assert not job.poll().stopping
    hold.set()
    assert inside.wait(10)
    job.stop()
    snap = job.poll()
    assert snap.stopping and not snap.done  # the page shows "Stopping…" and disables Stop and Pause
    release.set()
    job.join(5)
    final = job.poll()
    assert (final.status, final.stopping) == ("stopped", False)


def test_snapshots_are_copies_the_page_can_keep(xor_data):
    job = Job(xor_trainer(xor_data, epochs=100_000), publish_every=0.05, limiter=JobLimiter(1))
    job.start()
    assert wait_for(lambda: job.poll().step > 10)
    snap = job.poll()
    kept = {k: v.clone() for k, v in snap.weights.items()}
    steps = len(snap.step_losses)
    assert wait_for(lambda: job.poll().step > snap.step + 50)
    job.stop()
    job.join(5)
    assert len(snap.step_losses) == steps
    assert all((snap.weights[k] == kept[k]).all() for k in kept)


def test_pause_and_resume_through_the_job(xor_data):
    job = Job(xor_trainer(xor_data, epochs=100_000), publish_every=0.02, limiter=JobLimiter(1))
    job.start()
    assert wait_for(lambda: job.poll().step > 5)
    job.pause()
    assert wait_for(lambda: job.poll().status == "paused")
    held = job.poll().step
    time.sleep(0.2)
    assert job.poll().step == held
    job.resume()
    assert wait_for(lambda: job.poll().step > held)
    job.stop()
    job.join(5)


def test_learning_rate_changed_while_running_is_used(xor_data):
    job = Job(xor_trainer(xor_data, epochs=100_000), limiter=JobLimiter(1))
    job.start()
    assert wait_for(lambda: job.poll().step > 5)
    job.set_hparams(lr=0.123)
    assert wait_for(lambda: job.trainer.step.optimizer.param_groups[0]["lr"] == 0.123)
    job.stop()
    job.join(5)


def test_a_job_nobody_polls_stops_itself(xor_data):
    job = Job(xor_trainer(xor_data, epochs=100_000), idle_timeout=0.3, limiter=JobLimiter(1))
    job.start()
    job.join(10)
    assert not job.alive
    assert (job.poll().status, job.poll().reason) == ("stopped", "idle")


def test_a_job_stops_at_its_time_limit(xor_data):
    job = Job(xor_trainer(xor_data, epochs=100_000), max_seconds=0.3, limiter=JobLimiter(1))
    job.start()
    assert wait_for(lambda: job.poll().done, timeout=10)
    assert job.poll().reason == "time_limit"


def test_start_can_wait_for_the_first_epoch_which_is_then_in_the_snapshot(xor_data):
    job = Job(xor_trainer(xor_data, epochs=100_000), publish_every=60, limiter=JobLimiter(1))
    job.start()
    assert job.wait_first_epoch(10)
    snap = job.poll()  # published at the first epoch although publish_every is a minute
    assert snap.epoch >= 1 and snap.history[0]["epoch"] == 1 and snap.status == "running"
    job.stop()
    job.join(5)


def _long_and_short_sharing_one_slot(xor_data) -> tuple[Job, Job]:
    """A long run and a 2-epoch one behind the same one-slot limiter (neither started)."""
    limiter = JobLimiter(1)
    return (Job(xor_trainer(xor_data, epochs=100_000), limiter=limiter, publish_every=0.02),
            Job(xor_trainer(xor_data, epochs=2), limiter=limiter, publish_every=0.02))


def test_waiting_for_a_first_epoch_ends_with_a_queued_run_or_one_that_has_ended(xor_data):
    first, queued = _long_and_short_sharing_one_slot(xor_data)
    first.start()
    assert first.wait_first_epoch(10)
    queued.start()
    started = time.monotonic()
    assert not queued.wait_first_epoch(0.2)  # it waits for a slot: the wait gives up, nothing blocks
    assert 0.15 < time.monotonic() - started < 2.0 and queued.poll().status == "waiting"
    queued.stop()  # gives up its place before any step
    assert queued.wait_first_epoch(5) and queued.poll().status == "stopped" and queued.poll().epoch == 0
    first.stop()
    first.join(5)


def test_the_process_wide_limit_queues_a_second_job_and_says_so(xor_data):
    first, second = _long_and_short_sharing_one_slot(xor_data)
    first.start()
    assert wait_for(lambda: first.poll().status == "running")
    second.start()
    time.sleep(0.3)
    waiting = second.poll()
    assert waiting.status == "waiting" and waiting.queue_position == 1 and waiting.step == 0
    first.stop()
    assert wait_for(lambda: second.poll().status == "finished")


def test_a_failing_step_becomes_an_error_message_not_a_dead_thread(xor_data):
    trainer = xor_trainer(xor_data)

    def broken(batch):
        raise RuntimeError("shapes do not match")

    trainer.step = broken
    job = Job(trainer, limiter=JobLimiter(1))
    job.start()
    job.join(5)
    snap = job.poll()
    assert snap.status == "error" and "shapes do not match" in snap.message
    assert job.limiter.running == 0  # the slot was given back


def test_divergence_reaches_the_snapshot():
    data = toy2d.make(toy2d.Toy2DConfig(kind="regression", n=200, seed=0))
    cfg = mlp.MLPConfig(hidden=(16,), classes=0, optimizer="sgd", lr=1e6, epochs=50)
    job = Job(mlp.make_trainer(cfg, data), limiter=JobLimiter(1))
    job.start()
    assert job.wait_first_epoch(10)  # a run that ends, here in its first epoch, ends the wait too
    job.join(10)
    snap = job.poll()
    assert snap.status == "diverged" and snap.diverged_at is not None
    assert snap.restored_step is not None and snap.restored_step < snap.diverged_at



def test_a_job_knows_what_it_trains_and_its_snapshot_builds_that_model_once(xor_data):
    import torch

    config = mlp.MLPConfig(hidden=(8, 8), activation="tanh", epochs=3, seed=0)
    builds = []

    def build():
        builds.append(1)
        return mlp.build(config)

    job = Job(mlp.make_trainer(config, xor_data), family="playground", config=config, context={"dataset": "xor"},
              data=xor_data, build=build, limiter=JobLimiter(1))
    job.start()
    job.join(30)
    snap = job.poll()
    assert snap.done and snap.config is config and job.data is xor_data and job.context == {"dataset": "xor"}
    model = snap.model
    assert model is snap.model and len(builds) == 1  # built once, however often the page asks
    assert not model.training
    for name, value in model.state_dict().items():  # the snapshot's weights, not a fresh initialisation
        assert torch.equal(value, snap.weights[name])
    loaded = Job.finished(job.trainer, config=config, build=build)
    assert loaded.poll().config is config and loaded.poll().model is not model and len(builds) == 2


# ---- every way a job ends: a final status, a reason, Start enabled again (snap.done), a run stored or not ----
def _recorded(job):
    """A Job whose `record` callback notes what it would store."""
    stored = []
    job._record = lambda trainer: stored.append((trainer.state.status, trainer.state.step)) or "run"
    return stored


def _drive(path: str, xor_data):
    """Drive a job along one path of its state machine; returns (job, recorded runs)."""
    limiter = JobLimiter(1)
    epochs = 3 if path == "finished" else 100_000
    if path == "diverged":
        data = toy2d.make(toy2d.Toy2DConfig(kind="regression", n=200, seed=0))
        trainer = mlp.make_trainer(mlp.MLPConfig(hidden=(16,), classes=0, optimizer="sgd", lr=1e6, epochs=50), data)
    else:
        trainer = xor_trainer(xor_data, epochs=epochs)
    if path == "error":
        trainer.add_callback("on_step_end", lambda tr: (_ for _ in ()).throw(RuntimeError("boom")) if tr.state.step == 5 else None)
    options = {"idle_timeout": 0.4} if path == "idle_while_paused" else {}
    options |= {"max_seconds": 0.4} if path == "time_limit_while_paused" else {}
    job = Job(trainer, limiter=limiter, publish_every=0.02, **options)
    stored = _recorded(job)
    job.start()
    if path in ("finished", "diverged", "error"):
        job.join(20)
        return job, stored
    assert wait_for(lambda: job.poll().status == "running" and job.poll().step > 3)
    if path == "stopped":
        job.stop("user")
    elif path == "replaced":
        job.stop("replaced")
    else:  # the paused paths
        job.pause()
        assert wait_for(lambda: job.poll().status == "paused")
        if path == "stopped_while_paused":
            job.stop("user")
        # idle / time limit: nobody polls (poll() would count as a visit), the watchdog fires while paused
    job.join(20)
    return job, stored


@pytest.mark.parametrize("path, status, reason", [
    ("finished", "finished", ""), ("stopped", "stopped", "user"), ("replaced", "stopped", "replaced"),
    ("stopped_while_paused", "stopped", "user"), ("idle_while_paused", "stopped", "idle"),
    ("time_limit_while_paused", "stopped", "time_limit"), ("diverged", "diverged", ""), ("error", "error", ""),
])
def test_every_way_a_job_ends_leaves_a_final_status_and_stores_that_run(xor_data, path, status, reason):
    job, stored = _drive(path, xor_data)
    assert not job.alive
    snap = job.poll()
    assert (snap.status, snap.done) == (status, True)  # done: the page enables Start again
    assert snap.reason == reason or (path == "diverged" and snap.diverged_at is not None)
    assert stored == [(status, snap.step)] and job.saved == "run"  # the run is stored with that status
    assert job.limiter.running == 0


def test_a_queued_job_whose_session_has_gone_never_takes_a_step(xor_data):
    limiter = JobLimiter(1)
    first = Job(xor_trainer(xor_data, epochs=100_000), limiter=limiter, publish_every=0.02)
    connected = [True]
    queued = Job(xor_trainer(xor_data, epochs=100_000), limiter=limiter, session_alive=lambda: connected[0])
    stored = _recorded(queued)
    first.start()
    assert wait_for(lambda: first.poll().status == "running")
    queued.start()
    assert wait_for(lambda: queued.poll().status == "waiting")
    connected[0] = False  # its tab closes while it waits
    first.stop()  # the slot frees before the queued job's grace period is over
    queued.join(10)
    snap = queued.poll()
    assert (snap.status, snap.step, stored) == ("stopped", 0, []) and not queued.alive
    assert limiter.running == 0


def test_a_running_job_stops_once_its_session_has_gone_but_survives_a_reconnect(xor_data, monkeypatch):
    from core.runtime import jobs

    monkeypatch.setattr(jobs, "SESSION_GRACE", 0.3)
    connected = [True]
    job = Job(xor_trainer(xor_data, epochs=100_000), limiter=JobLimiter(1), publish_every=0.02,
              session_alive=lambda: connected[0])
    job.start()
    assert wait_for(lambda: job.poll().step > 3)
    connected[0] = False
    time.sleep(0.1)
    connected[0] = True  # a reload within the grace period
    time.sleep(0.4)
    assert job.poll().status == "running"
    connected[0] = False
    job.join(10)
    assert (job.poll().status, job.poll().reason) == ("stopped", "idle")
