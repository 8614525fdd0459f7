"""The render queue: arq worker, job enqueueing, progress events over Redis."""
