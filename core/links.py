"""A page's settings as URL parameters: short, language-independent text, and only values a widget offers."""
from __future__ import annotations

import math
from collections.abc import Sequence
from urllib.parse import urlencode

MAX_TEXT = 200  # a parameter longer than this is refused before it is split or parsed
SEPARATOR = "~"  # between the values of a multiselect


def format(value) -> str:  # noqa: A001 - the module's public name mirrors parse
    """A widget value as URL text: 1/0 for booleans, %g for floats, `~`-joined lists."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return SEPARATOR.join(format(v) for v in value)
    return str(value)


def parse(text: str, offered: Sequence) -> object:
    """URL text → the offered value it names; a list of distinct offered values when `offered` is a list
    (a multiselect's options). Raises ValueError for anything a widget offering `offered` could not show."""
    if len(text) > MAX_TEXT:
        raise ValueError("too long")
    if isinstance(offered, list):
        parts = text.split(SEPARATOR) if text else []
        values = [_one(part, offered) for part in parts]
        if len(set(map(repr, values))) != len(values):
            raise ValueError("repeated value")
        return values
    return _one(text, offered)


def _one(text: str, offered: Sequence) -> object:
    if isinstance(offered, range):
        if text.lstrip("-").isdigit() and int(text) in offered:
            return int(text)
        raise ValueError(text)
    for value in offered:
        if isinstance(value, bool):
            if text in ("1", "0", "true", "false") and (text in ("1", "true")) == value:
                return value
        elif isinstance(value, float):
            try:
                number = float(text)
            except ValueError:
                raise ValueError(text) from None
            if math.isfinite(number) and math.isclose(number, value, rel_tol=1e-9, abs_tol=1e-12):
                return value
        elif format(value) == text:
            return value
    raise ValueError(text)


def offers(offered: Sequence, value) -> bool:
    """Whether a link can carry `value` (e.g. not the RNN's "paste" corpus, which no link can hold)."""
    try:
        return parse(format(value), offered) == value
    except ValueError:
        return False


def steps(low: float, high: float, step: float) -> tuple[float, ...]:
    """The values a float slider from `low` to `high` in `step`s can take (rounded as Streamlit shows them)."""
    count = int(round((high - low) / step))
    digits = max(0, -math.floor(math.log10(step)) + 1)
    return tuple(round(low + i * step, digits) for i in range(count + 1))


def url(base: str, params: dict[str, str]) -> str:
    """The page's address with its parameters (`base` as the browser sent it, without a query)."""
    return f"{base}?{urlencode(params)}" if params else base
