"""Step 10, GAN: min_G max_D V(D, G) in the plane: a short training on the ring of 8 modes, modes counted."""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import torch

from core import i18n
from core.families import gan2d
from core.lecture import Step

TARGET = "ring"
EPOCHS = 10  # of the page's 100 steps each: 1,000 steps, about 3 s on one thread
SOME = 4  # the choices' edges: all 8 modes covered, SOME to 7, fewer than SOME
HALF_TOL = 0.1  # "D's mean output is near ½" on real and on generated points: within this of 0.5
SHOWN = 300  # real and generated points kept for the picture


@lru_cache(maxsize=None)
def baseline() -> float:
    """The JS estimate between two independent real samples of the ring: what "no difference" reads as."""
    return gan2d.js_baseline(TARGET)


def config(seed: int) -> gan2d.GANConfig:
    """The GAN page's default settings on the ring, for EPOCHS epochs."""
    return gan2d.GANConfig(target=TARGET, epochs=EPOCHS, seed=seed)


def _round(a: np.ndarray, digits: int = 3) -> list:
    return np.round(np.asarray(a, dtype=np.float64), digits).tolist()


def run(inputs: dict, seed: int) -> dict:
    """Train G and D for EPOCHS·100 steps; per epoch V, JS and modes (2,000 held-out points); at the end
    D's mean output on real and generated points, and the points, D(x) map and G's pull for the picture."""
    cfg = config(seed)
    trainer = gan2d.make_trainer(cfg)
    state = trainer.fit()
    nets = trainer.model.eval()
    held = gan2d.sample_target(TARGET, 2000, torch.Generator().manual_seed(99))  # the measures' samples
    with torch.no_grad():
        fake = nets["G"](gan2d.sample_noise(cfg, 2000, torch.Generator().manual_seed(98)))
        d_real = torch.sigmoid(nets["D"](held)).mean().item()
        d_fake = torch.sigmoid(nets["D"](fake)).mean().item()
    xs, probs = gan2d.d_map(nets, n=30)
    pulled = fake[:100]
    h = state.history
    return {"steps": state.step, "status": state.status, "seed": seed,
            "epochs": [int(r["epoch"]) for r in h], "v": [r["v"] for r in h], "js": [r["js"] for r in h],
            "modes": [int(r["modes"]) for r in h], "total": gan2d.RING_MODES, "base": baseline(),
            "d_real": d_real, "d_fake": d_fake,
            "real": _round(held[:SHOWN].numpy()), "fake": _round(fake[:SHOWN].numpy()),
            "map_x": _round(xs), "map_p": _round(probs), "pulled": _round(pulled.numpy()),
            "arrows": _round(gan2d.g_arrows(nets, cfg, pulled))}


def finished(result: dict) -> bool:
    """Whether the training ran all its epochs with finite numbers (a diverged run answers nothing)."""
    return result["status"] == "finished" and len(result["modes"]) == EPOCHS and all(map(math.isfinite, result["v"]))


def answer(result: dict) -> str | None:
    if not finished(result):
        return None
    covered = result["modes"][-1]
    return "all" if covered == result["total"] else "some" if covered >= SOME else "few"


def last_finding(result: dict) -> gan2d.Finding:
    """gan2d's verdict on the run's last epoch (V against −log 4, modes, JS against the real-vs-real reading)."""
    row = {"v": result["v"][-1], "js": result["js"][-1], "modes": result["modes"][-1]}
    return gan2d.finding(row, TARGET, result["base"])


def near_half(result: dict) -> bool:
    return abs(result["d_real"] - 0.5) <= HALF_TOL and abs(result["d_fake"] - 0.5) <= HALF_TOL


def measured(result: dict, lang: str) -> str:
    if not finished(result):
        return i18n.translate("lecture.gan.diverged", lang, steps=result["steps"])
    f = last_finding(result)
    first = next((e for e, m in zip(result["epochs"], result["modes"]) if m == result["total"]), None)
    parts = [i18n.translate("lecture.gan.trained", lang, steps=f"{result['steps']:,}", seed=result["seed"],
                            covered=f.covered, total=f.total, curve=i18n.listing(result["modes"], lang)),
             i18n.translate("lecture.gan.first_all" if first else "lecture.gan.never_all", lang,
                            step=f"{config(0).steps_per_epoch * (first or 0):,}"),
             i18n.translate("gan.measured", lang, v=f"{f.v:.3f}", js=f"{f.js:.3f}", base=f"{f.base:.3f}",
                            log4=f"{-math.log(4):.3f}"),
             i18n.translate("lecture.gan.near_half" if near_half(result) else "lecture.gan.not_half", lang,
                            real=f"{result['d_real']:.2f}", fake=f"{result['d_fake']:.2f}", tol=f"{HALF_TOL:g}")]
    parts += [i18n.translate(key, lang, **values) for key, values in f.sentences()[1:]]
    return i18n.sentences(parts, lang)


STEP = Step(
    key="gan", page="gan", choices=("all", "some", "few"), run=run, answer=answer, measured=measured,
    link=lambda result: {"target": TARGET, "ep": str(EPOCHS)},
    formula=r"\min_G \max_D V(D,G) = \mathbb{E}_x[\log D(x)] + \mathbb{E}_z[\log(1 - D(G(z)))]",
    warm=baseline)
