"""Postal addresses as people read them: postcodes written the country's way ("123 45",
"SW1A 2AA") and the lines of an address in the recipient country's customary order, with the
country's name in capitals on the last line when the letter crosses a border (UPU S42).

The rules are data: a country not in the tables writes "postcode city" like Sweden, Germany,
the Nordic countries and France do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kundbok.domain.countries import HOME_COUNTRY, country_name

# The place lines below the street, as fields joined by spaces; "city," takes its comma only
# when the field after it is filled.
PlaceLayout = tuple[tuple[str, ...], ...]
_POSTCODE_FIRST: PlaceLayout = (("postcode", "city"), ("region",))
PLACE_LAYOUTS: Mapping[str, PlaceLayout] = {
    "US": (("city,", "region", "postcode"),),  # New York, NY 10001
    "CA": (("city", "region", "postcode"),),  # OTTAWA ON K1A 0B1
    "AU": (("city", "region", "postcode"),),  # SYDNEY NSW 2000
    "GB": (("city",), ("region",), ("postcode",)),  # post town, county, postcode alone
    "IE": (("city",), ("region",), ("postcode",)),
}

# Where the space goes in a postcode written without one: from the start (+) or the end (-).
POSTCODE_SPACE: Mapping[str, int] = {"SE": 3, "GB": -3, "IE": 3, "CA": 3, "NL": 4}
POSTCODE_LENGTHS: Mapping[str, tuple[int, ...]] = {
    "SE": (5,),
    "GB": (5, 6, 7),
    "IE": (7,),
    "CA": (6,),
    "NL": (6,),
}


def format_postcode(code: str, country: str = HOME_COUNTRY) -> str:
    """A postcode as people write it: "123 45" in Sweden, "SW1A 1AA" in Britain; other
    countries' postcodes as they were written."""
    written = (code or "").strip()
    country = (country or HOME_COUNTRY).upper()
    if country not in POSTCODE_SPACE:
        return written
    compact = written.replace(" ", "").upper()
    if country == "SE":
        compact = compact.removeprefix("SE-").removeprefix("SE")
    if len(compact) not in POSTCODE_LENGTHS[country]:
        return compact or written
    split = POSTCODE_SPACE[country] % len(compact)
    return f"{compact[:split]} {compact[split:]}"


def _place_line(fields: Sequence[str], values: Mapping[str, str]) -> str:
    texts = [values[f.rstrip(",")].strip() for f in fields]
    return " ".join(
        text + ("," if field.endswith(",") and texts[i + 1 : i + 2] != [""] else "")
        for i, (field, text) in enumerate(zip(fields, texts, strict=True))
        if text
    ).removesuffix(",")


def postal_address_lines(
    *,
    recipient: Sequence[str] = (),
    street: str = "",
    street2: str = "",
    postcode: str = "",
    city: str = "",
    region: str = "",
    country: str = HOME_COUNTRY,
    language: str = "sv",
    sender_country: str = HOME_COUNTRY,
) -> list[str]:
    """The lines of a postal address in the recipient country's customary order, with the
    country's name in capitals (in `language`) on the last line when the letter goes abroad."""
    country = (country or HOME_COUNTRY).upper()
    values = {"postcode": format_postcode(postcode, country), "city": city, "region": region}
    lines = [*recipient, street, street2]
    lines += [_place_line(f, values) for f in PLACE_LAYOUTS.get(country, _POSTCODE_FIRST)]
    if country != (sender_country or HOME_COUNTRY).upper():
        lines.append(country_name(country, language).upper())
    return [line.strip() for line in lines if line and line.strip()]
