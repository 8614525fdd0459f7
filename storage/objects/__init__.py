"""Content-addressed object storage: a local folder or an S3-compatible bucket (AWS S3, R2).

Public surface: `ObjectStore`, `make_object_store`, `LocalFolderStore`, `AsyncObjectStore`,
the key helpers and errors. `S3Store` lives in `storage.objects.s3` (imported on demand, so
local installs never load boto3).
"""

from storage.objects.aio import AsyncObjectStore
from storage.objects.factory import make_object_store
from storage.objects.keys import (
    InvalidObjectKey,
    UnsupportedContentType,
    content_key,
    content_type_for,
    validate_key,
)
from storage.objects.local import LocalFolderStore
from storage.objects.protocol import ObjectStore

__all__ = [
    "AsyncObjectStore",
    "InvalidObjectKey",
    "LocalFolderStore",
    "ObjectStore",
    "UnsupportedContentType",
    "content_key",
    "content_type_for",
    "make_object_store",
    "validate_key",
]
