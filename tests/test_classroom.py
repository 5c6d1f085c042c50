"""The progress database: names and codes checked, entries kept per visitor, thirty students at once lose nothing."""
import csv
import io
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

import pytest

from core import classroom, i18n
from core.classroom import ClassError, Progress


def test_a_student_joins_a_class_under_a_checked_name_and_can_rename(tmp_path):
    p = Progress(tmp_path / "p.sqlite3")
    assert p.member("v-1") is None
    assert p.join("v-1", " Lab  A ", "  Li   Hua ") == "Li Hua"
    assert p.member("v-1") == ("Lab A", "Li Hua") and len(p.roster("Lab   A ")) == 1  # the code as the operator wrote it
    p.join("v-1", "Lab A", "李华")
    assert p.member("v-1") == ("Lab A", "李华") and len(p.roster("Lab A")) == 1
    p.leave("v-1")
    assert p.member("v-1") is None and p.roster("Lab A") == []


@pytest.mark.parametrize("name, key", [("", "class.name_empty"), ("   \n ", "class.name_empty"),
                                       ("x" * 10_000, "class.name_long"), ("evil\u202etxt.exe", "class.name_odd"),
                                       ("tab\x07bell", "class.name_odd")])
def test_a_name_that_cannot_be_shown_is_refused_with_a_reason_in_both_languages(name, key):
    with pytest.raises(ClassError) as caught:
        classroom.check_name(name)
    assert caught.value.key == key
    for code in i18n.LANGUAGES:
        assert i18n.describe_error(caught.value, code)


def test_a_name_that_looks_like_markdown_is_kept_as_typed():
    assert classroom.check_name("**[me](http://x)**") == "**[me](http://x)**"  # the page shows it as plain text


def test_the_class_code_ignores_case_and_spaces_and_nothing_matches_no_code():
    assert classroom.code_matches(" dl-2026 ", "DL-2026")
    assert not classroom.code_matches("dl-2025", "DL-2026")
    assert not classroom.code_matches("", None) and not classroom.code_matches("anything", "")


def test_entries_are_kept_per_visitor_and_the_latest_one_wins(tmp_path):
    p = Progress(tmp_path / "p.sqlite3")
    p.record("v-1", "lecture", "hastad", {"guess": "ten", "verdict": "wrong"})
    p.record("v-1", "lecture", "hastad", {"guess": "many", "verdict": "right"})
    p.record("v-2", "quiz", "cnn", {"score": 3, "of": 5})
    assert p.of("v-1") == {"lecture": {"hastad": {"guess": "many", "verdict": "right"}}}
    assert p.items("v-2", "lecture") == {} and p.items("v-2", "quiz")["cnn"]["score"] == 3
    p.forget("v-1", "lecture", "hastad")
    assert p.of("v-1") == {}


@pytest.mark.parametrize("kind, item, value", [("grade", "x", {}), ("quiz", "", {}), ("quiz", "x" * 81, {}),
                                               ("quiz", "x", {"blob": "y" * 20_000}), ("quiz", "x", {"score": float("nan")})])
def test_an_entry_that_is_not_progress_is_refused(tmp_path, kind, item, value):
    with pytest.raises(ValueError):
        Progress(tmp_path / "p.sqlite3").record("v-1", kind, item, value)


def _student(args):
    path, i = args
    p = Progress(path)
    owner = f"v-{i:02d}"
    p.join(owner, "DL", f"student {i}")
    for k in range(12):
        p.record(owner, "lecture", f"step{k}", {"guess": "a", "verdict": "right" if k % 2 else "wrong"})
    p.record(owner, "quiz", "intro", {"score": i % 6, "of": 5})
    return owner


def test_thirty_students_writing_at_once_from_threads_and_processes_lose_nothing(tmp_path):
    path = tmp_path / "p.sqlite3"
    Progress(path)
    threads = [threading.Thread(target=_student, args=((path, i),)) for i in range(15)]
    for th in threads:
        th.start()
    spawn = multiprocessing.get_context("spawn")  # a forked child of a threaded process can inherit a held lock
    with ProcessPoolExecutor(3, mp_context=spawn) as pool:  # other server processes (replicas) write the same file
        list(pool.map(_student, [(path, i) for i in range(15, 30)]))
    for th in threads:
        th.join()
    rows = Progress(path).roster("DL")
    assert len(rows) == 30 and {r["name"] for r in rows} == {f"student {i}" for i in range(30)}
    assert all(len(r["entries"]["lecture"]) == 12 and classroom.summary(r["entries"])["right"] == 6 for r in rows)


