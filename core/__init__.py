"""Everything that is not UI: training loop, runtime, data, models, plots, runs, translations."""
