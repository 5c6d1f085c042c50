"""Speech: the features against librosa, the espeak-ng corpus, uploads, augmentation, and 90 % on unseen voices."""
import io
import os

import numpy as np
import pytest
import soundfile as sf
import torch

from core import lab
from core.data import speech as sd
from core.families import speech as sp

needs_espeak = pytest.mark.skipif(sd.espeak() is None, reason="espeak-ng is not installed (apt-get install espeak-ng); "
                                                               ".ci/run installs it, so CI always runs these")


def test_espeak_is_installed_where_ci_requires_it():
    if os.environ.get("DLC_REQUIRE_ESPEAK") and sd.espeak() is None:
        pytest.fail("DLC_REQUIRE_ESPEAK is set but espeak-ng is missing: apt-get install espeak-ng")


@pytest.fixture(scope="module")
def corpus() -> sd.Corpus:
    if sd.espeak() is None and sd.cached() is None:
        pytest.skip("espeak-ng is not installed and no corpus is cached")
    return sd.generate()


def _wav(audio: np.ndarray, rate: int, fmt: str = "WAV", subtype: str | None = None) -> bytes:
    buf = io.BytesIO()
    sf.write(buf, audio, rate, format=fmt, subtype=subtype)
    return buf.getvalue()


def _tone(seconds: float = 0.5, rate: int = 44_100, channels: int = 2) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    mono = (0.3 * np.sin(2 * np.pi * 440 * t) * np.hanning(len(t))).astype(np.float32)
    return np.stack([mono] * channels, 1) if channels > 1 else mono


# ---- features ----
def test_log_mel_matches_librosa_on_a_chirp():
    import librosa
    import scipy.signal

    t = np.arange(sd.CLIP) / sd.RATE
    chirp = (0.5 * scipy.signal.chirp(t, 50, 1, 3800)).astype(np.float32)
    ours = sp.LogMel().power_mel(torch.from_numpy(chirp)[None])[0].numpy()
    ref = librosa.feature.melspectrogram(y=chirp, sr=sd.RATE, n_fft=sp.N_FFT, hop_length=sp.HOP, win_length=sp.WIN,
                                         window="hann", center=True, pad_mode="constant", power=2.0, n_mels=sp.N_MELS,
                                         fmin=sp.F_MIN, fmax=sd.RATE / 2)
    assert ours.shape == ref.shape == (sp.N_MELS, sp.FRAMES)
    np.testing.assert_allclose(ours, ref, rtol=1e-4, atol=1e-6 * ref.max())
    # the chirp rises: the loudest mel band moves up over time
    peaks = ref.argmax(0)[5:-5]
    assert peaks[-1] > peaks[0] + 20 and np.all(np.diff(peaks) >= -1)


def test_specaugment_masks_bands_only_in_training():
    x = torch.ones(16, 1, sp.N_MELS, sp.FRAMES)
    aug = sp.SpecAugment(2, 6, 2, 12)
    assert torch.equal(aug.eval()(x), x)
    masked = aug.train()(x)
    assert masked.shape == x.shape and (masked == 0).any()
    hidden_bands = (masked[:, 0] == 0).all(2).sum(1)  # mel bands fully zeroed, per example
    assert hidden_bands.max() <= 12


def test_waveform_augmentation_keeps_shape_and_is_seeded():
    corpus_like = torch.randint(-3000, 3000, (32, sd.CLIP), dtype=torch.int16)
    from core.train import TensorBatches

    def first(seed: int) -> torch.Tensor:
        g = torch.Generator().manual_seed(seed)
        return next(iter(sp.AugmentedWaves(TensorBatches(corpus_like, torch.zeros(32, dtype=torch.long), batch_size=32,
                                                          shuffle=False), True, g)))[0]

    a, b = first(1), first(1)
    assert a.shape == (32, sd.CLIP) and torch.equal(a, b)
    assert not torch.allclose(a, corpus_like.float() / 32768)


# ---- the corpus ----
@needs_espeak
def test_synthesis_is_deterministic_trimmed_and_centred():
    job = {"voice": "en-us", "variant": "m3", "word": "seven", "rate": 160, "pitch": 50}
    a, b = sd.synthesise(job), sd.synthesise(job)
    assert a.shape == (sd.CLIP,) and np.array_equal(a, b)
    start, end = sd.active_span(a)
    assert abs((start + end) / 2 - sd.CLIP / 2) < 400 and 0.2 * sd.RATE < end - start < sd.CLIP


