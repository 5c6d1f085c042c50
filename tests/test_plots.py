"""Plots are pure figure builders that share one template and one colour per class."""
import numpy as np
import plotly.io as pio
import pytest

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
    images = np.random.default_rng(0).random((7, 8, 6))
    fig = plots.image_grid(images, titles=[f"t{i}" for i in range(7)], cols=3)
    mosaic = np.array(fig.data[0].z, dtype=float)
    assert len(fig.data) == 1 and len(fig.layout.annotations) == 7
    for note in fig.layout.annotations:  # the image right under a title, where the title is centred, is its own
        x0, y0 = round(note.x - (6 - 1) / 2), round(note.y + 0.5)
        i = int(note.text[1:])
        assert np.allclose(mosaic[y0:y0 + 8, x0:x0 + 6], images[i], atol=1e-6)
        assert note.yanchor == "bottom" and np.isnan(mosaic[y0 - 1, x0])  # the title sits in the gap above
    assert np.isnan(mosaic).sum() == mosaic.size - 7 * 8 * 6  # gaps and the short last row are transparent


def test_image_grid_draws_colour_images_as_one_png_with_square_pixels():
    from PIL import Image
    import base64
    import io

    images = np.zeros((2, 4, 5, 3))
    images[1, ..., 0] = 1.0  # the second image is pure red
    fig = plots.image_grid(images, cols=5, cell=40)
    png = Image.open(io.BytesIO(base64.b64decode(fig.data[0].source.split(",", 1)[1])))
    pixels = np.asarray(png.convert("RGB"))
    gap = pixels.shape[1] - 10
    assert pixels.shape[0] == 4 and gap >= 1  # two images side by side (cols shrinks to 2), a gap between
    assert (pixels[:, :5] == 0).all() and (pixels[:, 5 + gap:] == [255, 0, 0]).all()
    assert fig.layout.yaxis.scaleanchor == "x"
    with pytest.raises(ValueError):
        plots.image_grid(np.zeros((0, 4, 4)))


@pytest.mark.parametrize("title", ["HOG: orientation per 7×7 cell", "HOG：每个 7×7 格子的方向"])
def test_a_title_wider_than_its_image_is_wrapped_and_the_rows_make_room(title):
    images = np.zeros((2, 28, 28))
    short = plots.image_grid(images, titles=["pixels", "HOG"], cols=2, cell=80)
    fig = plots.image_grid(images, titles=["pixels", title], cols=2, cell=80)
    wrapped = fig.layout.annotations[1].text
    assert wrapped.replace("<br>", " ").replace("  ", " ").replace(" ", "") == title.replace(" ", "")
    lines = wrapped.split("<br>")
    assert len(lines) >= 2 and all(plots._text_width(line) <= 80 * (28 + 2) / 28 + 1e-9 for line in lines)
    assert not any(line.startswith(("：", ":")) for line in lines)
    assert fig.layout.height > short.layout.height  # the row's gap grew to hold the extra lines
    long = plots.image_grid(images, cols=2, cell=80, title="Latent edit: z (top) and z moved along the ink direction")
    assert "<br>" in long.layout.title.text and long.layout.margin.t > short.layout.margin.t


def test_wrap_label_keeps_short_titles_and_existing_breaks():
    assert plots.wrap_label("#12", 30) == "#12" and plots.wrap_label("a<br>b c", 300) == "a<br>b c"
    assert plots.wrap_label("one two three", 40) == "one<br>two<br>three"
    assert plots.wrap_label("卷积神经网络", 25) == "卷积<br>神经<br>网络"


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


def test_signed_scale_keeps_the_sign_and_scales_each_unit_by_its_own_extreme():
    maps = np.array([[[2.0, -1.0], [0.5, 0.0]], [[0.0, 0.0], [0.0, 0.0]], [[-0.1, 0.05], [0.0, 0.02]]])
    each = plots.signed_scale(maps, per_unit=True)
    assert each.shape == maps.shape
    assert np.allclose(each[0], [[1.0, -0.5], [0.25, 0.0]])
    assert np.all(each[1] == 0)  # an all-zero unit stays white, not NaN
    assert np.allclose(each[2], [[-1.0, 0.5], [0.0, 0.2]])
    together = plots.signed_scale(maps)
    assert np.isclose(together[2, 0, 0], -0.05) and np.abs(together).max() == 1.0
