"""Turns settings into reachable services: the external URLs, or embedded servers under var/.

`Infrastructure.start()` is what every entry point (up, worker, migrate, doctor, tests) calls
first; `stop()` stops only the embedded servers that this process started, so a CLI command
never tears down a server that `routix up` in another terminal is using.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kernel.errors import ConfigurationError
from kernel.settings import Settings
from storage.db import normalise_url
from storage.embedded_postgres import EmbeddedPostgres
from storage.embedded_redis import EmbeddedRedis


def ensure_data_dir(settings: Settings) -> Path:
    """Create the data dir and prove it is writable, or say what to do."""
    path = settings.data_path
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise ConfigurationError(
            f"The data folder {path} is not writable ({exc.strerror}). Fix its permissions or "
            "point ROUTIX_DATA_DIR at a folder you can write to."
        ) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise ConfigurationError(
            f"The data folder {path} is not writable. Fix its permissions or point "
            "ROUTIX_DATA_DIR at a folder you can write to."
        )
    return path


@dataclass
class Infrastructure:
    settings: Settings
    postgres: EmbeddedPostgres | None = None
    redis: EmbeddedRedis | None = None
    _started: list[str] = field(default_factory=list)

    @classmethod
    def from_settings(cls, settings: Settings) -> Infrastructure:
        root = settings.data_path
        return cls(
            settings=settings,
            postgres=EmbeddedPostgres(root / "postgres", owned_from=root,
                                      server_dir=settings.server_dir)
            if settings.database_is_embedded else None,
            redis=EmbeddedRedis(root / "redis") if settings.redis_is_embedded else None,
        )

    @property
    def database_url(self) -> str:
        if self.postgres is not None:
            return self.postgres.url()
        assert self.settings.database_url
        return normalise_url(self.settings.database_url)

    @property
    def redis_url(self) -> str:
        if self.redis is not None:
            return self.redis.url()
        assert self.settings.redis_url
        return self.settings.redis_url

    def start(self) -> Infrastructure:
        """Start (or reuse) the embedded servers that settings ask for."""
        ensure_data_dir(self.settings)
        if self.postgres is not None and self.postgres.start():
            self._started.append("postgres")
        if self.redis is not None and self.redis.start():
            self._started.append("redis")
        return self

    def stop(self) -> list[str]:
        """Stop the embedded servers this process started; returns their names."""
        stopped = []
        if "redis" in self._started and self.redis is not None and self.redis.stop():
            stopped.append("redis")
        if "postgres" in self._started and self.postgres is not None and self.postgres.stop():
            stopped.append("postgres")
        self._started.clear()
        return stopped

    def stop_all_embedded(self) -> list[str]:
        """`routix down`: stop embedded servers whoever started them."""
        stopped = []
        if self.redis is not None and self.redis.stop():
            stopped.append("redis")
        if self.postgres is not None and self.postgres.stop():
            stopped.append("postgres")
        return stopped

    def __enter__(self) -> Infrastructure:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