@needs_espeak
def test_corpus_has_the_expected_counts_labels_and_unseen_test_speakers(corpus):
    config = sd.CorpusConfig()
    train_variants = len(sd.VARIANTS) - len(sd.HELD_OUT)
    expected = {"en/train": len(sd.VOICES["en"]) * train_variants * 10 * config.takes_en,
                "en/test": len(sd.VOICES["en"]) * len(sd.HELD_OUT) * 10 * config.takes_en,
                "zh/train": train_variants * 10 * config.takes_zh, "zh/test": len(sd.HELD_OUT) * 10 * config.takes_zh}
    assert {k: v["clips"] for k, v in corpus.counts().items()} == expected
    assert corpus.waves.shape == (sum(expected.values()), sd.CLIP) and corpus.waves.dtype == np.int16
    assert np.bincount(corpus.labels).tolist() == [len(corpus.labels) // 10] * 10
    train = set(zip(corpus.voice[~corpus.test], corpus.variant[~corpus.test]))
    test = set(zip(corpus.voice[corpus.test], corpus.variant[corpus.test]))
    assert not train & test and {v for _, v in test} == set(sd.HELD_OUT)
    assert not set(sd.HELD_OUT) & {v for _, v in train}  # the test variants are never heard in training
    loud = np.abs(corpus.waves).max(1)
    assert loud.min() > 3000  # every clip holds speech, none is silent


# ---- uploads ----
@pytest.mark.parametrize("fmt, subtype", [("WAV", "PCM_16"), ("FLAC", None), ("OGG", "VORBIS")])
def test_wav_flac_and_ogg_uploads_become_one_centred_second(fmt, subtype):
    out = sd.read_audio(_wav(_tone(), 44_100, fmt, subtype))
    assert out.shape == (sd.CLIP,) and out.dtype == np.float32
    assert np.abs(out).max() == pytest.approx(0.5, abs=0.05)
    start, end = sd.active_span(out)
    assert abs((start + end) / 2 - sd.CLIP / 2) < 400


@pytest.mark.parametrize("make, key", [
    (lambda: _wav(np.zeros(8000, np.float32), 8000), "speech.audio.silent"),
    (lambda: _wav(_tone(8.0, 8000, 1), 8000), "speech.audio.too_long"),
    (lambda: _wav(_tone(0.5, 8000, 1), 8000, "AIFF"), "speech.audio.format"),
    (lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "speech.audio.unreadable"),
    (lambda: b"RIFF\x00\x00\x00\x00WAVEfmt garbage", "speech.audio.unreadable"),
    (lambda: b"\0" * (sd.MAX_UPLOAD_BYTES + 1), "speech.audio.too_big"),
    (lambda: _wav(_tone(0.05, 8000, 1), 8000), "speech.audio.too_short"),
])
def test_bad_uploads_get_a_clear_message(make, key):
    from core.i18n import describe_error

    with pytest.raises(sd.AudioError) as info:
        sd.read_audio(make())
    assert info.value.key == key and describe_error(info.value, "zh") != describe_error(info.value, "en")


# ---- the model ----
def test_the_model_reads_raw_waveforms_and_its_features_are_the_pages():
    model = sp.build().eval()
    waves = np.zeros((3, sd.CLIP), np.int16)
    assert sp.probabilities(model, waves).shape == (3, 10)
    assert sp.log_mel(waves).shape == (3, sp.N_MELS, sp.FRAMES)
    assert sp.embed(model, sp.as_tensor(waves)).shape[0] == 3


def test_the_pretrained_recogniser_scores_what_its_file_says_on_unseen_speakers(corpus):
    ck = lab.read(lab.pretrained_path("speech").read_bytes(), expect_family="speech")
    if ck.meta["context"]["corpus"] != sd.CorpusConfig().key():
        pytest.fail("the pretrained model was trained on another corpus; rerun python -m scripts.pretrained speech")
    model = sp.build(ck.config)
    model.load_state_dict(ck.weights)
    cm, pred = sp.confusion(model.eval(), corpus)
    accuracy = np.trace(cm) / cm.sum()
    assert accuracy >= 0.9 and accuracy == pytest.approx(ck.meta["final"]["test_acc"], abs=0.01)
    nearest, sims = sp.Neighbours(model, corpus)(corpus.waves[corpus.split(False)[:1]].astype(np.float32) / 32768)
    assert nearest[0] == corpus.split(False)[0] and sims[0] == pytest.approx(1.0, abs=1e-4)  # a training clip finds itself


@pytest.mark.slow
def test_training_reaches_90_percent_on_held_out_voices(corpus):
    trainer = sp.make_trainer(sp.SpeechConfig(), corpus)
    trainer.fit()
    last = trainer.state.history[-1]
    assert last["test_acc"] >= 0.9, last
    assert min(last["test_acc_en"], last["test_acc_zh"]) >= 0.8, last
