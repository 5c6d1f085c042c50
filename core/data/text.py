"""Text files a user gives us, in whatever encoding their editor wrote: UTF-8, UTF-16 (Windows Notepad),
GBK/GB18030 (Chinese Windows), Windows-1252 (Western Excel). The encoding is found, not assumed, and named
back to the user; only real binaries are refused.

Detection: a byte-order mark decides; else strict UTF-8; else the candidates below and the one that
charset-normalizer proposes, ranked by charset-normalizer's "mess" measure (how implausible the decoded
text is: letters mixed with symbols, accents inside CJK, …), ties going to the earlier candidate.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from core.i18n import SettingError

# Tried in this order for text that is not UTF-8: the app's users write Chinese and Western European text.
CANDIDATES = ("gb18030", "cp1252")
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SAMPLE = 64_000  # bytes the detector looks at; the whole file is then decoded strictly
NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf_16": "UTF-16", "utf-32": "UTF-32",
         "utf_16_le": "UTF-16 LE", "utf_16_be": "UTF-16 BE", "gb18030": "GB18030 (GBK)", "cp1252": "Windows-1252"}


class TextError(SettingError):
    """An upload that is not text we can read; carries a translation key."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python's codec name

    @property
    def encoding_name(self) -> str:
        """The encoding as a user would know it: "UTF-8", "GB18030 (GBK)", "Windows-1252"."""
        return NAMES.get(self.encoding, self.encoding.replace("_", "-").upper())


def decode(raw: bytes, max_bytes: int) -> Decoded:
    """The file's text and encoding; raises TextError for an empty, oversize or binary file."""
    if len(raw) > max_bytes:
        raise TextError("text.too_big", size=f"{len(raw) / 1e6:.1f}", limit=f"{max_bytes / 1e6:g}")
    encoding = _detect(raw)
    try:
        text = raw.decode(encoding) if encoding else None
    except (UnicodeDecodeError, LookupError):
        text = None
    if text is not None and not text.strip():
        raise TextError("text.empty")
    if text is None or _looks_binary(text):
        raise TextError("text.binary" if raw.strip() else "text.empty")
    return Decoded(text, encoding)


def _detect(raw: bytes) -> str | None:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return encoding
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    sample = raw[:SAMPLE]
    if _reads_as_chinese(sample):
        return "gb18030"
    best = from_bytes(sample).best()
    if b"\x00" in sample:  # UTF-16/32 without a byte-order mark, or a binary
        return best.encoding if best is not None and best.encoding.startswith("utf_") else None
    ranked = []
    for order, encoding in enumerate((*CANDIDATES, *([best.encoding] if best is not None else []))):
        try:
            ranked.append((mess_ratio(sample.decode(encoding, errors="strict" if len(raw) <= SAMPLE else "ignore"),
                                      1.0), order, encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    return min(ranked)[2] if ranked else None


_CJK_RUN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def _reads_as_chinese(sample: bytes) -> bool:
    """GB18030 decodes the bytes, ≥ 90 % of the non-ASCII characters are Chinese characters or punctuation,
    and they come in runs of two or more on average. Short Chinese texts are where the statistical ranking
    errs (五个字 in GBK scores as plausible Shift-JIS), while Western text misread as GB18030 gives lone
    ideographs between Latin letters (naïve → na飗e)."""
    for cut in range(4):  # the sample may end inside a character of up to 4 bytes
        try:
            decoded = sample[:len(sample) - cut].decode("gb18030")
            break
        except UnicodeDecodeError:
            continue
    else:
        return False
    wide = [c for c in decoded if ord(c) > 127]
    runs = _CJK_RUN.findall(decoded)
    chinese = sum(len(r) for r in runs)
    return bool(runs) and chinese >= 0.9 * len(wide) and chinese / len(runs) >= 2


def _looks_binary(text: str) -> bool:
    """NUL characters, or more than 1 % characters no text holds: controls other than tab, newline, carriage
    return and form feed; unassigned, private-use or surrogate code points (bytes forced into UTF-16)."""
    if "\x00" in text:
        return True
    sample = text[:SAMPLE]
    odd = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f") or unicodedata.category(c) in ("Cn", "Co", "Cs"))
    return odd > 0.01 * len(sample)
