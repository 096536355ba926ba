"""Errors with a message a person can act on. The pipeline turns each into a failed/skipped Result."""

from __future__ import annotations


class ScrubError(Exception):
    """Base class. `str(error)` is the user-facing reason (without the file name)."""

    #: the Result status this error leads to
    status: str = "failed"


class UnsupportedFormat(ScrubError):
    """A format scrubkit cannot clean safely (RAW, PSD, PDF, video, unknown): skipped, never copied."""

    status = "skipped"


class CorruptImage(ScrubError):
    """The file claims to be an image but cannot be decoded (empty, truncated, garbage)."""


class ImageTooLarge(ScrubError):
    """Over the pixel or byte limit: a decompression bomb or simply too big to process safely."""


class UnreadableFile(ScrubError):
    """The input cannot be read (permissions, vanished, a directory, a symlink loop)."""


class OutputExists(ScrubError):
    """The output file exists and overwriting was not asked for."""

    status = "skipped"
    #: the start of every "kept an existing output" reason (see `kept_existing`)
    KEPT = "output already exists"

    @classmethod
    def kept(cls, dst: object) -> OutputExists:
        return cls(f"{cls.KEPT}: {dst} (use --overwrite to replace it)")


def kept_existing(status: str, reason: str | None) -> bool:
    """Was a file skipped because an output of its name already existed (and was left as it was)?"""
    return status == "skipped" and (reason or "").startswith(OutputExists.KEPT)


class OutputNotWritable(ScrubError):
    """The clean copy could not be written (permissions, disk full); no partial file is left."""


class DetectorError(ScrubError):
    """A face, person or text detector failed: the file is not written (fail closed)."""


class VerificationError(ScrubError):
    """The output still carried something it must not (a privacy tag, a face, readable text)."""


class PolicyError(ScrubError):
    """The policy asks for something invalid or unavailable."""


class TextInputError(ScrubError):
    """Post text that cannot be processed (not UTF-8, too long)."""


class UsageError(ScrubError):
    """The request itself cannot be carried out (output inside input, missing source): nothing runs."""
