"""The trainable model families, one module each: a frozen config, `build`, `make_trainer`, and at its end the
`FAMILY` it declares (core.family). What the pages compute besides that lives in core.lessons."""
