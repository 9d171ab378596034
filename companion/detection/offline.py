"""Keep presidio's email validation offline.

presidio's EmailRecognizer validates the domain with ``tldextract.extract``,
whose default extractor downloads the public suffix list on first use. On a
municipal PC behind a proxy, or on this build machine, that hangs and logs
errors. The extractor below uses only the snapshot bundled with tldextract.
"""

import tldextract.tldextract


def use_bundled_suffix_list() -> None:
    """Make ``tldextract.extract`` use its bundled suffix list, never the network."""
    current = tldextract.tldextract.TLD_EXTRACTOR
    if current.suffix_list_urls:
        tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(
            suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
        )
    # Read the snapshot now (about 0.1 s), not during the first scan with an e-mail address.
    tldextract.extract("example.dk")
