"""Plots are pure figure builders that share one template and one colour per class."""
import numpy as np
import plotly.io as pio

from core import plots


def _scatter_colours(fig):
    return {tr.name: tr.marker.color for tr in fig.data if tr.type == "scatter"}


def test_decision_regions_colour_each_class_the_same_everywhere():
    xs = np.linspace(-1, 1, 5)
    probs = np.random.default_rng(0).dirichlet(np.ones(3), (5, 5))
    x = np.array([[0, 0], [1, 1], [-1, 0]], dtype=float)
    y = np.array([0, 1, 2])
    fig = plots.decision_regions(xs, xs, probs, [(x, y, "train"), (x, y, "test")])
    colours = _scatter_colours(fig)
    for k in range(3):
        assert colours[f"train · {k}"] == colours[f"test · {k}"] == plots.class_color(k)
    assert fig.data[0].type == "image"  # K > 2 classes: an RGB background
    assert fig.layout.template == pio.templates[plots.TEMPLATE]


def test_binary_background_is_the_probability_of_class_one():
    xs = np.linspace(-1, 1, 4)
    p1 = np.linspace(0, 1, 16).reshape(4, 4)
    probs = np.stack([1 - p1, p1], -1)
    fig = plots.decision_regions(xs, xs, probs, [])
    assert np.allclose(np.array(fig.data[0].z), p1)


def test_metric_curves_draw_train_solid_and_test_dashed_in_epoch_order():
    history = [{"epoch": 1.0, "train_loss": 1.0, "test_loss": 1.2}, {"epoch": 2.0, "train_loss": 0.5}]
    fig = plots.metric_curves(history, "loss")
    train, test = fig.data
    assert list(train.y) == [1.0, 0.5] and list(test.y) == [1.2]
    assert train.line.dash == "solid" and test.line.dash == "dash"


def test_confusion_matrix_keeps_counts_and_labels():
    cm = np.array([[5, 1], [2, 7]])
    fig = plots.confusion_matrix(cm, ["cat", "dog"])
    assert np.array_equal(np.array(fig.data[0].z), cm)
    assert list(fig.data[0].x) == ["cat", "dog"]


def test_image_grid_puts_each_title_over_its_own_image():
    images = np.random.default_rng(0).random((6, 8, 8))
    fig = plots.image_grid(images, titles=[f"t{i}" for i in range(6)], cols=3)
    for i, heat in enumerate(fig.data):  # the i-th image lives on axes xN; its title sits above that domain
        axis = fig.layout[f"xaxis{heat.xaxis[1:]}"]
        title = next(a for a in fig.layout.annotations if axis.domain[0] <= a.x <= axis.domain[1]
                     and abs(a.y - fig.layout[f"yaxis{heat.yaxis[1:]}"].domain[1]) < 0.05)
        assert title.text == f"t{i}"


def test_step_losses_are_thinned_for_long_runs():
    fig = plots.step_losses(list(range(10_000)), max_points=1000)
    assert len(fig.data[0].y) <= 1000 and fig.data[0].x[-1] <= 10_000


def test_multi_class_background_is_the_winners_colour_faded_by_doubt():
    xs = np.linspace(-1, 1, 3)
    probs = np.zeros((3, 3, 3))
    probs[..., 2] = 1.0  # certain: class 2 everywhere ...
    probs[0, 0] = [1 / 3, 1 / 3, 1 / 3]  # ... except a three-way tie in one corner
    fig = plots.decision_regions(xs, xs, probs, [])
    image = np.array(fig.data[0].z)
    assert fig.data[0].type == "image"
    assert image[1, 1].tolist() == [int(plots.class_color(2)[i:i + 2], 16) for i in (1, 3, 5)]
    assert image[0, 0].tolist() == [255, 255, 255]


def test_step_losses_draw_the_test_loss_at_each_epochs_last_step():
    fig = plots.step_losses([1.0, 0.8, 0.6, 0.5], history=[{"step": 2.0, "test_loss": 0.9}, {"step": 4.0, "test_loss": 0.7}])
    train, test = fig.data
    assert list(train.y) == [1.0, 0.8, 0.6, 0.5]
    assert list(test.x) == [2.0, 4.0] and list(test.y) == [0.9, 0.7]
    assert len(plots.step_losses([1.0]).data) == 1


def test_a_run_loaded_without_step_losses_draws_its_per_epoch_training_loss():
    history = [{"epoch": 1, "step": 10, "train_loss": 0.9, "test_loss": 1.0},
               {"epoch": 2, "step": 20, "train_loss": 0.5, "test_loss": 0.7}]
    fig = plots.step_losses([], history=history, names=("train", "test"))
    assert list(fig.data[0].x) == [10, 20] and list(fig.data[0].y) == [0.9, 0.5]
    assert list(fig.data[1].y) == [1.0, 0.7]
    assert list(plots.step_losses([0.3, 0.2, 0.1]).data[0].y) == [0.3, 0.2, 0.1]  # live: every step
