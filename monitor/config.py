"""config.yaml: defaults, loading with yaml.safe_load, and validation into frozen dataclasses (the only YAML reader)."""

from __future__ import annotations

import difflib
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError

CONFIG_NAME = "config.yaml"

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.rst", "*.text", "*.pdf", "*.html", "*.htm", "*.xhtml", "*.docx")
DEFAULT_EXCLUDE = (".*", "*~", "*.swp", "*.swx", "*.swo", "*.tmp", "*.bak", "#*#", "*.part", "*.crdownload")
# The normalize, ignore and topics sections every configuration starts from (package data).
DEFAULTS = Path(__file__).resolve().parent / "data" / "defaults.yaml"


@dataclass(frozen=True, slots=True)
class Topic:
    """A named subject whose terms (words, phrases, `prefix*` or `/regex/`) a sentence may mention."""

    name: str
    terms: tuple[str, ...]
    source: str  # the combined pattern, compiled on first use: most runs never need a topic
    # Lower-case literal pieces one of which any match must contain; None when a /regex/ term has none.
    needles: tuple[str, ...] | None = None

    def find(self, text: str) -> list[str]:
        """The terms of this topic that `text` mentions, as written in the text."""
        if self.needles is not None:
            low = text.lower()
            if not any(n in low for n in self.needles):
                return []  # a substring test rules most sentences out far faster than the pattern
        return [m.group(0) for m in self.pattern.finditer(text)]

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)  # re keeps compiled patterns in its own cache


@dataclass(frozen=True, slots=True)
class NormalizeConfig:
    """Rules that drop extraction artefacts before comparing."""

    drop_lines: tuple[re.Pattern[str], ...]
    drop_blocks: tuple[re.Pattern[str], ...]


@dataclass(frozen=True, slots=True)
class Config:
    """Everything config.yaml can set; paths are absolute, resolved against the config file's folder."""

    base: Path
    roots: tuple[Path, ...]
    snapshots: Path
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    max_file_bytes: int = 50_000_000
    debounce_seconds: float = 1.0
    rescan_minutes: float = 10.0
    polling: bool = False
    poll_interval_seconds: float = 5.0
    changelog_markdown: Path = Path("CHANGELOG.md")
    changelog_jsonl: Path = Path("changelog.jsonl")
    normalize: NormalizeConfig = field(default_factory=lambda: NormalizeConfig((), ()))
    ignore: tuple[re.Pattern[str], ...] = ()
    topics: tuple[Topic, ...] = ()
    source: Path | None = None
    # The name of each root, in the order of `roots`: the first part of every document id under it.
    root_names: tuple[str, ...] = ()
    follow_symlinks: bool = False  # symlinks under a root are followed only when true, and only inside roots
    analysis_seconds: float = 30.0  # per-version budget for diffing and classifying, in scan and watch
    analysis_memory_mb: int = 2048  # per-version memory budget (address space of the analysing process)

    def root_name(self, root: Path) -> str:
        """The name of `root` (one of `roots`): as given in config.yaml, else its path from the config folder."""
        for i, r in enumerate(self.roots):
            if r == root and i < len(self.root_names):
                return self.root_names[i]
        return default_root_name(self.base, root)


_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
ROOT_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]|_(?!_))*$")


def default_root_name(base: Path, root: Path) -> str:
    """`seeds` for base/seeds, `teamA-docs` for base/teamA/docs, `srv-data-docs` for /srv/data/docs."""
    try:
        rel = Path(os.path.normpath(root)).relative_to(os.path.normpath(base)).as_posix()
    except ValueError:
        rel = Path(os.path.normpath(root)).as_posix()
    name = _NAME_UNSAFE.sub("-", rel.replace("/", "-")).replace("__", "_").strip(".-_")
    return name or "root"


