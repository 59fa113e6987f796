#!/usr/bin/env python3
"""The full reliability suite (run it with bench/reliability.sh; the quick version runs in mvn verify).

1. Generates >= N hostile inputs of every kind (org.attest.ingest.HostileCorpus: binary, encodings, BOMs,
   late NUL bytes, malicious and broken feeds, XXE, links and symbolic links out of the folder, FIFOs,
   odd names, bad sidecars, run-ons, a 5 MB one-sentence text, a 1 MB run-on, 3 GB sparse files as
   text, linked page, sidecar and JSON Lines, an over-long path) with a secret file beside the input.
2. Runs `attest ingest` over them (peak RSS, exit code, stack traces, one line per input, secret read?),
   then again (nothing may change), then `attest extract` over the same folder.
3. Kills ingests with SIGKILL at random moments and resumes; the store must equal an uninterrupted one.
4. Runs concurrent writers into one H2 store, and into PostgreSQL when ATTEST_TEST_PG_URL is set.
5. Writes the figures into docs/reliability.md (between the ingest markers; the web section is kept).
"""
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET = "Zanzibar-Quokka-Secret-7731"
TRACE = re.compile(r"^\s+at [\w.$/]+\(|Exception in thread|^(java|javax|org|com)\.[\w.$]+(Exception|Error)\b|^Caused by:", re.M)
RESULT = re.compile(r"^(ingested|near-dup|duplicate|skipped|failed) +\S")


def run(cmd, out_path, err_path, env=None, timeout=None):
    """Runs a command with its output in files; returns (exit code, seconds, peak RSS in MB)."""
    t0 = time.time()
    with open(out_path, "wb") as o, open(err_path, "wb") as e:
        p = subprocess.Popen(["/usr/bin/time", "-f", "MAXRSS_KB=%M"] + cmd, stdout=o, stderr=e, env=env, cwd=HERE)
        rc = p.wait(timeout=timeout)
    secs = time.time() - t0
    err = open(err_path, encoding="utf-8", errors="replace").read()
    m = re.findall(r"MAXRSS_KB=(\d+)", err)
    rss = int(m[-1]) / 1024 if m else float("nan")
    return rc, secs, rss


def read(path):
    return open(path, encoding="utf-8", errors="replace").read()


def traces(text):
    return len(TRACE.findall(text))


def java_cp():
    return os.path.join(HERE, "attest-ingest/target/test-classes") + ":" + os.path.join(HERE, "attest-cli/target/attest.jar")


def store_check(db, marker=SECRET):
    out = subprocess.run(["java", "-Xmx1g", "-cp", java_cp(), "org.attest.ingest.StoreCheck", "check", db, marker],
                         capture_output=True, text=True, cwd=HERE)
    line = [l for l in out.stdout.splitlines() if l.startswith("{")]
    if not line:
        raise SystemExit("StoreCheck failed: " + out.stderr[-2000:])
    return json.loads(line[-1])


def child(db, delay, *paths):
    return subprocess.Popen(["java", "-Xmx256m", "-cp", java_cp(), "org.attest.ingest.IngestChild", db, str(delay)]
                            + list(paths), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=HERE)


def concurrent(work, db_url, label):
    """Three ingests with overlapping folders into one store at once."""
    dirs = []
    for i in range(3):
        d = f"{work}/conc-{label}-{i}"
        shutil.rmtree(d, ignore_errors=True)
        subprocess.run(["java", "-cp", java_cp(), "org.attest.ingest.SyntheticNews", d, "30", str(3000 + 20 * i)], check=True)
        dirs.append(d)
    ps = [child(db_url, 10, d) for d in dirs]
    outs = [p.communicate()[0].decode("utf-8", "replace") for p in ps]
    c = store_check(db_url)
    expected = len({3000 + j for i in range(3) for j in range(20 * i, 20 * i + 30)})
    return dict(writers=3, finished=sum("DONE" in o for o in outs), documents=c["documents"], expected=expected,
                lost=max(0, expected - c["distinctTexts"]), duplicated=c["documents"] - c["distinctTexts"],
                results=c["results"], failed=c["failed"], view_current=c["viewCurrent"],
                stack_traces=sum(traces(o) for o in outs))


