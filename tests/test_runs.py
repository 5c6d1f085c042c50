"""Runs on disk: round trip, and refusing checkpoints that would run code."""
import io
import os
from pathlib import Path

import pytest
import torch

from core import runs
from core.families import mlp


class _Exploit:
    """Unpickling this calls os.system — what a malicious checkpoint would do."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_save_and_load_round_trip(tmp_path):
    model = mlp.build(mlp.MLPConfig(hidden=(4,)))
    config = {"family": "mlp", "hidden": [4], "lr": 0.03}
    metrics = [{"epoch": 1.0, "train_loss": 0.5}, {"epoch": 2.0, "train_loss": 0.25}]
    folder = runs.save_run(config, metrics, model.state_dict(), name="xor", root=tmp_path)
    run = runs.load_run(folder)
    assert run.config == config and run.metrics == metrics
    fresh = mlp.build(mlp.MLPConfig(hidden=(4,)))
    runs.check_compatible(fresh, run.weights)
    fresh.load_state_dict(run.weights)
    x = torch.randn(5, 2)
    assert torch.equal(fresh(x), model(x))


def test_two_saves_with_the_same_name_never_overwrite(tmp_path):
    weights = {"w": torch.zeros(2)}
    a = runs.save_run({}, [], weights, name="same", root=tmp_path)
    b = runs.save_run({}, [], weights, name="same", root=tmp_path)
    assert a != b and a.is_dir() and b.is_dir()


def test_run_names_cannot_escape_the_runs_folder(tmp_path):
    folder = runs.save_run({}, [], {"w": torch.zeros(1)}, name="../../etc/passwd", root=tmp_path)
    assert folder.parent == tmp_path
    assert "/" not in runs.safe_name("../../x") and ".." not in runs.safe_name("../../x")


def test_a_pickled_callable_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "pwned"
    buf = io.BytesIO()
    torch.save({"weight": torch.zeros(2), "payload": _Exploit(marker)}, buf)
    with pytest.raises(runs.CheckpointError, match="refused"):
        runs.load_weights(buf.getvalue())
    assert not marker.exists()


def test_a_plain_torch_state_dict_loads(tmp_path):
    model = mlp.build(mlp.MLPConfig(hidden=(3,)))
    buf = io.BytesIO()
    torch.save(model.state_dict(), buf)
    weights = runs.load_weights(buf.getvalue())
    assert all(torch.equal(weights[k], v) for k, v in model.state_dict().items())


def test_garbage_oversized_and_mismatched_files_get_clear_messages():
    with pytest.raises(runs.CheckpointError, match="not a safetensors"):
        runs.load_weights(b"definitely not a checkpoint")
    with pytest.raises(runs.CheckpointError, match="limit"):
        runs.load_weights(b"\0" * (runs.MAX_CHECKPOINT_BYTES + 1))
    small = mlp.build(mlp.MLPConfig(hidden=(3,)))
    big = mlp.build(mlp.MLPConfig(hidden=(5,)))
    with pytest.raises(runs.CheckpointError, match="shape"):
        runs.check_compatible(big, small.state_dict())
