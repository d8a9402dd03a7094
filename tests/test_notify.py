"""Notifications (issue 12): real SMTP and HTTP servers on 127.0.0.1, started here; the real CLI and daemon."""

from __future__ import annotations

import email
import email.policy
import http.server
import json
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_monitor
from tests.daemon_proc import daemon

BEFORE = "Outlook\n\nRussia will not agree to a ceasefire this year.\n\nTalks continue in Geneva.\n"
HIGH = BEFORE.replace("will not agree", "will agree")  # a negation removed in a ceasefire sentence: high
AFTER_SENTENCE = "Russia will agree to a ceasefire this year."
COSMETIC = HIGH.replace("Talks continue in Geneva.", "Talks  continue in  Geneva.")  # spacing only
OFF_TOPIC = COSMETIC.replace("Talks  continue", "Talks do not continue")  # high, but not about the ceasefire
SECRET = "s3cr3t-Pa55word"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Receiver:
    """A webhook receiver (http.server in a thread) that can be stopped and started again on its port."""

    def __init__(self, port: int | None = None, delay: float = 0.0) -> None:
        self.port = port or _free_port()
        self.delay = delay  # seconds before answering a POST: a slow target
        self.posts: list[tuple[str, dict[str, str], dict[str, object]]] = []
        self._server: http.server.ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/hook"

    def start(self) -> Receiver:
        posts = self.posts
        delay = self.delay

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                posts.append((self.path, dict(self.headers), json.loads(body)))
                time.sleep(delay)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            allow_reuse_address = True
            daemon_threads = True  # closing never waits for a slow answer

        self._server = Server(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def messages(self) -> list[str]:
        return [str(p[2]["message"]) for p in self.posts]


class Mailbox:
    """A real SMTP server (aiosmtpd) on a free port, keeping every message it is given."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.port = _free_port()
        self.mails: list[email.message.EmailMessage] = []
        mails = self.mails

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                mails.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
                return "250 OK"

        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return (f"mailto://127.0.0.1:{self.port}?smtp=127.0.0.1&port={self.port}&from=monitor@example.org"
                "&to=analyst@example.org")

    def texts(self) -> list[str]:
        out = []
        for mail in self.mails:
            part = mail.get_body(("plain",))
            out.append(part.get_content() if part is not None else "")
        return out


@pytest.fixture
def webhook() -> Iterator[Receiver]:
    receiver = Receiver().start()
    yield receiver
    receiver.stop()


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    box = Mailbox()
    box._controller.start()
    yield box
    box._controller.stop()


def _project(base: Path, notify: str, extra: str = "") -> Path:
    (base / "seeds").mkdir(exist_ok=True)
    (base / "config.yaml").write_text(
        "roots: [seeds]\nsnapshots: snapshots\ndebounce_seconds: 0.2\n"
        "topics:\n  ceasefire outlook: [ceasefire, truce]\n" + extra + notify)
    return base / "seeds" / "outlook.txt"


def _targets(*urls: str, filters: str = "    min_severity: high\n    topics: [ceasefire outlook]\n") -> str:
    return "notify:\n" + "".join(f"  - url: {url}\n{filters}" for url in urls)


def _scan(base: Path, env: dict[str, str] | None = None) -> str:
    result = run_monitor("scan", "--settle", "0", cwd=base, env=env)
    assert result.returncode == 0, result.stderr
    return result.stderr


def _wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def test_a_high_judgment_is_one_mail_and_one_post_and_nothing_else_is(tmp_path: Path, webhook: Receiver,
                                                                      mailbox: Mailbox) -> None:
    """An edit with a high ceasefire judgment sends exactly one mail and one webhook POST quoting the new
    sentence; a cosmetic edit and a high judgment on another topic send nothing."""
    doc = _project(tmp_path, _targets(webhook.url, mailbox.url))
    doc.write_text(BEFORE)
    _scan(tmp_path)
    assert webhook.posts == [] and mailbox.mails == []  # a new document carries no judgment
    doc.write_text(HIGH)
    _scan(tmp_path)
    assert len(webhook.posts) == 1 and len(mailbox.mails) == 1
    path, _, payload = webhook.posts[0]
    assert path == "/hook"
    assert AFTER_SENTENCE in str(payload["message"]) and "will not agree" in str(payload["message"])
    assert "seeds__outlook.txt" in str(payload["title"]) and "1 high" in str(payload["title"])
    assert str(tmp_path / "CHANGELOG.md") in str(payload["message"])  # where the full report is
    mail = mailbox.mails[0]
    assert "seeds__outlook.txt" in str(mail["Subject"])
    assert AFTER_SENTENCE in mailbox.texts()[0]
    html = mail.get_body(("html",))
    assert html is not None and "<strong>" in html.get_content()  # Markdown rendered for a target that shows HTML
    for edit in (COSMETIC, OFF_TOPIC):
        doc.write_text(edit)
        assert "changed seeds__outlook.txt" in run_monitor("scan", "--settle", "0", cwd=tmp_path).stdout
    assert len(webhook.posts) == 1 and len(mailbox.mails) == 1
    status = run_monitor("status", cwd=tmp_path).stdout
    assert f"{webhook.url}  1 delivered, 0 pending" in status


@pytest.mark.serial  # a daemon's saves and deliveries within deadlines
def test_a_target_that_is_down_gets_the_message_once_it_is_back(tmp_path: Path) -> None:
    """With the webhook down, the daemon still snapshots every save; the message waits (monitor status says
    so and why) and arrives once the receiver is back, exactly once."""
    receiver = Receiver()
    doc = _project(tmp_path, _targets(receiver.url))
    doc.write_text(BEFORE)
    with daemon(tmp_path) as (_proc, log):
        log.wait("added seeds__outlook.txt@v1")
        doc.write_text(HIGH)
        log.wait("seeds__outlook.txt@v2 not delivered")
        status = run_monitor("status", cwd=tmp_path).stdout
        assert "0 delivered, 1 pending; last error" in status and ("next retry" in status or "retry due" in status)
        doc.write_text(OFF_TOPIC)  # delivery never holds up snapshotting
        log.wait("changed seeds__outlook.txt@v3")
        receiver.start()
        try:
            _wait_for(lambda: len(receiver.posts) == 1, 15, "the message after the receiver came back")
            time.sleep(1.0)
            assert len(receiver.posts) == 1
            assert AFTER_SENTENCE in receiver.messages()[0]
            log.wait("notified json://")
        finally:
            receiver.stop()
    assert "1 delivered, 0 pending" in run_monitor("status", cwd=tmp_path).stdout


@pytest.mark.serial  # a daemon's saves and deliveries within deadlines
@pytest.mark.usefixtures("index_backend")  # SQLite in the store, and a shared PostgreSQL index
def test_kill_9_between_the_entry_and_its_delivery_delivers_it_once_after_restart(tmp_path: Path) -> None:
    """A daemon killed (SIGKILL) after recording an entry but before delivering it delivers it on its next
    start, exactly once; further restarts send nothing again."""
    receiver = Receiver()
    doc = _project(tmp_path, _targets(receiver.url))
    doc.write_text(BEFORE)
    with daemon(tmp_path) as (proc, log):
        log.wait("added seeds__outlook.txt@v1")
        doc.write_text(HIGH)
        log.wait("seeds__outlook.txt@v2 not delivered")  # recorded in the changelog, not delivered
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert "seeds__outlook.txt@v2" in (tmp_path / "changelog.jsonl").read_text()
    receiver.start()
    try:
        for _ in range(2):
            with daemon(tmp_path) as (proc, log):
                _wait_for(lambda: len(receiver.posts) >= 1, 10, "the delivery after the restart")
                time.sleep(0.5)
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
        assert len(receiver.posts) == 1
        assert AFTER_SENTENCE in receiver.messages()[0]
        assert "seeds__outlook.txt@v2" in receiver.messages()[0]  # the entry's key: a receiver can tell copies
    finally:
        receiver.stop()


def test_a_new_target_is_not_sent_the_history_before_it(tmp_path: Path, webhook: Receiver) -> None:
    """Entries recorded before a target was configured, or while it was left out of config.yaml, are not sent
    to it; the next change is."""
    doc = _project(tmp_path, "")
    doc.write_text(BEFORE)
    _scan(tmp_path)
    doc.write_text(HIGH)
    _scan(tmp_path)
    _project(tmp_path, _targets(webhook.url))
    _scan(tmp_path)
    assert webhook.posts == []
    doc.write_text(BEFORE)
    _scan(tmp_path)
    assert len(webhook.posts) == 1 and "Russia will not agree" in webhook.messages()[0]
    _project(tmp_path, "")  # left out for a while: what happens meanwhile is not sent when it is back
    doc.write_text(HIGH)
    _scan(tmp_path)
    _project(tmp_path, _targets(webhook.url))
    doc.write_text(BEFORE)
    _scan(tmp_path)
    assert len(webhook.posts) == 2 and "Russia will not agree" in webhook.messages()[1]


def test_secrets_come_from_the_environment_and_are_never_printed(tmp_path: Path, webhook: Receiver) -> None:
    """A `${VAR}` in a target's URL is read from the environment when sending; an unset one is a clear error
    and the message waits; the secret never appears in scan output, `monitor status` or `monitor notify`."""
    assert "HOOK_PASSWORD" not in os.environ
    doc = _project(tmp_path, _targets(f"json://monitor:${{HOOK_PASSWORD}}@127.0.0.1:{webhook.port}/hook"))
    doc.write_text(BEFORE)
    _scan(tmp_path)
    doc.write_text(HIGH)
    unset = _scan(tmp_path)
    assert "environment variable HOOK_PASSWORD is not set" in unset and webhook.posts == []
    tested = run_monitor("notify", "--test", cwd=tmp_path)
    assert tested.returncode == 1 and "environment variable HOOK_PASSWORD is not set" in tested.stdout
    env = {"HOOK_PASSWORD": SECRET}
    outputs = [run_monitor(*args, cwd=tmp_path, env=env) for args in (("notify",), ("status",), ("notify", "--test"))]
    assert [r.returncode for r in outputs] == [0, 0, 0], [r.stderr for r in outputs]
    assert len(webhook.posts) == 2 and AFTER_SENTENCE in webhook.messages()[0]
    assert all(p[1].get("Authorization", "").startswith("Basic ") for p in webhook.posts)
    assert "json://monitor:***@127.0.0.1" in outputs[1].stdout and "1 delivered, 0 pending" in outputs[1].stdout
    assert outputs[2].stdout.startswith("ok      json://monitor:***@127.0.0.1")
    for text in [unset, tested.stdout, tested.stderr, *(r.stdout + r.stderr for r in outputs)]:
        assert SECRET not in text


def test_notify_test_says_which_targets_worked(tmp_path: Path, webhook: Receiver, mailbox: Mailbox) -> None:
    """`monitor notify --test` sends a sample to each target and prints ok or failed (with why) for each;
    exit 1 when one failed."""
    down = Receiver()
    _project(tmp_path, _targets(webhook.url, mailbox.url, down.url))
    result = run_monitor("notify", "--test", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"ok      {webhook.url}"
    assert lines[1].startswith("ok      mailto://127.0.0.1")
    assert lines[2].startswith(f"failed  {down.url}: ") and "onnection" in lines[2]
    assert len(webhook.posts) == 1 and "test message" in webhook.messages()[0]
    assert len(mailbox.mails) == 1


@pytest.mark.parametrize(("notify", "message"), [
    ("notify:\n  - url: json://127.0.0.1:1/hook\n    min_severity: urgent\n",
     "notify[0].min_severity must be one of high, medium, low, not 'urgent'"),
    ("notify:\n  - url: json://127.0.0.1:1/hook\n    topic: [ceasefire outlook]\n",
     "unknown key 'notify[0].topic' (did you mean 'notify[0].topics'?)"),
    ("notify:\n  - url: json://127.0.0.1:1/hook\n    topics: [ceasfire outlook]\n",
     "notify[0].topics: unknown topic 'ceasfire outlook' (did you mean 'ceasefire outlook'?"),
    ("notify:\n  - url: json://127.0.0.1:1/hook\n    kinds: [likelyhood]\n",
     "notify[0].kinds: unknown judgment kind 'likelyhood'"),
    ("notify:\n  url: json://127.0.0.1:1/hook\n", "'notify' must be a list of targets"),
    ("notify:\n  - min_severity: high\n", "notify[0].url is missing"),
    ("notify:\n  - url: slack-ish\n", "notify[0].url 'slack-ish' is not an Apprise URL"),
    ("notify:\n  - url: json://u:${PASS@127.0.0.1/hook\n", "'${' must be followed by a variable name"),
    ("notify:\n  - url: nosuchscheme://127.0.0.1/hook\n", "notify[0].url (nosuchscheme://127.0.0.1/hook): apprise "
                                                           "cannot use it"),
])
def test_a_bad_notify_section_is_one_line_and_exit_2(tmp_path: Path, notify: str, message: str) -> None:
    """Every mistake in `notify:` is one line naming the item and key, exit status 2, before anything is scanned."""
    doc = _project(tmp_path, notify)
    doc.write_text(BEFORE)
    result = run_monitor("scan", "--settle", "0", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert not (tmp_path / "snapshots" / "seeds__outlook.txt").exists()


def test_a_daemon_with_an_unusable_notify_url_does_not_start(tmp_path: Path) -> None:
    """`monitor watch` refuses a target apprise cannot use, in one line, exit status 2."""
    _project(tmp_path, "notify:\n  - url: nosuchscheme://127.0.0.1/hook\n")
    result = run_monitor("watch", cwd=tmp_path, timeout=30)
    assert result.returncode == 2
    assert "apprise cannot use it" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_messages_quote_document_text_without_letting_it_ping_or_format(tmp_path: Path) -> None:
    """A sentence with `@channel`, Markdown and HTML in it reaches a Markdown target as text that pings nobody
    and renders as written."""
    from monitor.changelog import Entry
    from monitor.report import Assessment, Evidence, Report, VersionRef
    from monitor.sinks.notify import NotifyTarget, build_message

    after = "@channel **Russia** will <b>agree</b> to a [ceasefire](http://x)."
    judgment = Assessment("polarity", "high", "reversed", ("ceasefire outlook",), "Outlook",
                          "Russia will not agree to a ceasefire.", after, Evidence(), "negation removed")
    report = Report("seeds__a.txt", VersionRef("v1", "seeds/a.txt", "0" * 64, "2026-01-01T10:00:00Z"),
                    VersionRef("v2", "seeds/a.txt", "1" * 64, "2026-01-02T10:00:00Z"), (), (judgment,))
    entry = Entry("seeds__a.txt@v2", "changed", "seeds__a.txt", 1, 2, "2026-01-02T10:00:00Z", report)
    message = build_message(entry, NotifyTarget("json://127.0.0.1/hook"), tmp_path / "CHANGELOG.md",
                            {2: ("2026-01-02", "January statement")})
    assert "@channel" not in message.text and "@\u200bchannel" in message.text
    assert "\\*\\*Russia\\*\\*" in message.markdown and "&lt;b&gt;agree&lt;/b&gt;" in message.markdown
    assert "`monitor diff seeds__a.txt@v1 seeds__a.txt@v2`" in message.markdown
    assert "\\[ceasefire\\]" in message.markdown
    assert "v2 (January statement, 2026-01-02)" in message.text  # the version as a person knows it
    assert "monitor diff seeds__a.txt@v1 seeds__a.txt@v2" in message.text
    filtered = build_message(entry, NotifyTarget("json://127.0.0.1/hook", kinds=("likelihood",)),
                             tmp_path / "CHANGELOG.md")
    assert "and 1 not matching this target's filter" in filtered.text


def test_shown_urls_mask_credentials_and_tokens() -> None:
    """A target is shown with its password, secret parameters and token-like path segments masked, and its
    `${VAR}` names as written."""
    from monitor.sinks.notify import mask

    assert mask("mailtos://me:hunter2@mail.example.org?to=a@example.org") == \
        "mailtos://me:***@mail.example.org?to=a@example.org"
    assert mask("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#general") == \
        "slack://***/***/***/#general"
    assert mask("ntfy://ntfy.example.org/topic?token=tk_abc123") == "ntfy://ntfy.example.org/topic?token=***"
    assert mask("json://u:${HOOK_PASSWORD}@host/hook") == "json://u:***@host/hook"
    assert mask("discord://${DISCORD_ID}/${DISCORD_TOKEN}") == "discord://${DISCORD_ID}/${DISCORD_TOKEN}"



def test_a_target_wants_an_entry_when_one_judgment_passes_every_filter() -> None:
    """Severity, kind and topic are read together on each judgment, and documents match by id or source path."""
    from monitor.sinks.notify import NotifyTarget

    judgments = [("high", "polarity", ()), ("medium", "likelihood", ("ceasefire outlook",))]
    target = NotifyTarget("json://h/x", min_severity="high", topics=("ceasefire outlook",))
    assert not target.wants("seeds__a.txt", "seeds/a.txt", judgments)  # the high one is off topic
    assert NotifyTarget("json://h/x", min_severity="medium", topics=("ceasefire outlook",)).wants(
        "seeds__a.txt", "seeds/a.txt", judgments)
    assert NotifyTarget("json://h/x", kinds=("polarity",)).wants("seeds__a.txt", None, judgments)
    assert not NotifyTarget("json://h/x", kinds=("quantity",)).wants("seeds__a.txt", None, judgments)
    assert not NotifyTarget("json://h/x").wants("seeds__a.txt", None, [])  # no judgment: nothing to say
    for glob, wanted in (("seeds__*", True), ("seeds/*.txt", True), ("reports/*", False)):
        assert NotifyTarget("json://h/x", documents=(glob,)).wants("seeds__a.txt", "seeds/a.txt", judgments) is wanted


@pytest.mark.serial  # a daemon's reload and stop within deadlines
def test_a_target_added_while_the_daemon_runs_is_used_after_a_reload(tmp_path: Path, webhook: Receiver) -> None:
    """A `notify:` target added to config.yaml and reloaded with SIGHUP gets the next change, not the history."""
    doc = _project(tmp_path, "")
    doc.write_text(BEFORE)
    with daemon(tmp_path) as (proc, log):
        log.wait("added seeds__outlook.txt@v1")
        with (tmp_path / "config.yaml").open("a") as fh:
            fh.write(_targets(webhook.url))
        proc.send_signal(signal.SIGHUP)
        log.wait("configuration reloaded")
        doc.write_text(HIGH)
        _wait_for(lambda: len(webhook.posts) == 1, 10, "the message after the reload")
        assert AFTER_SENTENCE in webhook.messages()[0]
        notify = run_monitor("notify", cwd=tmp_path)
        assert notify.returncode == 0 and "delivers the notifications" in notify.stdout
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
    assert len(webhook.posts) == 1


@pytest.mark.serial  # a save's entry written while a 2.5 s delivery is in flight
def test_a_slow_target_does_not_hold_up_snapshots(tmp_path: Path) -> None:
    """While a target takes seconds to answer, the daemon keeps snapshotting saves and writing their entries."""
    receiver = Receiver(delay=2.5).start()
    try:
        doc = _project(tmp_path, _targets(receiver.url))
        doc.write_text(BEFORE)
        with daemon(tmp_path) as (_proc, log):
            log.wait("added seeds__outlook.txt@v1")
            doc.write_text(HIGH)
            log.wait("changed seeds__outlook.txt@v2")
            _wait_for(lambda: len(receiver.posts) == 1, 5, "the message to reach the slow target")
            doc.write_text(OFF_TOPIC)  # saved while the target has not answered yet
            log.wait("changed seeds__outlook.txt@v3")
            assert log.count("notified json://") == 0  # the v3 entry was written before the v2 message was done
            log.wait("notified json://", timeout=10)
        assert len(receiver.posts) == 1
    finally:
        receiver.stop()
