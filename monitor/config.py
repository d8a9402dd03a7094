"""config.yaml: defaults, loading with yaml.safe_load, and validation into frozen dataclasses (the only YAML reader)."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from monitor.errors import ConfigError
from monitor.lazy_re import lazy_compile

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Any

    from monitor.sinks.notify import NotifyTarget

CONFIG_NAME = "config.yaml"

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.rst", "*.text", "*.pdf", "*.html", "*.htm", "*.xhtml", "*.docx")
DEFAULT_EXCLUDE = (".*", "*~", "*.swp", "*.swx", "*.swo", "*.tmp", "*.bak", "#*#", "*.part", "*.crdownload")
# The normalize, ignore and topics sections every configuration starts from (package data).
DEFAULTS = Path(__file__).resolve().parent / "data" / "defaults.yaml"
# The genre packs shipped with monitor (`packs: [central-bank]` in config.yaml): one YAML file each.
PACKS = Path(__file__).resolve().parent / "data" / "packs"


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


# One addition to the core lexicon: where (a table of monitor/assess/data/lexicon.json, then a part or level:
# ("policy_decisions", "rate_objects"), ("advisory_levels", "3")) and the phrases, in lower case, to add there.
LexiconAddition = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Pack:
    """An opt-in pack of genre vocabulary: topics, boilerplate rules and additions to the core lexicon."""

    name: str
    description: str
    source: Path
    normalize: NormalizeConfig
    ignore: tuple[re.Pattern[str], ...]
    topics: tuple[Topic, ...]
    lexicon: tuple[LexiconAddition, ...]


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
    packs: tuple[str, ...] = ()  # the packs config.yaml opts into, as it names them; already merged above
    # The packs' additions to the core lexicon, applied by lexicon.overlay() while a comparison is assessed.
    lexicon: tuple[LexiconAddition, ...] = ()
    # The history index: None is the SQLite file inside the snapshot store; a postgresql:// URL a shared server.
    index: str | None = None
    # Where changelog entries are also sent (`notify:`, monitor/sinks/notify.py): Apprise URLs with filters.
    notify: tuple[NotifyTarget, ...] = ()

    def root_name(self, root: Path) -> str:
        """The name of `root` (one of `roots`): as given in config.yaml, else its path from the config folder."""
        for i, r in enumerate(self.roots):
            if r == root and i < len(self.root_names):
                return self.root_names[i]
        return default_root_name(self.base, root)


_NAME_UNSAFE = lazy_compile(r"[^A-Za-z0-9._-]+")
ROOT_NAME = lazy_compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]|_(?!_))*$")


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
    "analysis_seconds", "analysis_memory_mb", "packs", "index", "notify",
)
_CHANGELOG_KEYS = ("markdown", "jsonl")
_CONTENT_KEYS = ("normalize", "ignore", "topics")
_NORMALIZE_KEYS = ("drop_lines", "drop_blocks")
_PACK_KEYS = ("description", "topics", "ignore", "normalize", "lexicon")

# The core lexicon tables a pack may add to, in the shape they have in monitor/assess/data/lexicon.json: a list
# of phrases, a list of single words, or a mapping of named parts (ladder levels, a decision's pieces). A table
# here needs its line in lexicon.EXTENSIBLE too (a test keeps the two in step).
PHRASES, WORDS = "phrases", "words"
PACK_LEXICON: dict[str, Any] = {
    "advisory_levels": {"1": PHRASES, "2": PHRASES, "3": PHRASES, "4": PHRASES},
    "policy_decisions": {"phrases": PHRASES, "rate_verbs": WORDS, "rate_objects": PHRASES, "decision_verbs": WORDS,
                         "stance": {"raise": WORDS, "hold": WORDS, "cut": WORDS}, "stance_judges": WORDS,
                         "stance_verdicts": WORDS},
    "judgment_terms": PHRASES,
    "people_nouns": WORDS,
}


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
    from monitor.packaged import precompiled

    text = DEFAULTS.read_text(encoding="utf-8")
    built = precompiled(text)  # the JSON form while it matches: no YAML parser, patterns checked when it was built
    data = built or _load_yaml(text, DEFAULTS)
    normalize = _normalize(data["normalize"], DEFAULTS, NormalizeConfig((), ()), checked=built is not None)
    ignore = _patterns(data["ignore"], DEFAULTS, "ignore", flags=re.IGNORECASE, checked=built is not None)
    return normalize, ignore, _topics(data["topics"], DEFAULTS)


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The config file to use: --config, then $MONITOR_CONFIG, then config.yaml in the current folder or the
    nearest parent that has one (as git finds .git), so every command run inside a project uses its config."""
    if explicit:
        return _config_file(Path(explicit), "check the --config path")
    env = os.environ.get("MONITOR_CONFIG")
    if env:
        return _config_file(Path(env), "check MONITOR_CONFIG")
    here = Path.cwd()
    found = _config_file(here / CONFIG_NAME, "", optional=True)
    for folder in here.parents if found is None else ():
        try:  # a parent's config.yaml counts only as a readable regular file; anything else is not a project
            if stat.S_ISREG((folder / CONFIG_NAME).stat().st_mode):
                return folder / CONFIG_NAME
        except (OSError, ValueError):
            continue
    return found


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
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}: line {line}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x}); save the file "
                          "as UTF-8") from None
    except OSError as exc:
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
    if "index" in data:
        kw["index"] = _index_url(data["index"], path)
    if "normalize" in data:
        kw["normalize"] = _normalize(data["normalize"], path, cfg.normalize)
    if "ignore" in data:
        kw["ignore"] = _patterns(data["ignore"], path, "ignore", flags=re.IGNORECASE)
    if "topics" in data:
        kw["topics"] = _topics(data["topics"], path)
    if "packs" in data:
        packs = tuple(load_pack(ref, path, f"packs[{i}]") for i, ref in enumerate(_str_list(data["packs"], path,
                                                                                             "packs")))
        kw.update(_with_packs(packs, kw.get("normalize", cfg.normalize), kw.get("ignore", cfg.ignore),
                              kw.get("topics", cfg.topics)))
    config = replace(cfg, **kw)
    if "notify" in data:  # validated against the topics as merged above
        from monitor.sinks.notify import parse_targets

        config = replace(config, notify=parse_targets(data["notify"], path, config.topics))
    check_layout(config, path)
    return config


