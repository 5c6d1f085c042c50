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


def test_weights_round_trip_through_a_stored_run(tmp_path):
    model = mlp.build(mlp.MLPConfig(hidden=(4,)))
    meta = {"family": "playground", "name": "xor", "history": [{"epoch": 1.0, "train_loss": 0.5}]}
    run = runs.RunStore(tmp_path).save(meta, model.state_dict())
    stored = runs.RunStore(tmp_path).get(run.id)
    assert stored.history == meta["history"] and stored.meta["family"] == "playground"
    fresh = mlp.build(mlp.MLPConfig(hidden=(4,)))
    runs.check_compatible(fresh, stored.weights())
    fresh.load_state_dict(stored.weights())
    x = torch.randn(5, 2)
    assert torch.equal(fresh(x), model(x))
    described, weights = runs.read_checkpoint(stored.checkpoint())  # the downloaded file describes itself
    assert described["id"] == run.id and set(weights) == set(model.state_dict())


def test_a_pickled_callable_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "pwned"
    buf = io.BytesIO()
    torch.save({"weight": torch.zeros(2), "payload": _Exploit(marker)}, buf)
    with pytest.raises(runs.CheckpointError, match="Refused") as info:
        runs.load_weights(buf.getvalue())
    assert "system" in str(info.value) and "weights_only` set to `False" not in str(info.value)
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
