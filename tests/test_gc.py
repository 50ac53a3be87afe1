"""The collector pause around bulk work, and freezing its survivors in the command line."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from awesome_ptm import _gc
from awesome_ptm._gc import freeze_survivors_on_resume, gc_paused


@pytest.fixture
def restore_gc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(_gc, "_freeze_survivors", False)
    gc.unfreeze()
    was_enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if was_enabled:
        gc.enable()


def test_pause_disables_then_resumes(restore_gc: None) -> None:
    gc.enable()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner block does not resume it
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # a library caller's objects stay collectable


def test_pause_leaves_a_disabled_collector_disabled(restore_gc: None) -> None:
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_cli_freezes_survivors_instead_of_collecting_them(restore_gc: None) -> None:
    gc.enable()
    freeze_survivors_on_resume()
    with gc_paused():
        kept = [[index] for index in range(10_000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(kept)
    # Nothing young is left to walk: the next collection does not see the survivors.
    assert gc.get_count()[0] < 1_000


def test_cli_entry_point_opts_in(restore_gc: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from awesome_ptm import cli

    monkeypatch.setattr("sys.argv", ["awesome-ptm", "--version"])
    with pytest.raises(SystemExit) as done:
        cli.run()
    assert done.value.code == 0
    assert _gc._freeze_survivors