def _index_url(value: Any, path: Path) -> str | None:
    """`index:` is `sqlite` (the default: a file inside the snapshot store) or a PostgreSQL URL."""
    if value is None or value == "sqlite":
        return None
    if isinstance(value, str) and re.match(r"^postgres(?:ql)?://", value):
        return value
    shown = value if isinstance(value, str) and len(value) < 80 else type(value).__name__
    raise ConfigError(f"{path}: 'index' must be a PostgreSQL URL (postgresql://user@host/dbname) or sqlite, not "
                      f"{shown!r}; leave it out to keep the index in the snapshot store")


def _with_packs(packs: tuple[Pack, ...], normalize: NormalizeConfig, ignore: tuple[re.Pattern[str], ...],
                topics: tuple[Topic, ...]) -> dict[str, Any]:
    """The merge rule: each section is the packs' entries, in the order the packs are listed, then the config's
    own (the packaged defaults' where the config leaves the section out). A topic named twice keeps its first
    place and takes the terms of the last to name it: a config's own topic replaces a pack's."""
    merged: dict[str, Topic] = {}
    for t in (*(t for p in packs for t in p.topics), *topics):
        merged[t.name] = t
    return {
        "packs": tuple(p.name for p in packs),
        "normalize": NormalizeConfig(
            (*(r for p in packs for r in p.normalize.drop_lines), *normalize.drop_lines),
            (*(r for p in packs for r in p.normalize.drop_blocks), *normalize.drop_blocks)),
        "ignore": (*(r for p in packs for r in p.ignore), *ignore),
        "topics": tuple(merged.values()),
        "lexicon": tuple(a for p in packs for a in p.lexicon),
    }


def shipped_packs() -> dict[str, Path]:
    """The packs that come with monitor, by name."""
    return {f.stem: f for f in sorted(PACKS.glob("*.yaml"))}


