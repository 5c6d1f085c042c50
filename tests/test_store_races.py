"""The runs store shared by many sessions and processes: saves, listings, deletions and eviction at once.

Each test asserts, at every observation a reader makes: no exception anywhere, the store's caps and every
visitor's quota hold, and no listed run is half written or half deleted.
"""
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import torch

from core import runs

ROOT = Path(__file__).resolve().parent.parent
OWNERS = [f"v-{i:032x}" for i in range(1, 4)] + [None]  # three visitors and the operator (the command line)
CAPS = {"max_runs": 10, "max_bytes": 2 * 2**20, "per_owner_runs": 4, "per_owner_bytes": 1 * 2**20}


def _save(store: runs.RunStore, rng: random.Random, tag: str) -> None:
    owner = rng.choice(OWNERS)
    meta = {"name": tag, "family": "cnn", "history": [{"epoch": 1.0, "train_loss": rng.random()}]}
    store.save(meta | ({"owner": owner} if owner else {}), {"w": torch.zeros(rng.randint(5_000, 120_000))})


def _check(listed: list[runs.Run], store: runs.RunStore) -> None:
    assert len(listed) <= store.max_runs, len(listed)
    assert sum(r.size for r in listed) <= store.max_bytes
    for owner in OWNERS[:-1]:
        mine = [r for r in listed if r.owner == owner]
        assert len(mine) <= store.per_owner_runs and sum(r.size for r in mine) <= store.per_owner_bytes
    for run in listed:  # a whole run: both files were there when it was read, and its run.json is its own
        assert run.meta["id"] == run.id and run.size > 5_000 * 4


def _watch(store: runs.RunStore, stop: threading.Event, errors: list, seen: list) -> None:
    while not stop.is_set():
        try:
            listed = store.list()
            _check(listed, store)
            seen.append(len(listed))
            time.sleep(0.005)
        except Exception as exc:  # noqa: BLE001 - every failure is reported by the test
            errors.append(repr(exc))


def test_threads_saving_listing_and_deleting_at_once_never_break_the_store(tmp_path):
    store = runs.RunStore(tmp_path, **CAPS)
    errors: list[str] = []
    seen: list[int] = []
    stop = threading.Event()

    def saver(n: int) -> None:
        rng = random.Random(n)
        for i in range(15):
            try:
                _save(store, rng, f"t{n}-{i}")
            except Exception as exc:  # noqa: BLE001
                errors.append(repr(exc))

    def deleter() -> None:
        rng = random.Random(99)
        while not stop.is_set():
            try:
                listed = store.list()
                if listed:
                    run = rng.choice(listed)
                    store.delete(run.id, run.owner or runs.OPERATOR)
            except KeyError:
                pass  # evicted or deleted by another thread since it was listed: nothing to do
            except Exception as exc:  # noqa: BLE001
                errors.append(repr(exc))
            time.sleep(0.01)

    watchers = [threading.Thread(target=_watch, args=(store, stop, errors, seen)) for _ in range(2)]
    workers = [threading.Thread(target=saver, args=(n,)) for n in range(4)] + [threading.Thread(target=deleter)]
    for th in watchers + workers:
        th.start()
    for th in workers[:-1]:
        th.join()
    stop.set()
    for th in watchers + workers[-1:]:
        th.join()
    assert errors == []
    assert len(seen) > 20 and max(seen) > 0  # the readers did watch the store while it changed
    _check(store.list(), store)
    assert store.leftovers() == (0, 0)  # no temporary or half-deleted folder left behind


WRITER = """
import random, sys
sys.path.insert(0, {root!r})
from core import runs
from tests.test_store_races import CAPS, _save
store = runs.RunStore({folder!r}, **CAPS)
rng = random.Random({seed})
for i in range(30):
    _save(store, rng, "p{seed}-" + str(i))
"""


def test_two_processes_saving_at_once_keep_the_caps_for_a_reader(tmp_path):
    store = runs.RunStore(tmp_path, **CAPS)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), folder=str(tmp_path), seed=s)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for s in (1, 2)]
    errors: list[str] = []
    seen: list[int] = []
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(store, stop, errors, seen))
    watcher.start()
    outputs = [p.communicate(timeout=300) for p in procs]
    stop.set()
    watcher.join()
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in outputs]
    assert errors == [] and len(seen) > 5
    final = store.list()
    _check(final, store)
    assert {r.meta["name"][:2] for r in final} <= {"p1", "p2"} and store.leftovers() == (0, 0)


def test_a_killed_save_leaves_a_folder_that_is_counted_then_cleaned(tmp_path, monkeypatch):
    store = runs.RunStore(tmp_path, **CAPS)
    half = tmp_path / ".tmp-0123456789abcdef"
    half.mkdir()
    (half / "weights.safetensors").write_bytes(b"\0" * 1000)
    assert store.list() == [] and store.leftovers() == (1, 1000)
    store.save({"name": "fresh", "family": "cnn"}, {"w": torch.zeros(10)})
    assert half.exists()  # it may still be another process's save in flight
    monkeypatch.setattr(runs, "TMP_MAX_AGE", 0.0)
    store.save({"name": "later", "family": "cnn"}, {"w": torch.zeros(10)})
    assert not half.exists() and store.leftovers() == (0, 0) and len(store.list()) == 2
