"""The benchmark corpus generator is seeded, reproducible and shaped like real coverage."""
from __future__ import annotations

import time

from bench.generate import generate


def _read_all(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(tmp_path):
    generate(30, tmp_path / "a", seed=7)
    generate(30, tmp_path / "b", seed=7)
    assert _read_all(tmp_path / "a") == _read_all(tmp_path / "b")


def test_other_seed_other_corpus(tmp_path):
    generate(30, tmp_path / "a", seed=1)
    generate(30, tmp_path / "b", seed=2)
    assert _read_all(tmp_path / "a") != _read_all(tmp_path / "b")


def test_corpus_has_outlet_formats_encodings_and_years(tmp_path):
    files = _read_all(generate(300, tmp_path, seed=3)[0].parent)
    assert len(files) == 300
    names = " ".join(files)
    for outlet in ("rt", "tass", "sputnik", "reuters", "kyodo", "japantimes"):
        assert f"_{outlet}" in names
    assert any(n.endswith(".html") for n in files)
    assert any(b.startswith((b"\xff\xfe", b"\xfe\xff")) for b in files.values())  # UTF-16
    texts = [b.decode("utf-8", errors="replace") for b in files.values()]
    assert any("/TASS/." in t for t in texts)
    assert any("(Sputnik) –" in t for t in texts)
    years = {y for y in range(2013, 2023) if any(str(y) in t for t in texts)}
    assert len(years) >= 8
    assert 800 < sum(map(len, files.values())) / len(files) < 5000


def test_benchmark_runs_on_a_tiny_corpus(tmp_path, capsys):
    """The benchmark command runs end to end (extract and build rows); timings are not checked."""
    from bench.run import main

    report = main(["--sizes", "20", "--skip", "app,browser,hostile", "--seed-repeat", "1"])
    whats = [row[0] for row in report.rows]
    assert any(w.startswith("extract (parse_file") for w in whats)
    assert "build --jobs 1" in whats and "build --jobs 2" in whats
    assert not any(row[2] == "failed" for row in report.rows)
    assert "| what |" in capsys.readouterr().out


def test_tree_sampler_sees_a_child_process():
    import subprocess
    import sys

    from bench.memory import TreeSampler

    proc = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(50 * 2**20); time.sleep(1)"])
    with TreeSampler(proc.pid, interval=0.01) as sampler:
        proc.wait()
    assert sampler.peak > 40 * 2**20 and sampler.peak_pss > 0


def test_hostile_benchmark_reports_each_shape_against_ordinary_prose():
    """bench/hostile.py runs end to end on small inputs; timings are not checked."""
    from bench.hostile import hostile_rows
    from bench.run import Report

    report = Report()
    hostile_rows(report, size_kb=4, repeat=1, title_tags=200)
    whats = [row[0] for row in report.rows]
    assert "parse_bytes, written prose, one paragraph" in whats and len(whats) >= 15
    assert all(row[4].endswith("x") for row in report.rows[:-1])
    assert any("unclosed <title>" in v for v in report.verdicts)


def test_peers_bench_skips_without_data_and_scores_as_the_sets_own_evaluators(capsys, tmp_path):
    from bench import peers

    assert peers.main(["--data", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out
    # ScrapingHub's string_shingle_matching: 4-gram counts, normalised per page
    assert peers.shingle_counts("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = peers.shingle_counts("a b c d e f", "a b c d x")
    assert (tp, fp, fn) == (1 / 4, 1 / 4, 2 / 4)  # abcd shared; bcdx extra; bcde, cdef missed
    assert peers.body_f1([(1.0, 0.0, 0.0), (0.0, 1.0, 0.0)]) == 0.5 * 2 * 1.0 / 1.5
    assert peers.right("date", None, None) and not peers.right("date", "2016-12-15", None)
    assert peers.right("title", "A  title", " A title ")


def test_browser_bench_counts_a_runs_frames_by_element_and_knows_its_end():
    """The websocket rows: bytes per rerun are Streamlit's ForwardMsgs up to ``script_finished``."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from bench.browser import _finished, frame_bytes

    chart, done = ForwardMsg(), ForwardMsg()
    chart.delta.new_element.plotly_chart.spec = "x" * 5000
    done.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    frames = [chart.SerializeToString(), done.SerializeToString()]
    counted = frame_bytes(frames)
    assert counted["bytes"] == sum(map(len, frames)) and counted["frames"] == 2
    assert counted["largest"]["plotly_chart"] > 5000 and counted["deflated"] < counted["bytes"]
    assert [_finished(f) for f in frames] == [False, True] and not _finished(b"\xff\xff not protobuf")


def test_browser_bench_waits_for_a_late_run_and_says_when_none_finished():
    """A rerun's frames are counted until its run and any run it set off (a chart reporting its
    selection) are over; a run that never finishes is reported as such, not as a small rerun."""
    import threading

    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from bench.browser import _settle

    started, done = ForwardMsg(), ForwardMsg()
    started.new_session.name = "app"
    done.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    frames = [started.SerializeToString()]

    def late_runs() -> None:
        for payload in (done, started, done):  # the page's run, then a second one soon after
            time.sleep(0.3)
            frames.append(payload.SerializeToString())

    class Page:  # Playwright's page, for its wait (which serves the page's events meanwhile)
        def wait_for_timeout(self, ms: float) -> None:
            time.sleep(ms / 1000)

    worker = threading.Thread(target=late_runs)
    worker.start()
    assert _settle(Page(), frames, 0, timeout_s=10)
    worker.join()
    assert len(frames) == 4
    assert not _settle(Page(), [started.SerializeToString()], 0, timeout_s=0.3)

    # A run ends with script_finished and then session_status_changed: settled after a quiet
    # second, not at the deadline (it waited out its 300 s after every run before).
    status = ForwardMsg()
    status.session_status_changed.script_is_running = False
    ended = [started.SerializeToString(), done.SerializeToString(), status.SerializeToString()]
    t0 = time.perf_counter()
    assert _settle(Page(), ended, 0, timeout_s=30)
    assert time.perf_counter() - t0 < 15


def test_site_names_bench_leaves_each_outlet_out_of_the_word_list():
    """The naming of unknown sites, scored on the known outlets: a row's own name words are taken out of
    the word list while its domains are named, and put back after."""
    from bench import site_names
    from kurils import sitename

    before = sitename.word_ranks
    score = site_names.run()
    assert sitename.word_ranks is before
    assert score["reachable total"] > 1000
    assert score["reachable right"] >= 0.65 * score["reachable total"]
    assert site_names.reachable("armyrecognition.com", ("Army Recognition",))
    assert not site_names.reachable("vz.ru", ("Vzglyad",))


def test_one_command_rewrites_its_steps_keeps_other_sections_and_closes_with_the_notes(tmp_path, monkeypatch):
    """bench.run --write: a step's section replaced in place, another bench's section kept, the notes last."""
    from bench import run

    doc, notes = tmp_path / "benchmarks.md", tmp_path / "notes.md"
    notes.write_text("## How it is measured\n\nthe notes\n", encoding="utf-8")
    doc.write_text("# Benchmarks\n\n<!-- run-earlier:start -->\nold rows\n<!-- run-earlier:end -->\n\n"
                   "<!-- hostile:start -->\nhostile table\n<!-- hostile:end -->\n\n"
                   "<!-- run-extract:start -->\nold extract\n<!-- run-extract:end -->\n\n"
                   "## How it is measured\n\nold notes\n", encoding="utf-8")
    monkeypatch.setattr(run, "DOC", doc)
    monkeypatch.setattr(run, "NOTES", notes)
    report = run.Report()
    report.step = "extract"
    report.row("extract (parse_file)", 5, "9 art/s", "", "")
    report.target("extract ≥300", False, "9")
    for _ in range(2):  # twice: the same document
        run.strip_notes(earlier_rows_replaced=False)
        run.write_step(report, "extract", "python -m bench.run --write", 0.0)
        run.write_frame()
        text = doc.read_text(encoding="utf-8")
        assert text.startswith("<!-- run:start -->\n# Benchmarks\n") and text.count("# Benchmarks") == 1
        assert "old extract" not in text and text.count("| extract (parse_file) | 5 | 9 art/s |") == 1
        assert "hostile table" in text and "old rows" in text and "old notes" not in text
        assert text.rstrip().endswith("the notes\n<!-- notes:end -->")
        assert text.index("<!-- run-extract:end -->") < text.index("<!-- notes:start -->")
    run.strip_notes(earlier_rows_replaced=True)
    assert "old rows" not in doc.read_text(encoding="utf-8")


def test_profile_tree_opens_with_parse_bytes_and_ranks_functions():
    from bench.profile import sample
    from kurils.pipeline import parse_bytes

    text = (b"Kurils\n\nPutin met Abe in Moscow on Monday to discuss the Kuril Islands and a peace treaty. "
            * 40)
    found = sample(lambda: [parse_bytes(text, "a.txt") for _ in range(5)], interval=0.0002)
    assert found.seconds > 0 and "100.0%  parse_bytes (kurils/pipeline.py:" in found.tree[0]
    assert found.top and all(0 <= own <= incl <= 1.0001 for _, incl, own in found.top)
    assert "| function | inclusive | own |" in found.markdown("test")