# key -> (type check, description) for the messages; nested mappings validated by their own tables.
_TOP_KEYS = (
    "roots", "snapshots", "include", "exclude", "max_file_bytes", "debounce_seconds", "rescan_minutes",
    "polling", "poll_interval_seconds", "changelog", "normalize", "ignore", "topics", "follow_symlinks",
    "analysis_seconds", "analysis_memory_mb",
)
_CHANGELOG_KEYS = ("markdown", "jsonl")
_CONTENT_KEYS = ("normalize", "ignore", "topics")
_NORMALIZE_KEYS = ("drop_lines", "drop_blocks")


def default_config(base: Path | None = None) -> Config:
    """The configuration used when there is no config.yaml: watch seeds/, store in snapshots/, and the
    packaged artefact rules, boilerplate patterns and topics (so a diff run from any folder reads alike)."""
    normalize, ignore, topics = _packaged_defaults()
    return replace(_bare_config(base), normalize=normalize, ignore=ignore, topics=topics)


def _bare_config(base: Path | None) -> Config:
    base = (base or Path.cwd()).resolve()
    return Config(
        base=base,
        roots=(base / "seeds",),
        snapshots=base / "snapshots",
        changelog_markdown=base / "CHANGELOG.md",
        changelog_jsonl=base / "changelog.jsonl",
    )


