#!/usr/bin/env python3
"""A JSON-RPC client for `buurtkracht serve`, in the Python standard library only.

It issues an access token with `buurtkracht token issue`, starts `buurtkracht serve` on a
temporary SQLite database, and runs one session in newline-delimited JSON (one message per
line): initialize -> report two signals -> triage queue -> triage -> register a client ->
plan with a goal -> neighbourhood report -> shutdown -> exit. Each exchange is printed.

    swift build
    python3 Samples/rpc-client.py                      # finds .build/debug/buurtkracht
    python3 Samples/rpc-client.py --buurtkracht PATH   # or any build of the executable

Exit status 0 when every call succeeded and the server exited with status 0; 1 otherwise.
The methods and their params are in Documentation/RPC.md. All data is made up.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile

NEIGHBOURHOOD = "BU19160101"
ADDRESS = {"street": "Kerkstraat", "houseNumber": "12", "postcode": "2262AB",
           "city": "Leidschendam", "neighbourhood": NEIGHBOURHOOD}


def default_executable():
    """The debug build next to this repository, else `buurtkracht` on PATH."""
    built = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "debug", "buurtkracht")
    return os.path.normpath(built) if os.access(built, os.X_OK) else "buurtkracht"


def shorten(text, limit=300):
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"


class Session:
    """One `buurtkracht serve` child process, spoken to in newline-delimited JSON."""

    def __init__(self, executable, database):
        self.server = subprocess.Popen(
            [executable, "serve", "--db", database, "--log-level", "warning"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=sys.stderr, text=True, encoding="utf-8")
        self.next_id = 1

    def send(self, message, shown=None):
        """Writes one message; prints it, with `shown` in place of its params when given."""
        line = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
        printed = line if shown is None else json.dumps(dict(message, params=shown), ensure_ascii=False, separators=(",", ":"))
        print(f"-> {shorten(printed)}")
        self.server.stdin.write(line + "\n")
        self.server.stdin.flush()

    def call(self, method, params=None, shown=None):
        """Sends a request and returns its result; raises on an error response."""
        request = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            request["params"] = params
        self.next_id += 1
        self.send(request, shown)
        while True:
            line = self.server.stdout.readline()
            if not line:
                raise RuntimeError(f"the server closed its output before answering {method}")
            print(f"<- {shorten(line.strip())}")
            response = json.loads(line)
            if response.get("id") != request["id"]:
                continue  # a notification or another response: not ours
            if "error" in response:
                raise RuntimeError(f"{method} failed: {response['error']}")
            return response.get("result")

    def notify(self, method):
        self.send({"jsonrpc": "2.0", "method": method})

    def wait(self):
        self.server.stdin.close()
        return self.server.wait(timeout=30)


def issue_token(executable, database):
    """A token for a command-line coordinator (made on first use) working for guidance."""
    issued = subprocess.run(
        [executable, "token", "issue", "--operator", "coordinator", "--purpose", "guidance", "--db", database],
        check=True, capture_output=True, text=True)
    return issued.stdout.strip()


def run(executable, database):
    token = issue_token(executable, database)
    print("Issued an access token for a command-line coordinator (its secret is not shown).")
    session = Session(executable, database)
    try:
        info = session.call("initialize", {"token": token, "clientInfo": {"name": "rpc-client.py", "version": "1"}},
                            shown={"token": "<secret>", "clientInfo": {"name": "rpc-client.py", "version": "1"}})
        print(f"   signed in as {info['session']['role']}\n")

        today = datetime.datetime.now(datetime.timezone.utc)
        observed = today.replace(microsecond=0).isoformat().replace("+00:00", "Z")
        for reporter, category in [("neighbour", "nuisance"), ("police", "safety")]:
            session.call("signals.report", {"subject": {"kind": "address", "address": ADDRESS},
                                            "reporter": {"kind": reporter}, "category": category,
                                            "severity": 2, "observedAt": observed})
        queue = session.call("signals.triageQueue", {"neighbourhood": NEIGHBOURHOOD})
        print(f"   {len(queue)} dwelling in the queue, {queue[0]['independentSources']} independent sources\n")
        for signal in queue[0]["signals"]:
            session.call("signals.triage", {"signal": signal, "severity": 3})

        client = session.call("clients.register", {
            "client": {"name": {"givenNames": "Kees", "familyName": "Jansen"}, "address": ADDRESS,
                       "problemAreas": ["housing"], "hasForensicTitle": False, "externalIDs": {}},
            "basis": "publicTask"})["client"]
        plan = session.call("plans.create", {"subject": {"kind": "client", "id": client["id"]}})
        plan = session.call("plans.addGoal", {
            "plan": plan["id"], "domain": "housing", "description": "Huur op tijd betalen", "baseline": 2,
            "target": 4, "readiness": {"competence": "unable", "motivation": "willing"}})
        print(f"   goal style: {plan['goals'][0]['style']}\n")

        year = today.year
        report = session.call("reports.neighbourhood", {
            "neighbourhood": NEIGHBOURHOOD, "period": {"first": f"{year}-01-01", "last": f"{year}-12-31"}})
        print(f"   report: {report['signalCount']} signals, plans by phase {report['plansByPhase']}\n")

        session.call("shutdown")
        session.notify("exit")
    finally:
        status = session.wait()
    print(f"The server exited with status {status}.")
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buurtkracht", default=default_executable(), help="the buurtkracht executable")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="buurtkracht-rpc-client-") as folder:
        try:
            status = run(arguments.buurtkracht, os.path.join(folder, "session.sqlite"))
        except (RuntimeError, subprocess.CalledProcessError, OSError) as error:
            print(f"rpc-client.py: {error}", file=sys.stderr)
            return 1
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
