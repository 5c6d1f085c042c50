"""LeNet-5 (LeCun et al., 1998) for 1×28×28 images: convolutions exploit locality and translation invariance."""
from __future__ import annotations

from dataclasses import dataclass

from torch import nn


@dataclass(frozen=True)
class LeNetConfig:
    in_channels: int = 1
    num_classes: int = 10
    lr: float = 0.01
    batch_size: int = 64
    epochs: int = 5
    seed: int = 0


def build(config: LeNetConfig) -> nn.Sequential:
    """Conv(6,5)-pool-Conv(16,5)-pool-FC120-FC84-FC10 with ReLU, padded for 28×28 input."""
    return nn.Sequential(
        nn.Conv2d(config.in_channels, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
        nn.Linear(120, 84), nn.ReLU(),
        nn.Linear(84, config.num_classes),
    )
