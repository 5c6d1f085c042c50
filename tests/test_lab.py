"""Runs, checkpoints and headless training: the store's caps, refusing bad checkpoints, the CLI ↔ page round trip, DDP."""
import io
import json
import os
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import torch

from core import catalog, cli, lab, runs
from core.data import images
from core.families import cnn
from core.runtime.jobs import Job

ROOT = Path(__file__).resolve().parent.parent
OWNER = runs.owner_id("v", "a test visitor's secret")


class _Exploit:
    """Unpickling this calls os.system — what a malicious checkpoint would do."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _meta(name: str = "run", **extra) -> dict:
    return {"name": name, "family": "cnn", "history": [], **extra}


def _cli(tmp_path, *args: str) -> runs.Run:
    assert cli.main(["train", *args, "--out", str(tmp_path), "--no-progress"]) == 0
    return runs.RunStore(tmp_path).list()[0]


# ---- the store ----
def test_runs_never_overwrite_each_other_even_when_saved_at_once(tmp_path):
    store = runs.RunStore(tmp_path)
    threads = [threading.Thread(target=store.save, args=(_meta("same"), {"w": torch.full((3,), float(i))}))
               for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    stored = store.list()
    assert len(stored) == 8 and len({r.id for r in stored}) == 8
    assert sorted(r.weights()["w"][0].item() for r in stored) == list(range(8))
    assert not list(tmp_path.glob(".tmp-*"))  # no half-written run left behind


def test_names_are_sanitised_and_ids_cannot_leave_the_store(tmp_path):
    store = runs.RunStore(tmp_path / "runs")
    run = store.save(_meta("../../etc/passwd"), {"w": torch.zeros(1)})
    assert run.path.parent == tmp_path / "runs" and "/" not in run.id and "passwd" in run.id
    (tmp_path / "victim").mkdir()
    for bad in ("../victim", "..", "/etc", "victim", run.id + "/../../victim"):
        with pytest.raises(KeyError):
            store.get(bad)
        with pytest.raises(KeyError):
            store.delete(bad, runs.OPERATOR)
    assert (tmp_path / "victim").is_dir() and store.get(run.id).meta["name"] == "../../etc/passwd"


def test_eviction_keeps_the_count_cap_removing_the_oldest_first(tmp_path):
    store = runs.RunStore(tmp_path, max_runs=3)
    saved = [store.save(_meta(f"r{i}", created=1000.0 + i), {"w": torch.zeros(10)}) for i in range(5)]
    assert [r.meta["name"] for r in store.list()] == ["r4", "r3", "r2"]
    assert not saved[0].path.exists() and not saved[1].path.exists()


def test_eviction_keeps_the_size_cap_and_never_removes_the_run_just_saved(tmp_path):
    one = runs.RunStore(tmp_path / "probe").save(_meta("probe"), {"w": torch.zeros(25_000)}).size  # ~100 kB a run
    store = runs.RunStore(tmp_path, max_bytes=int(2.5 * one))
    for i in range(6):
        store.save(_meta(f"r{i}", created=2000.0 + i), {"w": torch.zeros(25_000)})
        assert sum(r.size for r in store.list()) <= store.max_bytes
    assert [r.meta["name"] for r in store.list()] == ["r5", "r4"]
    with pytest.raises(runs.CheckpointError, match="whole store may hold"):
        store.save(_meta("huge"), {"w": torch.zeros(250_000)})


def test_caps_and_folder_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DLC_RUNS_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("DLC_RUNS_MAX", "7")
    monkeypatch.setenv("DLC_RUNS_MAX_MB", "12")
    store = runs.RunStore()
    assert (store.root, store.max_runs, store.max_bytes) == (tmp_path / "elsewhere", 7, 12 * 2**20)


def test_unreadable_run_folders_are_skipped(tmp_path):
    store = runs.RunStore(tmp_path)
    good = store.save(_meta(), {"w": torch.zeros(1)})
    broken = tmp_path / good.id.replace(good.id[-8:], "deadbeef")
    broken.mkdir()
    (broken / "run.json").write_text("{not json")
    assert [r.id for r in store.list()] == [good.id]
    assert not broken.exists() and len(list((tmp_path / ".quarantine").iterdir())) == 1  # moved aside, once
    assert store.leftovers()[0] == 1 and [r.id for r in store.list()] == [good.id]


# ---- checkpoints ----
def _cnn_checkpoint(config: cnn.CNNConfig, weights=None, **meta) -> dict:
    model = cnn.build(config)
    return {"family": "cnn", "config": lab.config_to_dict(config), "context": {"shape": [1, 28, 28], "classes": 10},
            **meta}, (weights if weights is not None else model.state_dict())


def test_a_checkpoint_carrying_a_pickled_callable_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "pwned"
    meta, weights = _cnn_checkpoint(cnn.CNNConfig())
    buf = io.BytesIO()
    torch.save({"state_dict": weights, "run": meta, "hook": _Exploit(marker)}, buf)
    with pytest.raises(runs.CheckpointError) as info:
        lab.read(buf.getvalue())
    assert info.value.key == "ckpt.refused" and "could run code" in str(info.value)
    assert not marker.exists()


@pytest.mark.parametrize("low_byte", range(256))
def test_safetensors_are_recognised_by_structure_whatever_their_header_length(low_byte):
    """A header length whose low byte is 0x80 starts the file with a pickle's first byte; it is still
    read as safetensors. The app's own files are 8-byte aligned; other writers need not be."""
    weights = {"w": torch.arange(6, dtype=torch.float32).reshape(2, 3)}
    plain = runs.weights_to_bytes(weights, {"name": "x"})
    (size,) = struct.unpack("<Q", plain[:8])
    header = plain[8:8 + size].rstrip(b" ")
    padding = (low_byte - len(header)) % 256
    padded = header + b" " * padding  # JSON allows trailing spaces; the data offsets are unchanged
    data = struct.pack("<Q", len(padded)) + padded + plain[8 + size:]
    assert data[0] == low_byte and runs.is_safetensors(data)
    meta, read = runs.read_checkpoint(data)
    assert meta == {"name": "x"} and torch.equal(read["w"], weights["w"])


