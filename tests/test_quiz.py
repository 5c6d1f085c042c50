"""The quiz: every question has its words, a right choice among its choices and links that exist; the page
scores a submission, explains each answer, and keeps the score with the visitor's progress."""
import re

import pytest

from core import catalog, classroom, i18n, lecture, quiz
from tests.test_chinese import ALLOWED
from tests.test_lecture import open_lecture
from tests.test_pages import open_page
from tests.zh_text import latin_words, page_texts

ALL = [(s, q) for s in quiz.sections() for q in quiz.questions(s)]
NUMBERS = {s.key: k for k, s in enumerate(lecture.steps(), 1)}


def test_each_section_has_about_five_questions_with_distinct_keys():
    assert quiz.sections() == ("foundations", "why_deep", "cnn", "rnn", "gan", "applications")
    assert all(5 <= len(quiz.questions(s)) <= 6 for s in quiz.sections())
    keys = [q.key for _, q in ALL]
    assert len(keys) == len(set(keys))  # a question's words are keyed by its key alone
    with pytest.raises(KeyError):
        quiz.questions("nonsense")


@pytest.mark.parametrize("section,q", ALL, ids=[q.key for _, q in ALL])
def test_a_question_has_its_words_a_right_choice_and_links_that_exist(section, q):
    assert q.right in q.choices and len(set(q.choices)) == len(q.choices) >= 3
    for key in (f"quiz.section.{section}", q.prompt, q.explanation, *(q.choice(c) for c in q.choices)):
        assert set(i18n.TABLE[key]) == set(i18n.LANGUAGES), key
        zh = i18n.TABLE[key]["zh"]
        assert not [w for w in latin_words(zh) if w not in ALLOWED], (key, zh)
    assert re.search(r"[\u4e00-\u9fff]", i18n.TABLE[q.explanation]["zh"])
    assert catalog.page(q.page).built
    assert q.step is None or q.step in lecture.ORDER


def test_the_score_counts_right_answers_and_an_unanswered_question_is_wrong():
    asked = quiz.questions("gan")
    right = {q.key: q.right for q in asked}
    assert quiz.score("gan", right) == (len(asked), len(asked))
    wrong_one = {**right, asked[0].key: next(c for c in asked[0].choices if c != asked[0].right)}
    assert quiz.score("gan", wrong_one) == (len(asked) - 1, len(asked))
    assert quiz.score("gan", {**right, asked[1].key: None, "not_a_question": "x"}) == (len(asked) - 1, len(asked))
    assert quiz.score("gan", {}) == (0, len(asked))


def test_the_kept_entry_remembers_the_best_attempt():
    asked = quiz.questions("rnn")
    right = {q.key: q.right for q in asked}
    first = quiz.kept("rnn", right, None)
    assert first == {"score": len(asked), "of": len(asked), "best": len(asked), "answers": right}
    second = quiz.kept("rnn", {}, first)
    assert second["score"] == 0 and second["best"] == len(asked)
    assert second["answers"] == {q.key: None for q in asked}


def answer(at, section: str, answers: dict[str, str]):
    at.radio(key="quiz:section").set_value(section).run()
    for key, choice in answers.items():
        at.radio(key=f"quiz:{section}:{key}").set_value(choice)
    at.button(key="quiz:submit").click().run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    return at


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_the_page_scores_an_attempt_explains_each_answer_and_keeps_the_score(lang):
    section = "why_deep"
    asked = quiz.questions(section)
    at = open_page("app_pages/quiz.py", lang)
    assert at.caption[0].value == i18n.translate("quiz.none_kept", lang)
    right = {q.key: q.right for q in asked}
    answer(at, section, right)
    n = len(asked)
    assert at.header[0].value == i18n.translate("quiz.score", lang, right=n, total=n)
    assert len(at.success) == n and not at.error
    owner = at.session_state["visitor:owner"]
    assert classroom.Progress().items(owner, "quiz")[section] == {"score": n, "of": n, "best": n, "answers": right}

    missed = asked[0]
    wrong = next(c for c in missed.choices if c != missed.right)
    answer(at, section, {**right, missed.key: wrong})
    assert at.header[0].value == i18n.translate("quiz.score", lang, right=n - 1, total=n)
    kept = classroom.Progress().items(owner, "quiz")[section]
    assert kept["score"] == n - 1 and kept["best"] == n and kept["answers"][missed.key] == wrong
    assert at.caption[0].value == i18n.translate("quiz.kept", lang, last=n - 1, best=n, total=n)
    [box] = at.error  # the one wrong answer: the right one named, why, and where the app shows it
    assert i18n.translate(missed.choice(missed.right), lang) in box.value
    assert i18n.translate(missed.explanation, lang) in box.value
    assert f"]({missed.page}?lang={lang})" in box.value
    if missed.step in NUMBERS:
        assert f"](lecture?lang={lang}&step={NUMBERS[missed.step]})" in box.value
    if lang == "zh":
        found = {w: s for s in page_texts(at) for w in latin_words(s) if w not in ALLOWED}
        assert not found, "\n".join(f"{w!r} in {s[:120]!r}" for w, s in found.items())


def test_every_section_renders_its_results_in_chinese_without_english_words():
    at = open_page("app_pages/quiz.py", "zh")
    for section in quiz.sections():
        answer(at, section, {})  # nothing chosen: every question shows its answer, explanation and links
        assert len(at.error) == len(quiz.questions(section))
        found = {w: s for s in page_texts(at) for w in latin_words(s) if w not in ALLOWED}
        assert not found, "\n".join(f"{w!r} in {s[:120]!r}" for w, s in found.items())


def test_a_step_link_opens_the_step_the_question_names():
    q = next(q for _, q in ALL if q.step == "hastad")
    at = open_lecture("en", step=str(NUMBERS[q.step]))
    assert at.header[0].value == f"{NUMBERS[q.step]}. {i18n.translate('lecture.hastad.title', 'en')}"