def load_pack(ref: str, config_path: Path | None = None, key: str = "packs") -> Pack:
    """A pack by its name (one shipped with monitor) or by the path of a pack file, relative to the config file's
    folder; any problem is a ConfigError naming the pack and what to do."""
    where = f"{config_path}: {key}" if config_path is not None else key
    shipped = shipped_packs()
    if ref in shipped:
        file = shipped[ref]
    elif "/" in ref or ref.endswith((".yaml", ".yml")):
        file = _resolve(config_path.resolve().parent if config_path is not None else Path.cwd(), ref)
        if not file.is_file():
            raise ConfigError(f"{where}: pack file {ref!r} not found ({file}); a pack path is relative to the "
                              "config file's folder")
    else:
        import difflib  # only for this message: not on every command's start-up

        close = difflib.get_close_matches(ref, list(shipped), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise ConfigError(f"{where}: unknown pack {ref!r} ({hint}shipped packs: {', '.join(shipped)}; "
                          "or give the path of a pack file, e.g. packs/mine.yaml)")
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read pack file {file} ({_reason(exc)})") from None
    return parse_pack(text, file, Path(ref).stem if ref not in shipped else ref, where)


def parse_pack(text: str, file: Path, name: str, where: str = "pack") -> Pack:
    """Validate a pack file's YAML text; its sections are the config's (topics, ignore, normalize) and lexicon."""
    try:
        data = _load_yaml(text, file)
        _check_keys(data, _PACK_KEYS, file, "")
        desc = data.get("description", "")
        if not isinstance(desc, str):
            raise ConfigError(f"{file}: 'description' must be a string")
        return Pack(
            name=name,
            description=" ".join(desc.split()),
            source=file,
            normalize=_normalize(data["normalize"], file, NormalizeConfig((), ())) if "normalize" in data
            else NormalizeConfig((), ()),
            ignore=_patterns(data["ignore"], file, "ignore", flags=re.IGNORECASE) if "ignore" in data else (),
            topics=_topics(data["topics"], file) if "topics" in data else (),
            lexicon=tuple(_lexicon(data["lexicon"], file, ("lexicon",), PACK_LEXICON)) if "lexicon" in data else (),
        )
    except ConfigError as exc:
        raise ConfigError(f"{exc} (pack {name!r}, listed at {where})") from None


# The words of a phrase as the classifier reads a sentence's (assess/text.py's tokens): letters with inner
# apostrophes, numbers, anything else word-like; hyphens and other punctuation split ('non-essential' is two).
_LEXICON_WORD = lazy_compile(r"\d+(?:[.,/]\d+)*(?:%|[a-z]+)?|[^\W\d_]+(?:'[^\W\d_]+)*|\w+")


def _lexicon(value: Any, file: Path, at: tuple[str, ...], shape: Any) -> Iterator[LexiconAddition]:
    """A pack's lexicon section as additions, checked against the tables' shapes and lower-cased as matched."""
    key = ".".join(at)
    if isinstance(shape, dict):
        parts = _mapping(value, file, key)
        named = {str(k): v for k, v in parts.items()}  # YAML reads a ladder level '3:' as the number 3
        _check_keys(named, tuple(shape), file, key + ".")
        for part, sub in named.items():
            yield from _lexicon(sub, file, (*at, part), shape[part])
        return
    terms = value if isinstance(value, list) else None
    if terms is None or not all(isinstance(t, str) and t.strip() for t in terms):
        raise ConfigError(f"{file}: '{key}' must be a list of {shape}")
    phrases = tuple(dict.fromkeys(" ".join(_LEXICON_WORD.findall(t.lower())) for t in terms))
    if "" in phrases:
        raise ConfigError(f"{file}: '{key}' holds a term with no words in it; remove it")
    if shape == WORDS and any(" " in p for p in phrases):
        bad = next(p for p in phrases if " " in p)
        raise ConfigError(f"{file}: '{key}' holds single words, not phrases like {bad!r}")
    if phrases:
        yield at[1:], phrases


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


def _normalize(value: Any, path: Path, defaults: NormalizeConfig, checked: bool = False) -> NormalizeConfig:
    nm = _mapping(value, path, "normalize")
    _check_keys(nm, _NORMALIZE_KEYS, path, "normalize.")
    lines, blocks = defaults.drop_lines, defaults.drop_blocks
    if "drop_lines" in nm:
        lines = _patterns(nm["drop_lines"], path, "normalize.drop_lines", checked=checked)
    if "drop_blocks" in nm:
        blocks = _patterns(nm["drop_blocks"], path, "normalize.drop_blocks", checked=checked)
    return NormalizeConfig(lines, blocks)


def compile_terms(terms: list[str] | tuple[str, ...], where: str) -> str:
    """One case-insensitive pattern (its source) for a list of terms: `word`, `a phrase`, `prefix*` or
    `/regex/`; a /regex/ that does not compile, or could hang on a line, is a ConfigError naming the term."""
    parts = []
    for k, term in enumerate(terms):
        if len(term) > 2 and term.startswith("/") and term.endswith("/"):
            body = term[1:-1]
            try:
                re.compile(body)
            except re.error as exc:
                raise ConfigError(f"{where}: bad pattern {term!r} ({exc})") from None
            risk = backtracking_risk(body, re.IGNORECASE)
            if risk is not None:
                raise ConfigError(f"{where}[{k}] {risk}")
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
            import difflib

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


def _patterns(value: Any, path: Path, key: str, flags: int = 0, checked: bool = False) -> tuple[re.Pattern[str], ...]:
    """Compile a list of user patterns; one that does not compile, or could hang on a line, is a ConfigError.
    `checked`: the packaged defaults' JSON form, whose patterns passed the backtracking check when it was built."""
    out = []
    for i, p in enumerate(_str_list(value, path, key)):
        try:
            out.append(re.compile(p, flags))
        except re.error as exc:
            raise ConfigError(f"{path}: {key}[{i}] is not a valid regular expression ({exc})") from None
        risk = None if checked else backtracking_risk(p, flags)
        if risk is not None:
            raise ConfigError(f"{path}: {key}[{i}] {risk}")
    return tuple(out)


# ------------------------------------------------------------------ patterns that can backtrack catastrophically
# Python's regular expressions backtrack: a repetition whose body can match the same text in more than one way
# ('(a+)+', '(\s*x*)*', '(\d|\d\d)*') tries every way before it gives up on a line, and the ways double with
# each character. A user's pattern is checked once, at load, on its parse tree: each repetition is turned into a
# position automaton (one state per character class, one transition per way to reach the next class) and the
# automaton is run against itself; two runs that read the same text, part ways and meet again mean
# exponentially many ways to match some line (exponential degree of ambiguity). Possessive repetitions and
# atomic groups commit to one way, and the check knows it. Anchors and lookarounds are taken as matching
# anywhere, which errs on the side of refusing; a pattern too large to check is let through.
def _sre_parser() -> Any:
    # __import__ with a fromlist returns the submodule itself, as importlib.import_module does, without loading
    # importlib (and the warnings module it imports), which nothing else a diff runs needs.
    try:
        return __import__("re._parser", fromlist=("parse",))  # Python 3.11 to 3.13
    except ImportError:  # its name before 3.11, deprecated since
        return __import__("sre_parse")


_SRE = _sre_parser()  # its opcodes and parse(); the constants module is star-imported into it
_LEAVES = (_SRE.LITERAL, _SRE.NOT_LITERAL, _SRE.IN, _SRE.ANY)
_MAX_POSITIONS = 600  # states past which a repetition is not checked (no config pattern comes near)
_MAX_COPIES = 3  # copies of a counted body ('x{5}', 'x{2,}') expanded before the rest is taken as 'x*'
# Characters that stand for all the others in set arithmetic: ASCII, a few of each Unicode class, and (added per
# pattern) every character and range end the pattern names.
_SAMPLE = "".join(map(chr, range(128))) + "\u00a0\u00e9\u00df\u0416\u4e2d\u0663\u2013\u2028\u0301\U0001f600\u01c5"


@dataclass(slots=True)
class _Fragment:
    """A sub-pattern's Glushkov sets: the states it can start and end on, with how many ways (capped at 2)."""

    first: dict[int, int]
    last: dict[int, int]
    empty: int  # ways to match the empty string


@dataclass(slots=True)
class _Automaton:
    """Position automaton of one repetition, transitions counted by the ways they arise."""

    universe: str
    possessive: frozenset[int]  # ids of repetitions to take as possessive (to find the one that makes it safe)
    labels: list[int] = field(default_factory=list)  # state -> bit set of universe characters it reads
    regions: list[tuple[int, ...]] = field(default_factory=list)  # state -> atomic regions holding it, outer first
    inside: dict[int, frozenset[int]] = field(default_factory=dict)  # region -> itself and the regions around it
    held: dict[int, int] = field(default_factory=dict)  # possessive 'c*+' region -> its class c (left on a non-c)
    edges: dict[tuple[int, int, int], int] = field(default_factory=dict)  # (from, to, region made in) -> ways


def backtracking_risk(pattern: str, flags: int = 0) -> str | None:
    """Why `pattern` can take time exponential in a line's length, and the fix ('can take exponential time on some
    lines ((…)* around [\\d ]+); make the inner repetition possessive …'), or None when it cannot."""
    return _risk(pattern, flags)


@lru_cache(maxsize=256)
def _risk(pattern: str, flags: int) -> str | None:
    try:
        tree = _SRE.parse(pattern, flags)
    except re.error:
        return None  # compiling reports it
    flags |= tree.state.flags
    candidates = [node for node, atomic_whole in _repeats(tree, False)
                  if node[1][1] >= 2 and not atomic_whole and node[0] is not _SRE.POSSESSIVE_REPEAT]
    if not candidates:
        return None  # a possessive repetition, or one an atomic group wraps whole, commits to its first way
    universe = _universe(tree, flags)
    for node in candidates:
        if not _ambiguous_repeat(node, universe, flags, frozenset()):
            continue
        lo, hi, body = node[1]
        cost = "exponential time" if hi == _SRE.MAXREPEAT else f"time growing as their length to the power {hi}"
        for inner in _inner_repeats(body):
            if not _ambiguous_repeat(node, universe, flags, frozenset({id(inner[1])})):
                fix = _quantifier(inner[1][0], inner[1][1], _SRE.POSSESSIVE_REPEAT)
                return (f"can take {cost} on some lines ({_show_repeat(node)} around {_show([inner], 24)}); make the "
                        f"inner repetition possessive ({fix}) or atomic ((?>…))")
        return (f"can take {cost} on some lines ({_show_repeat(node)} whose body can match the same text in more "
                f"than one way); make the repeated group atomic ((?>…){_quantifier(lo, hi, node[0])})")
    return None


def _ambiguous_repeat(node: Any, universe: str, flags: int, possessive: frozenset[int]) -> bool:
    auto = _Automaton(universe, possessive)
    try:
        frag = _build([node], auto, flags, (), -1)
    except _TooLarge:
        return False
    return _ambiguous(auto, frag)


class _TooLarge(Exception):
    pass


def _repeats(seq: Any, atomic_whole: bool) -> Iterator[tuple[Any, bool]]:
    """Every repetition node, outermost first, and whether it is the whole body of an atomic group."""
    for op, av in seq:
        if op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT):
            yield (op, av), atomic_whole and len(seq) == 1
            yield from _repeats(av[2], False)
        elif op is _SRE.ATOMIC_GROUP:
            yield from _repeats(av, True)
        else:
            for sub in _children(op, av):
                yield from _repeats(sub, atomic_whole and len(seq) == 1 and op is _SRE.SUBPATTERN)


