"""Exact conversions between the epochs browsers use and UTC microseconds since 1970."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# Seconds between 1601-01-01 (Windows FILETIME, Chromium) and 1970-01-01.
CHROMIUM_EPOCH_OFFSET_US = 11_644_473_600 * 1_000_000
# Seconds between 1970-01-01 and 2001-01-01 (Core Data, Safari).
COCOA_EPOCH_OFFSET_S = 978_307_200

_UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def chromium_to_unix_us(value: int) -> int:
    """Chromium base::Time (µs since 1601) to µs since 1970, in integers so nothing is lost."""
    return int(value) - CHROMIUM_EPOCH_OFFSET_US


def unix_us_to_chromium(value: int) -> int:
    """µs since 1970 to Chromium base::Time."""
    return int(value) + CHROMIUM_EPOCH_OFFSET_US


def cocoa_seconds_to_unix_us(value: float) -> int:
    """Safari's REAL seconds since 2001 to µs since 1970, rounded to the nearest µs."""
    return round(float(value) * 1_000_000) + COCOA_EPOCH_OFFSET_S * 1_000_000


def firefox_to_unix_us(value: int) -> int:
    """Firefox PRTime (µs) or Fenix milliseconds to µs since 1970, picking the unit by size."""
    v = int(value)
    # µs values for any date after 1973 exceed 1e14; ms values stay below until year 5138.
    return v * 1000 if abs(v) < 100_000_000_000_000 else v


def datetime_to_us(value: datetime) -> int:
    """An aware datetime to µs since 1970 (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - _UNIX_EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def us_to_datetime(value: int) -> datetime:
    """µs since 1970 to an aware UTC datetime, exactly."""
    return _UNIX_EPOCH + timedelta(microseconds=int(value))


def us_to_iso(value: int) -> str:
    """µs since 1970 to ISO 8601 with UTC offset and six fractional digits."""
    return us_to_datetime(value).isoformat(timespec="microseconds")


def parse_iso_to_us(text: str) -> int:
    """ISO 8601 / RFC 3339 text (``Z`` allowed, up to 9 fractional digits) to µs since 1970."""
    s = text.strip()
    if s.endswith(("Z", "z")):
        s = s[:-1] + "+00:00"
    # Python accepts at most 6 fractional digits; Takeout sometimes writes more.
    dot = s.find(".")
    if dot != -1:
        end = dot + 1
        while end < len(s) and s[end].isdigit():
            end += 1
        if end - dot - 1 > 6:
            s = s[: dot + 7] + s[end:]
    return datetime_to_us(datetime.fromisoformat(s))


def parse_time_to_us(text: str) -> int:
    """A log's time: ISO 8601, or Unix seconds (int or float), or Unix ms/µs by magnitude."""
    s = text.strip()
    try:
        number = float(s)
    except ValueError:
        return parse_iso_to_us(s.replace(" ", "T", 1) if "T" not in s else s)
    if abs(number) >= 1e14:  # microseconds
        return int(s) if s.lstrip("-").isdigit() else round(number)
    if abs(number) >= 1e11:  # milliseconds
        return round(number * 1000)
    return round(number * 1_000_000)
