"""The age envelope around an update file: a thin layer over pyrage (age-encryption.org/v1).

Two ways to lock: the recipient's X25519 public key (after pairing), or a passphrase (age's scrypt
recipient). pyrage cannot cap scrypt's work factor, and a hostile file could ask for minutes of CPU, so the
header is read here first and an excessive work factor is refused before pyrage is called.
"""

from __future__ import annotations

import pyrage

MAGIC = b"age-encryption.org/v1\n"
MAX_WORK_FACTOR = 21
"""pyrage calibrates scrypt to about a second (log2 N = 19 on the reference laptop; the age CLI writes 18);
21 leaves room for a machine four times faster and refuses the 2^23 and beyond that take a minute or more."""
MAX_HEADER = 64 * 1024


class EnvelopeError(ValueError):
    """A file that cannot be opened as asked; the message is one plain sentence."""


def new_identity() -> str:
    """A fresh X25519 age identity (AGE-SECRET-KEY-1…), kept in the database's settings."""
    return str(pyrage.x25519.Identity.generate())


def public_key(identity: str) -> str:
    return str(pyrage.x25519.Identity.from_str(identity).to_public())


def check_public_key(text: str) -> str:
    """The key as typed or pasted, tidied, or an EnvelopeError saying why it cannot be a key."""
    key = "".join(text.split()).lower()
    if not key.startswith("age1"):
        raise EnvelopeError(
            "A LeadApp key starts with age1: copy the whole key from the other person's screen."
        )
    try:
        pyrage.x25519.Recipient.from_str(key)
    except pyrage.RecipientError as error:
        raise EnvelopeError(
            "That key is not complete or has a typing mistake: check it letter by letter."
        ) from error
    return key


def lock_for_key(data: bytes, key: str) -> bytes:
    return bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(key)]))


def lock_with_passphrase(data: bytes, passphrase: str) -> bytes:
    if not passphrase:
        raise EnvelopeError("Type a passphrase to lock the file with.")
    return bytes(pyrage.passphrase.encrypt(data, passphrase))


def stanzas(blob: bytes) -> list[list[str]]:
    """The recipient stanzas of an age header, as their argument lists, or an EnvelopeError."""
    if not blob.startswith(MAGIC):
        raise EnvelopeError("This file is not a LeadApp update file.")
    end = blob.find(b"\n---", 0, MAX_HEADER)
    if end < 0:
        raise EnvelopeError("This update file is damaged or incomplete.")
    try:
        lines = blob[len(MAGIC) : end].decode("ascii").split("\n")
    except UnicodeDecodeError as error:
        raise EnvelopeError("This update file is damaged or incomplete.") from error
    return [line[3:].split(" ") for line in lines if line.startswith("-> ")]


def is_passphrase_file(blob: bytes) -> bool:
    return any(s and s[0] == "scrypt" for s in stanzas(blob))


def check_work_factor(blob: bytes) -> None:
    """Refuse a passphrase file asking for more scrypt work than LeadApp would ever write."""
    for stanza in stanzas(blob):
        if stanza and stanza[0] == "scrypt":
            factor = stanza[2] if len(stanza) == 3 else ""
            if not factor.isdigit() or len(factor) > 2:
                raise EnvelopeError("This update file is damaged or incomplete.")
            if int(factor) > MAX_WORK_FACTOR:
                raise EnvelopeError(
                    "This file's passphrase lock asks for far more work than LeadApp ever uses, "
                    "so it was not opened."
                )


def unlock(blob: bytes, identity: str, passphrase: str | None) -> bytes:
    """The payload inside an update file, unlocked with our identity or the passphrase."""
    stanzas(blob)
    try:
        if is_passphrase_file(blob):
            if not passphrase:
                raise EnvelopeError(
                    "This update file is locked with a passphrase: type the passphrase to open it."
                )
            check_work_factor(blob)
            return bytes(pyrage.passphrase.decrypt(blob, passphrase))
        return bytes(pyrage.decrypt(blob, [pyrage.x25519.Identity.from_str(identity)]))
    except pyrage.DecryptError as error:
        if is_passphrase_file(blob):
            raise EnvelopeError(
                "The passphrase is not right, or the file was changed after it was made."
            ) from error
        raise EnvelopeError(
            "This update file was not made for this database (or it was changed after it was made)."
        ) from error
    except (ValueError, OverflowError, pyrage.IdentityError) as error:
        if isinstance(error, EnvelopeError):
            raise
        raise EnvelopeError("This update file is damaged or incomplete.") from error
