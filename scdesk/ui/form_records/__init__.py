"""Qt-free mappers, one per form, from the state of a form's fields (plain values, as drafts keep
them) to the record its save service takes; tested without a QApplication."""
