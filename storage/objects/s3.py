"""`S3Store`: objects in an S3 bucket (AWS S3, Cloudflare R2, SeaweedFS, MinIO) via boto3."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, EndpointConnectionError
from pydantic import SecretStr

from kernel.errors import ConfigurationError, NotFound, ServiceUnavailable
from storage.objects.keys import content_key, validate_key

_MISSING = {"404", "NoSuchKey", "NotFound", "NoSuchBucket"}
_REFUSED = {"403", "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch"}
# Keys are content hashes, so an object never changes: the browser may keep it. "private":
# objects are users' files, and a shared cache must not outlive the presigned URL's expiry.
_IMMUTABLE = "private, max-age=31536000, immutable"


class S3Store:
    """Objects in one bucket. Signature v4 always; path-style addressing for custom endpoints
    (R2, SeaweedFS, MinIO), so bucket names need no DNS. boto3 clients are thread-safe."""

    def __init__(
        self,
        *,
        bucket: str,
        endpoint_url: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: SecretStr | None = None,
        region: str = "auto",
        presign_seconds: int = 3600,
        timeout_seconds: float = 10.0,
    ) -> None:
        self.bucket = bucket
        self.presign_seconds = presign_seconds
        # R2 wants region "auto"; AWS has no such region, so without a custom endpoint it
        # means the SDK default, us-east-1.
        if region == "auto" and endpoint_url is None:
            region = "us-east-1"
        self.region = region
        # Without keys boto3 uses its own chain (env, profile, instance role).
        self.client: Any = boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            aws_access_key_id=access_key_id,
            aws_secret_access_key=(
                secret_access_key.get_secret_value() if secret_access_key else None
            ),
            region_name=region,
            config=Config(
                signature_version="s3v4",
                s3={"addressing_style": "path" if endpoint_url else "auto"},
                # Since boto3 1.36 uploads carry CRC checksums by default; some S3-compatible
                # servers reject them, and our keys already are SHA-256 digests.
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
                connect_timeout=timeout_seconds,
                read_timeout=timeout_seconds,
                retries={"max_attempts": 3, "mode": "standard"},
            ),
        )

    def ensure_bucket(self) -> None:
        """Create the bucket if it does not exist (for `routix up` and tests)."""
        params: dict[str, Any] = {"Bucket": self.bucket}
        if self.region not in ("us-east-1", "auto"):
            params["CreateBucketConfiguration"] = {"LocationConstraint": self.region}
        with self._errors(f"bucket {self.bucket}"):
            try:
                self.client.head_bucket(Bucket=self.bucket)
                return
            except ClientError as exc:
                if _code(exc) not in _MISSING:
                    raise
            try:
                self.client.create_bucket(**params)
            except ClientError as exc:  # another process may have just made it
                if _code(exc) != "BucketAlreadyOwnedByYou":
                    raise

    def put(self, data: bytes, *, content_type: str, prefix: str) -> str:
        """Upload `data` under its content key (re-uploading equal bytes changes nothing)."""
        key = content_key(data, content_type=content_type, prefix=prefix)
        ctype = content_type.split(";", 1)[0].strip().lower()
        with self._errors(key):
            self.client.put_object(
                Bucket=self.bucket, Key=key, Body=data, ContentType=ctype, CacheControl=_IMMUTABLE
            )
        return key

    def get(self, key: str) -> bytes:
        """The bytes under `key`."""
        with self._errors(validate_key(key)):
            response = self.client.get_object(Bucket=self.bucket, Key=key)
            return response["Body"].read()

    def exists(self, key: str) -> bool:
        """Whether `key` holds an object (a HEAD request)."""
        try:
            with self._errors(validate_key(key)):
                self.client.head_object(Bucket=self.bucket, Key=key)
        except NotFound:
            return False
        return True

    def delete(self, key: str) -> None:
        """Remove `key`; S3 treats a missing key as already deleted."""
        with self._errors(validate_key(key)):
            self.client.delete_object(Bucket=self.bucket, Key=key)

    def url(self, key: str, *, expires_in: int | None = None) -> str:
        """A presigned GET URL, valid `expires_in` seconds (default: settings' presign time).

        Signing is local: no request is made, and the key need not exist yet.
        """
        return self.client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.bucket, "Key": validate_key(key)},
            ExpiresIn=expires_in or self.presign_seconds,
        )

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Turn boto errors into Routix errors that say what to fix."""
        try:
            yield
        except ClientError as exc:
            code = _code(exc)
            if code in _MISSING:
                raise NotFound(f"No stored object {what}.") from exc
            if code in _REFUSED:
                raise ConfigurationError(
                    f"Object storage refused access to {what} ({code}): check the S3 keys "
                    "and the bucket's permissions."
                ) from exc
            raise ServiceUnavailable(f"Object storage failed on {what} ({code}).") from exc
        except EndpointConnectionError as exc:
            raise ServiceUnavailable(
                f"Object storage at {exc.kwargs.get('endpoint_url')} cannot be reached."
            ) from exc
        except BotoCoreError as exc:
            raise ServiceUnavailable(f"Object storage failed on {what}: {exc}") from exc


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))
