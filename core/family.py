"""The contract every trainable model family declares once, in its own module, as `FAMILY = Family(...)`.

The lab (runs, checkpoints, the Experiments page), the command line and the pages read only this; the
same signatures for every family, so nothing outside a family's module knows its shapes.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable

from torch import nn

from core.train import Trainer


def _same(config, dataset: str):
    return config


def _validate(config) -> None:
    if hasattr(config, "validate"):
        config.validate()


@dataclass(frozen=True)
class Family:
    """One trainable family.

    load(config, dataset) → (data, context): the data to train on, offline where possible, and the JSON
    `context` a run stores to describe it (dataset used, shapes, vocabulary) — enough for `build`.
    make_trainer(config, data) → Trainer. build(config, context) → an untrained model of the architecture
    (to check a checkpoint's tensors before loading them, and to draw a snapshot). `metric` is the history
    column the runs table shows; `for_dataset` the settings a dataset implies on the command line.
    """

    name: str
    page: str  # the page's key and its file in app_pages/
    config: type  # a frozen dataclass; its defaults are the page's
    datasets: tuple[str, ...]  # the first one is offline
    load: Callable[[Any, str], tuple[Any, dict]]
    make_trainer: Callable[[Any, Any], Trainer]
    build: Callable[[Any, dict], nn.Module]
    metric: str
    for_dataset: Callable[[Any, str], Any] = _same
    parallel: bool = False  # data-parallel (DDP) in the CLI: one model, a step with a `.model`
    devices: bool = False  # --device cuda/mps honoured (otherwise CPU only)
    validate: Callable[[Any], None] = _validate


def replace_setting(config, name: str, value):
    """`config` with field `name` set, looking one level into nested settings dataclasses (e.g. a network's
    settings inside a page's); raises KeyError when no field has that name."""
    if name in {f.name for f in dataclasses.fields(config)}:
        return dataclasses.replace(config, **{name: value})
    for field in dataclasses.fields(config):
        inner = getattr(config, field.name)
        if dataclasses.is_dataclass(inner) and name in {f.name for f in dataclasses.fields(inner)}:
            return dataclasses.replace(config, **{field.name: dataclasses.replace(inner, **{name: value})})
    raise KeyError(name)
