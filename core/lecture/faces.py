"""Step 4, what it is for: the same kind of map outputs each face's position and size (x, y, w, h).

The faces page's pretrained detector, run on one of its held-out test scenes (faces it never saw, pasted at
known places and sizes into photos it never saw); each box it returns is compared with the true box by IoU.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from torch import nn

from core import i18n, lab
from core.families import faces as fc
from core.lecture import Step

SCENES = (0, 7, 19, 21, 28)  # indices into the faces page's 30 test scenes: 1–3 faces of 32–95 px
FOUND_IOU = 0.5  # a box at IoU ≥ this with a true face finds it (the faces page's and PASCAL VOC's rule)
TIGHT_IOU = 0.8  # the choices' edge: every face boxed at IoU ≥ 0.8 is "tight"


@lru_cache(maxsize=1)
def detector() -> nn.Module:
    """The shipped face detector (assets/pretrained/faces.safetensors) in eval mode."""
    ck = lab.read(lab.pretrained_path("faces").read_bytes(), expect_family="faces")
    return lab.bare_trainer(ck).model.eval()


@lru_cache(maxsize=1)
def scenes() -> tuple[fc.Scene, ...]:
    """The faces page's 30 held-out test scenes (256×256 grey, true boxes known)."""
    return tuple(fc.held_out_scenes())


def warm() -> None:
    fc.detect(detector(), scenes()[0].image)  # the first detection also imports torchvision's NMS (~2 s)


def run(inputs: dict, seed: int) -> dict:
    """Detect faces on test scene `inputs["scene"]` (one of SCENES) with the page's default threshold and NMS.

    Returns the true boxes, every detection's box (x, y, w, h in pixels), score and best IoU with a true face,
    each true face's best IoU, how many true faces were found (IoU ≥ FOUND_IOU, greedy matching as the faces
    page scores them) and false alarms. The detector is deterministic: `seed` changes nothing. ValueError for a
    scene not in SCENES."""
    i = int(inputs["scene"])
    if i not in SCENES:
        raise ValueError(f"scene {i} is not one of {SCENES}")
    scene = scenes()[i]
    boxes, scores = fc.detect(detector(), scene.image, fc.DEFAULT_THRESHOLD, fc.DEFAULT_NMS)
    hit, _ = fc.match(boxes, scores, scene.boxes, FOUND_IOU)
    overlaps = fc.iou(boxes, scene.boxes) if len(boxes) else np.zeros((0, len(scene.boxes)))
    detections = [{"box": [round(float(v), 1) for v in box], "score": round(float(s), 4),
                   "iou": round(float(overlaps[k].max()), 4), "hit": bool(hit[k])}
                  for k, (box, s) in enumerate(zip(boxes, scores))]
    truth_iou = overlaps.max(0) if len(boxes) else np.zeros(len(scene.boxes))
    return {"scene": i, "height": int(scene.image.shape[0]), "width": int(scene.image.shape[1]),
            "truth": scene.boxes.round(1).tolist(), "truth_iou": [round(float(v), 4) for v in truth_iou],
            "detections": detections, "faces": len(scene.boxes), "found": int(hit.sum()),
            "false_alarms": int((~hit).sum()), "threshold": fc.DEFAULT_THRESHOLD, "nms": fc.DEFAULT_NMS}


def answer(result: dict) -> str:
    worst = min(result["truth_iou"])
    if result["found"] < result["faces"] or worst < FOUND_IOU:
        return "missed"
    return "tight" if worst >= TIGHT_IOU else "loose"


def measured(result: dict, lang: str) -> str:
    boxes = [i18n.translate("lecture.faces.box", lang, x=f"{x:.0f}", y=f"{y:.0f}", w=f"{w:.0f}", h=f"{h:.0f}",
                            iou=f"{d['iou']:.2f}") for d in result["detections"] for x, y, w, h in [d["box"]]]
    parts = [i18n.translate("lecture.faces.boxes" if boxes else "lecture.faces.no_boxes", lang, i=result["scene"],
                            k=result["faces"], n=len(boxes), boxes=i18n.listing(boxes, lang))]
    found, k = result["found"], result["faces"]
    parts.append(i18n.translate("lecture.faces.all_found" if found == k else "lecture.faces.some_found", lang,
                                found=found, k=k, missed=k - found))
    fa = result["false_alarms"]
    parts.append(i18n.translate("lecture.faces.false_alarms" if fa else "lecture.faces.no_false_alarm", lang, n=fa))
    if found:
        parts.append(i18n.translate("lecture.faces.worst", lang, worst=f"{min(result['truth_iou']):.2f}",
                                    best=f"{max(result['truth_iou']):.2f}"))
    return i18n.sentences(parts, lang)


STEP = Step(
    key="faces", page="faces", choices=("tight", "loose", "missed"), run=run, answer=answer, measured=measured,
    link=lambda result: {"th": f"{result['threshold']:g}", "nms": f"{result['nms']:g}", "min": str(fc.WINDOW)},
    formula=r"\mathrm{IoU}(A, B) = \frac{|A \cap B|}{|A \cup B|}",
    defaults={"scene": SCENES[0]}, warm=warm)
