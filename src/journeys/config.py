"""Settings, resolved once at the edge: flag > JOURNEYS_* environment > config file > default.

This is the only module that reads the environment.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from journeys.errors import ConfigError

APP_NAME = "journeys"
DEFAULT_USER = "local"
MODELS = ("minilm", "minilm-en", "hashing")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a command needs to know about where and as whom it runs."""

    database_url: str
    data_dir: Path
    user: str
    config_file: Path | None
    model: str = "minilm"
    active_hours: float = 12.0
    llm: LanguageModelSettings | None = None

    @property
    def is_postgres(self) -> bool:
        """True when the database is a PostgreSQL server rather than an embedded file."""
        return self.database_url.startswith(("postgresql://", "postgres://"))


@dataclass(frozen=True, slots=True)
class LanguageModelSettings:
    """An OpenAI-compatible endpoint the person chose (off unless ``llm_url`` is set)."""

    url: str
    model: str
    api_key: str | None = None
    titles: bool = False


def _llm_settings(
    env: Mapping[str, str], cfg: Mapping[str, object]
) -> LanguageModelSettings | None:
    def value(env_name: str, key: str) -> str | None:
        raw = env.get(env_name) or cfg.get(key)
        if raw is not None and not isinstance(raw, str | bool):
            raise ConfigError(f"{key}: must be a string")
        return None if raw is None else str(raw)

    url = value("JOURNEYS_LLM_URL", "llm_url")
    if not url:
        return None
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"llm_url: {url!r} is not an http(s) URL")
    model = value("JOURNEYS_LLM_MODEL", "llm_model")
    if not model:
        raise ConfigError("llm_model: set the model name to use with llm_url")
    titles = (value("JOURNEYS_LLM_TITLES", "llm_titles") or "").lower() in ("1", "true", "yes")
    key = value("JOURNEYS_LLM_API_KEY", "llm_api_key")
    return LanguageModelSettings(url.rstrip("/"), model, key or None, titles)


def default_data_dir() -> Path:
    """The per-user data folder of this platform (e.g. ~/.local/share/journeys)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    """Where the optional config file lives (e.g. ~/.config/journeys/config.toml)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def _read_config_file(path: Path) -> Mapping[str, object]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from exc


def database_url_for(value: str) -> str:
    """A --db value (a path or a URL) as a database URL."""
    if value.startswith(("postgresql://", "postgres://", "sqlite:///")):
        return value
    if "://" in value:
        raise ConfigError(f"--db: unsupported database URL {value!r} (use a path or postgresql://)")
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def resolve_settings(
    *,
    db: str | None = None,
    data_dir: str | None = None,
    user: str | None = None,
    config_file: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve settings from flags, the environment, the config file and defaults."""
    env = os.environ if environ is None else environ
    cfg_path = Path(config_file or env.get("JOURNEYS_CONFIG") or default_config_file())
    cfg = _read_config_file(cfg_path)

    def pick(flag: str | None, env_name: str, key: str) -> str | None:
        if flag:
            return flag
        if env.get(env_name):
            return env[env_name]
        value = cfg.get(key)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{cfg_path}: '{key}' must be a string")
        return value

    folder = Path(pick(data_dir, "JOURNEYS_DATA_DIR", "data_dir") or default_data_dir())
    folder = folder.expanduser()
    db_value = pick(db, "JOURNEYS_DATABASE_URL", "database_url")
    url = database_url_for(db_value) if db_value else "sqlite:///" + str(folder / "journeys.db")
    who = pick(user, "JOURNEYS_USER", "user") or DEFAULT_USER
    model = pick(None, "JOURNEYS_MODEL", "model") or "minilm"
    if model not in MODELS:
        raise ConfigError(f"model: {model!r} is not one of {', '.join(MODELS)}")
    hours_value = env.get("JOURNEYS_ACTIVE_HOURS") or cfg.get("active_hours", 12.0)
    try:
        active_hours = float(hours_value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"active_hours: {hours_value!r} is not a number of hours") from exc
    if active_hours < 0:
        raise ConfigError(f"active_hours: {active_hours} must be 0 or more")
    return Settings(
        model=model,
        active_hours=active_hours,
        llm=_llm_settings(env, cfg),
        database_url=url,
        data_dir=folder,
        user=who,
        config_file=cfg_path if cfg_path.exists() else None,
    )
