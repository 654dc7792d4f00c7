"""The extract command: one record per input, in order, errors per item, exit codes."""

import json
import subprocess
import sys

from tests.conftest import ROOT, SEEDS


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kurils", *args], capture_output=True, text=True, cwd=cwd)


def test_extract_seeds_gives_one_record_per_file_in_order():
    result = run_cli("extract", str(SEEDS))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    names = [r["file"].rsplit("/", 1)[-1] for r in records]
    assert names == sorted(p.name for p in SEEDS.glob("*.txt"))
    for record in records:
        for field in ("id", "file", "outlet", "wire_source", "headline", "published", "published_precision",
                      "published_range", "published_inferred", "published_evidence", "language", "body",
                      "places", "people", "events", "error"):
            assert field in record


def test_bad_files_get_their_record_and_the_rest_go_on(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text("Abe meets Putin\n\nTOKYO, May 3. Abe met Putin on Monday.\n")
    result = run_cli("extract", str(tmp_path / "a_empty.txt"), str(tmp_path / "b_good.txt"))
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"].rsplit("/", 1)[-1] for r in records] == ["a_empty.txt", "b_good.txt"]
    assert records[0]["error"] and "empty" in records[0]["error"]
    assert records[1]["error"] is None


def test_exit_code_is_nonzero_when_nothing_parsed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("extract", str(tmp_path / "empty.txt"))
    assert result.returncode != 0
    assert "no article could be parsed" in result.stderr


def test_csv_format_has_a_header_and_a_row_per_file():
    result = run_cli("extract", str(SEEDS), "--format", "csv")
    assert result.returncode == 0
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5
    assert "headline" in rows[0]


def test_build_with_geo_dir_maps_the_events_it_built_without_parsing_again(tmp_path, monkeypatch):
    """``build --geo-dir`` takes the map's places from its own events table: one parse per file,
    and the same GeoJSON as ``geo --events-from`` on that folder."""
    from kurils import geo, pipeline, tables

    log = tmp_path / "parsed.log"  # the parse runs in a worker process: it counts in a file
    real_parse = pipeline.parse_file

    def counting_parse(path, *args, **kwargs):
        with open(log, "a") as fh:
            fh.write(f"{path}\n")
        return real_parse(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "parse_file", counting_parse)  # build parses through parse_item
    tables.write_tables(SEEDS, tmp_path / "out", jobs=1, geo_dir=tmp_path / "geo")
    parsed = log.read_text().splitlines()
    assert sorted(parsed) == sorted(set(parsed)) and len(parsed) == len(list(SEEDS.glob("*.txt")))
    monkeypatch.undo()
    geo.write_geo(tmp_path / "direct", events_from=str(SEEDS))
    for name in ("kurils.geojson", "land.geojson"):
        assert (tmp_path / "geo" / name).read_text() == (tmp_path / "direct" / name).read_text()
