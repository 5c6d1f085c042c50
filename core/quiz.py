"""The quiz: one short multiple-choice quiz per section of the lecture, as data, and its scoring.

A question's words live in app_pages/text/quiz.py: `quiz.<key>.q` (the question), `quiz.<key>.<choice>`
(each choice) and `quiz.<key>.why` (the explanation shown after an answer). Each question names the page
that shows its answer (a core.catalog key) and, where the lecture path has one, the step (core.lecture.ORDER).
Several questions are misconceptions on purpose: the tempting choice is the one a reader half-remembers.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    key: str
    choices: tuple[str, ...]
    right: str
    page: str  # core.catalog page key
    step: str | None = None  # core.lecture.ORDER key

    @property
    def prompt(self) -> str:
        return f"quiz.{self.key}.q"

    def choice(self, c: str) -> str:
        """The translation key of choice `c`."""
        return f"quiz.{self.key}.{c}"

    @property
    def explanation(self) -> str:
        return f"quiz.{self.key}.why"


Q = Question
QUIZ: dict[str, tuple[Question, ...]] = {  # section → its questions, in the lecture's order
    "foundations": (
        Q("rule", ("shrink", "add", "gradient"), "add", "perceptron", "perceptron"),
        Q("one_update", ("always", "not_always", "never"), "not_always", "perceptron", "perceptron"),
        Q("xor", ("slow", "cycle", "grow"), "cycle", "perceptron"),
        Q("novikoff", ("ratio", "ratio_sq", "points"), "ratio_sq", "perceptron"),
        Q("composition", ("f1", "f3", "together"), "f3", "playground", "composition"),
    ),
    "why_deep": (
        Q("threshold", ("exponential", "yes", "small_n"), "yes", "depth", "hastad"),
        Q("dnf", ("similar", "ten", "many"), "many", "depth", "hastad"),
        Q("reuse", ("threshold_gates", "fewer_bits", "reuse"), "reuse", "depth", "hastad"),
        Q("more_data", ("always", "not_small", "same"), "not_small", "data_scale", "more_data"),
        Q("end_to_end", ("cnn_always", "hog_always", "needs_data"), "needs_data", "data_scale", "end_to_end"),
    ),
    "cnn": (
        Q("equivariance", ("unchanged", "shifted", "scrambled"), "shifted", "cnn", "cnn"),
        Q("shift", ("barely", "some", "most"), "some", "cnn", "cnn"),
        Q("scramble", ("mlp", "both", "cnn"), "cnn", "cnn", "cnn"),
        Q("sharing", ("same_filter", "one_matrix", "same_channel"), "same_filter", "cnn"),
        Q("prior", ("rotation", "locality", "none"), "locality", "cnn", "cnn"),
    ),
    "rnn": (
        Q("weights", ("per_step", "one", "per_length"), "one", "rnn"),
        Q("product", ("product", "sum", "rate"), "product", "rnn", "rnn"),
        Q("vanish", ("most", "tiny", "vanished"), "vanished", "rnn", "rnn"),
        Q("lstm", ("wider", "no_tanh", "cell"), "cell", "rnn", "rnn"),
        Q("gru", ("copy", "reset", "replace"), "copy", "rnn"),
    ),
    "gan": (
        Q("optimal", ("perfect", "ratio", "half"), "ratio", "gan", "gan"),
        Q("equilibrium", ("one_zero", "half", "zero"), "half", "gan", "gan"),
        Q("value", ("yes", "no", "equal_rates"), "no", "gan", "gan"),
        Q("saturate", ("vanishes", "explodes", "unaffected"), "vanishes", "gan"),
        Q("conditional", ("g_only", "both", "classifier"), "both", "gan", "conditional"),
        Q("patch", ("one", "grid", "pixels"), "grid", "gan", "conditional"),
    ),
    "applications": (
        Q("box", ("label", "box", "name"), "box", "faces", "faces"),
        Q("iou", ("union", "centres", "predicted"), "union", "faces", "faces"),
        Q("spectrogram", ("waveform", "spectrogram", "text"), "spectrogram", "speech", "everywhere"),
        Q("unseen", ("yes", "easier", "no"), "no", "speech"),
        Q("bleu", ("shorter", "longer", "rare"), "shorter", "translation"),
        Q("search", ("cnn", "same", "pixels"), "cnn", "cnn", "applications"),
    ),
}
del Q


def sections() -> tuple[str, ...]:
    """The quiz's sections in the lecture's order; each one's name is `quiz.section.<key>`."""
    return tuple(QUIZ)


def questions(section: str) -> tuple[Question, ...]:
    """The questions of `section`, in the order they are asked; KeyError for an unknown section."""
    return QUIZ[section]


def score(section: str, answers: dict[str, str | None]) -> tuple[int, int]:
    """(right, total) for `answers` {question key: chosen choice}; a question left out or unanswered is wrong,
    and keys that are not the section's questions are ignored."""
    asked = questions(section)
    return sum(answers.get(q.key) == q.right for q in asked), len(asked)


def kept(section: str, answers: dict[str, str | None], before: dict | None) -> dict:
    """The progress entry to keep for this attempt (core.classroom): its score, the answers, and the best
    score of all attempts so far (`before` is the entry kept last time, or None)."""
    right, total = score(section, answers)
    best = max(right, int((before or {}).get("best", (before or {}).get("score", 0))))
    chosen = {q.key: answers.get(q.key) for q in questions(section)}
    return {"score": right, "of": total, "best": best, "answers": chosen}
