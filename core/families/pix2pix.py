"""Image-to-image translation as image editing: pix2pix (Isola et al., 2017) completing digits with a masked square.

The generator is a small U-Net (skip connections carry the visible strokes straight to the output); the
discriminator is a PatchGAN: a 7×7 grid of logits over (condition, image) pairs, each logit judging the
18×18-pixel patch it sees (its receptive field, `receptive_field`); the generator's loss is adversarial
+ λ·L1 to the true digit.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from core.data.images import ImageSet
from core.families.gan2d import d_loss, g_loss
from core.families.gan_images import adam_pair, load
from core.family import Family
from core.train import TensorBatches, Trainer, seeded

HOLE = 12  # side of the masked square, pixels


@dataclass(frozen=True)
class Pix2PixConfig:
    l1_weight: float = 100.0
    lr: float = 2e-4
    batch_size: int = 64
    epochs: int = 8
    seed: int = 0


def masks(n: int, generator: torch.Generator) -> torch.Tensor:
    """One HOLE×HOLE square per image, somewhere over the digit's middle: 1 where pixels are hidden."""
    m = torch.zeros(n, 1, 28, 28)
    tops = torch.randint(6, 28 - 6 - HOLE + 1, (n,), generator=generator)
    lefts = torch.randint(6, 28 - 6 - HOLE + 1, (n,), generator=generator)
    for i, (t, left) in enumerate(zip(tops.tolist(), lefts.tolist())):
        m[i, 0, t:t + HOLE, left:left + HOLE] = 1
    return m


