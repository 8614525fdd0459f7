"""`make_object_store`: the local folder or S3/R2, as settings say."""

from __future__ import annotations

from kernel.errors import ConfigurationError
from kernel.settings import Settings
from storage.objects.local import LocalFolderStore
from storage.objects.protocol import ObjectStore


def make_object_store(settings: Settings) -> ObjectStore:
    """`LocalFolderStore(data_path/objects)` for `storage_backend=local`, else an `S3Store`.

    Builds clients only; nothing touches the network. Call `S3Store.ensure_bucket()` at
    start-up if the bucket may not exist yet.
    """
    if settings.storage_backend == "local":
        return LocalFolderStore(settings.data_path / "objects")
    if settings.storage_backend == "s3":
        # Neither key is fine on AWS: boto3 then finds credentials itself (profile, role).
        if bool(settings.s3_access_key_id) != bool(settings.s3_secret_access_key):
            raise ConfigurationError(
                "Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither."
            )
        from storage.objects.s3 import S3Store  # local installs never import boto3

        return S3Store(
            bucket=settings.s3_bucket,
            endpoint_url=settings.s3_endpoint_url,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=settings.s3_secret_access_key,
            region=settings.s3_region,
            presign_seconds=settings.s3_presign_seconds,
        )
    raise ConfigurationError(f"Unknown STORAGE_BACKEND {settings.storage_backend!r}.")
