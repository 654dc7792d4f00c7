"""Bad inputs each get their own record with a clear error; nothing else is lost."""

import os

from kurils.pipeline import expand_paths, parse_bytes, parse_file, parse_paths
from kurils.settings import MAX_BYTES

GOOD = (b"Abe and Putin meet in Tokyo\n\nTOKYO, May 3. Prime Minister Shinzo Abe met Vladimir Putin "
        b"on Monday.\n")


def test_same_bytes_give_the_same_id_and_other_bytes_another():
    assert parse_bytes(GOOD).id == parse_bytes(GOOD).id
    assert parse_bytes(GOOD).id != parse_bytes(GOOD + b" ").id


def test_oversized_file_is_refused_with_its_size(tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 2**20)
    article = parse_file(big)
    assert article.error.startswith("file too large")
    assert "50.0 MB" in article.error
    assert parse_bytes(b"x" * (MAX_BYTES + 1)).error.startswith("file too large")


def test_folder_with_unreadable_entries_keeps_every_other_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD)
    os.symlink(tmp_path / "missing.txt", tmp_path / "b_broken.txt")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes(GOOD.replace(b"May 3", b"May 4"))
    (tmp_path / ".hidden.txt").write_bytes(GOOD)
    (tmp_path / "notes.json").write_bytes(b"{}")
    articles = parse_paths([tmp_path])
    assert [os.path.basename(a.file) for a in articles] == ["a.txt", "b_broken.txt", "c.txt", "d.txt"]
    assert articles[0].error is None and articles[3].error is None
    assert "cannot read file" in articles[1].error
    assert "empty" in articles[2].error


def test_missing_path_and_directory_given_as_file(tmp_path):
    assert "cannot read file" in parse_file(tmp_path / "nope.txt").error
    assert [p.name for p in expand_paths([tmp_path / "nope.txt"])] == ["nope.txt"]


def test_expand_paths_lists_a_folders_article_files_sorted_without_hidden_ones(tmp_path):
    import os

    for rel in ["a.txt", "B.TXT", "c.", "d..txt", ".hid.txt", "sub/x.html", "sub/.h/y.txt", ".hd/z.txt",
                "sub/deeper/w", "sub/deeper/v.pdf", "Z/a b.htm", "e.tar.txt", "f.txt."]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    os.symlink(tmp_path / "sub", tmp_path / "linkdir")  # a linked folder is not walked
    os.symlink(tmp_path / "a.txt", tmp_path / "linkfile.txt")  # a linked file is an article
    names = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert names == ["B.TXT", "Z/a b.htm", "a.txt", "c.", "d..txt", "e.tar.txt", "f.txt.", "linkfile.txt",
                     "sub/deeper/w", "sub/x.html"]
    given = [tmp_path / "a.txt", tmp_path / "none"]
    assert list(expand_paths(given)) == given


def test_text_warm_up_loads_neither_the_html_extractor_nor_the_language_model():
    """A one-file extract warms up for plain English text only (cold start, issue 15)."""
    import subprocess
    import sys

    code = ("import sys; from kurils.pipeline import warm_up; from kurils import language; "
            "warm_up(everything=False); "
            "print('trafilatura' in sys.modules, language._identifier.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0"]
