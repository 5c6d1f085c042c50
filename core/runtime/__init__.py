"""Live training: worker threads per browser session, read through snapshots."""
