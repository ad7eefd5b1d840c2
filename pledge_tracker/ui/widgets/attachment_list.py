"""An evidence item's attachments: stored ones and files about to be added, each with its SHA-256.

Stored attachments open through a verified temporary copy (temp_copies.py, removed at
exit); when no program opens it, the user is offered to save it instead. Files are added
with a file picker or by dropping them onto the dialog that holds this list.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_tracker import temp_copies
from pledge_tracker.domain.dto import AttachmentRef
from pledge_tracker.services import attachments, dialog_reads
from pledge_tracker.ui import file_dialogs
from pledge_tracker.ui.context import AppContext
from pledge_tracker.ui.error_text import error_text
from pledge_tracker.ui.open_external import open_file_copy, open_link


@dataclass(frozen=True)
class AttachmentEntry:
    """One line of the list: stored in the database (`path` None) or a file to add."""

    filename: str
    sha256: str
    size: int
    path: Path | None = None

    @property
    def pending(self) -> bool:
        return self.path is not None


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def entry_for_file(path: Path) -> AttachmentEntry:
    """A file to add, hashed now so the user sees its SHA-256 before saving."""
    if not path.is_file():  # a FIFO or device would hang the read
        raise ValueError(f"{path.name} is not a regular file")
    size = path.stat().st_size
    if size > attachments.MAX_ATTACHMENT_BYTES:
        raise ValueError(f"{path.name} is {size // 2**20} MB; the limit is 200 MB")
    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return AttachmentEntry(path.name, digest, size, path)


def write_temporary_copy(filename: str, content: bytes) -> Path:
    """A read-only copy for another program to open, removed when the app shuts down."""
    return temp_copies.write_copy(filename, content)


def open_stored(context: AppContext, ref: AttachmentRef, parent: QWidget | None = None) -> None:
    """Load and verify an attachment in a worker, then open a temporary copy of it.

    If no program opens the copy, a message offers to save the attachment elsewhere.
    """

    def load(_worker: object) -> tuple[Path, bytes]:
        content = dialog_reads.attachment(context.database, ref.sha256)  # raises if damaged
        return write_temporary_copy(ref.filename, content), content

    def opened(result: tuple[Path, bytes]) -> None:
        path, content = result
        open_file_copy(path, ref.filename, content, _alive(parent))

    def failed(error: BaseException) -> None:
        title = QCoreApplication.translate("AttachmentList", "The attachment cannot be opened")
        QMessageBox.warning(_alive(parent), title, error_text(error))

    context.run(load, opened, failed)


def _alive(parent: QWidget | None) -> QWidget | None:
    return parent if parent is not None and shiboken6.isValid(parent) else None


class AttachmentList(QWidget):
    """Lists attachments (name, size, SHA-256) with Add file…, Open and Remove.

    Signals
    -------
    sig_changed
        Emitted when a file is added or removed.
    sig_add_failed
        Emitted with a message when a file cannot be added.
    """

    sig_changed = Signal()
    sig_add_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._entries: list[AttachmentEntry] = []
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Attachments"))
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("SHA-256")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add &file…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        for button, name in (
            (self.add_button, self.tr("Add a file as an attachment")),
            (self.open_button, self.tr("Open the selected attachment")),
            (self.remove_button, self.tr("Remove the selected attachment")),
        ):
            button.setAccessibleName(name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda _item, _col: self._on_open_clicked())
        self._update_buttons()

    def set_stored(self, refs: tuple[AttachmentRef, ...]) -> None:
        self._entries = [AttachmentEntry(r.filename, r.sha256, r.size) for r in refs]
        self._rebuild()

    def entries(self) -> list[AttachmentEntry]:
        return list(self._entries)

    def pending_files(self) -> list[attachments.PendingFile]:
        """Files to attach, each with the SHA-256 shown (a file changed since is refused)."""
        return [attachments.PendingFile(e.path, e.sha256) for e in self._entries if e.path]

    def add_files(self, paths: list[Path]) -> None:
        """Add local files (duplicates by content are ignored)."""
        known = {e.sha256 for e in self._entries}
        added = False
        for path in paths:
            try:
                entry = entry_for_file(Path(path))
            except (OSError, ValueError) as exc:
                self.sig_add_failed.emit(
                    self.tr("{0} cannot be attached: {1}").format(Path(path).name, exc)
                )
                continue
            if entry.sha256 not in known:
                self._entries.append(entry)
                known.add(entry.sha256)
                added = True
        if added:
            self._rebuild()
            self.sig_changed.emit()

    def _rebuild(self) -> None:
        self.tree.clear()
        for entry in self._entries:
            name = entry.filename + (self.tr(" (new)") if entry.pending else "")
            item = QTreeWidgetItem([name, human_size(entry.size), entry.sha256])
            item.setToolTip(2, entry.sha256)
            item.setFont(2, QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.tree.addTopLevelItem(item)
        self._update_buttons()

    def _selected(self) -> AttachmentEntry | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        return self._entries[self.tree.indexOfTopLevelItem(items[0])]

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_add_clicked(self) -> None:
        names = file_dialogs.open_files(self._context.settings, self, self.tr("Attach files"))
        self.add_files([Path(name) for name in names])

    def _on_open_clicked(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        if entry.path is not None:  # a file about to be added: its own address can be copied
            open_link(QUrl.fromLocalFile(str(entry.path)).toString(), self)
            return
        open_stored(self._context, AttachmentRef(entry.sha256, entry.filename, entry.size), self)

    def _on_remove_clicked(self) -> None:
        entry = self._selected()
        if entry is not None:
            self._entries.remove(entry)
            self._rebuild()
            self.sig_changed.emit()
