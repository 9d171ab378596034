"""``promptvagt``: run the companion, scan text, migrate or export the near-miss log.

The commands wrap the same functions the HTTP API uses, so what the CLI
prints is what the extension would see (plus each finding's ``text``).
"""

import json
import logging
import sys

import click

from . import config as settings

LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}


def _scanner():
    from .detection.analysis import Scanner
    from .detection.nlp import load_pipeline

    pipeline = load_pipeline(settings.spacy_model_candidates(settings.from_environment()))
    if pipeline.degraded_reason:
        click.echo(f"Advarsel (warning): {pipeline.degraded_reason}", err=True)
    return Scanner(pipeline)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="promptvagt")
def main():
    """Promptvagt: find personoplysninger i AI-prompts, før de sendes."""


@main.command()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1, env PROMPTVAGT_HOST).")
@click.option("--port", type=int, default=None, help="Port (default 8640, env PROMPTVAGT_PORT).")
@click.option(
    "--allow-non-loopback",
    is_flag=True,
    help="Listen on a non-loopback address. Dangerous: other machines could read drafts.",
)
@click.option(
    "--forward", default=None, metavar="TARGET",
    help="Forward near-miss events (codes and counts only) to syslog+tcp://HOST:PORT, syslog+udp://HOST:PORT, "
    "syslog or eventlog (env PROMPTVAGT_FORWARD; a machine policy wins).",
)
def serve(host, port, allow_non_loopback, forward):
    """Run the companion on 127.0.0.1 (and ::1) with the waitress WSGI server."""
    from . import create_app
    from .process_memory import limit_malloc_arenas
    from .transport import server

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    limit_malloc_arenas()
    config = settings.from_environment()
    host = host or config["HOST"]
    port = port if port is not None else config["PORT"]
    if host not in LOOPBACK_HOSTS:
        if not allow_non_loopback:
            raise click.UsageError(
                f"Nægter at lytte på {host}: kun 127.0.0.1/::1 er sikkert. "
                f"Refusing to listen on {host}; use --allow-non-loopback to force."
            )
        banner = "!" * 72
        click.echo(
            f"{banner}\nADVARSEL: lytter på {host}: andre maskiner kan nå tjenesten og læse kladder.\n"
            f"WARNING: listening on {host}: other machines can reach the service and read drafts.\n{banner}",
            err=True,
        )
    overrides = {"HOST": host, "PORT": port}
    if forward is not None:
        overrides["FORWARD"] = forward
    try:
        app = create_app(overrides)
    except ValueError as error:  # a forwarding target that cannot be used
        raise click.UsageError(str(error)) from None
    click.echo(f"Promptvagt lytter på http://{_url_host(host)}:{port} (Ctrl+C stopper)", err=True)
    server.serve(app, host, port)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


@main.command(
    "native-host",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
)
@click.argument("origin")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def native_host(origin, extra):
    """What the browser starts: native messaging on stdin/stdout for the caller ORIGIN (no network port).

    Chromium browsers pass the extension's origin (Windows adds --parent-window);
    Firefox passes the host manifest's path and the add-on id. Registered by
    'promptvagt install'; not meant to be run by hand.
    """
    from .process_memory import limit_malloc_arenas
    from .transport import native

    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    limit_malloc_arenas()
    sys.exit(native.main([origin, *extra], settings.from_environment()))


