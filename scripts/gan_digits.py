"""Make assets/gan_digits.safetensors: the GAN page's pretrained conditional generator (offline MNIST subset).

    python -m scripts.gan_digits            # 30 epochs, ~2 min on 2 cores; prints the label accuracy
    python -m scripts.gan_digits --dry-run  # 1 epoch, nothing written
"""
from __future__ import annotations

import argparse
from pathlib import Path

import torch

from bench.common import in_thread
from core import runs
from core.data import images
from core.families import cnn, gan_images as gi

OUT = Path(__file__).resolve().parent.parent / "assets" / "gan_digits.safetensors"


def _train(epochs: int) -> tuple[torch.nn.ModuleDict, float]:
    data = images.load("offline")[0]
    classifier = cnn.train_scorer(data)
    trainer = gi.make_trainer(gi.ImageGANConfig(epochs=epochs), data)
    trainer.fit()
    return trainer.model, gi.label_accuracy(trainer.model, classifier)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=30, help="training epochs")
    parser.add_argument("--dry-run", action="store_true", help="1 epoch, nothing written")
    args = parser.parse_args()
    torch.set_num_threads(1)  # as the app trains
    nets, accuracy = in_thread(_train, 1 if args.dry_run else args.epochs)
    print(f"label accuracy of 500 generated digits: {accuracy:.1%}")
    if not args.dry_run:
        OUT.write_bytes(runs.weights_to_bytes(nets["G"].state_dict()))
        print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
