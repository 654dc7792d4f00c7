"""Downloads: the filtered events (CSV), their places (GeoJSON) and the articles (JSON Lines)."""

from __future__ import annotations

import json
from pathlib import PurePath

import pandas as pd

from kurils.merge import MERGED_COLUMNS
from kurils.tables import ARTICLE_COLUMNS, to_csv_frame

# The tables' own columns, less what only the app needs (raw text, offsets, internal ids).
EVENT_EXPORT_COLUMNS = ["key"] + [c for c in MERGED_COLUMNS if c not in ("merged_id", "event_ids")]
ARTICLE_EXPORT_COLUMNS = [c for c in ARTICLE_COLUMNS if c not in ("text", "paragraphs", "headline_span")]


def events_csv(events: pd.DataFrame) -> bytes:
    frame = events.reset_index(drop=True)[EVENT_EXPORT_COLUMNS]
    return to_csv_frame(frame).to_csv(index=False).encode("utf-8")


def places_geojson(places: pd.DataFrame, counts) -> bytes:
    features = [
        {
            "type": "Feature",
            "properties": {
                "name": row.name,
                "kind": row.kind,
                "country": row.country,
                "event_count": int(counts.get(row.name, 0)),
            },
            "geometry": {"type": "Point", "coordinates": [round(row.lon, 5), round(row.lat, 5)]},
        }
        for row in places.itertuples(index=False)
        if counts.get(row.name, 0)
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")


def articles_jsonl(articles: pd.DataFrame) -> bytes:
    columns = [c for c in ARTICLE_EXPORT_COLUMNS if c in articles.columns]
    lines = []
    for record in articles.reset_index(drop=True)[columns].to_dict(orient="records"):
        clean = {k: (None if isinstance(v, float) and v != v else v) for k, v in record.items()}
        if isinstance(clean.get("file"), str) and PurePath(clean["file"]).is_absolute():
            clean["file"] = PurePath(clean["file"]).name  # never a server path (see data.relative_files)
        lines.append(json.dumps(clean, ensure_ascii=False, default=_plain))
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def _plain(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)