def test_the_apps_own_files_reopen_whatever_the_length_of_their_name():
    weights = {"w": torch.zeros(3)}
    first_bytes = set()
    for extra in range(0, 400, 3):
        blob = runs.weights_to_bytes(weights, {"name": "run" + "x" * extra})
        first_bytes.add(blob[0])
        assert runs.read_checkpoint(blob)[0]["name"] == "run" + "x" * extra
    assert 0x80 in first_bytes  # the case that used to be taken for a pickle


def test_a_plain_torch_checkpoint_with_its_description_loads():
    meta, weights = _cnn_checkpoint(cnn.CNNConfig())
    buf = io.BytesIO()
    torch.save({"state_dict": weights, "run": meta}, buf)
    ck = lab.read(buf.getvalue(), expect_family="cnn")
    assert ck.config == cnn.CNNConfig() and all(torch.equal(ck.weights[k], v) for k, v in weights.items())


def test_weights_for_another_architecture_are_refused_with_the_tensor_named():
    meta, _ = _cnn_checkpoint(cnn.CNNConfig(arch="lenet", width=6))
    wider = cnn.build(cnn.CNNConfig(arch="lenet", width=8)).state_dict()
    with pytest.raises(runs.CheckpointError) as info:
        lab.read(runs.weights_to_bytes(wider, meta))
    assert info.value.key == "ckpt.shape" and "expected" in str(info.value)
    vgg = cnn.build(cnn.CNNConfig(arch="vgg")).state_dict()
    with pytest.raises(runs.CheckpointError, match="does not match"):
        lab.read(runs.weights_to_bytes(vgg, meta))


