import pytest

from companion import create_app
from companion.detection.analysis import Scanner
from companion.config import DEFAULT_SPACY_MODELS
from companion.detection.nlp import load_pipeline
from companion.nearmiss import db as database


@pytest.fixture(scope="session")
def scanner():
    """One scanner for the whole run: loading the spaCy pipeline is the slow part."""
    return Scanner(load_pipeline(DEFAULT_SPACY_MODELS))


@pytest.fixture
def app(scanner, tmp_path):
    return create_app({"TESTING": True, "DATA_DIR": str(tmp_path)}, scanner=scanner)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(tmp_path):
    """A migrated near-miss database (``tmp_path/promptvagt.db``) without an app."""
    connection = database.open_database(tmp_path / "promptvagt.db")
    database.migrate(connection)
    yield connection
    connection.close()
