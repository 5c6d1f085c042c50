"""The Home page's environment panel tells offline data from data that needs a download."""
from core import env


def test_download_status_follows_the_data_folder(tmp_path):
    by_name = {d.name: d for d in env.datasets(tmp_path)}
    assert by_name["MNIST (70,000)"].status == "download"
    (tmp_path / "MNIST").mkdir()
    by_name = {d.name: d for d in env.datasets(tmp_path)}
    assert by_name["MNIST (70,000)"].status == "cached"
    assert by_name["Digits 8×8 (1,797)"].status == "offline"  # scikit-learn is a requirement


def test_versions_name_the_installed_torch():
    import torch
    assert env.versions()["torch"] == torch.__version__
