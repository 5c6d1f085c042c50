"""The RNN page's default language model (LSTM, 2 layers × 128 units, 64 characters, batch 64) on the offline
Python-docs corpus, 1 torch thread as in the app: throughput of the page's job against a bare loop doing
the same work (target ratio ≥ 0.9), and a sample after 2 minutes of training (target: word-like)."""
from __future__ import annotations

import statistics
import time

import torch
from torch import nn
from torch.nn import functional as F

from bench.common import in_thread
from core.families import rnn
from core.runtime.jobs import Job, JobLimiter
from core.train import make_optimizer, seeded

TARGET_RATIO, TRAIN_SECONDS = 0.9, 120.0
CONFIG = rnn.RNNConfig(task="text", cell="lstm", hidden=128, layers=2, seq_len=64, batch_size=64, epochs=2)


def bare_loop(corpus: rnn.Corpus, config: rnn.RNNConfig) -> float:
    """Random windows, forward, cross-entropy, backward, clip, step: what a student would write."""
    with seeded(config.seed) as g:
        model = rnn.build(config, len(corpus.chars))
    opt = make_optimizer(model.parameters(), "adam", config.lr)  # the same (fused) Adam as the page
    draw = rnn.text_windows(corpus.ids[:int(len(corpus.ids) * 0.9)], config.seq_len, config.batch_size)
    steps = config.epochs * config.steps_per_epoch
    start = time.perf_counter()
    for _ in range(steps):
        x, y = draw(g)
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x).reshape(-1, len(corpus.chars)), y.reshape(-1))
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        loss.item()
    return steps * config.batch_size / (time.perf_counter() - start)


def shared_loop(corpus: rnn.Corpus, config: rnn.RNNConfig, seconds: float | None = None):
    trainer = rnn.make_trainer(config, corpus=corpus)
    job = Job(trainer, limiter=JobLimiter(1), idle_timeout=3600, max_seconds=seconds or 3600)
    job.start()
    job.join()
    return trainer


def main(repeats: int = 3, seconds: float = TRAIN_SECONDS) -> None:
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        corpus = rnn.Corpus(rnn.default_corpus("en")[0])
        bare, shared = [], []
        for _ in range(repeats):
            bare.append(in_thread(bare_loop, corpus, CONFIG))
            tr = in_thread(shared_loop, corpus, CONFIG)
            shared.append(tr.state.samples / tr.state.train_seconds)
        ratio = statistics.median(s / b for b, s in zip(bare, shared, strict=True))
        long = in_thread(shared_loop, corpus, rnn.RNNConfig(**{**CONFIG.__dict__, "epochs": 10_000}), seconds)
        text = rnn.sample(long.model, corpus, "The ", 240, 0.8)
    finally:
        torch.set_num_threads(previous)
    print(f"\nRNN page, LSTM language model 2×128, 64 characters, batch 64, on {len(corpus.text):,} characters of "
          f"Python docs ({len(corpus.chars)} symbols), 1 thread:")
    print(f"  bare {statistics.median(bare):,.0f} samples/s, shared {statistics.median(shared):,.0f} samples/s, "
          f"ratio {ratio:.3f} (target ≥ {TARGET_RATIO})")
    held = long.state.history[-1]["test_loss"] if long.state.history else float("nan")
    print(f"  after {long.state.train_seconds:.0f} s ({long.state.step:,} steps): held-out perplexity "
          f"{rnn.perplexity(held):.2f}; sample at temperature 0.8:\n    The {text!r}")
