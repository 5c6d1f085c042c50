"""Runs on disk and checkpoints, without unpickling code.

A run is a folder `<runs>/<id>/` holding `run.json` (family, page, settings, metrics per epoch, …)
and `weights.safetensors`, whose metadata carries the same `run.json`, so a downloaded weights file
is a self-describing checkpoint. Uploaded `.pt`/`.pth` files are read with
`torch.load(weights_only=True)`, which refuses any pickled object that is not a tensor or a plain
container, so a malicious file cannot run code.

Every run has an owner (a visitor, `owner_id`) or none (the operator's: a command-line run); only its
owner may change it, and others see it only when it is shared (`Run.visible_to`, `visible`). The store
stays bounded per visitor and in all, and is safe for many sessions and processes at once: see
`RunStore`. A run's id carries a random part, so two sessions saving at once never collide.
"""
from __future__ import annotations

import collections
import contextlib
import hashlib
import io
import json
import logging
import math
import os
import pickle
import re
import shutil
import stat
import struct
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from safetensors import SafetensorError
from safetensors.torch import load as st_load
from safetensors.torch import save as st_save

from core.i18n import SettingError

log = logging.getLogger(__name__)

MAX_CHECKPOINT_BYTES = 50 * 1024 * 1024
MAX_META_BYTES = 2 * 2**20  # a run.json: settings, data description (a vocabulary), history; ours are < 200 kB
MAX_META_DEPTH = 12  # nesting of a run.json; ours is 4 deep (history → row → value)
FORMAT = 1
META_KEY = "dlc_run"
_ID = re.compile(r"\d{8}-\d{6}-[A-Za-z0-9._-]{1,60}-[0-9a-f]{8}")  # used with fullmatch: nothing before or after
STATUSES = ("finished", "stopped", "diverged", "error", "running", "paused")
SOURCES = ("page", "cli", "upload", "pretrained")
_COUNT = {"type": "integer", "minimum": 0, "maximum": 10**12}
# one line of text: no control characters (C0, DEL, C1), line or paragraph separators, or bidirectional
# overrides that would make a name read as another; `\Z`, not `$`, which also matches before a final "\n"
_LINE = "^[^\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*\\Z"
_TEXT = {"type": "string", "maxLength": 200, "pattern": _LINE}
_KEY = {"type": "string", "pattern": "^[a-z0-9_]{1,40}\\Z"}  # a family's or a page's name
_METRICS = {"type": "object", "maxProperties": 64, "propertyNames": {"pattern": "^[A-Za-z0-9_.-]{1,40}\\Z"},
            "additionalProperties": {"type": "number"}}  # one epoch's measures: {"train_loss": 0.1, …}
_ROW = {**_METRICS, "required": ["epoch"]}  # a history row: the Experiments page plots it against its epoch
# What the pages read from a run.json, with the types and ranges they can show; a file that breaks it is
# refused on upload and quarantined when listing, so one bad folder never takes a page down for everyone.
# Names and metric names are one line of plain text: the pages show them as text, never as Markdown.
RUN_SCHEMA = {
    "type": "object",
    "required": ["family"],
    "properties": {
        "name": _TEXT, "family": _KEY, "page": _KEY, "source": {"enum": list(SOURCES)},
        "session": _TEXT, "device": _TEXT, "status": {"enum": list(STATUSES)},
        "owner": {"type": "string", "pattern": "^[uv]-[0-9a-f]{32}\\Z"}, "shared": {"type": "boolean"},
        "stop_reason": {"type": ["string", "null"], "maxLength": 200, "pattern": _LINE},
        "metric": {"type": ["string", "null"], "pattern": "^[A-Za-z0-9_.-]{0,40}\\Z"},
        "seconds": {"type": "number", "minimum": 0, "maximum": 10**9},
        "epochs": _COUNT, "steps": _COUNT, "samples": _COUNT,
        "world_size": {"type": "integer", "minimum": 1, "maximum": 10**6},
        "config": {"type": "object"}, "context": {"type": "object"},
        "history": {"type": "array", "maxItems": 20_000, "items": _ROW},
        "final": _METRICS,
        "created": {"type": "number", "minimum": 0},
        "format": {"type": "integer"}, "id": {"type": "string", "maxLength": 100},
    },
}


