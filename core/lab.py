"""What the Experiments page, "load pretrained", uploads and `python -m core train` share about each family.

For every family that trains: its page, its configuration class, the datasets the command line
offers, how to load one (offline where possible) and describe it in a run's `context`, how to build
the model a checkpoint claims to fit (to check its architecture before loading), and the metric the
runs table shows. Pages record runs through `record()`; the CLI writes the same format.
"""
from __future__ import annotations

import dataclasses
import time
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import torch
from torch import nn

from core import runs
from core.train import Trainer

PRETRAINED_DIR = Path(__file__).resolve().parent.parent / "assets" / "pretrained"


@dataclass(frozen=True)
class Family:
    name: str
    page: str  # the page's key and its file in app_pages/
    config: type
    datasets: tuple[str, ...]
    load: Callable[[Any, str], tuple[Any, dict]]  # (config, dataset) → (data, context)
    trainer: Callable[[Any, Any], Trainer]  # (config, data) → Trainer
    model: Callable[[Any, dict], nn.Module]  # (config, context) → an untrained model of that architecture
    metric: str  # the history column the runs table shows
    for_dataset: Callable[[Any, str], Any] = lambda config, dataset: config  # CLI: settings a dataset implies
    parallel: bool = False  # data-parallel (DDP) in the CLI: one model, a step with a `.model`
    devices: bool = False  # --device cuda/mps honoured (otherwise CPU only)
    validate: Callable[[Any], None] = lambda config: config.validate() if hasattr(config, "validate") else None


# ---- per family: loading data and describing it ----
def _cnn_load(config, dataset: str):
    from core.data import images

    data, fallback = images.load(dataset)
    return data, image_context(dataset, data, fallback)


def image_context(dataset: str, data, fallback: str = "") -> dict:
    """What a CNN run was trained on: the dataset actually used, the image shape and the number of classes."""
    return {"dataset": "offline" if fallback else dataset, "shape": list(data.shape), "classes": len(data.classes),
            "source": data.source, "fallback": fallback}


def _cnn_model(config, context: dict) -> nn.Module:
    from core.families import cnn

    return cnn.build(config, tuple(context.get("shape", (1, 28, 28))), int(context.get("classes", 10)))


RNN_DATASETS = {"sines": "forecast", "adding": "adding", "python-docs": "text", "app-zh": "text"}


def _rnn_defaults(config, dataset: str):
    """The RNN page's defaults for the task the dataset implies (a text model is bigger)."""
    task = RNN_DATASETS[dataset]
    if task == "text":
        return dataclasses.replace(config, task=task, hidden=128, layers=2, seq_len=64, epochs=60, batch_size=64)
    return dataclasses.replace(config, task=task, hidden=32, layers=1, seq_len=50, epochs=40)


def _rnn_load(config, dataset: str):
    from core.families import rnn

    if config.task == "text":
        text, name = rnn.default_corpus("zh" if dataset == "app-zh" else "en")
        corpus = rnn.Corpus(text)
        return (None, corpus), {"dataset": name, "chars": "".join(corpus.chars)}
    return (None, None), {"dataset": "sines" if config.task == "forecast" else "adding"}


def rnn_context(config, dataset: str, corpus) -> dict:
    """A page's run: what it was trained on (a text model's characters are its vocabulary)."""
    if config.task == "text":
        return {"dataset": dataset, "chars": "".join(corpus.chars)}
    return {"dataset": dataset if config.task == "forecast" else "adding"}


def _rnn_model(config, context: dict) -> nn.Module:
    from core.families import rnn

    return rnn.build(config, len(context.get("chars", "")))


def _mt_load(config, dataset: str):
    from core.data import zh_en
    from core.families import seq2seq as s2s

    kinds = zh_en.KINDS if dataset == "generated" else (dataset,)
    corpus = zh_en.make_corpus(kinds=kinds)
    data = s2s.prepare(corpus.train, corpus.test, reverse=bool(config.reverse))
    return data, translation_context(data, "generated", kinds)