@lru_cache(maxsize=1)
def _packaged_defaults() -> tuple[NormalizeConfig, tuple[re.Pattern[str], ...], tuple[Topic, ...]]:
    data = _load_yaml(DEFAULTS.read_text(encoding="utf-8"), DEFAULTS)
    normalize = _normalize(data["normalize"], DEFAULTS, NormalizeConfig((), ()))
    ignore = _patterns(data["ignore"], DEFAULTS, "ignore", flags=re.IGNORECASE)
    return normalize, ignore, _topics(data["topics"], DEFAULTS)


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The config file to use: --config, then $MONITOR_CONFIG, then ./config.yaml if it exists."""
    if explicit:
        return _config_file(Path(explicit), "check the --config path")
    env = os.environ.get("MONITOR_CONFIG")
    if env:
        return _config_file(Path(env), "check MONITOR_CONFIG")
    return _config_file(Path.cwd() / CONFIG_NAME, "", optional=True)


def _config_file(path: Path, hint: str, optional: bool = False) -> Path | None:
    """`path` if it is a regular file. A folder, FIFO or device is a mistake to report: never a reason to
    fall back to the defaults, nor a pipe to block on; a name too long for a path is one line, too."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if optional:
            return None
        raise ConfigError(f"{path}: config file not found ({hint})") from None
    except (OSError, ValueError) as exc:  # ENAMETOOLONG, ENOTDIR, EACCES; ValueError: a NUL in $MONITOR_CONFIG
        raise ConfigError(f"{path}: cannot use as config file ({_reason(exc)}){'; ' + hint if hint else ''}") \
            from None
    if stat.S_ISDIR(mode):
        raise ConfigError(f"{path}: is a folder, not a config file; name the YAML file itself, "
                          f"e.g. {path / CONFIG_NAME}")
    if not stat.S_ISREG(mode):
        raise ConfigError(f"{path}: not a regular file; the config must be a YAML file")
    return path


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Find, read and validate the configuration; a problem is a ConfigError naming the file, line or key."""
    path = find_config(explicit)
    if path is None:
        return default_config()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({_reason(exc)})") from None
    return parse_config(text, path)


def _load_yaml(text: str, path: Path) -> Mapping[str, Any]:
    import yaml

    try:
        # libyaml's safe loader when PyYAML was built with it: ten times faster on start-up.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(text, Loader=loader)  # a safe loader, C or Python: no arbitrary objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{where}: invalid YAML ({problem}); fix the file or restore it from git") from None
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{path}: expected a mapping of settings at the top level, got {type(data).__name__}")
    return data


def parse_config(text: str, path: Path) -> Config:
    """Validate the YAML text of a config file located at `path`; sections it leaves out keep their defaults."""
    data = _load_yaml(text, path)
    base = path.resolve().parent
    # The packaged defaults are read only when this file leaves one of their sections out.
    cfg = _bare_config(base) if all(k in data for k in _CONTENT_KEYS) else default_config(base)
    _check_keys(data, _TOP_KEYS, path, "")
    kw: dict[str, Any] = {"source": path.resolve()}
    if "roots" in data:
        kw["roots"], kw["root_names"] = _roots(data["roots"], path, base)
    if "snapshots" in data:
        kw["snapshots"] = _resolve(base, _str(data["snapshots"], path, "snapshots"))
    for key in ("include", "exclude"):
        if key in data:
            kw[key] = tuple(_str_list(data[key], path, key))
    if "max_file_bytes" in data:
        kw["max_file_bytes"] = _number(data["max_file_bytes"], path, "max_file_bytes", integer=True)
    for key in ("debounce_seconds", "rescan_minutes", "poll_interval_seconds", "analysis_seconds"):
        if key in data:
            kw[key] = float(_number(data[key], path, key))
    if "analysis_memory_mb" in data:
        kw["analysis_memory_mb"] = _number(data["analysis_memory_mb"], path, "analysis_memory_mb", integer=True)
    for key in ("polling", "follow_symlinks"):
        if key in data:
            if not isinstance(data[key], bool):
                raise ConfigError(f"{path}: '{key}' must be true or false")
            kw[key] = data[key]
    if "changelog" in data:
        cl = _mapping(data["changelog"], path, "changelog")
        _check_keys(cl, _CHANGELOG_KEYS, path, "changelog.")
        if "markdown" in cl:
            kw["changelog_markdown"] = _resolve(base, _str(cl["markdown"], path, "changelog.markdown"))
        if "jsonl" in cl:
            kw["changelog_jsonl"] = _resolve(base, _str(cl["jsonl"], path, "changelog.jsonl"))
    if "normalize" in data:
        kw["normalize"] = _normalize(data["normalize"], path, cfg.normalize)
    if "ignore" in data:
        kw["ignore"] = _patterns(data["ignore"], path, "ignore", flags=re.IGNORECASE)
    if "topics" in data:
        kw["topics"] = _topics(data["topics"], path)
    config = replace(cfg, **kw)
    check_layout(config, path)
    return config


def check_layout(cfg: Config, path: Path) -> None:
    """The snapshot store must be a folder of its own, and the changelog must lie outside it.

    A scan never reads anything under the store, so a store that is `/`, `.` or a watched folder (or that
    holds one) silently tracks nothing, and takes its lock at `/.lock`. A store inside a watched folder is
    refused too: every snapshot written would wake the watcher, and the store is never a document.
    """
    named = [("snapshots", cfg.snapshots), ("changelog.markdown", cfg.changelog_markdown),
             ("changelog.jsonl", cfg.changelog_jsonl), *(("roots", r) for r in cfg.roots)]
    for key, where in named:
        if "\0" in str(where):
            raise ConfigError(f"{path}: '{key}' contains a NUL character ({str(where)!r}), which no file name can "
                              "hold; remove it")
    store = _real(cfg.snapshots)
    shown = f"'snapshots' ({_shown(cfg.snapshots, cfg.base)})"
    fix = "give the store a folder of its own, e.g. snapshots"
    if store == Path(store.anchor):
        raise ConfigError(f"{path}: {shown} is the filesystem root; {fix}")
    store_mode = _mode(store)
    if store_mode is not None and not stat.S_ISDIR(store_mode):
        raise ConfigError(f"{path}: {shown} is a file, not a folder; {fix}")
    for root in cfg.roots:
        real_root = _real(root)
        if real_root == store:
            raise ConfigError(f"{path}: {shown} is the watched folder {_shown(root, cfg.base)}; {fix}")
        if store in real_root.parents:
            raise ConfigError(f"{path}: {shown} contains the watched folder {_shown(root, cfg.base)}; {fix}")
        if real_root in store.parents:
            raise ConfigError(f"{path}: {shown} is inside the watched folder {_shown(root, cfg.base)}; give the "
                              "store a folder of its own outside the watched folders (e.g. ../snapshots)")
    for key, file in named[1:3]:
        real_file = _real(file)
        if real_file == store or store in real_file.parents:
            raise ConfigError(f"{path}: '{key}' ({_shown(file, cfg.base)}) is inside the snapshots folder "
                              f"({_shown(cfg.snapshots, cfg.base)}); keep the changelog outside the store, "
                              f"e.g. beside {path.name}")
        if stat.S_ISDIR(_mode(real_file) or 0):
            raise ConfigError(f"{path}: '{key}' ({_shown(file, cfg.base)}) is a folder; name a file, e.g. "
                              f"{'CHANGELOG.md' if key.endswith('markdown') else 'changelog.jsonl'}")


def _mode(p: Path) -> int | None:
    """The file type and permissions of `p`, or None when there is nothing (readable) there yet."""
    try:
        return p.stat().st_mode
    except (OSError, ValueError):
        return None


def _real(p: Path) -> Path:
    """`p` with symlinks and `..` resolved as far as they exist, so two spellings of one folder compare equal."""
    try:
        return p.resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare the spelling instead
        return Path(os.path.normpath(p))


def _shown(p: Path, base: Path) -> str:
    """A configured path as the user wrote it: relative to the config file's folder when it lies under it."""
    if p == base:
        return "."
    return str(p.relative_to(base)) if p.is_relative_to(base) else str(p)


