"""What every page and form is handed: the store, the op helper, the settings and the drafts."""

from dataclasses import dataclass
from pathlib import Path

from scdesk.settings import Settings
from scdesk.store.store import Store
from scdesk.ui.draft_keeper import DraftKeeper
from scdesk.ui.ops import Ops
from scdesk.ui.settings_store import SettingsStore


@dataclass(slots=True, eq=False)
class AppContext:
    """Built once by the composition root (app.py) and passed down; never a global."""

    store: Store
    ops: Ops
    settings: Settings
    settings_store: SettingsStore
    drafts: DraftKeeper

    @property
    def data(self) -> Path:
        """The data folder: the store's, where drafts and settings live too."""
        return self.store.folder
