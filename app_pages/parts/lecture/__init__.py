"""The lecture path's drawing, one module per step (core.lecture.<key> runs it): `inputs()` draws the step's
own settings and returns them (optional), `draw(result)` draws the measured result."""
