"""The one place that relies on pydantic-core internals: validators and serializers built
from a rewritten copy of a model's core schema.

Why: two speed-ups of session files need a variant of the audit's own schema. Loading
(:mod:`wizard.sessions.fastjson`) swaps the Python text validators for native patterns, and
saving (:mod:`wizard.sessions.compact`) leaves default values out. pydantic offers no public
way to build either, so this module reads ``Model.__pydantic_core_schema__`` (a plain dict
whose shape pydantic-core may change between versions), rewrites it, and builds a
``SchemaValidator`` / ``SchemaSerializer`` from it.

pydantic-core reuses a finished model's own validator and serializer wherever that model
appears in a schema, so the rewrite of a nested model would be ignored; while building, each
model the schema holds is marked unfinished (``__pydantic_complete__``), as
``BaseModel.model_rebuild`` itself does, and marked finished again afterwards.

Every caller must work without this module: :func:`build_validator` and
:func:`build_serializer` raise :class:`InternalsChanged` for anything unexpected, and the
callers then take the plain public API (slower, never wrong). ``tests/sessions/
test_pydantic_internals.py`` notices a pydantic change (a rewrite that stops taking effect)
and runs loading and saving through that fallback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from pydantic_core import SchemaSerializer, SchemaValidator

Node = dict[str, Any]
Walk = Callable[[Any], Any]
Rewrite = Callable[[Node, Walk], Node | None]
"""Given one schema node and the walk (to rewrite parts of a replacement): the node's
replacement, or None to keep it and go on down."""


class InternalsChanged(Exception):
    """pydantic-core's schema is not what this module knows: use the public API instead."""


_BUILD = threading.Lock()
_disabled = False


def disable(value: bool = True) -> None:
    """Force every caller onto the public-API path (tests of the fallback use it)."""
    global _disabled
    _disabled = value


def rewritten(model: type[BaseModel], rewrite: Rewrite) -> tuple[Node, set[type]]:
    """``model``'s core schema with ``rewrite`` applied to every node, top down; and the
    model classes the schema builds."""
    schema = getattr(model, "__pydantic_core_schema__", None)
    if not isinstance(schema, dict) or schema.get("type") not in ("model", "definitions"):
        raise InternalsChanged(f"{model.__name__}: unexpected core schema")
    models: set[type] = set()

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        replaced = rewrite(node, walk)
        if replaced is not None:
            return replaced
        if node.get("type") == "model":
            models.add(node["cls"])
        return {key: walk(value) for key, value in node.items()}

    return walk(schema), models


def _built(models: set[type], build: Callable[[], Any]) -> Any:
    if _disabled:
        raise InternalsChanged("disabled")
    with _BUILD:
        try:
            for model in models:
                type.__setattr__(model, "__pydantic_complete__", False)
            return build()
        except Exception as exc:  # any schema the library no longer takes
            raise InternalsChanged(str(exc)) from exc
        finally:
            for model in models:
                type.__setattr__(model, "__pydantic_complete__", True)


def build_validator(model: type[BaseModel], rewrite: Rewrite) -> SchemaValidator:
    """A validator of ``model`` from its rewritten schema; nested models rewritten too."""
    schema, models = rewritten(model, rewrite)
    return _built(models, lambda: SchemaValidator(schema))


def build_serializer(model: type[BaseModel], rewrite: Rewrite) -> SchemaSerializer:
    """A serializer of ``model`` from its rewritten schema; nested models rewritten too."""
    schema, models = rewritten(model, rewrite)
    return _built(models, lambda: SchemaSerializer(schema))