def translation_context(data, dataset: str, kinds) -> dict:
    return {"dataset": dataset, "kinds": list(kinds), "reverse": bool(data.reverse),
            "src_tokens": data.src_vocab.tokens, "tgt_tokens": data.tgt_vocab.tokens}


def _mt_model(config, context: dict) -> nn.Module:
    from core.families import seq2seq as s2s

    return s2s.build(config, len(context["src_tokens"]), len(context["tgt_tokens"]))


def _digits_load(config, dataset: str):
    from core.data import images

    data, fallback = images.load(dataset if dataset in ("MNIST", "FashionMNIST") else "offline")
    return data, {"dataset": dataset if not fallback else "offline", "source": data.source, "fallback": fallback}


def _gan_digits_trainer(config, data) -> Trainer:
    """As on the GAN page: a conditional generator is scored by a LeNet-5 trained on the same digits."""
    from core.families import cnn, gan_images

    evaluate = None
    if config.conditional:
        scorer = cnn.train_scorer(data)
        evaluate = lambda nets: {"label_acc": gan_images.label_accuracy(nets, scorer)}  # noqa: E731
    return gan_images.make_trainer(config, data, evaluate)


def _speech_load(config, dataset: str):
    from core.data import speech

    corpus = speech.generate()
    return corpus, speech_context(corpus)


def speech_context(corpus) -> dict:
    from core.data import speech

    return {"dataset": "espeak-digits", "corpus": speech.CorpusConfig().key(), "held_out": list(speech.HELD_OUT),
            "counts": corpus.counts()}


def _faces_load(config, dataset: str):
    from core.families import faces

    return faces.make_data(config), {"dataset": "lfw-scenes"}


def _playground_load(config, dataset: str):
    from core.data import toy2d

    return toy2d.make(config.data_config()), {"dataset": config.kind}


def _families() -> dict[str, Family]:
    from core import playground as pg
    from core.data import images, zh_en
    from core.families import cnn, faces, gan2d, gan_images, pix2pix, rnn, seq2seq, speech

    return {f.name: f for f in (
        Family("cnn", "cnn", cnn.CNNConfig, images.SOURCES, _cnn_load, cnn.make_trainer, _cnn_model, "test_acc",
               parallel=True, devices=True),
        Family("rnn", "rnn", rnn.RNNConfig, tuple(RNN_DATASETS), _rnn_load,
               lambda c, d: rnn.make_trainer(c, *d), _rnn_model, "test_loss", for_dataset=_rnn_defaults, parallel=True),
        Family("translation", "translation", seq2seq.Seq2SeqConfig, ("generated", *zh_en.KINDS), _mt_load,
               seq2seq.make_trainer, _mt_model, "test_exact", for_dataset=lambda c, d: dataclasses.replace(c, epochs=8)),
        Family("gan2d", "gan", gan2d.GANConfig, gan2d.TARGETS, lambda c, d: (None, {"dataset": c.target}),
               lambda c, d: gan2d.make_trainer(c), lambda c, ctx: gan2d.build(c), "modes",
               for_dataset=lambda c, d: dataclasses.replace(c, target=d)),
        Family("gan_digits", "gan", gan_images.ImageGANConfig, ("offline", "MNIST", "FashionMNIST"), _digits_load,
               _gan_digits_trainer, lambda c, ctx: gan_images.build(c), "label_acc",
               for_dataset=lambda c, d: dataclasses.replace(c, epochs=30)),
        Family("pix2pix", "gan", pix2pix.Pix2PixConfig, ("offline",), _digits_load,
               pix2pix.make_trainer, lambda c, ctx: pix2pix.build(), "test_l1_output"),
        Family("faces", "faces", faces.FaceConfig, ("lfw-scenes",), _faces_load, faces.make_trainer,
               lambda c, ctx: faces.build(), "train_acc"),
        Family("speech", "speech", speech.SpeechConfig, ("espeak-digits",), _speech_load, speech.make_trainer,
               lambda c, ctx: speech.build(c), "test_acc", parallel=True),
        Family("playground", "playground", pg.PlaygroundConfig, tuple(k for k in pg.PG_KINDS if k != "csv"),
               _playground_load, lambda c, d: _playground_trainer(c, d), lambda c, ctx: _mlp(c), "test_loss",
               for_dataset=lambda c, d: pg.with_consistent_classes(dataclasses.replace(c, kind=d)),
               parallel=True, devices=True, validate=pg.validate),
    )}


