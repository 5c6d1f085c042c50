"""Every learned target the test suite asserts, over 3 training seeds × {1, 2} torch threads.

The tests assert each target for the default seed (0) on whatever machine runs them; this sweep shows
how much room each has: results differ in their last digits between CPUs and thread counts, so a
target must hold for every seed here with a margin, not by a hair. One line per target, seed and
thread count, with the worst case and its margin to the bar at the end. About 30 minutes on 2 cores.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np
import torch

from bench.common import in_thread

SEEDS = (0, 1, 2)
THREADS = (1, 2)


@dataclass(frozen=True)
class Target:
    name: str
    measure: Callable[[int], float]  # seed → the measured value
    bar: float
    higher: bool = True  # the value must be ≥ bar (else ≤ bar)


def _lenet(seed: int) -> float:
    from core.data import images
    from core.families import cnn

    state = cnn.make_trainer(cnn.CNNConfig(seed=seed), images.load("offline")[0], torch.device("cpu")).fit()
    return state.history[-1]["test_acc"]


def _faces(seed: int) -> float:
    from core.families import faces as fc

    config = fc.FaceConfig(seed=seed)
    data = fc.make_data(config)
    trainer = fc.make_trainer(config, data)
    trainer.fit()
    table = fc.detector_scores(trainer.model, fc.test_scenes(data))
    return min(table["precision"], table["recall"])


def _adding(seed: int) -> float:
    """Test accuracy of the LSTM minus the vanilla RNN's on the adding problem at length 50."""
    from core.families import rnn

    acc = {cell: rnn.make_trainer(rnn.RNNConfig(task="adding", cell=cell, seq_len=50, epochs=30, seed=seed))
           .fit().history[-1]["test_acc"] for cell in ("rnn", "lstm")}
    return acc["lstm"] - acc["rnn"]


def _dates(seed: int) -> float:
    from core.data import zh_en
    from core.families import seq2seq as s2s

    corpus = zh_en.make_corpus(kinds=("date",))
    data = s2s.prepare(corpus.train, corpus.test)
    trainer = s2s.make_trainer(s2s.Seq2SeqConfig(epochs=6, seed=seed), data)
    trainer.fit()
    return s2s.scores(trainer.model, data, corpus.test)["test_exact_date"]


def _ring(seed: int) -> float:
    from core.families import gan2d

    return gan2d.make_trainer(gan2d.GANConfig(seed=seed)).fit().history[-1]["modes"]


def _collapse(seed: int) -> float:
    from core.families import gan2d

    config = gan2d.GANConfig(**{**gan2d.PRESETS["mode_collapse"], "seed": seed})
    return gan2d.make_trainer(config).fit().history[-1]["modes"]


_SCORERS: dict[int, torch.nn.Module] = {}  # the test's scorer (seed 0), trained once per thread count


def _cgan(seed: int) -> float:
    from core.data import images
    from core.families import cnn
    from core.families import gan_images as gi

    data = images.load("offline")[0]
    if torch.get_num_threads() not in _SCORERS:
        _SCORERS[torch.get_num_threads()] = cnn.train_scorer(data)
    trainer = gi.make_trainer(gi.ImageGANConfig(seed=seed), data)
    trainer.fit()
    return gi.label_accuracy(trainer.model, _SCORERS[torch.get_num_threads()])


def _speech(seed: int) -> float:
    from core.data import speech as sd
    from core.families import speech as sp

    trainer = sp.make_trainer(sp.SpeechConfig(seed=seed), sd.generate())
    trainer.fit()
    return trainer.state.history[-1]["test_acc"]


def _playground(kind: str, classes: int = 2) -> Callable[[int], float]:
    def run(seed: int) -> float:
        from core import playground as pg
        from core.data import toy2d
        from core.families import mlp

        cfg = replace(pg.PlaygroundConfig(kind=kind), classes=classes)
        preset = pg.PRESETS.get(kind, pg.DEFAULT_NET)
        cfg = pg.with_consistent_classes(replace(cfg, net=replace(cfg.net, **preset, seed=seed)))
        return mlp.fit(cfg.net, toy2d.make(cfg.data_config()))[1][-1]["test_acc"]
    return run


def _xor(seed: int) -> float:
    from core.data import toy2d
    from core.families import mlp

    data = toy2d.make(toy2d.Toy2DConfig(kind="xor", n=400, noise=0.05, seed=1))
    cfg = mlp.MLPConfig(hidden=(8, 8), activation="tanh", epochs=150, seed=seed)
    return mlp.make_trainer(cfg, data).fit().history[-1]["test_acc"]


def _parity_rnn(seed: int) -> float:
    from core.lessons import parity

    model, _ = parity.train_rnn(parity.RNNSettings(seed=seed))
    return parity.rnn_accuracy(model, 16)


def _data_scale(seed: int) -> float:
    """The CNN's test accuracy minus logistic regression's, 4,000 offline digits."""
    from core.data import digits
    from core.lessons import learning_curves as lc

    data = digits.offline_mnist()
    accuracy = {name: lc.run_one(name, data, 4000, seed=seed)["test_acc"] for name in ("cnn", "logreg")}
    return accuracy["cnn"] - accuracy["logreg"]


TARGETS = (
    Target("LeNet-5 test accuracy (CNN page defaults)", _lenet, 0.97),
    Target("face detector min(precision, recall), held-out scenes", _faces, 0.9),
    Target("adding problem L=50: LSTM − RNN test accuracy", _adding, 0.3),
    Target("translation: exact match on unseen dates", _dates, 0.95),
    Target("GAN 2D default: ring modes covered (of 8)", _ring, 6),
    Target("GAN 2D mode-collapse preset: modes covered", _collapse, 3, higher=False),
    Target("conditional GAN label accuracy (LeNet-5 scorer)", _cgan, 0.8),
    Target("speech: held-out speakers accuracy", _speech, 0.9),
    Target("playground XOR test accuracy", _playground("xor"), 0.95),
    Target("playground circles test accuracy", _playground("circles"), 0.95),
    Target("playground 3-class spiral test accuracy", _playground("spiral", 3), 0.9),
    Target("MLP 2-8-8-2 learns XOR (shared loop)", _xor, 0.95),
    Target("parity RNN accuracy on 16 bits", _parity_rnn, 1.0),
    Target("data scale: CNN − logistic regression accuracy", _data_scale, 0.03),
)


def _run(target: Target, seed: int, threads: int) -> tuple[float, float]:
    previous = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        started = time.perf_counter()
        value = float(target.measure(seed))
        return value, time.perf_counter() - started
    finally:
        torch.set_num_threads(previous)


def main(threads: int = 0, names: tuple[str, ...] = ()) -> None:
    thread_counts = (threads,) if threads else THREADS
    print(f"\nLearned targets: seeds {', '.join(map(str, SEEDS))} × torch threads "
          f"{', '.join(map(str, thread_counts))} (the tests assert seed 0)")
    for target in TARGETS:
        if names and not any(n in target.name for n in names):
            continue
        values = []
        for threads_now in thread_counts:
            for seed in SEEDS:
                value, seconds = in_thread(_run, target, seed, threads_now)
                values.append(value)
                print(f"  {target.name} · seed {seed} · {threads_now} thread(s): {value:.3f} ({seconds:.0f} s)",
                      flush=True)
        worst = min(values) if target.higher else max(values)
        margin = worst - target.bar if target.higher else target.bar - worst
        print(f"{target.name}: worst {worst:.3f}, bar {'≥' if target.higher else '≤'} {target.bar}, "
              f"margin {margin:+.3f}; spread {np.ptp(values):.3f}", flush=True)
