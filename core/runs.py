"""Runs on disk and checkpoints, without unpickling code.

A run is a folder `<runs>/<id>/` holding `run.json` (family, page, settings, metrics per epoch, …)
and `weights.safetensors`, whose metadata carries the same `run.json`, so a downloaded weights file
is a self-describing checkpoint. Uploaded `.pt`/`.pth` files are read with
`torch.load(weights_only=True)`, which refuses any pickled object that is not a tensor or a plain
container, so a malicious file cannot run code.

The store stays bounded: after each save the oldest runs are evicted until both the count and the
size caps hold (`DLC_RUNS_MAX`, `DLC_RUNS_MAX_MB`; folder `DLC_RUNS_DIR`). A run is written into a
hidden temporary folder and renamed into place, so other sessions never see half a run, and its id
carries a random part, so two sessions saving at once never collide.
"""
from __future__ import annotations

import io
import json
import os
import pickle
import re
import shutil
import struct
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from safetensors import SafetensorError
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from core.i18n import SettingError, plain

MAX_CHECKPOINT_BYTES = 50 * 1024 * 1024
MAX_META_BYTES = 2 * 2**20  # a run.json: settings, data description (a vocabulary), history; ours are < 200 kB
MAX_META_DEPTH = 12  # nesting of a run.json; ours is 4 deep (history → row → value)
FORMAT = 1
META_KEY = "dlc_run"
_ID = re.compile(r"^\d{8}-\d{6}-[A-Za-z0-9._-]{1,60}-[0-9a-f]{8}$")
STATUSES = ("finished", "stopped", "diverged", "error", "running", "paused")
_COUNT = {"type": "integer", "minimum": 0, "maximum": 10**12}
_TEXT = {"type": "string", "maxLength": 200}
# What the pages read from a run.json, with the types and ranges they can show; a file that breaks it is
# refused on upload and skipped when listing, so one bad folder never takes a page down for everyone.
RUN_SCHEMA = {
    "type": "object",
    "required": ["family"],
    "properties": {
        "name": _TEXT, "family": {"type": "string", "maxLength": 40}, "page": {"type": "string", "maxLength": 40},
        "source": _TEXT, "session": _TEXT, "device": _TEXT, "status": {"enum": list(STATUSES)},
        "stop_reason": {"type": ["string", "null"], "maxLength": 200},
        "metric": {"type": ["string", "null"], "maxLength": 40},
        "seconds": {"type": "number", "minimum": 0, "maximum": 10**9},
        "epochs": _COUNT, "steps": _COUNT, "samples": _COUNT,
        "world_size": {"type": "integer", "minimum": 1, "maximum": 10**6},
        "config": {"type": "object"}, "context": {"type": "object"},
        "history": {"type": "array", "items": {"type": "object"}},
        "final": {"type": "object"},
        "created": {"type": "number", "minimum": 0},
    },
}


def meta_problem(meta: object) -> str | None:
    """Why a run.json cannot be stored or shown (the first schema violation, or a creation time in the
    future), or None when it fits `RUN_SCHEMA`."""
    import jsonschema

    try:
        jsonschema.validate(meta, RUN_SCHEMA)
    except jsonschema.ValidationError as err:
        return f"{'/'.join(map(str, err.absolute_path)) or 'run.json'}: {err.message[:120]}"
    if isinstance(meta, dict) and meta.get("created", 0) > time.time() + 86_400:
        return "created: in the future"
    return None


class CheckpointError(SettingError):
    """A checkpoint we refuse to load; carries a translation key, so the page says why in the user's language."""


def safe_name(name: str) -> str:
    """Letters, digits, dot, dash and underscore only; never a path."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", str(name)).strip(".-_")
    return cleaned[:60] or "run"


# ---- weights ----
def weights_to_bytes(weights: dict[str, torch.Tensor], meta: dict | None = None) -> bytes:
    """safetensors bytes; `meta` (a run.json) goes into the file's metadata."""
    metadata = {META_KEY: json.dumps(meta, default=str)} if meta is not None else None
    return st_save({k: v.detach().cpu().contiguous() for k, v in weights.items()}, metadata=metadata)


def load_weights(data: bytes) -> dict[str, torch.Tensor]:
    """Read safetensors, or a torch checkpoint restricted to tensors; raise CheckpointError otherwise."""
    return read_checkpoint(data)[1]


def read_checkpoint(data: bytes) -> tuple[dict | None, dict[str, torch.Tensor]]:
    """(run.json if the file carries one, weights) from safetensors or a weights-only torch file."""
    if len(data) > MAX_CHECKPOINT_BYTES:
        raise CheckpointError("ckpt.too_big", size=f"{len(data) / 2**20:.1f}",
                              limit=f"{MAX_CHECKPOINT_BYTES / 2**20:.0f}")
    if not is_safetensors(data) and (data[:2] == b"PK" or data[:1] == b"\x80"):  # torch.save's zip, a pickle
        return _load_torch(data)
    try:
        weights = st_load(data)
    except (SafetensorError, ValueError, RuntimeError) as exc:
        raise CheckpointError("ckpt.unreadable", detail=str(exc)[:200]) from None
    return _safetensors_meta(data), weights


