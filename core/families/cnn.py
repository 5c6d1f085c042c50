"""Convolutional networks for image recognition: LeNet-5, a small VGG-style net and a small ResNet.

A convolution applies the same small filter at every position: it assumes *locality* (a pixel is
explained by its neighbours) and *translation invariance* (a stroke means the same anywhere). Every
model here starts with a `Standardize` layer, so it takes images in [0, 1] as they are shown.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional as F

from core.data import images
from core.data.images import ImageSet
from core.family import Family
from core.i18n import SettingError
from core.train import SupervisedStep, TensorBatches, Trainer, make_optimizer, pick_device, seeded

ARCHS = ("lenet", "vgg", "resnet")
DEFAULT_WIDTH = {"lenet": 6, "vgg": 16, "resnet": 16}
MAX_DEPTH, MAX_WIDTH = 4, 64


@dataclass(frozen=True)
class CNNConfig:
    arch: str = "lenet"
    width: int = 6  # channels of the first conv layer; later layers scale with it
    depth: int = 2  # VGG blocks or ResNet stages (each halves the resolution); LeNet-5 always has 2
    batchnorm: bool = False
    dropout: float = 0.0
    shift: int = 2  # augmentation: random shift of up to this many pixels (LeNet-5's worst seed: 97.2 → 97.8 %)
    rotate: int = 0  # augmentation: random rotation of up to this many degrees
    flip: bool = False  # augmentation: random horizontal flip (photos, not digits)
    optimizer: str = "adam"
    lr: float = 3e-3
    schedule: str = "cosine"  # the learning rate decays to 0 along a half cosine, or stays "constant"
    batch_size: int = 64
    epochs: int = 12
    seed: int = 0

    def validate(self) -> None:
        if self.arch not in ARCHS or self.schedule not in ("cosine", "constant"):
            raise SettingError("setting.unknown")
        if not 1 <= self.width <= MAX_WIDTH or not 1 <= self.depth <= MAX_DEPTH:
            raise SettingError("cnn.setting.size", width=MAX_WIDTH, depth=MAX_DEPTH)
        if not 0 <= self.dropout < 1 or self.shift < 0 or self.rotate < 0:
            raise SettingError("setting.positive")
        if self.lr <= 0 or self.batch_size < 1 or self.epochs < 1:
            raise SettingError("setting.positive")

    @property
    def augmented(self) -> bool:
        return bool(self.shift or self.rotate or self.flip)


class Standardize(nn.Module):
    """(x − mean) / std per channel; the statistics of the training set travel in the state dict."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        self.register_buffer("mean", torch.zeros(1, channels, 1, 1))
        self.register_buffer("std", torch.ones(1, channels, 1, 1))

    def fit(self, x: torch.Tensor) -> "Standardize":
        self.mean.copy_(x.mean((0, 2, 3), keepdim=True))
        self.std.copy_(x.std((0, 2, 3), keepdim=True).clamp_min(1e-3))
        return self

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (x - self.mean) / self.std


def _norm(channels: int, on: bool) -> nn.Module:
    return nn.BatchNorm2d(channels) if on else nn.Identity()


class BasicBlock(nn.Module):
    """Two 3×3 convolutions plus a shortcut: out = relu(F(x) + x), the ResNet building block."""

    def __init__(self, cin: int, cout: int, stride: int, batchnorm: bool) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=not batchnorm)
        self.bn1 = _norm(cout, batchnorm)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=not batchnorm)
        self.bn2 = _norm(cout, batchnorm)
        self.shortcut = nn.Identity() if stride == 1 and cin == cout else nn.Sequential(
            nn.Conv2d(cin, cout, 1, stride, bias=not batchnorm), _norm(cout, batchnorm))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        return F.relu(self.bn2(self.conv2(out)) + self.shortcut(x))


def _lenet(c: CNNConfig, channels: int) -> tuple[list[nn.Module], list[int]]:
    w2 = max(1, round(c.width * 16 / 6))
    features = [nn.Conv2d(channels, c.width, 5, padding=2), _norm(c.width, c.batchnorm), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(c.width, w2, 5), _norm(w2, c.batchnorm), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten()]
    return features, [120, 84]


def _vgg(c: CNNConfig, channels: int) -> tuple[list[nn.Module], list[int]]:
    features: list[nn.Module] = []
    for i in range(c.depth):
        width = min(c.width * 2 ** i, 4 * MAX_WIDTH)
        for _ in range(2):
            features += [nn.Conv2d(channels, width, 3, padding=1), _norm(width, c.batchnorm), nn.ReLU()]
            channels = width
        features.append(nn.MaxPool2d(2))
    return features + [nn.AdaptiveAvgPool2d(1), nn.Flatten()], []


