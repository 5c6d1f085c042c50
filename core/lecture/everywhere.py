"""Step 1, deep learning is everywhere: four tasks answered live by the pretrained models the app ships.

Image recognition (the CNN page's LeNet-5 on a held-out MNIST digit), speech recognition (the speech page's
network on a digit spoken by a voice it never heard, synthesised with espeak-ng), machine translation (the
translation page's GRU with attention on a Chinese date) and face detection (the faces page's detector on the
astronaut photo, its box compared with one drawn by hand). Each answer is checked against the known one.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from core import i18n, lab
from core.data import images, speech as sd, zh_en
from core.families import faces as fc, seq2seq as s2s, speech as sp
from core.lecture import Step
from core.lessons import cnn_inside

TEST_DIGITS = (0, 1, 2, 3, 6, 8, 10, 32, 74, 256)  # indices into the offline MNIST test split (1,000 digits)
VOICE = ("en-us", "f3")  # espeak-ng voice and variant: a held-out speaker of the speech page (sd.HELD_OUT)
SPOKEN = range(10)
SPEECH_RATE, SPEECH_PITCH = 180, 50  # words per minute and espeak's 0–99 pitch, inside the corpus's ranges
DATES = ((2024, 2, 29), (1972, 9, 28), (2049, 10, 11), (2007, 3, 1), (2100, 1, 1))  # (year, month, day)
# The astronaut's face as drawn by hand on the 512×512 photo (x, y, w, h in pixels): hairline to chin, cheek to
# cheek. A detection finds it at IoU ≥ FACE_IOU (the faces page's rule).
REFERENCE_BOX = (172.0, 72.0, 104.0, 108.0)
FACE_IOU = 0.5
TASKS = ("digit", "speech", "date", "face")
TOTALS = {4: "four", 3: "three"}  # fewer right: "two_or_fewer"


model = lab.pretrained_model  # a fresh eval-mode copy of a family's shipped model per run (checkpoint read once)
mnist = images.offline  # the offline MNIST subset the pretrained CNN was trained and tested on


@lru_cache(maxsize=1)
def translation_data() -> s2s.Prepared:
    """The translation page's generated Chinese → English pairs and vocabularies, as the pretrained GRU saw them."""
    corpus = zh_en.make_corpus()
    return s2s.prepare(corpus.train, corpus.test, reverse=False)


@lru_cache(maxsize=1)
def astronaut() -> np.ndarray:
    """scikit-image's astronaut photo as grey [0, 1], 512×512."""
    from skimage import color, data

    return color.rgb2gray(data.astronaut()).astype(np.float32)


def warm() -> None:
    for family in ("cnn", "speech", "translation", "faces"):
        lab.pretrained(family)
    mnist()
    translation_data()
    fc.detect(model("faces"), astronaut())  # also imports torchvision's NMS (~2 s the first time)


def recognise_digit(index: int) -> dict:
    """The CNN on held-out test digit `index`: its 28×28 pixels, the true and predicted class, and the model's
    accuracy on the whole test split (1,000 digits)."""
    data = mnist()
    probs = cnn_inside.probabilities(model("cnn"), data.x_test)
    pred = probs.argmax(1)
    k = int(pred[index])
    return {"index": index, "pixels": np.round(data.x_test[index, 0], 2).tolist(), "expected": int(data.y_test[index]),
            "predicted": k, "p": round(float(probs[index, k]), 4), "right": bool(k == data.y_test[index]),
            "test_accuracy": round(float((pred == data.y_test).mean()), 4), "test_digits": len(data.y_test)}


def recognise_drawing(code: str, expected: int) -> dict:
    """The CNN on a digit the student drew (28×28, packed by images.pack_grey) that they say is `expected`;
    as `recognise_digit`, with "index" None. ValueError for a drawing that is not one packed 28×28 image."""
    pixels = images.unpack_grey([code])[0]
    probs = cnn_inside.probabilities(model("cnn"), pixels[None, None])[0]
    k = int(probs.argmax())
    data = mnist()
    test = cnn_inside.probabilities(model("cnn"), data.x_test).argmax(1)
    return {"index": None, "pixels": np.round(pixels, 2).tolist(), "expected": int(expected), "predicted": k,
            "p": round(float(probs[k]), 4), "right": bool(k == expected),
            "test_accuracy": round(float((test == data.y_test).mean()), 4), "test_digits": len(data.y_test)}


def recognise_speech(digit: int) -> dict:
    """The speech network on the English word for `digit` spoken by VOICE; its probabilities and log-mel
    spectrogram (40 mel bands, every other frame). Without espeak-ng: {"digit", "available": False}."""
    voice = "+".join(VOICE)
    if sd.espeak() is None:
        return {"digit": digit, "voice": voice, "available": False}
    wave = sd.synthesise({"voice": VOICE[0], "variant": VOICE[1], "rate": SPEECH_RATE, "pitch": SPEECH_PITCH,
                          "word": sd.WORDS["en"][digit]})
    probs = sp.probabilities(model("speech"), wave[None])[0]
    k = int(probs.argmax())
    return {"digit": digit, "voice": voice, "available": True, "expected": digit, "predicted": k,
            "probs": np.round(probs, 4).tolist(), "log_mel": np.round(sp.log_mel(wave[None])[0][:, ::2], 1).tolist(),
            "right": k == digit}


