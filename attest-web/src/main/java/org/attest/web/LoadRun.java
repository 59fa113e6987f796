package org.attest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load run against a desk on this machine: N clients, each sending read requests one
 * after another (a fixed, seeded mix over every read route, with ids taken from the server's own
 * lists) until the request count or the time limit is reached. Reports p50, p90, p99 and the
 * maximum latency, per route and overall, and every answer that was not 2xx.
 *
 * <p>Bounded on purpose: at most {@value #MAX_REQUESTS} requests, {@value #MAX_SECONDS} s and
 * {@value #MAX_CLIENTS} clients, and only to a loopback address (it is a measuring tool, not a
 * way to load someone else's server).
 *
 * <pre>
 * java -cp 'attest-cli/target/attest.jar:attest-cli/target/lib/*' org.attest.web.LoadRun \
 *     --url http://127.0.0.1:8080/ --clients 8 --requests 4000 --seconds 60 --warmup 500
 * </pre>
 *
 * ({@code bench/web-load.sh} does that.)
 */
public final class LoadRun {

  public static final int MAX_REQUESTS = 200_000;
  public static final int MAX_SECONDS = 600;
  public static final int MAX_CLIENTS = 64;

  /** What one run measured. Latencies in milliseconds. */
  public record Report(int clients, int requests, int failures, double seconds, double p50, double p90, double p99,
      double max, Map<String, double[]> byRoute, List<String> failureSamples) {

    /** The report as text, one route a line ({@code route  n  p50  p99  max}). */
    public String text() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%d clients, %d requests in %.1f s (%.0f/s), %d not 2xx%n", clients, requests, seconds,
          requests / Math.max(seconds, 1e-9), failures));
      sb.append(String.format(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", p50, p90, p99, max));
      sb.append(String.format(Locale.ROOT, "%-28s %7s %8s %8s %8s%n", "route", "n", "p50", "p99", "max"));
      byRoute.forEach((route, v) -> sb.append(String.format(Locale.ROOT, "%-28s %7d %8.1f %8.1f %8.1f%n", route, (int) v[0], v[1],
          v[2], v[3])));
      failureSamples.forEach(f -> sb.append("not 2xx: ").append(f).append('\n'));
      return sb.toString();
    }
  }

  private final URI base;
  private final String token;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @throws IllegalArgumentException when the address is not a loopback one
   */
  public LoadRun(String url, String token) {
    URI u = URI.create(url.endsWith("/") ? url : url + "/");
    if (!"http".equals(u.getScheme()) || u.getHost() == null) {
      throw new IllegalArgumentException("give the desk's address as http://127.0.0.1:PORT/, not '" + url + "'");
    }
    try {
      if (!InetAddress.getByName(u.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException("the load run only measures a desk on this machine (a loopback address), not "
            + u.getHost());
      }
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + u.getHost());
    }
    this.base = u;
    this.token = token;
  }

  /** Runs {@code clients} clients until {@code requests} requests were sent or {@code seconds} passed. */
  public Report run(int clients, int requests, int seconds, long seed) throws IOException, InterruptedException {
    return run(clients, requests, seconds, seed, 0);
  }

  /**
   * As {@link #run(int, int, int, long)}, after {@code warmup} requests from one client (not
   * measured: the server's JIT and first computations are not its steady state).
   */
  public Report run(int clients, int requests, int seconds, long seed, int warmup) throws IOException, InterruptedException {
    if (clients < 1 || clients > MAX_CLIENTS || requests < 1 || requests > MAX_REQUESTS || seconds < 1 || seconds > MAX_SECONDS
        || warmup < 0 || warmup > MAX_REQUESTS) {
      throw new IllegalArgumentException("clients 1-" + MAX_CLIENTS + ", requests 1-" + MAX_REQUESTS + ", seconds 1-" + MAX_SECONDS
          + ", warm-up 0-" + MAX_REQUESTS);
    }
    List<String[]> mix = mix(seed);
    if (warmup > 0) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<String[]> other = mix(seed + 1);
      long until = System.nanoTime() + seconds * 1_000_000_000L;
      for (int i = 0; i < warmup && System.nanoTime() < until; i++) {
        client.send(request(other.get(i % other.size())[1]), HttpResponse.BodyHandlers.discarding());
      }
    }
    AtomicInteger next = new AtomicInteger();
    long[] nanos = new long[requests];
    String[] routeOf = new String[requests];
    int[] status = new int[requests];
    long start = System.nanoTime();
    long stopAt = start + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        for (int i; (i = next.getAndIncrement()) < requests && System.nanoTime() < stopAt; ) {
          String[] r = mix.get(i % mix.size());
          long t0 = System.nanoTime();
          int code;
          try {
            code = client.send(request(r[1]), HttpResponse.BodyHandlers.discarding()).statusCode();
          } catch (IOException e) {
            code = -1;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          nanos[i] = System.nanoTime() - t0;
          routeOf[i] = r[0];
          status[i] = code;
        }
      }, "attest-load-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> all = new ArrayList<>();
    Map<String, List<Long>> byRoute = new TreeMap<>();
    int failures = 0;
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      if (routeOf[i] == null) {
        continue; // not sent: the time was up
      }
      all.add(nanos[i]);
      byRoute.computeIfAbsent(routeOf[i], k -> new ArrayList<>()).add(nanos[i]);
      if (status[i] < 200 || status[i] > 299) {
        failures++;
        if (samples.size() < 10) {
          samples.add(status[i] + " " + mix.get(i % mix.size())[1]);
        }
      }
    }
    Map<String, double[]> routes = new LinkedHashMap<>();
    byRoute.forEach((k, v) -> {
      long[] a = sorted(v);
      routes.put(k, new double[] {a.length, pct(a, 50), pct(a, 99), ms(a[a.length - 1])});
    });
    long[] a = sorted(all);
    return new Report(clients, a.length, failures, elapsed, pct(a, 50), pct(a, 90), pct(a, 99), a.length == 0 ? 0 : ms(a[a.length - 1]),
        routes, samples);
  }

  /** The requests, as {route, path}: every read route, with ids from the server's own lists, shuffled with the seed. */
  private List<String[]> mix(long seed) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<String> docs = ids(client, "api/documents?limit=1000");
    List<String> entities = ids(client, "api/entities?limit=1000");
    List<String> events = ids(client, "api/events?limit=1000");
    List<String> claims = ids(client, "api/attributions?limit=1000");
    List<String> findings = ids(client, "api/findings?limit=1000");
    List<String[]> out = new ArrayList<>();
    Random rnd = new Random(seed);
    String[] words = {"said", "denied", "minister", "ship", "port", "police", "army", "talks"};
    for (int i = 0; i < 200; i++) {
      out.add(new String[] {"GET /api/status", "api/status"});
      out.add(new String[] {"GET /api/documents", "api/documents?offset=" + rnd.nextInt(Math.max(1, docs.size()))});
      out.add(new String[] {"GET /api/entities", "api/entities"});
      out.add(new String[] {"GET /api/sources", "api/sources"});
      out.add(new String[] {"GET /api/events", "api/events"});
      out.add(new String[] {"GET /api/timeline", "api/timeline"});
      out.add(new String[] {"GET /api/attributions", "api/attributions?sort=source&offset=" + rnd.nextInt(Math.max(1, claims.size()))});
      out.add(new String[] {"GET /api/findings", "api/findings"});
      out.add(new String[] {"GET /api/graph", "api/graph"});
      out.add(new String[] {"GET /api/search", "api/search?q=" + words[rnd.nextInt(words.length)]});
      out.add(new String[] {"GET /api/decisions", "api/decisions"});
      out.add(new String[] {"GET / (page)", "timeline"});
      pick(out, rnd, docs, "GET /api/documents/{id}", "api/documents/");
      pick(out, rnd, entities, "GET /api/entities/{id}", "api/entities/");
      pick(out, rnd, events, "GET /api/events/{id}", "api/events/");
      pick(out, rnd, events, "GET /api/graph?event=", "api/graph?event=");
      pick(out, rnd, claims, "GET /api/attributions/{id}", "api/attributions/");
      pick(out, rnd, findings, "GET /api/findings/{id}", "api/findings/");
    }
    java.util.Collections.shuffle(out, rnd);
    return out;
  }

  private static void pick(List<String[]> out, Random rnd, List<String> ids, String route, String prefix) {
    if (!ids.isEmpty()) {
      out.add(new String[] {route, prefix + URLEncoder.encode(ids.get(rnd.nextInt(ids.size())), StandardCharsets.UTF_8)});
    }
  }

  private List<String> ids(HttpClient client, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request(path), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET /" + path + " answered " + r.statusCode() + ": " + r.body());
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : json.readTree(r.body()).path("items")) {
      out.add(n.path("id").asText());
    }
    return out;
  }

  private HttpRequest request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private static long[] sorted(List<Long> v) {
    long[] a = v.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    return a;
  }

  /** The nearest-rank percentile, in ms. */
  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return ms(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** {@code --url U [--clients 8] [--requests 4000] [--seconds 60] [--token T] [--seed 1]}. */
  public static void main(String[] args) {
    Map<String, String> o = new LinkedHashMap<>(Map.of("--clients", "8", "--requests", "4000", "--seconds", "60", "--seed", "1",
        "--warmup", "500"));
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        System.err.println("usage: LoadRun --url http://127.0.0.1:PORT/ [--clients 8] [--requests 4000] [--seconds 60]"
            + " [--warmup 500] [--seed 1] [--token T]");
        System.exit(2);
      }
      o.put(args[i], args[++i]);
    }
    try {
      if (!o.containsKey("--url")) {
        throw new IllegalArgumentException("give --url http://127.0.0.1:PORT/");
      }
      String token = o.getOrDefault("--token", System.getenv("ATTEST_TOKEN"));
      Report r = new LoadRun(o.get("--url"), token).run(Integer.parseInt(o.get("--clients")), Integer.parseInt(o.get("--requests")),
          Integer.parseInt(o.get("--seconds")), Long.parseLong(o.get("--seed")), Integer.parseInt(o.get("--warmup")));
      System.out.print(r.text());
      System.exit(r.failures() == 0 ? 0 : 1);
    } catch (NumberFormatException e) {
      System.err.println("load run: a number was expected: " + e.getMessage());
      System.exit(2);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("load run: " + e.getMessage());
      System.exit(2);
    } catch (InterruptedException e) {
      System.exit(130);
    }
  }
}