def meta_problem(meta: object) -> str | None:
    """Why a run.json cannot be stored or shown, as "field: reason" (the first schema violation, a time that
    is not a finite number, a creation time in the future), or None when it fits `RUN_SCHEMA`."""
    import jsonschema

    try:
        jsonschema.validate(meta, RUN_SCHEMA)
    except jsonschema.ValidationError as err:
        return f"{'/'.join(map(str, err.absolute_path)) or 'run.json'}: {err.message[:120]}"
    for field in ("created", "seconds"):  # NaN passes every minimum and maximum; a page would sort or print it
        if field in meta and not math.isfinite(meta[field]):
            return f"{field}: not a finite number"
    if meta.get("created", 0) > time.time() + 86_400:
        return "created: in the future"
    return None


def _refuse(problem: str) -> CheckpointError:
    """The error for a run.json that breaks the schema: it names the field (the reason stays in English logs)."""
    log.info("refused a run.json: %s", problem)
    return CheckpointError("ckpt.bad_run", detail=problem.split(":")[0])


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
    # clone: a FlatOptimizer's parameters are views of one buffer, which safetensors refuses to save
    tensors = {k: v.detach().cpu().clone(memory_format=torch.contiguous_format) for k, v in weights.items()}
    return st_save(tensors, metadata=metadata)


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
OPERATOR = "operator"  # who may change any run: the command line, the server's operator; never a visitor's id


def owner_id(kind: str, secret: str) -> str:
    """The owner stored with a visitor's runs: "v-" (a browser's secret cookie) or "u-" (a logged-in user's
    id) and 32 hex digits of the secret's SHA-256, so a run.json anyone may download never reveals the secret."""
    if kind not in ("u", "v") or not secret:
        raise ValueError(f"owner kind must be 'u' or 'v' and the secret non-empty, not {kind!r}")
    return f"{kind}-{hashlib.sha256(secret.encode('utf-8')).hexdigest()[:32]}"


TMP_MAX_AGE = 600.0  # seconds after which a half-written run (a killed save) is someone's leftover, not a save in flight
READ_WAIT, WRITE_WAIT = 10.0, 60.0  # seconds a listing, and a change, wait for the store's lock
QUARANTINE_MAX_AGE = 86_400.0  # seconds a malformed folder stays in .quarantine/ before it is removed


@dataclass(frozen=True)
class Run:
    """One stored run: its folder, its run.json and its size on disk in bytes (weights are read on demand)."""

    path: Path
    meta: dict
    size: int = 0

    @property
    def id(self) -> str:
        return self.path.name

    @property
    def history(self) -> list[dict]:
        return self.meta.get("history", [])

    @property
    def owner(self) -> str | None:
        """The visitor who made it; None for a run from the command line or the operator (everyone's, read-only)."""
        return self.meta.get("owner")

    @property
    def shared(self) -> bool:
        """Whether its owner lets other visitors see it (read-only); the operator's runs are always shared."""
        return self.owner is None or bool(self.meta.get("shared"))

    def visible_to(self, viewer: str) -> bool:
        return viewer in (OPERATOR, self.owner) or self.shared

    def changeable_by(self, viewer: str) -> bool:
        """Only a run's owner (and the operator) may delete, rename or share it."""
        return viewer == OPERATOR or (self.owner is not None and viewer == self.owner)

    def weights(self) -> dict[str, torch.Tensor]:
        return load_weights((self.path / "weights.safetensors").read_bytes())

    def checkpoint(self) -> bytes:
        """The run as a self-describing safetensors file, carrying its current run.json (name, sharing)."""
        return weights_to_bytes(self.weights(), self.meta)


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


def _tree_bytes(path: Path) -> int:
    """Bytes under `path`, without following symbolic links (a link counts as itself)."""
    if not stat.S_ISDIR(os.lstat(path).st_mode):
        return os.lstat(path).st_size
    total = 0
    for top, _, files in os.walk(path):  # os.walk does not follow links to folders
        for name in files:
            with contextlib.suppress(FileNotFoundError):
                total += os.lstat(os.path.join(top, name)).st_size
    return total


