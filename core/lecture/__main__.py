"""`python -m core.lecture store [KEY ...]`: run steps with their defaults (seed 0) and store the runs."""
import argparse

import torch

from core import lecture

parser = argparse.ArgumentParser(prog="python -m core.lecture", description=__doc__)
parser.add_argument("command", choices=["store"], help="store: run and write assets/lecture/<key>.json")
parser.add_argument("keys", nargs="*", help="steps to store (default: all)")
args = parser.parse_args()
torch.set_num_threads(1)  # as the app runs them
for s in lecture.steps() if not args.keys else [lecture.step(k) for k in args.keys]:
    out = lecture.store(s)
    print(f"{s.key}: {out.seconds:.2f} s")
