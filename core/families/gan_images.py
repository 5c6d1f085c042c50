"""GANs on digit images: a small DCGAN, and its conditional form where the condition is the digit's label.

G(z, y): noise z (and a one-hot label y) → 7×7 feature maps → two transposed convolutions → a 28×28 image in
[−1, 1]. D(x, y): two strided convolutions over the image (and the label as 10 constant planes) → a logit.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.data import images
from core.data.images import ImageSet
from core.family import Family
from core.families.gan2d import d_loss, g_loss
from core.i18n import SettingError
from core.train import TensorBatches, Trainer, make_optimizer, seeded

CLASSES = 10


@dataclass(frozen=True)
class ImageGANConfig:
    conditional: bool = True
    z_dim: int = 32
    width: int = 64  # channels of G's 7×7 maps and of D's second convolution
    lr: float = 2e-4
    batch_size: int = 64
    epochs: int = 40
    seed: int = 0

    def validate(self) -> None:
        if not 2 <= self.z_dim <= 256 or not 8 <= self.width <= 256:
            raise SettingError("gan.setting.size")
        if self.lr <= 0 or self.batch_size < 1 or self.epochs < 1:
            raise SettingError("setting.positive")


class Generator(nn.Module):
    def __init__(self, z_dim: int, width: int, conditional: bool) -> None:
        super().__init__()
        self.conditional, self.z_dim = conditional, z_dim
        inputs = z_dim + (CLASSES if conditional else 0)
        self.project = nn.Sequential(nn.Linear(inputs, width * 49), nn.BatchNorm1d(width * 49), nn.ReLU())
        self.up = nn.Sequential(
            nn.ConvTranspose2d(width, width // 2, 4, 2, 1), nn.BatchNorm2d(width // 2), nn.ReLU(),
            nn.ConvTranspose2d(width // 2, 1, 4, 2, 1), nn.Tanh())
        self.width = width

    def forward(self, z: torch.Tensor, y: torch.Tensor | None = None) -> torch.Tensor:
        if self.conditional:
            z = torch.cat([z, F.one_hot(y, CLASSES).float()], 1)
        return self.up(self.project(z).view(-1, self.width, 7, 7))


class Discriminator(nn.Module):
    def __init__(self, width: int, conditional: bool) -> None:
        super().__init__()
        self.conditional = conditional
        channels = 1 + (CLASSES if conditional else 0)
        self.net = nn.Sequential(
            nn.Conv2d(channels, width // 2, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Conv2d(width // 2, width, 4, 2, 1), nn.BatchNorm2d(width), nn.LeakyReLU(0.2),
            nn.Flatten(), nn.Linear(width * 49, 1))

    def forward(self, x: torch.Tensor, y: torch.Tensor | None = None) -> torch.Tensor:
        if self.conditional:
            planes = F.one_hot(y, CLASSES).float()[:, :, None, None].expand(-1, -1, 28, 28)
            x = torch.cat([x, planes], 1)
        return self.net(x)


def build(config: ImageGANConfig, context: dict | None = None) -> nn.ModuleDict:
    config.validate()
    return nn.ModuleDict({"G": Generator(config.z_dim, config.width, config.conditional),
                          "D": Discriminator(config.width, config.conditional)})


def adam_pair(nets: nn.ModuleDict, lr: float) -> tuple[torch.optim.Optimizer, torch.optim.Optimizer]:
    """Adam for D and for G with β₁ = 0.5, as in DCGAN: heavy momentum chases a moving opponent badly."""
    pair = (make_optimizer(nets["D"].parameters(), "adam", lr), make_optimizer(nets["G"].parameters(), "adam", lr))
    for opt in pair:
        for group in opt.param_groups:
            group["betas"] = (0.5, 0.999)
    return pair


class ImageGANStep:
    """One discriminator step and one generator step, non-saturating loss, Adam with β₁ = 0.5."""

    def __init__(self, nets: nn.ModuleDict, config: ImageGANConfig, generator: torch.Generator) -> None:
        self.nets, self.config, self.generator = nets, config, generator
        self.d_opt, self.g_opt = adam_pair(nets, config.lr)

    def __call__(self, batch: tuple[torch.Tensor, torch.Tensor]) -> dict[str, float]:
        x, y = batch
        n = len(x)
        z = torch.randn(n, self.config.z_dim, generator=self.generator)
        fake_y = torch.randint(0, CLASSES, (n,), generator=self.generator) if self.config.conditional else None
        real_y = y if self.config.conditional else None
        fake = self.nets["G"](z, fake_y)
        self.d_opt.zero_grad(set_to_none=True)
        dl = d_loss("non_saturating", self.nets["D"](x, real_y), self.nets["D"](fake.detach(), fake_y))
        dl.backward()
        self.d_opt.step()
        self.g_opt.zero_grad(set_to_none=True)
        gl = g_loss("non_saturating", self.nets["D"](fake, fake_y))
        gl.backward()
        self.g_opt.step()
        return {"loss": dl.item() + gl.item(), "d_loss": dl.item(), "g_loss": gl.item()}

    def set_hparams(self, **values: float) -> None:
        for opt in (self.d_opt, self.g_opt):
            for group in opt.param_groups:
                group.update({k: v for k, v in values.items() if k in group})


def to_gan_range(x: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32)) * 2 - 1


def make_trainer(config: ImageGANConfig, data: ImageSet, evaluate=None) -> Trainer:
    with seeded(config.seed) as g:
        nets = build(config)
    batches = TensorBatches(to_gan_range(data.x_train), torch.from_numpy(data.y_train), batch_size=config.batch_size,
                            generator=g)
    return Trainer(nets, ImageGANStep(nets, config, g), batches, epochs=config.epochs, evaluate=evaluate)


@torch.no_grad()
def generate(nets: nn.ModuleDict, z: torch.Tensor, y: torch.Tensor | None = None) -> np.ndarray:
    """Images in [0, 1] as (N, 28, 28)."""
    nets.eval()
    out = nets["G"](z, y if nets["G"].conditional else None)
    return ((out[:, 0] + 1) / 2).clamp(0, 1).numpy()


def label_accuracy(nets: nn.ModuleDict, classifier: nn.Module, per_class: int = 50, seed: int = 0) -> float:
    """The fraction of generated digits that a separately trained classifier reads as the label asked for."""
    g = torch.Generator().manual_seed(seed)
    y = torch.arange(CLASSES).repeat_interleave(per_class)
    images = generate(nets, torch.randn(len(y), nets["G"].z_dim, generator=g), y)
    with torch.no_grad():
        pred = classifier.eval()(torch.from_numpy(images)[:, None]).argmax(1)
    return float((pred == y).float().mean())


@dataclass(frozen=True)
class Scorer:
    """The classifier that reads generated images, with its accuracy on the data's held-out test images."""
    model: nn.Module
    test_acc: float  # fraction of the n_test held-out images it labels correctly
    n_test: int
    digits: bool  # handwritten digits (MNIST) rather than other classes (Fashion-MNIST's clothing)


