"""The device card: a device's name and public keys in a small file, so that a hub can trust a
new officer's laptop (its fingerprint read out and compared) and write the laptop's first
bundle before the laptop has sent one.

A card is plain JSON, not signed: what makes it trustworthy is the person comparing the
fingerprint of its two keys with the one the laptop shows, exactly as for a bundle's sender.
"""

from pathlib import Path

import orjson

from scdesk.domain.errors import UserError
from scdesk.domain.outside import shown
from scdesk.i18n import translate
from scdesk.paths import not_a_file, written_whole
from scdesk.sync.manifest import ManifestError, Party, party_from, party_json
from scdesk.sync.profile import newer_version_sentence

CARD_FORMAT = "scdesk-device-card"
CARD_VERSION = 1
CARD_SUFFIX = ".scdesk-device"
#: A card holds one device: a few hundred bytes. Anything larger is not one.
MAX_CARD = 64 << 10


def write_card(path: Path, party: Party) -> None:
    body = {"format": CARD_FORMAT, "format_version": CARD_VERSION, "device": party_json(party)}
    with written_whole(path) as handle:
        handle.write(orjson.dumps(body, option=orjson.OPT_INDENT_2) + b"\n")


def is_card(path: Path) -> bool:
    """Whether the file at path is meant as a device card (JSON), not a bundle (a zip): only its
    first bytes are read."""
    if not_a_file(path) is not None:
        return False
    try:
        with path.open("rb") as handle:
            start = handle.read(64).lstrip()
    except OSError:
        return False
    return start.startswith(b"{")


def not_a_card(path: Path) -> str:
    """The sentence for a file that is not a whole, untouched device card."""
    text = translate("Sync", "{file} is not an scdesk device card, or it was damaged.")
    return text.format(file=shown(path.name))


def read_card(path: Path) -> Party:
    """The device a card describes; one sentence when the file is not a whole card."""
    unreadable = not_a_file(path)
    if unreadable is not None:
        raise UserError(unreadable)
    refused = not_a_card(path)
    try:
        if path.stat().st_size > MAX_CARD:
            raise UserError(refused)
        data = orjson.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise UserError(refused)
        if data.get("format_version") != CARD_VERSION:
            raise UserError(newer_version_sentence().format(file=shown(path.name)))
        device = data.get("device")
        if not isinstance(device, dict):
            raise UserError(refused)
        return party_from(device)
    except (OSError, orjson.JSONDecodeError, ManifestError) as error:
        raise UserError(refused) from error
