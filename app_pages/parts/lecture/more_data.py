"""Step 7: the stored learning curves (seed ranges shaded) with this run's two points as diamonds."""
from core import plots
from core.lecture import more_data
from core.ui import plot, t


def draw(result: dict) -> None:
    names = {m: t(f"lc.{m}") for m in more_data.SHOWN}
    live = [{"model": p["model"], "size": p["size"], "test": p["test_acc"]} for p in result["live"]]
    plot(plots.learning_curves(result["curves"], live, more_data.SHOWN, names,
                               title=t("lecture.more_data.chart", seeds=result["seeds"]), x_title=t("ds.size"),
                               y_title=t("ds.acc"), train_name=t("plot.train"), live_name=t("ds.live")))
