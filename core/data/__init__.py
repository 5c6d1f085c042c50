"""Datasets: generated 2D sets now; image, audio and text sets with offline fallbacks as pages need them."""
