"""Read reports (.txt, .md, .html, .jsonl) into Documents.

The text a Document carries is the file's text with typographic characters normalised
one for one, so that every offset still points at the same character of the file and a
citation's quote is exactly `text[start:end]`. Page furniture (site headers, related
links, comment widgets) is left out of the document's sentences, so that no later stage
finds places or legs in it.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterator

import yaml

from routes import dates, lexicon
from routes.errors import InputError
from routes.model import Document, Span

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
# A title's last part after " / " or " | " names the site only when it is this short.
MAX_OUTLET_WORDS = 6

# One-for-one replacements: spaces that are not plain spaces, curly quotes, and control
# characters (which no XML output may carry) as spaces.
_NORMALISE = str.maketrans(
    {
        **{chr(code): " " for code in range(32) if chr(code) != "\n"},
        "\x7f": " ",
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u3000": " ",
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2028": "\n", "\u2029": "\n",
    }
)
_LONE_CARRIAGE_RETURN = re.compile(r"\r(?!\n)")
_TERMINAL = ('.', '!', '?', ':', '"', "'", ')', '»')
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm cmdr rep sen gov pres st no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est dept fig al e.g i.e u.s u.k u.n "
    "a.m p.m".split()
)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# a footnote mark may follow the full stop: "in August 2023.[15] Recruits were ...", "in Sana'a.[b] Bills"
_PARAGRAPH_NUMBER = re.compile(r"\s*\d{1,3}\.\s*")
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?:\[(?:\d{1,3}|[a-z])\]|\([a-z]\)|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})?\s+(?=[\"'(\[]?[A-Z0-9])")
_CAPTION = re.compile(r"\([A-Z][\w .&/-]{1,30}\)\s*$")
_TITLE_SEPARATORS = re.compile(r"\s+(?:/|\||–|—|::)\s+")
_NAMED_NEWLINE = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a file says about itself, beside its text."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None


def find_inputs(folder: Path) -> list[Path]:
    """The readable documents in a folder and its subfolders, in a stable order.

    Hidden files and folders (.git, .venv) are left out.
    """
    if not folder.exists():
        raise InputError(str(folder), "no such folder")
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder")
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def load(path: Path, is_place: Callable[[str], bool] | None = None,
         problems: list[InputError] | None = None) -> list[Document]:
    """The documents in one file; raises InputError naming the file when it cannot be read.

    `is_place` tells a place name from a site's name in page headers ("Abu Dhabi" over
    a masthead); without it every short header line is treated as furniture. When
    `problems` is given, a bad line of a .jsonl file is added there and skipped instead
    of failing the whole file.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(str(path), f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    text = decode(path, data)
    if suffix == ".jsonl":
        return list(_jsonl_documents(path, text, is_place, problems))
    if suffix in (".html", ".htm"):
        body, meta = _html_text(text)
        return [_document(path.stem, path, body, meta, is_place)]
    return [_document(path.stem, path, text, Metadata(), is_place)]


def decode(path: Path, data: bytes) -> str:
    """Text of a file as UTF-8, else Latin-1; refuses binary and empty files."""
    if not data.strip():
        raise InputError(str(path), "empty file")
    if b"\x00" in data:
        raise InputError(str(path), "not a text file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(2, len(text) // 100):
        raise InputError(str(path), "not a text file (control characters; undecodable as UTF-8 or Latin-1)")
    return text


def normalise(text: str) -> str:
    """Plain spaces and straight quotes, one character for one, so offsets do not move.

    A Windows line end's carriage return becomes a space before its newline; an old Mac
    line end (a lone carriage return) becomes a newline.
    """
    return _LONE_CARRIAGE_RETURN.sub("\n", text).translate(_NORMALISE)


def join_wrapped_lines(text: str, keep_first: bool = True) -> str:
    """Replace the line breaks of hard-wrapped prose with spaces, one character for one.

    A break is joined when the line before it ends mid-sentence and both lines hold prose
    (three words or more); the first line, a title, is never joined to what follows.
    """
    chars = list(text)
    lines = _line_spans(text)
    for i, (start, end) in enumerate(lines[:-1]):
        if keep_first and i == 0:
            continue
        line, following = text[start:end].strip(), text[lines[i + 1][0]:lines[i + 1][1]].strip()
        if not line or not following or line.endswith(_TERMINAL):
            continue
        if len(line.split()) >= 3 and len(following.split()) >= 3:
            chars[end] = " "
    return "".join(chars)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _NAMED_NEWLINE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _document(doc_id: str, path: Path, raw: str, meta: Metadata,
              is_place: Callable[[str], bool] | None) -> Document:
    text = normalise(raw)
    skip, front = _front_matter(text, path)
    meta = Metadata(
        title=meta.title or front.title, outlet=meta.outlet or front.outlet,
        url=meta.url or front.url, published=meta.published or front.published,
    )
    text = text[:skip] + join_wrapped_lines(text[skip:])
    layout = _Layout(text, skip, is_place or (lambda _: True))
    title = meta.title or layout.title
    if not title:
        raise InputError(str(path), "no text to read (only page furniture)")
    return Document(
        id=doc_id,
        path=str(path),
        title=title,
        outlet=meta.outlet or layout.outlet,
        url=meta.url,
        published=meta.published or layout.published,
        text=text,
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        sentences=tuple(layout.sentences),
    )


def _front_matter(text: str, path: Path) -> tuple[int, Metadata]:
    """A leading YAML block between '---' lines may give title, outlet, url and published."""
    if not text.startswith("---\n"):
        return 0, Metadata()
    close = text.find("\n---", 4)
    if close < 0:
        return 0, Metadata()
    try:
        fields = yaml.safe_load(text[4:close]) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" line {mark.line + 2}" if mark else ""
        raise InputError(str(path), f"malformed front matter{line}") from None
    if not isinstance(fields, dict):
        return 0, Metadata()
    end = text.find("\n", close + 4)
    return (len(text) if end < 0 else end + 1), _metadata(fields, path)


def _metadata(fields: dict, path: Path) -> Metadata:
    published = fields.get("published")
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            raise InputError(str(path), f"published is not an ISO date: {published!r}") from None
    if isinstance(published, datetime):
        published = published.date()
    if published is not None and not isinstance(published, date):
        raise InputError(str(path), f"published is not a date: {published!r}")
    return Metadata(
        title=_text_field(fields.get("title")), outlet=_text_field(fields.get("outlet")),
        url=web_url(_text_field(fields.get("url"))), published=published,
    )


def web_url(url: str | None) -> str | None:
    """A document's address only when it is a web address: no javascript:, data: or file: links."""
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None


def _text_field(value: object) -> str | None:
    return " ".join(str(value).split()) or None if value is not None else None


class _Layout:
    """Where the title, byline, dateline, prose and furniture of a plain-text page are."""

    def __init__(self, text: str, skip: int, is_place: Callable[[str], bool]) -> None:
        self.title = ""
        self.outlet: str | None = None
        self.published: date | None = None
        self.sentences: list[Span] = []
        lex = lexicon.load()
        lines = [(s, e) for s, e in _line_spans(text) if s >= skip and text[s:e].strip()]
        lines = [_strip(text, s, e) for s, e in lines]
        title_at = next((i for i, (s, e) in enumerate(lines) if _is_title(text[s:e])), None)
        if title_at is None:
            return
        for s, e in lines[:title_at]:
            line = text[s:e]
            if dates.date_line(line) is None and not is_place(line) and len(line.split()) <= 4:
                self.outlet = self.outlet or line
        s, e = lines[title_at]
        first, *rest = split_sentences(text, s, e)
        title_span = self._title(text, first.start, first.end)
        self.sentences.append(title_span)
        self.sentences.extend(rest)  # a text on one line: its headline, then its story
        self.title = text[title_span.start:title_span.end]
        body = lines[title_at + 1:]
        self._dateline(text, body, is_place)
        latin = _is_latin(text[s:e])
        furniture = [False] * len(body)
        for i, (s, e) in enumerate(body):
            line = text[s:e]
            key = line.lower().strip(" .:»>|-")
            if key in lex.furniture_tail:
                furniture[i:] = [True] * (len(body) - i)
                break
            if key in lex.furniture_teaser:
                furniture[i] = True
                if i:
                    furniture[i - 1] = True
                continue
            if (line.lower().startswith(lex.furniture_prefix) or _is_short(line)
                    or dates.date_line(line) is not None or _CAPTION.search(line)
                    or line.strip() == self.title or (latin and not _is_latin(line))):
                furniture[i] = True
        for (s, e), is_furniture in zip(body, furniture):
            if not is_furniture:
                self.sentences.extend(split_sentences(text, s, e))

    def _title(self, text: str, start: int, end: int) -> Span:
        """The headline, without a site's name or section after a separator."""
        line = text[start:end]
        parts = _TITLE_SEPARATORS.split(line)
        if len(parts) > 1 and len(parts[-1].split()) <= MAX_OUTLET_WORDS:
            self.outlet = self.outlet or parts[-1].strip()
            end = start + len(parts[0].rstrip())
        while text[start] == "#":
            start += 1
        while text[start] == " ":
            start += 1
        return Span(start, end)

    def _dateline(self, text: str, body: list[tuple[int, int]], is_place: Callable[[str], bool]) -> None:
        """The first dateline after the title is the publication date; the line before it may be the byline."""
        for i, (s, e) in enumerate(body[:4]):
            published = dates.date_line(text[s:e])
            if published is None:
                continue
            self.published = published
            if i and _is_short(text[body[i - 1][0]:body[i - 1][1]]):
                byline = text[body[i - 1][0]:body[i - 1][1]].split()
                while len(byline) > 1 and is_place(byline[-1]):
                    byline.pop()
                self.outlet = " ".join(byline)
            return


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_title(line: str) -> bool:
    return len(line.split()) >= 4 and dates.date_line(line) is None


def _is_short(line: str) -> bool:
    """A line too short to be prose: a heading, a site name, a button."""
    return len(line.split()) < 4 and not line.rstrip().endswith((".", "!", "?", '"'))


def _is_latin(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        return True
    latin = sum(1 for ch in letters if ord(ch) < 0x250)
    return latin / len(letters) >= 0.5


def split_sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """Sentences of one paragraph, as spans without surrounding spaces."""
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        word = re.search(r"([\w.]+)[.!?]+[\"')\]]*(?:\[\d{1,3}\])?\s*$", text[begin:m.end()])
        token = word.group(1).lower().rstrip(".") if word else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token):
            continue  # "Gen.", "J. Smith", "CAMP H.M. SMITH": no sentence ends there
        if _PARAGRAPH_NUMBER.fullmatch(text, begin, m.end()):
            continue  # "65. Commercial satellite imagery ...": a report's numbered paragraph, one sentence
        span = _strip(text, begin, m.end())
        if span[1] > span[0]:
            yield Span(*span)
        begin = m.end()
    span = _strip(text, begin, end)
    if span[1] > span[0]:
        yield Span(*span)


def _jsonl_documents(path: Path, text: str, is_place: Callable[[str], bool] | None,
                     problems: list[InputError] | None) -> Iterator[Document]:
    """One document a line: `text` and optional `id`, `title`, `outlet`, `url`, `published`."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _jsonl_document(path, number, line, is_place)
        except InputError as error:
            if problems is None:
                raise
            problems.append(error)


def _jsonl_document(path: Path, number: int, line: str, is_place: Callable[[str], bool] | None) -> Document:
    where = Path(f"{path}:{number}")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(str(where), f"not valid JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError(str(where), "each line needs a non-empty string 'text'")
    own_id = record.get("id")
    doc_id = f"{path.stem}:{number if own_id is None or own_id == '' else own_id}"
    meta = _metadata({k: record.get(k) for k in ("title", "outlet", "url", "published")}, where)
    if meta.title and not record["text"].lstrip().startswith(meta.title):
        return _titled_document(doc_id, path, record["text"], meta)
    return _document(doc_id, where, record["text"], meta, is_place)


def _titled_document(doc_id: str, path: Path, body: str, meta: Metadata) -> Document:
    """A record whose title is not part of its text: every line of its text is body."""
    text = normalise(body)
    sentences: list[Span] = []
    for s, e in _line_spans(text):
        sentences.extend(split_sentences(text, s, e))
    return Document(
        id=doc_id, path=str(path), title=meta.title or "", outlet=meta.outlet, url=meta.url,
        published=meta.published, text=text,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(), sentences=tuple(sentences),
    )


def _html_text(html: str) -> tuple[str, Metadata]:
    """Main text of a web page, one block a paragraph, with the page's own metadata."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")

    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content"):
                return " ".join(str(tag["content"]).split())
        return None

    title = meta("og:title", "twitter:title")
    if not title and soup.title and soup.title.string:
        title = " ".join(soup.title.string.split())
    url = meta("og:url")
    canonical = soup.find("link", rel="canonical")
    if canonical and canonical.get("href"):
        url = str(canonical["href"])
    published_text = meta("article:published_time", "datePublished", "date", "pubdate")
    time_tag = soup.find("time", datetime=True)
    if not published_text and time_tag:
        published_text = str(time_tag["datetime"])
    published = None
    if published_text:
        try:
            published = date.fromisoformat(published_text[:10])
        except ValueError:
            published = None
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer",
                     "aside", "form", "iframe", "svg", "button", "select"]):
        tag.decompose()
    for line_break in soup.find_all("br"):
        line_break.replace_with(" ")  # "Tripoli<br>to Misrata" is two words, not one
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    heading = root.find("h1")
    first = " ".join(heading.get_text("").split()) if heading else (title or "")
    if first:
        blocks.append(first)
    for tag in root.find_all(["h2", "h3", "h4", "p", "li", "blockquote", "pre", "figcaption", "td", "dd"]):
        if tag.find_parent(["p", "li", "blockquote", "td", "dd"]) is not None:
            continue
        block = " ".join(tag.get_text("").split())
        if block:
            blocks.append(block)
    if len(blocks) <= 1:
        blocks = [" ".join(line.split()) for line in root.get_text("\n").split("\n") if line.strip()]
    return "\n\n".join(blocks), Metadata(title=title or first or None,
                                        outlet=meta("og:site_name", "application-name"),
                                        url=web_url(url), published=published)