def is_safetensors(data: bytes) -> bool:
    """Whether `data` starts as a safetensors file does: an 8-byte little-endian header length N that fits
    in the file, then a JSON object (the header) of N bytes. Recognised by structure, not by a first byte:
    a safetensors header length whose low byte is 0x80 starts with the same byte as a pickle stream."""
    if len(data) < 10:
        return False
    (size,) = struct.unpack("<Q", data[:8])
    return 2 <= size <= len(data) - 8 and data[8:9] == b"{"


def _safetensors_meta(data: bytes) -> dict | None:
    (size,) = struct.unpack("<Q", data[:8])
    if size > 4 * MAX_META_BYTES:  # the header names our few hundred tensors (a few kB) and holds the run.json
        raise CheckpointError("ckpt.meta_too_big", size=f"{size / 2**20:.1f}", limit=f"{MAX_META_BYTES / 2**20:.0f}")
    header = json.loads(data[8:8 + size])  # safetensors has already parsed and checked this header
    raw = (header.get("__metadata__") or {}).get(META_KEY)
    return parse_meta(raw) if raw else None


def parse_meta(raw: str | bytes) -> dict | None:
    """A run.json's text → dict (None when it is not an object), refusing text over MAX_META_BYTES or nested
    deeper than MAX_META_DEPTH before it is decoded (json's recursive decoder would raise RecursionError)."""
    if len(raw) > MAX_META_BYTES:
        raise CheckpointError("ckpt.meta_too_big", size=f"{len(raw) / 2**20:.1f}", limit=f"{MAX_META_BYTES / 2**20:.0f}")
    if _nesting(raw if isinstance(raw, str) else raw.decode("utf-8", "replace")) > MAX_META_DEPTH:
        raise CheckpointError("ckpt.bad_meta")
    try:
        meta = json.loads(raw)
    except (ValueError, RecursionError):
        raise CheckpointError("ckpt.bad_meta") from None
    return meta if isinstance(meta, dict) else None


def _nesting(text: str) -> int:
    """The deepest nesting of brackets outside JSON strings (an upper bound on the decoded depth)."""
    # drop escaped backslashes and quotes, then the strings (which may hold brackets); no backtracking
    bare = re.sub(r'"[^"]*"', "", text.replace("\\\\", "").replace('\\"', "")).encode("utf-8")
    codes = np.frombuffer(bare, np.uint8)
    steps = np.isin(codes, (ord("["), ord("{"))).astype(np.int32) - np.isin(codes, (ord("]"), ord("}")))
    return int(np.cumsum(steps).max(initial=0))


def _load_torch(data: bytes) -> tuple[dict | None, dict[str, torch.Tensor]]:
    try:
        obj = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception as exc:  # weights_only raises UnpicklingError for any disallowed global
        if not isinstance(exc, pickle.UnpicklingError):  # a broken archive, a storage larger than its record, …
            raise CheckpointError("ckpt.unreadable", detail=type(exc).__name__) from None
        # torch's own message suggests weights_only=False, exactly what must not be done; name the culprit only
        culprit = re.search(r"GLOBAL ([\w.]+)", str(exc))
        raise CheckpointError("ckpt.refused", detail=culprit.group(1) if culprit else type(exc).__name__) from None
    meta = None
    if isinstance(obj, dict) and "state_dict" in obj and isinstance(obj["state_dict"], dict):
        meta = obj.get("run") if isinstance(obj.get("run"), dict) else None
        obj = obj["state_dict"]
    if not isinstance(obj, dict) or not obj:
        raise CheckpointError("ckpt.not_state_dict")
    for name, value in obj.items():
        if not isinstance(name, str) or not isinstance(value, torch.Tensor):
            raise CheckpointError("ckpt.not_state_dict")
        if value.layout != torch.strided or value.device.type != "cpu" or value.is_quantized:
            # sparse, meta-device or quantized tensors: no model here stores them, and copying a sparse
            # tensor's declared size into a dense parameter would allocate it in full
            raise CheckpointError("ckpt.tensor_kind", name=name[:60], kind=f"{value.layout}, {value.device.type}")
    if meta is not None:  # held to the same limits as a safetensors file's run.json
        try:
            meta = parse_meta(json.dumps(meta, default=str))
        except (ValueError, RecursionError):
            raise CheckpointError("ckpt.bad_meta") from None
    return meta, dict(obj)


def check_finite(weights: dict[str, torch.Tensor]) -> None:
    """Raise CheckpointError naming the first floating-point tensor holding NaN or ±inf."""
    for name, tensor in weights.items():
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise CheckpointError("ckpt.not_finite", name=name[:60])


