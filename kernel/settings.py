"""Every knob Routix has, read once from the environment and `.env`.

Nothing else in the code base reads `os.environ`: build a `Settings` and pass it (or the services
made from it) down. An unset service URL means "run the embedded one under the data dir".
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from kernel.errors import ConfigurationError


def _env(*names: str) -> AliasChoices:
    """Accept a field by its env var name(s) and by its Python name (for `Settings(x=...)`)."""
    return AliasChoices(*names)


class Settings(BaseSettings):
    """Routix configuration. Precedence: constructor arguments > environment > `.env` > defaults."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    # --- where things live -------------------------------------------------------------------
    data_dir: Path = Field(Path("var"), validation_alias=_env("ROUTIX_DATA_DIR", "data_dir"))
    host: str = Field("127.0.0.1", validation_alias=_env("ROUTIX_HOST", "host"))
    port: int = Field(8000, validation_alias=_env("ROUTIX_PORT", "port"))

    # Run as root, the embedded Postgres runs as an unprivileged user; this root-owned folder
    # holds what that user must reach when the checkout or data dir is private (0700): a copy
    # of the server binaries, and clusters whose data dir it could not walk to.
    server_dir: Path = Field(Path("/var/lib/routix"),
                             validation_alias=_env("ROUTIX_SERVER_DIR", "server_dir"))

    # --- services: unset means embedded ------------------------------------------------------
    database_url: str | None = Field(None, validation_alias=_env("DATABASE_URL", "database_url"))
    redis_url: str | None = Field(None, validation_alias=_env("REDIS_URL", "redis_url"))

    # --- object storage ----------------------------------------------------------------------
    storage_backend: Literal["local", "s3"] = Field(
        "local", validation_alias=_env("STORAGE_BACKEND", "storage_backend")
    )
    s3_endpoint_url: str | None = Field(
        None, validation_alias=_env("S3_ENDPOINT_URL", "s3_endpoint_url")
    )
    s3_bucket: str = Field("routix", validation_alias=_env("S3_BUCKET", "s3_bucket"))
    s3_access_key_id: str | None = Field(
        None, validation_alias=_env("S3_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID", "s3_access_key_id")
    )
    s3_secret_access_key: SecretStr | None = Field(
        None,
        validation_alias=_env(
            "S3_SECRET_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY", "s3_secret_access_key"
        ),
    )
    s3_region: str = Field("auto", validation_alias=_env("S3_REGION", "s3_region"))
    s3_presign_seconds: int = Field(
        3600, validation_alias=_env("S3_PRESIGN_SECONDS", "s3_presign_seconds")
    )

    # --- model providers ---------------------------------------------------------------------
    openai_api_key: SecretStr | None = Field(
        None, validation_alias=_env("OPENAI_API_KEY", "openai_api_key")
    )
    openai_base_url: str | None = Field(
        None, validation_alias=_env("OPENAI_BASE_URL", "openai_base_url")
    )
    openai_model: str = Field("gpt-4o-mini", validation_alias=_env("OPENAI_MODEL", "openai_model"))
    google_api_key: SecretStr | None = Field(
        None, validation_alias=_env("GOOGLE_API_KEY", "google_api_key")
    )
    google_base_url: str | None = Field(
        None, validation_alias=_env("GOOGLE_BASE_URL", "google_base_url")
    )
    gemini_model: str = Field(
        "gemini-2.5-flash", validation_alias=_env("GEMINI_MODEL", "gemini_model")
    )

    embedding_provider: Literal["auto", "local", "openai", "gemini"] = Field(
        "auto", validation_alias=_env("ROUTIX_EMBEDDER", "embedding_provider")
    )
    # Which provider each job uses; "auto" = OpenAI when keyed, else Gemini, else local. Lets an
    # operator keep one job local (e.g. analysis) while the chat uses a keyed model.
    brain_provider: Literal["auto", "local", "openai", "gemini"] = Field(
        "auto", validation_alias=_env("ROUTIX_BRAIN", "brain_provider")
    )
    analyzer_provider: Literal["auto", "local", "openai", "gemini"] = Field(
        "auto", validation_alias=_env("ROUTIX_ANALYZER", "analyzer_provider")
    )

    # --- rendering -----------------------------------------------------------------------------
    midjourney_url: str | None = Field(
        None, validation_alias=_env("MIDJOURNEY_URL", "midjourney_url")
    )
    midjourney_secret: SecretStr | None = Field(
        None, validation_alias=_env("MIDJOURNEY_SECRET", "midjourney_secret")
    )
    midjourney_timeout_seconds: float = Field(
        600, gt=0, validation_alias=_env("MIDJOURNEY_TIMEOUT", "midjourney_timeout_seconds")
    )

    # --- payments ------------------------------------------------------------------------------
    stripe_secret_key: SecretStr | None = Field(
        None, validation_alias=_env("STRIPE_SECRET_KEY", "stripe_secret_key")
    )
    stripe_webhook_secret: SecretStr | None = Field(
        None, validation_alias=_env("STRIPE_WEBHOOK_SECRET", "stripe_webhook_secret")
    )
    stripe_api_base: str | None = Field(
        None, validation_alias=_env("STRIPE_API_BASE", "stripe_api_base")
    )

    # --- credits: the price of each action (one credit ≈ one finished image) -------------------
    price_generate: int = Field(
        4, ge=0, validation_alias=_env("ROUTIX_PRICE_GENERATE", "price_generate")
    )
    price_vary: int = Field(4, ge=0, validation_alias=_env("ROUTIX_PRICE_VARY", "price_vary"))
    price_refine: int = Field(1, ge=0, validation_alias=_env("ROUTIX_PRICE_REFINE", "price_refine"))
    price_upscale: int = Field(
        1, ge=0, validation_alias=_env("ROUTIX_PRICE_UPSCALE", "price_upscale")
    )
    price_resize: int = Field(1, ge=0, validation_alias=_env("ROUTIX_PRICE_RESIZE", "price_resize"))
    signup_credits: int = Field(
        20, ge=0, validation_alias=_env("ROUTIX_SIGNUP_CREDITS", "signup_credits")
    )

    # --- OAuth sign-in (optional; password sign-in always works) --------------------------------
    oauth_github_client_id: str | None = Field(
        None, validation_alias=_env("OAUTH_GITHUB_CLIENT_ID", "oauth_github_client_id")
    )
    oauth_github_client_secret: SecretStr | None = Field(
        None, validation_alias=_env("OAUTH_GITHUB_CLIENT_SECRET", "oauth_github_client_secret")
    )
    oauth_google_client_id: str | None = Field(
        None, validation_alias=_env("OAUTH_GOOGLE_CLIENT_ID", "oauth_google_client_id")
    )
    oauth_google_client_secret: SecretStr | None = Field(
        None, validation_alias=_env("OAUTH_GOOGLE_CLIENT_SECRET", "oauth_google_client_secret")
    )

    # --- the chat UI -----------------------------------------------------------------------------
    max_message_chars: int = Field(
        2000, ge=200, validation_alias=_env("ROUTIX_MAX_MESSAGE_CHARS", "max_message_chars")
    )  # a brief is a title and a few wishes; every reader (UI, agent, brains) uses this one
    chainlit_auth_secret: SecretStr | None = Field(
        None, validation_alias=_env("CHAINLIT_AUTH_SECRET", "chainlit_auth_secret")
    )

    # --- the worker ------------------------------------------------------------------------------
    worker_poll_delay: float = Field(
        0.01, validation_alias=_env("ROUTIX_WORKER_POLL_DELAY", "worker_poll_delay")
    )
    job_timeout_seconds: float = Field(
        120, gt=0, validation_alias=_env("ROUTIX_JOB_TIMEOUT", "job_timeout_seconds")
    )
    # How long past its deadline a queued job may wait for a worker before it is refunded.
    job_pickup_grace_seconds: float = Field(
        60, gt=0, validation_alias=_env("ROUTIX_JOB_PICKUP_GRACE", "job_pickup_grace_seconds")
    )
    job_max_tries: int = Field(
        3, ge=1, validation_alias=_env("ROUTIX_JOB_MAX_TRIES", "job_max_tries")
    )
    worker_wait_seconds: float = Field(
        10, ge=0, validation_alias=_env("ROUTIX_WORKER_WAIT", "worker_wait_seconds")
    )  # how long a paid request waits for a starting worker before saying there is none
    run_worker_in_up: bool = Field(
        True, validation_alias=_env("ROUTIX_RUN_WORKER", "run_worker_in_up")
    )

    @model_validator(mode="before")
    @classmethod
    def _empty_is_unset(cls, data: Any) -> Any:
        """`OPENAI_API_KEY=` (empty, as many .env files have it) means unset: the default."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data

    # --- derived -------------------------------------------------------------------------------
    @cached_property
    def data_path(self) -> Path:
        """The data dir as an absolute path (relative values are taken from the working dir)."""
        return self.data_dir.expanduser().resolve()

    @property
    def database_is_embedded(self) -> bool:
        return not self.database_url

    @property
    def redis_is_embedded(self) -> bool:
        return not self.redis_url

    def job_deadline(self) -> float:
        """Seconds a render job may take: remote art (Midjourney) adds its own wait."""
        extra = self.midjourney_timeout_seconds if self.keyed_providers()["midjourney"] else 0
        return self.job_timeout_seconds + extra

    def price_of(self, action: str) -> int:
        """Credits an action costs: generate, vary, refine, upscale or resize."""
        return int(getattr(self, f"price_{action}"))

    def oauth_providers(self) -> dict[str, tuple[str, str]]:
        """Configured OAuth providers: name -> (client id, client secret)."""
        found = {}
        for name in ("github", "google"):
            client = getattr(self, f"oauth_{name}_client_id")
            secret = getattr(self, f"oauth_{name}_client_secret")
            if client and secret is not None:
                found[name] = (client, secret.get_secret_value())
        return found

    def model_provider(self, choice: str, setting: str = "ROUTIX_BRAIN"
                       ) -> Literal["local", "openai", "gemini"]:
        """A provider choice with "auto" resolved: OpenAI when keyed, else Gemini, else local.

        Raises ConfigurationError (a sentence with the fix) for a named provider with no key.
        """
        keyed = self.keyed_providers()
        if choice in ("openai", "gemini"):
            if not keyed[choice]:
                key = "OPENAI_API_KEY" if choice == "openai" else "GOOGLE_API_KEY"
                raise ConfigurationError(f"{setting}={choice} needs {key}; set it, or set "
                                         f"{setting}=auto to use what is configured.")
            return choice  # type: ignore[return-value]
        if choice == "local":
            return "local"
        return "openai" if keyed["openai"] else "gemini" if keyed["gemini"] else "local"

    def check_providers(self) -> None:
        """Fail at start-up, with a sentence, when a chosen provider cannot work."""
        self.model_provider(self.brain_provider, "ROUTIX_BRAIN")
        self.model_provider(self.analyzer_provider, "ROUTIX_ANALYZER")
        if self.embedding_provider != "auto":
            self.model_provider(self.embedding_provider, "ROUTIX_EMBEDDER")

    def keyed_providers(self) -> dict[str, bool]:
        """Which remote providers have credentials, for `routix doctor` and provider factories."""
        return {
            "openai": self.openai_api_key is not None,
            "gemini": self.google_api_key is not None,
            "midjourney": bool(self.midjourney_url and self.midjourney_secret),
            "stripe": self.stripe_secret_key is not None,
        }
