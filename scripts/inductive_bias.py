"""Make assets/inductive_bias.json: the CNN page's translation and pixel-scrambling experiments, shown at once.

    python -m scripts.inductive_bias            # offline MNIST subset, 3 seeds, 6 epochs, shifts 0…6 (~40 s, 2 cores)
    python -m scripts.inductive_bias --dry-run  # one seed, one epoch: checks the pipeline, writes nothing
"""
from __future__ import annotations

import argparse
import json
import platform
import threading
import time
from dataclasses import asdict
from pathlib import Path

import torch

from core.data import images
from core.lessons import inductive_bias as ib


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3, help="seeds per model and pixel order")
    parser.add_argument("--epochs", type=int, default=ib.Setting.epochs, help="training epochs per model")
    parser.add_argument("--max-shift", type=int, default=ib.Setting.max_shift, help="largest test shift in pixels")
    parser.add_argument("--dry-run", action="store_true", help="one seed, one epoch, nothing written")
    parser.add_argument("--out", type=Path, default=ib.STORED, help="where to write the JSON")
    args = parser.parse_args()
    torch.set_num_threads(1)  # as the app trains
    data, _ = images.load("offline")
    setting = ib.Setting(epochs=1 if args.dry_run else args.epochs, max_shift=args.max_shift,
                         seeds=1 if args.dry_run else args.seeds)
    started = time.perf_counter()
    rows: list[dict] = []
    # in a worker thread, as in the app: torch in the main thread would slow every other thread (see bench)
    worker = threading.Thread(target=lambda: rows.extend(ib.run(
        data, setting, progress=lambda i, k, what: print(f"\r{i}/{k} {what}   ", end="", flush=True))))
    worker.start()
    worker.join()
    result = {"schema": 1, "source": data.source, "setting": asdict(setting),
              "seconds": round(time.perf_counter() - started, 1),
              "environment": {"python": platform.python_version(), "torch": torch.__version__, "cpu_threads": 1},
              "rows": rows}
    summary = ib.summary(rows)
    print(f"\n{len(rows)} models in {result['seconds']} s; accuracy {summary['acc']}")
    if not args.dry_run:
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
