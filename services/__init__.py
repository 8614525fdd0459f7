"""The service container: infrastructure and providers, built once and passed in."""

from services.container import QUEUE_NAME, Services

__all__ = ["QUEUE_NAME", "Services"]
