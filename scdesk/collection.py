"""Python's cycle collector held back from what was there before a long piece of work: a bundle
merged, a report made.

Such work makes and drops many small objects (a line's values, its record, the rows written; a
table cell's glyphs and layout); every few hundred of them the collector walks the objects made
since, and every so many of those walks it walks every object the program holds (the models,
the tables, the translations). On a bundle of 46,000 fields that took about a quarter of the
merge, and a tenth of a key figures report at demo scale 50. While the work runs, the objects
alive before it are set aside from those walks (gc.freeze), and put back when it ends. The
collector still runs as often as ever on what the work makes: walking it less often was tried,
and saved a few hundredths of a second for a sixth more memory on a large bundle.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The objects alive now left out of the collector's walks for the block; put back after
    it, whatever happens in it. Within another such block (a report made while a merge runs on
    another thread), the outer one puts them back."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
