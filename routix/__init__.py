"""Routix's composition root: the `routix` CLI, `routix up`, `routix doctor` and the servers
they start. Everything shared lives below it (kernel/, services/, …)."""

from kernel import __version__

__all__ = ["__version__"]