def _resnet(c: CNNConfig, channels: int) -> tuple[list[nn.Module], list[int]]:
    features: list[nn.Module] = [nn.Conv2d(channels, c.width, 3, padding=1, bias=not c.batchnorm),
                                 _norm(c.width, c.batchnorm), nn.ReLU()]
    channels = c.width
    for i in range(c.depth):
        width = min(c.width * 2 ** i, 4 * MAX_WIDTH)
        features.append(BasicBlock(channels, width, 1 if i == 0 else 2, c.batchnorm))
        channels = width
    return features + [nn.AdaptiveAvgPool2d(1), nn.Flatten()], []


def build(config: CNNConfig, shape: tuple[int, int, int] = (1, 28, 28), classes: int = 10) -> nn.Sequential:
    """Standardize → features (convolutions) → classifier, sized for images of `shape` (C, H, W)."""
    config.validate()
    channels, height, width = shape
    if config.arch == "vgg" and min(height, width) < 2 ** config.depth:
        raise SettingError("cnn.setting.too_deep", depth=config.depth, size=min(height, width))
    features, hidden = {"lenet": _lenet, "vgg": _vgg, "resnet": _resnet}[config.arch](config, channels)
    features_net = nn.Sequential(*features)
    with torch.no_grad():
        flat = features_net.eval()(torch.zeros(1, *shape)).shape[1]
    classifier: list[nn.Module] = []
    for units in hidden:
        classifier += [nn.Dropout(config.dropout), nn.Linear(flat, units), nn.ReLU()]
        flat = units
    classifier += [nn.Dropout(config.dropout), nn.Linear(flat, classes)]
    return nn.Sequential(Standardize(channels), features_net, nn.Sequential(*classifier))


def mlp_like(parameters: int, shape: tuple[int, int, int], classes: int = 10) -> nn.Sequential:
    """A one-hidden-layer MLP with about `parameters` weights: the CNN's fully connected rival."""
    inputs = math.prod(shape)
    hidden = max(1, round((parameters - classes) / (inputs + 1 + classes)))
    return nn.Sequential(Standardize(shape[0]), nn.Flatten(), nn.Linear(inputs, hidden), nn.ReLU(),
                         nn.Linear(hidden, classes))


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


# ---- training ----
class Augment:
    """Random shift / rotation / flip with `torchvision.transforms.v2`, applied to training batches.

    A v2 transform draws one set of parameters per call. Calling it per image costs 12 ms per batch of
    64 (about the cost of the LeNet step itself); calling it per chunk of 8 shuffled images costs
    1.8 ms and still gives every chunk, and every image in every epoch, its own transformation.
    """

    CHUNK = 8

    def __init__(self, config: CNNConfig, size: int) -> None:
        from torchvision.transforms import v2

        steps = []
        if config.shift or config.rotate:
            steps.append(v2.RandomAffine(degrees=config.rotate, translate=(config.shift / size,) * 2))
        if config.flip:
            steps.append(v2.RandomHorizontalFlip())
        self.transform = v2.Compose(steps)

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([self.transform(chunk) for chunk in x.split(self.CHUNK)])


class AugmentedBatches:
    """Wraps shuffled batches, transforming each batch's images (not its labels)."""

    def __init__(self, batches: TensorBatches, augment: Augment) -> None:
        self.batches, self.augment = batches, augment

    def __len__(self) -> int:
        return len(self.batches)

    def __iter__(self):
        for x, y in self.batches:
            yield self.augment(x), y


class ClassifierStep(SupervisedStep):
    """A supervised step that also reports the batch's accuracy (free: the logits are already there)."""

    scheduler = None

    def __call__(self, batch: tuple[torch.Tensor, torch.Tensor]) -> dict[str, float]:
        x, y = batch
        self.optimizer.zero_grad(set_to_none=True)
        out = self.model(x)
        loss = self.loss_fn(out, y)
        loss.backward()
        self.optimizer.step()
        if self.scheduler is not None:
            self.scheduler.step()
        return {"loss": loss.item(), "acc": (out.argmax(1) == y).float().mean().item()}


