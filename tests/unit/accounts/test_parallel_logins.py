"""Failed logins are counted atomically: forty guesses at once lock the account like five in
a row (issue 12).

Reproduced first with forty real processes released together, each guessing budi's password
once: each read "0 failures so far" and wrote "1", so the account never locked and every
guess was checked; an attacker with a script had unlimited guesses in parallel. Now a guess
reserves its attempt (in the write transaction) before the password is checked: at most
five are ever checked, the rest are refused as locked, and the account ends up locked.
"""

from __future__ import annotations

import sys

import pytest

from tests.processes import finish, start_together

GUESSERS = 40
GUESS = """
i = int(sys.argv[1]); db_path = sys.argv[2]
from jamsostek_desktop.services.startup import init_db
from jamsostek_desktop.services.accounts import users
init_db(db_path)
wait_for_start()
try:
    users.authenticate("budi", f"tebakan-{i}")
    print("ok")
except users.AccountLockedError:
    print("locked")
except users.LoginError:
    print("wrong")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="forty processes at once")
def test_forty_parallel_guesses_lock_the_account_like_five_in_a_row(staffed_db, tmp_path):
    from jamsostek_desktop.services.accounts import users
    from jamsostek_desktop.services.startup import close_database, init_db
    from tests.conftest import PASSWORDS

    close_database()
    workers = start_together(GUESS, GUESSERS, tmp_path / "start", tmp_path / "home", args=(staffed_db,))
    results = finish(workers)
    assert [err for code, _, err in results if code != 0] == []
    outcomes = [out.strip() for _, out, _ in results]
    assert outcomes.count("ok") == 0
    assert outcomes.count("wrong") <= users.MAX_ATTEMPTS          # no more guesses checked than in a row
    assert outcomes.count("locked") >= GUESSERS - users.MAX_ATTEMPTS

    init_db(staffed_db)
    state = users.lock_status("budi")
    assert state.locked_until is not None and state.locked_until > users.clock()
    with pytest.raises(users.AccountLockedError):
        users.authenticate("budi", PASSWORDS["budi"])             # the right password waits too
