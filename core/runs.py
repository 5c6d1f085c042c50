"""Save and load runs (config JSON + metrics JSON + safetensors weights) without unpickling code.

Uploaded `.pt`/`.pth` checkpoints are read with `torch.load(weights_only=True)`, which refuses any
pickled object that is not a tensor or plain container, so a malicious file cannot run code.
"""
from __future__ import annotations

import io
import json
import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

MAX_CHECKPOINT_BYTES = 50 * 1024 * 1024
DEFAULT_ROOT = Path("runs")


class CheckpointError(ValueError):
    """A checkpoint we refuse to load; the message is meant for the user."""


@dataclass(frozen=True)
class Run:
    path: Path
    config: dict
    metrics: list[dict]
    weights: dict[str, torch.Tensor]


def safe_name(name: str) -> str:
    """Letters, digits, dot, dash and underscore only; never a path."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-_")
    return cleaned[:60] or "run"


def save_run(config: dict, metrics: list[dict], weights: dict[str, torch.Tensor],
             name: str = "run", root: Path = DEFAULT_ROOT) -> Path:
    """Write a new run folder; the unique suffix keeps concurrent sessions from colliding."""
    folder = Path(root) / f"{time.strftime('%Y%m%d-%H%M%S')}-{safe_name(name)}-{uuid.uuid4().hex[:8]}"
    folder.mkdir(parents=True, exist_ok=False)
    (folder / "config.json").write_text(json.dumps(config, indent=2, default=str), encoding="utf-8")
    (folder / "metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
    (folder / "weights.safetensors").write_bytes(weights_to_bytes(weights))
    return folder


def load_run(folder: Path) -> Run:
    folder = Path(folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    metrics = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))
    weights = load_weights((folder / "weights.safetensors").read_bytes())
    return Run(folder, config, metrics, weights)


def weights_to_bytes(weights: dict[str, torch.Tensor]) -> bytes:
    return st_save({k: v.detach().cpu().contiguous() for k, v in weights.items()})


def load_weights(data: bytes) -> dict[str, torch.Tensor]:
    """Read safetensors, or a torch checkpoint restricted to tensors; raise CheckpointError otherwise."""
    if len(data) > MAX_CHECKPOINT_BYTES:
        raise CheckpointError(f"checkpoint is {len(data) / 2**20:.1f} MB; the limit is "
                              f"{MAX_CHECKPOINT_BYTES / 2**20:.0f} MB")
    if data[:2] == b"PK" or data[:1] == b"\x80":  # zip (torch.save) or a raw pickle stream
        return _load_torch(data)
    try:
        return st_load(data)
    except (SafetensorError, ValueError, RuntimeError) as exc:
        raise CheckpointError(f"not a safetensors or PyTorch checkpoint ({exc})") from None


def _load_torch(data: bytes) -> dict[str, torch.Tensor]:
    try:
        obj = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception as exc:  # weights_only raises UnpicklingError for any disallowed global
        raise CheckpointError("refused: the checkpoint contains Python objects other than tensors "
                              f"(it could run code when loaded). Details: {str(exc)[:200]}") from None
    if isinstance(obj, dict) and "state_dict" in obj and isinstance(obj["state_dict"], dict):
        obj = obj["state_dict"]
    if not isinstance(obj, dict) or not all(isinstance(v, torch.Tensor) for v in obj.values()):
        raise CheckpointError("the checkpoint is not a dictionary of tensors (a state_dict)")
    return dict(obj)


def check_compatible(model: torch.nn.Module, weights: dict[str, torch.Tensor]) -> None:
    """Raise CheckpointError naming the first missing, extra or mis-shaped tensor."""
    expected = model.state_dict()
    missing = sorted(set(expected) - set(weights))
    extra = sorted(set(weights) - set(expected))
    if missing or extra:
        raise CheckpointError(f"checkpoint does not match this model: missing {missing[:3]}, "
                              f"unexpected {extra[:3]}")
    for name, tensor in expected.items():
        if weights[name].shape != tensor.shape:
            raise CheckpointError(f"checkpoint does not match this model: {name} has shape "
                                  f"{tuple(weights[name].shape)}, expected {tuple(tensor.shape)}")
