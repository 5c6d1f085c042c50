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


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_a_cgroup_cpu_quota_caps_the_cores_a_container_sees(tmp_path):
    """Community Cloud and `docker --cpus 2` give 2 cores on a bigger host: cgroup v2's cpu.max (in the
    process's own cgroup) or v1's CFS quota says so; "max" and -1 mean no limit."""
    _write(tmp_path / "app" / "cpu.max", "200000 100000\n")
    assert env.cgroup_cpu_limit(tmp_path, "0::/app\n") == 2.0
    _write(tmp_path / "app" / "cpu.max", "max 100000\n")
    assert env.cgroup_cpu_limit(tmp_path, "0::/app\n") is None
    v1 = tmp_path / "v1"
    _write(v1 / "cpu,cpuacct" / "docker" / "abc" / "cpu.cfs_quota_us", "150000")
    _write(v1 / "cpu,cpuacct" / "docker" / "abc" / "cpu.cfs_period_us", "100000")
    assert env.cgroup_cpu_limit(v1, "4:cpu,cpuacct:/docker/abc\n0::/\n") == 1.5
    _write(v1 / "cpu,cpuacct" / "docker" / "abc" / "cpu.cfs_quota_us", "-1")
    assert env.cgroup_cpu_limit(v1, "4:cpu,cpuacct:/docker/abc\n0::/\n") is None
    assert env.cgroup_cpu_limit(tmp_path / "nothing", "") is None


def test_usable_cores_round_a_quota_up_and_never_exceed_the_affinity(monkeypatch):
    import os
    affinity = len(os.sched_getaffinity(0))
    monkeypatch.setattr(env, "cgroup_cpu_limit", lambda: 1.5)
    assert env.usable_cores() == min(affinity, 2)
    monkeypatch.setattr(env, "cgroup_cpu_limit", lambda: 0.25)
    assert env.usable_cores() == 1
    monkeypatch.setattr(env, "cgroup_cpu_limit", lambda: None)
    assert env.usable_cores() == affinity
