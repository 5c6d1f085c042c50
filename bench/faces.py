"""The face-detection page, 1 torch thread as in the app: training the CNN detector (default settings,
hard-negative mining included; target ≤ 60 s) and detecting on the 512×512 astronaut photo (target
≤ 1 s), with the LBP cascade on the same photo for comparison."""
from __future__ import annotations

import statistics
import time

import numpy as np
import torch

from bench.common import in_thread
from core.families import faces as fc

TARGET_TRAIN, TARGET_DETECT = 60.0, 1.0


def _work() -> dict:
    from skimage import color, data

    started = time.perf_counter()
    config = fc.FaceConfig()
    windows = fc.make_data(config)
    prepared = time.perf_counter()
    trainer = fc.make_trainer(config, windows)
    trainer.fit()
    trained = time.perf_counter()
    photo = color.rgb2gray(data.astronaut()).astype(np.float32)
    detect, cascade = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        boxes, _ = fc.detect(trainer.model, photo)
        t1 = time.perf_counter()
        fc.cascade_detect(photo)
        cascade.append(time.perf_counter() - t1)
        detect.append(t1 - t0)
    scenes = fc.make_scenes(windows.test_faces, windows.test_backgrounds)
    table = fc.scores_table([fc.select(b, s) for b, s in fc.evaluate_scenes(trainer.model, scenes)], scenes)
    return {"prepare": prepared - started, "train": trained - prepared, "samples": trainer.state.samples,
            "detect": statistics.median(detect), "cascade": statistics.median(cascade), "faces": len(boxes),
            "table": table, "cascade_table": fc.cascade_scores(scenes)}


def main() -> None:
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        r = in_thread(_work)
    finally:
        torch.set_num_threads(previous)
    total = r["prepare"] + r["train"]
    print(f"\nFace detection, 1 thread: windows {r['prepare']:.1f} s + training {r['train']:.1f} s "
          f"({r['samples'] / r['train']:,.0f} samples/s) = {total:.1f} s (target ≤ {TARGET_TRAIN:.0f} s)")
    print(f"  detect on the 512×512 astronaut: {r['detect']:.2f} s, {r['faces']} face(s) (target ≤ {TARGET_DETECT:.0f} s); "
          f"LBP cascade {r['cascade']:.2f} s")
    c, k = r["table"], r["cascade_table"]
    print(f"  test scenes ({c['faces']} faces): CNN precision {c['precision']:.2f} recall {c['recall']:.2f} "
          f"mean IoU {c['mean_iou']:.2f}; cascade {k['precision']:.2f} / {k['recall']:.2f} / {k['mean_iou']:.2f}")
