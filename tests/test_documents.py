"""Reading reports: titles, outlets, dates, wrapped lines, page furniture, offsets, bad files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from routes import documents
from routes.errors import InputError

from conftest import SEEDS, write


def load(name: str, reader) -> documents.Document:
    return documents.load(SEEDS / name, reader.is_place)[0]


def prose(document: documents.Document) -> str:
    return "\n".join(document.text[s.start:s.end] for s in document.sentences)


def test_title_outlet_and_dateline(reader):
    doc = load("003_1f0b582e6eaf7b57.txt", reader)
    assert doc.title == "After Libya, Turkey's Regime Sends Weapons to Syrian Rebels"
    assert doc.outlet == "7Dnews"
    assert doc.published == date(2019, 5, 25)  # not the site header's "Tuesday 20th March 2018"


def test_title_with_site_and_section(reader):
    doc = load("001_f7a587afc17cc427.txt", reader)
    assert doc.title == "Moscow will support Haftar"
    assert "Inforos" in doc.outlet
    assert doc.published is None


def test_site_name_above_the_title(reader):
    doc = load("002_de1bce61dd082933.txt", reader)
    assert doc.title == "Turkey to send security delegation to Moscow to discuss Libya"
    assert doc.outlet == "The Warsan"


def test_hard_wrapped_lines_are_joined_without_moving_offsets(reader):
    raw = (SEEDS / "000_3721ac6cdbd9f31d.txt").read_text(encoding="utf-8")
    doc = load("000_3721ac6cdbd9f31d.txt", reader)
    assert len(doc.text) == len(raw)
    sentences = [doc.text[s.start:s.end] for s in doc.sentences]
    assert "The Turkish regime plays a suspicious role in fueling conflict and chaos in Libya by allowing arms " \
           "smuggling to the conflicting militias." in sentences


def test_a_numbered_paragraph_is_part_of_its_first_sentence():
    text = "64. The Panel investigated the voyage. The vessel left Mersin. 65. Imagery shows it at Tripoli."
    assert [text[s.start:s.end] for s in documents.split_sentences(text, 0, len(text))] == [
        "64. The Panel investigated the voyage.", "The vessel left Mersin.", "65. Imagery shows it at Tripoli."]


def test_initials_end_no_sentence():
    text = "CAMP H.M. SMITH, Hawaii - The missile system arrived in Luzon. It came by air."
    assert [text[s.start:s.end] for s in documents.split_sentences(text, 0, len(text))] == [
        "CAMP H.M. SMITH, Hawaii - The missile system arrived in Luzon.", "It came by air."]


def test_page_furniture_yields_no_sentences(reader):
    text = "\n".join(prose(load(p.name, reader)) for p in sorted(SEEDS.iterdir()))
    for furniture in ("Abu Dhabi\n", "New York", "Related posts", "Read More", "Add comment", "Rate it",
                      "Сообщите", "Middle East\n", "Subscribe to", "Uighur", "vie for influence"):
        assert furniture not in text, furniture


def test_curly_quotes_and_nbsp_normalised_one_for_one(tmp_path: Path):
    raw = "A title of four words\n\nHe said \u201cthe ship\u2019s cargo\u201d arrived\u00a0in Tripoli.\n"
    doc = documents.load(write(tmp_path, "q.txt", raw))[0]
    assert len(doc.text) == len(raw)
    assert '"the ship\'s cargo" arrived in Tripoli.' in doc.text


def test_front_matter_sets_metadata(tmp_path: Path):
    raw = "---\ntitle: A UN panel report\noutlet: UN Panel\npublished: 2021-03-08\nurl: https://example.org/r\n---\n" \
          "The vessel sailed from Turkey to Libya.\n"
    doc = documents.load(write(tmp_path, "r.md", raw))[0]
    assert (doc.title, doc.outlet, doc.published, doc.url) == (
        "A UN panel report", "UN Panel", date(2021, 3, 8), "https://example.org/r")
    assert [doc.text[s.start:s.end] for s in doc.sentences][-1] == "The vessel sailed from Turkey to Libya."


def test_html_main_text_and_metadata(tmp_path: Path):
    html = """<html><head><title>Ignored</title>
    <meta property="og:title" content="Arms ship reaches Tripoli">
    <meta property="og:site_name" content="Example Wire">
    <meta property="article:published_time" content="2020-01-05T10:00:00Z">
    <link rel="canonical" href="https://example.org/a"></head>
    <body><nav>Home World Abu Dhabi</nav><article><h1>Arms ship reaches Tripoli</h1>
    <p>The <b>Bana</b> sailed from Mersin to Tripoli.</p><script>alert(1)</script></article>
    <footer>Related posts</footer></body></html>"""
    doc = documents.load(write(tmp_path, "a.html", html))[0]
    assert doc.title == "Arms ship reaches Tripoli"
    assert (doc.outlet, doc.url, doc.published) == ("Example Wire", "https://example.org/a", date(2020, 1, 5))
    assert "The Bana sailed from Mersin to Tripoli." in prose(doc)
    assert "alert" not in doc.text and "Abu Dhabi" not in doc.text


def test_jsonl_documents(tmp_path: Path):
    path = write(tmp_path, "feed.jsonl",
                 '{"id": "a", "title": "T", "outlet": "O", "published": "2020-02-01", "text": "Troops flew to Libya."}\n'
                 '\n{"text": "Second report\\nThe convoy crossed into Syria."}\n')
    docs = documents.load(path)
    assert [d.id for d in docs] == ["feed:a", "feed:3"]
    assert docs[0].title == "T" and docs[0].published == date(2020, 2, 1)
    assert "Troops flew to Libya." in prose(docs[0])


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    (bytes(range(1, 32)) * 20, "not a text file"),
])
def test_unreadable_files_are_one_line_errors(tmp_path: Path, content: bytes, problem: str):
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(InputError) as error:
        documents.load(path)
    assert str(error.value) == f"{path}: {problem}" or str(error.value).startswith(f"{path}: {problem}")


def test_latin1_text_is_read(tmp_path: Path):
    path = write(tmp_path, "old.txt", "Caf\xe9 report on shipments\n\nA ship sailed from Mersin to Tripoli.\n".encode("latin-1"))
    assert "Café" in documents.load(path)[0].text


def test_a_story_on_one_line_keeps_every_sentence(tmp_path: Path):
    raw = "Convoy reaches Idlib, officials say. A Turkish convoy crossed into Syria on Monday. It reached Idlib.\n"
    doc = documents.load(write(tmp_path, "one.txt", raw))[0]
    assert doc.title == "Convoy reaches Idlib, officials say."
    assert prose(doc).splitlines()[1:] == ["A Turkish convoy crossed into Syria on Monday.", "It reached Idlib."]


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence(tmp_path: Path):
    raw = "Panel report\n\nFighters travelled to Nyala in 2023.[15] Recruits were later sent to Khartoum.\n"
    doc = documents.load(write(tmp_path, "panel.txt", raw))[0]
    assert prose(doc).splitlines()[-2:] == ["Fighters travelled to Nyala in 2023.[15]", "Recruits were later sent to Khartoum."]


def test_windows_line_ends_are_joined_like_unix_ones(tmp_path: Path):
    unix = "Arms shipment reaches Tripoli\nThe ship sailed from the port of\nMersin to Tripoli on June 3, 2019.\n"
    windows = unix.replace("\n", "\r\n")
    one = documents.load(write(tmp_path, "unix.txt", unix))[0]
    two = documents.load(write(tmp_path, "windows.txt", windows.encode("utf-8")))[0]
    assert len(two.text) == len(windows)
    sentences = [" ".join(line.split()) for line in prose(two).split("\n")]
    assert sentences == prose(one).split("\n")
    assert "The ship sailed from the port of Mersin to Tripoli on June 3, 2019." in sentences


def test_control_characters_become_spaces(tmp_path: Path):
    raw = "A report on arms\n\nThe ship\x0b sailed\x1b from Mersin to Tripoli.\n"
    doc = documents.load(write(tmp_path, "c.txt", raw))[0]
    assert len(doc.text) == len(raw)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in doc.text)


def test_a_bad_jsonl_line_is_reported_and_the_others_kept(tmp_path: Path):
    path = write(tmp_path, "feed.jsonl", '{"id": "a", "text": "Troops flew to Libya."}\nnot json\n'
                                         '{"id": null, "text": "A convoy crossed into Syria."}\n')
    problems: list[InputError] = []
    docs = documents.load(path, problems=problems)
    assert [d.id for d in docs] == ["feed:a", "feed:3"]
    assert [str(p) for p in problems] == [f"{path}:2: not valid JSON (Expecting value)"]
    with pytest.raises(InputError, match=r"feed.jsonl:2: not valid JSON"):
        documents.load(path)


def test_html_line_breaks_separate_words_and_only_web_urls_are_kept(tmp_path: Path):
    html = """<html><head><meta property="og:url" content="javascript:alert(1)"></head><body><article>
    <h1>Flights into Misrata</h1><p>Two Il-76 flew from Istanbul<br>to Misrata on May 2, 2019.</p></article></body></html>"""
    doc = documents.load(write(tmp_path, "b.html", html))[0]
    assert "Istanbul to Misrata" in prose(doc)
    assert doc.url is None


def test_hidden_folders_are_not_read(tmp_path: Path):
    write(tmp_path, "a.txt", "A report on arms\n\nThe ship sailed.\n")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "b.txt", "Not a report at all\n")
    assert [p.name for p in documents.find_inputs(tmp_path)] == ["a.txt"]


def test_front_matter_datetime_is_a_date(tmp_path: Path):
    raw = "---\ntitle: Shipments in review\npublished: 2021-03-08 10:30:00\n---\nThe vessel sailed from Turkey to Libya.\n"
    assert documents.load(write(tmp_path, "r.md", raw))[0].published == date(2021, 3, 8)