def _registration_options(command):
    """The options ``install`` and ``uninstall`` share."""
    from .transport.registration import BROWSERS, PLATFORMS

    options = [
        click.option(
            "--browser", "browsers", multiple=True, type=click.Choice([*BROWSERS, "all"]),
            help="Browser to register with (repeatable; default: the browsers found for this user).",
        ),
        click.option(
            "--user-data-dir", type=click.Path(file_okay=False), default=None,
            help="A Chromium profile folder: write the host into DIR/NativeMessagingHosts (tests, kiosks).",
        ),
        click.option("--system", is_flag=True, help="For all users of the machine (needs an administrator)."),
        click.option("--dry-run", is_flag=True, help="Print every file and registry value instead of writing them."),
        click.option(
            "--platform", type=click.Choice(PLATFORMS), default=None, hidden=True,
            help="With --dry-run: show the plan for another platform (the Windows branch on Linux).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _register(install, browsers, user_data_dir, system, dry_run, platform):
    from .transport import registration

    if platform and platform != registration.current_platform() and not dry_run:
        raise click.UsageError("--platform kræver --dry-run (--platform needs --dry-run).")
    if system and user_data_dir:
        raise click.UsageError("Vælg --system eller --user-data-dir (choose one).")
    target = registration.Target.here(system=system, user_data_dir=user_data_dir, platform=platform)
    try:
        chosen = registration.choose_browsers(browsers, target)
        if not chosen:
            click.echo(
                "Fandt ingen browser at registrere hos; brug --browser. "
                "No browser found to register with; use --browser.",
                err=True,
            )
            return
        actions = registration.plan(install, chosen, target, settings.from_environment())
        lines = registration.describe(actions) if dry_run else registration.apply(actions)
    except registration.InstallError as error:
        raise click.ClickException(str(error)) from None
    click.echo("\n".join(lines))
    if install and not dry_run:
        names = ", ".join(b.name for b in chosen)
        click.echo(
            f"Promptvagt er registreret hos {names}: browseren starter den selv. "
            f"Registered with {names}: the browser starts Promptvagt itself."
        )


@main.command()
@_registration_options
def install(browsers, user_data_dir, system, dry_run, platform):
    """Register the native messaging host, so the browser starts the companion itself."""
    _register(True, browsers, user_data_dir, system, dry_run, platform)


@main.command()
@_registration_options
def uninstall(browsers, user_data_dir, system, dry_run, platform):
    """Remove what 'promptvagt install' registered (same options)."""
    _register(False, browsers, user_data_dir, system, dry_run, platform)


@main.command()
@click.option("--no-browser", is_flag=True, help="Print the address only; do not open a browser.")
def dashboard(no_browser):
    """Open the near-miss dashboard on 127.0.0.1 (a free port and a secret address), until unused for a while."""
    import webbrowser

    from . import create_app
    from .transport.ondemand import OnDemandDashboard

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from .transport.warmup import ScannerSlot

    config = settings.from_environment()
    # The dashboard needs the scanner only for its status box: load it meanwhile.
    scanner = ScannerSlot()
    scanner.load_in_background(settings.spacy_model_candidates(config))
    idle_s = config["DASHBOARD_IDLE_MINUTES"] * 60
    server = OnDemandDashboard(lambda: create_app({"PORT": 0}, scanner=scanner), idle_s=idle_s)
    url = server.url()
    click.echo(
        f"Oversigten (dashboard): {url}\n"
        f"Stopper efter {config['DASHBOARD_IDLE_MINUTES']} minutter uden brug, eller med Ctrl+C. "
        f"Stops after {config['DASHBOARD_IDLE_MINUTES']} minutes unused, or with Ctrl+C."
    )
    if not no_browser:
        webbrowser.open(url)
    try:
        server.wait()
    except KeyboardInterrupt:
        server.stop()


@main.command()
@click.option("--revoke", is_flag=True, help="Forget every paired extension (they must pair again).")
@click.option("--list", "list_clients", is_flag=True, help="Show which extensions are paired, and when.")
def pair(revoke, list_clients):
    """Print a one-time code that pairs a Firefox extension with the companion."""
    from .transport import pairing

    data_dir = settings.from_environment()["DATA_DIR"]
    if revoke:
        count = pairing.revoke_all(data_dir)
        click.echo(f"{count} parring(er) glemt. {count} pairing(s) forgotten.")
        return
    if list_clients:
        clients = pairing.paired_clients(data_dir)
        if not clients:
            click.echo("Ingen parrede udvidelser. No paired extensions.")
        for client in clients:
            click.echo(f"{client['paired']}  {client['origin'] or '(uden Origin / no Origin)'}")
        return
    code = pairing.new_code(data_dir)
    click.echo(
        f"Parringskode (pairing code): {code}\n\n"
        "Åbn Promptvagts indstillinger i Firefox og indtast koden inden 10 minutter. "
        "Koden virker én gang; companion skal køre imens.\n"
        "Open Promptvagt's options in Firefox and enter the code within 10 minutes. "
        "The code works once; the companion must be running."
    )


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-", required=False)
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text",
    help="Output: readable Danish text, or JSON as the HTTP API returns it plus each finding's text.",
)
@click.option(
    "--jsonl", "jsonl_file", type=click.File("r", encoding="utf-8"), default=None,
    help='Read one {"text": ...} per line and write one JSON result per line.',
)
def scan(file, output_format, jsonl_file):
    """Scan FILE (or standard input, '-') and print what was found."""
    scanner = _scanner()
    if jsonl_file is not None:
        _scan_jsonl(scanner, jsonl_file)
        return
    text = file.read()
    result = scanner.scan(text)
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(text, include_text=True), ensure_ascii=False, indent=2))
        return
    if not result.findings:
        click.echo("Intet fundet. Nothing found.")
    for finding in result.findings:
        click.echo(f"{finding.severity:5} {finding.entity_type:20} {finding.text!r}: {finding.message}")
    sys.exit(1 if result.verdict == "block" else 0)


def _scan_jsonl(scanner, lines):
    """Write one result per input line; a bad line gets an error object, the rest go on."""
    failed = 0
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            failed += 1
            message = f'Linje {number}: forventede {{"text": "..."}}. Line {number}: expected {{"text": "..."}}.'
            click.echo(message, err=True)
            click.echo(json.dumps({"line": number, "error": message}, ensure_ascii=False))
            continue
        result = scanner.scan(text)
        click.echo(json.dumps(result.to_dict(text, include_text=True), ensure_ascii=False))
    if failed:
        raise click.ClickException(f"{failed} linje(r) kunne ikke læses. {failed} line(s) could not be read.")