@torch.no_grad()
def logits(model: nn.Module, x: torch.Tensor, batch: int = 1000) -> torch.Tensor:
    """The model's outputs in eval mode, in batches so a 10,000-image test set fits in memory."""
    was_training = model.training
    model.eval()
    out = torch.cat([model(chunk) for chunk in x.split(batch)]) if len(x) else torch.zeros(0)
    model.train(was_training)
    return out


def penultimate(model: nn.Module, x: torch.Tensor, batch: int = 1000) -> torch.Tensor:
    """The features the classifier's last linear layer reads, (N, d), in eval mode without gradients: the
    learned feature space (LeNet-5: the 84 units before the 10 class scores). Recorded by a hook on that
    layer, so it works for every architecture `build` makes."""
    last = [m for m in model.modules() if isinstance(m, nn.Linear)][-1]
    seen: list[torch.Tensor] = []
    handle = last.register_forward_hook(lambda module, inputs, output: seen.append(inputs[0].detach()))
    try:
        with torch.no_grad():
            logits(model, x, batch)
    finally:
        handle.remove()
    return torch.cat(seen) if seen else torch.zeros(0, last.in_features)


def evaluate_fn(x_test: torch.Tensor, y_test: torch.Tensor):
    def evaluate(model: nn.Module) -> dict[str, float]:
        out = logits(model, x_test)
        return {"test_loss": F.cross_entropy(out, y_test).item(), "test_acc": (out.argmax(1) == y_test).float().mean().item()}
    return evaluate


def make_trainer(config: CNNConfig, data: ImageSet, device: torch.device | None = None,
                 model: nn.Module | None = None) -> Trainer:
    """Model (or the one given), step, (augmented) batches and per-epoch test evaluation, all seeded."""
    config.validate()
    device = device or pick_device()
    x, y = torch.from_numpy(data.x_train), torch.from_numpy(data.y_train)
    with seeded(config.seed) as generator:
        if model is None:
            model = build(config, data.shape, len(data.classes))
            model[0].fit(x)
    model = model.to(device)
    batches = TensorBatches(x.to(device), y.to(device), batch_size=config.batch_size, generator=generator)
    source = AugmentedBatches(batches, Augment(config, data.shape[-1])) if config.augmented else batches
    step = ClassifierStep(model, F.cross_entropy, make_optimizer(model.parameters(), config.optimizer, config.lr))
    if config.schedule == "cosine":
        step.scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(step.optimizer, config.epochs * len(batches))
    evaluate = evaluate_fn(torch.from_numpy(data.x_test).to(device), torch.from_numpy(data.y_test).to(device))
    return Trainer(model, step, source, epochs=config.epochs, evaluate=evaluate)


def restore(config: CNNConfig, data: ImageSet, weights: dict[str, torch.Tensor]) -> nn.Sequential:
    """A CPU copy of a trained model from a snapshot's weights, in eval mode, for the inspection views."""
    model = build(config, data.shape, len(data.classes))
    model.load_state_dict({k: v.cpu() for k, v in weights.items()})
    return model.eval()


SCORER = CNNConfig(epochs=6, shift=0)  # the LeNet-5 that reads generated digits on the GAN page


def train_scorer(data: ImageSet) -> nn.Module:
    """LeNet-5 trained with `SCORER`'s settings on `data` (images (N, 1, 28, 28), labels 0–9), in eval mode:
    the judge of the conditional GAN's label accuracy on the page, in its tests, bench and scripts."""
    trainer = make_trainer(SCORER, data, torch.device("cpu"))
    trainer.fit()
    return trainer.model.eval()


# ---- the family, as the lab, the command line and the pages see it ----
def load(config: CNNConfig, dataset: str) -> tuple[ImageSet, dict]:
    """The images `dataset` names (the offline subset when it cannot be had), with its run context."""
    data, fallback = images.load(dataset)
    return data, image_context(dataset, data, fallback)


def image_context(dataset: str, data: ImageSet, fallback: str = "") -> dict:
    """What a CNN run was trained on: the dataset actually used, the image shape and the number of classes."""
    return {"dataset": "offline" if fallback else dataset, "shape": list(data.shape), "classes": len(data.classes),
            "source": data.source, "fallback": fallback}


def build_for(config: CNNConfig, context: dict) -> nn.Sequential:
    return build(config, tuple(context.get("shape", (1, 28, 28))), int(context.get("classes", 10)))


FAMILY = Family("cnn", page="cnn", config=CNNConfig, datasets=images.SOURCES, load=load, make_trainer=make_trainer,
                build=build_for, metric="test_acc", parallel=True, devices=True)
