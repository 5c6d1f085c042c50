"""A spoken-digit corpus synthesised offline with espeak-ng: zero–nine in English and 零–九 in Mandarin.

Speakers are (voice, variant) pairs: espeak-ng's English accents and its Mandarin voice, each with a
variant (a timbre: male, female, whispering, Klatt synthesis, …). Every speaker says every digit at
random speaking rates and pitches. The test set holds out whole variants, so every held-out clip
comes from a speaker the model never heard, in both languages. Clips are trimmed of silence,
centred in one second at 8 kHz and cached on disk as int16 (`DATA_DIR/speech/`).
"""
from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from math import gcd
from pathlib import Path
from typing import Callable

import numpy as np

from core.env import DATA_DIR
from core.i18n import SettingError

RATE = 8000  # Hz: telephone bandwidth, plenty for digits, half the memory of 16 kHz
CLIP = RATE  # samples: one second
WORDS = {"en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
         "zh": ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九")}
VOICES = {"en": ("en-us", "en-gb", "en-gb-scotland", "en-gb-x-rp", "en-029", "en-gb-x-gbclan"), "zh": ("cmn",)}
VARIANTS = ("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5", "klatt", "klatt2",
            "klatt3", "klatt4", "croak", "whisper", "grandma", "grandpa", "adam", "linda", "steph")
HELD_OUT = ("m4", "f3", "klatt3", "grandma")  # variants never heard in training: unseen speakers


_GENERATING = threading.Lock()  # two sessions of one server wait for one synthesis instead of running two


class SpeechError(ValueError):
    """espeak-ng is missing or failed; the message says how to fix it."""


@dataclass(frozen=True)
class CorpusConfig:
    takes_en: int = 2  # random (rate, pitch) takes per English speaker and digit
    takes_zh: int = 6  # Mandarin has one voice, so more takes per speaker to balance the languages
    rates: tuple[int, int] = (130, 230)  # words per minute
    pitches: tuple[int, int] = (25, 75)  # espeak's 0–99 scale
    seed: int = 0

    def key(self) -> str:
        return hashlib.sha1(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:10]


@dataclass(frozen=True)
class Corpus:
    waves: np.ndarray  # (N, CLIP) int16
    labels: np.ndarray  # (N,) int64 digit
    lang: np.ndarray  # (N,) "en" / "zh"
    voice: np.ndarray  # (N,) espeak voice
    variant: np.ndarray  # (N,) espeak variant
    test: np.ndarray  # (N,) bool: a held-out speaker

    def split(self, held_out: bool) -> np.ndarray:
        return np.flatnonzero(self.test == held_out)

    def counts(self) -> dict:
        """Clips and speakers per language and split, for the page and the tests."""
        out = {}
        for lang in ("en", "zh"):
            for split, held in (("train", False), ("test", True)):
                m = (self.lang == lang) & (self.test == held)
                out[f"{lang}/{split}"] = {"clips": int(m.sum()),
                                          "speakers": len(set(zip(self.voice[m], self.variant[m])))}
        return out


def espeak() -> str | None:
    return shutil.which("espeak-ng")


def speakers() -> list[tuple[str, str, str]]:
    """(language, voice, variant) for every speaker."""
    return [(lang, voice, variant) for lang, voices in VOICES.items() for voice in voices for variant in VARIANTS]


def jobs(config: CorpusConfig) -> list[dict]:
    """Every clip to synthesise, with its label and speaker; rates and pitches drawn from the seed."""
    rng = np.random.default_rng(config.seed)
    out = []
    for lang, voice, variant in speakers():
        for digit, word in enumerate(WORDS[lang]):
            for _ in range(config.takes_en if lang == "en" else config.takes_zh):
                out.append({"lang": lang, "voice": voice, "variant": variant, "digit": digit, "word": word,
                            "rate": int(rng.integers(*config.rates, endpoint=True)),
                            "pitch": int(rng.integers(*config.pitches, endpoint=True))})
    return out


def synthesise(job: dict, binary: str = "espeak-ng") -> np.ndarray:
    """One clip: espeak-ng's WAV on stdout, read with soundfile, resampled to RATE, trimmed and centred."""
    import soundfile as sf

    cmd = [binary, "--stdout", "-v", f"{job['voice']}+{job['variant']}", "-s", str(job["rate"]), "-p", str(job["pitch"]),
           job["word"]]
    done = subprocess.run(cmd, capture_output=True, timeout=30)
    if done.returncode != 0 or not done.stdout:
        raise SpeechError(f"espeak-ng failed for {job['voice']}+{job['variant']}: {done.stderr.decode()[:200]}")
    audio, rate = sf.read(io.BytesIO(done.stdout), dtype="float32")
    return centre(resample(audio, rate))


def resample(audio: np.ndarray, rate: int, target: int = RATE) -> np.ndarray:
    """Polyphase resampling (scipy), mono float32."""
    from scipy.signal import resample_poly

    if audio.ndim == 2:
        audio = audio.mean(1)
    if rate == target:
        return audio.astype(np.float32)
    g = gcd(int(rate), target)
    return resample_poly(audio, target // g, int(rate) // g).astype(np.float32)


def centre(audio: np.ndarray, length: int = CLIP, threshold_db: float = 30.0) -> np.ndarray:
    """The loudest `length` samples around the sound, trimmed of silence and centred, zero-padded."""
    voiced = active_span(audio, threshold_db)
    if voiced is not None:
        audio = audio[voiced[0]:voiced[1]]
    if len(audio) > length:  # keep the second with the most energy
        energy = np.convolve(audio.astype(np.float64) ** 2, np.ones(length), "valid")
        start = int(energy.argmax())
        return audio[start:start + length].astype(np.float32)
    out = np.zeros(length, np.float32)
    start = (length - len(audio)) // 2
    out[start:start + len(audio)] = audio
    return out


def active_span(audio: np.ndarray, threshold_db: float = 30.0, frame: int = 80) -> tuple[int, int] | None:
    """First and last sample of frames within `threshold_db` of the loudest frame; None for silence."""
    if len(audio) < frame:
        return None
    frames = audio[: len(audio) // frame * frame].reshape(-1, frame)
    rms = np.sqrt((frames.astype(np.float64) ** 2).mean(1))
    if rms.max() <= 1e-4:
        return None
    on = np.flatnonzero(rms >= rms.max() * 10 ** (-threshold_db / 20))
    return int(on[0] * frame), int((on[-1] + 1) * frame)


def cache_path(config: CorpusConfig, root: Path = DATA_DIR) -> Path:
    return Path(root) / "speech" / f"espeak-digits-{config.key()}.npz"


def cached(config: CorpusConfig = CorpusConfig(), root: Path = DATA_DIR) -> Corpus | None:
    path = cache_path(config, root)
    if not path.is_file():
        return None
    with np.load(path, allow_pickle=False) as f:
        return Corpus(**{k: f[k] for k in ("waves", "labels", "lang", "voice", "variant", "test")})


def generate(config: CorpusConfig = CorpusConfig(), root: Path = DATA_DIR, workers: int = 4,
             progress: Callable[[int, int], None] | None = None) -> Corpus:
    """Synthesise the corpus (or read it from the cache); espeak-ng runs in parallel subprocesses."""
    with _GENERATING:
        return cached(config, root) or _generate(config, root, workers, progress)


def _generate(config: CorpusConfig, root: Path, workers: int, progress: Callable[[int, int], None] | None) -> Corpus:
    binary = espeak()
    if binary is None:
        raise SpeechError("espeak-ng is not installed (Debian/Ubuntu: apt-get install espeak-ng; "
                          "macOS: brew install espeak-ng; Streamlit Community Cloud: list it in packages.txt)")
    todo = jobs(config)
    waves = np.zeros((len(todo), CLIP), np.int16)
    with ThreadPoolExecutor(workers) as pool:  # each job waits on a subprocess, so threads overlap well
        for i, audio in enumerate(pool.map(lambda j: synthesise(j, binary), todo)):
            waves[i] = np.round(np.clip(audio, -1, 1) * 32767)
            if progress is not None and (i % 50 == 0 or i == len(todo) - 1):
                progress(i + 1, len(todo))
    corpus = Corpus(waves, np.array([j["digit"] for j in todo], np.int64), np.array([j["lang"] for j in todo]),
                    np.array([j["voice"] for j in todo]), np.array([j["variant"] for j in todo]),
                    np.array([j["variant"] in HELD_OUT for j in todo]))
    path = cache_path(config, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{uuid.uuid4().hex}.tmp.npz")  # unique: other processes may be writing too
    np.savez(tmp, **{name: getattr(corpus, name) for name in Corpus.__dataclass_fields__})
    tmp.replace(path)  # another session reading the cache never sees half a file
    return corpus


class Builder:
    """One background synthesis per process. A page only polls its progress, so a visitor who leaves the
    page does not interrupt it (Streamlit stops a script run on navigation) and the next one finds the cache."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.done, self.total, self.error = 0, 0, ""

    def start(self, config: CorpusConfig = CorpusConfig(), root: Path = DATA_DIR) -> None:
        with self._lock:
            if self._thread is None:  # a failure stays reported until the server restarts
                self._thread = threading.Thread(target=self._run, args=(config, root), name="speech-corpus", daemon=True)
                self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self, config: CorpusConfig, root: Path) -> None:
        try:
            generate(config, root, progress=self._progress)
        except Exception as exc:  # shown on the page, which then goes on without a corpus
            self.error = f"{type(exc).__name__}: {exc}"

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total


BUILDER = Builder()


# ---- a user's recording or upload ----
MAX_UPLOAD_BYTES = 10 * 2**20
MAX_SECONDS = 5.0
FORMATS = ("WAV", "FLAC", "OGG")
RATES = (1_000, 384_000)  # Hz: from telephone-grade to studio recorders; outside it a header is not believed
MAX_CHANNELS = 32  # multitrack field recorders have up to 8–12


class AudioError(SettingError):
    """A recording or upload we cannot use; carries a translation key for the page."""


def read_audio(raw: bytes) -> np.ndarray:
    """WAV, FLAC or OGG bytes → one second at RATE, centred on the sound; clear errors for anything else."""
    import soundfile as sf

    if len(raw) > MAX_UPLOAD_BYTES:
        raise AudioError("speech.audio.too_big", size=f"{len(raw) / 2**20:.1f}", limit=f"{MAX_UPLOAD_BYTES / 2**20:.0f}")
    try:
        info = sf.info(io.BytesIO(raw))
        if info.format not in FORMATS:
            raise AudioError("speech.audio.format", format=info.format)
        if not RATES[0] <= info.samplerate <= RATES[1]:
            raise AudioError("speech.audio.rate", rate=f"{info.samplerate:,}", low=f"{RATES[0]:,}", high=f"{RATES[1]:,}")
        if not 1 <= info.channels <= MAX_CHANNELS:
            raise AudioError("speech.audio.channels", n=info.channels, limit=MAX_CHANNELS)
        if info.frames / info.samplerate > MAX_SECONDS:
            raise AudioError("speech.audio.too_long", seconds=f"{info.frames / info.samplerate:.1f}", limit=f"{MAX_SECONDS:g}")
        audio, rate = sf.read(io.BytesIO(raw), dtype="float32", always_2d=True)
    except AudioError:
        raise
    except Exception:  # soundfile raises LibsndfileError/RuntimeError/TypeError for what it cannot decode
        raise AudioError("speech.audio.unreadable") from None
    # soxr: any ratio in time and memory linear in the clip (a polyphase filter for 383,999 Hz → 8 kHz
    # would need millions of taps)
    import soxr

    mono = mono_mix(audio)
    audio = soxr.resample(mono, rate, RATE).astype(np.float32) if rate != RATE else mono
    if len(audio) < RATE // 10:
        raise AudioError("speech.audio.too_short")
    if not np.isfinite(audio).all() or np.abs(audio).max() < 0.01 or active_span(audio) is None:
        raise AudioError("speech.audio.silent")
    audio = audio / np.abs(audio).max() * 0.5  # a quiet microphone and a loud one look alike to the model
    return centre(audio)


def mono_mix(audio: np.ndarray) -> np.ndarray:
    """(frames, channels) → (frames,): the channels' mean, as a mono speaker plays them; but the loudest
    channel when the mean cancels (channels in opposite phase, which a listener on headphones still hears)."""
    mix = audio.mean(1)
    loudest = int(np.argmax(np.sqrt((audio ** 2).mean(0))))
    if np.sqrt((mix ** 2).mean()) < 0.25 * np.sqrt((audio[:, loudest] ** 2).mean()):
        return audio[:, loudest].astype(np.float32)
    return mix.astype(np.float32)


def to_wav(audio: np.ndarray, rate: int = RATE) -> bytes:
    """float samples → WAV bytes (soundfile), for st.audio."""
    import soundfile as sf

    buf = io.BytesIO()
    sf.write(buf, np.asarray(audio, np.float32), rate, format="WAV", subtype="PCM_16")
    return buf.getvalue()
