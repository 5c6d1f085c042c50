"""The more-data page's measured sentences, built from core.lessons.learning_curves.findings (and the
settings the code trains with), in the page's language. UI only, split off app_pages/data_scale.py."""
import numpy as np

from core.lessons import learning_curves as lc
from core.ui import sentences, t

OPTIMIZERS = {"adam": "Adam", "sgd": "SGD"}


def listed(items) -> str:
    """Items joined with the language's list separator ("、" in Chinese); "none" when there are none."""
    return t("ds.sep").join(items) or t("ds.none")


def points(fraction: float) -> str:
    """A difference of two accuracies (0.104) as percentage points: "+10.4 points" / "+10.4 个百分点"."""
    return t("ds.points", value=f"{100 * fraction:+.1f}")


def at_sizes(f: dict, verdicts: dict, wanted: str) -> str:
    """The sizes with verdict `wanted`, neighbours as ranges ("50–500, 4,000"); "no size" if none."""
    chosen = [n for n, v in verdicts.items() if v == wanted]
    return t("ds.sep").join(f"{a:,}" if a == b else f"{a:,}–{b:,}" for a, b in lc.spans(chosen, f["sizes"])) \
        or t("ds.no_size")


def best_sentence(f: dict, names: dict[str, str]) -> str:
    """The best model at the largest size and whether its seed range clears every other model's."""
    line = t("ds.best", largest=f"{f['largest']:,}", best=names[f["best"]], acc=f"{f['best_acc']:.1%}")
    if f["best_tied"] is None:
        return line + t("ds.best_one_seed")
    return line + (t("ds.best_tied", others=listed(names[m] for m in f["best_tied"])) if f["best_tied"]
                   else t("ds.best_clear"))


def verdicts(f: dict, names: dict[str, str]) -> list[str]:
    """The CNN-against-classical sentences of a findings dict (lc.findings), seed-range aware."""
    if f["seeds"] < 2:
        return [t("ds.one_seed", largest=f"{f['largest']:,}", cnn=f"{f['cnn_acc']:.1%}",
                  classical=names[f["best_classical"]], classical_acc=f"{f['best_classical_acc']:.1%}",
                  hog=f"{f['hog_acc']:.1%}")]
    vs = f["cnn_vs_classical"]
    line = t("ds.versus", seeds=f["seeds"], ahead=at_sizes(f, vs, "ahead"), within=at_sizes(f, vs, "within"),
             behind=at_sizes(f, vs, "behind"))
    cross = f["cnn_beats_classical_from"]
    if cross is None:
        line = sentences(line, t("ds.no_cross", largest=f"{f['largest']:,}"))
    elif cross < f["largest"]:
        line = sentences(line, t("ds.cross", size=f"{cross:,}", largest=f"{f['largest']:,}"))
    return [line]


def e2e_verdicts(f: dict) -> list[str]:
    """HOG + logistic regression against the CNN, size by size, and where the lead changes hands."""
    if f["seeds"] < 2:
        return []
    vs = f["hog_vs_cnn"]
    lines = [t("ds.e2e_versus", seeds=f["seeds"], hog=at_sizes(f, vs, "hog"),
               within=at_sizes(f, vs, "within"), cnn=at_sizes(f, vs, "cnn"))]
    if f["crossover"]:
        where = "ds.cnn_at_last" if f["cnn_from"] == f["largest"] else "ds.cnn_from"
        lines.append(t("ds.e2e_cross", until=f"{f['hog_until']:,}", cnn_part=t(where, start=f"{f['cnn_from']:,}")))
    if f["cnn_from"] is None:
        lines.append(t("ds.e2e_no_cnn", largest=f"{f['largest']:,}"))
    if f["hog_until"] is None:
        lines.append(t("ds.e2e_no_hog", smallest=f"{f['sizes'][0]:,}"))
    return lines


def _value(v) -> str:
    return t(f"lc.value.{v}") if isinstance(v, str) else f"{v:g}"


def settings_text(model: str) -> str:
    """A model's settings as the code that trains it has them (core.lessons.learning_curves)."""
    if model in lc.DEEP:
        s = lc.DeepSettings()
        return t("ds.deep_settings", params=f"{lc.parameter_count(model):,}",
                 optimizer=OPTIMIZERS[s.optimizer], lr=f"{s.lr:g}", batch=s.batch_size, epochs=s.min_epochs,
                 steps=s.min_steps)
    settings = lc.classical_settings(model)
    values = t("ds.sep").join(f"{t(f'lc.param.{k}')} = {_value(v)}" for k, v in settings.items())
    if model in lc.FEATURES:
        cell, block = lc.HOG["pixels_per_cell"], lc.HOG["cells_per_block"]
        return t("ds.hog_settings", orientations=lc.HOG["orientations"], cell=f"{cell[0]}×{cell[1]}",
                 block=f"{block[0]}×{block[1]}", n=lc.hog_features(np.zeros((1, 28, 28))).shape[1],
                 settings=values)
    return values
