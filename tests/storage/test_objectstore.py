"""Object stores: shared behaviour on the local folder and on a real S3 server (SeaweedFS),
then S3 specifics: presigned URLs, tampering and wrong keys refused, bucket creation."""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import importlib.util
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from unittest import mock

import httpx
import pytest
from pydantic import SecretStr

from kernel.errors import ConfigurationError, InvalidInput, NotFound, ServiceUnavailable
from kernel.settings import Settings
from storage.objects import (
    AsyncObjectStore,
    InvalidObjectKey,
    LocalFolderStore,
    ObjectStore,
    UnsupportedContentType,
    make_object_store,
)
from storage.objects.s3 import S3Store


def _load_sibling(name: str) -> ModuleType:
    """Import tests/storage/<name>.py (tests are not a package under --import-mode=importlib)."""
    qualified = f"routix_tests_storage_{name}"
    if qualified not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            qualified, Path(__file__).with_name(f"{name}.py")
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[qualified] = module
        spec.loader.exec_module(module)
    return sys.modules[qualified]


s3_server = _load_sibling("s3_server")
PNG = b"\x89PNG\r\n\x1a\n" + b"pixels" * 100


@pytest.fixture(scope="session")
def weed() -> Iterator[object]:
    server = s3_server.start_weed_s3()
    try:
        yield server
    finally:
        server.stop()


def _s3(endpoint_url: str, bucket: str, secret: str = s3_server.SECRET_KEY, **kw) -> S3Store:
    return S3Store(
        bucket=bucket,
        endpoint_url=endpoint_url,
        access_key_id=s3_server.ACCESS_KEY,
        secret_access_key=SecretStr(secret),
        region=s3_server.REGION,
        **kw,
    )


@pytest.fixture(scope="session")
def s3_store(weed) -> S3Store:
    store = _s3(weed.endpoint_url, "routix-objects")
    store.ensure_bucket()
    return store


@pytest.fixture(params=["local", "s3"])
def store(request, tmp_path) -> ObjectStore:
    if request.param == "local":
        return LocalFolderStore(tmp_path / "objects")
    return request.getfixturevalue("s3_store")


# --- shared behaviour ------------------------------------------------------------------------
def test_put_returns_a_content_addressed_key(store: ObjectStore) -> None:
    assert isinstance(store, ObjectStore)
    key = store.put(PNG, content_type="image/png", prefix="thumbnails")
    digest = hashlib.sha256(PNG).hexdigest()
    assert key == f"thumbnails/{digest[:2]}/{digest}.png"


def test_put_then_get_exists_delete(store: ObjectStore) -> None:
    data = b"\xff\xd8\xff" + bytes(range(256)) * 40
    key = store.put(data, content_type="image/jpeg", prefix="uploads/user-7")
    assert key.endswith(".jpg")
    assert store.exists(key)
    assert store.get(key) == data
    store.delete(key)
    assert not store.exists(key)
    with pytest.raises(NotFound):
        store.get(key)
    store.delete(key)  # deleting again is fine


def test_put_of_the_same_bytes_is_idempotent(store: ObjectStore) -> None:
    data = b"same bytes " + store.__class__.__name__.encode()
    first = store.put(data, content_type="text/plain; charset=utf-8", prefix="notes")
    second = store.put(data, content_type="text/plain", prefix="notes")
    assert first == second and store.get(first) == data


def test_concurrent_puts_of_the_same_bytes(store: ObjectStore) -> None:
    data = b"raced " * 5000 + store.__class__.__name__.encode()
    with ThreadPoolExecutor(max_workers=8) as pool:
        keys = set(
            pool.map(lambda _: store.put(data, content_type="image/png", prefix="r"), range(16))
        )
    (key,) = keys
    assert store.get(key) == data


def test_missing_key_does_not_exist(store: ObjectStore) -> None:
    key = f"thumbnails/00/{'0' * 64}.png"
    assert not store.exists(key)
    with pytest.raises(NotFound):
        store.get(key)