def concurrent_pg(work, seed):
    pg = os.environ.get("ATTEST_TEST_PG_URL")
    if not pg:
        return None
    schema = "rel" + str(seed)
    subprocess.run(["java", "-cp", java_cp(), "org.attest.ingest.StoreCheck", "drop", pg, schema], check=True)
    subprocess.run(["java", "-cp", java_cp(), "org.attest.ingest.StoreCheck", "schema", pg, schema], check=True)
    try:
        return concurrent(work, pg + "&currentSchema=" + schema, "pg")
    finally:
        subprocess.run(["java", "-cp", java_cp(), "org.attest.ingest.StoreCheck", "drop", pg, schema])


def main():
    if len(sys.argv) > 2 and sys.argv[2] == "pg":
        # only the PostgreSQL writers, added to an earlier run's figures
        work = sys.argv[1]
        fig = json.load(open(work + "/figures.json"))
        if "kind_counts" not in fig:
            kinds = {}
            for line in open(work + "/hostile/manifest.tsv", encoding="utf-8"):
                k = line.rstrip("\n").split("\t")[-1]
                kinds[k] = kinds.get(k, 0) + 1
            fig.update(seed=int(os.environ.get("ATTEST_RELIABILITY_SEED", "20261202")), n=int(sys.argv[3]), kind_counts=kinds)
        fig["concurrent_pg"] = concurrent_pg(work, fig["seed"])
        json.dump(fig, open(work + "/figures.json", "w"), indent=2)
        write_doc(fig, fig["kind_counts"], fig["n"], fig["seed"])
        print("reliability: concurrent_pg " + json.dumps(fig["concurrent_pg"]), file=sys.stderr)
        p = fig["concurrent_pg"]
        return 0 if p and p["lost"] == 0 and p["duplicated"] == 0 else 1
    work = sys.argv[1] if len(sys.argv) > 1 else "/tmp/attest-reliability"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    kills = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    seed = int(os.environ.get("ATTEST_RELIABILITY_SEED", "20261202"))
    rnd = random.Random(seed)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    attest = os.path.join(HERE, "attest")
    env = dict(os.environ, ATTEST_JAVA_OPTS=os.environ.get("ATTEST_JAVA_OPTS", "-Xmx4g -XX:+UseParallelGC"))
    # the commit measured: the one the jar is built from at the start (later commits do not count)
    fig = {"commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                    cwd=HERE).stdout.strip()}

    # 1. the hostile corpus
    gen = subprocess.run(["java", "-cp", java_cp(), "org.attest.ingest.HostileCorpus", work + "/hostile", str(n), str(seed),
                          "huge"], capture_output=True, text=True, check=True)
    entries = int(gen.stdout.strip())
    fig["inputs"] = entries
    kinds = {}
    for line in open(work + "/hostile/manifest.tsv", encoding="utf-8"):
        k = line.rstrip("\n").split("\t")[-1]
        kinds[k] = kinds.get(k, 0) + 1
    fig["kinds"] = len(kinds)
    print(f"reliability: {entries} inputs of {len(kinds)} kinds in {work}/hostile", file=sys.stderr)

    # 2. ingest, re-ingest, extract
    db = work + "/store"
    rc, secs, rss = run([attest, "ingest", work + "/hostile/in", "--db", db], work + "/ingest.out", work + "/ingest.err", env)
    out, err = read(work + "/ingest.out"), read(work + "/ingest.err")
    lines = [l for l in out.splitlines() if l.strip()]
    result_lines = [l for l in lines if RESULT.match(l)]
    other = [l for l in lines if not RESULT.match(l) and not l.startswith(("Summary:", "Store:", "Cross-document view"))]
    fig["ingest"] = dict(exit=rc, seconds=round(secs), peak_rss_mb=round(rss), results=len(result_lines),
                         stray_lines=len(other), stack_traces=traces(out) + traces(err),
                         secret_in_output=(out + err).count(SECRET),
                         summary=next((l for l in lines if l.startswith("Summary:")), "(no summary)"))
    check1 = store_check(db)
    fig["store"] = check1
    rc2, secs2, rss2 = run([attest, "ingest", work + "/hostile/in", "--db", db], work + "/ingest2.out", work + "/ingest2.err", env)
    out2 = read(work + "/ingest2.out")
    check2 = store_check(db)
    fig["reingest"] = dict(exit=rc2, seconds=round(secs2), unchanged_store=check2["dumpSha256"] == check1["dumpSha256"],
                           summary=next((l for l in out2.splitlines() if l.startswith("Summary:")), "(no summary)"),
                           stack_traces=traces(out2) + traces(read(work + "/ingest2.err")))
    rc3, secs3, rss3 = run([attest, "extract", "--format", "json", work + "/hostile/in"], work + "/extract.json",
                           work + "/extract.err", env)
    xout, xerr = read(work + "/extract.json"), read(work + "/extract.err")
    try:
        ledger = json.loads(xout)
        xdocs = len(ledger.get("documents", []))
        parses = True
    except ValueError:
        xdocs, parses = 0, False
    fig["extract"] = dict(exit=rc3, seconds=round(secs3), peak_rss_mb=round(rss3), documents=xdocs, json_parses=parses,
                          skipped_lines=len([l for l in xerr.splitlines() if l.startswith("attest: ")]),
                          stack_traces=traces(xerr), secret_in_output=(xout + xerr).count(SECRET))
    print("reliability: ingest/extract " + json.dumps({k: fig[k] for k in ("ingest", "extract")}), file=sys.stderr)

    # 3. SIGKILL at random moments, then resume; compare with an uninterrupted run
    docs = work + "/kill-docs"
    subprocess.run(["java", "-cp", java_cp(), "org.attest.ingest.SyntheticNews", docs, "120", "500"], check=True)
    clean = work + "/kill-clean"
    p = child(clean, 0, docs)
    p.communicate()
    killed_db = work + "/kill-store"
    done_kills = 0
    for k in range(kills):
        p = child(killed_db, 20, docs)
        time.sleep(rnd.uniform(0.3, 4.0))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            done_kills += 1
        p.communicate()
    p = child(killed_db, 0, docs)
    tail = p.communicate()[0].decode("utf-8", "replace")
    a, b = store_check(killed_db), store_check(clean)
    fig["sigkill"] = dict(kills=done_kills, finished="DONE" in tail, documents=a["documents"], expected=b["documents"],
                          lost=max(0, b["documents"] - a["documents"]), duplicated=a["documents"] - a["distinctTexts"],
                          identical_to_uninterrupted=a["dumpSha256"] == b["dumpSha256"])
    print("reliability: sigkill " + json.dumps(fig["sigkill"]), file=sys.stderr)

    # 4. concurrent writers: three ingests with overlapping folders into one store
    fig["concurrent_h2"] = concurrent(work, work + "/conc-store", "h2")
    fig["concurrent_pg"] = concurrent_pg(work, seed)
    print("reliability: concurrent " + json.dumps({k: fig[k] for k in ("concurrent_h2", "concurrent_pg")}), file=sys.stderr)

    fig.update(seed=seed, n=n, kind_counts=kinds)
    json.dump(fig, open(work + "/figures.json", "w"), indent=2)
    write_doc(fig, kinds, n, seed)
    ok = (fig["ingest"]["stack_traces"] == 0 and fig["extract"]["stack_traces"] == 0 and check1["withMarker"] == 0
          and fig["ingest"]["secret_in_output"] == 0 and fig["extract"]["secret_in_output"] == 0
          and fig["sigkill"]["lost"] == 0 and fig["sigkill"]["duplicated"] == 0 and fig["sigkill"]["identical_to_uninterrupted"]
          and fig["concurrent_h2"]["lost"] == 0 and fig["concurrent_h2"]["duplicated"] == 0 and fig["reingest"]["unchanged_store"])
    print("reliability: " + ("PASS" if ok else "FAIL") + f" (figures in {work}/figures.json, docs/reliability.md)", file=sys.stderr)
    return 0 if ok else 1


def write_doc(fig, kinds, n, seed):
    path = os.path.join(HERE, "docs/reliability.md")
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    i, s, c = fig["ingest"], fig["store"], fig["extract"]
    k, h, p = fig["sigkill"], fig["concurrent_h2"], fig["concurrent_pg"]
    commit = fig.get("commit") or subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                                 cwd=HERE).stdout.strip()
    pg_row = ("| concurrent writers, PostgreSQL | 3 writers, {documents} documents (expected {expected}); lost {lost}, duplicated "
              "{duplicated}, failed {failed} |".format(**p) if p else
              "| concurrent writers, PostgreSQL | not run: ATTEST_TEST_PG_URL was not set (`eval \"$(.ci/postgres.sh)\"`) |")
    body = f"""<!-- ingest-reliability:begin (written by bench/reliability.sh; edit the script, not this section) -->
## Ingest, extract, crashes and concurrent writers

Measured with `bench/reliability.sh {n}` (seed {seed}) at commit {commit}, on this machine (2 cores, shared
with other jobs: the times are wall-clock under load).
The inputs are generated by `org.attest.ingest.HostileCorpus` ({fig['kinds']} kinds, cycled; a secret
file and folder sit beside the input folder, and many inputs try to make ingest read them):
{", ".join(f"{name} ({count})" for name, count in sorted(kinds.items()))}.

| figure | value |
|---|---|
| inputs tried (`ingest`, then `extract` over the same folder) | **{fig['inputs']}** |
| stack traces printed (ingest + re-ingest + extract) | **{i['stack_traces'] + fig['reingest']['stack_traces'] + c['stack_traces']}** |
| files read outside the input folder (stored documents or output holding the secret) | **{s['withMarker'] + i['secret_in_output'] + c['secret_in_output']}** |
| documents lost / duplicated after {k['kills']} SIGKILLs and a resume | **{k['lost']} / {k['duplicated']}** (store identical to an uninterrupted run: {str(k['identical_to_uninterrupted']).lower()}) |
| `ingest`: exit code, time, peak RSS | {i['exit']} (some inputs skipped), {i['seconds']} s, {i['peak_rss_mb']} MB |
| `ingest`: result lines / lines that are not one-line results | {i['results']} / {i['stray_lines']} |
| `ingest`: summary | `{i['summary']}` |
| store after ingest | {s['documents']} documents ({s['distinctTexts']} distinct texts), {s['results']} results ({s['skipped']} skipped, {s['failed']} failed) |
| re-ingest: summary; store unchanged | `{fig['reingest']['summary']}`; {str(fig['reingest']['unchanged_store']).lower()} |
| `extract --format json` over the folder: exit, time, peak RSS | {c['exit']}, {c['seconds']} s, {c['peak_rss_mb']} MB; {c['documents']} documents, JSON parses: {str(c['json_parses']).lower()}, {c['skipped_lines']} one-line refusals |
| concurrent writers, H2 | 3 writers, {h['documents']} documents (expected {h['expected']}); lost {h['lost']}, duplicated {h['duplicated']}, failed {h['failed']} |
{pg_row}

The 3 GB files are sparse (no disk space): they are refused by size before a byte is read. The
5 MB one-sentence text and the 1 MB run-on are read; their sentences over 250 tokens are tokenized but
not tagged or parsed (`CoreNlpAnnotator.MAX_SENTENCE_TOKENS`). The SIGKILL and concurrency runs use
the ingester with a fast test extractor (`IngestChild`): crash safety is the store's and the
ingester's, not the NLP's. The quick version (`ReliabilityQuickTest`, two inputs of each kind and the
sparse files) runs in `mvn verify`.
<!-- ingest-reliability:end -->"""
    if "<!-- ingest-reliability:begin" in old:
        new = re.sub(r"<!-- ingest-reliability:begin.*?<!-- ingest-reliability:end -->", lambda m: body, old, flags=re.S)
    else:
        new = old if old else HEADER
        new = new.replace("<!-- ingest-reliability -->", body) if "<!-- ingest-reliability -->" in new else new + "\n" + body + "\n"
    open(path, "w", encoding="utf-8").write(new)


HEADER = """# Reliability

What a hostile-input, crash and concurrency campaign measures, and how to run it again. Nothing a
user can feed Attest may stop a run, print a stack trace, read a file outside the input, or lose or
duplicate a stored document.

<!-- ingest-reliability -->

## Web desk: routes, CSRF, XSS, load

(Written by the web desk's reliability run: every route with and without token, CSRF, Host,
traversal, XSS payloads in every field in headless Chromium, a bounded loopback load run with
p50/p99 under 8 clients.)
"""

if __name__ == "__main__":
    sys.exit(main())
