"""A large sync file checked line by line by a child process while the city parses and merges it.

Checking a city-sized file's lines (every column's rules, every UUID once, the counts against
the manifest) is about half of a re-sent file's merge, all of it Python. A child process runs
the checked reading (`Reader.batches_here`, chunked.py) exactly as the merge's own process
would, and answers for each batch: sound, or the file's refusal. Meanwhile the merge parses
the same payload without checks (`Reader.trusted_batches`: the same batches of a sound file
for a quarter of the cost) and hands a batch to the merge only once the child has called that
very batch (its kind and size) sound. So the batches, the refusal (its reason, message and
named lines) and where a fault stops the merge are those of the checked reading; the merge's
transaction rolls back what earlier batches wrote, as before. Where the trusting parse meets
anything it may not judge (sections.Mistrust, a damaged stream, any failure) it waits for the
child's verdict, which is the refusal; a child that calls sound what this process could not
read is a failure ("tidak sepakat"), never a merge.

The request (the file's verified bytes, its manifest and, for a sealed file, the city's secret
key) goes through the child's standard input, never its command line, environment or disk;
the answers are a few bytes a batch. The child never outlives the merge: when the merge stops
reading (done, failed or cancelled) it is killed and reaped. Small files are read in the
merge's own process, where starting a child would cost more than it saves.

In the PyInstaller bundle the program's own executable is the child (`--parse-worker`,
installer/entry.py); from source it is `python -m` this module.
"""

from __future__ import annotations

import os
import pickle
import queue
import threading
import time
from collections.abc import Iterator

from jamsostek_desktop import children
from jamsostek_desktop.errors import AppError, translate

WORKER_FLAG = "--parse-worker"
CHILD_FROM = 8 * 1024 * 1024        # plain payload bytes (about 30,000 participants) from which a child checks

FAILED = translate("container", "Memeriksa isi berkas gagal ({reason}); tidak ada yang digabung.")
CHILD_DIED = translate("container", "pemeriksa berkas berhenti tiba-tiba")
DISAGREE = translate("container", "pemeriksa dan pembaca berkas tidak sepakat")

# What the last child cost (benchmarks): its CPU seconds and peak resident memory (MB, Linux).
last_usage: dict[str, float] = {}


def command() -> list[str]:
    return children.command(__name__, WORKER_FLAG)


def worth_a_child(plain_size: int) -> bool:
    return plain_size >= CHILD_FROM and (os.cpu_count() or 1) > 1


def request_of(reader) -> dict:
    """What the child needs to read the file as `reader` would (chunked.Reader)."""
    secret = None
    if reader.payload["sealed_to"] is not None:
        from jamsostek_desktop.services.sync.format import crypto

        secret = reader.secret_for(crypto.unb64(reader.payload["sealed_to"], crypto.KEY_BYTES) or b"")
    from jamsostek_desktop.services.sync.format import chunked

    return {"data": reader.data, "info": reader.info, "manifest": reader.manifest, "budget": reader.budget,
            "secret": secret, "known": reader.known_categories, "fields": reader.field_keys, "batch": chunked.BATCH}


class _Child:
    def __init__(self, reader) -> None:
        try:
            self.process = children.start(command())
        except OSError as exc:
            raise AppError(FAILED.format(reason=str(exc))) from exc
        self.verdicts: queue.Queue = queue.Queue()          # a few bytes each: never large
        self.thread = threading.Thread(target=children.talk, args=(
            self.process, pickle.dumps(request_of(reader), children.PROTOCOL), self.verdicts.put,
            lambda verdict: verdict[0] != "ok"), name="sync-check-child", daemon=True)
        self.thread.start()

    def next(self) -> tuple:
        """The next verdict: ("ok", kind, size) or ("done", cpu, peak); a refusal or a failure is raised."""
        from jamsostek_desktop.services.sync.format.container import RefusedFile

        verdict = self.verdicts.get()
        if verdict[0] == "refused":
            raise RefusedFile(verdict[1], verdict[2], verdict[3])
        if verdict[0] in ("ok", "done"):
            return verdict
        raise AppError(FAILED.format(reason=verdict[1] if verdict[0] == "error" else CHILD_DIED))

    def refusal(self) -> None:
        """The child's refusal after this process's reading stopped short; never returns."""
        while self.next()[0] == "ok":
            pass
        raise AppError(FAILED.format(reason=DISAGREE))       # it found the file sound: not ours to pass

    def end(self) -> None:
        children.end(self.process, self.thread)


def batches(reader) -> Iterator[tuple[str, object]]:
    """reader.batches() with the checking done by a child: the same batches, or the same RefusedFile."""
    child = _Child(reader)
    try:
        parsed = reader.trusted_batches()
        while True:
            try:
                kind, batch = next(parsed)
            except StopIteration:
                break
            except Exception:           # noqa: BLE001 (Mistrust, a damaged stream, anything: the child judges)
                child.refusal()
            if child.next() != ("ok", kind, len(batch)):
                raise AppError(FAILED.format(reason=DISAGREE))
            yield kind, batch
        done = child.next()
        if done[0] != "done":
            raise AppError(FAILED.format(reason=DISAGREE))
        last_usage.update(cpu=done[1], peak_mb=done[2])
    finally:
        child.end()


# --- the child ------------------------------------------------------------------

def serve(request: dict, send) -> None:
    from jamsostek_desktop.services.sync.format import chunked
    from jamsostek_desktop.services.sync.format.container import RefusedFile

    secret = request["secret"]
    chunked.BATCH = request["batch"]          # the batches this process cuts are the merge's
    reader = chunked.Reader(request["data"], request["info"], request["manifest"], request["budget"],
                            lambda recipient: secret, request["known"], request["fields"])
    try:
        for kind, batch in reader.batches_here():
            send(("ok", kind, len(batch)))
    except RefusedFile as exc:
        send(("refused", exc.reason, exc.message, exc.details))
        return
    send(("done", time.process_time(), children.memory_mb().get("VmHWM", 0.0)))


def main() -> int:
    return children.serve(serve, lambda exc: type(exc).__name__)      # the name only: never a value


if __name__ == "__main__":
    raise SystemExit(main())