def check_compatible(model: torch.nn.Module, weights: dict[str, torch.Tensor]) -> None:
    """Raise CheckpointError naming the first missing, extra or mis-shaped tensor, or one holding NaN/±inf
    (a diverged run's weights would load silently and then break sampling or least squares downstream)."""
    expected = model.state_dict()
    missing = sorted(set(expected) - set(weights))
    extra = sorted(set(weights) - set(expected))
    if missing or extra:
        raise CheckpointError("ckpt.names", missing=", ".join(missing[:3]) or "–",
                              extra=", ".join(extra[:3]) or "–")
    for name, tensor in expected.items():
        if weights[name].shape != tensor.shape:
            raise CheckpointError("ckpt.shape", name=name, got=tuple(weights[name].shape),
                                  expected=tuple(tensor.shape))
    check_finite(weights)


# ---- the store ----
@dataclass(frozen=True)
class Run:
    """One stored run: its folder and its run.json (weights are read on demand)."""

    path: Path
    meta: dict

    @property
    def id(self) -> str:
        return self.path.name

    @property
    def history(self) -> list[dict]:
        return self.meta.get("history", [])

    def weights(self) -> dict[str, torch.Tensor]:
        return load_weights((self.path / "weights.safetensors").read_bytes())

    def checkpoint(self) -> bytes:
        return (self.path / "weights.safetensors").read_bytes()

    @property
    def size(self) -> int:
        return sum(f.stat().st_size for f in self.path.iterdir() if f.is_file())


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


class RunStore:
    """A folder of runs with count and size caps; the oldest runs are evicted first."""

    def __init__(self, root: Path | str | None = None, max_runs: int | None = None,
                 max_bytes: int | None = None) -> None:
        self.root = Path(root or os.environ.get("DLC_RUNS_DIR") or "runs")
        self.max_runs = max_runs or _env_int("DLC_RUNS_MAX", 100)
        self.max_bytes = max_bytes or _env_int("DLC_RUNS_MAX_MB", 300) * 2**20

    def save(self, meta: dict, weights: dict[str, torch.Tensor]) -> Run:
        """Write a new run (never overwriting one), then evict the oldest runs beyond the caps."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        run_id = f"{stamp}-{safe_name(meta.get('name') or meta.get('family', 'run'))}-{uuid.uuid4().hex[:8]}"
        meta = {**meta, "format": FORMAT, "id": run_id, "created": meta.get("created") or time.time()}
        if problem := meta_problem(meta):
            raise CheckpointError("ckpt.bad_run", detail=plain(problem))
        blob = weights_to_bytes(weights, meta)
        if len(blob) > self.max_bytes:
            raise CheckpointError("ckpt.store_cap", size=f"{len(blob) / 2**20:.1f}",
                                  cap=f"{self.max_bytes / 2**20:.0f}")
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".tmp-{uuid.uuid4().hex}"
        tmp.mkdir()
        (tmp / "weights.safetensors").write_bytes(blob)
        (tmp / "run.json").write_text(json.dumps(meta, indent=1, default=str), encoding="utf-8")
        final = self.root / run_id
        os.rename(tmp, final)  # atomic on one file system; fails rather than replacing an existing run
        self.evict(keep=run_id)
        return Run(final, meta)

    def list(self) -> list[Run]:
        """Every complete run, newest first; unreadable folders are skipped."""
        if not self.root.is_dir():
            return []
        found = []
        for folder in self.root.iterdir():
            if not _ID.match(folder.name):
                continue
            try:
                meta = json.loads((folder / "run.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if meta_problem(meta) is None:  # a malformed run.json is skipped, not shown
                found.append(Run(folder, meta))
        return sorted(found, key=lambda r: (r.meta.get("created", 0), r.id), reverse=True)

    def get(self, run_id: str) -> Run:
        folder = self._folder(run_id)
        try:
            meta = json.loads((folder / "run.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise KeyError(run_id) from None
        if meta_problem(meta) is not None:
            raise KeyError(run_id)
        return Run(folder, meta)

    def delete(self, run_id: str) -> None:
        shutil.rmtree(self._folder(run_id), ignore_errors=True)

    def evict(self, keep: str | None = None) -> list[str]:
        """Remove the oldest runs until both caps hold; returns the ids removed."""
        runs = self.list()
        sizes = {r.id: r.size for r in runs}
        total, removed = sum(sizes.values()), []
        for run in reversed(runs):  # oldest first
            if len(runs) - len(removed) <= self.max_runs and total <= self.max_bytes:
                break
            if run.id == keep:
                continue
            shutil.rmtree(run.path, ignore_errors=True)  # another session may have removed it already
            total -= sizes[run.id]
            removed.append(run.id)
        return removed

    def _folder(self, run_id: str) -> Path:
        if not _ID.match(run_id or ""):
            raise KeyError(run_id)  # never a path: no slashes, no "..", nothing outside the store
        return self.root / run_id
