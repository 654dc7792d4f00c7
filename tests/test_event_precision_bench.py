"""The precision harness (bench/event_precision.py): an extra event is counted by kind, and batch h,
held out, is refused."""

from datetime import date

import pytest

from bench.event_precision import extra_kind, main
from kurils.models import Event, TimeValue

STORY = {"published": "2019-05-10", "events": [{"date": "2019-05-09", "type": "visit"}]}


def event_on(first: date, last: date, precision: str) -> Event:
    return Event(title="t", type="statement", status="reported", time=TimeValue(first, last, precision),
                 places=(), people=(), evidence="", span=(0, 0))


@pytest.mark.parametrize("first, last, precision, kind", [
    (date(2019, 5, 9), date(2019, 5, 9), "day", "duplicate"),  # an annotated event's date
    (date(1956, 10, 19), date(1956, 10, 19), "day", "history"),  # over a year before the story
    (date(2019, 6, 1), date(2019, 6, 30), "month", "future"),  # after the story
    (date(2019, 3, 1), date(2019, 3, 31), "month", "unlisted"),  # any other date the reader left out
])
def test_an_extra_event_is_counted_by_kind(first, last, precision, kind):
    assert extra_kind(event_on(first, last, precision), STORY) == kind


def test_the_held_out_batch_is_refused():
    with pytest.raises(SystemExit):
        main(["h"])