def _children(op: Any, av: Any) -> list[Any]:
    if op is _SRE.SUBPATTERN:
        return [av[3]]
    if op is _SRE.BRANCH:
        return list(av[1])
    if op in (_SRE.ASSERT, _SRE.ASSERT_NOT):
        return [av[1]]
    if op is _SRE.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    if op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT):
        return [av[2]]
    if op is _SRE.ATOMIC_GROUP:
        return [av]
    return []


def _universe(tree: Any, flags: int) -> str:
    chars = set(_SAMPLE)

    def walk(seq: Any) -> None:
        for op, av in seq:
            if op in (_SRE.LITERAL, _SRE.NOT_LITERAL):
                chars.add(chr(av))
            elif op is _SRE.IN:
                for iop, iav in av:
                    if iop is _SRE.LITERAL:
                        chars.add(chr(iav))
                    elif iop is _SRE.RANGE:
                        chars.update(chr(c) for c in (iav[0], iav[1], max(0, iav[0] - 1), min(0x10FFFF, iav[1] + 1)))
            for sub in _children(op, av):
                walk(sub)

    walk(tree)
    if flags & re.IGNORECASE:
        chars.update(v for c in list(chars) for v in (c.lower(), c.upper()) if len(v) == 1)
    return "".join(sorted(chars))


