"""Make assets/adding_sweep.json: the adding problem at lengths 10–100 for RNN, LSTM and GRU (the RNN page).

    python -m scripts.adding_sweep            # 4 lengths × 3 cells, 30 epochs of 50 steps each (~1 min, 1 thread)
    python -m scripts.adding_sweep --dry-run  # lengths 10 and 25, 2 epochs: checks the pipeline, writes nothing
"""
from __future__ import annotations

import argparse
import json
import platform
import threading
import time

import torch

from core.families import rnn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=30, help="epochs of 50 steps per run")
    parser.add_argument("--dry-run", action="store_true", help="two lengths, 2 epochs, nothing written")
    args = parser.parse_args()
    torch.set_num_threads(1)  # as the app trains
    lengths = (10, 25) if args.dry_run else rnn.SWEEP_LENGTHS
    epochs = 2 if args.dry_run else args.epochs
    rows: list[dict] = []
    started = time.perf_counter()
    # in a worker thread, as in the app: torch in the main thread slows every other thread (see bench)
    worker = threading.Thread(target=lambda: rows.extend(rnn.adding_sweep(
        lengths, epochs=epochs, progress=lambda i, k, c, n: print(f"\r{i + 1}/{k} {c} T={n}   ", end="", flush=True))))
    worker.start()
    worker.join()
    result = {"schema": 1, "setting": {"lengths": list(lengths), "epochs": epochs, "hidden": 32, "steps_per_epoch": 50,
                                       "batch_size": 32},
              "seconds": round(time.perf_counter() - started, 1),
              "environment": {"python": platform.python_version(), "torch": torch.__version__, "cpu_threads": 1},
              "rows": rows}
    for r in rows:
        print(f"\n{r['cell']:>4} T={r['length']:>3}: loss {r['test_loss']:.4f}, solved {r['test_acc']:.0%}", end="")
    print(f"\n{len(rows)} runs in {result['seconds']} s")
    if not args.dry_run:
        rnn.STORED_SWEEP.write_text(json.dumps(result, indent=1), encoding="utf-8")
        print(f"wrote {rnn.STORED_SWEEP}")


if __name__ == "__main__":
    main()
