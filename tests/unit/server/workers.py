"""What each of several staff does in its own process, with its own connection to the server."""

from __future__ import annotations

import os


def _open(url: str, home: str) -> None:
    os.environ["JAMSOSTEK_HOME"] = home
    from jamsostek_desktop.services.startup import init_db

    init_db(url)


def review(url: str, home: str, username: str, password: str, barrier, results) -> None:
    """Take issues from the queue and keep the city's version of each until none is left."""
    try:
        _open(url, home)
        from jamsostek_desktop.services.accounts import session, users
        from jamsostek_desktop.services.server import review_queue
        from jamsostek_desktop.services.sync import conflicts

        session.set_actor(users.authenticate(username, password))
        barrier.wait()
        decided = []
        while (issue_id := review_queue.claim_next()) is not None:
            conflicts.resolve_conflict(issue_id, conflicts.KEEP_CURRENT, note=f"oleh {username}")
            decided.append(issue_id)
        results.put((username, decided, None))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put((username, [], f"{type(exc).__name__}: {exc}"))


def decide_one(url: str, home: str, username: str, password: str, issue_id: int, barrier, results) -> None:
    """Decide one given issue at the same moment as another person does."""
    try:
        _open(url, home)
        from jamsostek_desktop.services.accounts import session, users
        from jamsostek_desktop.services.sync import conflicts

        session.set_actor(users.authenticate(username, password))
        barrier.wait()
        conflicts.resolve_conflict(issue_id, conflicts.KEEP_CURRENT, note=f"oleh {username}")
        results.put((username, "decided"))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put((username, f"{type(exc).__name__}: {exc}"))


def import_files(url: str, home: str, username: str, password: str, paths: list[str], barrier, results) -> None:
    try:
        _open(url, home)
        from jamsostek_desktop.services.accounts import session, users
        from jamsostek_desktop.services.sync import importing

        session.set_actor(users.authenticate(username, password))
        barrier.wait()
        report = importing.import_files(paths)
        results.put([(f.path.name, f.outcome, f.added) for f in report.files])
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(f"{type(exc).__name__}: {exc}")
