"""Keep Presidio's email and URL validation offline.

tldextract, used by Presidio's email and URL recognizers, downloads the public suffix list on first
use. The gateway may only talk to configured backends, so pin it to the snapshot bundled with
tldextract: no network, no cache directory.
"""

from __future__ import annotations

import tldextract
import tldextract.tldextract as _tld


def pin_tldextract_offline() -> None:
    """Replace tldextract's module-level extractor with one that never fetches anything."""
    _tld.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
