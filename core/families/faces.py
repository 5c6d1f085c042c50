"""Face detection: for every face, its position (x, y) and size (width, height), with a score.

A small CNN classifies 24×24 grey windows as face / not face. It has no padding, so run over a whole
image it *is* the sliding-window classifier, evaluated at every 4th pixel in one pass (a score map).
An image pyramid covers face sizes; non-maximum suppression merges the overlapping windows.
Data are offline: scikit-image's LFW subset (faces, non-faces) and its face-free photos.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.data.uploads import ImageError
from core.families.cnn import ClassifierStep
from core.family import Family
from core.train import TensorBatches, Trainer, make_optimizer, seeded

WINDOW, STRIDE = 24, 4
DEFAULT_THRESHOLD, DEFAULT_NMS = 0.92, 0.3  # the threshold: best F1 on the validation scenes (python -m bench)
TRAIN_FACES, VALIDATION_FACES = 70, 10  # of the subset's 100 faces; the other 20 are only in the test scenes
SPLIT_SEED = 0  # which faces are held out is part of the benchmark, not of a training run: fixed for every seed
BACKGROUNDS = ("brick", "grass", "gravel", "coffee", "rocket", "page", "text", "coins", "moon", "hubble_deep_field",
               "immunohistochemistry", "colorwheel", "logo", "chelsea", "cell", "checkerboard", "clock", "horse",
               "retina", "stereo_motorcycle")  # every scikit-image photo that ships offline and shows no human face


@dataclass(frozen=True)
class FaceConfig:
    epochs: int = 12
    lr: float = 3e-3
    batch_size: int = 64
    positives: int = 3000  # windows on faces pasted into training photos, augmented
    negatives: int = 8000  # random background windows, before hard-negative mining
    near_misses: int = 3000  # windows too big for a face, or on a part of one
    mine_at: tuple[int, ...] = (3, 6, 9)  # epochs after which false positives join the negatives (hard-negative mining)
    seed: int = 0


def build(config: FaceConfig | None = None, context: dict | None = None) -> nn.Sequential:
    """24×24 → 22 → 11 → 9 → 4 → 1: two logits (not face, face) per window; no padding, so fully convolutional.

    PReLU as in MTCNN's P-Net (Zhang et al. 2016): with ReLU the network learnt to switch every last-layer
    unit off for a face, so every face window scored the same (its bias) and the best-placed window could
    not be told from a half-overlapping one."""
    return nn.Sequential(
        nn.Conv2d(1, 16, 3), nn.PReLU(16), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3), nn.PReLU(32), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 4), nn.PReLU(64),
        nn.Conv2d(64, 2, 1),
    )


# ---- data ----
def lfw() -> tuple[np.ndarray, np.ndarray]:
    """scikit-image's LFW subset: (100, 25, 25) faces and (100, 25, 25) non-faces in [0, 1]."""
    from skimage import data

    x = data.lfw_subset().astype(np.float32)
    return x[:100], x[100:]


def backgrounds() -> list[np.ndarray]:
    """Face-free photos as grey [0, 1] images (textures, objects, text, space, microscopy)."""
    from skimage import color, data

    out = []
    for name in BACKGROUNDS:
        img = getattr(data, name)()
        img = img[0] if isinstance(img, tuple) else img  # the stereo pair
        img = color.rgb2gray(img[..., :3]) if img.ndim == 3 else img.astype(np.float64) / max(float(img.max()), 1.0)
        out.append(img.astype(np.float32))
    return out


