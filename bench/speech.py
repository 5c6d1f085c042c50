"""The speech page from nothing: synthesising the espeak-ng corpus into an empty cache, then training the default
recogniser with 1 torch thread as in the app, until the held-out (unseen) speakers reach ≥ 90 %.
Target: corpus and training together ≤ 3 minutes on 2 cores. Also the time one training step takes
against a bare PyTorch loop on the same model and batches."""
from __future__ import annotations

import tempfile
import time

import torch
import torch.nn.functional as F

from bench.common import in_thread
from core.data import speech as sd
from core.families import speech as sp

TARGET_SECONDS, TARGET_ACC = 180.0, 0.90


def _run() -> tuple[float, float | None, dict]:
    with tempfile.TemporaryDirectory() as root:
        started = time.perf_counter()
        corpus = sd.generate(root=root)
        corpus_seconds = time.perf_counter() - started
    trainer = sp.make_trainer(sp.SpeechConfig(), corpus)
    reached: list[float] = []

    def check(tr) -> None:
        if not reached and tr.state.history[-1]["test_acc"] >= TARGET_ACC:
            reached.append(time.perf_counter() - started)

    trainer.add_callback("on_epoch_end", check)
    trainer.fit()
    return corpus_seconds, reached[0] if reached else None, trainer.state.history[-1]


def _ratio(corpus: sd.Corpus, steps: int = 40) -> float:
    """Steps/s of the shared loop over a bare loop (same model, augmentation and batches), alternating."""
    from core.train import Trainer

    def shared() -> float:
        trainer = sp.make_trainer(sp.SpeechConfig(epochs=1), corpus)
        trainer.max_steps, trainer.evaluate = steps, None  # the held-out evaluation is not part of a step
        t = time.perf_counter()
        trainer.fit()
        return steps / (time.perf_counter() - t)

    def bare() -> float:
        trainer: Trainer = sp.make_trainer(sp.SpeechConfig(epochs=1), corpus)
        model, opt = trainer.model, trainer.step.optimizer
        t = time.perf_counter()
        for i, (x, y) in enumerate(trainer.batches):
            if i == steps:
                break
            opt.zero_grad(set_to_none=True)
            F.cross_entropy(model(x), y).backward()
            opt.step()
        return steps / (time.perf_counter() - t)

    ratios = []
    for _ in range(3):
        b, s = bare(), shared()
        ratios.append(s / b)
    return sorted(ratios)[1]


def main() -> None:
    if sd.espeak() is None:
        print("\nSpeech page: skipped — espeak-ng is not installed (apt-get install espeak-ng)")
        return
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        corpus_seconds, seconds, row = in_thread(_run)
        ratio = in_thread(lambda: _ratio(sd.generate()))
    finally:
        torch.set_num_threads(previous)
    when = f"{seconds:.0f} s" if seconds is not None else "not within the default 12 epochs"
    print(f"\nSpeech page, 1 thread: corpus synthesised in {corpus_seconds:.0f} s; held-out speakers ≥ 90 % after {when} "
          f"from nothing (target ≤ {TARGET_SECONDS:.0f} s) — after epoch {row['epoch']:.0f}: {row['test_acc']:.1%} "
          f"(English {row['test_acc_en']:.1%}, Mandarin {row['test_acc_zh']:.1%}); "
          f"shared loop vs bare loop steps/s: {ratio:.3f}")
