"""Promptvagt companion: scans AI prompts for Danish personal data on 127.0.0.1."""

import logging

from flask import Flask

__version__ = "0.1.0"

log = logging.getLogger(__name__)


def create_app(test_config=None, scanner=None):
    """Build the companion app.

    :param test_config: settings that override the environment (tests).
    :param scanner: an already built ``Scanner``, so tests and the CLI can share
        one spaCy pipeline instead of loading it per app.
    """
    from . import api, config, dashboard, db, events, guard
    from .analysis import Scanner
    from .nlp import load_pipeline

    app = Flask(__name__)
    app.config.from_mapping(config.from_environment())
    # Bodies above this are refused with 413 before any JSON parsing.
    app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024
    if test_config:
        app.config.from_mapping(test_config)

    if scanner is None:
        pipeline = load_pipeline(config.spacy_model_candidates(app.config))
        scanner = Scanner(pipeline)
    app.extensions["promptvagt.scanner"] = scanner
    if scanner.pipeline.name:
        log.info("spaCy pipeline loaded: %s %s", scanner.pipeline.name, scanner.pipeline.version)
    else:
        log.warning("Degraded: %s", scanner.pipeline.degraded_reason)

    guard.init_app(app)
    db.init_app(app)
    dashboard.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(events.bp)
    app.register_blueprint(dashboard.bp)
    return app
