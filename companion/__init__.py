"""Promptvagt companion: scans AI prompts for Danish personal data on 127.0.0.1."""

import logging

from flask import Flask

__version__ = "0.1.0"

log = logging.getLogger(__name__)


def create_app(test_config=None, scanner=None):
    """Build the companion app.

    :param test_config: settings that override the environment (tests).
    :param scanner: an already built ``Scanner``, so tests and the CLI can share
        one spaCy pipeline instead of loading it per app, or a ``ScannerSlot``
        that is still loading (the native host).
    """
    from . import config, policy, safe_logging
    from .dashboard import views as dashboard
    from .detection.analysis import Scanner
    from .detection.nlp import load_pipeline
    from .nearmiss import db, forwarding
    from .transport import events, guard, pairing, server
    from .transport import http as api

    # The dashboard's pages and stylesheet live beside its views.
    app = Flask(__name__, template_folder="dashboard/templates", static_folder="dashboard/static")
    # "//" in a path is a 404 like any unknown path, not a redirect whose
    # Location repeats what was sent.
    app.url_map.merge_slashes = False
    app.config.from_mapping(config.from_environment())
    # Bodies above this are refused with 413 before any JSON parsing.
    app.config["MAX_CONTENT_LENGTH"] = server.APP_MAX_BODY
    if test_config:
        app.config.from_mapping(test_config)
    # The organisation's machine policy wins over the environment and the CLI.
    policy.apply(app.config)

    if scanner is None:
        pipeline = load_pipeline(config.spacy_model_candidates(app.config))
        scanner = Scanner(pipeline)
    app.extensions["promptvagt.scanner"] = scanner
    if getattr(scanner, "starting", False):
        log.info("spaCy pipeline loading in the background; rules only until then")
    elif scanner.pipeline.name:
        log.info("spaCy pipeline loaded: %s %s", scanner.pipeline.name, scanner.pipeline.version)
    else:
        log.warning("Degraded: %s", scanner.pipeline.degraded_reason)

    safe_logging.init_app(app)
    guard.init_app(app)
    db.init_app(app)
    forwarding.init_app(app)
    dashboard.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(events.bp)
    app.register_blueprint(pairing.bp)
    app.register_blueprint(dashboard.bp)
    return app
