"""Signing (Ed25519) and sealing (X25519 SealedBox) with PyNaCl, keys as base64 text.

An installation signs each manifest with its own Ed25519 key; the city office's
X25519 public key seals the payload so that only the city can read a lost file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

KEY_BYTES = 32
SIGNATURE_BYTES = 64


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int | None = None) -> bytes | None:
    """Strict base64 decoding; None when the text is not base64 (or not `size` bytes)."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError):
        return None
    if size is not None and len(data) != size:
        return None
    return data


def fingerprint(public_key: bytes) -> str:
    """A short, readable form of a public key for people to compare: `3F2A 91C0 ...`."""
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


# --- signing -------------------------------------------------------------------

def new_signing_seed() -> bytes:
    return bytes(SigningKey.generate())


def verify_key_of(seed: bytes) -> bytes:
    return bytes(SigningKey(seed).verify_key)


def sign(seed: bytes, message: bytes) -> bytes:
    return SigningKey(seed).sign(message).signature


def verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        VerifyKey(public_key).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


# --- sealing -------------------------------------------------------------------

def new_box_keypair() -> tuple[bytes, bytes]:
    """(secret, public) of a new X25519 key pair."""
    secret = PrivateKey.generate()
    return bytes(secret), bytes(secret.public_key)


def box_public_of(secret: bytes) -> bytes:
    return bytes(PrivateKey(secret).public_key)


def seal(public_key: bytes, data: bytes) -> bytes:
    return SealedBox(PublicKey(public_key)).encrypt(data)


def unseal(secret: bytes, data: bytes) -> bytes | None:
    """The plaintext, or None when the box was not sealed to this key or was altered."""
    try:
        return SealedBox(PrivateKey(secret)).decrypt(data)
    except (CryptoError, ValueError, TypeError):
        return None
