"""What runs, checkpoints, the Experiments page and `python -m core train` share, the same for every family.

The families declare themselves (core.family.Family, one per module); this module keeps only what is
common: the registry, settings ↔ JSON, recording a run, checking a checkpoint against the architecture
it claims, and restoring a trainer from it. Pages record runs through `record()`; the CLI writes the
same format.
"""
from __future__ import annotations

import dataclasses
import functools
import importlib
import time
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import torch

from core import runs
from core.family import Family
from core.train import Trainer

PRETRAINED_DIR = Path(__file__).resolve().parent.parent / "assets" / "pretrained"


# The trainable families, each declared once in its own module as `FAMILY` (see core.family).
FAMILY_MODULES = ("core.families.cnn", "core.families.rnn", "core.families.seq2seq", "core.families.gan2d",
                  "core.families.gan_images", "core.families.pix2pix", "core.families.faces", "core.families.speech",
                  "core.playground")
_CACHE: dict[str, Family] = {}


def families() -> dict[str, Family]:
    """name → Family, in FAMILY_MODULES' order (modules are imported on first use: torch models, not pages)."""
    if not _CACHE:
        for module in FAMILY_MODULES:
            fam = importlib.import_module(module).FAMILY
            _CACHE[fam.name] = fam
    return _CACHE


def family(name: str) -> Family:
    try:
        return families()[name]
    except (KeyError, TypeError):  # TypeError: a name that is not a string (a list from a hostile file)
        raise runs.CheckpointError("ckpt.unknown_family", name=str(name)[:40], known=", ".join(families())) from None


# ---- settings ↔ JSON ----
def config_to_dict(config) -> dict:
    return dataclasses.asdict(config)