def _category(cat: Any, c: str, ascii_only: bool) -> bool:
    name = str(cat)
    if "LINEBREAK" in name:
        hit = c == "\n"
    elif "DIGIT" in name:
        hit = "0" <= c <= "9" if ascii_only else c.isdecimal()
    elif "SPACE" in name:
        hit = c in " \t\n\r\f\v" if ascii_only else c.isspace()
    else:  # WORD
        hit = c == "_" or (c.isascii() and c.isalnum() if ascii_only else c.isalnum())
    return hit != ("_NOT_" in name)


def _label(op: Any, av: Any, auto: _Automaton, flags: int) -> int:
    """The bit set of universe characters one character class (or literal, '.', back-reference) reads."""
    fold = bool(flags & re.IGNORECASE)
    ascii_only = bool(flags & re.ASCII)
    items = list(av) if op is _SRE.IN else [(op, av)]
    negate = bool(items) and items[0][0] is _SRE.NEGATE

    def same(c: str, code: int) -> bool:
        if ord(c) == code:
            return True
        if not fold:
            return False
        other = chr(code)
        return c.lower() == other.lower() or c.upper() == other.upper()

    def within(c: str, lo: int, hi: int) -> bool:
        return any(lo <= ord(v) <= hi for v in ((c, c.lower(), c.upper()) if fold else (c,)) if len(v) == 1)

    def reads(c: str) -> bool:
        for iop, iav in items:
            if iop is _SRE.LITERAL:
                hit = same(c, iav)
            elif iop is _SRE.NOT_LITERAL:
                hit = not same(c, iav)
            elif iop is _SRE.ANY:
                hit = bool(flags & re.DOTALL) or c != "\n"
            elif iop is _SRE.CATEGORY:
                hit = _category(iav, c, ascii_only)
            elif iop is _SRE.NEGATE:
                continue
            elif iop is _SRE.GROUPREF:
                return True  # a back-reference: any text
            else:  # RANGE (RANGE_UNI_IGNORE in some versions)
                hit = within(c, iav[0], iav[1])
            if hit:
                return not negate
        return negate

    mask = 0
    for bit, c in enumerate(auto.universe):
        if reads(c):
            mask |= 1 << bit
    return mask


