"""The page's few scripts of our own (no article text in them), put in once with ``st.html``.

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
</script>"""


def page_script() -> str:
    return PAGE_SCRIPT
