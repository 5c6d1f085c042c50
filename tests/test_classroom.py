"""The progress database: names and codes checked, entries kept per visitor, thirty students at once lose nothing."""
import csv
import io
import threading
from concurrent.futures import ProcessPoolExecutor

import pytest

from core import classroom, i18n
from core.classroom import ClassError, Progress


def test_a_student_joins_a_class_under_a_checked_name_and_can_rename(tmp_path):
    p = Progress(tmp_path / "p.sqlite3")
    assert p.member("v-1") is None
    assert p.join("v-1", " Lab  A ", "  Li   Hua ") == "Li Hua"
    assert p.member("v-1") == ("Lab A", "Li Hua")
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
    with ProcessPoolExecutor(3) as pool:  # other server processes (replicas) write the same file
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