def _add(into: dict[int, int], items: dict[int, int], times: int = 1) -> None:
    for k, n in items.items():
        into[k] = min(2, into.get(k, 0) + n * times)


def _join(auto: _Automaton, last: dict[int, int], first: dict[int, int], region: int) -> None:
    for p, a in last.items():
        for q, b in first.items():
            key = (p, q, region)
            auto.edges[key] = min(2, auto.edges.get(key, 0) + a * b)


def _then(auto: _Automaton, out: _Fragment, frag: _Fragment, region: int) -> _Fragment:
    """`out` followed by `frag`: join the two and compute the first/last positions of the whole."""
    _join(auto, out.last, frag.first, region)
    first = dict(out.first)
    _add(first, frag.first, out.empty)
    last = dict(frag.last)
    _add(last, out.last, frag.empty)
    return _Fragment(first, last, min(2, out.empty * frag.empty))


def _build(seq: Any, auto: _Automaton, flags: int, regions: tuple[int, ...], region: int) -> _Fragment:
    """The fragment of a sequence of nodes, adding its states and inner transitions to `auto`."""
    out = _Fragment({}, {}, 1)
    for op, av in seq:
        frag = _node(op, av, auto, flags, regions, region)
        out = _then(auto, out, frag, region)
    return out


def _node(op: Any, av: Any, auto: _Automaton, flags: int, regions: tuple[int, ...], region: int) -> _Fragment:
    if op in _LEAVES or op is _SRE.GROUPREF:
        if len(auto.labels) >= _MAX_POSITIONS:
            raise _TooLarge
        auto.labels.append(_label(op, av, auto, flags))
        auto.regions.append(regions)
        state = len(auto.labels) - 1
        return _Fragment({state: 1}, {state: 1}, 0)
    if op is _SRE.SUBPATTERN:
        return _build(av[3], auto, (flags | av[1]) & ~av[2], regions, region)
    if op is _SRE.BRANCH:
        out = _Fragment({}, {}, 0)
        for alt in av[1]:
            frag = _build(alt, auto, flags, regions, region)
            _add(out.first, frag.first)
            _add(out.last, frag.last)
            out.empty = min(2, out.empty + frag.empty)
        return out
    if op is _SRE.GROUPREF_EXISTS:
        return _node(_SRE.BRANCH, (None, [av[1], av[2] or []]), auto, flags, regions, region)
    if op is _SRE.ATOMIC_GROUP and len(av) == 1 and av[0][0] is _SRE.MAX_REPEAT:
        return _node(_SRE.POSSESSIVE_REPEAT, av[0][1], auto, flags, regions, region)  # '(?>x*)' is 'x*+'
    if op is _SRE.ATOMIC_GROUP:
        inner = _region(auto, regions)
        return _build(av, auto, flags, (*regions, inner), inner)
    if op is _SRE.POSSESSIVE_REPEAT:
        inner = _region(auto, regions)
        lo, hi, body = av
        if hi == _SRE.MAXREPEAT and len(body) == 1 and body[0][0] in _LEAVES:
            auto.held[inner] = _label(body[0][0], body[0][1], auto, flags)  # left only on another character
        return _repeat(lo, hi, body, auto, flags, (*regions, inner), inner)
    if op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT):
        if id(av) in auto.possessive:
            return _node(_SRE.POSSESSIVE_REPEAT, av, auto, flags, regions, region)
        lo, hi, body = av
        return _repeat(lo, hi, body, auto, flags, regions, region)
    return _Fragment({}, {}, 1)  # anchors and lookarounds: taken as matching anywhere


