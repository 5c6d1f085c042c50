"""A parallel corpus generated on the spot: Chinese numbers, dates and times and their English renderings.

    三千五百零二 ↔ three thousand five hundred and two
    二〇二六年十一月二十七日 ↔ November 27, 2026
    下午三点零五分 ↔ 3:05 p.m.

Numbers use 二 (not the colloquial 两) and British English "and". The test split holds combinations the
training split never shows: numbers not in it, and dates from years it never contains.
"""
from __future__ import annotations

import calendar
import random
import re
from dataclasses import dataclass

from core.data import text as text_files

DIGITS = "零一二三四五六七八九"
YEAR_DIGITS = "〇一二三四五六七八九"
ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
MONTHS = tuple(calendar.month_name)[1:]
KINDS = ("number", "date", "time")


def _zh_below_10000(n: int, leading: bool) -> str:
    """1…9999 in Chinese; `leading` drops the 一 of 一十 (十二, not 一十二) at the very start."""
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if (unit == "十" and d == 1 and not out and leading) else DIGITS[d]) + unit
    return out


def zh_number(n: int) -> str:
    """0…99,999,999 in Chinese: 0 零, 10 十, 12 十二, 110 一百一十, 1002 一千零二, 10010 一万零一十."""
    if not 0 <= n < 100_000_000:
        raise ValueError("numbers 0…99,999,999 only")
    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    if not high:
        return _zh_below_10000(low, leading=True)
    out = _zh_below_10000(high, leading=True) + "万"
    if low:
        out += ("零" if low < 1000 else "") + _zh_below_10000(low, leading=False)
    return out