def _roots(value: Any, path: Path, base: Path) -> tuple[tuple[Path, ...], tuple[str, ...]]:
    """`roots:` entries are folders (`seeds`) or `{path: teamA/docs, name: teamA}`; names are unique."""
    items = [value] if isinstance(value, str | Mapping) else value
    if not isinstance(items, list) or not items:
        raise ConfigError(f"{path}: 'roots' must list at least one folder to watch, e.g. [seeds]")
    roots: list[Path] = []
    names: list[str] = []
    for i, item in enumerate(items):
        where = f"{path}: roots[{i}]"
        if isinstance(item, str) and item.strip():
            folder, name = _resolve(base, item), None
        elif isinstance(item, Mapping):
            _check_keys(item, ("path", "name"), path, f"roots[{i}].")
            folder = _resolve(base, _str(item.get("path"), path, f"roots[{i}].path"))
            name = item.get("name")
            if name is not None and (not isinstance(name, str) or not ROOT_NAME.match(name)):
                raise ConfigError(f"{where}.name must be letters, digits, '.', '-' or single '_' "
                                  f"(it starts every document id under the folder), got {name!r}")
        else:
            raise ConfigError(f"{where} must be a folder or a mapping with 'path' (and optional 'name')")
        name = name or default_root_name(base, folder)
        if name in names:
            other = roots[names.index(name)]
            raise ConfigError(f"{where}: {folder} and {other} both get the name {name!r}; give one of them "
                              f"a name of its own ({{path: ..., name: ...}})")
        roots.append(folder)
        names.append(name)
    return tuple(roots), tuple(names)


def _normalize(value: Any, path: Path, defaults: NormalizeConfig) -> NormalizeConfig:
    nm = _mapping(value, path, "normalize")
    _check_keys(nm, _NORMALIZE_KEYS, path, "normalize.")
    lines, blocks = defaults.drop_lines, defaults.drop_blocks
    if "drop_lines" in nm:
        lines = _patterns(nm["drop_lines"], path, "normalize.drop_lines")
    if "drop_blocks" in nm:
        blocks = _patterns(nm["drop_blocks"], path, "normalize.drop_blocks")
    return NormalizeConfig(lines, blocks)


