"""Images a user gives us (an upload, a canvas drawing), checked and converted to what a model takes."""
from __future__ import annotations

import io

import numpy as np
from PIL import Image, UnidentifiedImageError

from core.i18n import SettingError

MAX_BYTES = 10 * 2**20
MAX_PIXELS = 40_000_000  # ~6,300 × 6,300; beyond that decoding alone needs gigabytes


class ImageError(SettingError):
    """An upload we cannot use; carries a translation key for the page."""


def read_image(raw: bytes, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Decode any format Pillow knows; refuse non-images, oversize files and decompression bombs."""
    if len(raw) > max_bytes:
        raise ImageError("image.too_big", size=f"{len(raw) / 2**20:.1f}", limit=f"{max_bytes / 2**20:.0f}")
    try:
        with Image.open(io.BytesIO(raw)) as probe:  # reads the header only
            width, height = probe.size
            if width * height > max_pixels:
                raise ImageError("image.too_many_pixels", width=width, height=height, limit=f"{max_pixels:,}")
            probe.load()
            image = probe.copy()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        if isinstance(exc, ImageError):
            raise
        raise ImageError("image.unreadable", error=type(exc).__name__) from exc
    return image


def to_model_input(image: Image.Image, shape: tuple[int, int, int], digit_like: bool = False) -> np.ndarray:
    """(C, H, W) float32 in [0, 1]: colour or grey as the model needs, resized to its input size.

    `digit_like` prepares a photo or drawing of a digit the way MNIST was made: dark-on-light is
    inverted to white on black, the strokes are cropped, scaled into a 20×20 box and centred by mass.
    """
    channels, height, width = shape
    if image.mode in ("RGBA", "LA", "P"):  # flatten transparency onto white, as a viewer shows it
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    image = image.convert("L" if channels == 1 else "RGB")
    if digit_like and channels == 1:
        return mnist_style(np.asarray(image, dtype=np.float32) / 255.0, height)[None]
    array = np.asarray(image.resize((width, height), Image.Resampling.BILINEAR), dtype=np.float32) / 255.0
    return array[None] if channels == 1 else array.transpose(2, 0, 1).copy()


def mnist_style(grey: np.ndarray, size: int = 28, box: int = 20) -> np.ndarray:
    """White digit on black, fitted into a `box`×`box` square and centred by its centre of mass."""
    if grey.mean() > 0.5:  # dark ink on light paper
        grey = 1.0 - grey
    grey = np.clip((grey - np.percentile(grey, 50)) / max(np.ptp(grey), 1e-6), 0, 1)
    rows, cols = np.flatnonzero(grey.max(1) > 0.1), np.flatnonzero(grey.max(0) > 0.1)
    if len(rows) == 0:
        return np.zeros((size, size), np.float32)
    crop = grey[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    scale = box / max(crop.shape)
    h, w = max(1, round(crop.shape[0] * scale)), max(1, round(crop.shape[1] * scale))
    small = np.asarray(Image.fromarray((crop * 255).astype(np.uint8)).resize((w, h), Image.Resampling.LANCZOS),
                       dtype=np.float32) / 255.0
    out = np.zeros((size, size), np.float32)
    mass = small.sum()
    cy, cx = ((np.indices(small.shape) * small).sum((1, 2)) / mass) if mass > 0 else (h / 2, w / 2)
    top = int(np.clip(round(size / 2 - cy), 0, size - h))
    left = int(np.clip(round(size / 2 - cx), 0, size - w))
    out[top:top + h, left:left + w] = small
    return out


def canvas_to_grey(rgba: np.ndarray) -> np.ndarray:
    """A canvas's RGBA pixels (white strokes on a black or transparent background) as grey in [0, 1]."""
    rgba = np.asarray(rgba, dtype=np.float32) / 255.0
    return rgba[..., :3].mean(-1) * rgba[..., 3]
