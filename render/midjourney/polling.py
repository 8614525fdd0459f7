"""How patiently Routix waits on a Midjourney task: backoff, deadline, tolerated hiccups."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class PollPolicy:
    """Backoff between task fetches and the overall limit; tests shrink every number."""

    first_delay: float = 0.5  # seconds before the second fetch
    factor: float = 1.5
    max_delay: float = 5.0  # Midjourney reports progress every few seconds; faster is waste
    timeout: float = 600.0  # a fast-mode grid takes ~1 min; relax mode and queues take longer
    # Fetch hiccups (5xx, resets) tolerated in a row while waiting. Giving up on a submitted
    # task throws away a paid job, so a blip while polling should not fail the render.
    transient_retries: int = 3

    def delays(self) -> Iterator[float]:
        """first_delay, ×factor each time, capped at max_delay, forever."""
        delay = self.first_delay
        while True:
            yield delay
            delay = min(delay * self.factor, self.max_delay)