BAD_KEYS = [
    "",
    "../etc/passwd",
    "thumbnails/../../secret",
    "/absolute/key.png",
    "a//b.png",
    "a/b/",
    "a\\b.png",
    "./a.png",
    ".hidden",
    "a/.tmp-123",
    "spaces in/key.png",
    "ümlaut/key.png",
    "query?x=1",
    "a/" * 20 + "b",
    "x" * 600,
]


@pytest.mark.parametrize("key", BAD_KEYS, ids=repr)
def test_unsafe_keys_are_refused_before_any_io(store: ObjectStore, key: str) -> None:
    for call in (store.get, store.exists, store.delete, store.url):
        with pytest.raises(InvalidObjectKey) as caught:
            call(key)
        assert isinstance(caught.value, InvalidInput) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize("prefix", ["", "../up", "/abs", "a\\b", "a//b", "with space"])
def test_unsafe_prefixes_are_refused(store: ObjectStore, prefix: str) -> None:
    with pytest.raises(InvalidObjectKey):
        store.put(b"x", content_type="image/png", prefix=prefix)


def test_unknown_content_types_are_refused(store: ObjectStore) -> None:
    with pytest.raises(UnsupportedContentType, match="text/html"):
        store.put(b"<script>", content_type="text/html", prefix="x")


def test_async_wrapper_does_the_same_work(store: ObjectStore) -> None:
    astore = AsyncObjectStore(store)

    async def roundtrip() -> tuple[str, bytes, bool]:
        key = await astore.put(b"async!", content_type="application/json", prefix="a")
        data = await astore.get(key)
        await astore.delete(key)
        return key, data, await astore.exists(key)

    key, data, exists_after = asyncio.run(roundtrip())
    assert key.endswith(".json") and data == b"async!" and not exists_after
    assert astore.url(key) == store.url(key)


# --- local specifics -------------------------------------------------------------------------
def test_local_url_is_the_web_apps_files_path(tmp_path) -> None:
    store = LocalFolderStore(tmp_path)
    key = store.put(PNG, content_type="image/png", prefix="t")
    assert store.url(key) == f"/files/{key}"
    assert store.local_path(key).read_bytes() == PNG


def test_local_write_leaves_no_temp_files(tmp_path) -> None:
    store = LocalFolderStore(tmp_path)
    key = store.put(PNG, content_type="image/png", prefix="t")
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files == [tmp_path / key]


