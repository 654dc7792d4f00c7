"""German event words (kurils/data/event_words.csv): receiving a guest is a meeting, a quote closed by
"so X" or an appeal is a statement, an occupation is military."""

from datetime import date

import pytest

from tests.test_events_context import events_of


@pytest.mark.parametrize(
    "body, published, day, kind",
    [
        ("Putin empfängt am Dienstag seinen japanischen Gast Shinzo Abe im Kreml in Moskau.",
         date(2019, 1, 22), "2019-01-22", "meeting"),
        ('"Wir müssen einen Strich unter diese Situation ziehen", so Abe beim Abendessen in Tokio am '
         "Donnerstag.", date(2017, 9, 8), "2017-09-07", "statement"),
        ("Abe hat am Donnerstag zu einem Friedensvertrag aufgerufen.", date(2017, 9, 8), "2017-09-07",
         "statement"),
        ("Die südlichen Kurilen waren 1945 von der damaligen Sowjetunion besetzt worden.",
         date(2019, 1, 22), "1945", "military"),
    ],
)
def test_german_event_words(body, published, day, kind):
    _text, events = events_of(body, published)
    assert [(e.date, e.type) for e in events] == [(day, kind)]
