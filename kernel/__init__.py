"""The kernel every package may use: settings, errors, process tuning, chat-model construction.

It imports nothing of ours above it (import-linter's layers contract in pyproject.toml).
"""

__version__ = "0.1.0"
