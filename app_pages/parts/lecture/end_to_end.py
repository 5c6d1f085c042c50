"""Step 5: test accuracy of HOG + logistic regression and of the CNN at each training-set size, as grouped bars."""
from core import plots
from core.lecture import end_to_end
from core.ui import plot, t


NAMES = {"hog_logreg": "lecture.end_to_end.hog", "cnn": "lecture.end_to_end.cnn"}


def draw(result: dict) -> None:
    sizes = [t("lecture.end_to_end.size", n=f"{n:,}") for n in result["sizes"]]
    acc = result["acc"]
    series = [(t(NAMES[m]), acc[m], acc[m], acc[m]) for m in end_to_end.MODELS]  # one run: no seed range
    plot(plots.grouped_bars(sizes, series, title=t("lecture.end_to_end.chart", test=f"{result['test_size']:,}",
                                                   seed=result["seed"]), y_title=t("ds.acc")))
