"""2D datasets: the properties each page relies on."""
import numpy as np
import pytest
import torch
from sklearn.svm import LinearSVC

from core.data import toy2d


@pytest.mark.parametrize("kind", toy2d.KINDS)
def test_every_kind_splits_and_is_reproducible(kind):
    cfg = toy2d.Toy2DConfig(kind=kind, n=300, test_fraction=0.25, classes=4, seed=7)
    a, b = toy2d.make(cfg), toy2d.make(cfg)
    assert len(a.x_train) + len(a.x_test) == 300 and len(a.x_test) == 75
    assert a.x_train.shape[1] == 2 and a.x_train.dtype == torch.float32
    assert torch.equal(a.x_train, b.x_train) and torch.equal(a.y_test, b.y_test)
    other = toy2d.make(toy2d.Toy2DConfig(kind=kind, n=300, test_fraction=0.25, classes=4, seed=8))
    assert not torch.equal(a.x_train, other.x_train)
    if a.task == "classification":
        assert set(torch.cat([a.y_train, a.y_test]).tolist()) == set(range(a.n_classes))


@pytest.mark.parametrize("noise", [0.0, 0.3])
def test_linear_data_is_separable_with_the_requested_margin(noise):
    d = toy2d.make(toy2d.Toy2DConfig(kind="linear", n=400, margin=0.3, noise=noise, seed=2))
    x = torch.cat([d.x_train, d.x_test]).numpy()
    y = torch.cat([d.y_train, d.y_test]).numpy()
    svm = LinearSVC(C=1e4, max_iter=100_000).fit(x, y)
    assert svm.score(x, y) == 1.0
    geometric_margin = np.min(np.abs(svm.decision_function(x))) / np.linalg.norm(svm.coef_)
    assert geometric_margin >= 0.3 / 2 - 1e-3


def test_xor_labels_follow_the_quadrants_without_noise():
    d = toy2d.make(toy2d.Toy2DConfig(kind="xor", n=200, noise=0.0))
    expected = ((d.x_train[:, 0] > 0) ^ (d.x_train[:, 1] > 0)).long()
    assert torch.equal(d.y_train, expected)


def test_spiral_has_the_requested_number_of_classes():
    d = toy2d.make(toy2d.Toy2DConfig(kind="spiral", classes=5, n=500))
    assert d.n_classes == 5


@pytest.mark.parametrize("bad", [dict(kind="nope"), dict(n=2), dict(test_fraction=1.0)])
def test_impossible_settings_raise_value_error(bad):
    with pytest.raises(ValueError):
        toy2d.make(toy2d.Toy2DConfig(**bad))
