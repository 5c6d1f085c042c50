"""Step 7: the stored learning curves' verdict by seed ranges, and the rerun point against the sweep's run_one."""
import copy

import pytest
from streamlit.testing.v1 import AppTest

from core.lecture import more_data
from core.lessons import learning_curves as lc
from tests.test_pages import ROOT


@pytest.fixture(scope="module")
def result():
    return more_data.run({}, 0)


def test_the_stored_numbers_are_the_sweeps_and_the_rerun_is_run_one(result):
    summary = lc.summarize(lc.load_stored()["rows"])
    f = lc.findings(summary)
    assert result["largest"] == f["largest"] == 4000  # the question names 4,000 digits
    assert dict(map(tuple, result["versus"])) == f["cnn_vs_classical"]
    at = {(r["model"], r["size"]): r for r in summary}
    for m, (small, large) in result["compare"].items():
        assert small["test"] == pytest.approx(at[m, more_data.SMALL]["test"], abs=1e-4)
        assert large["low"] == pytest.approx(at[m, f["largest"]]["low"], abs=1e-4)
    assert [p["model"] for p in result["live"]] == [f["best_classical"], "cnn"]
    data = lc.offline_digits()
    for p in result["live"]:
        assert p["test_acc"] == pytest.approx(lc.run_one(p["model"], data, more_data.LIVE_SIZE, 0)["test_acc"])


def test_the_answer_is_the_cnns_verdict_at_the_largest_size_and_none_with_one_seed(result):
    for verdict in more_data.VERDICTS:
        changed = copy.deepcopy(result)
        changed["versus"] = [[n, verdict if n == result["largest"] else v] for n, v in result["versus"]]
        assert more_data.answer(changed) == verdict
        assert {"ahead": "lowest seed is above every", "within": "overlaps",
                "behind": "a shallow model's lowest seed"}[verdict] in more_data.measured(changed, "en")
    assert more_data.answer({**result, "seeds": 1}) is None
    assert "no seed ranges" in more_data.measured({**result, "seeds": 1}, "en")


def test_the_measured_sentence_says_which_numbers_are_stored_and_which_rerun(result):
    text = more_data.measured(result, "en")
    assert text.startswith("Stored curves") and "This run retrained two points with seed 0 at 1,000" in text
    assert all(f"{p['test_acc']:.1%}" in text for p in result["live"])
    cnn = result["compare"]["cnn"]
    assert f"gained {100 * (cnn[1]['test'] - cnn[0]['test']):.1f} percentage points" in text
    moved = copy.deepcopy(result)
    moved["live"][1]["test_acc"] = moved["live"][1]["stored"]["high"] + 0.02
    text = more_data.measured(moved, "en")
    assert "Outside the stored seeds' ranges" in text and text.endswith(": CNN (2 conv layers).")


def test_the_link_opens_the_data_scale_page_with_the_rerun_size_and_the_curves_drawn(result):
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.query_params.update({"lang": "en", **more_data.link(result)})
    at.switch_page("app_pages/data_scale.py").run()
    assert not at.exception and not at.warning
    assert at.select_slider(key="ds:largest").value == more_data.LIVE_SIZE and at.slider(key="ds:seeds").value == 1
    assert at.multiselect(key="ds:models").value == list(more_data.SHOWN)
