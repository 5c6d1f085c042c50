"""The pretrained ImageNet path: cached weights load safely, offline gives a message, a tampered file is refused."""
import os
import pickle
from urllib.error import URLError

import numpy as np
import pytest
import torch

from core.lessons import imagenet

KEY = "mobilenet_v3_small"


@pytest.fixture
def hub(tmp_path, monkeypatch):
    monkeypatch.setattr(torch.hub, "get_dir", lambda: str(tmp_path))
    return tmp_path


def test_offline_without_a_cache_explains_instead_of_failing(hub, monkeypatch):
    def no_network(*args, **kwargs):
        raise URLError("Temporary failure in name resolution")

    monkeypatch.setattr(torch.hub, "download_url_to_file", no_network)
    with pytest.raises(imagenet.WeightsUnavailable) as err:
        imagenet.load(KEY)
    assert err.value.key == "imagenet.offline" and "URLError" in str(err.value)
    assert not imagenet.is_cached(KEY)
    with pytest.raises(imagenet.WeightsUnavailable) as err:
        imagenet.load(KEY, download=False)
    assert err.value.key == "imagenet.not_cached"


def test_cached_weights_classify_a_photo_into_five_imagenet_classes(hub):
    from torchvision import models

    torch.manual_seed(0)
    path = imagenet.cached_file(KEY)
    path.parent.mkdir(parents=True)
    torch.save(models.mobilenet_v3_small(weights=None).state_dict(), path)  # same format, untrained values
    model = imagenet.load(KEY, download=False)
    photo = imagenet.sample_photos()["astronaut"]
    top = imagenet.top_classes(model, KEY, photo)
    probs = [p for _, p in top]
    assert len(top) == 5 and probs == sorted(probs, reverse=True) and 0 < sum(probs) <= 1 + 1e-6
    categories = imagenet.weights_enum(KEY).meta["categories"]
    assert all(name in categories for name, _ in top)


class _Payload:
    def __reduce__(self):
        return (os.system, ("touch /tmp/dlc-imagenet-pwned",))


def test_a_cached_file_carrying_pickled_code_is_refused_without_running_it(hub):
    marker = "/tmp/dlc-imagenet-pwned"
    if os.path.exists(marker):
        os.remove(marker)
    path = imagenet.cached_file(KEY)
    path.parent.mkdir(parents=True)
    with open(path, "wb") as f:
        pickle.dump({"features.0.0.weight": _Payload()}, f, protocol=2)
    with pytest.raises(imagenet.WeightsUnavailable) as err:
        imagenet.load(KEY, download=False)
    assert err.value.key == "imagenet.broken"
    assert not os.path.exists(marker)


def test_the_sample_photos_are_colour_images():
    photos = imagenet.sample_photos()
    assert len(photos) >= 3
    assert all(p.ndim == 3 and p.shape[2] == 3 and p.dtype == np.uint8 for p in photos.values())