def translate_date(year: int, month: int, day: int) -> dict:
    """The GRU's greedy translation of the date written in Chinese, against the English the data writes."""
    source, expected = zh_en.zh_date(year, month, day), zh_en.en_date(year, month, day)
    got = s2s.translate(model("translation"), translation_data(), source)[0]
    return {"source": source, "expected": expected, "predicted": got, "right": got == expected}


def detect_face() -> dict:
    """The face detector on the astronaut (the faces page's default threshold and NMS): every box and score, the
    box nearest REFERENCE_BOX by IoU, and whether a box matches it at IoU ≥ FACE_IOU."""
    boxes, scores = fc.detect(model("faces"), astronaut(), fc.DEFAULT_THRESHOLD, fc.DEFAULT_NMS)
    reference = np.array([REFERENCE_BOX])
    hit, _ = fc.match(boxes, scores, reference, FACE_IOU)
    overlaps = fc.iou(boxes, reference)[:, 0] if len(boxes) else np.zeros(0)
    best = int(overlaps.argmax()) if len(boxes) else None
    return {"reference": list(REFERENCE_BOX), "boxes": np.round(boxes, 1).tolist(),
            "scores": np.round(scores, 4).tolist(),
            "box": None if best is None else np.round(boxes[best], 1).tolist(),
            "iou": 0.0 if best is None else round(float(overlaps[best]), 4),
            "right": bool(hit.any()), "false_alarms": int((~hit).sum())}


def run(inputs: dict, seed: int) -> dict:
    """The four tasks on the chosen inputs: "digit" (an index into TEST_DIGITS), "spoken" (0–9) and "date" (an
    index into DATES); the face task always uses the astronaut. Each task's answer, the expected one and whether
    they agree; "right" counts the right ones among the "known" (speech is unknown without espeak-ng). The
    models are deterministic: `seed` changes nothing. ValueError for an input outside its list."""
    d, s, k = int(inputs["digit"]), int(inputs["spoken"]), int(inputs["date"])
    if d not in range(len(TEST_DIGITS)) or s not in SPOKEN or k not in range(len(DATES)):
        raise ValueError(f"inputs outside the lists: {inputs}")
    drawn = inputs.get("drawn")  # a digit the student drew (then "drawn_label" is the digit they meant)
    image = recognise_drawing(drawn, int(inputs["drawn_label"])) if drawn else recognise_digit(TEST_DIGITS[d])
    tasks = {"digit": image, "speech": recognise_speech(s),
             "date": translate_date(*DATES[k]), "face": detect_face()}
    known = [t for t in tasks.values() if t.get("available", True)]
    return {**tasks, "right": sum(t["right"] for t in known), "known": len(known)}


def _choice(total: int) -> str:
    return TOTALS.get(total, "two_or_fewer")


def answer(result: dict) -> str | None:
    """The choice every count still possible bears out: with a task unknown, right…right + unknown."""
    possible = {_choice(n) for n in range(result["right"], result["right"] + len(TASKS) - result["known"] + 1)}
    return possible.pop() if len(possible) == 1 else None


def measured(result: dict, lang: str) -> str:
    tr = lambda key, **v: i18n.translate(f"lecture.everywhere.{key}", lang, **v)  # noqa: E731
    mark = lambda task: tr("right" if task["right"] else "wrong")  # noqa: E731
    dg, sp_, dt, fa = result["digit"], result["speech"], result["date"], result["face"]
    parts = [tr("digit" if dg["index"] is not None else "drawn", i=dg["index"], expected=dg["expected"],
                predicted=dg["predicted"], p=f"{dg['p']:.1%}", mark=mark(dg), acc=f"{dg['test_accuracy']:.1%}",
                n=f"{dg['test_digits']:,}")]
    if sp_["available"]:
        parts.append(tr("speech", word=sd.WORDS["en"][sp_["digit"]], voice=sp_["voice"], predicted=sp_["predicted"],
                        p=f"{sp_['probs'][sp_['predicted']]:.1%}", mark=mark(sp_)))
    else:
        parts.append(tr("no_speech", digit=sp_["digit"]))
    parts.append(tr("date", source=dt["source"], predicted=dt["predicted"], expected=dt["expected"], mark=mark(dt)))
    if fa["box"] is None:
        parts.append(tr("no_face"))
    else:
        x, y, w, h = fa["box"]
        parts.append(tr("face", x=f"{x:.0f}", y=f"{y:.0f}", w=f"{w:.0f}", h=f"{h:.0f}", iou=f"{fa['iou']:.2f}",
                        mark=mark(fa)))
        if fa["false_alarms"]:
            parts.append(tr("face_extra", n=fa["false_alarms"]))
    parts.append(tr("total", right=result["right"], known=result["known"]))
    return i18n.sentences(parts, lang)


def link(result: dict) -> dict[str, str]:
    """The CNN page set to the pretrained CNN's settings (its data set, architecture, width, augmentation, training)."""
    ck = lab.pretrained("cnn")
    c = ck.config
    return {"data": ck.context["dataset"], "arch": c.arch, "width": str(c.width), "shift": str(c.shift), "lr": f"{c.lr:g}",
            "ep": str(c.epochs), "bs": str(c.batch_size)}


STEP = Step(
    key="everywhere", page="cnn", choices=("four", "three", "two_or_fewer"), run=run, answer=answer,
    measured=measured, link=link, formula="", defaults={"digit": 0, "spoken": 7, "date": 0}, warm=warm)
