"""Downloads: the filtered events (CSV), their places (GeoJSON) and the articles (JSON Lines)."""

from __future__ import annotations

import json

import pandas as pd

from kurils.tables import to_csv_frame

EVENT_EXPORT_COLUMNS = [
    "key",
    "title",
    "type",
    "status",
    "date",
    "date_first",
    "date_last",
    "precision",
    "places",
    "people",
    "outlets",
    "n_sources",
    "article_ids",
]
ARTICLE_EXPORT_COLUMNS = [
    "id",
    "file",
    "outlet",
    "wire_source",
    "headline",
    "published",
    "published_first",
    "published_last",
    "published_precision",
    "published_inferred",
    "published_evidence",
    "language",
    "body",
    "places",
    "people",
    "n_events",
    "error",
]


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
        lines.append(json.dumps(clean, ensure_ascii=False, default=_plain))
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def _plain(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)
