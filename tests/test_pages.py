"""Every page renders in both languages through Streamlit's AppTest, and the live page survives misuse."""
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core import catalog, i18n

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["app_pages/home.py", *(p.file for p in catalog.built_pages())]
TITLES = {"app_pages/home.py": "home.title", **{p.file: f"page.{p.key}.title" for p in catalog.built_pages()}}


def open_page(file: str, lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    if file != "app_pages/home.py":
        at.switch_page(file).run()
    return at


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
@pytest.mark.parametrize("file", PAGES)
def test_page_renders_without_exception_in_each_language(file, lang):
    at = open_page(file, lang)
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert at.title[0].value == i18n.translate(TITLES[file], lang)


def test_the_language_choice_survives_a_page_change():
    at = open_page("app_pages/home.py", "zh")
    at.switch_page("app_pages/mlp.py").run()
    assert at.title[0].value == i18n.translate("page.mlp.title", "zh")
    assert at.query_params["lang"] == "zh"


def run_until_done(at: AppTest, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = at.session_state["job:mlp"]
        if job.poll().done:
            break
        time.sleep(0.2)
    at.run()


def test_a_run_to_the_end_reports_what_was_measured():
    at = open_page("app_pages/mlp.py")
    epochs = next(s for s in at.slider if s.label == "Epochs")
    epochs.set_value(40).run()
    at.button(key="mlp:start").click().run()
    run_until_done(at)
    assert not at.exception
    assert any(c.value.startswith("Finished: 40 epochs") for c in at.caption)
    notice = next(m.value for m in at.markdown if "What was measured" in m.value)
    assert "After 40 epochs" in notice and "%" in notice


def test_a_diverging_learning_rate_gives_a_message_not_a_traceback():
    at = open_page("app_pages/mlp.py")
    at.selectbox[0].set_value("regression")
    next(s for s in at.selectbox if s.label == "Optimizer").set_value("sgd")
    next(s for s in at.select_slider if s.label == "Learning rate").set_value(10.0)
    at.run()
    at.button(key="mlp:start").click().run()
    run_until_done(at)
    assert not at.exception
    assert any("diverged at step" in e.value for e in at.error)


def test_extreme_sliders_still_render():
    at = open_page("app_pages/mlp.py")
    for s in at.slider:
        s.set_value(s.max)
    at.run()
    assert not at.exception
    for s in at.slider:
        s.set_value(s.min)
    at.run()
    assert not at.exception
