"""A pretrained ImageNet classifier from torchvision (the "load" path): weights downloaded once, cached,
and loaded with `weights_only=True`, so a tampered file cannot run code."""
from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path
from urllib.error import URLError

import numpy as np
import torch
from torch import nn

from core.i18n import SettingError


@dataclass(frozen=True)
class Choice:
    name: str
    builder: str  # torchvision.models function
    weights: str  # its weights enum, member IMAGENET1K_V1


MODELS = {
    "mobilenet_v3_small": Choice("MobileNetV3-Small", "mobilenet_v3_small", "MobileNet_V3_Small_Weights"),
    "resnet18": Choice("ResNet-18", "resnet18", "ResNet18_Weights"),
}


class WeightsUnavailable(SettingError):
    """No cached weights and no way to download them."""


def weights_enum(key: str):
    from torchvision import models

    return getattr(models, MODELS[key].weights).IMAGENET1K_V1


def cached_file(key: str) -> Path:
    """Where torch.hub keeps the file (TORCH_HOME/hub/checkpoints/<name from the URL>)."""
    return Path(torch.hub.get_dir()) / "checkpoints" / weights_enum(key).url.rsplit("/", 1)[-1]


def is_cached(key: str) -> bool:
    return cached_file(key).is_file()


def load(key: str, download: bool = True) -> nn.Module:
    """The model in eval mode with its ImageNet weights; WeightsUnavailable says why when it cannot."""
    from torchvision import models

    weights, path = weights_enum(key), cached_file(key)
    if not path.is_file():
        if not download:
            raise WeightsUnavailable("imagenet.not_cached", name=MODELS[key].name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            torch.hub.download_url_to_file(weights.url, str(path), hash_prefix=None, progress=False)
        except (URLError, OSError, RuntimeError) as exc:  # offline, a firewall, a full disk
            path.unlink(missing_ok=True)
            raise WeightsUnavailable("imagenet.offline", name=MODELS[key].name, error=type(exc).__name__) from exc
    model = getattr(models, MODELS[key].builder)(weights=None)
    try:
        model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    except (RuntimeError, OSError, ValueError, EOFError, pickle.UnpicklingError) as exc:  # truncated, foreign or code
        raise WeightsUnavailable("imagenet.broken", path=str(path), error=type(exc).__name__) from exc
    return model.eval()


@torch.no_grad()
def top_classes(model: nn.Module, key: str, image_rgb: np.ndarray, k: int = 5) -> list[tuple[str, float]]:
    """The k most probable ImageNet classes for an (H, W, 3) uint8 photo, with the weights' own preprocessing."""
    weights = weights_enum(key)
    x = weights.transforms()(torch.from_numpy(np.ascontiguousarray(image_rgb)).permute(2, 0, 1))
    probs = model(x[None])[0].softmax(0)
    values, idx = probs.topk(k)
    categories = weights.meta["categories"]
    return [(categories[i], float(v)) for v, i in zip(values.tolist(), idx.tolist())]


def sample_photos() -> dict[str, np.ndarray]:
    """Photos scikit-image ships, as (H, W, 3) uint8."""
    from skimage import data

    photos = {"astronaut": data.astronaut(), "coffee": data.coffee(), "chelsea (cat)": data.chelsea(),
              "rocket": data.rocket()}
    return {name: img[..., :3] for name, img in photos.items()}
