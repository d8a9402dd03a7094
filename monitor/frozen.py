"""A faster __init__ for the frozen, slotted dataclasses made by the ten thousand per report (word ops, sentences).

A frozen dataclass's generated __init__ sets each field with `object.__setattr__(self, name, value)`: a generic
attribute lookup by name per field, about half a microsecond each, 3-5 µs for a report row. Setting each slot
through its own descriptor, bound once here, does the same store without the lookup: the instance is exactly the
one the dataclass's __init__ makes (same fields, equality, hash, repr, pickling; still frozen to every caller).
"""

from __future__ import annotations

import dataclasses

from monitor import codecache

TYPE_CHECKING = False  # typing's own constant, without loading typing at run time (monitor/launch.py)
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")


def fast_init(cls: type[T]) -> type[T]:
    """Replace the generated __init__ of a frozen, slotted dataclass whose fields are all plain init fields (no
    default factory, no __post_init__, no InitVar) with one that stores each field through its slot descriptor."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]  # a dataclass, checked just below
    params = getattr(cls, "__dataclass_params__", None)
    if (params is None or not params.frozen or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__")
            or any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields)):
        raise TypeError(f"fast_init: {cls.__name__} is not a frozen, slotted dataclass of plain fields")
    namespace: dict[str, Any] = {}
    args: list[str] = []
    body: list[str] = []
    for f in fields:
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body) + "\n"
    # The source is built above from the field names only. It is compiled as dataclasses' own methods are, through
    # the cache of compiled code (codecache.py): a text compiled in an earlier process is not compiled again.
    codecache.cached_exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    cls._slot_setters = tuple(cls.__dict__[f.name].__set__ for f in fields)  # type: ignore[attr-defined]
    return cls

