"""Synthetic training data for the gateway's entity recognizer, and the code that trains it.

Nothing here ships in the wheel or runs in the gateway: `scripts/train-detector` uses it to
rebuild `privacy_gateway/detection/model/` from a seed. Its dependencies are the `train` extra.
"""
