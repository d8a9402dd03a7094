"""The packaged defaults (data/defaults.yaml) kept also as JSON, so a run without config.yaml needs no YAML parser.

data/defaults.json holds the parsed YAML and the SHA-256 of the YAML text it was built from. It is used only
while that hash matches the YAML beside it: an edited defaults.yaml is read as YAML (correct, a little slower)
until `python -m monitor.packaged` rebuilds the JSON, which tests/test_packaged.py checks has been done.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from monitor.digest import sha256

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Any

DEFAULTS_JSON = Path(__file__).resolve().parent / "data" / "defaults.json"


def precompiled(yaml_text: str, path: Path = DEFAULTS_JSON) -> dict[str, Any] | None:
    """The parsed defaults when `path` was built from exactly `yaml_text`, else None (read the YAML)."""
    try:
        built = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(built, dict) or built.get("yaml_sha256") != _digest(yaml_text):
        return None
    data = built.get("data")
    return data if isinstance(data, dict) else None


def build(yaml_path: Path, path: Path = DEFAULTS_JSON) -> None:
    """Write the JSON form of the defaults at `yaml_path`, after every check a config's sections get (the JSON's
    patterns are not checked again when read); refuses YAML that JSON would not carry unchanged."""
    import yaml

    from monitor.config import NormalizeConfig, _normalize, _patterns, _topics
    from monitor.errors import ConfigError

    text = yaml_path.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # as config.py reads it
    if not isinstance(data, dict) or json.loads(json.dumps(data)) != data:
        raise SystemExit(f"{yaml_path}: holds values JSON cannot carry unchanged; keep to strings, lists, mappings")
    try:
        _normalize(data["normalize"], yaml_path, NormalizeConfig((), ()))
        _patterns(data["ignore"], yaml_path, "ignore", flags=re.IGNORECASE)
        _topics(data["topics"], yaml_path)
    except (ConfigError, KeyError) as exc:
        raise SystemExit(f"{yaml_path}: not valid defaults ({exc}); nothing written") from None
    body = {"note": f"built from {yaml_path.name} by `python -m monitor.packaged`; do not edit",
            "yaml_sha256": _digest(text), "data": data}
    path.write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _digest(text: str) -> str:
    return sha256(text.encode("utf-8"))


if __name__ == "__main__":
    from monitor.config import DEFAULTS

    build(DEFAULTS)
    print(f"wrote {DEFAULTS_JSON}")
