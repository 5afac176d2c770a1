from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

from privacy_gateway.audit import RecordReader, summarise
from privacy_gateway.audit.html_page import render_html

from tests.audit.helpers import SYNTHETIC, fill_log

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium not installed (apt-get install -y chromium)"
)
WINDOW = (900, 1600)

# Injected into a copy of the page only for the test: measures what Chromium actually laid out.
MEASURE = """<script>
const out = {viewport: window.innerWidth, charts: {}};
for (const svg of document.querySelectorAll('svg.chart')) {
  const r = svg.getBoundingClientRect();
  out.charts[svg.id] = {left: r.left, right: r.right, width: r.width, height: r.height,
    bars: [...svg.querySelectorAll('rect.bar')].map(b => { const q = b.getBoundingClientRect();
      return {series: b.dataset.series, count: +b.dataset.count, w: q.width, h: q.height,
              top: q.top, bottom: q.bottom, left: q.left, fill: getComputedStyle(b).fill}; })};
}
out.cards = [...document.querySelectorAll('.card')].map(c => c.innerText.replace(/\\s+/g, ' '));
out.headings = [...document.querySelectorAll('h1, h2')].map(h => h.innerText);
const pre = document.createElement('pre'); pre.id = 'measure';
pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
</script>"""


@pytest.fixture
def page(log_path: Path, tmp_path: Path) -> Path:
    fill_log(log_path, SYNTHETIC)
    path = tmp_path / "report.html"
    path.write_text(render_html(summarise(RecordReader(log_path))), encoding="utf-8")
    return path


def test_the_page_is_self_contained(page: Path) -> None:
    text = page.read_text()
    for outside in ("<script", "http://", "https://", "url(", "@import", "<link", "@font-face", " src="):
        assert outside not in text
    assert text.count("<svg") == 2


def test_the_charts_hold_one_bar_per_count(page: Path) -> None:
    text = page.read_text()
    tier = text[text.index('id="tier-chart"') : text.index("</svg>", text.index('id="tier-chart"'))]
    bars = re.findall(r'data-series="(\w+)" data-count="(\d+)"', tier)
    assert bars == [("local", "2"), ("cloud", "1"), ("local", "1"), ("cloud", "2"), ("none", "2")]
    entity = text[text.index('id="entity-chart"') :]
    rows = re.findall(r'data-row="(\w+)" data-series="(\w+)" data-count="(\d+)"', entity)
    assert sorted(rows) == [
        ("EMAIL_ADDRESS", "pseudonymize", "2"), ("PERSON", "pseudonymize", "2"),
        ("US_SSN", "block", "1"), ("US_SSN", "local_only", "1"),
    ]


def test_an_empty_period_says_so(log_path: Path) -> None:
    fill_log(log_path, [])
    text = render_html(summarise(RecordReader(log_path)))
    assert "No requests in this period." in text and "<svg" not in text


def chromium(url: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
             f"--window-size={WINDOW[0]},{WINDOW[1]}", *args, url.as_uri()],
            capture_output=True, text=True, timeout=60, check=True,
        )


@needs_chromium
def test_chromium_lays_out_both_charts_to_scale(page: Path, tmp_path: Path) -> None:
    measured = tmp_path / "measured.html"
    measured.write_text(page.read_text().replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom = chromium(measured, "--dump-dom").stdout
    found = json.loads(html.unescape(re.search(r'<pre id="measure">(.*?)</pre>', dom, re.S)[1]))

    assert found["headings"][0] == "privacy-gateway audit report"
    assert "8 requests" in found["cards"] and "3 escalations to the cloud" in found["cards"]
    tier, entity = found["charts"]["tier-chart"], found["charts"]["entity-chart"]
    for chart in (tier, entity):
        assert chart["width"] > 600 and chart["left"] >= 0 and chart["right"] <= found["viewport"]
    assert tier["height"] > 150

    colours = {"local": "rgb(46, 125, 50)", "cloud": "rgb(21, 101, 192)", "none": "rgb(239, 108, 0)"}
    assert [(b["series"], b["fill"]) for b in tier["bars"]] == [
        (s, colours[s]) for s in ("local", "cloud", "local", "cloud", "none")
    ]
    per_request = {round(b["h"] / b["count"], 1) for b in tier["bars"]}
    assert len(per_request) == 1 and per_request.pop() > 10  # heights proportional, and visible
    first_column = tier["bars"][:2]
    assert first_column[1]["bottom"] == pytest.approx(first_column[0]["top"], abs=0.5)  # stacked

    per_count = {round(b["w"] / b["count"], 1) for b in entity["bars"]}
    assert len(per_count) == 1 and per_count.pop() > 50


@needs_chromium
def test_chromium_screenshots_the_page(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(page, f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == WINDOW
    assert len(data) > 30_000  # a blank page of this size compresses to a few kB
