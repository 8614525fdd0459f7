"""Message limits and one generation at a time per thread."""

import pytest

from kernel.errors import InvalidInput
from ui.conversation import TurnState, out_of_credits_text
from ui.limits import ChatLimits, GenerationBusy, GenerationGate


def test_long_messages_and_extra_files_are_refused_with_a_sentence():
    limits = ChatLimits(max_message_chars=10, max_attachments=1)
    limits.check_message("short", 1)
    with pytest.raises(InvalidInput, match="keep it under 10"):
        limits.check_message("x" * 11, 0)
    with pytest.raises(InvalidInput, match="at most 1 photo"):
        limits.check_message("ok", 2)


def test_one_generation_per_thread_and_the_gate_reopens_after_errors():
    gate = GenerationGate()
    with gate.hold("thread-a"):
        assert gate.busy("thread-a")
        with pytest.raises(GenerationBusy, match="still working"), gate.hold("thread-a"):
            pass
        with gate.hold("thread-b"):  # another chat is independent
            pass
    assert not gate.busy("thread-a")
    with pytest.raises(RuntimeError), gate.hold("thread-a"):
        raise RuntimeError("the agent failed")
    assert not gate.busy("thread-a")


def test_balance_line_and_buy_link():
    from ui.identity import Identity

    state = TurnState(identity=Identity.__new__(Identity))
    assert state.balance_line() == ""
    state.balance, state.spent = 36, 4
    assert state.balance_line() == "(4 credits spent · 36 left)"
    assert "[Buy credits](/credits/buy)" in out_of_credits_text("This needs 4 credits.")
