package org.attest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium; no
 * browser is downloaded): ingest the examples through the form, the timeline, an event card with a
 * denial and a confirmation, a merge, the CSV download, and an article full of markup that must
 * render as text. Takes the README's screenshots on the way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static WebServer server;
  private static WebDriver driver;
  private static WebDriverWait wait;
  private static Path downloads;
  private static Path profile;
  private static final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why = "headless Chromium is not installed (apt-get install -y chromium chromium-driver): "
          + CHROMIUM + " / " + CHROMEDRIVER + " missing";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(why);
      }
      Assumptions.abort(why);
    }
    server = WebServer.start(Desks.options("browser"), Desks.PIPELINE);
    downloads = Desks.tempDir("downloads");
    profile = Desks.tempDir("chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    // an alert left open must stay visible to the test (it would mean a script from the data ran)
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // the driver's path is given: Selenium Manager never looks for (or downloads) one
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void ingestTheExamplesThroughTheForm() throws Exception {
    open("/ingest");
    String files = Http.examples().keySet().stream().map(n -> Http.examplesDir().resolve(n).toString())
        .collect(Collectors.joining("\n"));
    driver.findElement(By.id("ingest-files")).sendKeys(files);
    driver.findElement(By.id("ingest-submit")).click();
    WebElement table = new WebDriverWait(driver, Duration.ofMinutes(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("ingest-table")));
    String results = table.getText();
    assertThat(results).contains("01-harbor-wire.txt").contains("ingested").contains("near duplicate");
    assertThat(driver.findElement(By.id("ingest-summary")).getText()).contains("holds 4 documents");
  }

  @Test
  @Order(2)
  void theTimelineShowsEventsColouredByQuadClassAndOpensACard() throws Exception {
    open("/timeline");
    wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".vis-item")));
    List<WebElement> items = driver.findElements(By.cssSelector(".vis-item"));
    assertThat(items).isNotEmpty();
    assertThat(items).allSatisfy(i -> assertThat(i.getAttribute("class")).containsPattern("quad-[A-Z_]+"));
    assertThat(driver.findElements(By.cssSelector(".vis-item.quad-MATERIAL_CONFLICT"))).isNotEmpty();
    // the item's words are text: the precision is shown
    assertThat(driver.findElements(By.cssSelector(".vis-item .item-when")))
        .allSatisfy(w -> assertThat(w.getAttribute("textContent")).containsPattern("· (day|week|month|season|quarter|half|year)"));
    // a bar shorter than its label does not cut it ("North Ko"): the label runs on past the bar,
    // and the whole label is the item's tooltip
    for (WebElement label : driver.findElements(By.cssSelector(".vis-item .item-label"))) {
      assertThat(label.getAttribute("title")).isEqualTo(label.getAttribute("textContent")).isNotBlank();
      Object clipped = ((JavascriptExecutor) driver).executeScript(
          "for (let e = arguments[0].parentElement; e && !e.classList.contains('vis-itemset'); e = e.parentElement) {"
              + " if (getComputedStyle(e).overflow !== 'visible' && !e.classList.contains('vis-item')) return e.className; }"
              + " return null;", label);
      assertThat(clipped).as("an element that clips the label").isNull();
      // and where it runs on past the bar (onto the white axis) it can still be read: dark words
      assertThat(label.getCssValue("color")).isEqualTo("rgba(17, 17, 17, 1)");
    }
    // the table of dated events is in date order
    List<String> starts = new ArrayList<>();
    for (var i : com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .readTree(new Http(server.url(), null).get("/api/timeline").body()).get("items")) {
      starts.add(i.get("id").asText());
    }
    List<String> rows = driver.findElements(By.cssSelector("#event-list tbody tr td:first-child a")).stream()
        .map(a -> a.getAttribute("href").replaceAll(".*/events/", "")).toList();
    assertThat(rows).isEqualTo(starts);
    screenshot("timeline.png");

    // filter by type: only verbal conflict (or nothing) is left
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-type"))).selectByValue("VERBAL_CONFLICT");
    driver.findElement(By.cssSelector("#timeline-filters button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("type=VERBAL_CONFLICT"));
    ready();
    driver.findElements(By.cssSelector(".vis-item")).forEach(i -> assertThat(i.getAttribute("class")).contains("quad-VERBAL_CONFLICT"));

    open("/timeline");
    wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".vis-item")));
    driver.findElement(By.cssSelector(".vis-item.quad-MATERIAL_CONFLICT")).click();
    wait.until(ExpectedConditions.urlMatches("/events/[^/]+$"));
    ready();
    assertThat(driver.findElement(By.id("event-facts")).getText()).contains("What").contains("When").contains("How many");
  }

  @Test
  @Order(3)
  void anEventCardShowsADenialAndAConfirmationWithTheirEvidence() throws Exception {
    open("/events/" + seizureEvent());
    WebElement deny = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".claim.stance-DENY")));
    WebElement confirm = driver.findElement(By.cssSelector(".claim.stance-CONFIRM"));
    assertThat(deny.getText()).contains("deny");
    assertThat(confirm.getText()).contains("confirm");
    assertThat(confirm.findElements(By.cssSelector("mark.m-cue"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#claims mark.m-trigger"))).isNotEmpty();
    assertThat(driver.findElement(By.id("event-facts")).getText()).contains("Denied by").contains("Iran");
    screenshot("event-card.png");
    // the card links to the documents: the page opens on the claim's words, highlighted
    String cue = confirm.findElement(By.cssSelector("mark.m-cue")).getText();
    driver.findElement(By.cssSelector(".claim.stance-CONFIRM .doc-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article")));
    assertThat(driver.findElements(By.cssSelector("#article .hl-event"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#article .hl-entity"))).isNotEmpty();
    String focused = driver.findElements(By.cssSelector("#article .focused")).stream().map(WebElement::getText)
        .collect(Collectors.joining());
    assertThat(focused).isEqualTo(cue);
    Object inView = ((JavascriptExecutor) driver).executeScript(
        "const r = document.getElementById('focus').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;");
    assertThat(inView).isEqualTo(true);
  }

  /**
   * Issue 11: the card dates the event by its own time and each claim by when it was made; an
   * event without a date of its own is "reported on" its earliest statement, and an inferred
   * (publication) date says so.
   */
  @Test
  @Order(3)
  void anEventCardDatesTheEventByItsOwnTimeAndTheClaimsByTheirStatements() throws Exception {
    open("/events/" + seizureEvent());
    WebElement when = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-when")));
    assertThat(when.getText()).matches("2025-03-0\\d.*").doesNotContain("reported on");
    assertThat(when.getAttribute("data-inferred")).isEqualTo("false");
    // "Iran confirmed on Wednesday that its forces had seized ... on Sunday": the saying is dated, not the seizure
    assertThat(driver.findElement(By.cssSelector(".claim.stance-CONFIRM .statement-date")).getText())
        .contains("2025-03-05").doesNotContain("inferred");
    List<WebElement> dates = driver.findElements(By.cssSelector(".claim .statement-date"));
    assertThat(dates).anySatisfy(d -> assertThat(d.getText()).contains("(publication date, inferred)"));
    assertThat(dates).allSatisfy(d -> assertThat(d.getText()).matches("statement date: 2025-03-0\\d.*"));

    open("/events/" + eventWithoutOwnDate());
    when = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-when")));
    assertThat(when.getText()).matches("reported on 2025-03-0\\d( \\(publication date\\))?");
    assertThat(when.getAttribute("data-inferred")).isEqualTo("true");
  }

  /**
   * Issue 11, acceptance 4: on the samples' store the timeline page shows every event that has a
   * dated statement about it, by its own date or marked "reported on DATE" ("(publication date)"
   * when that is only the article's date) — none of them is left among the undated ones.
   */
  @Test
  @Order(3)
  void theTimelineShowsEveryEventWithADatedStatementByItsOwnDateOrAsReportedOn() throws Exception {
    Http http = new Http(server.url(), null);
    var json = com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
    java.util.Set<String> withDatedStatement = new java.util.TreeSet<>();
    java.util.Set<String> withOwnDate = new java.util.TreeSet<>();
    for (var e : json.readTree(http.get("/api/events?limit=1000").body()).get("items")) {
      String id = e.get("id").asText();
      if (!e.get("start").isNull()) {
        withOwnDate.add(id);
      }
      for (var c : json.readTree(http.get("/api/events/" + id).body()).get("claims")) {
        if (c.hasNonNull("statementDate")) {
          withDatedStatement.add(id);
        }
      }
    }
    assertThat(withDatedStatement).as("the samples' claims are dated").isNotEmpty();
    java.util.Set<String> reportedOnly = new java.util.TreeSet<>(withDatedStatement);
    reportedOnly.removeAll(withOwnDate);
    assertThat(reportedOnly).as("sample events dated only by the statements about them").isNotEmpty();

    open("/timeline");
    wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".vis-item")));
    // the table of dated events: each row's date is its own, or "reported on DATE", marked inferred
    java.util.Map<String, WebElement> rows = new java.util.HashMap<>();
    for (WebElement tr : driver.findElements(By.cssSelector("#event-list tbody tr"))) {
      rows.put(tr.findElement(By.cssSelector("td:first-child a")).getAttribute("href").replaceAll(".*/events/", ""), tr);
    }
    assertThat(rows.keySet()).containsAll(withDatedStatement);
    for (String id : withDatedStatement) {
      WebElement when = rows.get(id).findElement(By.cssSelector("td.event-when"));
      if (withOwnDate.contains(id)) {
        assertThat(when.getAttribute("data-inferred")).as(id).isEqualTo("false");
        assertThat(when.getText()).as(id).matches("\\d{4}(-\\S+)? \\((day|week|month|season|quarter|half|year)\\)");
      } else {
        assertThat(when.getAttribute("data-inferred")).as(id).isEqualTo("true");
        assertThat(when.getText()).as(id)
            .matches("reported on \\d{4}-\\d\\d(-\\d\\d)?( \\(publication date\\))?\\s*inferred");
      }
    }
    // the list of undated events holds none of them
    List<String> undated = driver.findElements(By.cssSelector("#undated li a")).stream()
        .map(a -> a.getAttribute("href").replaceAll(".*/events/", "")).toList();
    assertThat(undated).doesNotContainAnyElementsOf(withDatedStatement);
    assertThat(driver.findElement(By.id("timeline-count")).getText())
        .startsWith(rows.size() + " dated events (" + reportedOnly.size() + " without a date of their own");
    // on the axis too: an event placed by its report is drawn apart and its date says so
    List<WebElement> inferred = driver.findElements(By.cssSelector(".vis-item.inferred"));
    assertThat(inferred).hasSize(reportedOnly.size());
    assertThat(inferred).allSatisfy(i -> assertThat(i.findElement(By.cssSelector(".item-when")).getAttribute("textContent"))
        .matches("reported on \\d{4}-\\d\\d(-\\d\\d)?( \\(publication date\\))? · (day|week|month|year)"));
    assertThat(driver.findElements(By.cssSelector(".vis-item:not(.inferred) .item-when")))
        .allSatisfy(w -> assertThat(w.getAttribute("textContent")).doesNotContain("reported on"));
  }

  @Test
  @Order(4)
  void twoEntitiesAreMergedByHandAndTheMergeIsUndone() {
    open("/entities");
    int before = driver.findElements(By.cssSelector("#entities-table tbody tr")).size();
    List<WebElement> boxes = driver.findElements(By.cssSelector("#entities-table tbody input[type=checkbox]"));
    String first = boxes.get(0).getAttribute("data-name");
    String second = boxes.get(1).getAttribute("data-name");
    boxes.get(0).click();
    boxes.get(1).click();
    driver.findElement(By.id("merge-note")).sendKeys("same thing");
    driver.findElement(By.id("merge-button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-status"), "Recorded m"));
    assertThat(driver.findElement(By.id("decision-status")).getText()).contains(first).contains(second);
    assertThat(driver.findElements(By.cssSelector("#entities-table tbody tr"))).hasSize(before - 1);
    assertThat(driver.findElement(By.id("decisions")).getText()).contains("merge " + first + " + " + second);

    driver.findElement(By.cssSelector("#decisions button[data-undo]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-status"), "Undone"));
    assertThat(driver.findElements(By.cssSelector("#entities-table tbody tr"))).hasSize(before);
  }

  @Test
  @Order(5)
  void theClaimsTableDownloadsItsCurrentViewAsCsv() throws Exception {
    open("/claims?stance=DENY&sort=source");
    String count = driver.findElement(By.id("claims-count")).getText();
    int total = Integer.parseInt(count.replaceAll(".* of (\\d+) claims", "$1"));
    assertThat(total).isGreaterThan(0);
    assertThat(driver.findElements(By.cssSelector("#claims-table tbody tr"))).hasSize(total);
    assertThat(driver.findElements(By.cssSelector("#claims-table tr.has-finding"))).isNotEmpty();
    driver.findElement(By.id("csv-download")).click();
    Path csv = downloads.resolve("claims.csv");
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(csv) && size(csv) > 0);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("id,source,stance");
    assertThat(lines).hasSize(total + 1);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(",DENY,"));
  }

  @Test
  @Order(6)
  void markupInAnArticleRendersAsTextAndRunsNothing() throws Exception {
    open("/ingest");
    Map<String, String> a = UntrustedTextTest.article();
    driver.findElement(By.id("ingest-title")).sendKeys(a.get("title"));
    driver.findElement(By.id("ingest-outlet")).sendKeys(a.get("outlet"));
    ((JavascriptExecutor) driver).executeScript("document.getElementById('ingest-published').value = arguments[0];", a.get("published"));
    driver.findElement(By.id("ingest-text")).sendKeys(a.get("text"));
    driver.findElement(By.id("ingest-submit")).click();
    WebElement table = new WebDriverWait(driver, Duration.ofMinutes(5))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("ingest-table")));
    assertThat(table.getText()).contains("ingested");
    table.findElement(By.cssSelector("td a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article")));
    noAlert();
    WebElement article = driver.findElement(By.id("article"));
    assertThat(article.getText()).contains(UntrustedTextTest.SCRIPT).contains(UntrustedTextTest.IMG);
    assertThat(driver.findElement(By.id("document-title")).getText()).isEqualTo(a.get("title"));
    assertThat(driver.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();

    // everywhere the text shows up: documents list, claims, search
    for (String page : List.of("/documents", "/claims", "/search?q=harbour", "/entities", "/findings", "/timeline", "/graph")) {
      open(page);
      noAlert();
      assertThat(driver.findElements(By.cssSelector("main img, main script, main b"))).as(page).isEmpty();
    }
    open("/documents");
    assertThat(driver.findElement(By.id("documents-table")).getText()).contains("Test <b>Outlet</b>");
  }

  @Test
  @Order(7)
  void searchResultsFindingsAndTheGraphReadWell() throws Exception {
    open("/search?q=tanker");
    List<WebElement> hits = driver.findElements(By.cssSelector("#search-results li[data-kind=document]"));
    assertThat(hits).isNotEmpty();
    for (WebElement h : hits) {
      assertThat(h.findElement(By.cssSelector(".hit-snippet")).getText().toLowerCase()).contains("tanker");
      assertThat(h.findElement(By.cssSelector(".hit-meta")).getText()).containsPattern(".+, \\d{4}-\\d{2}-\\d{2}");
    }
    open("/findings");
    List<WebElement> titles = driver.findElements(By.cssSelector(".finding-title"));
    assertThat(titles).isNotEmpty().allSatisfy(t -> assertThat(t.getText()).doesNotContainPattern("\\b[0-9a-f]{16}\\b"));
    // the side's label and its document are separate words ("in Outlet, date"), not run together
    assertThat(driver.findElements(By.cssSelector(".side .side-doc"))).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getText()).startsWith("in "));
    driver.findElement(By.cssSelector(".finding a.finding-kind")).click();
    wait.until(ExpectedConditions.urlMatches("/findings/[^/]+$"));
    ready();
    assertThat(driver.findElements(By.cssSelector(".finding"))).hasSize(1);

    open("/graph?limit=2");
    String page = driver.findElement(By.id("graph-page")).getText();
    assertThat(page).matches("events 1–2 of \\d+");
    driver.findElement(By.id("graph-next")).click();
    wait.until(ExpectedConditions.urlContains("offset=2"));
    ready();
    assertThat(driver.findElement(By.id("graph-page")).getText()).startsWith("events 3–");
  }

  @Test
  @Order(8)
  void payloadsInEveryFieldRenderAsText() throws Exception {
    Http http = new Http(server.url(), null);
    String x = UntrustedTextTest.IMG;
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("xss.txt", ("The minister said on Monday that the harbour " + x + " would reopen. The council denied that the harbour "
        + "had ever closed, officials told reporters. " + UntrustedTextTest.SCRIPT + "\n").getBytes(StandardCharsets.UTF_8));
    files.put("xss.meta.json", ("{\"title\": \"T " + x.replace("\"", "\\\"") + "\", \"outlet\": \"O " + x
        + "\", \"author\": \"A " + x + "\", \"url\": \"javascript:alert('attest-xss')\", \"published\": \"2025-03-05\"}")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(http.postMultipart("/api/ingest", files, Map.of(), true).statusCode()).isEqualTo(200);
    var names = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(http.get("/api/entities?limit=2").body())
        .get("items");
    String merge = "{\"action\":\"MERGE\",\"names\":[\"" + names.get(0).get("name").asText() + "\",\"" + names.get(1).get("name").asText()
        + "\"],\"note\":\"N " + x.replace("'", "\\u0027") + "\"}";
    var merged = http.postJson("/api/decisions", merge, true);
    assertThat(merged.statusCode()).isEqualTo(201);
    String decision = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(merged.body()).get("id").asText();
    List<String> pages = new ArrayList<>(List.of("/documents", "/claims", "/search?q=" + java.net.URLEncoder.encode(x, StandardCharsets.UTF_8),
        "/search?q=harbour", "/entities", "/findings", "/timeline", "/graph", "/ingest", "/"));
    for (var d : com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(http.get("/api/documents?limit=1000").body())
        .get("items")) {
      pages.add("/documents/" + d.get("id").asText());
    }
    for (var e : com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(http.get("/api/events?limit=1000").body())
        .get("items")) {
      pages.add("/events/" + e.get("id").asText());
    }
    for (String p : pages) {
      open(p);
      noAlert();
      assertThat(driver.findElements(By.cssSelector("main img, main script, main b"))).as(p).isEmpty();
      assertThat(driver.findElements(By.cssSelector("main a[href^='javascript']"))).as(p).isEmpty();
    }
    open("/entities");
    assertThat(driver.findElement(By.id("decisions")).getText()).contains("N " + x);
    System.out.println("[xss] " + pages.size() + " pages opened in Chromium with payloads in 8 kinds of field: 0 alerts,"
        + " 0 injected elements");
    assertThat(http.postJson("/api/decisions/" + decision + "/undo", "", true).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(9)
  void theLibrariesRunUnderTheContentSecurityPolicy() {
    open("/graph");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
    collectConsole();
    assertThat(consoleErrors).as("browser console errors").noneMatch(e -> e.contains("Content Security Policy")
        || e.contains("Refused to") || e.contains("Uncaught"));
  }

  // ------------------------------------------------------------------ helpers

  private static void open(String path) {
    collectConsole();
    driver.get(server.url().replaceAll("/$", "") + path);
    ready();
  }

  /** Waits until the page's script has rendered its view (or failed, which fails the test). */
  private static void ready() {
    wait.until(d -> {
      Object r = ((JavascriptExecutor) d).executeScript("return document.body.getAttribute('data-ready')");
      return r != null;
    });
    Object r = ((JavascriptExecutor) driver).executeScript("return document.body.getAttribute('data-ready')");
    if (!"true".equals(r)) {
      throw new AssertionError("the page " + driver.getCurrentUrl() + " failed: " + driver.findElement(By.id("view")).getText());
    }
  }

  private static void noAlert() {
    try {
      String text = driver.switchTo().alert().getText();
      throw new AssertionError("a script from the article ran: alert '" + text + "'");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static void collectConsole() {
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue() && !e.getMessage().contains("favicon.ico")) {
        consoleErrors.add(e.getMessage());
      }
    }
  }

  private static String seizureEvent() throws Exception {
    Http http = new Http(server.url(), null);
    var events = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .readTree(http.get("/api/events?limit=1000").body()).get("items");
    for (var e : events) {
      String card = http.get("/api/events/" + e.get("id").asText()).body();
      if (card.contains("\"stance\":\"DENY\"") && card.contains("\"stance\":\"CONFIRM\"")) {
        return e.get("id").asText();
      }
    }
    throw new AssertionError("no event with a denial and a confirmation");
  }

  private static String eventWithoutOwnDate() throws Exception {
    Http http = new Http(server.url(), null);
    var events = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
        .readTree(http.get("/api/events?limit=1000").body()).get("items");
    for (var e : events) {
      if (e.get("start").isNull()) {
        return e.get("id").asText();
      }
    }
    throw new AssertionError("no event without a date of its own");
  }

  /** Saves a screenshot for the README into docs/img/. */
  private static void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path dir = Http.examplesDir().getParent().resolve("docs/img");
    Files.createDirectories(dir);
    Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
