"""merge on hostile input: one plain line naming the file, a non-zero exit, no output file,
under 300 MB of address space and 10 s per file (a child process with RLIMIT_AS)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.exporting import ExportFailed, ExportRequest
from kiosk.export.bundle import read_bundle
from tests import bundle_parts
from tests.conftest import PASSPHRASE, make_draft
from tests.corpus.hostile_inputs import build, kiosk_database_variants

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 300 << 20
TIME_LIMIT_S = 10

_BOUNDED = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    from kiosk.cli import main
    sys.exit(main(sys.argv[1:]))
""")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from kiosk.app.services import open_services
    from kiosk.services.keys import create_key_pair
    from kiosk.settings import load_settings

    root = tmp_path_factory.mktemp("hostile")
    settings = load_settings(data_dir=root / "kiosk")
    create_key_pair(settings.keys_dir, PASSPHRASE)
    services = open_services(settings)
    for n in range(3):
        services.signing.sign(make_draft(last_name=f"Genuine {n}"))
    out = root / "genuine"
    out.mkdir()
    genuine = services.exports.export(ExportRequest(out, ("bundle",))).files[0].path
    public = services.keys.public_key()
    services.close()
    files = build(root / "files", genuine, public)
    files |= kiosk_database_variants(root / "files", settings.database_path)
    return root, settings, files


@pytest.mark.slow
def test_every_hostile_file_gets_one_plain_line_within_bounds(corpus, tmp_path):
    root, settings, files = corpus
    passphrase = root / "p.txt"
    passphrase.write_text(PASSPHRASE)
    env = {**os.environ, "PETITION_KIOSK_FAST_KDF": "1"}
    genuine = next((root / "genuine").glob("*.pkbundle"))
    for name, path in [("genuine", genuine), *sorted(files.items())]:
        out = tmp_path / name
        command = [
            sys.executable, "-c", _BOUNDED.format(limit=MEMORY_LIMIT), "merge", str(path),
            "--out", str(out), "--key", str(settings.private_key_path),
            "--passphrase-file", str(passphrase), "--formats", "csv", "--accept-unknown-kiosks",
        ]  # fmt: skip
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=TIME_LIMIT_S
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"{name}: over {TIME_LIMIT_S} s")
        lines = result.stderr.strip().splitlines()
        if name == "genuine":  # the control: the same bounds let a real bundle through
            assert result.returncode == 0, result.stderr
            assert "kept: 3" in result.stdout
            continue
        assert result.returncode != 0, f"{name}: accepted"
        assert len(lines) == 1 and "Traceback" not in result.stderr, f"{name}: {result.stderr}"
        assert "MemoryError" not in result.stderr, name
        assert "data folder" not in lines[0], f"{name}: a kiosk start-up message: {lines[0]}"
        assert path.name in lines[0] or path.stem in lines[0], f"{name}: {lines[0]}"
        assert not out.exists() or list(out.iterdir()) == [], f"{name}: wrote output"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_change_to_a_bundle_is_refused_in_words_or_read_cleanly(corpus, tmp_path, data):
    """A fuzzer over bundle structure, in both record formats: random manifests, outer
    values and bytes, with the manifest's hash made to match or not."""
    root, _settings, _files = corpus
    genuine = next((root / "genuine").glob("*.pkbundle"))
    manifest, records = bundle_parts.parts(genuine)
    version = data.draw(st.sampled_from([1, 2]))
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=8,
    )
    if data.draw(st.booleans()):
        key = data.draw(st.sampled_from([*manifest.keys(), "events"]))
        manifest[key] = data.draw(json_values)
    at = data.draw(st.integers(0, len(records) - 1))
    change = data.draw(st.sampled_from(["none", "outer value", "bytes", "framed bytes"]))
    if change == "outer value":
        key = data.draw(st.sampled_from(sorted(bundle_parts.head(records[at]))))
        records[at] = bundle_parts.with_head(records[at], **{key: data.draw(json_values)})
    if version == 1:
        records = [bundle_parts.as_line(r) for r in records]
    if change == "bytes":
        records[at] = data.draw(st.binary(max_size=200)) + (b"\n" if version == 1 else b"")
    elif change == "framed bytes":
        random = data.draw(st.binary(max_size=200))
        records[at] = bundle_parts.framed(random) if version == 2 else random + b"\n"
    path = tmp_path / f"fuzz-{data.draw(st.integers(0, 10**9))}.pkbundle"
    bundle_parts.write(
        path, manifest, b"".join(records), version=version, count=len(records),
        fix_hash=data.draw(st.booleans()),
    )  # fmt: skip
    try:
        _info, items = read_bundle(path)
        for _ in items:
            pass
    except ExportFailed as exc:
        assert "\n" not in str(exc) and path.name in str(exc)
