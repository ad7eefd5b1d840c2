"""Handing links and attachments to other programs, with a way out when none opens them.

`QDesktopServices.openUrl` returns False when no program takes the link or file (no
browser configured, no viewer for the file type): rather than nothing happening, a
message names what could not be opened and offers *Save Attachment As…* (the verified
bytes, written through safe_files, which refuses the database as every writer does) or
*Copy Address* (the link to the clipboard).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from pledge_tracker import safe_files
from pledge_tracker.domain.errors import PledgeError
from pledge_tracker.ui.file_dialogs import save_file
from pledge_tracker.ui.settings import Settings

_OPEN: set[QMessageBox] = set()  # boxes without a parent, kept alive until answered


def open_link(address: str, parent: QWidget | None) -> bool:
    """Open a link in its program; if none opens it, say so and offer to copy it."""
    if QDesktopServices.openUrl(QUrl(address)):
        return True
    box = _box(
        parent,
        QCoreApplication.translate("OpenExternal", "Link not opened"),
        QCoreApplication.translate("OpenExternal", "No program on this computer opened the link:")
        + f"\n\n{address[:300]}",
    )
    copy = box.addButton(
        QCoreApplication.translate("OpenExternal", "&Copy Address"),
        QMessageBox.ButtonRole.ActionRole,
    )
    copy.clicked.connect(lambda: copy_address(address))
    box.setInformativeText(
        QCoreApplication.translate("OpenExternal", "Copy the address to paste it into a browser.")
    )
    _show(box, copy)
    return False


def open_file_copy(path: Path, filename: str, content: bytes, parent: QWidget | None) -> bool:
    """Open a temporary copy of an attachment; if nothing opens it, offer to save it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = _box(
        parent,
        QCoreApplication.translate("OpenExternal", "Attachment not opened"),
        QCoreApplication.translate(
            "OpenExternal", "No program on this computer opened the attachment {0}."
        ).format(filename),
    )
    save = box.addButton(
        QCoreApplication.translate("OpenExternal", "&Save Attachment As…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    save.clicked.connect(lambda: save_attachment_as(filename, content, parent))
    box.setInformativeText(
        QCoreApplication.translate(
            "OpenExternal", "Save a copy where you choose, then open it from there."
        )
    )
    _show(box, save)
    return False


def copy_address(address: str) -> None:
    """Put a link on the clipboard."""
    QGuiApplication.clipboard().setText(address)


def save_attachment_as(filename: str, content: bytes, parent: QWidget | None) -> Path | None:
    """Ask where to save an attachment's bytes and write them there; the path, or None."""
    answer = save_file(
        Settings(),
        parent,
        QCoreApplication.translate("OpenExternal", "Save Attachment As"),
        filename,
    )
    if answer is None:
        return None
    chosen = answer[0]
    try:
        return safe_files.write_bytes(Path(chosen), content)
    except (PledgeError, OSError) as error:
        QMessageBox.warning(
            _alive(parent),
            QCoreApplication.translate("OpenExternal", "Attachment not saved"),
            QCoreApplication.translate("OpenExternal", "{0} was not saved: {1}").format(
                Path(chosen).name, error
            ),
        )
        return None


def _box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=_alive(parent))
    box.setObjectName("openFailedBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def _show(box: QMessageBox, default: QPushButton) -> None:
    """Show without blocking; the box closes after any button, the way out included."""
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(default)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN.add(box)
    box.finished.connect(lambda _result: _OPEN.discard(box))
    box.open()


def _alive(parent: QWidget | None) -> QWidget | None:
    return parent if parent is not None and shiboken6.isValid(parent) else None