def test_a_checkpoint_for_another_family_or_without_a_description_is_refused():
    meta, weights = _cnn_checkpoint(cnn.CNNConfig())
    with pytest.raises(runs.CheckpointError) as info:
        lab.read(runs.weights_to_bytes(weights, meta), expect_family="rnn")
    assert info.value.key == "ckpt.wrong_family"
    with pytest.raises(runs.CheckpointError) as info:
        lab.read(runs.weights_to_bytes(weights))
    assert info.value.key == "ckpt.no_meta"
    bad = {**meta, "config": {**meta["config"], "kernel_of_doom": 3}}
    with pytest.raises(runs.CheckpointError, match="kernel_of_doom"):
        lab.read(runs.weights_to_bytes(weights, bad))
    with pytest.raises(runs.CheckpointError) as info:
        lab.read(runs.weights_to_bytes(weights, {**meta, "family": "mystery"}))
    assert info.value.key == "ckpt.unknown_family"


def test_checkpoint_messages_exist_in_chinese():
    from core.i18n import describe_error

    with pytest.raises(runs.CheckpointError) as info:
        runs.load_weights(b"\0" * (runs.MAX_CHECKPOINT_BYTES + 1))
    assert "上限" in describe_error(info.value, "zh") and "limit" in describe_error(info.value, "en")


def test_settings_survive_json_with_tuples_and_nested_dataclasses():
    from core import playground as pg
    from core.families import faces

    for config in (pg.PlaygroundConfig(), faces.FaceConfig(), cnn.CNNConfig(arch="resnet", width=12)):
        back = lab.config_from_dict(type(config), json.loads(json.dumps(lab.config_to_dict(config))))
        assert back == config and hash(back) == hash(config)


# ---- recording ----
def test_a_pages_job_records_its_run_when_it_ends_and_not_before_a_step(tmp_path, monkeypatch, xor_data):
    from tests.conftest import xor_trainer

    monkeypatch.setenv("DLC_RUNS_DIR", str(tmp_path))
    from core import playground as pg

    config = pg.PlaygroundConfig()
    job = Job(xor_trainer(xor_data, epochs=5), record=lab.record("playground", config, {"dataset": "xor"}, OWNER))
    job.start()
    job.join(30)
    stored = runs.RunStore().list()
    assert [r.id for r in stored] == [job.saved.id]
    meta = stored[0].meta
    assert (meta["family"], meta["page"], meta["source"], meta["owner"], meta["epochs"]) == (
        "playground", "playground", "page", OWNER, 5)
    assert len(meta["history"]) == 5 and "test_loss" in meta["final"]
    never = Job(xor_trainer(xor_data), record=lab.record("playground", config, {}, OWNER))
    never.stop()
    never.start()
    never.join(30)
    assert never.saved is None and len(runs.RunStore().list()) == 1


# ---- the command line ----
def test_cli_run_has_the_page_format_and_reloads_into_the_same_model(tmp_path):
    run = _cli(tmp_path, "cnn", "--epochs", "1", "--set", "width=4", "--name", "tiny")
    meta = run.meta
    assert (meta["family"], meta["page"], meta["source"], meta["epochs"], meta["world_size"]) == ("cnn", "cnn", "cli", 1, 1)
    assert meta["config"]["width"] == 4 and meta["context"]["dataset"] == "offline"
    assert meta["final"]["test_acc"] > 0.5
    ck = lab.read(run.checkpoint(), expect_family="cnn")
    data = images.load("offline")[0]
    restored = lab.restore_trainer(ck, data)
    assert restored.state.history == meta["history"]
    assert restored.evaluate(restored.model.eval())["test_acc"] == pytest.approx(meta["final"]["test_acc"])


def test_cli_bad_arguments_get_a_message_not_a_traceback(tmp_path, capsys):
    assert cli.main(["train", "cnn", "--dataset", "imagenet", "--out", str(tmp_path)]) == 2
    assert "unknown dataset" in capsys.readouterr().err
    assert cli.main(["train", "cnn", "--set", "width=9999", "--out", str(tmp_path)]) == 2
    assert cli.main(["train", "gan2d", "--device", "cuda", "--out", str(tmp_path)]) == 2
    assert "CPU only" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["train", "nonsense"])
    assert runs.RunStore(tmp_path).list() == []


