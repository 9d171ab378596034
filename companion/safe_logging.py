"""Keep prompts out of every log line and crash report.

A traceback repeats the exception's message, and messages quote data: a
``KeyError`` names the missing key, a failed ``int()`` quotes its input, a
library error may show the text it choked on. So when anything goes wrong
while serving a request, the companion logs where it happened and the
exception's type, never its message or traceback:

- Flask's ``log_exception`` (an error inside an error handler) is replaced.
- waitress logs ``Exception while serving <path>`` with the traceback when a
  response fails after the app returned (for instance while streaming an
  export); a filter on its logger drops the traceback there too.

Request bodies are never logged anywhere, and there is no access log.
"""

import logging

WAITRESS_LOGGERS = ("waitress", "waitress.queue")


class DropTracebacks(logging.Filter):
    """Replace a record's traceback by the exception's type name."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            kind = record.exc_info[0].__name__ if record.exc_info[0] else "?"
            record.msg = f"{record.getMessage()} ({kind}; details withheld: they could quote a prompt)"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        record.stack_info = None
        return True


def install() -> None:
    """Attach the filter to waitress's loggers (safe to call more than once)."""
    for name in WAITRESS_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, DropTracebacks) for f in logger.filters):
            logger.addFilter(DropTracebacks())


def init_app(app) -> None:
    """Make the app log failures by type only."""
    install()

    def log_exception(exc_info) -> None:
        from flask import request

        kind = exc_info[0].__name__ if exc_info and exc_info[0] else "?"
        app.logger.error("Internal error in %s %s: %s", request.method, request.endpoint or "?", kind)

    app.log_exception = log_exception
