"""Make assets/learning_curves.json: the full accuracy-versus-data sweep the "More data" page shows at once.

    python -m scripts.learning_curves            # offline MNIST subset, sizes 50…4000, 3 seeds (~3 min, 2 cores)
    python -m scripts.learning_curves --dry-run  # two sizes, one seed: checks the pipeline in seconds
"""
from __future__ import annotations

import argparse
import json
import platform
import time
from importlib.metadata import version
from pathlib import Path

import numpy as np
import torch

from core.data import digits
from core.lessons import learning_curves as lc

OUT = Path(__file__).resolve().parent.parent / "assets" / "learning_curves.json"
FULL_SIZES = (50, 100, 200, 500, 1000, 2000, 4000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3, help="seeds per (model, size)")
    parser.add_argument("--dry-run", action="store_true", help="sizes 50 and 100, one seed, nothing written")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the JSON")
    args = parser.parse_args()
    torch.set_num_threads(1)  # as the app trains
    data = digits.offline_mnist()
    sizes = (50, 100) if args.dry_run else FULL_SIZES
    started = time.perf_counter()
    rows = lc.sweep(data, sizes, seeds=1 if args.dry_run else args.seeds,
                    progress=lambda i, k, m, n: print(f"\r{i + 1}/{k} {m} n={n}   ", end="", flush=True))
    filters = lc.fit_network("cnn", data.x_train, data.y_train, seed=0)[0].weight.detach().numpy()[:, 0]
    result = {
        "schema": 1, "source": data.source, "train_pool": len(data.y_train), "test_size": len(data.y_test),
        "sizes": list(sizes), "seeds": 1 if args.dry_run else args.seeds, "models": list(lc.ALL_MODELS),
        "seconds": round(time.perf_counter() - started, 1),
        "environment": {"python": platform.python_version(), "torch": torch.__version__,
                        "scikit-learn": version("scikit-learn"), "cpu_threads": 1},
        "rows": rows, "cnn_filters": np.round(filters, 4).tolist(),
    }
    print(f"\n{len(rows)} fits in {result['seconds']} s")
    if not args.dry_run:
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
