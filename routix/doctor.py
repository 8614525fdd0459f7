"""`routix doctor`: one check per component, each with a fix when it fails."""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass

from kernel.errors import ConfigurationError, RoutixError
from kernel.settings import Settings
from routix.infrastructure import Infrastructure, ensure_data_dir
from storage import migrate
from storage.db import inspect_postgres, redacted, require_pgvector


@dataclass(frozen=True)
class Check:
    component: str
    ok: bool
    detail: str
    fix: str = ""


def run_checks(settings: Settings) -> list[Check]:
    """Check everything Routix needs; embedded servers started here are stopped again."""
    checks = [_check_data_dir(settings)]
    if not checks[0].ok:
        return checks
    infra = Infrastructure.from_settings(settings)
    try:
        infra.start()
    except RoutixError as exc:
        return [*checks, Check("services", False, "could not start", exc.user_message)]
    try:
        checks += _check_postgres(infra)
        checks.append(_check_redis(infra))
    finally:
        infra.stop()
    checks.append(_check_storage(settings))
    checks += _check_providers(settings)
    checks.append(_check_port(settings))
    return checks


def _check_data_dir(settings: Settings) -> Check:
    try:
        return Check("data dir", True, str(ensure_data_dir(settings)))
    except RoutixError as exc:
        return Check("data dir", False, str(settings.data_path), exc.user_message)


def _check_postgres(infra: Infrastructure) -> list[Check]:
    try:
        url = infra.database_url
    except RoutixError as exc:
        return [Check("postgres", False, "DATABASE_URL", exc.user_message)]
    where = f"embedded, {infra.postgres.home}" if infra.postgres else redacted(url)
    try:
        info = inspect_postgres(url)
        require_pgvector(info, url)
    except RoutixError as exc:
        return [Check("postgres", False, where, exc.user_message)]
    vector = info.pgvector_installed or f"{info.pgvector_available} (not yet installed)"
    checks = [Check("postgres", True, f"PostgreSQL {info.server_version}, pgvector {vector}"
                    f" ({where})")]
    current, head = migrate.current_revision(url), migrate.head_revision()
    if current == head:
        checks.append(Check("schema", True, f"at revision {current} (latest)"))
    else:
        checks.append(Check("schema", False, f"at revision {current or 'none'}, latest is {head}",
                            "Run `routix migrate` (or `routix up`, which migrates first)."))
    return checks


def _check_redis(infra: Infrastructure) -> Check:
    import redis

    url = infra.redis_url
    where = f"embedded, {infra.redis.root}" if infra.redis else url
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=3)
        with contextlib.closing(client):
            version = client.info("server")["redis_version"]
    except (redis.RedisError, OSError) as exc:
        return Check("redis", False, where,
                     f"Cannot reach Redis ({exc}). Check REDIS_URL, or unset it to use the "
                     "embedded Redis.")
    return Check("redis", True, f"Redis {version} ({where})")


def _check_storage(settings: Settings) -> Check:
    if settings.storage_backend == "s3":
        endpoint = settings.s3_endpoint_url or "AWS S3"
        if not (settings.s3_access_key_id and settings.s3_secret_access_key):
            return Check("storage", False, f"s3 at {endpoint}",
                         "Set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or STORAGE_BACKEND=local.")
        return Check("storage", True, f"s3 bucket {settings.s3_bucket} at {endpoint}")
    return Check("storage", True, f"local folder {settings.data_path / 'objects'}")


def _check_providers(settings: Settings) -> list[Check]:
    keyed = settings.keyed_providers()
    try:
        settings.check_providers()
    except ConfigurationError as exc:
        return [Check("brain", False, "provider settings", exc.user_message)]
    pick = settings.model_provider(settings.brain_provider)
    if pick == "openai":
        brain = f"OpenAI {settings.openai_model}"
    elif pick == "gemini":
        brain = f"Gemini {settings.gemini_model}"
    elif settings.brain_provider == "local":
        brain = "local (ROUTIX_BRAIN=local)"
    else:
        brain = "local (no OPENAI_API_KEY or GOOGLE_API_KEY)"
    render = (f"Midjourney proxy at {settings.midjourney_url} + local text"
              if keyed["midjourney"] else "local compositor (no MIDJOURNEY_URL/SECRET)")
    payments = "Stripe" if keyed["stripe"] else "not configured (credit purchases off)"
    return [Check("brain", True, brain), *_probe_models(settings),
            Check("renderer", True, render), Check("payments", True, payments)]


def _probe_models(settings: Settings) -> list[Check]:
    """One check per keyed model provider something uses: does it answer with this key?"""
    from routix.provider_probe import probe_gemini, probe_openai

    used = {settings.model_provider(settings.brain_provider),
            settings.model_provider(settings.analyzer_provider, "ROUTIX_ANALYZER"),
            settings.model_provider(settings.embedding_provider, "ROUTIX_EMBEDDER")}
    probes = {"openai": probe_openai, "gemini": probe_gemini}
    checks = []
    for provider in sorted(used & probes.keys()):
        result = probes[provider](settings)
        checks.append(Check(provider, result.ok, result.detail, result.fix))
    return checks


def _check_port(settings: Settings) -> Check:
    target = f"{settings.host}:{settings.port}"
    with socket.socket() as probe:
        probe.settimeout(0.5)
        in_use = probe.connect_ex((settings.host, settings.port)) == 0
    if not in_use:
        return Check("web", True, f"{target} free (start with `routix up`)")
    if _is_routix(settings):
        return Check("web", True, f"Routix is serving at http://{target}")
    return Check("web", False, f"{target} is used by another program",
                 "Stop that program or set ROUTIX_PORT to a free port.")


def _is_routix(settings: Settings) -> bool:
    import httpx

    try:
        reply = httpx.get(f"http://{settings.host}:{settings.port}/healthz", timeout=1)
        return reply.status_code == 200 and reply.json().get("status") == "ok"
    except (httpx.HTTPError, ValueError):
        return False