def _region(auto: _Automaton, regions: tuple[int, ...]) -> int:
    inner = len(auto.inside)
    auto.inside[inner] = frozenset((*regions, inner))
    return inner


def _repeat(lo: int, hi: int, body: Any, auto: _Automaton, flags: int, regions: tuple[int, ...],
            region: int) -> _Fragment:
    """'x{lo,hi}' as up to _MAX_COPIES copies of x, then x? or x* for the rest."""
    copies = min(lo, _MAX_COPIES)
    seq: list[tuple[str, Any]] = [("copy", None)] * copies
    if hi > lo:
        seq.append(("star" if hi - lo > 1 or lo > copies else "optional", None))
    out = _Fragment({}, {}, 1)
    for kind, _ in seq:
        frag = _build(body, auto, flags, regions, region)
        if kind == "star":
            _join(auto, frag.last, frag.first, region)  # the way back round the loop
            frag = _Fragment(frag.first, frag.last, 1)
        elif kind == "optional":
            frag = _Fragment(frag.first, frag.last, min(2, frag.empty + 1))
        out = _then(auto, out, frag, region)
    return out


def _ambiguous(auto: _Automaton, frag: _Fragment) -> bool:
    """Two runs of the automaton that read the same characters can part and meet again (a strongly connected
    part of the automaton run against itself holds a pair of equal states and one where they differ)."""
    start = len(auto.labels)
    auto.regions.append(())
    out: dict[int, list[tuple[int, int, int]]] = {}  # state -> (to, region made in, copy)
    for (p, q, made), ways in auto.edges.items():
        out.setdefault(p, []).extend((q, made, k) for k in range(ways))
    out[start] = [(q, -1, k) for q, ways in frag.first.items() for k in range(ways)]
    if all(_deterministic(auto, p, moves) for p, moves in out.items()):
        return False

    def made_in(move: tuple[int, int, int], r: int) -> bool:
        """The move is a transition inside atomic region r, not one that enters or leaves it."""
        return move[1] >= 0 and r in auto.inside[move[1]]

    def reads(p: int, move: tuple[int, int, int]) -> int:
        label = auto.labels[move[0]]
        for r in auto.regions[p]:
            if r in auto.held and not made_in(move, r):
                label &= ~auto.held[r]  # 'c*+' is left only on a character that is not c
        return label

    def steps(pair: tuple[int, int]) -> Iterator[tuple[tuple[int, int], bool]]:
        p1, p2 = pair
        for m1 in out.get(p1, ()):
            for m2 in out.get(p2, ()):
                if not reads(p1, m1) & reads(p2, m2):
                    continue
                parted = p1 == p2 and m1 != m2
                if parted and any(made_in(m1, r) or made_in(m2, r) for r in auto.regions[p1]):
                    continue  # in step inside an atomic region: both take its one way
                q1, q2 = m1[0], m2[0]
                if q1 != q2 and any(not made_in(m1, r) and not made_in(m2, r)
                                    for r in set(auto.regions[q1]) & set(auto.regions[q2])):
                    continue  # entering one atomic region at once: both take its one way
                yield (q1, q2), parted

    return _parted_cycle((start, start), steps)


def _deterministic(auto: _Automaton, p: int, moves: list[tuple[int, int, int]]) -> bool:
    seen = 0
    for q, _, k in moves:
        if k or auto.labels[q] & seen:
            return False
        seen |= auto.labels[q]
    return True


