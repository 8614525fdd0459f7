"""Routix core: settings, errors, the service container and the `routix` CLI."""

__version__ = "0.1.0"