def train_scorer(data: ImageSet) -> Scorer:
    """The CNN page's LeNet-5 trained on `data`'s training images (`cnn.SCORER`), measured on its test images:
    how far its reading of a generated image can be trusted (offline digits: 96.7 % of 1,000, seed 0)."""
    from core.families import cnn

    model = cnn.train_scorer(data)
    acc = cnn.evaluate_fn(torch.from_numpy(data.x_test), torch.from_numpy(data.y_test))(model)["test_acc"]
    return Scorer(model, acc, len(data.y_test), data.digits)


def first_epoch_reaching(history: list[dict], key: str, level: float) -> int | None:
    """The first epoch whose `key` is at least `level` (None when no epoch reaches it)."""
    return next((int(row["epoch"]) for row in history if row.get(key, -math.inf) >= level), None)


def run_summary(meta: dict, level: float = 0.8) -> dict | None:
    """What a stored run's metadata says about its training: seconds per epoch, the first epoch whose label
    accuracy reached `level` (None when none did), its epochs and final label accuracy; None without a
    history of label accuracy."""
    history = meta.get("history") or []
    if not history or "label_acc" not in history[-1]:
        return None
    epochs = int(meta.get("epochs") or len(history))
    return {"seconds_per_epoch": float(meta.get("seconds", 0.0)) / max(epochs, 1), "epochs": epochs,
            "first": first_epoch_reaching(history, "label_acc", level), "level": level,
            "final": float(history[-1]["label_acc"]), "device": str(meta.get("device", "cpu"))}


def interpolate(nets: nn.ModuleDict, z0: torch.Tensor, z1: torch.Tensor, y: int | None, steps: int = 8) -> np.ndarray:
    """Images along the straight line from z0 to z1 in noise space."""
    ts = torch.linspace(0, 1, steps)[:, None]
    z = (1 - ts) * z0 + ts * z1
    return generate(nets, z, torch.full((steps,), y if y is not None else 0, dtype=torch.long))


def ink_direction(nets: nn.ModuleDict, y: int | None = None, n: int = 512, seed: int = 0) -> torch.Tensor:
    """A unit direction in noise space along which generated digits get bolder: the least-squares fit of
    each sample's ink (mean brightness) on its z, normalised."""
    g = torch.Generator().manual_seed(seed)
    z = torch.randn(n, nets["G"].z_dim, generator=g)
    labels = torch.full((n,), y if y is not None else 0, dtype=torch.long)
    ink = torch.from_numpy(generate(nets, z, labels).mean((1, 2)))
    zc = torch.cat([z, torch.ones(n, 1)], 1)
    w = torch.linalg.lstsq(zc, ink[:, None]).solution[:-1, 0]
    return w / w.norm().clamp_min(1e-8)


# ---- the family, as the lab, the command line and the pages see it ----
DATASETS = ("offline", "MNIST", "FashionMNIST")


def load(config, dataset: str) -> tuple[ImageSet, dict]:
    """28×28 digits (or Fashion-MNIST): the offline subset unless `dataset` names one that can be downloaded."""
    data, fallback = images.load(dataset if dataset in DATASETS else "offline")
    return data, {"dataset": dataset if not fallback else "offline", "source": data.source, "fallback": fallback}


def trainer_for(config: ImageGANConfig, data: ImageSet) -> Trainer:
    """As on the GAN page: a conditional generator is scored by a LeNet-5 trained on the same digits."""
    from core.families import cnn

    evaluate = None
    if config.conditional:
        scorer = cnn.train_scorer(data)
        evaluate = lambda nets: {"label_acc": label_accuracy(nets, scorer)}  # noqa: E731
    return make_trainer(config, data, evaluate)


FAMILY = Family("gan_digits", page="gan", config=ImageGANConfig, datasets=DATASETS, load=load,
                make_trainer=trainer_for, build=build, metric="label_acc",
                for_dataset=lambda config, dataset: replace(config, epochs=30))
