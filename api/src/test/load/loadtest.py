#!/usr/bin/env python3
"""Load and soak test for a running Claimline service (Python 3.9+, standard library only).

Many writer clients post distinct, realistic generated articles (each with its own URL and text, between varied pairs
of states, so that they extract claims and are neither duplicates nor reports of one statement) to POST /api/articles,
while reader clients open the dashboard (/ and /dyads/{a}/{b}) and /api/timeline. It reports throughput, latency
percentiles per kind of request and every error, and at the end checks that the database holds exactly the acknowledged
articles: each acknowledged id reads back with its title, and the total grew by exactly their number.

It only talks to loopback addresses unless --allow-non-loopback is given, and it is bounded: it stops after --articles
posts or --duration seconds, whichever comes first. Run it against a service nobody else writes to during the run (the
final count assumes so).

    python3 api/src/test/load/loadtest.py --base http://127.0.0.1:8080 --articles 6000 --writers 16 --duration 120

When the service requires API keys, put one in the environment variable CLAIMLINE_API_KEY: every request sends it as
X-Api-Key (it is never printed). Exit status: 0 when there were no errors and nothing was lost, 1 otherwise, 2 for bad
arguments.
"""

import argparse
import http.client
import ipaddress
import json
import math
import os
import random
import socket
import sys
import threading
import time
import urllib.parse
from datetime import date, timedelta

# States as articles name them: code, name, name at the start of a sentence, capital, adjective.
STATES = [
    ("US", "the United States", "The United States", "Washington", "American"),
    ("RU", "Russia", "Russia", "Moscow", "Russian"),
    ("CN", "China", "China", "Beijing", "Chinese"),
    ("JP", "Japan", "Japan", "Tokyo", "Japanese"),
    ("KR", "South Korea", "South Korea", "Seoul", "South Korean"),
    ("KP", "North Korea", "North Korea", "Pyongyang", "North Korean"),
    ("IR", "Iran", "Iran", "Tehran", "Iranian"),
    ("IL", "Israel", "Israel", "Jerusalem", "Israeli"),
    ("TR", "Turkey", "Turkey", "Ankara", "Turkish"),
    ("GR", "Greece", "Greece", "Athens", "Greek"),
    ("IN", "India", "India", "New Delhi", "Indian"),
    ("PK", "Pakistan", "Pakistan", "Islamabad", "Pakistani"),
    ("UA", "Ukraine", "Ukraine", "Kyiv", "Ukrainian"),
    ("PL", "Poland", "Poland", "Warsaw", "Polish"),
    ("DE", "Germany", "Germany", "Berlin", "German"),
    ("FR", "France", "France", "Paris", "French"),
    ("GB", "Britain", "Britain", "London", "British"),
    ("VE", "Venezuela", "Venezuela", "Caracas", "Venezuelan"),
    ("CO", "Colombia", "Colombia", "Bogota", "Colombian"),
    ("AM", "Armenia", "Armenia", "Yerevan", "Armenian"),
    ("AZ", "Azerbaijan", "Azerbaijan", "Baku", "Azerbaijani"),
    ("RS", "Serbia", "Serbia", "Belgrade", "Serbian"),
    ("XK", "Kosovo", "Kosovo", "Pristina", "Kosovar"),
    ("ET", "Ethiopia", "Ethiopia", "Addis Ababa", "Ethiopian"),
    ("ER", "Eritrea", "Eritrea", "Asmara", "Eritrean"),
    ("SD", "Sudan", "Sudan", "Khartoum", "Sudanese"),
    ("EG", "Egypt", "Egypt", "Cairo", "Egyptian"),
    ("SA", "Saudi Arabia", "Saudi Arabia", "Riyadh", "Saudi"),
    ("SY", "Syria", "Syria", "Damascus", "Syrian"),
    ("LB", "Lebanon", "Lebanon", "Beirut", "Lebanese"),
    ("MA", "Morocco", "Morocco", "Rabat", "Moroccan"),
    ("DZ", "Algeria", "Algeria", "Algiers", "Algerian"),
    ("VN", "Vietnam", "Vietnam", "Hanoi", "Vietnamese"),
    ("PH", "the Philippines", "The Philippines", "Manila", "Philippine"),
    ("TW", "Taiwan", "Taiwan", "Taipei", "Taiwanese"),
    ("BY", "Belarus", "Belarus", "Minsk", "Belarusian"),
    ("LT", "Lithuania", "Lithuania", "Vilnius", "Lithuanian"),
    ("GE", "Georgia", "Georgia", "Tbilisi", "Georgian"),
    ("AF", "Afghanistan", "Afghanistan", "Kabul", "Afghan"),
    ("IQ", "Iraq", "Iraq", "Baghdad", "Iraqi"),
    ("RW", "Rwanda", "Rwanda", "Kigali", "Rwandan"),
    ("CD", "the Democratic Republic of the Congo", "The Democratic Republic of the Congo", "Kinshasa", "Congolese"),
    ("TH", "Thailand", "Thailand", "Bangkok", "Thai"),
    ("KH", "Cambodia", "Cambodia", "Phnom Penh", "Cambodian"),
    ("CA", "Canada", "Canada", "Ottawa", "Canadian"),
    ("AU", "Australia", "Australia", "Canberra", "Australian"),
    ("MX", "Mexico", "Mexico", "Mexico City", "Mexican"),
    ("NG", "Nigeria", "Nigeria", "Abuja", "Nigerian"),
]

