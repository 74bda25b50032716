"""What the GUI thread spent its longest event-loop slices on (for the stall benchmarks).

`SlicedApplication` is a QApplication that times every event it delivers from the event loop
itself (not the events sent from inside another one): wall time, the GUI thread's own CPU time,
and its wait in the machine's run queue (Linux schedstat). What is left of the wall time is a
wait for something else: the interpreter held by a worker thread, or a lock.

    app = SlicedApplication([])
    ...                                  # run the window
    for line in app.longest(8, since=t0, until=t1):
        print(line)

With `SlicedApplication([], profile=True)` each long slice also names the functions it spent
its time in: cProfile of the GUI thread, slice by slice, timed by the thread's own CPU time (so
waits for a CPU, the interpreter or a lock are not in it; the profiler inflates the times, the
shares are what to read).
"""

from __future__ import annotations

import cProfile
import pstats
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication


def queued_ms() -> float:
    try:
        return int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


@dataclass(frozen=True)
class Slice:
    wall_ms: float
    cpu_ms: float
    queued_ms: float
    ended: float  # time.monotonic()
    receiver: str
    event: str
    #: With profiling: the functions of the slice, the most time first ("ms cumulative name").
    calls: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        other = max(0.0, self.wall_ms - self.cpu_ms - self.queued_ms)
        head = (
            f"{self.wall_ms:6.1f} ms: CPU {self.cpu_ms:5.1f}, run queue {self.queued_ms:5.1f}, "
            f"other wait (interpreter held elsewhere, a lock) {other:5.1f} — "
            f"{self.receiver} {self.event}"
        )
        return "\n".join([head, *(f"        {call}" for call in self.calls)])


def _event_name(event: Any) -> str:
    kind = event.type()
    return getattr(kind, "name", None) or str(kind).removeprefix("Type.")


#: Functions of these files are shown in a slice's profile (the rest is Qt and libraries).
OURS = ("/desktop/", "/db/", "~")


def _calls(profile: cProfile.Profile, count: int = 12) -> tuple[str, ...]:
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_cc, calls, own, cumulative, _by) in stats.items():
        if cumulative * 1000 < 0.2 or not any(part in file for part in OURS):
            continue
        where = name if file == "~" else f"{Path(file).parent.name}/{Path(file).name}:{line} {name}"
        rows.append(
            (
                cumulative,
                f"{cumulative * 1000:6.1f} ms cum, {own * 1000:5.1f} own, {calls}× {where}",
            )
        )
    rows.sort(reverse=True)
    return tuple(text for _, text in rows[:count])


class SlicedApplication(QApplication):
    """A QApplication that records its event-loop slices of more than `threshold_ms`."""

    threshold_ms = 1.0

    def __init__(self, argv: list[str], *, profile: bool = False) -> None:
        super().__init__(argv)
        self.slices: list[Slice] = []
        self._depth = 0
        self.profile = profile

    def notify(self, receiver: Any, event: Any) -> bool:
        self._depth += 1
        if self._depth > 1:
            try:
                return super().notify(receiver, event)
            finally:
                self._depth -= 1
        profile = cProfile.Profile(time.thread_time) if self.profile else None
        wall, cpu, queued = time.perf_counter(), time.thread_time(), queued_ms()
        try:
            if profile is not None:
                profile.enable()
            return super().notify(receiver, event)
        finally:
            if profile is not None:
                profile.disable()
            self._depth -= 1
            took = (time.perf_counter() - wall) * 1000
            if took > self.threshold_ms:
                try:
                    name = f"{type(receiver).__name__}({receiver.objectName()})"
                except RuntimeError:  # deleted meanwhile
                    name = "(deleted)"
                self.slices.append(
                    Slice(
                        took,
                        (time.thread_time() - cpu) * 1000,
                        queued_ms() - queued,
                        time.monotonic(),
                        name,
                        _event_name(event),
                        _calls(profile) if profile is not None else (),
                    )
                )

    def longest(self, count: int, since: float, until: float) -> list[Slice]:
        """The `count` longest slices that ended between `since` and `until` (monotonic)."""
        found = [s for s in self.slices if since <= s.ended <= until]
        return sorted(found, key=lambda s: s.wall_ms, reverse=True)[:count]
