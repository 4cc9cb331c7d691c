package org.papergraph.explore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import com.google.gson.JsonObject;
import org.papergraph.graph.ResourceIris;
import org.papergraph.sparql.PapergraphServer;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.explore.SampleFacts.KL_TITLE;

/**
 * The explorer as a person uses it, in real headless Chromium against the sample store: search, pick, read the
 * evidence, move to the paper and on to another entity; run a named query in the SPARQL page. Screenshots of
 * each page kind land in target/screenshots/.
 */
class TestExplorerBrowserIT {

    static PapergraphServer server;
    static Browser browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        server = PapergraphServer.builder().store(SampleStore.get()).port(0).build().start();
        browser = new Browser();
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.consoleErrors();
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void searchPickReadFollow() throws Exception {
        var driver = browser.driver;
        driver.get(server.url());
        assertEquals(Long.toString(SampleStore.get().paperCount()), text("#stat-papers"));
        browser.screenshot("landing");
        assertEquals(List.of(), browser.consoleErrors(), "the landing page runs without errors or CSP refusals");

        // type "shamp": the autocomplete lists KL-Shampoo, matched inside its label
        driver.findElement(By.id("q")).sendKeys("shamp");
        WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[@id='q-list']/li[@role='option']/a[span[@class='label'][normalize-space(.)='KL-Shampoo']]")));
        assertEquals("Shamp", option.findElement(By.cssSelector(".label mark")).getText(), "the matched part is marked");
        browser.screenshot("autocomplete");
        option.click();

        // the entity page: its papers, with the evidence sentence and the mention highlighted
        wait.until(ExpectedConditions.urlContains("/resource/entity/kl-shampoo"));
        assertEquals("KL-Shampoo", text("h1 .name"));
        assertEquals("Method", text("h1 .badge"));
        WebElement paperLink = driver.findElement(By.xpath("//section[@id='papers']//a[@class='paper-title'][normalize-space(.)='" + KL_TITLE + "']"));
        WebElement paperItem = paperLink.findElement(By.xpath("./ancestor::li[@class='paper']"));
        assertEquals("PROPOSES", paperItem.findElement(By.cssSelector(".role")).getText());
        List<String> marked = paperItem.findElements(By.cssSelector("blockquote.evidence mark.mention")).stream().map(WebElement::getText).toList();
        assertTrue(marked.contains("KL-Shampoo"), marked.toString());
        wait.until(ExpectedConditions.attributeToBe(By.id("neighbourhood-graph"), "data-drawn", "cytoscape"));
        assertFalse(driver.findElements(By.cssSelector("#neighbourhood-graph canvas")).isEmpty(), "cytoscape.js drew the graph");
        browser.screenshot("entity");
        assertEquals(List.of(), browser.consoleErrors());

        // the paper page: the note with the extracted entities highlighted and linked
        paperLink.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.paper-title"), KL_TITLE));
        List<WebElement> mentions = driver.findElements(By.cssSelector(".note-text a.mention"));
        assertTrue(mentions.stream().anyMatch(a -> a.getText().equals("KL-Shampoo") && a.getAttribute("class").contains("t-Method")),
                "KL-Shampoo highlighted and coloured as a Method");
        browser.screenshot("paper");

        // follow an entity link: KL-Shampoo is a variant of Shampoo
        WebElement shampoo = driver.findElement(By.xpath("//section[@id='statements']//a[normalize-space(.)='Shampoo']"));
        shampoo.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1 .name"), "Shampoo"));
        assertTrue(driver.findElements(By.xpath("//section[@id='variants']//a[normalize-space(.)='KL-Shampoo']")).size() > 0,
                "Shampoo's page lists KL-Shampoo among its variants");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * A note whose title and summary hold markup: ingested into a store of the test's own, then shown by the
     * browser as the characters it holds (the text of the heading is the markup itself, no element was made).
     */
    @Test
    void markupInANoteRendersAsText(@TempDir Path dir) throws Exception {
        String title = "<script>window.__pwned=1</script> Revisiting KL-Shampoo \"><img src=x onerror=\"window.__pwned=2\">";
        String summary = "This paper proposes KL-Shampoo, a variant of Shampoo <script>window.__pwned=3</script> that beats "
                + "Adam \"><img src=x onerror=\"window.__pwned=4\"> on GPT-2 pre-training.";
        Path notes = dir.resolve("hostile.jsonl");
        JsonObject record = new JsonObject();
        record.addProperty("title", title);
        record.addProperty("summary", summary);
        record.addProperty("venue", "<b>ICLR</b>");
        record.addProperty("category", "\"><svg onload=\"window.__pwned=5\">");
        Files.writeString(notes, record + "\n");
        ResourceIris iris = ResourceIris.defaults();
        try (TdbStore store = TdbStore.open(dir.resolve("store"), iris)) {
            assertEquals(0, SampleStore.ingest(store, List.of(notes.toString())).rejected(), "the note is accepted as written");
            try (PapergraphServer hostile = PapergraphServer.builder().store(store).port(0).build().start()) {
                var driver = browser.driver;
                driver.get(hostile.url() + "resource/paper/" + iris.paperSlug(title));
                assertEquals(title, text("h1.paper-title"));
                assertTrue(text(".note-text").contains("<script>window.__pwned=3</script>"), text(".note-text"));
                assertTrue(text(".note-text").contains("\"><img src=x onerror="), text(".note-text"));
                assertTrue(text("p.meta").contains("<b>ICLR</b>"), text("p.meta"));
                assertTrue(driver.getTitle().startsWith("<script>"), driver.getTitle());
                assertEquals(0L, driver.executeScript("return document.querySelectorAll('main img, main svg[onload], main script, main b').length;"));
                assertEquals(Boolean.TRUE, driver.executeScript("return window.__pwned === undefined;"));
                browser.screenshot("hostile-paper");

                // the entity page shows the paper's title as text too
                driver.findElement(By.xpath("//section[@id='entities']//a[normalize-space(.)='KL-Shampoo']")).click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("h1 .name"), "KL-Shampoo"));
                assertEquals(title, text("#papers a.paper-title"));
                assertEquals(0L, driver.executeScript("return document.querySelectorAll('main img, main script:not([type]), main b').length;"));
                assertEquals(Boolean.TRUE, driver.executeScript("return window.__pwned === undefined;"));
            }
        }
    }

    @Test
    void theSearchFormWorksWithoutTheAutocomplete() {
        browser.driver.get(server.url() + "search?q=shamp");
        List<String> found = browser.driver.findElements(By.cssSelector("ol.results a.entity")).stream().map(WebElement::getText).toList();
        assertTrue(found.contains("KL-Shampoo") && found.contains("Shampoo"), found.toString());
    }

    @Test
    void aNamedQueryRunsInTheSparqlPage() throws Exception {
        var driver = browser.driver;
        driver.get(server.url() + "sparql");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        driver.findElement(By.cssSelector("button.run-example[data-query='most-mentioned']")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#yasgui .yasr table tbody tr"), 0));
        List<String> headers = driver.findElements(By.cssSelector("#yasgui .yasr table thead th")).stream().map(WebElement::getText).toList();
        assertTrue(headers.contains("label") && headers.contains("papers"), headers.toString());
        String query = (String) driver.executeScript("return window.papergraphYasgui.getTab().getQuery();");
        assertTrue(query.contains("pg:mentionCount") && query.contains("LIMIT"), "the bound named query: " + query);
        browser.screenshot("sparql");
        assertEquals(List.of(), browser.consoleErrors(), "YASGUI fetches nothing from outside and breaks no CSP rule");
        assertTrue(Files.size(Browser.SCREENSHOTS.resolve("sparql.png")) > 10_000);
    }
}
