"""In 简体中文 mode a page shows no English words: only names, symbols, units and the data's own words."""
import pytest

from tests.test_pages import PAGES, open_page
from tests.zh_text import latin_words, page_texts

ALLOWED = {
    # people and papers
    "Rosenblatt", "McCulloch", "Pitts", "Novikoff", "Håstad", "Telgarsky", "Goodfellow", "Bengio", "Courville",
    "Simard", "Frasconi", "Pascanu", "Mikolov", "Hochreiter", "Schmidhuber", "Gers", "Cho", "Papineni", "Isola",
    "Viola", "Jones", "Park", "Klatt", "Smilkov", "LeCun", "Glorot", "Xavier",
    # models, methods and their acronyms
    "LeNet-5", "VGG", "ResNet", "MobileNetV3", "MobileNetV3-Small", "Small", "ResNet-18", "ImageNet", "CNN", "MLP",
    "RNN", "LSTM", "GRU",
    "GAN", "DCGAN", "PatchGAN", "U-Net", "pix2pix", "Transformer", "ReLU", "tanh", "sigmoid", "relu", "softmax",
    "SGD", "Adam", "Dropout", "HOG", "SVM", "RBF", "LBP", "NMS", "IoU", "BLEU", "JS", "L1", "L2", "XOR", "SpecAugment",
    "SmoothGrad", "AND", "OR", "NOT", "DNF", "STOC", "logit", "BP", "sacrebleu",
    # software, data sets and formats
    "PyTorch", "torchvision", "OpenCV", "scikit-learn", "scikit-image", "espeak-ng", "mlxtend", "MNIST",
    "Fashion-MNIST", "CIFAR-10", "LFW", "CSV", "TSV", "JSON", "PNG", "JPEG", "GIF", "BMP", "WebP", "TIFF", "UTF-8",
    "UTF-16", "GBK", "Windows-1252", "CPU", "GPU", "Python", "Streamlit", "safetensors", "README",
    # units and mathematical functions
    "MB", "GB", "kHz", "Hz", "dB", "px", "log", "exp", "min", "max", "sign", "sin", "cos", "diag", "ts",
    # the language switch names the languages in their own words, so it can be found from either
    "Language", "English",
    # the data's own words: what the English clips say, and the English side of a translation example
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "November",
}


@pytest.mark.parametrize("file", PAGES)
def test_a_page_in_chinese_shows_no_english_words(file, tmp_path, monkeypatch):
    from core import lab, runs

    monkeypatch.setenv("DLC_RUNS_DIR", str(tmp_path))  # Experiments lists these runs, not whatever is stored
    if file.endswith("experiments.py"):  # a page with runs on it (named in Chinese: names are the user's)
        store = runs.RunStore()
        for i, family in enumerate(("cnn", "translation"), 1):
            meta, weights = runs.read_checkpoint(lab.pretrained_path(family).read_bytes())
            store.save({**meta, "name": f"实验 {i}", "source": "cli"}, weights)
    at = open_page(file, "zh")
    assert not at.exception
    found = {w: s for s in page_texts(at) for w in latin_words(s) if w not in ALLOWED}
    assert not found, "\n".join(f"{w!r} in {s[:120]!r}" for w, s in found.items())


def test_the_check_sees_english_where_it_is():
    assert latin_words("训练集 accuracy，MNIST子集") == ["accuracy", "MNIST"]
    assert latin_words("运行 `python -m core train`，见 [说明](https://example.org/a-b)") == []
    assert latin_words("pix2pix 与 LeNet-5、<br>第 3 步") == ["pix2pix", "LeNet-5"]


# each page with a trained model in view: its charts, findings and the parts that only a model shows
LOADED = [("app_pages/playground.py", ("pg",)), ("app_pages/cnn.py", ("cnn",)), ("app_pages/rnn.py", ("rnn",)),
          ("app_pages/gan.py", ("gan", "gan_img", "p2p")), ("app_pages/faces.py", ("faces",)),
          ("app_pages/speech.py", ("speech",)), ("app_pages/translation.py", ("mt",))]


@pytest.mark.slow
@pytest.mark.parametrize("file,keys", LOADED, ids=[f.split("/")[-1][:-3] for f, _ in LOADED])
def test_a_page_with_its_pretrained_model_in_chinese_shows_no_english_words(file, keys):
    at = open_page(file, "zh")
    for key in keys:
        at.button(key=f"{key}:pretrained").click().run()
        assert not at.exception, at.exception[0].value
    texts = page_texts(at)
    if file.endswith("translation.py"):  # Chinese → English by default: the translation itself is English
        output = [m.value for m in at.markdown if m.value.startswith("### ")]
        assert output and not any("\u4e00" <= c <= "\u9fff" for c in output[0])
        texts = [s for s in texts if s not in output]
    found = {w: s for s in texts for w in latin_words(s) if w not in ALLOWED}
    assert not found, "\n".join(f"{w!r} in {s[:120]!r}" for w, s in found.items())