def config_from_dict(cls: type, values: dict):
    """Rebuild a frozen settings dataclass from JSON (lists back to tuples, nested dataclasses too)."""
    if not isinstance(values, dict):
        raise runs.CheckpointError("ckpt.bad_settings", detail=type(values).__name__)
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise runs.CheckpointError("ckpt.unknown_settings", fields=", ".join(map(str, unknown[:5])))
    kwargs = {}
    for name, value in values.items():
        hint = hints.get(name)
        if dataclasses.is_dataclass(hint):
            value = config_from_dict(hint, value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[name] = value
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise runs.CheckpointError("ckpt.bad_settings", detail=str(exc)[:200]) from None


def setting_owners(cls: type) -> dict[str, type]:
    """Every settable field of a settings class → the dataclass it belongs to: its own fields, and those of a
    settings dataclass nested in it (e.g. the playground network's `hidden` inside the page's settings)."""
    hints = typing.get_type_hints(cls)
    owners: dict[str, type] = {}
    for f in dataclasses.fields(cls):
        if dataclasses.is_dataclass(hints[f.name]):
            owners.update({inner.name: hints[f.name] for inner in dataclasses.fields(hints[f.name])})
    owners.update({f.name: cls for f in dataclasses.fields(cls) if not dataclasses.is_dataclass(hints[f.name])})
    return owners


def parse_setting(cls: type, text: str) -> tuple[str, Any]:
    """`name=value` from the command line, typed by the field it names (see `setting_owners`); tuples as 1,2,3."""
    name, sep, raw = text.partition("=")
    owners = setting_owners(cls)
    if not sep or name not in owners:
        raise ValueError(f"--set {text!r}: expected NAME=VALUE with NAME one of {', '.join(owners)}")
    hint = typing.get_type_hints(owners[name])[name]
    origin = typing.get_origin(hint)
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        return name, tuple(inner(v) for v in raw.split(",") if v)
    if hint is bool:
        return name, raw.lower() in ("1", "true", "yes", "on")
    return name, hint(raw)


# ---- runs ----
def run_meta(family_name: str, config, context: dict, trainer: Trainer, *, source: str, name: str = "",
             owner: str | None = None, seconds: float | None = None, world_size: int = 1, device: str = "cpu") -> dict:
    """The run.json of a finished (or stopped) training, the same for pages and the CLI; `owner`: the
    visitor whose run it is (core.runs.owner_id), None for the operator's (a CLI run)."""
    fam = family(family_name)
    state = trainer.state
    history = [dict(row) for row in state.history]
    return {"name": name or family_name, "family": family_name, "page": fam.page, "source": source,
            **({"owner": owner} if owner else {}), "status": state.status, "stop_reason": state.stop_reason,
            "seconds": round(seconds if seconds is not None else state.train_seconds, 2),
            "epochs": state.epoch, "steps": state.step, "samples": state.samples,
            "config": config_to_dict(config), "context": context, "history": history,
            "final": history[-1] if history else {}, "metric": fam.metric, "world_size": world_size,
            "device": device, "created": time.time()}


def record(family_name: str, config, context: dict, owner: str | None = None) -> Callable[[Trainer], None]:
    """A callback for a page's Job: when its training ends, store the run as `owner`'s (unless it never stepped)."""
    def save(trainer: Trainer) -> runs.Run | None:
        if trainer.state.step == 0:
            return None
        meta = run_meta(family_name, config, context, trainer, source="page", owner=owner)
        return runs.RunStore().save(meta, trainer.model.state_dict())
    return save


@dataclass(frozen=True)
class Checkpoint:
    """A checked checkpoint: its family, settings, data description, history and weights."""

    family: Family
    config: Any
    context: dict
    meta: dict
    weights: dict[str, torch.Tensor]


def check(meta: dict | None, weights: dict[str, torch.Tensor], expect_family: str | None = None) -> Checkpoint:
    """Refuse a checkpoint whose description is missing, whose weights do not fit the architecture it claims,
    or whose weights are not finite; raises CheckpointError.

    The architecture is built on PyTorch's meta device, which records shapes without allocating storage, so
    a description that declares huge sizes (10⁷ classes, a 2-million-character vocabulary) costs nothing
    before its shapes are compared with the tensors actually in the file (which MAX_CHECKPOINT_BYTES bounds).
    """
    if not isinstance(meta, dict) or "family" not in meta or "config" not in meta:
        raise runs.CheckpointError("ckpt.no_meta")
    fam = family(meta["family"])
    if expect_family is not None and fam.name != expect_family:
        raise runs.CheckpointError("ckpt.wrong_family", family=fam.name, expected=expect_family)
    config = config_from_dict(fam.config, meta["config"])
    context = meta.get("context") or {}
    if not isinstance(context, dict):
        raise runs.CheckpointError("ckpt.bad_settings", detail=f"context: {type(context).__name__}")
    try:
        fam.validate(config)
        with torch.device("meta"):
            model = fam.build(config, context)
    except (KeyError, TypeError, ValueError, RuntimeError, AttributeError, IndexError, OverflowError) as exc:
        # RuntimeError: a negative or too small size (an image shape smaller than the network's kernels)
        raise runs.CheckpointError("ckpt.cannot_build", detail=str(exc)[:200]) from None
    runs.check_compatible(model, weights)
    return Checkpoint(fam, config, context, meta, weights)


def read(data: bytes, expect_family: str | None = None) -> Checkpoint:
    """An uploaded or stored checkpoint file, read without unpickling code and checked."""
    meta, weights = runs.read_checkpoint(data)
    return check(meta, weights, expect_family)


def pretrained_path(family_name: str) -> Path:
    return PRETRAINED_DIR / f"{family_name}.safetensors"


def bare_trainer(ck: Checkpoint) -> Trainer:
    """A trainer holding only the checkpoint's model and history: to show a model whose training data is missing."""
    model = ck.family.build(ck.config, ck.context)
    model.load_state_dict(ck.weights)
    trainer = Trainer(model, step=None, batches=(), epochs=int(ck.meta.get("epochs", 0)))
    _restore_state(trainer, ck)
    return trainer


def restore_trainer(ck: Checkpoint, data) -> Trainer:
    """A trainer for the checkpoint's settings and data, holding its weights and history, as if it had just finished."""
    trainer = ck.family.make_trainer(ck.config, data)
    trainer.model.load_state_dict(ck.weights)
    _restore_state(trainer, ck)
    return trainer


def _restore_state(trainer: Trainer, ck: Checkpoint) -> None:
    state = trainer.state
    state.history = [dict(r) for r in ck.meta.get("history", [])]
    state.epoch = int(ck.meta.get("epochs", len(state.history)))
    state.step = int(ck.meta.get("steps", 0)) or max(1, state.epoch)
    state.samples = int(ck.meta.get("samples", 0))
    state.train_seconds = float(ck.meta.get("seconds", 0.0))
    state.status = "finished"


@functools.lru_cache(maxsize=None)
def pretrained(family_name: str) -> Checkpoint:
    """The family's shipped pretrained checkpoint, read and checked once per process (OSError when missing,
    CheckpointError when unreadable). Its tensors are shared: build a model from them, never change them."""
    return read(pretrained_path(family_name).read_bytes(), expect_family=family_name)


def pretrained_model(family_name: str) -> torch.nn.Module:
    """A fresh copy of the family's pretrained model in eval mode (a few ms): the caller's own to use."""
    return bare_trainer(pretrained(family_name)).model.eval()