def _en_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        tens = ONES[rest] if rest < 20 else TENS[rest // 10] + (f"-{ONES[rest % 10]}" if rest % 10 else "")
        words += (["and"] if hundreds else []) + [tens]
    return " ".join(words)


def en_number(n: int) -> str:
    """0…99,999,999 in British English: 3502 'three thousand five hundred and two', 1020 'one thousand and twenty'."""
    if not 0 <= n < 100_000_000:
        raise ValueError("numbers 0…99,999,999 only")
    if n == 0:
        return "zero"
    parts = []
    for value, name in ((1_000_000, "million"), (1000, "thousand"), (1, "")):
        chunk = n // value % 1000
        if chunk:
            parts.append((chunk, name))
    words = []
    for i, (chunk, name) in enumerate(parts):
        last = i == len(parts) - 1 and name == ""
        text = _en_below_1000(chunk)
        if last and len(parts) > 1 and chunk < 100:
            text = "and " + text
        words.append(f"{text} {name}".strip())
    return " ".join(words)


def zh_date(year: int, month: int, day: int) -> str:
    return "".join(YEAR_DIGITS[int(c)] for c in str(year)) + "年" + zh_number(month) + "月" + zh_number(day) + "日"


def en_date(year: int, month: int, day: int) -> str:
    return f"{MONTHS[month - 1]} {day}, {year}"


def zh_time(hour: int, minute: int) -> str:
    """hour 0…23 as 凌晨 (0–5), 上午 (6–11), 中午 (12), 下午 (13–18), 晚上 (19–23) on a 12-hour clock;
    整 on the hour, 零五分 for minutes below 10."""
    half = "凌晨" if hour < 6 else "上午" if hour < 12 else "中午" if hour == 12 else "下午" if hour < 19 else "晚上"
    h = hour % 12 or 12
    tail = "整" if minute == 0 else ("零" if minute < 10 else "") + zh_number(minute) + "分"
    return f"{half}{zh_number(h)}点{tail}"


def en_time(hour: int, minute: int) -> str:
    return f"{hour % 12 or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


@dataclass(frozen=True)
class Pair:
    source: str  # Chinese
    target: str  # English
    kind: str  # number | date | time


def pairs(kind: str, n: int, rng: random.Random, years: range | list[int] = range(1900, 2100),
          exclude: set[str] = frozenset()) -> list[Pair]:
    """n distinct pairs of one kind, none whose Chinese side is in `exclude`."""
    out: dict[str, Pair] = {}
    attempts = 0
    while len(out) < n and attempts < 50 * n:
        attempts += 1
        if kind == "number":
            value = int(10 ** rng.uniform(0, 8)) if rng.random() < 0.8 else rng.randrange(0, 100)
            p = Pair(zh_number(value), en_number(value), kind)
        elif kind == "date":
            year, month = rng.choice(list(years)), rng.randint(1, 12)
            day = rng.randint(1, calendar.monthrange(year, month)[1])
            p = Pair(zh_date(year, month, day), en_date(year, month, day), kind)
        else:
            hour, minute = rng.randrange(24), rng.randrange(60)
            p = Pair(zh_time(hour, minute), en_time(hour, minute), kind)
        if p.source not in exclude:
            out[p.source] = p
    return list(out.values())


@dataclass(frozen=True)
class Corpus:
    train: list[Pair]
    test: list[Pair]


def make_corpus(train_per_kind: int = 8000, test_per_kind: int = 500, kinds: tuple[str, ...] = KINDS,
                seed: int = 0) -> Corpus:
    """Training and held-out pairs; held-out dates come from years the training dates never use, and no
    held-out expression appears in training."""
    rng = random.Random(seed)
    years = list(range(1900, 2100))
    held_years = sorted(rng.sample(years, 40))
    train_years = [y for y in years if y not in held_years]
    train, test = [], []
    for kind in kinds:
        if kind == "time":  # only 1,440 exist: hold out a random sixth of them
            every = [Pair(zh_time(h, m), en_time(h, m), "time") for h in range(24) for m in range(60)]
            rng.shuffle(every)
            cut = min(test_per_kind, len(every) // 6)
            test += every[:cut]
            train += every[cut:cut + train_per_kind]
            continue
        tr = pairs(kind, train_per_kind, rng, train_years)
        seen = {p.source for p in tr}
        te = pairs(kind, test_per_kind, rng, held_years if kind == "date" else years, exclude=seen)
        train += tr
        test += te
    rng.shuffle(train)
    return Corpus(train, test)


@dataclass(frozen=True)
class ParsedTSV:
    pairs: list[Pair]  # (Chinese side, other side) when one column is Chinese, else (first, second column)
    errors: list[tuple[int, str, dict]]  # (line number, translation key, values)
    encoding: str = "UTF-8"
    extra_columns: int = 0  # lines whose third column (an attribution, as in Tatoeba's files) was ignored
    swapped: bool = False  # the Chinese text was in the second column (Tatoeba/manythings: English<TAB>中文)


MAX_LINE = 200
MAX_TSV_BYTES = 4_000_000
MAX_PAIRS = 20_000
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def parse_tsv(raw: bytes) -> ParsedTSV:
    """source<TAB>target per line, in any encoding core.data.text reads; a third column is ignored (Tatoeba's
    attribution). Bad lines are reported by number and skipped; raises SettingError for an unreadable file."""
    decoded = text_files.decode(raw, MAX_TSV_BYTES)
    sides, errors, extra = [], [], 0
    for number, line in enumerate(decoded.text.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(sides) >= MAX_PAIRS:
            errors.append((number, "mt.tsv.limit", {"limit": f"{MAX_PAIRS:,}"}))
            break
        if len(fields) not in (2, 3):
            errors.append((number, "mt.tsv.fields", {"found": len(fields)}))
        elif not fields[0].strip() or not fields[1].strip():
            errors.append((number, "mt.tsv.empty_side", {}))
        elif max(len(fields[0]), len(fields[1])) > MAX_LINE:
            errors.append((number, "table.line_too_long", {"limit": MAX_LINE}))
        else:
            sides.append((fields[0].strip(), fields[1].strip()))
            extra += len(fields) == 3
    swapped = sum(len(_CJK.findall(b)) for _, b in sides) > sum(len(_CJK.findall(a)) for a, _ in sides)
    pairs = [Pair(b, a, "user") if swapped else Pair(a, b, "user") for a, b in sides]
    return ParsedTSV(pairs, errors, decoded.encoding_name, extra, swapped)
