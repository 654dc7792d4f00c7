"""The page's few scripts and its style of our own (no article text in them), put in once.

- A tap on the timeline: plotly.js takes a finger's first tap on a point as a hover and only the
  second as a click (plotly.js issues 1858, 6721). Moving the pointer there first, as a mouse
  would, makes the first tap pick the event.
- The ←/→ keys press the story stepper's Previous/Next buttons (not while typing in a field).
"""

from __future__ import annotations

PAGE_SCRIPT = """<script>
(function () {
  if (window.kurilsPage) return;
  window.kurilsPage = true;
  document.addEventListener("touchstart", function (e) {
    var t = e.target;
    if (!t || !t.closest || !t.closest('[data-testid="stPlotlyChart"]') || !e.touches.length) return;
    var touch = e.touches[0];
    t.dispatchEvent(new MouseEvent("mousemove", {
      bubbles: true, cancelable: true, clientX: touch.clientX, clientY: touch.clientY, view: window
    }));
  }, {capture: true, passive: true});
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var el = document.activeElement;
    if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
    var key = e.key === "ArrowLeft" ? "step_prev" : e.key === "ArrowRight" ? "step_next" : null;
    if (!key) return;
    var button = document.querySelector(".st-key-" + key + " button");
    if (button && !button.disabled) { e.preventDefault(); button.click(); }
  });
})();
</script><span class="kr-nogap"></span>"""


def page_script() -> str:
    return PAGE_SCRIPT


# Streamlit shows a shimmering placeholder for each element whose code is still loading (its
# Suspense fallback, ``stSkeleton``). Where the page is composited in software (no GPU: headless
# Chromium, many laptops' remote desktops) the ~25 placeholders of this page's first view kept the
# GPU process compositing frames while they waited: ~5 of its 12 CPU-seconds in a profile of the
# first view (bench/notes.md). They stay, still; the page's own spacing rules come with them (the
# top padding is 1rem less than before). Elements that draw nothing (this style, the page's script)
# are marked ``kr-nogap`` and take no room: a hidden element gets no gap of the column's flex
# layout; its style still applies and its script still runs. The column's gaps are 0.6rem, not 1rem.
PAGE_STYLE = """<style>
[data-testid="stSkeleton"],.stSkeleton{animation:none!important}
.block-container{padding-top:3rem;padding-bottom:1rem}
.st-key-reader{scroll-margin-top:4.5rem}
.stMainBlockContainer [data-testid="stVerticalBlock"]{gap:.6rem}
[data-testid="stElementContainer"]:has(.kr-nogap){display:none}
</style><span class="kr-nogap"></span>"""


def page_style() -> str:
    """The page's CSS, for ``st.markdown(..., unsafe_allow_html=True)`` as the first element: the
    markdown renderer is in Streamlit's first bundle, so the rules hold before any placeholder is
    drawn (``st.html`` is itself loaded on demand, behind such a placeholder)."""
    return PAGE_STYLE
