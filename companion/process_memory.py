"""Keep the companion's resident memory small on a machine it shares with a browser and an office suite.

glibc gives every thread that allocates under contention its own heap ("arena"), and a freed block goes
back to the heap it came from. The companion's threads (waitress's workers, the two threads that analyse
a long text's chunks, the native host's loader) each grew an arena that kept the peak of its largest scan.
Under `bench/performance.py`'s load the peak fell from 305 to 245 MB with two arenas, and scans were as
fast (one arena kept more: the two chunk threads then fragment one heap). Two, because two threads do the
work at once.
"""

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

#: glibc's mallopt parameter for the most arenas (malloc.h: ``M_ARENA_MAX``).
_M_ARENA_MAX = -8
MALLOC_ARENAS = 2


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Ask glibc for at most ``arenas`` heaps; return whether it agreed.

    Call it before the first worker thread starts: arenas that exist stay. Elsewhere (macOS, Windows,
    musl) there is no such knob and nothing happens; the companion works the same, with more memory.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    agreed = mallopt(_M_ARENA_MAX, arenas) == 1
    if not agreed:
        log.info("glibc did not accept M_ARENA_MAX=%d", arenas)
    return agreed
