"""The built-in pack's facts: every language tells the same dates, and ``facts_as_of`` keeps up
with the texts."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime

import pytest

from kiosk.campaign import load_campaign
from kiosk.resources import default_campaign_dir

PACK = default_campaign_dir()

# Month names as they appear in dates, in every case the summaries use them.
MONTHS = {
    "en": [
        r"january", r"february", r"march", r"april", r"may", r"june",
        r"july", r"august", r"september", r"october", r"november", r"december",
    ],
    "ru": [
        r"январ[ьяе]", r"феврал[ьяе]", r"марта?|марте", r"апрел[ьяе]", r"ма[йяе]", r"июн[ьяе]",
        r"июл[ьяе]", r"августа?|августе", r"сентябр[ьяе]", r"октябр[ьяе]", r"ноябр[ьяе]",
        r"декабр[ьяе]",
    ],
    "uk": [
        r"січ(?:ень|ня|ні)", r"лют(?:ий|ого|ому)", r"берез(?:ень|ня|ні)", r"квіт(?:ень|ня|ні)",
        r"трав(?:ень|ня|ні)", r"черв(?:ень|ня|ні)", r"лип(?:ень|ня|ні)", r"серп(?:ень|ня|ні)",
        r"верес(?:ень|ня|ні)", r"жовт(?:ень|ня|ні)", r"листопад(?:а|і)?", r"груд(?:ень|ня|ні)",
    ],
    "es": [
        r"enero", r"febrero", r"marzo", r"abril", r"mayo", r"junio",
        r"julio", r"agosto", r"septiembre", r"octubre", r"noviembre", r"diciembre",
    ],
}  # fmt: skip


def dates_in(text: str, language: str) -> set[str]:
    """Every date in a text, normalised: ``2024-06-05``, ``2024-11`` or ``1982``."""
    text = text.replace("*", "").casefold()
    found: set[str] = set()
    of = r"(?:\s+de)?" if language == "es" else ""
    for number, pattern in enumerate(MONTHS[language], 1):
        full = re.compile(rf"\b(\d{{1,2}}){of}\s+(?:{pattern}){of}\s+(\d{{4}})\b")
        for match in full.finditer(text):
            found.add(f"{match.group(2)}-{number:02d}-{int(match.group(1)):02d}")
        text = full.sub(" ", text)
    for number, pattern in enumerate(MONTHS[language], 1):
        month = re.compile(rf"\b(?:{pattern}){of}\s+(\d{{4}})\b")
        found |= {f"{m.group(1)}-{number:02d}" for m in month.finditer(text)}
        text = month.sub(" ", text)
    found |= set(re.findall(r"\b(?:19|20)\d{2}\b", text))
    return found


def _summaries() -> dict[str, str]:
    return {
        lang: (PACK / f"summary.{lang}.md").read_text(encoding="utf-8")
        for lang in load_campaign(PACK).languages
    }


def test_the_date_finder_reads_every_language():
    assert dates_in("On **5 June 2024** and in November 2025; 1982.", "en") == {
        "2024-06-05", "2025-11", "1982",
    }  # fmt: skip
    assert dates_in("**5 июня 2024 года**, в ноябре 2024 года, на февраль 2026", "ru") == {
        "2024-06-05", "2024-11", "2026-02",
    }  # fmt: skip
    assert dates_in("1 серпня 2024 року; станом на лютий 2026 року", "uk") == {
        "2024-08-01", "2026-02",
    }  # fmt: skip
    assert dates_in("el 5 de junio de 2024; en noviembre de 2024", "es") == {
        "2024-06-05", "2024-11",
    }  # fmt: skip


def test_every_language_tells_the_same_dates():
    dates = {lang: dates_in(text, lang) for lang, text in _summaries().items()}
    english = dates["en"]
    assert len(english) >= 8
    for lang, found in dates.items():
        assert found == english, f"{lang}: missing {english - found}, extra {found - english}"


def test_facts_as_of_is_not_older_than_the_facts_it_tells():
    campaign = load_campaign(PACK)
    newest = max(dates_in(_summaries()["en"], "en"))
    assert str(campaign.facts_as_of) >= newest, (campaign.facts_as_of, newest)


def _last_edit() -> date | None:
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%cI", "--", *(str(p) for p in PACK.glob("summary.*"))],
            capture_output=True,
            text=True,
            cwd=PACK,
            timeout=30,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return datetime.fromisoformat(out).date() if out else None


def test_facts_as_of_keeps_up_with_the_summaries():
    edited = _last_edit()
    if edited is None:
        pytest.skip("not a git checkout: the summaries' last edit is unknown")
    facts_as_of = load_campaign(PACK).facts_as_of
    assert (edited - facts_as_of).days <= 365, (
        f"summaries edited {edited}, but facts_as_of is {facts_as_of}: refresh it"
    )


def test_the_bridge_words_are_attributed_not_stated_flatly():
    for lang, text in _summaries().items():
        paragraph = next(p for p in text.split("\n- ") if "2022" in p and ("«" in p or '"' in p))
        assert any(
            cue in paragraph.casefold()
            for cue in ("prosecution", "обвинение", "обвинувачення", "fiscalía")
        ), lang
