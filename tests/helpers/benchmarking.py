"""The benchmarks' two modes: timed on data of the sizes the targets name, or run once, untimed,
on small data so that CI keeps them working (`pytest tests/benchmarks --benchmark-disable`).

`tests/benchmarks/conftest.py` sets the mode from pytest-benchmark's `--benchmark-disable`;
KUNDBOK_BENCH_SIZE=full or small overrides it (small data with timing on is a quick try).
"""

from __future__ import annotations

import os
from typing import Any

_small = False


def choose_size(timing_off: bool) -> None:
    """Small data when timing is off, unless KUNDBOK_BENCH_SIZE says otherwise."""
    global _small
    wanted = os.environ.get("KUNDBOK_BENCH_SIZE", "")
    _small = wanted == "small" or (timing_off and wanted != "full")


def sized(full: int, small: int) -> int:
    """`full` when benchmarking for real, `small` when the benchmark only has to run."""
    return small if _small else full


def is_small() -> bool:
    """Whether the data is the small set (targets are not checked on it)."""
    return _small


def timed(benchmark: Any) -> bool:
    """Whether the benchmark measured anything and on the full data, so its target applies."""
    return not benchmark.disabled and benchmark.stats is not None and not _small


def assert_within(benchmark: Any, seconds: float, statistic: str = "median") -> None:
    """The benchmark's `statistic` is within `seconds`; nothing to check when not timed."""
    if timed(benchmark):
        measured = getattr(benchmark.stats.stats, statistic)
        assert measured <= seconds, f"{statistic} {measured:.3f} s > {seconds} s"
