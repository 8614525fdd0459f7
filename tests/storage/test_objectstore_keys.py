"""Object keys are content addresses with a safe shape; pure functions, no store needed."""

from __future__ import annotations

import hashlib

import pytest

from storage.objects import InvalidObjectKey, content_key, content_type_for, validate_key
from storage.objects.keys import EXTENSIONS, UnsupportedContentType, extension_for


def test_key_is_prefix_shard_digest_extension() -> None:
    digest = hashlib.sha256(b"abc").hexdigest()
    key = content_key(b"abc", content_type="image/webp", prefix="renders/job-1")
    assert key == f"renders/job-1/{digest[:2]}/{digest}.webp"


def test_different_bytes_get_different_keys() -> None:
    a = content_key(b"a", content_type="image/png", prefix="p")
    b = content_key(b"b", content_type="image/png", prefix="p")
    assert a != b


@pytest.mark.parametrize(
    ("content_type", "ext"),
    [("image/jpeg", "jpg"), ("IMAGE/PNG", "png"), ("text/plain; charset=utf-8", "txt")],
)
def test_extension_comes_from_the_content_type(content_type: str, ext: str) -> None:
    assert extension_for(content_type) == ext


@pytest.mark.parametrize("content_type", ["text/html", "image/svg+xml", "", "application/x-sh"])
def test_types_a_browser_could_run_or_we_cannot_name_are_refused(content_type: str) -> None:
    # SVG and HTML served from our origin could carry script; they are never stored.
    with pytest.raises(UnsupportedContentType):
        extension_for(content_type)


def test_content_type_round_trips_through_the_key() -> None:
    for ctype in EXTENSIONS:
        assert content_type_for(content_key(b"x", content_type=ctype, prefix="p")) == ctype
    assert content_type_for("p/ab/noext") == "application/octet-stream"


@pytest.mark.parametrize("key", ["a", "a/b.c", "A-1/b_2/c.d.e", "x" * 128])
def test_valid_keys_pass_unchanged(key: str) -> None:
    assert validate_key(key) == key


@pytest.mark.parametrize("key", ["..", "a/../b", "a/./b", "x" * 129, "a\x00b", "a\nb", "%2e%2e"])
def test_invalid_keys_raise(key: str) -> None:
    with pytest.raises(InvalidObjectKey):
        validate_key(key)
