"""Images a user gives us (an upload, a canvas drawing), checked and converted to what a model takes."""
from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from core.i18n import SettingError

MAX_BYTES = 10 * 2**20
HIGH_DEPTH = ("I", "I;16", "I;16L", "I;16B", "I;16N", "F")  # Pillow's 16/32-bit integer and float modes
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
            image = ImageOps.exif_transpose(probe)  # a phone photo held upright is stored sideways plus a tag
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        if isinstance(exc, ImageError):
            raise
        raise ImageError("image.unreadable", error=type(exc).__name__) from exc
    return image


def to_grey(image: Image.Image) -> np.ndarray:
    """(H, W) float32 in [0, 1] as a viewer shows the image: 16- and 32-bit integer and float modes are scaled
    by their real range (Pillow's convert("L") would clip a 16-bit image to white), and transparency is laid
    over the background that keeps the drawing visible (black under light strokes, white under dark ones)."""
    if image.mode in HIGH_DEPTH:
        return _high_depth(np.asarray(image, dtype=np.float64), integers=image.mode != "F")
    if image.mode == "LAB":  # CIE L*a*b* (some TIFFs): L* is the lightness
        return np.asarray(image.getchannel("L"), dtype=np.float32) / 255.0
    return np.asarray(_converted(_flatten(image), "L"), dtype=np.float32) / 255.0


def to_rgb(image: Image.Image) -> np.ndarray:
    """(H, W, 3) float32 in [0, 1]: the colour counterpart of `to_grey` (high-depth grey is repeated)."""
    if image.mode in (*HIGH_DEPTH, "LAB"):
        return np.repeat(to_grey(image)[..., None], 3, axis=2)
    return np.asarray(_converted(_flatten(image), "RGB"), dtype=np.float32) / 255.0


def _converted(image: Image.Image, mode: str) -> Image.Image:
    try:
        return image.convert(mode)
    except ValueError:  # a mode Pillow opens but cannot convert (premultiplied La, RGBa)
        raise ImageError("image.mode", mode=image.mode) from None


def _high_depth(values: np.ndarray, integers: bool) -> np.ndarray:
    """Integer images by the depth their values need (8 or 16 bits, else their own maximum); float images
    as they are when in [0, 1], else stretched from their minimum to their maximum."""
    finite = np.isfinite(values)
    values = np.where(finite, values, 0.0)
    low, high = (float(values.min()), float(values.max())) if values.size else (0.0, 0.0)
    if integers and low >= 0:  # 8-bit values in a 32-bit container, 16-bit, or wider
        top = 255.0 if high <= 255 else 65535.0 if high <= 65535 else high
        return (values / max(top, 1.0)).astype(np.float32)
    if low >= 0 and high <= 1:
        return values.astype(np.float32)
    return ((values - low) / max(high - low, 1e-12)).astype(np.float32)


def _flatten(image: Image.Image) -> Image.Image:
    """An image without transparency, composited over black or white, whichever the visible pixels contrast with."""
    if image.mode not in ("RGBA", "LA", "PA", "P", "RGBa", "La") and "transparency" not in image.info:
        return image
    rgba = np.asarray(_converted(image, "RGBA"), dtype=np.float32) / 255.0
    alpha = rgba[..., 3:]
    if alpha.min() >= 1.0:
        return image.convert("RGB")
    luminance = rgba[..., :3].mean(-1, keepdims=True)
    ink = float((luminance * alpha).sum() / max(float(alpha.sum()), 1e-6))  # mean brightness of what is drawn
    background = 0.0 if ink > 0.5 else 1.0
    flat = rgba[..., :3] * alpha + background * (1 - alpha)
    return Image.fromarray(np.round(flat * 255).astype(np.uint8), "RGB")


def is_blank(grey: np.ndarray, contrast: float = 0.1) -> bool:
    """Nothing to recognise: the brightest and darkest pixels differ by less than `contrast` (the canvas's test)."""
    return grey.size == 0 or float(grey.max() - grey.min()) < contrast


def to_model_input(image: Image.Image, shape: tuple[int, int, int], digit_like: bool = False) -> np.ndarray:
    """(C, H, W) float32 in [0, 1]: colour or grey as the model needs, resized to its input size.

    `digit_like` prepares a photo or drawing of a digit the way MNIST was made: dark-on-light is
    inverted to white on black, the strokes are cropped, scaled into a 20×20 box and centred by mass.
    """
    channels, height, width = shape
    pixels = to_grey(image) if channels == 1 else to_rgb(image)
    if is_blank(pixels):
        raise ImageError("image.blank")
    if digit_like and channels == 1:
        return mnist_style(pixels, height)[None]
    resized = Image.fromarray(np.round(pixels * 255).astype(np.uint8)).resize((width, height), Image.Resampling.BILINEAR)
    array = np.asarray(resized, dtype=np.float32) / 255.0
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
