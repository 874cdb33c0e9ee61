from pathlib import Path

import pytest

from kiosk.campaign import CampaignError, load_campaign
from kiosk.resources import default_campaign_dir, resource_path


def test_default_pack_loads_in_four_languages():
    campaign = load_campaign(default_campaign_dir())
    assert campaign.petition_url == "https://freeboris.info/"
    assert campaign.languages == ["en", "ru", "uk", "es"]
    for lang in campaign.languages:
        assert "Kagarl" in campaign.title[lang] or "Кагарлиц" in campaign.title[lang]
        assert campaign.statement[lang]
        assert campaign.privacy_notice[lang]
        assert "609" in campaign.summary(lang)  # the fine, in every language
    keys = [f.key for f in campaign.fields]
    assert keys == ["first_name", "last_name", "email", "postal_code", "organization"]
    assert [f.required for f in campaign.fields] == [True, True, False, False, False]


def test_unknown_language_falls_back_to_the_first():
    campaign = load_campaign(default_campaign_dir())
    assert campaign.summary("de") == campaign.summary("en")


def _pack(tmp_path: Path, toml: str) -> Path:
    source = default_campaign_dir()
    folder = tmp_path / "pack"
    folder.mkdir()
    for md in source.glob("summary.*.md"):
        (folder / md.name).write_text(md.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "campaign.toml").write_text(toml, encoding="utf-8")
    return folder


def _default_toml() -> str:
    return (default_campaign_dir() / "campaign.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        (
            ('petition_url = "https://freeboris.info/"', 'petition_url = "freeboris"'),
            "campaign.petition_url",
            "not a web address",
        ),
        (('kind = "email"', 'kind = "phone"'), "fields[2].kind", "not one of"),
        (('version = "2024-03-v1"\n', ""), "privacy.version", "missing"),
        (
            ("facts_as_of = 2026-02-28", 'facts_as_of = "soon"'),
            "campaign.facts_as_of",
            "should be a date",
        ),
        (('key = "last_name"', 'key = "first_name"'), "fields[1].key", "used twice"),
        (("[campaign.title]", '[campaign.title]\nde = ""'), "campaign.title.de", "non-empty"),
    ],
)
def test_broken_pack_names_file_key_and_problem(tmp_path, change, key, words):
    old, new = change
    toml = _default_toml()
    assert old in toml
    folder = _pack(tmp_path, toml.replace(old, new, 1))
    with pytest.raises(CampaignError) as info:
        load_campaign(folder)
    assert info.value.key == key
    assert words in info.value.problem
    assert str(folder / "campaign.toml") in str(info.value)


def test_invalid_toml_and_missing_files(tmp_path):
    with pytest.raises(CampaignError, match="not valid TOML"):
        load_campaign(_pack(tmp_path, "[campaign\n"))
    with pytest.raises(CampaignError, match="campaign folder not found"):
        load_campaign(tmp_path / "nowhere")
    (tmp_path / "b").mkdir()
    folder = _pack(tmp_path / "b", _default_toml())
    (folder / "summary.en.md").unlink()
    with pytest.raises(CampaignError, match=r"summary\.en\.md"):
        load_campaign(folder)


def test_resource_accessor_refuses_escapes():
    with pytest.raises(ValueError):
        resource_path("../pyproject.toml")
    with pytest.raises(ValueError):
        resource_path("/etc/passwd")
    assert resource_path("campaigns").is_dir()
