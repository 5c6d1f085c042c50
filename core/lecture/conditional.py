"""Step 11, GAN with a condition vector: the pretrained conditional DCGAN asked for each digit, read by a separate
classifier; pix2pix completing hidden squares; an edit along a latent direction."""
from __future__ import annotations

import math

import numpy as np
import torch

from core import i18n, lab
from core.data import images
from core.families import cnn, gan_images as gi, pix2pix as pp
from core.lecture import Step

PER_DIGIT = 200  # generated images per digit asked for: 2,000 in all, a standard error under 1 point
EDGES = (0.5, 0.9)  # the choices' edges: share read as the digit asked for below 50 %, 50–90 %, above 90 %
NOISE = 2.0  # standard errors: a share closer than this to an edge does not decide
EDIT = 2.0  # how far z moves along the ink direction (the GAN page's slider offers −3 … 3)
EDIT_PER_DIGIT = 50  # generated digits per class that are edited and measured
HELD_OUT = 256  # held-out digits with a hidden square for pix2pix (as the pix2pix family measures itself)
SHOWN = 3  # generated digits per condition in the picture


digits = images.offline  # the offline MNIST subset the pretrained models were trained and tested on


def warm() -> None:
    """Read the three pretrained checkpoints and the digits once per process."""
    for name in ("gan_digits", "pix2pix", "cnn"):
        lab.pretrained(name)
    digits()


def read_as(classifier: torch.nn.Module, x: np.ndarray) -> np.ndarray:
    """The classifier's label for each (N, 28, 28) image in [0, 1]."""
    with torch.no_grad():
        batch = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32))[:, None]
        return cnn.logits(classifier, batch).argmax(1).numpy()


def ask(nets, classifier, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PER_DIGIT images of each digit 0–9 from the generator (noise of `seed`, as gan_images.label_accuracy
    draws it): (asked (N,), images (N, 28, 28), the classifier's reading (N,))."""
    y = torch.arange(gi.CLASSES).repeat_interleave(PER_DIGIT)
    z = torch.randn(len(y), nets["G"].z_dim, generator=torch.Generator().manual_seed(seed))
    x = gi.generate(nets, z, y)
    return y.numpy(), x, read_as(classifier, x)


def edit(nets, classifier, seed: int) -> dict:
    """Per digit, EDIT_PER_DIGIT generated digits moved by EDIT along gan_images.ink_direction: their mean ink
    (mean pixel, 0–1) before and after, and the share still read as the digit asked for."""
    g = torch.Generator().manual_seed(seed + 1)
    before, after, kept, strip = [], [], [], []
    for d in range(gi.CLASSES):
        direction = gi.ink_direction(nets, d)
        z = torch.randn(EDIT_PER_DIGIT, nets["G"].z_dim, generator=g)
        y = torch.full((EDIT_PER_DIGIT,), d, dtype=torch.long)
        a, b = gi.generate(nets, z, y), gi.generate(nets, z + EDIT * direction, y)
        before.append(float(a.mean()))
        after.append(float(b.mean()))
        kept.append(float((read_as(classifier, b) == d).mean()))
        strip.append((a[0], b[0]))
    return {"ink_before": before, "ink_after": after, "edit_kept": kept,
            "edit_strip": images.pack_grey(np.array([s[0] for s in strip] + [s[1] for s in strip]))}


def run(inputs: dict, seed: int) -> dict:
    """The three experiments on the pretrained models; images packed with images.pack_grey."""
    gan, p2p, classifier = (lab.pretrained_model(n) for n in ("gan_digits", "pix2pix", "cnn"))
    data = digits()
    asked, x, read = ask(gan, classifier, seed)
    per_digit = [float((read[asked == d] == d).mean()) for d in range(gi.CLASSES)]
    real = read_as(classifier, data.x_test[:, 0])
    held, mask = pp.held_out(data, HELD_OUT, seed)
    shown = np.concatenate([np.flatnonzero(asked == d)[:SHOWN] for d in range(gi.CLASSES)])
    order = shown.reshape(gi.CLASSES, SHOWN).T.ravel()  # a row per sample, a column per digit
    return {"seed": seed, "n": int(len(asked)), "share": float((read == asked).mean()), "per_digit": per_digit,
            "classifier_acc": float((real == data.y_test).mean()), "classifier_n": int(len(real)),
            "grid": images.pack_grey(x[order]), "grid_read": read[order].tolist(),
            **pp.l1_scores(p2p, held, mask), "l1_n": HELD_OUT, "hole": pp.HOLE,
            "triptych": images.pack_grey(pp.triptych(p2p, held[:8], mask[:8])),
            "edit": EDIT, **edit(gan, classifier, seed)}


def margin(result: dict) -> float:
    """NOISE standard errors of the share (binomial, n images)."""
    p = result["share"]
    return NOISE * math.sqrt(max(p * (1 - p), 1e-12) / result["n"])


def answer(result: dict) -> str | None:
    p = result["share"]
    if any(abs(p - edge) < margin(result) for edge in EDGES):
        return None
    return "over90" if p > EDGES[1] else "middle" if p > EDGES[0] else "under50"


def pct(p: float) -> str:
    return f"{100 * p:.1f} %"


def measured(result: dict, lang: str) -> str:
    per = result["per_digit"]
    low, high = int(np.argmin(per)), int(np.argmax(per))
    before, after = np.mean(result["ink_before"]), np.mean(result["ink_after"])
    bolder = sum(a > b for a, b in zip(result["ink_after"], result["ink_before"]))
    out, inp = result["test_l1_output"], result["test_l1_input"]
    parts = [
        i18n.translate("lecture.conditional.asked", lang, n=f"{result['n']:,}", per=PER_DIGIT, seed=result["seed"],
                       share=pct(result["share"]), acc=pct(result["classifier_acc"]),
                       real=f"{result['classifier_n']:,}", low=low, low_share=pct(per[low]), high=high,
                       high_share=pct(per[high])),
        i18n.translate("lecture.conditional.noise", lang, margin=pct(margin(result)))
        if answer(result) is None else "",
        i18n.translate("lecture.conditional.filled" if out < inp else "lecture.conditional.not_filled", lang,
                       n=result["l1_n"], hole=result["hole"], out=f"{out:.3f}", inp=f"{inp:.3f}",
                       less=f"{100 * (1 - out / inp):.0f}"),
        i18n.translate("lecture.conditional.edited", lang, edit=f"{result['edit']:g}", per=EDIT_PER_DIGIT,
                       before=f"{before:.3f}", after=f"{after:.3f}", change=f"{100 * (after / before - 1):+.0f}",
                       bolder=bolder, kept=pct(float(np.mean(result["edit_kept"]))))]
    return i18n.sentences(parts, lang)


STEP = Step(
    key="conditional", page="gan", choices=("over90", "middle", "under50"), run=run, answer=answer,
    measured=measured,
    link=lambda result: {"img_data": "offline", "img_cond": "1",
                         "img_ep": str(lab.pretrained("gan_digits").config.epochs),
                         "p2p_ep": str(lab.pretrained("pix2pix").config.epochs)},
    formula=r"\min_G \max_D V(D,G) = \mathbb{E}_{x,y}[\log D(x, y)] + \mathbb{E}_{z,y}[\log(1 - D(G(z, y), y))]",
    warm=warm)