def _remove(path: Path) -> None:
    """Remove a leftover folder, or the symbolic link itself (never what it points to)."""
    if os.path.islink(path):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    else:
        shutil.rmtree(path, ignore_errors=True)


_PARSED: collections.OrderedDict[tuple, dict] = collections.OrderedDict()
_PARSED_LOCK = threading.Lock()
_PARSED_MAX = 4096  # run.json files kept parsed and checked; more than the store's default cap of 400 runs


def _parsed(key: tuple, path: Path) -> dict:
    """A run.json parsed and checked against RUN_SCHEMA, once per version of the file in this process (`key`:
    its path, inode, modification time and size; a change replaces the file): every page render lists the
    store, and checking a long history takes jsonschema seconds."""
    with _PARSED_LOCK:
        if key in _PARSED:
            _PARSED.move_to_end(key)
            return _PARSED[key]
    meta = parse_meta(path.read_bytes())
    if meta is None or meta_problem(meta) is not None:
        raise ValueError(f"{path.parent.name}: malformed run.json")
    meta = {**meta, "created": float(meta.get("created", 0))}
    with _PARSED_LOCK:
        _PARSED[key] = meta
        while len(_PARSED) > _PARSED_MAX:
            _PARSED.popitem(last=False)
    return meta


def _oldest_beyond(runs: list[Run], max_runs: int, max_bytes: int) -> list[Run]:
    """The oldest of `runs` (sorted oldest first) to remove so that at most `max_runs` runs of at most
    `max_bytes` bytes in all remain."""
    count, total = len(runs), sum(r.size for r in runs)
    doomed = []
    for run in runs:
        if count <= max_runs and total <= max_bytes:
            break
        doomed.append(run)
        count, total = count - 1, total - run.size
    return doomed


