"""Step 8, CNN: locality and translation. The pretrained digit CNN on shifted held-out digits (live), and the
stored scrambled-pixel experiment: a CNN against an MLP when one fixed permutation destroys locality."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from torch import nn

from core import i18n, lab
from core.data import images
from core.lecture import Step
from core.lessons import inductive_bias as ib

MAX_SHIFT = 4  # the shifts measured: 0…4 pixels, each averaged over right, left, down and up
ASKED = 4  # the question's shift: twice the largest shift the pretrained model saw in training
DROPS = (0.05, 0.30)  # the choices' edges: accuracy lost at ASKED pixels below 5 points, 5–30, above 30
NOISE = 0.01  # a drop this close to an edge decides nothing (1,000 digits, 4 directions: one s.e. ≈ 0.5 points)


def pretrained() -> tuple[nn.Module, lab.Checkpoint]:
    """A fresh copy of the CNN page's pretrained digit model in eval mode, and its checkpoint (read once)."""
    return lab.pretrained_model("cnn"), lab.pretrained("cnn")


digits = images.offline  # the offline MNIST subset the pretrained model was trained on; its test digits held out


@lru_cache(maxsize=1)
def stored_bias() -> dict:
    """The stored CNN-vs-MLP experiment (assets/inductive_bias.json) as small lists: scrambled-pixel accuracy
    (mean, min, max over seeds) per model/pixels, shift curves 0…MAX_SHIFT per model (mean, min, max lists), and
    the CNN-vs-MLP findings (`ib.findings`)."""
    saved = ib.load_stored()
    summary = ib.summary(saved["rows"])
    f = ib.findings(summary)
    upto = slice(0, MAX_SHIFT + 1)
    return {"setting": saved["setting"], "source": saved["source"],
            "seeds": len({r["seed"] for r in saved["rows"]}),
            "params": {r["model"]: r["params"] for r in saved["rows"]},
            "acc": {k: [round(v, 4) for v in mmm] for k, mmm in summary["acc"].items()},
            "shift": {m: [np.round(stat(c, 0)[upto], 4).tolist() for stat in (np.mean, np.min, np.max)]
                      for m, c in summary["shift"].items()},
            "lead_original": f["lead_original"], "lead_scrambled": f["lead_scrambled"],
            "prior_helps": f["prior_helps"]}


def warm() -> None:
    lab.pretrained("cnn")
    digits()
    stored_bias()


def run(inputs: dict, seed: int) -> dict:
    """The pretrained CNN's accuracy (fraction) on the held-out digits shifted by 0…MAX_SHIFT pixels
    (`ib.shift_curve`: the mean over four directions), with its training settings and the stored experiment.
    The model and the digits are fixed, so every seed gives the same numbers."""
    model, ck = pretrained()
    data = digits()
    curve = ib.shift_curve(model, data, MAX_SHIFT)
    c = ck.config
    return {"shifts": list(range(MAX_SHIFT + 1)), "acc": [round(a, 5) for a in curve], "asked": ASKED,
            "test": int(len(data.y_test)), "train": int(len(data.y_train)), "trained_shift": c.shift,
            "arch": c.arch, "width": c.width, "epochs": c.epochs, "source": data.source,
            "stored": stored_bias()}


def drop(result: dict) -> float:
    """Accuracy lost at the asked shift, as a fraction (0.12 = 12 points)."""
    return result["acc"][0] - result["acc"][result["asked"]]


def tolerates(result: dict) -> int:
    """The largest shift (pixels) up to which accuracy stays within DROPS[0] of the unshifted accuracy."""
    acc = result["acc"]
    kept = [a >= acc[0] - DROPS[0] for a in acc]
    return len(kept) - 1 if all(kept) else kept.index(False) - 1


def answer(result: dict) -> str | None:
    d = drop(result)
    if any(abs(d - edge) < NOISE for edge in DROPS):
        return None
    return "barely" if d < DROPS[0] else "some" if d < DROPS[1] else "most"


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def measured(result: dict, lang: str) -> str:
    acc, s = result["acc"], result["stored"]
    curve = i18n.listing([f"{k} px {_pct(a)}" for k, a in zip(result["shifts"][1:], acc[1:])], lang)
    tol = tolerates(result)
    parts = [i18n.translate("lecture.cnn.shifted", lang, train=f"{result['train']:,}",
                            trained=result["trained_shift"], test=f"{result['test']:,}", acc0=_pct(acc[0]),
                            curve=curve),
             i18n.translate("lecture.cnn.drop", lang, px=result["asked"], drop=f"{100 * drop(result):.1f}"),
             i18n.translate(f"lecture.cnn.{'tolerates' if tol > 0 else 'tolerates_none'}", lang, tol=tol),
             i18n.translate("lecture.cnn.stored_shift", lang, epochs=s["setting"]["epochs"], seeds=s["seeds"],
                            px=result["asked"], cnn=_pct(s["shift"]["cnn"][0][result["asked"]]),
                            mlp=_pct(s["shift"]["mlp"][0][result["asked"]])),
             i18n.translate("lecture.cnn.stored_scrambled", lang, cnn0=_pct(s["acc"]["cnn/original"][0]),
                            cnn1=_pct(s["acc"]["cnn/scrambled"][0]), mlp0=_pct(s["acc"]["mlp/original"][0]),
                            mlp1=_pct(s["acc"]["mlp/scrambled"][0]))]
    if s["prior_helps"]:
        parts.append(i18n.translate(f"cnn.prior.{s['lead_scrambled']}", lang))
    else:
        parts.append(i18n.translate("lecture.cnn.no_prior", lang))
    return i18n.sentences(parts, lang)


def link(result: dict) -> dict[str, str]:
    """The CNN page set to the pretrained model's data, architecture, augmentation and epochs."""
    return {"data": "offline", "arch": result["arch"], "width": str(result["width"]),
            "shift": str(result["trained_shift"]), "ep": str(result["epochs"])}


STEP = Step(
    key="cnn", page="cnn", choices=("barely", "some", "most"), run=run, answer=answer, measured=measured,
    link=link,
    formula=r"(x \star w)_{ij} = \sum_{a,b} x_{i+a,\,j+b}\, w_{ab}", defaults={}, warm=warm)
