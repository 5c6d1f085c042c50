"""One module per model family: a frozen config, `build(config)` and `make_step(model, config)`."""
