"""Step 5, why deep learning — end to end: features a CNN learns from the pixels against hand-made HOG features
with a linear classifier, trained now on a small and on a larger set of digits; the stored sweep's crossover."""
from __future__ import annotations

from threadpoolctl import threadpool_limits

from core import i18n
from core.lecture import Step
from core.lessons import learning_curves as lc

MODELS = ("hog_logreg", "cnn")  # hand-made features + a linear classifier; a network that learns its features
SIZES = (100, 2000)  # training digits; at 1,000 the stored sweep's seed ranges overlap, at 2,000 barely
TIE = 0.01  # accuracies closer than this (10 of the 1,000 test digits) are not read as a lead: one run's test
# accuracy near 95 % varies by about 0.7 points (binomial) before the training's own seed-to-seed spread
OUTCOMES = {("hog", "cnn"): "crossover", ("cnn", "cnn"): "cnn_both", ("hog", "hog"): "hog_both"}


def run(inputs: dict, seed: int) -> dict:
    """Fit both pipelines at each size of SIZES on the offline MNIST subset with `seed` (the subset drawn and the
    CNN's initialisation), scored on its 1,000 test digits; with the stored sweep's verdicts (3 seeds)."""
    data, features = lc.offline_digits(), lc.offline_hog()
    with threadpool_limits(1):  # one thread, as the lecture runs it: two BLAS threads on two busy cores thrash
        rows = [lc.run_one(m, data, n, seed, features) for n in SIZES for m in MODELS]
    stored = lc.load_stored()
    f = lc.findings(lc.summarize(stored["rows"]))
    return {"sizes": list(SIZES), "seed": seed, "test_size": len(data.y_test),
            "acc": {m: [r["test_acc"] for r in rows if r["model"] == m] for m in MODELS},
            "train_acc": {m: [r["train_acc"] for r in rows if r["model"] == m] for m in MODELS},
            "stored": {"seeds": f["seeds"], "sizes": f["sizes"], "hog_until": f["hog_until"],
                       "cnn_from": f["cnn_from"], "hog_vs_cnn": [[n, v] for n, v in f["hog_vs_cnn"].items()]}}


def leader(result: dict, i: int) -> str | None:
    """"hog" or "cnn": which is more accurate at the i-th size by at least TIE; None when within it."""
    diff = result["acc"]["cnn"][i] - result["acc"]["hog_logreg"][i]
    return None if abs(diff) < TIE else "cnn" if diff > 0 else "hog"


def answer(result: dict) -> str | None:
    return OUTCOMES.get(tuple(leader(result, i) for i in range(len(result["sizes"]))))


def _pct(v: float) -> str:
    return f"{v:.1%}"


def measured(result: dict, lang: str) -> str:
    acc, sizes, s = result["acc"], result["sizes"], result["stored"]
    parts = [i18n.translate("lecture.end_to_end.live", lang, seed=result["seed"], test=f"{result['test_size']:,}")]
    for i, n in enumerate(sizes):
        hog, cnn = acc["hog_logreg"][i], acc["cnn"][i]
        parts.append(i18n.translate(f"lecture.end_to_end.at_{leader(result, i) or 'within'}", lang, n=f"{n:,}",
                                    hog=_pct(hog), cnn=_pct(cnn), tie=f"{100 * TIE:.0f}",
                                    gap=f"{100 * abs(cnn - hog):.1f}"))
    if s["hog_until"] is not None and s["cnn_from"] is not None:
        parts.append(i18n.translate("lecture.end_to_end.stored_cross", lang, seeds=s["seeds"],
                                    lo=f"{s['sizes'][0]:,}", hi=f"{s['sizes'][-1]:,}",
                                    hog=f"{s['hog_until']:,}", cnn=f"{s['cnn_from']:,}"))
    else:
        parts.append(i18n.translate("lecture.end_to_end.stored_none", lang, seeds=s["seeds"]))
    stored_at = [i18n.translate(f"lecture.end_to_end.v.{v}", lang, n=f"{n:,}")
                 for n, v in s["hog_vs_cnn"] if n in sizes]
    if stored_at:
        parts.append(i18n.translate("lecture.end_to_end.stored_at", lang, verdicts=i18n.listing(stored_at, lang)))
    return i18n.sentences(parts, lang)


def link(result: dict) -> dict[str, str]:
    """The data-scale page: offline digits, live rerun up to the larger size with seeds 0…seed (at most 3),
    the raw-pixel, HOG and CNN curves shown."""
    return {"source": "offline", "largest": str(result["sizes"][-1]), "seeds": str(min(3, result["seed"] + 1)),
            "models": "~".join(("logreg", *MODELS))}


def warm() -> None:
    """Read the digits, compute their HOG features, and run the CNN once on one batch (lc.warm_cnn)."""
    lc.offline_hog()
    lc.warm_cnn()


STEP = Step(
    key="end_to_end", page="data_scale", choices=("crossover", "cnn_both", "hog_both"), run=run, answer=answer,
    measured=measured, link=link, warm=warm)
