"""Step 7, why deep learning — more data: the stored learning curves of shallow models and deep ones (accuracy
against training-set size, seed ranges), and one point of them rerun: the best shallow model and the CNN."""
from __future__ import annotations

from threadpoolctl import threadpool_limits

from core import i18n
from core.data import digits
from core.lecture import Step
from core.lessons import learning_curves as lc

SHOWN = ("logreg", "hog_logreg", "rbf_svm", "forest", "mlp_large", "cnn")  # the data-scale page's default curves
SMALL = 100  # the small end the measured sentence compares (training digits)
LIVE_SIZE = 1000  # the rerun: the best shallow model and the CNN, ~3 s on one thread (2,000: 7–10 s here)
VERDICTS = ("ahead", "within", "behind")  # lc.findings' CNN-against-every-shallow-model verdicts, also the choices


def _row(r: dict) -> dict:
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}


def _best_shallow(summary: list[dict], size: int) -> dict:
    """The summary row of the shallow model (lc.CLASSICAL or HOG) with the highest mean test accuracy at `size`."""
    rows = [r for r in summary if r["size"] == size and r["model"] in lc.CLASSICAL + lc.FEATURES]
    return max(rows, key=lambda r: r["test"])


def run(inputs: dict, seed: int) -> dict:
    """Read the stored sweep (assets/learning_curves.json) and its findings; retrain, with `seed`, its best shallow
    model at the largest size and the CNN at LIVE_SIZE digits of the offline MNIST subset, on one thread."""
    stored = lc.load_stored()
    summary = lc.summarize(stored["rows"])
    f = lc.findings(summary)
    shallow, data = f["best_classical"], lc.offline_digits()
    with threadpool_limits(1):  # one BLAS thread, as the lecture runs it
        live = [lc.run_one(m, data, LIVE_SIZE, seed, lc.offline_hog() if m == "hog_logreg" else None)
                for m in (shallow, "cnn")]
    at = {(r["model"], r["size"]): r for r in summary}
    best_small, best_large = _best_shallow(summary, SMALL)["model"], _best_shallow(summary, f["largest"])["model"]
    compare = {m: [_row(at[m, SMALL]), _row(at[m, f["largest"]])] for m in {"cnn", best_small, best_large}}
    return {"seed": seed, "source": stored["source"], "seeds": f["seeds"], "small": SMALL, "largest": f["largest"],
            "curves": [_row(r) for r in summary if r["model"] in SHOWN], "compare": compare,
            "best_small": best_small, "best_large": best_large,
            "versus": [[n, v] for n, v in f["cnn_vs_classical"].items()],
            "live": [{"model": r["model"], "size": r["size"], "test_acc": r["test_acc"], "train_acc": r["train_acc"],
                      "stored": _row(at[r["model"], LIVE_SIZE])} for r in live]}


def answer(result: dict) -> str | None:
    """The CNN against every shallow model at the largest stored size, by seed ranges; None with one seed."""
    if result["seeds"] < 2:
        return None
    return dict(map(tuple, result["versus"])).get(result["largest"])


def _pct(v: float) -> str:
    return f"{v:.1%}"


def _name(model: str, lang: str) -> str:
    return i18n.translate(f"lc.{model}", lang)


def _inside(point: dict) -> bool:
    s = point["stored"]
    return s["low"] - lc.SEPARATION <= point["test_acc"] <= s["high"] + lc.SEPARATION


def _source(source: str, lang: str) -> str:
    key = digits.source_key(source)
    return i18n.translate(f"data.source.{key}", lang) if key else source


def measured(result: dict, lang: str) -> str:
    c, small, large = result["compare"], result["best_small"], result["best_large"]

    def gain(m: str) -> str:
        return f"{100 * (c[m][1]['test'] - c[m][0]['test']):.1f}"

    parts = [i18n.translate("lecture.more_data.stored", lang, source=_source(result["source"], lang),
                            seeds=result["seeds"], small=f"{result['small']:,}", large=f"{result['largest']:,}",
                            cnn_small=_pct(c["cnn"][0]["test"]), best_small=_pct(c[small][0]["test"]),
                            name_small=_name(small, lang), cnn_large=_pct(c["cnn"][1]["test"]),
                            best_large=_pct(c[large][1]["test"]), name_large=_name(large, lang),
                            gain_cnn=gain("cnn"), gain_best=gain(large))]
    verdict = answer(result)
    parts.append(i18n.translate(f"lecture.more_data.verdict.{verdict or 'none'}", lang, large=f"{result['largest']:,}"))
    cnn, shallow = (next(p for p in result["live"] if p["model"] == "cnn"),
                    next(p for p in result["live"] if p["model"] != "cnn"))
    parts.append(i18n.translate("lecture.more_data.live", lang, seed=result["seed"], n=f"{cnn['size']:,}",
                                name=_name(shallow["model"], lang), shallow=_pct(shallow["test_acc"]),
                                cnn=_pct(cnn["test_acc"])))
    outside = [p for p in (shallow, cnn) if not _inside(p)]
    ranges = i18n.listing([f"{_name(p['model'], lang)} {_pct(p['stored']['low'])}–{_pct(p['stored']['high'])}"
                           for p in (shallow, cnn)], lang)
    if outside:
        parts.append(i18n.translate("lecture.more_data.outside", lang, ranges=ranges,
                                    names=i18n.listing([_name(p["model"], lang) for p in outside], lang)))
    else:
        parts.append(i18n.translate("lecture.more_data.inside", lang, ranges=ranges))
    return i18n.sentences(parts, lang)


def link(result: dict) -> dict[str, str]:
    """The data-scale page: offline digits, a live rerun up to LIVE_SIZE with seeds 0…seed (at most 3), the
    curves this step draws."""
    return {"source": "offline", "largest": str(LIVE_SIZE), "seeds": str(min(3, result["seed"] + 1)),
            "models": "~".join(SHOWN)}


def warm() -> None:
    """Read the digits and run the CNN once on one batch (lc.warm_cnn); the stored sweep is a 60 KB file."""
    lc.warm_cnn()


STEP = Step(
    key="more_data", page="data_scale", choices=VERDICTS, run=run, answer=answer, measured=measured, link=link,
    warm=warm)
