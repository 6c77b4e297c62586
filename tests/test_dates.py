"""Dates in running text: as precise as the text makes them, never invented."""

from __future__ import annotations

from datetime import date

import pytest

from routes import dates

PUBLISHED = date(2024, 1, 22)  # a Monday


def resolved(text: str, anchor: date | None = PUBLISHED, hint: int | None = None) -> list[str | None]:
    return [dates.resolve(hit, anchor, hint) for hit in dates.find_dates(text)]


@pytest.mark.parametrize("text, expected", [
    ("On May 20, a vessel delivered", ["2023-05-20"]),  # after the anchor's day: the year before
    ("early on Sunday, May 19th", ["2023-05-19"]),
    ("on December 21", ["2023-12-21"]),
    ("on 14 April 2022", ["2022-04-14"]),
    ("in August 2017", ["2017-08"]),
    ("in late March", ["2023-03"]),
    ("in mid-January", ["2024-01"]),
    ("between June and November 2023", ["2023-06/2023-11"]),
    ("between 14 and 31 December 2023", ["2023-12-14/2023-12-31"]),
    ("on May 19-20, 2019", ["2019-05-19/2019-05-20"]),
    ("from 3 to 5 March", ["2023-03-03/2023-03-05"]),
    ("last September", ["2023-09"]),
    ("in 2020", ["2020"]),
    ("2019-05-25", ["2019-05-25"]),
])
def test_absolute_and_partial_dates(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text", ["it may arrive soon", "May God help us", "since 2012 the war", "in 2019-20"])
def test_words_that_only_look_like_dates(text):
    assert dates.find_dates(text) == []


def test_a_year_comes_from_the_text_when_there_is_no_anchor():
    assert resolved("on May 20", anchor=None, hint=2019) == ["2019-05-20"]
    assert resolved("on May 20", anchor=None) == [None]


@pytest.mark.parametrize("text, expected", [
    ("overnight", "2024-01-22"),
    ("yesterday", "2024-01-21"),
    ("on Saturday", "2024-01-20"),
    ("on Monday", "2024-01-22"),
    ("Wednesday night", "2024-01-17"),
    ("last week", "2024-01-15/2024-01-21"),
    ("earlier this month", "2024-01"),
    ("last month", "2023-12"),
    ("last year", "2023"),
    ("next week", "2024-01-29/2024-02-04"),
    ("next month", "2024-02"),
    ("next year", "2025"),
    ("the convoy moved", None),
    ("The Kremlin on Thursday dismissed the claim", None),  # the day of the denial, not of the movement
])
def test_relative_dates_count_back_from_publication(text, expected):
    assert dates.relative(text, PUBLISHED) == expected


def test_relative_dates_need_an_anchor():
    assert dates.relative("on Saturday", None) is None


@pytest.mark.parametrize("text, offset", [
    ("A day before the aircraft landed", -1),
    ("two days later", 2),
    ("the following day", 1),
    ("the previous day", -1),
    ("landed there roughly two hours later", 0),
    ("later that day", 0),
    ("hours of talks", None),
    ("days of fighting", None),
])
def test_dates_relative_to_another_event(text, offset):
    assert dates.event_offset(text) == offset


def test_shift_only_moves_whole_days():
    assert dates.shift("2019-05-20", -1) == "2019-05-19"
    assert dates.shift("2019-05", -1) is None


def test_date_line_is_a_dateline_and_nothing_else():
    assert dates.date_line("Sat, 25 May 2019 23:35 GMT") == date(2019, 5, 25)
    assert dates.date_line("In May 2019 a ship sailed") is None


@pytest.mark.parametrize("value, first, last", [
    ("2019-05", date(2019, 5, 1), date(2019, 5, 31)),
    ("2020", date(2020, 1, 1), date(2020, 12, 31)),
    ("2024-01-15/2024-01-21", date(2024, 1, 15), date(2024, 1, 21)),
])
def test_bounds_of_partial_dates_and_ranges(value, first, last):
    assert dates.bounds(value) == (first, last)


def test_the_day_something_was_said_is_not_the_day_of_the_event():
    assert dates.is_statement_date("the ministry said on Monday", len("the ministry said "))
    assert dates.is_statement_date("officials told Reuters on 3 May", len("officials told Reuters on "))
    assert not dates.is_statement_date("the ship sailed on Monday", len("the ship sailed "))
    assert dates.relative("the ministry said on Monday", PUBLISHED) is None
    assert dates.relative("it sailed on Saturday, the ministry said on Monday", PUBLISHED) == "2024-01-20"


@pytest.mark.parametrize("text", ["In recent years, Serbia", "in the coming weeks, ships", "At the same time Serbia"])
def test_spans_of_time_are_no_places(text):
    assert dates.starts_date(text, text.index(" "))


@pytest.mark.parametrize("text, anchor, expected", [
    ("Over the weekend, transports flew", date(2021, 8, 10), "2021-08-07/2021-08-08"),
    ("last weekend the convoy left", date(2021, 8, 8), "2021-07-31/2021-08-01"),
    ("Shortly after midnight, forces crossed", date(2024, 10, 1), "2024-10-01"),
])
def test_weekends_and_hours_of_the_night(text, anchor, expected):
    assert dates.relative(text, anchor) == expected


def test_a_weekday_of_something_to_come_is_the_next_one():
    assert dates.relative("the bombers were due to leave on Friday", date(2018, 12, 11), ahead=True) == "2018-12-14"
    assert dates.relative("landed Saturday at Ceiba", date(2025, 9, 15)) == "2025-09-13"
    assert dates.relative("officials said Saturday", date(2025, 9, 15)) is None


@pytest.mark.parametrize("text, expected", [
    ("flights in the second half of December, the sources said", "2024-12"),
    ("deliveries in the first half of 2025", "2025"),
    ("during the first week of March", "2024-03")])
def test_parts_of_a_month_or_year_date_it(text, expected):
    found = dates.find_dates(text, 0, len(text))
    assert [dates.resolve(hit, date(2025, 1, 10), None) for hit in found] == [expected]