class RunStore:
    """A folder of runs with count and size caps, for the whole store and for each visitor.

    Saving evicts first the saving visitor's own oldest runs beyond their quota (`DLC_RUNS_PER_VISITOR`,
    `DLC_RUNS_PER_VISITOR_MB`), then the oldest runs of the store beyond its caps (`DLC_RUNS_MAX`,
    `DLC_RUNS_MAX_MB`), and only then moves the new run into place, so no reader ever sees the caps broken.
    Changes (save, delete, rename, share, eviction) hold a file lock (the `filelock` library), so sessions
    and processes sharing the folder take turns; readers take it only to list the folder's names, then read
    each run without it, skipping one that goes meanwhile. A deleted run is renamed away before its files are
    removed, so it is never listed half-deleted; half-written saves left by a killed process are removed once
    they are older than TMP_MAX_AGE, and malformed folders are moved into `.quarantine/` (both counted in
    `leftovers`).
    """

    def __init__(self, root: Path | str | None = None, max_runs: int | None = None,
                 max_bytes: int | None = None, per_owner_runs: int | None = None,
                 per_owner_bytes: int | None = None, read_only: bool = False) -> None:
        self.read_only = read_only  # an operator's folder the app only reads (no lock file, no quarantine)
        self.root = Path(root or os.environ.get("DLC_RUNS_DIR") or "runs")
        self.max_runs = max_runs or _env_int("DLC_RUNS_MAX", 400)
        self.max_bytes = max_bytes or _env_int("DLC_RUNS_MAX_MB", 1000) * 2**20
        self.per_owner_runs = min(self.max_runs, per_owner_runs or _env_int("DLC_RUNS_PER_VISITOR", 12))
        self.per_owner_bytes = min(self.max_bytes, per_owner_bytes or _env_int("DLC_RUNS_PER_VISITOR_MB", 30) * 2**20)

    def _lock(self):
        from filelock import FileLock

        self.root.mkdir(parents=True, exist_ok=True)
        return FileLock(self.root / ".lock", timeout=60)

    # ---- reading ----
    def _reading(self):
        """The lock for a reader: taken if it comes within READ_WAIT, else the reader goes on without it (a listing
        tolerates changes under way; a page must not hang behind a slow save)."""
        from filelock import Timeout

        if self.read_only:
            return contextlib.nullcontext()
        lock = self._lock()
        try:
            return lock.acquire(timeout=READ_WAIT)  # a context manager that releases it
        except Timeout:
            log.warning("runs folder %s stayed locked for %s s; listing it without the lock", self.root, READ_WAIT)
            return contextlib.nullcontext()

    def _writing(self):
        """The lock for a change; CheckpointError("runs.busy") when another session holds it for WRITE_WAIT."""
        from filelock import Timeout

        if self.read_only:
            raise CheckpointError("runs.read_only")
        lock = self._lock()
        try:
            return lock.acquire(timeout=WRITE_WAIT)
        except Timeout:
            raise CheckpointError("runs.busy") from None

    def list(self) -> list[Run]:
        """Every complete, well-formed run, newest first. A folder that vanishes while being read is skipped;
        a malformed one is moved into quarantine, so one bad folder never takes a page down."""
        if not self.root.is_dir():
            return []
        with self._reading():
            names = [n for n in os.listdir(self.root) if _ID.fullmatch(n)]
        found, bad = self._read_all(names)
        if bad and not self.read_only:
            self._quarantine(bad)
        return sorted(found, key=lambda r: (r.meta["created"], r.id), reverse=True)

    def get(self, run_id: str) -> Run:
        """The run with this id; KeyError when there is none (or it is malformed)."""
        try:
            return self._read(self._folder(run_id))
        except (OSError, ValueError, CheckpointError):
            raise KeyError(run_id) from None

    def leftovers(self) -> tuple[int, int]:
        """(folders, bytes) that are not runs: half-written saves, deletions under way, quarantined folders
        (symbolic links are counted, never followed)."""
        count = size = 0
        for folder in self._leftover_folders():
            try:
                size += _tree_bytes(folder)
                count += 1
            except FileNotFoundError:
                continue
        return count, size

    def _read(self, folder: Path) -> Run:
        """The run in `folder`: FileNotFoundError when it (or one of its two files) is missing, ValueError when
        it is not a plain folder of two plain files or its run.json breaks the schema."""
        if not stat.S_ISDIR(os.lstat(folder).st_mode):  # a symlink (to / or anywhere) or a file is no run
            raise ValueError(f"{folder.name}: not a folder")
        files = [os.lstat(folder / name) for name in ("run.json", "weights.safetensors")]
        if not all(stat.S_ISREG(f.st_mode) for f in files):  # never follow a symlink, never open a FIFO
            raise ValueError(f"{folder.name}: run.json or weights.safetensors is not a plain file")
        key = (str(folder), files[0].st_ino, files[0].st_mtime_ns, files[0].st_size)
        meta = _parsed(key, folder / "run.json")
        return Run(folder, dict(meta), files[0].st_size + files[1].st_size)

    # ---- changing ----
    def save(self, meta: dict, weights: dict[str, torch.Tensor]) -> Run:
        """Write a new run (never overwriting one) owned by `meta["owner"]` (none: the operator's), after
        evicting what the caps require. Keys RUN_SCHEMA does not know are dropped. Raises CheckpointError
        when the run.json breaks RUN_SCHEMA or MAX_META_BYTES, the run alone is larger than the visitor's
        quota (or the store's cap), or another session holds the store for a minute."""
        if self.read_only:
            raise CheckpointError("runs.read_only")
        stamp = time.strftime("%Y%m%d-%H%M%S")
        run_id = f"{stamp}-{safe_name(meta.get('name') or meta.get('family', 'run'))}-{uuid.uuid4().hex[:8]}"
        meta = {k: v for k, v in meta.items() if k in RUN_SCHEMA["properties"]}
        meta = {**meta, "format": FORMAT, "id": run_id, "created": meta.get("created") or time.time()}
        text = self._checked_text(meta)
        blob = weights_to_bytes(weights, meta)
        size = len(blob) + len(text.encode("utf-8"))
        if meta.get("owner") is None and size > self.max_bytes:
            raise CheckpointError("ckpt.store_cap", size=f"{size / 2**20:.1f}", cap=f"{self.max_bytes / 2**20:.1f}")
        if meta.get("owner") is not None and size > self.per_owner_bytes:
            raise CheckpointError("runs.quota_cap", size=f"{size / 2**20:.1f}", cap=f"{self.per_owner_bytes / 2**20:.1f}")
        self.root.mkdir(parents=True, exist_ok=True)
        tmp, trash = self.root / f".tmp-{uuid.uuid4().hex}", []
        try:
            tmp.mkdir()
            (tmp / "weights.safetensors").write_bytes(blob)
            (tmp / "run.json").write_text(text, encoding="utf-8")
            with self._writing():
                self._clean_leftovers(keep=tmp)
                trash = [self._trash(r) for r in self._to_evict(meta.get("owner"), size)]
                os.rename(tmp, self.root / run_id)  # atomic on one file system; never replaces a run
        finally:
            shutil.rmtree(tmp, ignore_errors=True)  # gone already when the rename succeeded
        for folder in trash:
            shutil.rmtree(folder, ignore_errors=True)
        return Run(self.root / run_id, meta, size)

    def delete(self, run_id: str, by: str) -> None:
        """Delete a run `by` its owner (or the operator); CheckpointError("runs.not_yours") for anyone else."""
        with self._writing():
            folder = self._trash(self._changeable(run_id, by))
        shutil.rmtree(folder, ignore_errors=True)

    def update(self, run_id: str, by: str, *, name: str | None = None, shared: bool | None = None) -> Run:
        """Rename a run or share it (or stop sharing it), `by` its owner or the operator; the new run.json
        is checked like a saved one and replaces the old one atomically."""
        with self._writing():
            run = self._changeable(run_id, by)
            meta = dict(run.meta)
            if name is not None:
                meta["name"] = name.strip() or meta.get("family", "run")
            if shared is not None:
                meta["shared"] = bool(shared)
            tmp = run.path / f".run-{uuid.uuid4().hex}.json"
            tmp.write_text(self._checked_text(meta), encoding="utf-8")
            os.replace(tmp, run.path / "run.json")
        return self.get(run_id)

    def evict(self) -> list[str]:
        """Remove the oldest runs until the store's caps hold (after a change of the caps); the ids removed."""
        with self._writing():
            doomed = self._to_evict(None, 0, room=0)
            trash = [self._trash(r) for r in doomed]
        for folder in trash:
            shutil.rmtree(folder, ignore_errors=True)
        return [r.id for r in doomed]

    @staticmethod
    def _checked_text(meta: dict) -> str:
        """The run.json text to write, refused unless a listing will accept it again (schema and size)."""
        if problem := meta_problem(meta):
            raise _refuse(problem)
        text = json.dumps(meta, indent=1, default=str)
        if len(text.encode("utf-8")) > MAX_META_BYTES:
            raise CheckpointError("ckpt.meta_too_big", size=f"{len(text.encode('utf-8')) / 2**20:.1f}",
                                  limit=f"{MAX_META_BYTES / 2**20:.0f}")
        return text

    # ---- under the lock ----
    def _to_evict(self, owner: str | None, size: int, room: int = 1) -> list[Run]:
        """The runs to remove so that `room` more runs of `size` bytes fit: the owner's own oldest beyond
        their quota first, then the store's oldest beyond its caps."""
        runs = sorted(self._listed(), key=lambda r: (r.meta["created"], r.id))  # oldest first
        doomed = [] if owner is None else _oldest_beyond([r for r in runs if r.owner == owner],
                                                         self.per_owner_runs - room, self.per_owner_bytes - size)
        rest = [r for r in runs if r not in doomed]
        return doomed + _oldest_beyond(rest, self.max_runs - room, self.max_bytes - size)

    def _listed(self) -> list[Run]:
        return self._read_all([n for n in os.listdir(self.root) if _ID.fullmatch(n)])[0]

    def _read_all(self, names: list[str]) -> tuple[list[Run], list[str]]:
        """(the runs read, the names of folders that are there but are no run) for these folder names."""
        found, bad = [], []
        for name in names:
            try:
                found.append(self._read(self.root / name))
            except FileNotFoundError:  # deleted or evicted since the names were listed, or a file is missing
                if os.path.lexists(self.root / name):
                    bad.append(name)
            except (OSError, ValueError, CheckpointError):
                bad.append(name)
        return found, bad

    def _changeable(self, run_id: str, by: str) -> Run:
        run = self.get(run_id)
        if self.read_only or not run.changeable_by(by):
            raise CheckpointError("runs.not_yours")
        return run

    def _trash(self, run: Run) -> Path:
        """Rename a run out of the listing (atomic); its files are removed afterwards, outside the lock. A run
        someone removed by hand meanwhile is already out: its would-be trash folder simply never exists."""
        folder = self.root / f".trash-{uuid.uuid4().hex}"
        with contextlib.suppress(FileNotFoundError):
            os.rename(run.path, folder)
        return folder

    def _quarantine(self, names: list[str]) -> None:
        try:
            held = self._writing()
        except CheckpointError:  # busy: the next listing moves them
            return
        with held:
            (self.root / ".quarantine").mkdir(exist_ok=True)
            for name in names:
                folder = self.root / name
                try:
                    self._read(folder)  # fine after all: it was being replaced while it was read
                    continue
                except (OSError, ValueError, CheckpointError):
                    if not os.path.lexists(folder):
                        continue
                moved = self.root / ".quarantine" / f"{name}-{uuid.uuid4().hex[:6]}"
                try:
                    os.rename(folder, moved)
                    os.utime(moved, follow_symlinks=False)  # its day in quarantine starts now, not when it was made
                except OSError:
                    continue
                log.warning("moved malformed run folder %s into %s/.quarantine", name, self.root)

    def _leftover_folders(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        found = [f for f in self.root.iterdir() if f.name.startswith((".tmp-", ".trash-"))]
        quarantine = self.root / ".quarantine"
        return found + (list(quarantine.iterdir()) if quarantine.is_dir() else [])

    def _clean_leftovers(self, keep: Path) -> None:
        """Remove deletions that did not finish, saves older than TMP_MAX_AGE (a killed process's) and
        quarantined folders older than QUARANTINE_MAX_AGE (kept that long for an operator to look at)."""
        now = time.time()
        for folder in self._leftover_folders():
            if folder == keep:
                continue
            try:
                age = now - os.lstat(folder).st_mtime
            except FileNotFoundError:
                continue
            quarantined = folder.parent.name == ".quarantine"
            if folder.name.startswith(".trash-") or age > (QUARANTINE_MAX_AGE if quarantined else TMP_MAX_AGE):
                _remove(folder)

    def _folder(self, run_id: str) -> Path:
        if not isinstance(run_id, str) or not _ID.fullmatch(run_id):
            raise KeyError(run_id)  # never a path: no slashes, no "..", nothing outside the store
        return self.root / run_id


def class_store() -> RunStore | None:
    """The read-only runs an operator put in `DLC_CLASS_DIR` for everyone (a teacher's reference runs), if set."""
    folder = os.environ.get("DLC_CLASS_DIR")
    return RunStore(folder, read_only=True) if folder and Path(folder).is_dir() else None


def visible(viewer: str, store: RunStore | None = None, classroom: RunStore | None = None) -> list[tuple[Run, str]]:
    """The runs `viewer` may see, newest first, each with whose it is: "you" (theirs, which they may change),
    "shared" (another visitor's, shared by its owner), "operator" (no owner: a command-line run, or one
    stored before runs had owners) or "class" (from the
    operator's `DLC_CLASS_DIR`); everything else is another visitor's private run and is left out."""
    store = store or RunStore()
    classroom = classroom if classroom is not None else class_store()
    seen = [(r, "you" if r.owner == viewer else "operator" if r.owner is None else "shared")
            for r in store.list() if r.visible_to(viewer)]
    if classroom is not None and classroom.root.resolve() != store.root.resolve():
        seen += [(r, "class") for r in classroom.list()]
    return sorted(seen, key=lambda pair: (pair[0].meta["created"], pair[0].id), reverse=True)