def condition(images: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """The generator's input: the image with the square blacked out (−1), and the mask itself."""
    return torch.cat([images * (1 - mask) - mask, mask], 1)


class UNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.down1 = nn.Sequential(nn.Conv2d(2, 32, 4, 2, 1), nn.LeakyReLU(0.2))  # 14×14
        self.down2 = nn.Sequential(nn.Conv2d(32, 64, 4, 2, 1), nn.BatchNorm2d(64), nn.LeakyReLU(0.2))  # 7×7
        self.middle = nn.Sequential(nn.Conv2d(64, 64, 3, 1, 1), nn.BatchNorm2d(64), nn.ReLU())
        self.up2 = nn.Sequential(nn.ConvTranspose2d(128, 32, 4, 2, 1), nn.BatchNorm2d(32), nn.ReLU())  # 14×14
        self.up1 = nn.Sequential(nn.ConvTranspose2d(64, 1, 4, 2, 1), nn.Tanh())  # 28×28

    def forward(self, c: torch.Tensor) -> torch.Tensor:
        d1 = self.down1(c)
        d2 = self.down2(d1)
        u2 = self.up2(torch.cat([self.middle(d2), d2], 1))
        return self.up1(torch.cat([u2, d1], 1))


class PatchGAN(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(3, 32, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Conv2d(32, 64, 4, 2, 1), nn.BatchNorm2d(64), nn.LeakyReLU(0.2),
            nn.Conv2d(64, 1, 3, 1, 1))  # a 7×7 grid of logits, each seeing an 18×18 patch of the 28×28 input

    def forward(self, c: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        return self.net(torch.cat([c, x], 1))


def receptive_field(layers: nn.Module, size: int = 28) -> tuple[int, int]:
    """(output grid side, receptive field side in pixels) of a stack of convolutions taking one image tensor
    (for the PatchGAN, its `.net`), measured by a gradient probe.

    The centre logit of the output on one random (size × size) input is backpropagated; the pixels with a
    non-zero gradient are the ones that logit can see, and their bounding box is its patch. In pix2pix the
    "patch size" of a PatchGAN is this receptive field (Isola et al. 2017, §3.2.2: their 70×70 PatchGAN).
    Probed in eval mode (BatchNorm's batch statistics would mix images); the module's mode is restored."""
    was_training = layers.training
    layers.eval()
    try:
        channels = next(m for m in layers.modules() if isinstance(m, nn.Conv2d)).in_channels
        x = torch.randn(1, channels, size, size, generator=torch.Generator().manual_seed(0))
        x.requires_grad_(True)
        with torch.enable_grad():
            out = layers(x)
            out[0, 0, out.shape[2] // 2, out.shape[3] // 2].backward()
    finally:
        layers.train(was_training)
    seen = x.grad[0].abs().sum(0) > 0
    rows, cols = seen.any(1).nonzero(), seen.any(0).nonzero()
    return out.shape[2], int(max(rows.max() - rows.min(), cols.max() - cols.min())) + 1


def receptive_field_of(layers: nn.Module) -> int:
    """The receptive field side of a stack of convolutions, from their kernels and strides: each k×k layer
    adds (k − 1)·(product of the strides before it) pixels (pointwise layers add none)."""
    field, jump = 1, 1
    for m in layers.modules():
        if isinstance(m, nn.Conv2d):
            field += (m.kernel_size[0] - 1) * m.dilation[0] * jump
            jump *= m.stride[0]
    return field


def build(config: Pix2PixConfig | None = None, context: dict | None = None) -> nn.ModuleDict:
    """The U-Net generator and the PatchGAN critic (one architecture: the settings change only training)."""
    return nn.ModuleDict({"G": UNet(), "D": PatchGAN()})


class Pix2PixStep:
    def __init__(self, nets: nn.ModuleDict, config: Pix2PixConfig, generator: torch.Generator) -> None:
        self.nets, self.config, self.generator = nets, config, generator
        self.d_opt, self.g_opt = adam_pair(nets, config.lr)

    def __call__(self, batch: tuple[torch.Tensor]) -> dict[str, float]:
        x = batch[0]
        c = condition(x, masks(len(x), self.generator))
        fake = self.nets["G"](c)
        self.d_opt.zero_grad(set_to_none=True)
        dl = d_loss("non_saturating", self.nets["D"](c, x), self.nets["D"](c, fake.detach()))
        dl.backward()
        self.d_opt.step()
        self.g_opt.zero_grad(set_to_none=True)
        l1 = F.l1_loss(fake, x)
        gl = g_loss("non_saturating", self.nets["D"](c, fake)) + self.config.l1_weight * l1
        gl.backward()
        self.g_opt.step()
        return {"loss": l1.item(), "d_loss": dl.item(), "g_loss": gl.item()}

    def set_hparams(self, **values: float) -> None:
        pass


def held_out(data: ImageSet, n: int = 256, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """Test digits in [−1, 1] and a fixed mask for each: the same task every time it is measured."""
    x = torch.from_numpy(np.ascontiguousarray(data.x_test[:n], dtype=np.float32)) * 2 - 1
    return x, masks(len(x), torch.Generator().manual_seed(seed))


def l1_scores(nets: nn.ModuleDict, x: torch.Tensor, mask: torch.Tensor) -> dict[str, float]:
    """Mean |error| inside the hidden square, on the [0, 1] scale: of the masked input, and of the output."""
    with torch.no_grad():
        out = nets["G"].eval()(condition(x, mask))
    nets["G"].train()
    inside = mask.bool()

    def l1(a):
        return ((a - x).abs()[inside].mean() / 2).item()

    return {"test_l1_input": l1(x * (1 - mask) - mask), "test_l1_output": l1(out)}


def make_trainer(config: Pix2PixConfig, data: ImageSet) -> Trainer:
    with seeded(config.seed) as g:
        nets = build()
    x = torch.from_numpy(np.ascontiguousarray(data.x_train, dtype=np.float32)) * 2 - 1
    test_x, test_mask = held_out(data)
    return Trainer(nets, Pix2PixStep(nets, config, g), TensorBatches(x, batch_size=config.batch_size, generator=g),
                   epochs=config.epochs, evaluate=lambda nets: l1_scores(nets, test_x, test_mask))


@torch.no_grad()
def triptych(nets: nn.ModuleDict, x: torch.Tensor, mask: torch.Tensor) -> np.ndarray:
    """Rows of input (hole in grey), output and target, as images in [0, 1]: (3·N, 28, 28)."""
    out = nets["G"].eval()(condition(x, mask))
    shown_input = x * (1 - mask)  # the hole drawn mid-grey (0 in [−1, 1])
    return ((torch.cat([shown_input, out, x])[:, 0] + 1) / 2).clamp(0, 1).numpy()


# ---- the family, as the lab, the command line and the pages see it ----
FAMILY = Family("pix2pix", page="gan", config=Pix2PixConfig, datasets=("offline",), load=load,
                make_trainer=make_trainer, build=build, metric="test_l1_output")
