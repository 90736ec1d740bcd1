"""The dirty flag of a form: edits count, loading and computed changes do not."""

from kundbok.ui.form_state import FormState


def test_an_edit_marks_the_form_dirty():
    state = FormState()
    assert state.edited() is True
    assert state.dirty


def test_changes_while_loading_do_not_count_and_loading_leaves_it_clean():
    state = FormState()
    state.edited()
    with state.loading():
        assert state.is_loading
        assert state.edited() is False
    assert not state.dirty
    assert not state.is_loading


def test_quiet_changes_keep_the_flag_as_it_was():
    state = FormState()
    state.edited()
    with state.quiet(), state.quiet():
        assert state.edited() is False
    assert state.dirty
    assert state.edited() is True