def halves(photos: list[np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Top halves for training negatives, bottom halves for the test scenes: no pixel is in both."""
    return [p[: p.shape[0] // 2] for p in photos], [p[p.shape[0] // 2:] for p in photos]


def extra_backgrounds() -> list[np.ndarray]:
    """scikit-learn's two sample photos (a temple, a flower), whole: more scenery to learn what is not a
    face from; neither is in a test scene."""
    from skimage import color
    from sklearn.datasets import load_sample_images

    return [color.rgb2gray(img).astype(np.float32) for img in load_sample_images().images]


def resize(img: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    t = torch.from_numpy(np.ascontiguousarray(img, dtype=np.float32))[None, None]
    return F.interpolate(t, size=shape, mode="bilinear", align_corners=False, antialias=True)[0, 0].numpy()


def jitter(win: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Gamma, contrast and brightness jitter, clipped to [0, 1]: faces in shadow, in glare, low in contrast."""
    win = np.clip(win, 0, 1) ** rng.uniform(0.6, 1.6)
    mean = win.mean()
    return np.clip((win - mean) * rng.uniform(0.5, 1.4) + mean + rng.uniform(-0.2, 0.2), 0, 1)


def tilt(face: np.ndarray, rng: np.random.Generator, degrees: float = 12) -> np.ndarray:
    """The face turned by up to ±`degrees` in the image plane, sometimes mirrored (edges repeated)."""
    from skimage.transform import rotate

    face = face[:, ::-1] if rng.random() < 0.5 else face
    return rotate(face, rng.uniform(-degrees, degrees), mode="edge").astype(np.float32)


# Windows a detector must reject although they overlap a face: IoU with the face below ~0.45, so that
# the window of the face's own size and place is the one that scores highest (no IoU 0.3–0.5 duplicates).
TOO_BIG = (1.5, 3.0)  # side as a multiple of the face's: the face is a small part of the window
TOO_SMALL = (0.35, 0.65)  # a part of the face (an eye, a mouth, a cheek)
SHIFTED = (0.4, 0.8)  # a face-sized window moved by this fraction of the face's side
# A face's own window: side × POSITIVE_SIZE, moved by up to ± POSITIVE_SHIFT of the side on each axis, so
# IoU ≥ ~0.6 with the face, close to MTCNN's positives (IoU > 0.65; Zhang et al., IEEE SPL 2016); windows
# with IoU between ~0.45 and ~0.6 are in neither class. The three best windows on a face then all score high.
POSITIVE_SIZE, POSITIVE_SHIFT = (0.87, 1.15), 0.12


def pasted_windows(faces: np.ndarray, photos: list[np.ndarray], n: int, rng: np.random.Generator,
                   positive: bool) -> np.ndarray:
    """Windows around a face pasted into a photo, as the detector meets them: the face's own box
    (`POSITIVE_SIZE`, `POSITIVE_SHIFT`; the face tilted, sometimes mirrored) when `positive`; otherwise
    a near miss that a detector must reject — a window much bigger than the face, one over a part of it,
    or one beside it (`TOO_BIG`, `TOO_SMALL`, `SHIFTED`). Returns (n, 24, 24) grey windows in [0, 1]."""
    out = np.empty((n, WINDOW, WINDOW), np.float32)
    for i in range(n):
        size = int(rng.integers(24, 49))
        face = faces[rng.integers(len(faces))]
        canvas = random_windows(photos, 1, rng, side=4 * size)[0]
        top, left = int(rng.integers(size, 2 * size + 1)), int(rng.integers(size, 2 * size + 1))
        canvas[top:top + size, left:left + size] = resize(tilt(face, rng), (size, size))
        kind = rng.random()
        if positive:
            side = int(round(size * rng.uniform(*POSITIVE_SIZE)))
            y = top + (size - side) // 2 + int(round(size * rng.uniform(-POSITIVE_SHIFT, POSITIVE_SHIFT)))
            x = left + (size - side) // 2 + int(round(size * rng.uniform(-POSITIVE_SHIFT, POSITIVE_SHIFT)))
        elif kind < 0.4:
            side = int(round(size * rng.uniform(*TOO_BIG)))
            y = top - int(rng.integers(0, side - size + 1))
            x = left - int(rng.integers(0, side - size + 1))
        elif kind < 0.7:
            side = int(round(size * rng.uniform(*TOO_SMALL)))
            y, x = top + int(rng.integers(0, size - side + 1)), left + int(rng.integers(0, size - side + 1))
        else:
            side = int(round(size * rng.uniform(0.9, 1.1)))
            angle, shift = rng.uniform(0, 2 * np.pi), size * rng.uniform(*SHIFTED)
            y, x = top + int(round(shift * np.sin(angle))), left + int(round(shift * np.cos(angle)))
        y, x = int(np.clip(y, 0, canvas.shape[0] - side)), int(np.clip(x, 0, canvas.shape[1] - side))
        out[i] = jitter(resize(canvas[y:y + side, x:x + side], (WINDOW, WINDOW)), rng)
    return out


def random_windows(photos: list[np.ndarray], n: int, rng: np.random.Generator, side: int = WINDOW) -> np.ndarray:
    """Background windows of random size (24…min side of the photo), resized to side × side."""
    out = np.empty((n, side, side), np.float32)
    for i in range(n):
        photo = photos[rng.integers(len(photos))]
        size = int(rng.integers(WINDOW, min(photo.shape) + 1))
        top, left = rng.integers(0, photo.shape[0] - size + 1), rng.integers(0, photo.shape[1] - size + 1)
        out[i] = resize(photo[top:top + size, left:left + size], (side, side))
    return out


@dataclass
class FaceData:
    x: torch.Tensor  # (N, 1, 24, 24)
    y: torch.Tensor  # (N,) 1 = face
    train_faces: np.ndarray
    val_faces: np.ndarray  # never trained on; their scenes chose DEFAULT_THRESHOLD
    test_faces: np.ndarray
    train_backgrounds: list[np.ndarray]
    test_backgrounds: list[np.ndarray]


def mining_effects(history: list[dict]) -> list[dict]:
    """For each epoch after which hard negatives were mined: {"epoch", "mined" (windows added), "before" (that
    epoch's training-window accuracy), "after" (the next epoch's, on the enlarged set; None if there is none)}.
    Whether the accuracy dips when they join is read from these, not assumed."""
    accs = {int(r["epoch"]): r.get("train_acc") for r in history}
    return [{"epoch": int(r["epoch"]), "mined": int(r["hard_negatives"]), "before": r.get("train_acc"),
             "after": accs.get(int(r["epoch"]) + 1)} for r in history if "hard_negatives" in r]


def split_faces(faces: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The subset's faces as (training, validation, test) arrays: 70, 10 and 20, the same for every seed."""
    order = np.random.default_rng(SPLIT_SEED).permutation(len(faces))
    held = TRAIN_FACES + VALIDATION_FACES
    return faces[order[:TRAIN_FACES]], faces[order[TRAIN_FACES:held]], faces[order[held:]]


def make_data(config: FaceConfig) -> FaceData:
    rng = np.random.default_rng(config.seed)
    faces, non_faces = lfw()
    train_faces, val_faces, test_faces = split_faces(faces)
    train_bg, test_bg = halves(backgrounds())
    train_bg += extra_backgrounds()
    pos = pasted_windows(train_faces, train_bg, config.positives, rng, positive=True)
    neg = np.concatenate([random_windows(train_bg, config.negatives, rng),
                          pasted_windows(train_faces, train_bg, config.near_misses, rng, positive=False),
                          np.stack([resize(w, (WINDOW, WINDOW)) for w in non_faces])])
    x = torch.from_numpy(np.concatenate([pos, neg])[:, None])
    y = torch.cat([torch.ones(len(pos), dtype=torch.long), torch.zeros(len(neg), dtype=torch.long)])
    return FaceData(x, y, train_faces, val_faces, test_faces, train_bg, test_bg)


def test_scenes(data: FaceData) -> list["Scene"]:
    """The 30 test scenes: the held-out faces in the photos' bottom halves, at known places and sizes."""
    return make_scenes(data.test_faces, data.test_backgrounds)


def held_out_scenes() -> list["Scene"]:
    """The same 30 scenes as `test_scenes`, built in about a second without the training windows
    (for a page or a lecture step that only evaluates a trained detector)."""
    return make_scenes(split_faces(lfw()[0])[2], halves(backgrounds())[1])


def validation_scenes(data: FaceData) -> list["Scene"]:
    """30 scenes of the validation faces in the training photos' top halves: for choosing settings such as
    the score threshold without looking at the test scenes (the photos were mined for negatives, so false
    alarms are rarer here than on unseen photos)."""
    return make_scenes(data.val_faces, data.train_backgrounds, n=30, seed=2)


# ---- detection ----
def standardize(img: np.ndarray) -> torch.Tensor:
    """Each window is judged on [0, 1] grey values, as in training; the image goes in as (1, 1, H, W)."""
    return torch.from_numpy(np.ascontiguousarray(img, dtype=np.float32))[None, None]


def pyramid(shape: tuple[int, int], min_size: int = WINDOW, max_size: int | None = None,
            step: float = 1.1) -> list[float]:
    """Scales at which a face of min_size…max_size pixels becomes the 24-pixel window."""
    max_size = min(max_size or min(shape), min(shape))
    scales, size = [], float(min_size)
    while size <= max_size:
        scales.append(WINDOW / size)
        size *= step
    return scales


@torch.no_grad()
def score_maps(model: nn.Module, img: np.ndarray, scales: list[float]) -> list[tuple[float, np.ndarray]]:
    """P(face) for the window at every 4th pixel of every scaled image: [(scale, (h, w) map)]."""
    model.eval()
    out = []
    for s in scales:
        h, w = int(round(img.shape[0] * s)), int(round(img.shape[1] * s))
        if min(h, w) < WINDOW:
            continue
        scaled = resize(img, (h, w)) if s != 1 else img
        out.append((s, model(standardize(scaled)).softmax(1)[0, 1].numpy()))
    return out


def candidates(maps: list[tuple[float, np.ndarray]], floor: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Every window scoring above `floor`, as boxes (x, y, w, h) in image pixels and scores."""
    boxes, scores = [], []
    for s, m in maps:
        rows, cols = np.nonzero(m > floor)
        size = WINDOW / s
        boxes.append(np.stack([cols * STRIDE / s, rows * STRIDE / s, np.full(len(rows), size), np.full(len(rows), size)], 1))
        scores.append(m[rows, cols])
    if not boxes:
        return np.zeros((0, 4), np.float32), np.zeros(0, np.float32)
    return np.concatenate(boxes).astype(np.float32), np.concatenate(scores).astype(np.float32)


def iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Intersection over union of every (x, y, w, h) box in `a` with every one in `b`: (len(a), len(b))."""
    a, b = np.asarray(a, np.float64).reshape(-1, 4), np.asarray(b, np.float64).reshape(-1, 4)
    x1 = np.maximum(a[:, None, 0], b[None, :, 0])
    y1 = np.maximum(a[:, None, 1], b[None, :, 1])
    x2 = np.minimum(a[:, None, 0] + a[:, None, 2], b[None, :, 0] + b[None, :, 2])
    y2 = np.minimum(a[:, None, 1] + a[:, None, 3], b[None, :, 1] + b[None, :, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    union = (a[:, 2] * a[:, 3])[:, None] + (b[:, 2] * b[:, 3])[None, :] - inter
    return inter / np.maximum(union, 1e-12)


SUPPORT = 3  # a detection's score is the mean of the best SUPPORT window scores on it (missing ones count 0)
FLOOR = 0.3  # windows below this P(face) take no part in grouping


def select(boxes: np.ndarray, scores: np.ndarray, threshold: float = DEFAULT_THRESHOLD,
           nms_iou: float = DEFAULT_NMS) -> tuple[np.ndarray, np.ndarray]:
    """Windows grouped into detections; those scoring ≥ threshold, best first.

    A face is seen by several overlapping windows at neighbouring places and scales; a texture that
    fools the network usually by one. So, as OpenCV's cascade detector merges overlapping detections and
    asks for a minimum number of neighbours (`minNeighbors`): non-maximum suppression (torchvision.ops.nms, IoU `nms_iou`)
    picks one window per group among those with P(face) ≥ `FLOOR`, a window centred inside a better one
    is a part of that face, not another face; each detection's box is the score-weighted mean of the
    windows overlapping its window at IoU ≥ 0.5, and its score the mean of their best `SUPPORT` scores.
    boxes: (N, 4) as (x, y, w, h) in pixels; scores: (N,) in [0, 1]. Returns (k, 4) boxes and (k,) scores.
    """
    from torchvision.ops import nms

    keep = scores >= FLOOR
    boxes, scores = boxes[keep], scores[keep]
    if len(boxes) == 0:
        return np.zeros((0, 4), np.float32), np.zeros(0, np.float32)
    corners = torch.from_numpy(np.concatenate([boxes[:, :2], boxes[:, :2] + boxes[:, 2:]], 1))
    idx = nms(corners, torch.from_numpy(scores), nms_iou).numpy()  # best first
    centres = boxes[idx, :2] + boxes[idx, 2:] / 2
    heads: list[int] = []
    for i, c in zip(idx, centres):
        if not any(np.all((boxes[k, :2] <= c) & (c <= boxes[k, :2] + boxes[k, 2:])) for k in heads):
            heads.append(int(i))
    members = iou(boxes[heads], boxes) >= 0.5  # (heads, N); each head is its own member
    merged = np.stack([np.average(boxes[m], axis=0, weights=scores[m]) for m in members]).astype(np.float32)
    support = np.stack([np.sort(np.where(m, scores, 0))[::-1][:SUPPORT].sum() / SUPPORT for m in members])
    order = np.argsort(-support, kind="stable")
    chosen = order[support[order] >= threshold]
    return merged[chosen], support[chosen].astype(np.float32)


def detect(model: nn.Module, img: np.ndarray, threshold: float = DEFAULT_THRESHOLD, nms_iou: float = DEFAULT_NMS,
           min_size: int = WINDOW, max_size: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Faces in a grey [0, 1] image: boxes (x, y, width, height) in pixels and their scores, best first."""
    maps = score_maps(model, img, pyramid(img.shape, min_size, max_size))
    return select(*candidates(maps), threshold, nms_iou)


# ---- training, with hard negatives ----
def false_positives(model: nn.Module, img: np.ndarray, truth: np.ndarray, limit: int,
                    threshold: float = 0.5) -> list[np.ndarray]:
    """The best-scoring windows of `img` that overlap no true face (IoU < 0.3), as 24×24 crops."""
    boxes, scores = candidates(score_maps(model, img, pyramid(img.shape, max_size=128, step=1.3)), threshold)
    if len(truth) and len(boxes):
        keep = iou(boxes, truth).max(1) < 0.3
        boxes, scores = boxes[keep], scores[keep]
    crops = []
    for x, y, w, _ in boxes[np.argsort(-scores)][:limit]:
        x, y, w = int(x), int(y), int(round(w))
        crop = img[y:y + w, x:x + w]
        if crop.shape == (w, w):
            crops.append(resize(crop, (WINDOW, WINDOW)))
    return crops


def mine_hard_negatives(model: nn.Module, photos: list[np.ndarray], scenes: list["Scene"],
                        per_image: int = 100) -> np.ndarray:
    """Windows of face-free photos, and of training scenes away from their faces, that the model calls
    faces: the negatives it most needs to see."""
    found = []
    for photo in photos:
        found += false_positives(model, photo, np.zeros((0, 4)), per_image)
    for scene in scenes:
        found += false_positives(model, scene.image, scene.boxes, per_image // 4)
    return np.stack(found) if found else np.zeros((0, WINDOW, WINDOW), np.float32)


def make_trainer(config: FaceConfig, data: FaceData) -> Trainer:
    """The window network trained with the shared loop; after each epoch in `mine_at`, hard negatives
    from the training backgrounds and training scenes are appended to the batches."""
    with seeded(config.seed) as generator:
        model = build()
    batches = TensorBatches(data.x, data.y, batch_size=config.batch_size, generator=generator)

    def step_model(x: torch.Tensor) -> torch.Tensor:
        return model(x).flatten(1)  # (N, 2, 1, 1) → (N, 2)

    step = ClassifierStep(step_model, F.cross_entropy, make_optimizer(model.parameters(), "adam", config.lr))
    # mined negatives lengthen later epochs by ~30 %; the cosine spans the longer run
    step.scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(step.optimizer, int(config.epochs * len(batches) * 1.3))
    trainer = Trainer(model, step, batches, epochs=config.epochs)
    scenes = make_scenes(data.train_faces, data.train_backgrounds, n=40, seed=config.seed + 100)
    if config.mine_at:
        def mine(tr: Trainer) -> None:
            if tr.state.epoch in config.mine_at:
                hard = mine_hard_negatives(model, data.train_backgrounds, scenes)
                x = torch.cat([batches.tensors[0], torch.from_numpy(hard[:, None])])
                y = torch.cat([batches.tensors[1], torch.zeros(len(hard), dtype=torch.long)])
                batches.tensors = (x, y)
                tr.state.history[-1]["hard_negatives"] = float(len(hard))
        trainer.add_callback("on_epoch_end", mine)
    return trainer


# ---- evaluation on scenes with faces at known places ----
@dataclass(frozen=True)
class Scene:
    image: np.ndarray  # grey [0, 1]
    boxes: np.ndarray  # (k, 4) true faces as (x, y, w, h)


def make_scenes(faces: np.ndarray, photos: list[np.ndarray], n: int = 30, size: int = 256,
                sizes: tuple[int, int] = (32, 96), seed: int = 1) -> list[Scene]:
    """Background crops with 1–3 faces pasted at random non-overlapping places and sizes."""
    rng = np.random.default_rng(seed)
    scenes = []
    for _ in range(n):
        photo = photos[rng.integers(len(photos))]
        side = int(min(photo.shape))
        top, left = rng.integers(0, photo.shape[0] - side + 1), rng.integers(0, photo.shape[1] - side + 1)
        img = resize(photo[top:top + side, left:left + side], (size, size)).copy()
        boxes: list[list[float]] = []
        for _ in range(rng.integers(1, 4)):
            for _attempt in range(20):
                s = int(rng.integers(sizes[0], sizes[1] + 1))
                x, y = int(rng.integers(0, size - s + 1)), int(rng.integers(0, size - s + 1))
                if not boxes or iou(np.array([[x, y, s, s]]), np.array(boxes)).max() == 0:
                    img[y:y + s, x:x + s] = resize(faces[rng.integers(len(faces))], (s, s))
                    boxes.append([x, y, s, s])
                    break
        scenes.append(Scene(img, np.array(boxes, np.float32)))
    return scenes


def match(pred: np.ndarray, scores: np.ndarray, truth: np.ndarray, min_iou: float = 0.5) -> tuple[np.ndarray, list[float]]:
    """Greedy matching, best score first: which predictions are true positives, and their IoUs."""
    hit = np.zeros(len(pred), bool)
    ious: list[float] = []
    free = np.ones(len(truth), bool)
    overlaps = iou(pred, truth) if len(pred) and len(truth) else np.zeros((len(pred), len(truth)))
    for i in np.argsort(-scores, kind="stable"):
        if not free.any():
            break
        j = int(np.argmax(np.where(free, overlaps[i], -1)))
        if free[j] and overlaps[i, j] >= min_iou:
            hit[i], free[j] = True, False
            ious.append(float(overlaps[i, j]))
    return hit, ious


def scores_table(results: list[tuple[np.ndarray, np.ndarray]], scenes: list[Scene], min_iou: float = 0.5) -> dict:
    """Precision, recall and mean IoU of the matched boxes over all scenes."""
    tp = fp = 0
    ious: list[float] = []
    for (pred, sc), scene in zip(results, scenes, strict=True):
        hit, matched = match(pred, sc, scene.boxes, min_iou)
        tp, fp = tp + int(hit.sum()), fp + int((~hit).sum())
        ious += matched
    faces = sum(len(s.boxes) for s in scenes)
    row = {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / faces if faces else 1.0,
           "mean_iou": float(np.mean(ious)) if ious else 0.0, "tp": tp, "fp": fp, "faces": faces}
    return {**row, "f1": f1(row)}


def f1(row: dict) -> float:
    """The harmonic mean of a row's precision and recall (0 when both are 0)."""
    p, r = row["precision"], row["recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


def verdict(cnn: dict, cascade: dict, tie: float = 0.01) -> str:
    """Whether the CNN's F1 is "better", "worse" or a "tie" (within `tie`) against the cascade's, same scenes."""
    gap = cnn["f1"] - cascade["f1"]
    return "tie" if abs(gap) < tie else ("better" if gap > 0 else "worse")


def pr_curve(raw: list[tuple[np.ndarray, np.ndarray]], scenes: list[Scene], nms_iou: float = 0.3,
             thresholds: np.ndarray | None = None) -> list[dict]:
    """Precision and recall of the CNN at each score threshold (after NMS), from its raw candidates."""
    thresholds = np.linspace(0.1, 0.99, 30) if thresholds is None else thresholds
    return [{"threshold": float(th), **scores_table([select(b, s, th, nms_iou) for b, s in raw], scenes)}
            for th in thresholds]


def cascade_detect(img: np.ndarray, min_size: int = WINDOW, max_size: int | None = None) -> np.ndarray:
    """OpenCV's LBP frontal-face cascade through scikit-image: boxes (x, y, w, h), no scores."""
    from skimage import data
    from skimage.feature import Cascade

    side = max_size or int(min(img.shape))
    found = Cascade(data.lbp_frontal_face_cascade_filename()).detect_multi_scale(
        img=img, scale_factor=1.2, step_ratio=1, min_size=(min_size, min_size), max_size=(side, side))
    return np.array([[d["c"], d["r"], d["width"], d["height"]] for d in found], np.float32).reshape(-1, 4)


def check_photo(grey: np.ndarray) -> np.ndarray:
    """`grey` itself, or ImageError("image.too_small") when a side is shorter than the detector's window."""
    if min(grey.shape) < WINDOW:
        raise ImageError("image.too_small", width=grey.shape[1], height=grey.shape[0], window=WINDOW)
    return grey


MAX_SIDE = 640  # larger photos are scaled down before detection; boxes are reported in the original's pixels


def fit_size(grey: np.ndarray, max_side: int = MAX_SIDE) -> tuple[np.ndarray, float]:
    """The image scaled so its longer side is at most `max_side`, and the factor used (≤ 1)."""
    factor = min(1.0, max_side / max(grey.shape))
    if factor == 1.0:
        return grey, 1.0
    return resize(grey, (max(1, round(grey.shape[0] * factor)), max(1, round(grey.shape[1] * factor)))), factor


def analyse(model: nn.Module, grey: np.ndarray, min_size: int = WINDOW) -> dict:
    """Everything the page shows for one photo before thresholding: score maps and every candidate box
    (in the original image's pixels)."""
    small, factor = fit_size(grey)
    maps = score_maps(model, small, pyramid(small.shape, max(WINDOW, round(min_size * factor))))
    boxes, scores = candidates(maps)
    return {"maps": maps, "boxes": boxes / factor, "scores": scores, "factor": factor}


def evaluate_scenes(model: nn.Module, scenes: list[Scene]) -> list[tuple[np.ndarray, np.ndarray]]:
    """The CNN's raw candidates on every test scene (thresholds and NMS are applied afterwards)."""
    return [candidates(score_maps(model, s.image, pyramid(s.image.shape))) for s in scenes]


def detector_scores(model: nn.Module, scenes: list[Scene], threshold: float = DEFAULT_THRESHOLD) -> dict:
    """Precision, recall, F1 and mean IoU of the CNN on `scenes` at `threshold` (default grouping)."""
    return scores_table([select(b, s, threshold) for b, s in evaluate_scenes(model, scenes)], scenes)


def cascade_scores(scenes: list[Scene]) -> dict:
    """Precision, recall and mean IoU of the LBP cascade on the test scenes (one operating point: no scores)."""
    found = [cascade_detect(s.image) for s in scenes]
    return scores_table([(b, np.ones(len(b))) for b in found], scenes)


# ---- the family, as the lab, the command line and the pages see it ----
FAMILY = Family("faces", page="faces", config=FaceConfig, datasets=("lfw-scenes",),
                load=lambda config, dataset: (make_data(config), {"dataset": "lfw-scenes"}), make_trainer=make_trainer,
                build=build, metric="train_acc")
