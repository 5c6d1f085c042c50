"""The CNN family on an accelerator (`python -m bench.device`): the same code path the app takes when
`pick_device()` finds CUDA or MPS. Trains the page's default LeNet-5 through Trainer + Job, checks that
a snapshot restored on the CPU predicts what the device model predicts, and steps every architecture
with batch norm and augmentation. Prints what it measured; exits non-zero on a failed check."""
from __future__ import annotations

import sys
import threading
import time

import torch

from core.data import images
from core.families import cnn
from core.lessons import cnn_inside
from core.runtime.jobs import Job, JobLimiter
from core.train import pick_device


def main() -> int:
    device = pick_device()
    name = torch.cuda.get_device_name() if device.type == "cuda" else device.type
    print(f"torch {torch.__version__} on {device} ({name})")
    data = images.load("offline")[0]
    trainer = cnn.make_trainer(cnn.CNNConfig(), data, device)
    reached: list[float] = []
    started = time.perf_counter()
    trainer.add_callback("on_epoch_end", lambda tr: reached.append(time.perf_counter() - started)
                         if not reached and tr.state.history[-1]["test_acc"] >= 0.97 else None)
    job = Job(trainer, limiter=JobLimiter(1), idle_timeout=3600)
    holder = threading.Thread(target=job.start)  # started from a short-lived thread, as a page does
    holder.start()
    holder.join()
    job.join()
    snap = job.poll()
    accs = [row["test_acc"] for row in snap.history]
    print(f"LeNet-5 default run: {snap.status}, {snap.samples_per_second:,.0f} samples/s, final test accuracy "
          f"{accs[-1]:.1%}, first ≥ 97 % after {reached[0]:.1f} s" if reached else "never reached 97 %")
    weights_device = {v.device.type for v in snap.weights.values()}
    restored = cnn.restore(cnn.CNNConfig(), data, snap.weights)
    on_cpu = cnn_inside.probabilities(restored, data.x_test[:256]).argmax(1)
    on_device = cnn.logits(trainer.model, torch.from_numpy(data.x_test[:256]).to(device)).argmax(1).cpu().numpy()
    agree = float((on_cpu == on_device).mean())
    print(f"snapshot weights on {weights_device}; CPU restore agrees with the device model on {agree:.1%} of 256 images")
    ok = snap.status == "finished" and accs[-1] >= 0.97 and agree >= 0.99
    for arch in cnn.ARCHS:
        for shape in ((1, 28, 28), (3, 32, 32)):
            config = cnn.CNNConfig(arch=arch, width=cnn.DEFAULT_WIDTH[arch], depth=3 if arch != "lenet" else 2,
                                   batchnorm=True, dropout=0.2, shift=2, rotate=10, flip=shape[0] == 3, epochs=1)
            fake = images.ImageSet(torch.rand(256, *shape).numpy(), torch.randint(0, 10, (256,)).numpy(),
                                   torch.rand(64, *shape).numpy(), torch.randint(0, 10, (64,)).numpy(), "random", tuple("0123456789"))
            state = cnn.make_trainer(config, fake, device).fit()
            print(f"  {arch:<6} {shape}: {state.status}, {state.step} steps, loss {state.step_losses[-1]:.3f}")
            ok &= state.status == "finished"
    print("ALL CHECKS PASSED" if ok else "A CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