def test_cli_settings_parse_by_type():
    assert lab.parse_setting(cnn.CNNConfig, "width=12") == ("width", 12)
    assert lab.parse_setting(cnn.CNNConfig, "batchnorm=true") == ("batchnorm", True)
    from core.families import faces
    assert lab.parse_setting(faces.FaceConfig, "mine_at=2,5") == ("mine_at", (2, 5))
    with pytest.raises(ValueError, match="NAME=VALUE"):
        lab.parse_setting(cnn.CNNConfig, "nonsense=1")


def test_two_process_ddp_on_cpu_gives_the_same_format_and_the_same_result(tmp_path):
    """With gloo, two processes split every global batch; DDP averages their gradients, so the run
    follows the single-process one (same seed, same batches) up to floating-point summation order."""
    single = _cli(tmp_path / "one", "cnn", "--epochs", "1", "--set", "width=4")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2",
                           "-m", "core", "train", "cnn", "--epochs", "1", "--set", "width=4", "--no-progress",
                           "--out", str(tmp_path / "two")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    stored = runs.RunStore(tmp_path / "two").list()
    assert len(stored) == 1  # only rank 0 saves
    two = stored[0].meta
    assert two["world_size"] == 2 and single.meta["world_size"] == 1
    assert set(two) == set(single.meta) and set(two["final"]) == set(single.meta["final"])
    assert two["steps"] == single.meta["steps"]
    assert two["final"]["test_acc"] == pytest.approx(single.meta["final"]["test_acc"], abs=0.02)
    assert two["final"]["test_loss"] == pytest.approx(single.meta["final"]["test_loss"], rel=0.05)
    lab.read(stored[0].checkpoint(), expect_family="cnn")


# ---- pretrained checkpoints ----
@pytest.mark.parametrize("name", sorted(lab.families()))
def test_each_family_ships_a_small_pretrained_checkpoint_that_fits_its_architecture(name):
    path = lab.pretrained_path(name)
    assert path.is_file(), f"run python -m scripts.pretrained {name}"
    assert path.stat().st_size <= 5 * 2**20
    ck = lab.read(path.read_bytes(), expect_family=name)
    assert ck.meta["source"] == "pretrained" and ck.meta["status"] == "finished" and ck.meta["history"]


def test_the_pretrained_cnn_scores_what_its_file_says_on_the_offline_test_set():
    ck = lab.read(lab.pretrained_path("cnn").read_bytes(), expect_family="cnn")
    trainer = lab.restore_trainer(ck, images.load("offline")[0])
    measured = trainer.evaluate(trainer.model.eval())["test_acc"]
    assert measured >= 0.97 and measured == pytest.approx(ck.meta["final"]["test_acc"], abs=1e-6)


def test_cli_sets_the_playground_networks_own_settings(tmp_path):
    run = _cli(tmp_path, "playground", "--dataset", "xor", "--epochs", "20", "--set", "hidden=8,8", "--set", "noise=0.1")
    net = run.meta["config"]["net"]
    assert (net["hidden"], net["epochs"], run.meta["config"]["noise"], run.meta["config"]["kind"]) == ([8, 8], 20, 0.1, "xor")
    lab.read(run.checkpoint(), expect_family="playground")  # the page's own checks accept it


def test_a_run_that_failed_is_recorded_as_an_error_not_as_finished(tmp_path, monkeypatch, xor_data):
    from core import playground as pg
    from tests.conftest import xor_trainer

    monkeypatch.setenv("DLC_RUNS_DIR", str(tmp_path))
    trainer = xor_trainer(xor_data, epochs=50)

    def explode(tr) -> None:
        if tr.state.step == 30:
            raise RuntimeError("a bug in a family")

    trainer.add_callback("on_step_end", explode)
    job = Job(trainer, record=lab.record("playground", pg.PlaygroundConfig(), {}, OWNER))
    job.start()
    job.join(30)
    assert job.poll().status == "error"
    assert runs.RunStore().list()[0].meta["status"] == "error"


