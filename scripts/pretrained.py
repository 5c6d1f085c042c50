"""Train the default model of every family on the offline data and write `assets/pretrained/<family>.safetensors`.

`python -m scripts.pretrained [FAMILY …]` reproduces them (about 6 minutes on 2 CPU cores for all).
Each file is an ordinary run checkpoint (weights plus run.json in the metadata, source "pretrained"),
at most 5 MB, that the pages offer as "Load pretrained".
"""
from __future__ import annotations

import sys
import time

import torch

from core import lab, runs

MAX_BYTES = 5 * 2**20
DATASET = {"rnn": "python-docs", "translation": "generated"}  # otherwise the family's first (offline) dataset


def train(name: str) -> tuple[int, dict]:
    fam = lab.family(name)
    dataset = DATASET.get(name, fam.datasets[0])
    config = fam.for_dataset(fam.config(), dataset)
    data, context = fam.load(config, dataset)
    trainer = fam.make_trainer(config, data)
    started = time.perf_counter()
    trainer.fit()
    meta = lab.run_meta(name, config, context, trainer, source="pretrained", name=f"{name}-pretrained",
                        seconds=time.perf_counter() - started)
    blob = runs.weights_to_bytes(trainer.model.state_dict(), meta)
    if len(blob) > MAX_BYTES:
        raise SystemExit(f"{name}: {len(blob) / 2**20:.1f} MB is over the 5 MB budget")
    lab.pretrained_path(name).parent.mkdir(parents=True, exist_ok=True)
    lab.pretrained_path(name).write_bytes(blob)
    return len(blob), meta


if __name__ == "__main__":
    torch.set_num_threads(2)
    for name in sys.argv[1:] or list(lab.families()):
        size, meta = train(name)
        value = meta["final"].get(meta["metric"])
        shown = f"{value:.4f}" if isinstance(value, float) else value
        print(f"{name:12s} {size / 2**20:5.2f} MB  {meta['seconds']:6.1f} s  {meta['metric']} = {shown}", flush=True)
