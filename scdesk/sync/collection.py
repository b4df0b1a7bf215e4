"""Python's cycle collector held back while a bundle is merged.

A merge makes and drops many small objects (a line's values, its record, the rows written); each
few hundred of them the collector walks the objects made since, and each few of those walks it
walks every object the program holds (the models, the tables, the translations). On a bundle of
46,000 fields that took about a quarter of the merge. While a merge runs, the objects alive
before it are set aside from those walks (gc.freeze) and the youngest objects are walked every
20,000 made rather than every 700; both are put back as they were when it ends. Memory stays
bounded: cycles are still collected, only later.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Objects made between two walks of the youngest generation while a merge runs (Python's
#: default is 700: each walk then costs more than the objects it could free).
_YOUNGEST = 20_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The collector set as above for the block; restored after it, whatever happens in it."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], _YOUNGEST), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
