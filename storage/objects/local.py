"""`LocalFolderStore`: objects as files under one folder, for single-machine installs."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from kernel.errors import ConfigurationError, NotFound
from storage.objects.keys import content_key, validate_key

DEFAULT_URL_PREFIX = "/files"


class LocalFolderStore:
    """Stores `key` at `root/key`. Writes are atomic (temp file in the same folder + rename).

    `url(key)` is `{url_prefix}/{key}` (default `/files/{key}`): the web app must serve
    `local_path(key)` at that path, with `keys.content_type_for(key)` as the content type.
    """

    def __init__(self, root: Path, *, url_prefix: str = DEFAULT_URL_PREFIX) -> None:
        self.root = root.expanduser().resolve()
        self.url_prefix = url_prefix.rstrip("/")

    def local_path(self, key: str) -> Path:
        """The file that holds (or would hold) `key`, guaranteed to lie inside `root`."""
        path = self.root / validate_key(key)
        # validate_key already forbids `..`; this guards against a symlinked sub-folder.
        if not path.resolve().is_relative_to(self.root):
            raise NotFound("That file is not in the object store.")
        return path

    def put(self, data: bytes, *, content_type: str, prefix: str) -> str:
        """Store `data`; a key that already exists already holds these bytes, so it is kept."""
        key = content_key(data, content_type=content_type, prefix=prefix)
        path = self.local_path(key)
        if path.is_file():
            return key
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        except OSError as exc:
            raise ConfigurationError(
                f"Cannot write to the object folder {self.root}: {exc}"
            ) from exc
        try:
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), 0o644)  # mkstemp makes 0600
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())  # so a crash never leaves a renamed empty file
            # Concurrent puts of the same bytes both rename; the last one wins, harmlessly.
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return key

    def get(self, key: str) -> bytes:
        """The bytes under `key`."""
        try:
            return self.local_path(key).read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise NotFound(f"No stored file {key}.") from None

    def exists(self, key: str) -> bool:
        """Whether `key` holds a file."""
        return self.local_path(key).is_file()

    def delete(self, key: str) -> None:
        """Remove `key` if present."""
        with contextlib.suppress(IsADirectoryError):
            self.local_path(key).unlink(missing_ok=True)

    def url(self, key: str) -> str:
        """The path the web app serves `key` at."""
        return f"{self.url_prefix}/{validate_key(key)}"
