"""The challenges checked on stored runs: each one's scripted solution trained for real, as a page trains it
(two torch threads, the family's own data), with the time it took, and whether the check finds it met.
Target: every solution meets its challenge within TARGET_SECONDS of training on a 2-core machine. (Each
challenge's goal is met by no run with the page's default settings: the tests check that on short runs.)"""
from __future__ import annotations

import time

import torch

from core import challenges

TARGET_SECONDS = 300.0
MOONS = {"kind": "moons", "n": 200, "noise": 0.5, "test_fraction": 0.8}
COLLAPSE = {"g_lr": 2e-3, "d_lr": 2e-4}  # core.families.gan2d.PRESETS["mode_collapse"]
SOLUTIONS: dict[str, tuple[str, dict]] = {  # challenge → (family, settings changed from its defaults)
    "xor_linear": ("playground", {"kind": "xor", "hidden": (), "features": ("x1", "x2", "x1·x2"), "epochs": 100}),
    "spiral_small": ("playground", {"kind": "spiral", "hidden": (6, 6), "epochs": 300}),
    "circles_few": ("playground", {"kind": "circles", "hidden": (3,), "epochs": 200}),
    "overfit": ("playground", {**MOONS, "hidden": (32, 32, 32), "lr": 0.01, "epochs": 1000}),
    "regularise": ("playground", {**MOONS, "hidden": (16, 16, 16), "regularization": "l2", "reg_rate": 0.01,
                                  "epochs": 600}),
    "cnn_small": ("cnn", {"arch": "vgg", "width": 16, "depth": 2, "batchnorm": True, "epochs": 20}),
    "adding_lstm": ("rnn", {"task": "adding", "epochs": 40, "lr": 1e-2}),
    "adding_plain_rnn": ("rnn", {"task": "adding", "epochs": 40, "lr": 1e-2, "cell": "rnn"}),
    "gan_collapse": ("gan2d", {**COLLAPSE}),
    "gan_all_modes": ("gan2d", {**COLLAPSE, "d_lr": 2e-3}),
    "dates": ("translation", {"hidden": 64, "embed": 32, "epochs": 12}),
    "speech_fast": ("speech", {"width": 8, "epochs": 12}),
    "speech_augment": ("speech", {"width": 8, "epochs": 12, "augment": False}),  # beside speech_fast's run
}


def main() -> None:
    torch.set_num_threads(2)
    stored: list[dict] = []
    for key, (family, settings) in SOLUTIONS.items():
        start = time.perf_counter()
        meta = {**challenges.scripted_run(family, settings)[0], "id": key}
        seconds = time.perf_counter() - start
        stored.insert(0, meta)  # newest first, as the store lists them; "regularise" pairs with "overfit"
        met, _, evidence = challenges.evaluate(stored)[key]
        ok = met and seconds <= TARGET_SECONDS
        said = ", ".join(f"{k} {v}" for k, v in challenges.shown(evidence).items()) if met else "not met"
        print(f"challenge {key}: {said}; trained in {seconds:.1f} s (target ≤ {TARGET_SECONDS:g} s) "
              f"{'ok' if ok else 'MISSED'}", flush=True)
