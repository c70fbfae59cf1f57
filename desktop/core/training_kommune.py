"""Which municipality is the training one, without the training stories (desktop/core/training.py).

A module of its own so that a start-up can tell the training municipality from a real one
without importing the 3,000 lines that build it (~20 ms).
"""

from __future__ import annotations

TRAINING_KOMMUNE_NUMMER = "9999"  # not a real kommune number
TRAINING_KOMMUNE_NAVN = "Øvingsvik kommune"
