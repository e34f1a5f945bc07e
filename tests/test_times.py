from datetime import UTC, datetime

import pytest

from journeys.times import (
    chromium_to_unix_us,
    cocoa_seconds_to_unix_us,
    firefox_to_unix_us,
    parse_iso_to_us,
    parse_time_to_us,
    us_to_iso,
)


def test_chromium_epoch_is_exact_to_the_microsecond() -> None:
    # 2024-03-01T10:00:00.123457Z in Chromium's 1601-based microseconds
    value = (1_709_287_200 + 11_644_473_600) * 1_000_000 + 123_457
    assert us_to_iso(chromium_to_unix_us(value)) == "2024-03-01T10:00:00.123457+00:00"


def test_firefox_desktop_microseconds_and_android_milliseconds_agree() -> None:
    assert firefox_to_unix_us(1_709_287_200_123_456) == 1_709_287_200_123_456
    assert firefox_to_unix_us(1_709_287_200_123) == 1_709_287_200_123_000


def test_safari_cocoa_seconds() -> None:
    assert us_to_iso(cocoa_seconds_to_unix_us(0.0)) == "2001-01-01T00:00:00.000000+00:00"
    assert cocoa_seconds_to_unix_us(786_000_000.123456) == 1_764_307_200_123_456


def test_iso_with_z_offsets_and_nanoseconds() -> None:
    assert parse_iso_to_us("2021-04-02T23:04:50.134513Z") == 1_617_404_690_134_513
    assert parse_iso_to_us("2021-04-02T23:04:50.134513789Z") == 1_617_404_690_134_513
    assert parse_iso_to_us("2021-04-03T01:04:50+02:00") == 1_617_404_690_000_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1617404690", 1_617_404_690_000_000),
        ("1617404690.5", 1_617_404_690_500_000),
        ("1617404690134", 1_617_404_690_134_000),
        ("1617404690134513", 1_617_404_690_134_513),
        (
            "2006-03-01 16:01:27",
            int(datetime(2006, 3, 1, 16, 1, 27, tzinfo=UTC).timestamp()) * 1_000_000,
        ),
    ],
)
def test_log_times(text: str, expected: int) -> None:
    assert parse_time_to_us(text) == expected


def test_unreadable_log_time_raises() -> None:
    with pytest.raises(ValueError):
        parse_time_to_us("yesterday-ish")
