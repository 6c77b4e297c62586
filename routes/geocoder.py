"""The optional online geocoder: names that no offline layer knows, asked of a public service.

Off unless the user names a service (`--online-geocoder nominatim`), because every query
tells a third party what is being investigated. Queries go through geopy's RateLimiter,
answers are cached on disk so that a name is asked once, and no answer is trusted
silently: each one becomes a proposed entry, in the curated gazetteer's format, in a
YAML file that a person reviews before moving it into `gazetteer/`.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from routes.errors import InputError, RoutesError
from routes.gazetteer import cache_folder

DEFAULT_PROPOSALS = Path("proposed_places.yaml")
# Nominatim's usage policy allows one request a second.
MIN_DELAY_SECONDS = 1.0
# The service's feature types, as the gazetteer's place types.
PLACE_TYPES = {
    "aerodrome": "airport", "airport": "airport", "harbour": "port", "port": "port", "administrative": "region",
    "state": "region", "county": "region", "region": "region", "country": "country", "border_control": "crossing",
}


class GeocoderError(RoutesError):
    """The online geocoder cannot be set up (unknown service, no user agent)."""


class OnlineGeocoder:
    """Asks one geopy service about names, once each, and keeps what it answered."""

    def __init__(self, service: str, user_agent: str | None, cache_dir: Path | None = None,
                 min_delay_seconds: float = MIN_DELAY_SECONDS) -> None:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import get_geocoder_for_service

        if not user_agent:
            raise GeocoderError("--online-geocoder needs --user-agent (services ask who is querying them)")
        try:
            service_class = get_geocoder_for_service(service)
        except Exception as error:  # geopy raises its own error for an unknown name
            raise GeocoderError(f"unknown online geocoder '{service}' ({error})") from None
        self.service = service
        # Errors are raised, not swallowed: a timeout must not be cached as "not found".
        self.geocode = RateLimiter(service_class(user_agent=user_agent).geocode,
                                   min_delay_seconds=min_delay_seconds, max_retries=1, swallow_exceptions=False)
        self.cache_path = (cache_dir or cache_folder()) / f"geocoder-{service}.json"
        self.cache: dict[str, dict[str, Any] | None] = _read_cache(self.cache_path)

    def answer(self, name: str) -> dict[str, Any] | None:
        """What the service says a name is (from the cache when it was asked before)."""
        if name not in self.cache:
            from geopy.exc import GeopyError

            try:
                location = self.geocode(name, exactly_one=True)
            except GeopyError as error:
                print(f"routes: warning: online geocoder failed for '{name}' ({error}); not cached", file=sys.stderr)
                return None
            self.cache[name] = None if location is None else {
                "lat": location.latitude, "lon": location.longitude, "address": location.address,
                "raw": {k: v for k, v in (location.raw or {}).items() if isinstance(v, (str, int, float, dict))},
            }
            _write_atomically(self.cache_path, json.dumps(self.cache, ensure_ascii=False, indent=1))
        return self.cache[name]

    def propose(self, names: Iterable[tuple[str, str]], path: Path = DEFAULT_PROPOSALS) -> int:
        """Ask about each (name, document id) and write the answers as entries for review."""
        found: dict[str, dict[str, Any]] = {}
        for name, doc_id in names:
            if name in found:
                found[name]["found_in"].append(doc_id)
                continue
            answer = self.answer(name)
            if answer is not None:
                found[name] = self._entry(name, answer) | {"found_in": [doc_id]}
        header = (f"# Places proposed by the online geocoder ({self.service}) for names no offline layer knows.\n"
                  "# Nothing here is used until a person checks an entry and moves it into gazetteer/.\n")
        _write_atomically(path, header + yaml.safe_dump(list(found.values()), sort_keys=False, allow_unicode=True))
        return len(found)

    def _entry(self, name: str, answer: dict[str, Any]) -> dict[str, Any]:
        raw = answer.get("raw") or {}
        address: dict[str, Any] = raw["address"] if isinstance(raw.get("address"), dict) else {}
        country = str(address.get("country_code") or "XX").upper()
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        ident = f"{raw['osm_type']}/{raw['osm_id']}" if "osm_type" in raw and "osm_id" in raw else answer["address"]
        return {
            "id": f"{country.lower()}-{slug}", "name": name,
            "type": PLACE_TYPES.get(str(raw.get("type")), PLACE_TYPES.get(str(raw.get("class")), "city")),
            "country": country, "lat": round(float(answer["lat"]), 5), "lon": round(float(answer["lon"]), 5),
            "source": f"{self.service}:{ident}", "answer": answer["address"],
        }


def _read_cache(path: Path) -> dict[str, dict[str, Any] | None]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(str(path), f"unreadable geocoder cache ({error}); delete it to start afresh") from None
    return data if isinstance(data, dict) else {}


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)