def test_the_class_table_exports_as_csv_with_names_a_spreadsheet_will_not_run(tmp_path):
    p = Progress(tmp_path / "p.sqlite3")
    p.join("v-1", "DL", "=HYPERLINK(\"http://x\")")
    p.join("v-2", "DL", "王芳")
    p.record("v-2", "lecture", "gan", {"verdict": "right"})
    p.record("v-2", "quiz", "gan", {"score": 4, "of": 5})
    p.record("v-2", "challenge", "gan_modes", {"met": True, "evidence": {"modes": 8}})
    rows = list(csv.DictReader(io.StringIO(classroom.roster_csv(p.roster("DL")))))
    by_name = {r["name"]: r for r in rows}
    assert set(by_name) == {"'=HYPERLINK(\"http://x\")", "王芳"}
    assert by_name["王芳"]["right"] == "1" and by_name["王芳"]["quiz_points"] == "4"
    assert by_name["王芳"]["challenges"] == "1"
    rows = list(csv.DictReader(io.StringIO(classroom.roster_csv(p.roster("DL"), ("gan_modes", "dates"), ("gan", "cnn")))))
    assert {k: v for k, v in rows[-1].items() if " " in k} == \
        {"challenge gan_modes": "1", "challenge dates": "", "quiz gan": "4/5", "quiz cnn": ""}


def test_wrong_passwords_lock_the_gate_for_every_session_until_the_time_is_up(tmp_path):
    p, other = Progress(tmp_path / "p.sqlite3"), Progress(tmp_path / "p.sqlite3")  # another process, say
    assert p.locked("teacher:DL", now=0.0) == 0.0
    assert [p.missed("teacher:DL", now=1.0) for _ in range(classroom.LOCK_AFTER)] == \
        [False] * (classroom.LOCK_AFTER - 1) + [True]
    assert other.locked("teacher:DL", now=11.0) == classroom.LOCK_SECONDS - 10.0
    assert other.locked("teacher:other class", now=11.0) == 0.0  # another class's gate is open
    assert other.locked("teacher:DL", now=1.0 + classroom.LOCK_SECONDS) == 0.0
    p.missed("teacher:DL", now=100.0)
    p.passed("teacher:DL")  # a right password: the count starts again
    assert not any(p.missed("teacher:DL", now=101.0) for _ in range(classroom.LOCK_AFTER - 1))


# ---- the class page ----
from streamlit.testing.v1 import AppTest  # noqa: E402

from tests.test_chinese import ALLOWED  # noqa: E402
from tests.test_pages import ROOT  # noqa: E402
from tests.zh_text import latin_words, page_texts  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_store():
    """The page's store is cached per process: each test here opens its own file, and leaves none behind for
    the next module's pages (they write to the default path)."""
    import core.ui
    core.ui.progress_store.clear()
    yield
    core.ui.progress_store.clear()


