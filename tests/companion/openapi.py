"""Read docs/openapi.yaml and check answers against its schemas (shared by the OpenAPI and fuzz tests)."""

from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"
METHODS = ("get", "post", "put", "patch", "delete")


@lru_cache(maxsize=1)
def spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def operations() -> dict:
    """Return ``{operationId: (METHOD, path)}`` for every documented operation."""
    found = {}
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method.upper(), path)
    return found


def operation(method: str, path: str) -> dict:
    return spec()["paths"][path][method.lower()]


def response_schema(method: str, path: str, status: int) -> dict | None:
    """Return the documented JSON schema for an answer, or None if that status is not documented."""
    responses = operation(method, path)["responses"]
    documented = responses.get(str(status))
    if documented is None:
        return None
    if "$ref" in documented:
        documented = spec()["components"]["responses"][documented["$ref"].rsplit("/", 1)[1]]
    return documented["content"]["application/json"]["schema"]


def check_against_spec(method: str, path: str, status: int, body) -> None:
    """Fail unless ``status`` is documented for the operation and ``body`` fits its schema."""
    schema = response_schema(method, path, status)
    assert schema is not None, f"{method} {path} answered {status}, which docs/openapi.yaml does not list"
    # A root that holds the components, so "#/components/..." resolves.
    jsonschema.Draft202012Validator({**schema, "components": spec()["components"]}).validate(body)
