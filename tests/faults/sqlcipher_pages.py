"""Reading an encrypted database's pages decrypted, as they lie in the file (free pages and
leftovers in the write-ahead log included), to look for traces SQL would not show.

SQLCipher 4's page: AES-256-CBC over the content, then the 16-byte IV and the 64-byte HMAC in
the page's reserved bytes; page 1 begins with the 16-byte salt. The HMAC is not checked here.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from rustool.encryption import SALT_SIZE, Key

PAGE_SIZE = 4096
IV_SIZE = 16
RESERVE = IV_SIZE + 64  # IV and HMAC-SHA512
WAL_HEADER, FRAME_HEADER = 32, 24


def _page(data: bytes, key: Key, first: bool) -> bytes:
    body_end = PAGE_SIZE - RESERVE
    iv = data[body_end : body_end + IV_SIZE]
    body = data[SALT_SIZE if first else 0 : body_end]
    decryptor = Cipher(algorithms.AES(key.raw), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_bytes(path: Path, key: Key) -> bytes:
    """Every page of the database file and of its write-ahead log, decrypted."""
    pages = []
    data = path.read_bytes()
    for number, start in enumerate(range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE)):
        pages.append(_page(data[start : start + PAGE_SIZE], key, first=number == 0))
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        log = wal.read_bytes()
        frame = FRAME_HEADER + PAGE_SIZE
        for start in range(WAL_HEADER, len(log) - frame + 1, frame):
            page_number = int.from_bytes(log[start : start + 4], "big")
            content = log[start + FRAME_HEADER : start + frame]
            pages.append(_page(content, key, first=page_number == 1))
    return b"".join(pages)
