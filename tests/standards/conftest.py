from tests.blog.conftest import author, topic  # noqa: F401 (fixtures)