def _open_log():
    """Open the near-miss database the companion would use, migrated to the current schema."""
    from .nearmiss.db import database_path, migrate, open_database

    path = database_path(settings.from_environment())
    db = open_database(path)
    return db, path, migrate(db)


@main.command()
def migrate():
    """Create or upgrade the near-miss database (the companion also does this at startup)."""
    db, path, applied = _open_log()
    db.close()
    if applied:
        click.echo(f"{path}: anvendte (applied) {', '.join(applied)}")
    else:
        click.echo(f"{path}: allerede opdateret (already up to date)")


@main.command()
@click.option(
    "--format", "output_format", type=click.Choice(["csv", "json"]), default="csv",
    help="csv: Danish headings for spreadsheets; json: the API's codes and UTC times.",
)
@click.option("--aggregate", is_flag=True, help="Counts per week, site, action and kind instead of one row per event.")
@click.option("--days", type=int, default=None, help="The last N days, today included (default 30).")
@click.option("--from", "first_day", default=None, help="First day, YYYY-MM-DD (instead of --days).")
@click.option("--to", "last_day", default=None, help="Last day, YYYY-MM-DD, included (instead of --days).")
@click.option("--site", default=None, help="Only this site, e.g. chatgpt.")
@click.option("--entity-type", default=None, help="Only events with this kind, e.g. DK_CPR.")
@click.option("--action", default=None, help="Only this action, e.g. sent_anyway.")
@click.option(
    "--output", "-o", type=click.File("w", encoding="utf-8", lazy=True), default="-",
    help="File to write (default: standard output).",
)
def export(output_format, aggregate, days, first_day, last_day, site, entity_type, action, output):
    """Export the near-miss log as CSV or JSON, as the dashboard's download links do."""
    from .nearmiss import exports, store
    from .nearmiss.filters import FilterError, parse_filter

    args = {"days": days, "from": first_day, "to": last_day, "site": site, "entity_type": entity_type, "action": action}
    try:
        flt = parse_filter({k: str(v) for k, v in args.items() if v is not None})
    except FilterError as error:
        raise click.UsageError(error.message) from None
    db, _path, _applied = _open_log()
    try:
        if aggregate:
            rows = store.aggregate_rows(db, flt)
            period = {"from": flt.first_day.isoformat(), "to": flt.last_day.isoformat()}
            chunks = exports.aggregate_csv(rows) if output_format == "csv" else [exports.aggregate_json(rows, period)]
        else:
            events = store.iter_events(db, flt)
            chunks = exports.events_csv(events) if output_format == "csv" else exports.events_json(events)
        for chunk in chunks:
            output.write(chunk)
    finally:
        db.close()



@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True))
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, writable=True), default="promptvagt-rapport.html",
    show_default=True, help="The HTML file to write.",
)
@click.option(
    "--unit", default=None,
    help="Organisational unit for aggregated per-PC exports given as files (files in a folder get the folder's name).",
)
@click.option("--from", "first_day", default=None, help="First day, YYYY-MM-DD.")
@click.option("--to", "last_day", default=None, help="Last day, YYYY-MM-DD, included.")
@click.option(
    "--min-count", type=click.IntRange(min=5), default=5, show_default=True,
    help="Smallest count the report shows; smaller cells, and enough others to protect them, are hidden.",
)
def report(inputs, output, unit, first_day, last_day, min_count):
    """Write the coordinator's Danish HTML report from forwarded events (SIEM export) and per-PC exports."""
    from datetime import date
    from pathlib import Path

    from .dashboard import report as report_page
    from .nearmiss.report import read_inputs

    try:
        first = date.fromisoformat(first_day) if first_day else None
        last = date.fromisoformat(last_day) if last_day else None
    except ValueError:
        raise click.UsageError("Datoer skrives YYYY-MM-DD. Dates are YYYY-MM-DD.") from None
    try:
        counts = read_inputs(inputs, unit, first, last)
    except (ValueError, UnicodeDecodeError) as error:
        message = str(error) if isinstance(error, ValueError) and "neither" in str(error) else type(error).__name__
        raise click.ClickException(f"Kan ikke læse input (cannot read input): {message}") from None
    html = report_page.render(counts, [Path(p).name for p in inputs], min_count)
    Path(output).write_text(html, encoding="utf-8")
    click.echo(
        f"{output}: {counts.total} hændelser fra {counts.files} fil(er)"
        f"{f', {counts.duplicates} dubletter' if counts.duplicates else ''}"
        f"{f', {counts.unreadable} ulæselige' if counts.unreadable else ''}"
        f"{f', {counts.health} sundhedsmeldinger ikke talt med' if counts.health else ''}.",
        err=True,
    )

if __name__ == "__main__":
    main()