def _parted_cycle(root: tuple[int, int],
                  steps: Callable[[tuple[int, int]], Iterator[tuple[tuple[int, int], bool]]]) -> bool:
    """Tarjan's strongly connected components over the pairs reachable from `root`: True when one holds a
    pair of equal states and either a pair of different ones or a step where equal states part."""
    index: dict[tuple[int, int], int] = {}
    low: dict[tuple[int, int], int] = {}
    on_stack: set[tuple[int, int]] = set()
    stack: list[tuple[int, int]] = []
    edges: dict[tuple[int, int], list[tuple[tuple[int, int], bool]]] = {}
    work: list[tuple[tuple[int, int], int]] = [(root, 0)]
    while work:
        node, at = work.pop()
        if at == 0:
            index[node] = low[node] = len(index)
            stack.append(node)
            on_stack.add(node)
            edges[node] = list(steps(node))
        recurse = False
        for k in range(at, len(edges[node])):
            nxt = edges[node][k][0]
            if nxt not in index:
                work.append((node, k + 1))
                work.append((nxt, 0))
                recurse = True
                break
            if nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if recurse:
            continue
        if low[node] == index[node]:
            component = set()
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.add(top)
                if top == node:
                    break
            if any(a == b for a, b in component) and (
                any(a != b for a, b in component)
                or any(parted and nxt in component for pair in component for nxt, parted in edges[pair])
            ):
                return True
        if work:
            parent = work[-1][0]
            low[parent] = min(low[parent], low[node])
    return False


def _show_repeat(node: Any) -> str:
    op, (lo, hi, body) = node
    leaf = len(body) == 1 and body[0][0] in _LEAVES
    return (_show(body, 24) if leaf else "(…)") + _quantifier(lo, hi, op)


def _inner_repeats(body: Any) -> list[tuple[Any, Any]]:
    """The repetitions of variable length inside a repeated body, outermost first."""
    return [(op, av) for op, av in _walk(body) if op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT) and av[0] != av[1]]


def _walk(seq: Any) -> Iterator[tuple[Any, Any]]:
    for op, av in seq:
        yield op, av
        if op not in (_SRE.ATOMIC_GROUP, _SRE.POSSESSIVE_REPEAT):
            for sub in _children(op, av):
                yield from _walk(sub)


def _quantifier(lo: int, hi: int, op: Any) -> str:
    top = "" if hi == _SRE.MAXREPEAT else str(hi)
    q = {(0, ""): "*", (1, ""): "+", (0, "1"): "?"}.get((lo, top), f"{{{lo},{top}}}" if lo != hi else f"{{{lo}}}")
    return q + ("?" if op is _SRE.MIN_REPEAT else "+" if op is _SRE.POSSESSIVE_REPEAT else "")


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _char(code: int, in_class: bool) -> str:
    c = chr(code)
    special = "\\]^-" if in_class else "\\.^$*+?{}[]|()"
    return "\\" + c if c in special else c.encode("unicode_escape").decode("ascii") if not c.isprintable() else c


def _show(seq: Any, limit: int) -> str:
    """A short rendering of parsed nodes, for messages ('[\\d ]+', '\\s*', '(…)')."""
    parts = []
    for op, av in seq:
        if op is _SRE.LITERAL:
            parts.append(_char(av, False))
        elif op is _SRE.NOT_LITERAL:
            parts.append(f"[^{_char(av, True)}]")
        elif op is _SRE.ANY:
            parts.append(".")
        elif op is _SRE.IN:
            inner = "".join(
                "^" if iop is _SRE.NEGATE else _char(iav, True) if iop is _SRE.LITERAL
                else _CATEGORIES.get(str(iav), "?") if iop is _SRE.CATEGORY
                else f"{_char(iav[0], True)}-{_char(iav[1], True)}"
                for iop, iav in av
            )
            parts.append(inner if inner in _CATEGORIES.values() else f"[{inner}]")
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT):
            body = av[2]
            simple = len(body) == 1 and body[0][0] in _LEAVES
            parts.append((_show(body, limit) if simple else "(…)") + _quantifier(av[0], av[1], op))
        elif op is _SRE.BRANCH:
            parts.append("(" + "|".join(_show(alt, limit) for alt in av[1]) + ")")
        elif op is _SRE.SUBPATTERN:
            parts.append(_show(av[3], limit) if len(av[3]) == 1 else "(…)")
        else:
            parts.append("…")
    text = "".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _resolve(base: Path, p: str) -> Path:
    path = Path(p).expanduser()
    return path if path.is_absolute() else base / path


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)
