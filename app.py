"""Streamlit entry point: wires the views to the data (the articles table until the app issue lands)."""

from pathlib import Path

import pandas as pd
import streamlit as st

from kurils.pipeline import parse_paths

SEEDS = Path(__file__).parent / "seeds"


@st.cache_data(show_spinner=False)
def load_articles() -> pd.DataFrame:
    records = [a.to_record() for a in parse_paths([SEEDS])]
    return pd.DataFrame(records)[["outlet", "published", "headline", "language", "error"]]


st.set_page_config(page_title="kurils", layout="wide")
st.title("Kurils: coverage of the southern Kuril Islands dispute")
st.dataframe(load_articles(), hide_index=True)
