"""The smallest sensible Streamlit app (a title and a dataframe): the baseline for app timings."""
import pandas as pd
import streamlit as st

st.title("minimal")
st.dataframe(pd.DataFrame({"a": range(100), "b": range(100)}))
