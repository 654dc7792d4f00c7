"""The bare page the app's first view is compared with in Chromium: one plotly chart and one deck
map of the app's sizes (the timeline's column, 330 px map, wide layout, a sidebar), nothing else.

Same libraries and the same Streamlit elements as the app, so the ratio is what the app adds:
its data, layers, legends and widgets.
"""
import plotly.graph_objects as go
import pydeck as pdk
import streamlit as st

st.set_page_config(page_title="bare", layout="wide")
st.sidebar.header("Filters")
left, right = st.columns([3, 2], gap="medium")
with left:
    figure = go.Figure(go.Scatter(x=[2014, 2016, 2018], y=["a", "b", "a"], mode="markers"))
    figure.update_layout(height=330, margin={"l": 10, "r": 10, "t": 10, "b": 10})
    st.plotly_chart(figure, config={"displaylogo": False})
    point = pdk.Layer("ScatterplotLayer", data=[{"lon": 146.0, "lat": 44.0}], get_position=["lon", "lat"],
                      get_radius=8, radius_units="'pixels'", get_fill_color=[31, 95, 168])
    st.pydeck_chart(pdk.Deck(layers=[point], initial_view_state=pdk.ViewState(latitude=44, longitude=146,
                                                                            zoom=3), map_provider=None),
                    height=330)
right.markdown("**Reader**")