def open_class(lang: str, monkeypatch, tmp_path, code: str | None = "DL-2026", password: str | None = "s3cret"):
    monkeypatch.setenv("DLC_PROGRESS_DB", str(tmp_path / "progress.sqlite3"))
    for name, value in (("DLC_CLASS_CODE", code), ("DLC_TEACHER_PASSWORD", password)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.switch_page("app_pages/classroom.py")
    at.run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    return at


def _no_english(at):
    found = {w: x for x in page_texts(at) for w in latin_words(x) if w not in ALLOWED}
    assert not found, "\n".join(f"{w!r} in {x[:120]!r}" for w, x in found.items())


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_without_a_class_code_the_page_says_so_and_still_shows_ones_own_progress(lang, monkeypatch, tmp_path):
    at = open_class(lang, monkeypatch, tmp_path, code=None, password=None)
    assert any(i18n.translate("class.no_code", lang) == b.value for b in at.info)
    assert not at.text_input  # nothing to join
    if lang == "zh":
        _no_english(at)


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_a_student_joins_with_the_code_and_a_bad_code_or_name_is_refused_in_the_page(lang, monkeypatch, tmp_path):
    at = open_class(lang, monkeypatch, tmp_path)
    at.text_input(key="class:code").set_value("dl-2025")
    at.text_input(key="class:name").set_value("Li")
    at.button[0].click().run()
    assert at.error[0].value == i18n.translate("class.wrong_code", lang)
    at.text_input(key="class:code").set_value(" dl-2026 ")
    at.text_input(key="class:name").set_value("")
    at.button[0].click().run()
    assert at.error[0].value == i18n.translate("class.name_empty", lang)
    at.text_input(key="class:name").set_value("evil\u202etxt.exe")
    at.button[0].click().run()
    assert at.error[0].value == i18n.translate("class.name_odd", lang)
    if lang == "zh":  # everything but what the student typed
        _no_english(at)
    at.text_input(key="class:name").set_value("x" * 10_000)  # 10 KB: the box keeps its first 40 characters
    at.button[0].click().run()
    owner = at.session_state["visitor:owner"]
    assert not at.exception and len(Progress(tmp_path / "progress.sqlite3").member(owner)[1]) <= classroom.MAX_NAME
    at.button(key="class:leave").click().run()
    at.text_input(key="class:code").set_value("DL-2026")
    at.text_input(key="class:name").set_value("**[me](http://x)**")
    at.button[0].click().run()
    assert not at.exception
    shown = at.success[0].value
    assert "\\*\\*\\[me\\]" in shown  # the name shows as typed: escaped, not as Markdown
    assert Progress(tmp_path / "progress.sqlite3").member(at.session_state["visitor:owner"]) == ("DL-2026",
                                                                                              "**[me](http://x)**")


def test_the_teacher_sees_the_class_after_the_password_and_wrong_ones_lock_the_form(monkeypatch, tmp_path):
    p = Progress(tmp_path / "progress.sqlite3")
    p.join("v-a", "2026-1", "王芳")
    p.record("v-a", "lecture", "hastad", {"guess": "many", "truth": "many", "verdict": "right"})
    p.record("v-a", "challenge", "perceptron_cycle", {"met": True, "run": None, "evidence": {"first": 3}})
    p.join("v-b", "other class", "Eve")
    at = open_class("zh", monkeypatch, tmp_path, code="2026-1")  # a code with no letters: the zh check
    assert at.session_state["visitor:owner"] != "v-a"  # the teacher's own browser
    at.text_input(key="class:password").set_value("S3CRET").run()
    assert at.error[0].value == i18n.translate("class.wrong_password", "zh") and not at.dataframe
    at.text_input(key="class:password").set_value("s3cret").run()
    table = at.dataframe[-1].value
    assert list(table[i18n.translate("class.col.name", "zh")]) == ["王芳"]  # only this class, never "other class"
    hastad = str([s.key for s in __import__("core.lecture", fromlist=["steps"]).steps()].index("hastad") + 1)
    assert table[hastad].iloc[0] == "✓" and table[i18n.translate("class.col.right", "zh")].iloc[0] == "1/1"
    from core import challenges
    column = {c.key: i18n.translate("class.col.challenge", "zh", k=k) for k, c in enumerate(challenges.CHALLENGES, 1)}
    assert table[column["perceptron_cycle"]].iloc[0] == "✓" and table[column["dates"]].iloc[0] == ""
    _no_english(at)
    at.text_input(key="class:password").set_value("guess").run()
    for _ in range(classroom.LOCK_AFTER):  # the same wrong word left in the box while the page reruns: one miss
        at.run()
    assert at.error[0].value == i18n.translate("class.wrong_password", "zh")
    for k in range(classroom.LOCK_AFTER - 1):
        at.text_input(key="class:password").set_value(f"guess{k}").run()
    assert at.error[0].value.startswith(i18n.translate("class.locked", "zh", seconds="").split("{")[0][:6])
    at.text_input(key="class:password").set_value("s3cret").run()
    assert not at.dataframe  # locked for a minute, even with the right password
    tab = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)  # a new tab: still locked
    tab.query_params["lang"] = "zh"
    tab.switch_page("app_pages/classroom.py").run()
    assert all(w.key != "class:password" for w in tab.text_input)
    assert tab.error[0].value.startswith(i18n.translate("class.locked", "zh", seconds="").split("{")[0][:6])


def test_home_shows_the_visitors_kept_progress(monkeypatch, tmp_path):
    monkeypatch.setenv("DLC_PROGRESS_DB", str(tmp_path / "progress.sqlite3"))
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.run()
    owner = at.session_state["visitor:owner"]
    p = Progress(tmp_path / "progress.sqlite3")
    p.record(owner, "lecture", "hastad", {"verdict": "right"})
    p.record(owner, "lecture", "gan", {"verdict": "wrong"})
    p.record(owner, "quiz", "gan", {"score": 4, "of": 6})
    at.run()
    want = i18n.translate("class.home_progress", "en", right=1, predicted=2, quiz=4, of=6, challenges=0)
    assert want in [m.value for m in at.markdown]
    assert i18n.translate("class.home_progress_link", "en") in [link.label for link in at.get("page_link")]
