"""`python -m bench`: throughput of the shared loop against a bare PyTorch loop, side by side."""