@pytest.mark.parametrize("field, value", [("status", "bogus"), ("created", "abc"), ("created", 1e20),
                                          ("created", 9e9), ("final", [1]), ("page", ["x"]), ("metric", ["x"]),
                                          ("history", [1, 2]), ("name", "x" * 10_000_000), ("epochs", -1)])
def test_a_run_description_that_could_break_the_pages_is_refused_and_never_listed(tmp_path, field, value):
    store = runs.RunStore(tmp_path)
    good = store.save(_meta(), {"w": torch.zeros(1)})
    with pytest.raises(runs.CheckpointError) as info:
        store.save({**_meta(), field: value}, {"w": torch.zeros(1)})
    assert info.value.key == "ckpt.bad_run" and field in str(info.value)
    planted = tmp_path / good.id.replace(good.id[-8:], "0badf00d")  # one already on disk, written by hand
    planted.mkdir()
    (planted / "run.json").write_text(json.dumps({**good.meta, field: value}))
    assert [r.id for r in store.list()] == [good.id]
    with pytest.raises(KeyError):
        store.get(planted.name)
    store.save(_meta(), {"w": torch.zeros(1)})  # saving (and evicting) still works beside it
    assert len(store.list()) == 2


def test_every_family_declares_itself_in_its_module_with_the_same_signatures():
    import importlib
    import inspect

    for module in lab.FAMILY_MODULES:
        fam = importlib.import_module(module).FAMILY
        assert lab.family(fam.name) is fam
        for name in ("load", "make_trainer", "build"):  # (config, dataset) / (config, data) / (config, context)
            params = list(inspect.signature(getattr(fam, name)).parameters.values())
            required = [p for p in params if p.default is inspect.Parameter.empty]
            assert len(params) >= 2 and len(required) <= 2, (fam.name, name, params)
        assert fam.page in {p.key for p in catalog.PAGES} and fam.datasets


def test_a_family_named_by_a_list_or_unknown_is_refused_with_the_message():
    for name in (["cnn"], "nope", 3):
        with pytest.raises(runs.CheckpointError):
            lab.family(name)


def test_who_sees_which_run_the_owners_shared_the_operators_and_the_class_folders(tmp_path):
    alice, bob = runs.owner_id("v", "alice's secret"), runs.owner_id("u", "bob@example.org")
    store, classroom = runs.RunStore(tmp_path / "runs"), runs.RunStore(tmp_path / "class")
    private = store.save(_meta("private", owner=alice, created=1.0), {"w": torch.zeros(1)})
    shared = store.save(_meta("shared", owner=alice, shared=True, created=2.0), {"w": torch.zeros(1)})
    cli_run = store.save(_meta("cli", created=3.0), {"w": torch.zeros(1)})
    reference = classroom.save(_meta("reference", created=4.0), {"w": torch.zeros(1)})
    read_only = runs.RunStore(tmp_path / "class", read_only=True)
    as_bob = [(r.id, who) for r, who in runs.visible(bob, store, read_only)]
    assert as_bob == [(reference.id, "class"), (cli_run.id, "operator"), (shared.id, "shared")]
    as_alice = [(r.id, who) for r, who in runs.visible(alice, store, read_only)]
    assert as_alice[2:] == [(shared.id, "you"), (private.id, "you")]
    for run_id, store_ in ((shared.id, store), (cli_run.id, store), (reference.id, read_only)):
        with pytest.raises(runs.CheckpointError, match="Only the visitor|read-only"):
            store_.delete(run_id, bob)
        with pytest.raises(runs.CheckpointError):
            store_.update(run_id, bob, name="mine now")
    with pytest.raises(runs.CheckpointError):
        read_only.save(_meta("sneaked in"), {"w": torch.zeros(1)})
    assert store.update(private.id, alice, name="renamed", shared=True).meta["name"] == "renamed"
    assert private.id in [r.id for r, _ in runs.visible(bob, store, read_only)]
    store.delete(cli_run.id, runs.OPERATOR)
    assert cli_run.id not in [r.id for r in store.list()]
    assert runs.owner_id("v", "alice's secret") == alice != runs.owner_id("u", "alice's secret")
    assert "alice" not in alice  # a run.json carries a hash, never the secret


