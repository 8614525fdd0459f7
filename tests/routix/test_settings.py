from pathlib import Path

import pytest

from kernel.settings import Settings


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("DATABASE_URL", "REDIS_URL", "ROUTIX_DATA_DIR", "ROUTIX_PORT", "OPENAI_API_KEY",
                 "GOOGLE_API_KEY", "STORAGE_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_defaults_mean_embedded_services_and_local_providers(clean_env, tmp_path: Path):
    settings = Settings(_env_file=None)
    assert settings.database_is_embedded and settings.redis_is_embedded
    assert settings.port == 8000 and settings.host == "127.0.0.1"
    assert settings.storage_backend == "local"
    assert settings.keyed_providers() == {
        "openai": False, "gemini": False, "midjourney": False, "stripe": False}


def test_env_file_overrides_defaults(clean_env, tmp_path: Path):
    env_file = tmp_path / ".env"
    env_file.write_text("ROUTIX_PORT=9001\nDATABASE_URL=postgresql://from-dotenv/db\n")
    settings = Settings(_env_file=env_file)
    assert settings.port == 9001
    assert settings.database_url == "postgresql://from-dotenv/db"
    assert not settings.database_is_embedded


def test_environment_overrides_env_file(clean_env, tmp_path: Path):
    env_file = tmp_path / ".env"
    env_file.write_text("ROUTIX_PORT=9001\n")
    clean_env.setenv("ROUTIX_PORT", "9002")
    assert Settings(_env_file=env_file).port == 9002


def test_constructor_arguments_override_environment(clean_env, tmp_path: Path):
    clean_env.setenv("ROUTIX_PORT", "9002")
    assert Settings(_env_file=None, port=9003).port == 9003


def test_data_dir_is_resolved_to_an_absolute_path(clean_env, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert Settings(_env_file=None, data_dir=Path("var")).data_path == tmp_path / "var"


def test_keys_are_secret_and_mark_providers_as_keyed(clean_env):
    clean_env.setenv("OPENAI_API_KEY", "sk-test-123")
    settings = Settings(_env_file=None)
    assert settings.keyed_providers()["openai"]
    assert "sk-test-123" not in repr(settings)


def test_only_settings_reads_the_environment():
    root = Path(__file__).resolve().parents[2]
    offenders = []
    for path in root.glob("*/**/*.py"):
        rel = path.relative_to(root)
        skipped = rel.parts[0] in {"tests", ".venv", "benchmarks", "var"}
        # settings.py reads; chainlit_env.py only *writes* what Chainlit reads at import.
        if skipped or rel in (Path("kernel/settings.py"), Path("ui/chainlit_env.py")):
            continue
        text = path.read_text()
        if "os.environ.get(" in text or "os.getenv(" in text or "os.environ[" in text:
            offenders.append(str(rel))
    assert offenders == []


def test_an_empty_setting_is_an_unset_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """`OPENAI_API_KEY=` in a .env or the environment behaves exactly as if it were absent."""
    names = [field.validation_alias.choices[0] for field in Settings.model_fields.values()
             if field.validation_alias is not None]
    for name in names:
        monkeypatch.setenv(name, "")
    env_file = tmp_path / ".env"
    env_file.write_text("OPENAI_API_KEY=\nSTRIPE_SECRET_KEY=  \n")
    settings = Settings(_env_file=env_file)
    for name in names:
        monkeypatch.delenv(name)
    defaults = Settings(_env_file=None)
    assert settings.model_dump() == defaults.model_dump()
    assert not any(settings.keyed_providers().values())
