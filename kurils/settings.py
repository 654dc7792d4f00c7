"""Every limit and tuning constant in one place, so a reader finds them without hunting modules.

Modules import what they need from here; nothing here is computed at import.
"""

from __future__ import annotations

MAX_BYTES = 5 * 1024 * 1024  # one article's file; a larger one is refused before it is read
MAX_UPLOAD_MB = 10  # one upload in the app (Streamlit's own limit is set to match in .streamlit/config.toml)
# a parse may take this long before its worker is killed and the article reported as stopped: seconds
# per MB with a floor (ordinary text parses at ~10 s per MB here; a hostile shape can take hours)
PARSE_SECONDS_PER_MB = 30.0
PARSE_SECONDS_FLOOR = 10.0
# the app's uploads, per session (the uploader's label states them); each parse runs in one of a few
# worker processes shared by all sessions, which exit after idling so their memory goes back
MAX_SESSION_UPLOADS = 50
MAX_SESSION_UPLOAD_MB = 30
UPLOAD_WORKERS = 2
UPLOAD_WORKER_IDLE_S = 120.0
MAX_LINE_BYTES = 4 * MAX_BYTES  # one JSON Lines line (JSON escapes can double an article); longer: skipped
MAX_ZIP_RATIO = 200  # a zip member compressed more than this (text rarely passes 20:1) is refused as a bomb
PROGRESS_EVERY_S = 0.25  # the terminal progress line is redrawn at most this often
CHUNK_ITEMS = 16  # articles a build worker parses per task
CHUNK_BYTES = 8 * 1024 * 1024  # ... or fewer, once their bytes reach this (batch items travel to the worker)
MAX_SENTENCE_CHARS = 2000  # a longer run without a sentence end is cut at clause breaks (real ones: < 500)
PART_ARTICLES = 5000  # a local build writes its rows to disk as a Parquet part every this many articles
# the app: past this many shown events the timeline draws counts per lane and year, not a dot per
# event (kurils/views/density.py); picking a count narrows the filters to that lane and year
TIMELINE_DENSE_FROM = 5000
MAP_ROUTES_FROM = 500  # past this many visit arcs shown, the map draws one arc per route with its count
LARGE_CORPUS_ARTICLES = 10000  # past this, the app keeps the articles' text on disk and reads it per article
TABLE_ROWS = 1000  # the app's coverage and events tables list the first this many shown events (date order)
ARTICLE_OPTIONS = 500  # the reader's article list offers the first this many shown articles (date order)
