def test_index():
    assert 1 + 1 == 2  # want "assert in a test module"
