"""Skatteverket's ROT/RUT claim schema V6 (tests/data/skatteverket) as an independent check."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import xmlschema

SCHEMA = Path(__file__).parents[1] / "data" / "skatteverket" / "begaran" / "V6" / "Begaran.xsd"


@cache
def begaran_schema() -> xmlschema.XMLSchema:
    """Begaran.xsd with the component schema it imports."""
    return xmlschema.XMLSchema(str(SCHEMA))


def assert_valid_claim(xml: bytes | Path) -> None:
    """Fail with the schema's own words unless `xml` is a valid claim file."""
    source = xml.read_bytes() if isinstance(xml, Path) else xml
    errors = [str(error.reason) for error in begaran_schema().iter_errors(source.decode("utf-8"))]
    assert not errors, errors
