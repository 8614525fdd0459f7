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

    def next_delay(self, backoff: float, eta: float | None) -> float:
        """The backoff delay, shortened to the estimated time left (never below first_delay).

        Without this, a job finishing just after a fetch waits out the whole backoff (up to
        max_delay) before anyone notices; with it, fetches bunch up around the expected finish.
        """
        if eta is None:
            return backoff
        return min(backoff, max(self.first_delay, eta))


class FinishEstimate:
    """Seconds left, extrapolated linearly from the progress seen since drawing began."""

    def __init__(self) -> None:
        self._start: tuple[float, float] | None = None  # (time, fraction) of the first report

    def seconds_left(self, fraction: float | None, now: float) -> float | None:
        """None until two distinct progress readings exist."""
        if fraction is None:
            return None
        if self._start is None:
            self._start = (now, fraction)
            return None
        t0, f0 = self._start
        if fraction <= f0 or now <= t0:
            return None
        return (1.0 - fraction) * (now - t0) / (fraction - f0)
