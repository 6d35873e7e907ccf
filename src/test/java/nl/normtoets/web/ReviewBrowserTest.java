package nl.normtoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dossierlezing in Debian's chromium, driven through Debian's chromedriver (Selenium; nothing is downloaded):
 * KWALITEIT draws a sample on the audit's sample page; a REVIEWER opens a sampled dossier from the start page,
 * answers questions in the plain form and saves; the report then shows the reading beside the registration for
 * the norms the answers touched, and not for the others. Screenshots go to target/review-*.png.
 */
@SpringBootTest(classes = NormtoetsWeb.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "normtoets.data=target/test-reviewbrowser-${random.uuid}")
class ReviewBrowserTest {

    @LocalServerPort
    int poort;

    @TempDir
    Path profielen;

    private ChromeDriver kwaliteit;
    private ChromeDriver reviewer;

    @BeforeEach
    void browsers() {
        kwaliteit = browser("kwaliteit");
        reviewer = browser("reviewer");
    }

    @AfterEach
    void sluit() {
        for (WebDriver d : new WebDriver[]{kwaliteit, reviewer}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    /** One browser per user: a profile remembers the Basic login of the first address with credentials in it. */
    private ChromeDriver browser(String profiel) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--window-size=1280,1600", "--user-data-dir=" + profielen.resolve(profiel));
        ChromeDriverService s = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(s, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        return d;
    }

    private String url(String gebruiker, String pad) {
        return "http://" + gebruiker + "@127.0.0.1:" + poort + pad;
    }

    private static void foto(WebDriver d, String naam) throws Exception {
        Path doel = Path.of("target", naam).toAbsolutePath();
        File f = ((org.openqa.selenium.TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), doel, StandardCopyOption.REPLACE_EXISTING);
        assertThat(doel).exists();
    }

    @Test
    void reviewerLeestEenDossierEnHetRapportToontDeLezingNaastDeRegistratie() throws Exception {
        String id = new Dienst(poort).auditeer(Files.readAllBytes(Path.of("fixtures/demo.json")));

        // KWALITEIT draws the sample on the sample page
        kwaliteit.get(url(Dienst.KWALITEIT, "/review/audits/" + id));
        assertThat(kwaliteit.findElement(By.id("steekproef")).getText()).contains("nog geen steekproef");
        WebElement aantal = kwaliteit.findElement(By.id("aantal"));
        aantal.clear();
        aantal.sendKeys("20");
        kwaliteit.findElement(By.id("startwaarde")).sendKeys("7");
        kwaliteit.findElement(By.id("trek-knop")).click();
        wachtOp(kwaliteit, By.id("startwaarde-getoond"));
        List<WebElement> rijen = kwaliteit.findElements(By.cssSelector("#steekproef-tabel tbody tr"));
        assertThat(rijen).hasSize(20);
        assertThat(kwaliteit.findElement(By.id("startwaarde-getoond")).getText()).isEqualTo("7");
        assertThat(rijen.get(0).getText()).contains("nog niet gelezen");
        foto(kwaliteit, "review-steekproef.png");

        // the REVIEWER finds the review pages from the start page and opens a dossier it does not work on
        reviewer.get(url(ReviewWebTest.REVIEWER, "/"));
        reviewer.findElement(By.id("reviews-link")).click();
        wachtOp(reviewer, By.cssSelector("a[href='/review/audits/" + id + "']")).click();
        WebElement link = wachtOp(reviewer, By.cssSelector("#steekproef-tabel tbody tr td a"));
        String dossier = link.getText();
        link.click();
        wachtOp(reviewer, By.id("gegevens"));
        assertThat(reviewer.findElement(By.tagName("h1")).getText()).contains(dossier);
        // registration and checklist side by side
        assertThat(reviewer.findElement(By.id("gegevens")).getText()).contains("Maatregel");
        WebElement vraag = reviewer.findElement(By.cssSelector("fieldset[data-vraag='1a.3-L1']"));
        assertThat(vraag.getText()).contains("Spiegelt indicator 1a.3-A");
        kies(reviewer, "1a.3-L1", "nee");
        reviewer.findElement(By.id("toelichting.1a.3-L1")).sendKeys("Eerste gesprek pas na twee weken; daarvoor alleen een brief.");
        kies(reviewer, "1a.1-L1", "ja");
        kies(reviewer, "3.4-L1", "deels");
        reviewer.findElement(By.id("toelichting.3.4-L1")).sendKeys("Kijk van het kind op veiligheid niet vastgelegd.");
        WebElement opslaan = reviewer.findElement(By.id("opslaan"));
        ((JavascriptExecutor) reviewer).executeScript("arguments[0].scrollIntoView({block: 'center'});", opslaan);
        opslaan.click();
        // the post answers 303 and the browser loads the page again: wait for it, the click does not
        assertThat(wachtOp(reviewer, By.id("opgeslagen")).getText()).contains("opgeslagen");
        assertThat(reviewer.findElement(By.id("gelezen")).getText()).contains("reviewer");
        assertThat(reviewer.findElement(By.cssSelector("input[name='antwoord.1a.3-L1'][value='nee']")).isSelected())
                .isTrue();
        ((JavascriptExecutor) reviewer).executeScript("window.scrollTo(0, 0);");
        foto(reviewer, "review-lezing.png");

        // the sample page shows who read it
        kwaliteit.get(url(Dienst.KWALITEIT, "/review/audits/" + id));
        assertThat(kwaliteit.findElement(By.cssSelector("tr[data-dossier='" + dossier + "']")).getText())
                .contains("gelezen door reviewer");

        // the report shows the reading beside the registration for the norms touched
        kwaliteit.findElement(By.id("rapport-link")).click();
        WebElement drie = wachtOp(kwaliteit, By.cssSelector("[data-dossierlezing='1a.3']"));
        assertThat(drie.getText()).contains("steekproef van 20, 1 gelezen").contains("registratie")
                .contains("dossierlezing 0 van 1");
        assertThat(kwaliteit.findElement(By.cssSelector("[data-dossierlezing='1a.1']")).getText())
                .contains("dossierlezing 1 van 1").contains("beoordeeld op dossierlezing alleen");
        assertThat(kwaliteit.findElement(By.cssSelector("[data-dossierlezing='3.4']")).getText())
                .contains("dossierlezing 0 van 1");
        // a norm the answers did not touch has no read dossier
        assertThat(kwaliteit.findElements(By.cssSelector("[data-dossierlezing='2.3']")))
                .allSatisfy(e -> assertThat(e.getText()).doesNotContain("van 1"));
        ((JavascriptExecutor) kwaliteit).executeScript("arguments[0].scrollIntoView({block: 'center'});", drie);
        foto(kwaliteit, "review-rapport.png");
    }

    private static void kies(WebDriver d, String vraag, String antwoord) {
        WebElement radio = d.findElement(By.cssSelector("input[name='antwoord." + vraag + "'][value='" + antwoord
                + "']"));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
        radio.click();
    }

    /** The element once the page that holds it is there (at most 30 s; a form post reloads the page). */
    private static WebElement wachtOp(WebDriver d, By wat) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<WebElement> gevonden = d.findElements(wat);
            if (!gevonden.isEmpty()) {
                return gevonden.get(0);
            }
            if (System.nanoTime() > tot) {
                throw new AssertionError("niet verschenen binnen 30 s: " + wat);
            }
            Thread.sleep(50);
        }
    }
}
