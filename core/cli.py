"""Headless training: `python -m core train FAMILY [--dataset …] [--epochs …] [--device …] [--out DIR]`.

The same families, shared loop and run format as the pages, so a run trained here appears on the
Experiments page and opens in its page. Under `torchrun --nproc-per-node N -m core train …` it trains
data-parallel with DistributedDataParallel (gloo on CPU, nccl on GPU): every process draws the same
shuffled batch and takes its own slice, so N processes together take the same steps on the same
global batches as one process would; only rank 0 prints and saves.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import torch

from core import lab, runs
from core.family import Family, replace_setting


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m core", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train a model family headless and save the run")
    t.add_argument("family", choices=sorted(lab.families()), help="model family (as on the Experiments page)")
    t.add_argument("--dataset", help="dataset; default: the family's first (offline) one. See --list-datasets")
    t.add_argument("--epochs", type=int, help="epochs (default: the page's default)")
    t.add_argument("--device", choices=("cpu", "cuda", "mps"), default=None,
                   help="where to train (default: cuda, then mps, then cpu)")
    t.add_argument("--out", type=Path, default=None, help="runs folder (default: $DLC_RUNS_DIR or ./runs)")
    t.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="any other setting of the family's config, e.g. --set arch=resnet --set width=16")
    t.add_argument("--seed", type=int, help="random seed")
    t.add_argument("--name", default="", help="a name for the run (letters, digits, . _ -)")
    t.add_argument("--list-datasets", action="store_true", help="print the family's datasets and exit")
    t.add_argument("--no-progress", action="store_true", help="no progress bar (for logs)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    fam = lab.family(args.family)
    if args.list_datasets:
        print("\n".join(fam.datasets))
        return 0
    try:
        return train(fam, args)
    except (ValueError, runs.CheckpointError) as exc:  # a bad setting: say which, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2


def configure(fam: Family, args: argparse.Namespace):
    """The family's default settings, adapted to the dataset, then --set, --epochs and --seed."""
    dataset = args.dataset or fam.datasets[0]
    if dataset not in fam.datasets:
        raise ValueError(f"unknown dataset {dataset!r} for {fam.name}; choose one of {', '.join(fam.datasets)}")
    config = fam.for_dataset(fam.config(), dataset)
    changes = [lab.parse_setting(fam.config, text) for text in args.set]
    if args.seed is not None:
        changes.append(("seed", args.seed))
    if args.epochs:
        changes.append(("epochs", args.epochs))
    for name, value in changes:  # a field of the settings, or of settings nested in them (the playground's network)
        config = replace_setting(config, name, value)
    fam.validate(config)
    return config, dataset


def train(fam: Family, args: argparse.Namespace) -> int:
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    device = args.device or ("cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu")
    if device != "cpu" and not fam.devices:
        raise ValueError(f"the {fam.name} family trains on the CPU only here; leave out --device or use --device cpu")
    if world > 1 and not fam.parallel:
        raise ValueError(f"the {fam.name} family does not train data-parallel yet; run it without torchrun")
    if device == "cuda" and world > 1:
        device = f"cuda:{int(os.environ.get('LOCAL_RANK', '0'))}"
        torch.cuda.set_device(device)
    os.environ["DLC_DEVICE"] = device  # the families' make_trainer picks it up
    config, dataset = configure(fam, args)
    if world > 1:
        torch.distributed.init_process_group("nccl" if device.startswith("cuda") else "gloo")
    try:
        data, context = fam.load(config, dataset)
        if rank == 0 and context.get("fallback"):
            print(f"note: {dataset} is not available ({context['fallback']}); using the offline subset", file=sys.stderr)
        trainer = fam.make_trainer(config, data)
        if world > 1:
            parallel(trainer, rank, world, device)
        if rank == 0 and not args.no_progress:
            progress(trainer, fam.metric)
        started = time.perf_counter()
        trainer.fit()
        seconds = time.perf_counter() - started
        if rank != 0:
            return 0
        meta = lab.run_meta(fam.name, config, context, trainer, source="cli", name=args.name or fam.name,
                            seconds=seconds, world_size=world, device=device)
        run = runs.RunStore(args.out).save(meta, trainer.model.state_dict())
        report(meta, run)
        return 0 if trainer.state.status in ("finished", "stopped") else 1
    finally:
        if world > 1:
            torch.distributed.destroy_process_group()


class Shard:
    """Rank r of N takes rows r, r+N, … of every batch (all ranks shuffle alike, so together they see each batch once)."""

    def __init__(self, batches, rank: int, world: int) -> None:
        self.batches, self.rank, self.world = batches, rank, world

    def __len__(self) -> int:
        return len(self.batches)

    def __iter__(self):
        for batch in self.batches:
            batch = batch if isinstance(batch, (tuple, list)) else (batch,)
            if len(batch[0]) < self.world:
                continue  # a last batch too small to split: every rank skips it alike
            yield tuple(t[self.rank::self.world] for t in batch)


def parallel(trainer, rank: int, world: int, device: str) -> None:
    """Wrap the step's model in DistributedDataParallel and shard the batches."""
    from torch.nn.parallel import DistributedDataParallel as DDP

    ids = [torch.device(device).index] if device.startswith("cuda") else None
    trainer.step.model = DDP(trainer.model, device_ids=ids)  # DDP broadcasts rank 0's initial weights
    trainer.batches = Shard(trainer.batches, rank, world)


def progress(trainer, metric: str) -> None:
    from tqdm import tqdm

    try:
        total = trainer.epochs * len(trainer.batches)
    except TypeError:
        total = None
    bar = tqdm(total=total, unit="step", dynamic_ncols=True, leave=True)

    def on_step(tr) -> None:
        bar.update(1)
        if tr.state.step % 20 == 0:
            bar.set_postfix(epoch=tr.state.epoch + 1, loss=f"{tr.last_metrics.get('loss', float('nan')):.4f}")

    def on_epoch(tr) -> None:
        row = tr.state.history[-1]
        if metric in row:
            bar.set_postfix(epoch=tr.state.epoch, **{metric: f"{row[metric]:.4f}"})

    trainer.add_callback("on_step_end", on_step)
    trainer.add_callback("on_epoch_end", on_epoch)
    trainer.add_callback("on_end", lambda tr: bar.close())


def report(meta: dict, run: runs.Run) -> None:
    final = meta["final"]
    print(f"{meta['family']}: {meta['status']} after {meta['epochs']} epochs, {meta['steps']} steps, "
          f"{meta['seconds']:.1f} s on {meta['device']}" + (f" × {meta['world_size']} processes" if meta["world_size"] > 1 else ""))
    for key, value in final.items():
        if key not in ("epoch", "step", "seconds"):
            print(f"  {key:>18} = {value:.4f}")
    print(f"saved run {run.id} in {run.path.parent}")