def test_local_refuses_paths_through_a_symlink_out_of_root(tmp_path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("no")
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(outside)
    with pytest.raises(NotFound):
        LocalFolderStore(root).get("link/secret.txt")


def test_factory_builds_local_store_under_data_dir(tmp_path) -> None:
    store = make_object_store(Settings(_env_file=None, data_dir=tmp_path, storage_backend="local"))
    assert isinstance(store, LocalFolderStore)
    assert store.root == (tmp_path / "objects").resolve()


# --- S3 specifics ----------------------------------------------------------------------------
def test_presigned_url_serves_the_object(s3_store: S3Store) -> None:
    key = s3_store.put(PNG, content_type="image/png", prefix="thumbnails")
    response = httpx.get(s3_store.url(key))
    assert response.status_code == 200
    assert response.content == PNG
    assert response.headers["content-type"] == "image/png"
    assert response.headers["cache-control"] == "private, max-age=31536000, immutable"
    assert "X-Amz-Expires=3600" in s3_store.url(key)


def test_tampered_presigned_urls_are_refused(s3_store: S3Store) -> None:
    key = s3_store.put(PNG, content_type="image/png", prefix="thumbnails")
    other = s3_store.put(b"other", content_type="image/png", prefix="thumbnails")
    url = s3_store.url(key)
    signature = url.rsplit("X-Amz-Signature=", 1)[1]
    forged = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    assert httpx.get(url.replace(signature, forged)).status_code == 403
    assert httpx.get(url.replace(key, other)).status_code == 403  # someone else's object
    assert httpx.get(url.replace("X-Amz-Expires=3600", "X-Amz-Expires=99999")).status_code == 403
    assert httpx.get(f"{url.split('?')[0]}").status_code == 403  # unsigned


def test_expired_presigned_url_is_refused(s3_store: S3Store) -> None:
    key = s3_store.put(PNG, content_type="image/png", prefix="thumbnails")
    # Sign with a clock an hour behind: the URL's 60 s window closed long ago. (Editing
    # X-Amz-Date instead would only test the signature check again.)
    an_hour_ago = datetime.datetime.now(datetime.UTC).replace(tzinfo=None) - datetime.timedelta(
        hours=1
    )
    with mock.patch("botocore.auth.get_current_datetime", return_value=an_hour_ago):
        url = s3_store.url(key, expires_in=60)
    assert f"X-Amz-Date={an_hour_ago:%Y%m%dT%H%M}" in url
    assert httpx.get(url).status_code == 403


def test_wrong_secret_key_is_refused(weed, s3_store: S3Store) -> None:
    key = s3_store.put(PNG, content_type="image/png", prefix="thumbnails")
    forger = _s3(weed.endpoint_url, s3_store.bucket, secret="not-the-secret")
    with pytest.raises(ConfigurationError, match="refused"):
        forger.get(key)
    with pytest.raises(ConfigurationError):
        forger.put(b"evil", content_type="image/png", prefix="thumbnails")
    assert httpx.get(forger.url(key)).status_code == 403


def test_ensure_bucket_creates_once_and_is_idempotent(weed) -> None:
    store = _s3(weed.endpoint_url, "fresh-bucket")
    with pytest.raises(NotFound):
        store.get(f"a/00/{'0' * 64}.png")
    store.ensure_bucket()
    store.ensure_bucket()
    key = store.put(b"x", content_type="image/png", prefix="a")
    assert store.get(key) == b"x"


def test_unreachable_endpoint_is_service_unavailable() -> None:
    port = s3_server._free_ports(1)[0]
    store = _s3(f"http://127.0.0.1:{port}", "nowhere", timeout_seconds=1)
    with pytest.raises(ServiceUnavailable, match="cannot be reached"):
        store.exists(f"a/00/{'0' * 64}.png")


def test_factory_builds_s3_store_from_settings(weed) -> None:
    settings = Settings(
        _env_file=None,
        storage_backend="s3",
        s3_endpoint_url=weed.endpoint_url,
        s3_bucket="routix-objects",
        s3_access_key_id=s3_server.ACCESS_KEY,
        s3_secret_access_key=s3_server.SECRET_KEY,
        s3_region=s3_server.REGION,
        s3_presign_seconds=120,
    )
    store = make_object_store(settings)
    assert isinstance(store, S3Store)
    key = store.put(b"from settings", content_type="text/plain", prefix="s")
    assert httpx.get(store.url(key)).content == b"from settings"
    assert "X-Amz-Expires=120" in store.url(key)


def test_factory_wants_both_s3_keys_or_neither() -> None:
    settings = Settings(
        _env_file=None, storage_backend="s3", s3_access_key_id="only-one", s3_secret_access_key=None
    )
    with pytest.raises(ConfigurationError, match="both"):
        make_object_store(settings)


def test_r2_style_settings_sign_with_region_auto_and_path_style() -> None:
    store = S3Store(
        bucket="thumbs",
        endpoint_url="https://acct.r2.cloudflarestorage.com",
        access_key_id="k",
        secret_access_key=SecretStr("s"),
    )
    url = store.url("t/ab/abc.png")
    assert url.startswith("https://acct.r2.cloudflarestorage.com/thumbs/t/ab/abc.png?")
    assert "%2Fauto%2Fs3%2Faws4_request" in url and "X-Amz-Algorithm=AWS4-HMAC-SHA256" in url
