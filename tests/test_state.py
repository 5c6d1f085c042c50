"""Settings and trained models survive page changes, settings travel in links, the language follows the browser."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core import i18n, links
from tests.test_pages import page_tables, run_until_done

ROOT = Path(__file__).resolve().parent.parent


def open_page(file: str, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.query_params.update({"lang": "en", **(query or {})})
    if file != "app_pages/home.py":
        at.switch_page(file)  # the session opens on this page, as a browser opening a link does
    return at.run()


def widget(at: AppTest, kind: str, key: str):
    return getattr(at, kind)(key=key)


# one main setting per page: (page, widget kind, key, a value other than the default)
SETTINGS = [
    ("app_pages/perceptron.py", "radio", "pc:source", "xor"),
    ("app_pages/playground.py", "slider", "pg:ep", 40),
    ("app_pages/depth.py", "slider", "depth:layers", 6),
    ("app_pages/data_scale.py", "slider", "ds:seeds", 1),
    ("app_pages/cnn.py", "selectbox", "cnn:data", "sklearn"),
    ("app_pages/rnn.py", "selectbox", "rnn:cell", "gru"),
    ("app_pages/gan.py", "selectbox", "gan:target", "grid"),
    ("app_pages/faces.py", "slider", "faces:th", 0.5),
    ("app_pages/speech.py", "slider", "speech:ep", 3),
    ("app_pages/translation.py", "slider", "mt:ep", 2),
]


@pytest.mark.parametrize("file,kind,key,value", SETTINGS, ids=[s[2] for s in SETTINGS])
def test_a_changed_setting_survives_a_visit_to_another_page(file, kind, key, value):
    if file == "app_pages/speech.py":  # its settings appear once the spoken-digit corpus exists
        from core.data import speech as sd
        if sd.espeak() is None and sd.cached() is None:
            pytest.skip("espeak-ng is not installed and no corpus is cached")
        sd.generate()
    at = open_page(file)
    assert widget(at, kind, key).value != value
    widget(at, kind, key).set_value(value).run()
    other = "app_pages/home.py" if file != "app_pages/home.py" else "app_pages/cnn.py"
    at.switch_page(other).run()
    at.switch_page(file).run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert widget(at, kind, key).value == value


def test_the_experiments_filters_survive_a_visit_to_another_page(tmp_path, monkeypatch):
    from tests.test_pages import _store_pretrained

    from core import runs

    monkeypatch.setenv("DLC_RUNS_DIR", str(tmp_path))
    _store_pretrained(runs.RunStore(), ("cnn", "gan2d"))
    at = open_page("app_pages/experiments.py")
    at.multiselect(key="exp:families").set_value(["cnn"]).run()
    at.switch_page("app_pages/home.py").run()
    at.switch_page("app_pages/experiments.py").run()
    assert not at.exception
    assert at.multiselect(key="exp:families").value == ["cnn"] and page_tables(at)[0].value.shape[0] == 1


# a short run on each page, then another page and back: the same run, and the page still shows its result
# (page, job key, epochs slider, epochs, the "train first" message the page shows without a trained model)
TRAINED = [("app_pages/playground.py", "pg", "pg:ep", 20, "mlp.press_start"),
           ("app_pages/rnn.py", "rnn", "rnn:ep:forecast", 1, "rnn.train_first"),
           ("app_pages/gan.py", "gan", "gan:ep", 5, None),
           ("app_pages/translation.py", "mt", "mt:ep", 1, "mt.train_first")]


@pytest.mark.parametrize("file,key,epochs_key,epochs,untrained", TRAINED, ids=[t[1] for t in TRAINED])
def test_a_finished_run_is_still_shown_after_another_page(file, key, epochs_key, epochs, untrained):
    at = open_page(file)
    if key == "mt":
        at.multiselect(key="mt:kinds").set_value(["date"]).run()
    at.slider(key=epochs_key).set_value(epochs).run()
    at.button(key=f"{key}:start").click().run()
    run_until_done(at, key)
    job = at.session_state[f"job:{key}"]
    at.switch_page("app_pages/home.py").run()
    at.switch_page(file).run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert at.session_state[f"job:{key}"] is job and at.slider(key=epochs_key).value == epochs
    finished = i18n.translate("status.finished", "en", epoch=0, step=0, rate=0).split("0")[0]
    assert any(c.value.startswith(finished) for c in at.caption)  # the live view shows the finished run
    if untrained is not None:
        assert not any(i.value == i18n.translate(untrained, "en") for i in at.info)


def test_a_trained_cnn_and_its_data_set_are_still_there_after_another_page():
    at = open_page("app_pages/cnn.py")
    at.selectbox(key="cnn:data").set_value("sklearn").run()
    at.slider(key="cnn:ep").set_value(1).run()
    at.button(key="cnn:start").click().run()
    run_until_done(at, "cnn")
    confusion = i18n.TABLE["cnn.confusion_idea"]["en"].split("{")[0]
    assert any(m.value.startswith(confusion) for m in at.markdown)
    at.switch_page("app_pages/rnn.py").run()
    at.switch_page("app_pages/cnn.py").run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert at.selectbox(key="cnn:data").value == "sklearn"
    assert not any(i.value == i18n.translate("cnn.train_first", "en") for i in at.info)
    assert any(m.value.startswith(confusion) for m in at.markdown)  # "look inside" shows the trained network


@pytest.mark.parametrize("file", [f for f, *_ in SETTINGS if f != "app_pages/speech.py"])
def test_every_page_with_settings_offers_its_link_even_when_it_stops_early(file):
    at = open_page(file)  # the translation and RNN pages stop early until a model is trained
    assert not at.exception
    assert i18n.translate("link.title", "en") in [e.label for e in at.sidebar.expander]
    assert len(at.query_params) > 1  # the language and the page's settings


def test_a_link_sets_the_page_and_names_what_it_ignored():
    at = open_page("app_pages/cnn.py", {"data": "sklearn", "arch": "vgg", "ep": "3", "bs": "999", "lr": "0.01"})
    assert not at.exception
    assert at.selectbox(key="cnn:data").value == "sklearn"
    assert at.selectbox(key="cnn:arch").value == "vgg"
    assert at.slider(key="cnn:ep").value == 3 and at.select_slider(key="cnn:lr").value == 0.01
    assert at.select_slider(key="cnn:bs").value == 64  # 999 is not offered
    assert [w.value for w in at.warning if "bs" in w.value] == [
        i18n.translate("link.ignored", "en", name="bs", value="999")]
    # the page writes its whole setup back, so the link a user copies opens it again
    assert at.query_params["data"] == "sklearn" and at.query_params["bs"] == "64"


def test_a_link_to_the_gan_page_opens_its_mode_collapse_preset():
    at = open_page("app_pages/gan.py", {"preset": "mode_collapse"})
    assert not at.exception
    assert at.session_state["gan:preset"] == "mode_collapse"
    assert at.select_slider(key="gan:glr:mode_collapse").value == 2e-3


def test_a_link_never_sets_a_state_the_widgets_could_not():
    at = open_page("app_pages/translation.py", {"kinds": "date~date~date", "ep": "-1", "tf": "nan"})
    assert not at.exception
    assert at.multiselect(key="mt:kinds").value == list(i18n_kinds())  # duplicates refused: all kinds stay
    assert len([w for w in at.warning if "link" in w.value.lower()]) == 3


def i18n_kinds():
    from core.data import zh_en
    return zh_en.KINDS


def test_moving_to_another_page_does_not_apply_the_previous_pages_link():
    at = open_page("app_pages/cnn.py", {"ep": "3"})
    assert at.slider(key="cnn:ep").value == 3
    # as when the CNN page was interrupted before it wrote its setup: the URL still says ep=3
    at.session_state["link:written"] = {}
    at.switch_page("app_pages/rnn.py").run()
    assert not at.exception
    assert at.slider(key="rnn:ep:forecast").value == 40  # the RNN page's own default, not the CNN link's 3
    assert at.query_params["ep"] == "40"


@pytest.mark.parametrize("locale,expected", [("zh-CN", "zh"), ("zh-Hant-TW", "zh"), ("zh", "zh"), ("en-US", "en"),
                                             ("fr-FR", "en"), (None, "en"), ("", "en")])
def test_the_browser_language_chooses_the_ui_language(locale, expected):
    assert i18n.from_locale(locale) == expected


@pytest.mark.parametrize("text,offered,value", [("3", range(1, 31), 3), ("0.01", (3e-4, 1e-3, 1e-2), 1e-2),
                                                ("1", (False, True), True), ("0", (False, True), False),
                                                ("a~b", ["a", "b", "c"], ["a", "b"]), ("", ["a"], []),
                                                ("lenet", ("lenet", "vgg"), "lenet")])
def test_link_values_parse_to_what_the_widget_offers(text, offered, value):
    assert links.parse(text, offered) == value
    assert links.parse(links.format(value), offered) == value


@pytest.mark.parametrize("text,offered", [("31", range(1, 31)), ("0.02", (1e-3, 1e-2)), ("inf", (1.0,)),
                                          ("2", (False, True)), ("a~a", ["a", "b"]), ("x", ("lenet",)),
                                          ("1" * 201, range(10 ** 300)), ("-", range(3))])
def test_link_values_a_widget_could_not_show_are_refused(text, offered):
    with pytest.raises(ValueError):
        links.parse(text, offered)


def test_float_slider_steps_are_the_values_streamlit_shows():
    assert links.steps(0.05, 0.99, 0.01)[:3] == (0.05, 0.06, 0.07) and links.steps(0.05, 0.99, 0.01)[-1] == 0.99
    assert links.steps(0.0, 1.0, 0.1) == tuple(round(0.1 * i, 2) for i in range(11))


def test_each_page_has_its_own_browser_tab_title_and_home_has_a_path():
    source = (ROOT / "Home.py").read_text()
    assert "page_title=" not in source  # st.Page titles become the tab titles
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.run()
    at.switch_page("app_pages/home.py").run()
    assert not at.exception and at.title[0].value == i18n.translate("home.title", "en")


def test_the_playground_does_not_take_the_cnn_pages_settings_from_the_url():
    at = open_page("app_pages/cnn.py", {"ep": "12", "lr": "0.01", "bs": "64"})
    at.switch_page("app_pages/playground.py").run()  # the URL still holds the CNN page's ep, lr and bs
    assert not at.exception
    from core import playground as pg
    default = pg.PlaygroundConfig().net
    assert at.slider(key="pg:ep").value == default.epochs and at.select_slider(key="pg:lr").value == default.lr
    assert not [w for w in at.warning if "ignored" in w.value]
    assert at.query_params["ep"] == str(default.epochs) and "arch" not in at.query_params


def test_a_playground_link_still_sets_the_playground():
    at = open_page("app_pages/playground.py", {"ep": "40", "data": "spiral"})
    assert at.slider(key="pg:ep").value == 40 and at.selectbox(key="pg:kind").value == "spiral"
