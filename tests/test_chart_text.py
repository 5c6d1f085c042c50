"""A chart's text alternative is computed from its data, in the page's language, with its numbers as a table."""
import numpy as np
import pytest

from core import chart_text, i18n, plots


def text(lang):
    return lambda key, **values: i18n.translate(key, lang, **values)


def _history(losses):
    return [{"epoch": float(e + 1), "train_loss": v, "test_loss": v * 1.5} for e, v in enumerate(losses)]


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_a_loss_curve_is_described_by_where_its_lines_start_and_end(lang):
    fig = plots.metric_curves(_history([2.3, 1.0, 0.5, 0.08]), "loss", title="Loss",
                              labels={"train": i18n.translate("plot.train", lang), "test": i18n.translate("plot.test", lang)})
    alt = chart_text.describe(fig, text(lang))
    assert alt.startswith(i18n.translate("alt.chart", lang, title="Loss"))
    assert "2.3" in alt and "0.08" in alt and "0.12" in alt  # train's first and last, test's last (0.08 × 1.5)
    assert i18n.translate("plot.train", lang) in alt and i18n.translate("plot.test", lang) in alt
    other = chart_text.describe(plots.metric_curves(_history([0.9, 0.7]), "loss", title="Loss"), text(lang))
    assert other != alt and "0.9" in other  # it says what this run did, not a sentence true of any run
    if lang == "zh":
        assert ". " not in alt


def test_a_line_charts_numbers_are_its_data_and_a_long_one_is_thinned_keeping_both_ends():
    losses = list(np.linspace(1, 0.1, 7))
    df = chart_text.table(plots.metric_curves(_history(losses), "loss", labels={"epoch": "epoch"}), text("en"))
    assert list(df.columns) == ["epoch", "train", "test"]
    assert np.allclose(df["train"], losses) and np.allclose(df["test"], np.array(losses) * 1.5)
    long = _history(list(np.linspace(1, 0, 1500)))
    df = chart_text.table(plots.curves([("a", [r["epoch"] for r in long], [r["train_loss"] for r in long])]),
                          text("en"))
    assert len(df) <= chart_text.TABLE_ROWS and df.iloc[0, 1] == 1.0 and df.iloc[-1, 1] == 0.0


def test_a_confusion_matrix_reads_as_its_counts_and_its_click_targets_are_not_data():
    cm = np.array([[50, 2, 0], [3, 40, 7], [0, 1, 47]])
    fig = plots.clickable_confusion(cm, ["cat", "dog", "fox"], title="Confusion", x_title="predicted", y_title="true")
    alt = chart_text.describe(fig, text("en"))
    assert "3 × 3" in alt and "from 0 to 50" in alt and "points" not in alt  # the invisible markers are skipped
    df = chart_text.table(fig, text("en"))
    assert list(df.columns) == ["true", "cat", "dog", "fox"] and df.iloc[1, 1:].tolist() == [3, 40, 7]


def test_pictures_are_counted_and_named_and_get_no_table():
    fig = plots.image_grid(np.random.default_rng(0).random((3, 8, 8)), titles=["7", "1<br>(0.9)", "4"], cols=3)
    alt = chart_text.describe(fig, text("en"))
    assert "3 images" in alt and "1 (0.9)" in alt
    assert chart_text.table(fig, text("en")) is None
    many = plots.image_grid(np.zeros((30, 4, 4)), titles=[str(i) for i in range(30)])
    assert "…" in chart_text.describe(many, text("en"))


def test_bars_name_the_highest_and_an_empty_figure_still_has_a_name():
    alt = chart_text.describe(plots.prob_bars(["0", "1", "2"], [0.1, 0.8, 0.1], title="P"), text("zh"))
    assert "3 个柱" in alt and "最高的是 1（0.8）" in alt
    import plotly.graph_objects as go
    assert chart_text.describe(go.Figure(), text("en")) == i18n.translate("alt.chart", "en", title="untitled")
    assert chart_text.table(go.Figure(), text("en")) is None
