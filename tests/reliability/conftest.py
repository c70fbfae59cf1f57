"""The training municipality's workspace template, shared with the GUI tests."""

from tests.views.conftest import training_template  # noqa: F401