def compile_terms(terms: list[str] | tuple[str, ...], where: str) -> str:
    """One case-insensitive pattern (its source) for a list of terms: `word`, `a phrase`, `prefix*` or
    `/regex/`; a /regex/ that does not compile is a ConfigError naming the term."""
    parts = []
    for term in terms:
        if len(term) > 2 and term.startswith("/") and term.endswith("/"):
            body = term[1:-1]
            try:
                re.compile(body)
            except re.error as exc:
                raise ConfigError(f"{where}: bad pattern {term!r} ({exc})") from None
            parts.append(f"(?:{body})")
            continue
        words = term.strip().split()
        if not words:
            raise ConfigError(f"{where}: empty term")
        pieces = []
        for w in words:
            if w.endswith("*"):
                pieces.append(re.escape(w[:-1]) + r"\w*")
            else:
                pieces.append(re.escape(w))
        # Hyphens, dashes and spaces between the words of a phrase all match ("Russia-China", "Russia China").
        parts.append(r"(?<!\w)" + r"[\s\-\u2010\u2011\u2013\u2014]+".join(pieces) + r"(?!\w)")
    return "|".join(parts)


def term_needles(terms: list[str] | tuple[str, ...]) -> tuple[str, ...] | None:
    """For each term, the lower-case literal text every match of it contains (its first word, up to a `*`)."""
    needles = []
    for term in terms:
        if len(term) > 2 and term.startswith("/") and term.endswith("/"):
            return None
        first = term.split()[0].split("*", 1)[0].lower()
        if not first or not first.isascii():
            return None
        needles.append(first)
    return tuple(needles)


def _topics(value: Any, path: Path) -> tuple[Topic, ...]:
    topics = _mapping(value, path, "topics")
    out = []
    for name, listed in topics.items():
        where = f"{path}: topics.{name}"
        terms = [listed] if isinstance(listed, str) else listed
        if not isinstance(terms, list) or not terms or not all(isinstance(t, str) for t in terms):
            raise ConfigError(f"{where}: expected a list of terms (words, phrases, prefix* or /regex/)")
        out.append(Topic(str(name), tuple(terms), compile_terms(terms, where), term_needles(terms)))
    return tuple(out)


def _check_keys(data: Mapping[str, Any], allowed: tuple[str, ...], path: Path, prefix: str) -> None:
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.5)
            hint = f" (did you mean '{prefix}{close[0]}'?)" if close else f" (known keys: {', '.join(allowed)})"
            raise ConfigError(f"{path}: unknown key '{prefix}{key}'{hint}")


def _mapping(value: Any, path: Path, key: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{path}: '{key}' must be a mapping of settings")
    return value


def _str(value: Any, path: Path, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{path}: '{key}' must be a non-empty string")
    return value


def _str_list(value: Any, path: Path, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of strings")
    return list(value)


def _number(value: Any, path: Path, key: str, integer: bool = False) -> float:
    ok = isinstance(value, int) if integer else isinstance(value, int | float)
    # .nan passes `<= 0` and .inf overflows the daemon's timers: both are mistakes, like a negative number.
    if isinstance(value, bool) or not ok or not 0 < value < float("inf"):
        kind = "a positive whole number" if integer else "a positive number"
        raise ConfigError(f"{path}: '{key}' must be {kind}, got {value!r}")
    return value  # type: ignore[no-any-return]


def _patterns(value: Any, path: Path, key: str, flags: int = 0) -> tuple[re.Pattern[str], ...]:
    out = []
    for i, p in enumerate(_str_list(value, path, key)):
        try:
            out.append(re.compile(p, flags))
        except re.error as exc:
            raise ConfigError(f"{path}: {key}[{i}] is not a valid regular expression ({exc})") from None
    return tuple(out)


def _resolve(base: Path, p: str) -> Path:
    path = Path(p).expanduser()
    return path if path.is_absolute() else base / path


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)