# What one state accuses another of: the wrongful act, with {b} the accused and {c} a third state.
ACTS = [
    ("{b} had violated its airspace with military drones", "airspace violation"),
    ("{b} was shipping artillery shells to {c}", "arms shipments"),
    ("{b} had hacked the computer networks of its foreign ministry", "hacking"),
    ("{b} was meddling in its parliamentary elections", "election meddling"),
    ("{b} had illegally sent troops across its border", "troop incursion"),
    ("{b} had broken the ceasefire along the frontier", "ceasefire breach"),
    ("{b} was detaining two of its diplomats without charge", "detaining diplomats"),
    ("{b} had sabotaged an undersea data cable", "cable sabotage"),
    ("{b} had used chemical weapons against civilians", "chemical attack"),
    ("{b} was spying on its defence industry", "espionage"),
    ("{b} was dumping subsidised steel on its market", "steel dumping"),
    ("{b} had violated its territorial waters with warships", "naval incursion"),
    ("{b} was smuggling drones to militants in {c}", "drone smuggling"),
    ("{b} had tortured detained protesters", "torture"),
]

SPEECH = ["said", "said on {day}", "alleged on {day}", "charged on {day}", "said in a statement on {day}"]
DENIALS = [
    "{B} denied the accusation on {day}, calling it baseless.",
    "{B}'s foreign ministry rejected the claim as a fabrication on {day}.",
    "Officials in {bcap} dismissed the report on {day} as groundless propaganda.",
    "{B} denied the charge, saying it had nothing to do with the incident.",
]
FILLER = [
    "Analysts said the dispute was likely to strain ties further.",
    "The two governments have traded similar charges before.",
    "Diplomats in {ccap} urged both sides to show restraint.",
    "Neither side offered evidence that could be independently verified.",
    "The exchange came ahead of talks planned for next month.",
    "Shares in regional defence firms rose after the announcement.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def generate(run, n, rng):
    """The n-th article of this run: its own URL and text, an allegation by one state and the accused's denial."""
    a, b, c = rng.sample(STATES, 3)
    published = date(2016, 1, 1) + timedelta(days=rng.randrange(3500))
    day = WEEKDAYS[(published.weekday() - rng.randrange(1, 4)) % 7]
    later = WEEKDAYS[(WEEKDAYS.index(day) + 1) % 7]
    speaker = rng.choice([a[2], a[3], a[4] + " officials", a[2] + "'s defence ministry"])
    clause, headline = rng.choice(ACTS)
    act = clause.format(b=b[1], c=c[1])
    verb = rng.choice(SPEECH).format(day=day)
    sentences = [
        f"{speaker} {verb} that {act}.",
        rng.choice(FILLER).format(ccap=c[3]),
        rng.choice(DENIALS).format(B=b[2], bcap=b[3], day=later),
        rng.choice(FILLER).format(ccap=c[3]),
        f"Reporting by the Claimline load test desk, item {run}-{n}.",
    ]
    return {
        "title": f"{a[2]} accuses {b[1]} of {headline}",
        "body": "\n".join(sentences),
        "publishedAt": published.isoformat(),
        "url": f"https://loadtest.claimline.example/{run}/{n}",
        "source": "Claimline load test",
    }, (a[0], b[0])


class Stats:
    """Latencies in milliseconds and outcomes per kind of request, shared by all clients."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {}
        self.errors = {}
        self.measuring = False
        self.interval = {}  # kind -> (latencies, errors) since the last progress line

    def take_interval(self):
        """What was recorded since the last call, by kind: (latencies, number of errors)."""
        with self.lock:
            taken, self.interval = self.interval, {}
        return {kind: (values, errors[0]) for kind, (values, errors) in taken.items()}

    def record(self, kind, millis, error=None):
        with self.lock:
            recent = self.interval.setdefault(kind, ([], [0]))
            recent[0].append(millis)
            if error is not None:
                recent[1][0] += 1
            if error is not None:
                key = f"{kind}: {error}"
                self.errors[key] = self.errors.get(key, 0) + 1
            if self.measuring:
                self.latencies.setdefault(kind, []).append(millis)


def percentile(sorted_values, p):
    """The nearest-rank percentile."""
    if not sorted_values:
        return float("nan")
    return sorted_values[max(0, math.ceil(p / 100.0 * len(sorted_values)) - 1)]


class Client:
    """One keep-alive HTTP connection, reopened after a failure."""

    def __init__(self, host, port, timeout):
        self.host, self.port, self.timeout = host, port, timeout
        self.conn = None
        key = os.environ.get("CLAIMLINE_API_KEY")
        self.auth = {"X-Api-Key": key} if key else {}

    def request(self, method, path, body=None, headers=None):
        """Status and body. A GET is sent again once on a fresh connection when a kept-alive one turns out closed;
        anything else that fails raises, since a repeated POST could store an article twice."""
        for attempt in (1, 2):
            reused = self.conn is not None
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body=body, headers={**self.auth, **(headers or {})})
                response = self.conn.getresponse()
                data = response.read()
                if response.will_close:
                    self.close()
                return response.status, data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if method != "GET" or not reused or attempt == 2:
                    raise
            except Exception:
                self.close()
                raise

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def cpu_seconds(pids):
    """CPU time (user + system) of these processes, their living descendants and their waited-for children."""
    ticks = 0
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append((int(entry), fields))
            except OSError:
                pass
    own = {}
    for kids in children.values():
        for pid, fields in kids:
            own[pid] = fields
    todo = list(pids)
    seen = set()
    while todo:
        pid = todo.pop()
        if pid in seen or pid not in own:
            continue
        seen.add(pid)
        fields = own[pid]
        ticks += sum(int(x) for x in fields[11:15])
        todo.extend(child for child, _ in children.get(pid, []))
    return ticks / os.sysconf("SC_CLK_TCK")


def check_loopback(host, allow):
    addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    remote = [a for a in addresses if not ipaddress.ip_address(a.split("%")[0]).is_loopback]
    if remote and not allow:
        sys.exit(f"refusing to load {host} ({', '.join(sorted(remote))}): not a loopback address."
                 " Pass --allow-non-loopback to load another machine on purpose.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8080", help="the service (default %(default)s)")
    parser.add_argument("--articles", type=int, default=3000, help="articles to post at most (default %(default)s)")
    parser.add_argument("--duration", type=float, default=60, help="seconds to run at most (default %(default)s)")
    parser.add_argument("--writers", type=int, default=16, help="concurrent posting clients (default %(default)s)")
    parser.add_argument("--rate", type=float, default=0,
                        help="articles/s to post, spread over the writers; latency then counts from each article's"
                             " scheduled time, so a slow service cannot hide its queueing. 0 (default): as fast as"
                             " the writers go")
    parser.add_argument("--readers", type=int, default=4, help="concurrent reading clients (default %(default)s)")
    parser.add_argument("--read-rate", type=float, default=20,
                        help="dashboard and timeline requests/s at most, spread over the readers, each of which waits"
                             " for its answer before the next request (default %(default)s)")
    parser.add_argument("--warmup", type=float, default=10,
                        help="seconds at the start left out of the latency figures (the JIT compiles meanwhile);"
                             " their articles are counted and checked all the same (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds before a request counts as failed")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--progress", metavar="SECONDS", type=float, default=0,
                        help="every SECONDS, print a line with the articles stored and the posts' p50/p99 latency"
                             " in that interval (for soaks: shows when and how latency drifts); 0 (default): none")
    parser.add_argument("--allow-non-loopback", action="store_true", help="allow a target that is not this machine")
    parser.add_argument("--cpu-pids", metavar="PID", type=int, nargs="+", default=[],
                        help="processes of the service on this machine (the JVM, the PostgreSQL postmaster) whose CPU"
                             " time, with that of all their descendants, is reported per stored article")
    args = parser.parse_args()

    url = urllib.parse.urlsplit(args.base)
    if url.scheme != "http" or not url.hostname:
        parser.error("--base must be an http:// URL")
    if args.articles < 1 or args.writers < 1 or args.duration <= 0 or args.readers < 0:
        parser.error("--articles, --writers and --duration must be positive, --readers not negative")
    if args.articles > 1_000_000 or args.duration > 24 * 3600:
        parser.error("at most 1,000,000 articles and 24 hours")
    check_loopback(url.hostname, args.allow_non_loopback)
    host, port = url.hostname, url.port or 80

    seed = args.seed if args.seed is not None else int(time.time())
    run = f"{seed:x}"
    stats = Stats()
    control = Client(host, port, args.timeout)
    status, data = control.request("GET", "/api/articles?page=0&size=1")
    if status != 200:
        sys.exit(f"GET /api/articles answered {status}: is the service up? {data[:200]!r}")
    before = json.loads(data)["total"]

    acknowledged = {}  # id -> title
    claims_per_article = []
    pairs = [("US", "KP")]
    lock = threading.Lock()
    next_article = [0]
    sent = [0]  # articles actually sent (a writer may take a number and then find the time is up)
    cpu_before = [cpu_seconds([pid]) for pid in args.cpu_pids]
    start = time.monotonic()
    deadline = start + args.duration
    writers_done = threading.Event()
    json_headers = {"Content-Type": "application/json", "Accept": "application/json"}

    def take():
        with lock:
            n = next_article[0]
            if n >= args.articles:
                return None
            next_article[0] = n + 1
            return n

    def writer(index):
        rng = random.Random(f"{seed}-writer-{index}")
        client = Client(host, port, args.timeout)
        while time.monotonic() < deadline:
            n = take()
            if n is None:
                break
            scheduled = start + n / args.rate if args.rate > 0 else time.monotonic()
            wait = scheduled - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            if time.monotonic() >= deadline:
                break
            article, pair = generate(run, n, rng)
            began = scheduled if args.rate > 0 else time.monotonic()
            with lock:
                sent[0] += 1
            try:
                status, data = client.request("POST", "/api/articles", json.dumps(article).encode(), json_headers)
                millis = (time.monotonic() - began) * 1000
                if status == 201:
                    stored = json.loads(data)
                    with lock:
                        acknowledged[stored["id"]] = article["title"]
                        claims_per_article.append(len(stored.get("claims", [])))
                        if len(pairs) < 400:
                            pairs.append(pair)
                    stats.record("POST /api/articles", millis)
                else:
                    stats.record("POST /api/articles", millis, f"HTTP {status} {data[:160]!r}")
            except Exception as e:  # noqa: BLE001 - every failure is reported
                stats.record("POST /api/articles", (time.monotonic() - began) * 1000, type(e).__name__ + f" {e}")
        client.close()

    def reader(index):
        rng = random.Random(f"{seed}-reader-{index}")
        client = Client(host, port, args.timeout)
        # Closed loop, paced: each reader sends its next request when the last one is answered, at most
        # read-rate / readers a second.
        interval = args.readers / args.read_rate if args.read_rate > 0 else 0
        time.sleep(rng.random() * interval)
        while not writers_done.is_set() and time.monotonic() < deadline:
            with lock:
                a, b = rng.choice(pairs)
            kind, path = rng.choice([
                ("GET /", "/"),
                ("GET /dyads/{a}/{b}", f"/dyads/{a}/{b}"),
                ("GET /api/timeline", f"/api/timeline?a={a}&b={b}"),
            ])
            headers = {"Accept": "application/json" if path.startswith("/api/") else "text/html"}
            began = time.monotonic()
            try:
                status, data = client.request("GET", path, headers=headers)
                millis = (time.monotonic() - began) * 1000
                stats.record(kind, millis, None if status == 200 else f"HTTP {status} {data[:160]!r}")
            except Exception as e:  # noqa: BLE001
                stats.record(kind, (time.monotonic() - began) * 1000, type(e).__name__ + f" {e}")
            pause = interval - (time.monotonic() - began)
            if pause > 0:
                writers_done.wait(pause)
        client.close()

    def start_measuring():
        time.sleep(min(args.warmup, args.duration))
        stats.measuring = True

    def report_progress():
        while not writers_done.wait(args.progress):
            taken = stats.take_interval()
            posts, failed = taken.get("POST /api/articles", ([], 0))
            reads = sorted(v for kind, (values, _) in taken.items() if kind != "POST /api/articles" for v in values)
            posts.sort()
            print(f"  {time.monotonic() - start:7.0f} s: {len(posts) / args.progress:6.1f} posts/s,"
                  f" p50 {percentile(posts, 50):7.1f} ms, p99 {percentile(posts, 99):7.1f} ms, errors {failed};"
                  f" reads p99 {percentile(reads, 99):7.1f} ms", flush=True)

    threading.Thread(target=start_measuring, daemon=True).start()
    if args.progress > 0:
        threading.Thread(target=report_progress, daemon=True).start()
    if args.warmup <= 0:
        stats.measuring = True
    writer_threads = [threading.Thread(target=writer, args=(i,)) for i in range(args.writers)]
    reader_threads = [threading.Thread(target=reader, args=(i,)) for i in range(args.readers)]
    for t in writer_threads + reader_threads:
        t.start()
    for t in writer_threads:
        t.join()
    elapsed = time.monotonic() - start
    writers_done.set()
    for t in reader_threads:
        t.join()
    cpu_used = [cpu_seconds([pid]) - used for pid, used in zip(args.cpu_pids, cpu_before)]

    # The database holds exactly the acknowledged articles.
    status, data = control.request("GET", "/api/articles?page=0&size=1")
    after = json.loads(data)["total"] if status == 200 else None
    unreadable = []
    for article_id, title in acknowledged.items():
        status, data = control.request("GET", f"/api/articles/{article_id}", headers={"Accept": "application/json"})
        if status != 200 or json.loads(data).get("title") != title:
            unreadable.append(article_id)
    control.close()

    posted = sent[0]
    measured = {}
    print(f"target {args.base}  run {run}  writers {args.writers}  readers {args.readers}"
          f"  rate {'max' if args.rate <= 0 else args.rate}  read rate {args.read_rate}/s  warm-up {args.warmup:g} s")
    print(f"posted {posted} articles in {elapsed:.1f} s: {len(acknowledged)} acknowledged (201),"
          f" {len(acknowledged) / elapsed:.1f} articles/s")
    if claims_per_article:
        with_claims = sum(1 for c in claims_per_article if c > 0)
        print(f"claims per stored article {sum(claims_per_article) / len(claims_per_article):.2f};"
              f" articles with claims {with_claims} of {len(claims_per_article)}")
    print(f"{'request':<22}{'count':>8}{'per s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    window = max(elapsed - min(args.warmup, elapsed), 1e-9)
    for kind in sorted(stats.latencies):
        values = sorted(stats.latencies[kind])
        figures = {
            "count": len(values),
            "perSecond": len(values) / window,
            "p50": percentile(values, 50),
            "p95": percentile(values, 95),
            "p99": percentile(values, 99),
            "max": values[-1],
        }
        measured[kind] = figures
        print(f"{kind:<22}{figures['count']:>8}{figures['perSecond']:>8.1f}{figures['p50']:>9.1f}"
              f"{figures['p95']:>9.1f}{figures['p99']:>9.1f}{figures['max']:>9.1f}")
    if cpu_used:
        per_article = 1000 / max(len(acknowledged), 1)
        print(f"service CPU while posting: {sum(cpu_used):.1f} s, {sum(cpu_used) / elapsed * 100:.0f}% of one core,"
              f" {sum(cpu_used) * per_article:.1f} ms per stored article, reads included ("
              + ", ".join(f"process {pid}: {used * per_article:.1f} ms" for pid, used in zip(args.cpu_pids, cpu_used))
              + ")")
    error_count = sum(stats.errors.values())
    print(f"errors {error_count}")
    for key, count in sorted(stats.errors.items(), key=lambda item: -item[1])[:20]:
        print(f"  {count:>6}  {key}")
    expected = before + len(acknowledged)
    lost = len(unreadable)
    print(f"articles before {before}, after {after}, expected {expected}; acknowledged but unreadable {lost}")
    consistent = after == expected and lost == 0
    print("check: the database holds exactly the acknowledged articles" if consistent
          else "CHECK FAILED: the database does not hold exactly the acknowledged articles")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({
                "base": args.base, "run": run, "writers": args.writers, "readers": args.readers, "rate": args.rate,
                "readRate": args.read_rate, "warmup": args.warmup, "posted": posted,
                "acknowledged": len(acknowledged), "seconds": elapsed,
                "articlesPerSecond": len(acknowledged) / elapsed, "latencies": measured, "errors": stats.errors,
                "serviceCpuSeconds": dict(zip(map(str, args.cpu_pids), cpu_used)), "before": before, "after": after, "unreadable": unreadable, "consistent": consistent,
            }, out, indent=2)
    return 0 if error_count == 0 and consistent else 1


if __name__ == "__main__":
    sys.exit(main())
