"""First imports from many threads: a fresh server's sessions, the lecture's warm-up thread and training
jobs import libraries lazily, at the same moment."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Three threads each import a different part of torchvision for the first time, as the lecture's warm-up
# (torchvision.ops for the detector's NMS), the CNN page (torchvision.models) and a CNN job (transforms.v2)
# do. On their own they fail most of the time here ("cannot import name 'InterpolationMode' from partially
# initialized module 'torchvision.transforms'": 4 of 5 fresh processes).
RACE = """
import threading
import core.ui  # what every page imports first
errors = []
def load(statement):
    try:
        exec(statement, {})
    except Exception as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=load, args=(s,)) for s in (
    "from torchvision.ops import nms", "from torchvision import models", "from torchvision.transforms import v2")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors or "ok")
"""
LOADED = """
import sys
import core.ui
print(all(m in sys.modules for m in ("torchvision.ops", "torchvision.models", "torchvision.transforms.v2")))
"""


def test_the_app_imports_torchvision_completely_before_any_page_runs():
    out = subprocess.run([sys.executable, "-c", LOADED], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1:] == ["True"], out.stderr[-2000:]


def test_once_the_app_is_imported_threads_meet_no_half_imported_torchvision():
    for _ in range(2):  # fresh processes: nothing imported yet
        out = subprocess.run([sys.executable, "-c", RACE], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.strip().splitlines()[-1] == "ok", out.stdout[-2000:]