# ---- what a hostile visitor or a damaged disk can put in the store ----
def _weights():
    return {"w": torch.zeros(4)}


@pytest.mark.parametrize("field, value", [
    ("history", [{"test_loss": 0.5}]),  # no epoch: the Experiments page plots rows against their epoch
    ("created", float("nan")), ("seconds", float("nan")), ("created", float("inf")),
    ("name", "abc\n"), ("name", "a\u2028b"), ("name", "evil\u202etxt.exe"), ("family", "cnn\n"),
    ("owner", f"v-{'a' * 32}\n"), ("metric", "loss\n"), ("history", [{"epoch": 1.0, "loss\n": 1.0}]),
])
def test_values_a_regex_or_a_range_would_let_through_are_refused(tmp_path, field, value):
    store = runs.RunStore(tmp_path)
    with pytest.raises(runs.CheckpointError) as info:
        store.save({**_meta(), field: value}, _weights())
    assert info.value.key == "ckpt.bad_run" and field in str(info.value)
    assert "“" in i18n_zh(info.value)


def i18n_zh(exc) -> str:
    from core.i18n import describe_error

    return describe_error(exc, "zh")


def test_whatever_save_accepts_a_listing_lists_and_unknown_keys_are_dropped(tmp_path):
    store = runs.RunStore(tmp_path)
    padded = store.save({**_meta(), "zzz": [0] * 640_000}, _weights())  # 1.9 MB of a key nobody reads
    assert "zzz" not in padded.meta and [r.id for r in store.list()] == [padded.id]
    rows = [{"epoch": float(i), **{f"metric_{k}": 0.123456789 for k in range(4)}} for i in range(20_000)]
    assert len(json.dumps(rows)) > runs.MAX_META_BYTES  # fits the schema's 20,000 rows, not the file size
    with pytest.raises(runs.CheckpointError) as info:  # fits the schema, but written it would exceed 2 MB
        store.save({**_meta(), "history": rows}, _weights())
    assert info.value.key == "ckpt.meta_too_big"
    store.save({**_meta(), "history": rows[:5_000]}, _weights())
    assert len(store.list()) == 2 and store.leftovers() == (0, 0)  # nothing was quarantined


def test_a_listing_checks_each_run_json_once_until_it_changes(tmp_path, monkeypatch):
    store = runs.RunStore(tmp_path)
    run = store.save(_meta(history=[{"epoch": float(i), "loss": 1.0} for i in range(2_000)]), _weights())
    checks = []
    real = runs.meta_problem
    monkeypatch.setattr(runs, "meta_problem", lambda meta: checks.append(1) or real(meta))
    for _ in range(3):  # every page render lists the store; a run.json is checked the first time only
        store.list()
    assert len(checks) == 1
    store.update(run.id, runs.OPERATOR, name="renamed")
    assert store.list()[0].meta["name"] == "renamed" and len(checks) == 3  # the new file: checked to write, to read


def test_a_store_locked_by_someone_else_slows_nobody_for_long(tmp_path, monkeypatch):
    from filelock import FileLock

    store = runs.RunStore(tmp_path)
    run = store.save(_meta(), _weights())
    monkeypatch.setattr(runs, "READ_WAIT", 0.2)
    monkeypatch.setattr(runs, "WRITE_WAIT", 0.2)
    with FileLock(tmp_path / ".lock"):  # another process holds the lock (a slow save, a hung one)
        held = threading.Thread(target=lambda: None)
        held.start()
        result = []
        reader = threading.Thread(target=lambda: result.append(store.list()))
        reader.start()
        reader.join(5)
        assert [r.id for r in result[0]] == [run.id]  # listed without the lock
        writer_errors = []

        def write():
            try:
                store.save(_meta(), _weights())
            except runs.CheckpointError as exc:
                writer_errors.append(exc.key)

        writer = threading.Thread(target=write)
        writer.start()
        writer.join(5)
        assert writer_errors == ["runs.busy"]
    assert store.leftovers() == (0, 0)  # the refused save left no half-written folder


