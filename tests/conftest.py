import os
import sys
import tempfile
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Pages record every run; during tests (AppTest and the browser's server, which inherits this) they go
# to a temporary folder, never into the checkout's runs/.
os.environ["DLC_RUNS_DIR"] = tempfile.mkdtemp(prefix="dlc-test-runs-")

from core.data import toy2d  # noqa: E402
from core.families import mlp  # noqa: E402


@pytest.fixture(autouse=True)
def _cpu(monkeypatch):
    """Tests run on the CPU even where a GPU exists, so numbers are comparable."""
    monkeypatch.setenv("DLC_DEVICE", "cpu")
    torch.set_num_threads(1)


@pytest.fixture
def xor_data() -> toy2d.Dataset2D:
    return toy2d.make(toy2d.Toy2DConfig(kind="xor", n=400, noise=0.05, seed=1))


def xor_trainer(data, **changes):
    cfg = mlp.MLPConfig(**{"hidden": (8, 8), "activation": "tanh", "epochs": 150, "seed": 0, **changes})
    return mlp.make_trainer(cfg, data)


def pytest_terminal_summary(terminalreporter):
    """Print what tests recorded as measurements (record_property), e.g. the hostile files' peak memory."""
    for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", []):
        for name, value in getattr(report, "user_properties", []):
            if report.when == "call":
                terminalreporter.write_line(f"{name}: {value}")
