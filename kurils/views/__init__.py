"""Views of the tables: state and links, timeline, map, reader, exports (pure, tested without Streamlit)."""