def _planted(store, good, tag: str):
    folder = store.root / good.id.replace(good.id[-8:], tag)
    folder.mkdir()
    return folder


def test_damaged_run_folders_are_quarantined_never_followed_and_never_block(tmp_path):
    import os

    store = runs.RunStore(tmp_path / "runs")
    good = store.save(_meta(), _weights())
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "keep.txt").write_text("not the store's")
    no_json = _planted(store, good, "00000001")
    (no_json / "weights.safetensors").write_bytes(good.path.joinpath("weights.safetensors").read_bytes())
    no_weights = _planted(store, good, "00000002")
    (no_weights / "run.json").write_text(good.path.joinpath("run.json").read_text())
    weights_dir = _planted(store, good, "00000003")
    (weights_dir / "run.json").write_text(good.path.joinpath("run.json").read_text())
    (weights_dir / "weights.safetensors").mkdir()
    fifo = _planted(store, good, "00000004")
    os.mkfifo(fifo / "run.json")  # reading it would block for ever
    (fifo / "weights.safetensors").write_bytes(b"x")
    linked = _planted(store, good, "00000005")
    (linked / "run.json").symlink_to("/etc/passwd")
    (linked / "weights.safetensors").write_bytes(b"x")
    os.symlink(tmp_path / "outside", store.root / good.id.replace(good.id[-8:], "00000006"))
    os.symlink(tmp_path / "outside", store.root / ".trash-0123")  # a "deletion under way" that is a link
    (store.root / f"{good.id}\n").mkdir()  # an id with a trailing line break
    nan_run = _planted(store, good, "00000007")
    (nan_run / "run.json").write_text(json.dumps({**good.meta, "created": float("nan")}))
    (nan_run / "weights.safetensors").write_bytes(b"x")
    os.utime(no_json, (0, 0))  # made long ago: its day in quarantine still starts when it is moved there

    assert [r.id for r in store.list()] == [good.id]
    assert sorted(p.name[:-7] for p in (store.root / ".quarantine").iterdir()) == sorted(
        good.id.replace(good.id[-8:], tag) for tag in ("00000001", "00000002", "00000003", "00000004",
                                                        "00000005", "00000006", "00000007"))
    count, size = store.leftovers()  # the quarantined folders and the linked trash, counted, links not followed
    assert count == 8 and size < 20_000
    store.save(_meta("next"), _weights())  # cleans the trash: the link goes, what it points to stays
    assert not os.path.lexists(store.root / ".trash-0123") and (tmp_path / "outside" / "keep.txt").is_file()
    assert len(store.list()) == 2 and len(list((store.root / ".quarantine").iterdir())) == 7


def test_a_read_only_folder_is_never_changed_and_messages_say_whose_space_is_full(tmp_path):
    from core.i18n import describe_error

    store = runs.RunStore(tmp_path, max_runs=1)
    store.save(_meta("one", created=1.0), _weights())
    read_only = runs.RunStore(tmp_path, max_runs=1, read_only=True)
    (tmp_path / "20200101-000000-extra-0000beef").mkdir()
    for change in (read_only.evict, lambda: read_only.save(_meta(), _weights())):
        with pytest.raises(runs.CheckpointError) as info:
            change()
        assert info.value.key == "runs.read_only"
    small = runs.RunStore(tmp_path / "small", per_owner_bytes=2**19)
    with pytest.raises(runs.CheckpointError) as info:
        small.save(_meta(owner=OWNER), {"w": torch.zeros(160_000)})  # 0.6 MB
    assert info.value.key == "runs.quota_cap" and "0.6 MB" in str(info.value) and "0.5 MB" in str(info.value)
    assert "访问者" in describe_error(info.value, "zh")


def test_text_from_a_file_in_an_error_message_is_shown_as_text():
    from core.i18n import describe_error

    with pytest.raises(runs.CheckpointError) as info:
        lab.family("![x](http://e.co/a.png)")
    for lang in ("en", "zh"):
        shown = describe_error(info.value, lang)
        assert "![x](" not in shown and "\\!\\[x\\]" in shown