def _playground_trainer(config, data) -> Trainer:
    from core.families import mlp

    return mlp.make_trainer(config.net, data)


def _mlp(config) -> nn.Module:
    from core.families import mlp

    return mlp.build(config.net)


_CACHE: dict[str, Family] = {}


def families() -> dict[str, Family]:
    if not _CACHE:
        _CACHE.update(_families())
    return _CACHE


def family(name: str) -> Family:
    try:
        return families()[name]
    except KeyError:
        raise runs.CheckpointError("ckpt.unknown_family", name=name, known=", ".join(families())) from None


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


def parse_setting(cls: type, text: str) -> tuple[str, Any]:
    """`name=value` from the command line, typed by the settings class (tuples as 1,2,3)."""
    name, sep, raw = text.partition("=")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    if not sep or name not in fields:
        raise ValueError(f"--set {text!r}: expected NAME=VALUE with NAME one of {', '.join(fields)}")
    hint = typing.get_type_hints(cls)[name]
    origin = typing.get_origin(hint)
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        return name, tuple(inner(v) for v in raw.split(",") if v)
    if hint is bool:
        return name, raw.lower() in ("1", "true", "yes", "on")
    return name, hint(raw)


# ---- runs ----
def run_meta(family_name: str, config, context: dict, trainer: Trainer, *, source: str, name: str = "",
             session: str = "", seconds: float | None = None, world_size: int = 1, device: str = "cpu") -> dict:
    """The run.json of a finished (or stopped) training, the same for pages and the CLI."""
    fam = family(family_name)
    state = trainer.state
    history = [dict(row) for row in state.history]
    return {"name": name or family_name, "family": family_name, "page": fam.page, "source": source,
            "session": session, "status": state.status, "stop_reason": state.stop_reason,
            "seconds": round(seconds if seconds is not None else state.train_seconds, 2),
            "epochs": state.epoch, "steps": state.step, "samples": state.samples,
            "config": config_to_dict(config), "context": context, "history": history,
            "final": history[-1] if history else {}, "metric": fam.metric, "world_size": world_size,
            "device": device, "created": time.time()}


def record(family_name: str, config, context: dict, session: str = "") -> Callable[[Trainer], None]:
    """A callback for a page's Job: when its training ends, store the run (unless it never stepped)."""
    def save(trainer: Trainer) -> runs.Run | None:
        if trainer.state.step == 0:
            return None
        meta = run_meta(family_name, config, context, trainer, source="page", session=session)
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
    """Refuse a checkpoint whose description is missing, or whose weights do not fit the architecture it claims."""
    if not meta or "family" not in meta or "config" not in meta:
        raise runs.CheckpointError("ckpt.no_meta")
    fam = family(meta["family"])
    if expect_family is not None and fam.name != expect_family:
        raise runs.CheckpointError("ckpt.wrong_family", family=fam.name, expected=expect_family)
    config = config_from_dict(fam.config, meta["config"])
    context = meta.get("context") or {}
    try:
        fam.validate(config)
        model = fam.model(config, context)
    except (KeyError, TypeError, ValueError) as exc:
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
    model = ck.family.model(ck.config, ck.context)
    model.load_state_dict(ck.weights)
    trainer = Trainer(model, step=None, batches=(), epochs=int(ck.meta.get("epochs", 0)))
    _restore_state(trainer, ck)
    return trainer


def restore_trainer(ck: Checkpoint, data) -> Trainer:
    """A trainer for the checkpoint's settings and data, holding its weights and history, as if it had just finished."""
    trainer = ck.family.trainer(ck.config, data)
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
