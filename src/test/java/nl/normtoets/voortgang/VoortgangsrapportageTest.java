package nl.normtoets.voortgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import nl.normtoets.audit.Audit;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.generator.traject.TrajectGenerator;
import nl.normtoets.geschiedenis.Auditarchief;
import nl.normtoets.geschiedenis.Auditkop;
import nl.normtoets.geschiedenis.Databank;
import nl.normtoets.geschiedenis.Herkomst;
import nl.normtoets.geschiedenis.Koers;
import nl.normtoets.geschiedenis.Verbeteractie;
import nl.normtoets.geschiedenis.Verbeterplan;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.ingest.AuditsetSchrijver;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.organisatie.Personeelscijfers;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.voortgang.Tabel.Cel;

/**
 * The progress report on stored audits of a generated trajectory (a tenth of JBN, the last two measurement dates):
 * its tables add up to what the store holds, and the page, PDF and workbook carry them. Writes
 * target/voortgang.pdf, target/voortgang-1.png and target/voortgang.xlsx for a human look.
 */
class VoortgangsrapportageTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static final List<String> TIJDIG = List.of("1a.3-A", "1a.3-B", "1b.3-A");
    static Path map;
    static HikariDataSource ds;
    static Auditarchief archief;
    static Verbeterplan plan;
    static final List<Auditrapport> RAPPORTEN = new ArrayList<>();
    static final List<Auditset> SETS = new ArrayList<>();
    static Voortgangsrapportage v;

    @BeforeAll
    static void bewaarTraject() throws Exception {
        map = Files.createTempDirectory("voortgang");
        ds = Databank.uit(map, null).open();
        archief = new Auditarchief(ds);
        plan = new Verbeterplan(ds);
        TrajectGenerator traject = new TrajectGenerator(17, 0.1);
        List<LocalDate> data = TrajectGenerator.meetdata(TrajectGenerator.eersteDatum(),
                TrajectGenerator.laatsteDatum());
        Audit audit = new Audit(new AuditEngine());
        for (LocalDate dag : data.subList(data.size() - 2, data.size())) {
            TrajectGenerator.Momentopname m = traject.momentopname(dag);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            AuditsetSchrijver.schrijf(json, dag, "JBN", m.dossiers().iterator(), m::organisatieFeiten, false);
            Auditset set = new AuditsetLezer().lees(new ByteArrayInputStream(json.toByteArray()), "traject", null);
            Auditrapport r = audit.voerUit(set, CATALOGUS);
            archief.bewaar(r, new Herkomst(null, null, null, "c", "i", Instant.now(), "test"), set, null);
            RAPPORTEN.add(r);
            SETS.add(set);
        }
        plan.voegToe("JBN", "1a.3-A", "Eerste contact binnen vijf dagen", "manager zorg", 80,
                LocalDate.of(2026, 6, 1));
        plan.voegToe("JBN", "1b.3-A", "Plan van aanpak binnen zes weken", "teammanagers", 1,
                LocalDate.of(2026, 6, 1));
        v = new Voortgangsopbouw(archief, plan, CATALOGUS).maak("JBN", TIJDIG, LocalDate.of(2026, 2, 10))
                .orElseThrow();
    }

    @AfterAll
    static void sluit() {
        ds.close();
    }

    static double getal(Cel c) {
        return c.getal() == null ? 0 : c.getal();
    }

    static int kolom(Tabel t, String naam) {
        return t.kolommen().indexOf(naam);
    }

    @Test
    void nuEnVorigeZijnDeLaatsteTweeAudits() {
        List<Auditkop> audits = archief.lijst("JBN");
        assertThat(v.nu().id()).isEqualTo(audits.get(1).id());
        assertThat(v.vorige().id()).isEqualTo(audits.get(0).id());
        assertThat(v.tabellen()).extracting(Tabel::id)
                .containsExactly("formatie", "tijdigheid", "zonder-vast", "oordelen", "verbeteracties");
    }

    @Test
    void formatieIsDeBewaardePersoneelscijfers() {
        Tabel f = v.tabel("formatie");
        assertThat(f.kolommen()).isNotEmpty().hasSizeLessThanOrEqualTo(Voortgangsopbouw.MAANDEN);
        // the latest audit's own figures for the months it reports
        List<Personeelscijfers> cijfers = SETS.get(1).organisatieFeiten().personeelscijfers();
        Personeelscijfers laatste = cijfers.get(cijfers.size() - 1);
        String kop = Voortgangsopbouw.maand(laatste.maand());
        int k = kolom(f, kop);
        assertThat(k).as("kolom " + kop).isEqualTo(f.kolommen().size() - 1);
        assertThat(getal(f.rijen().get(0).cellen().get(k))).isEqualTo(laatste.fte());
        assertThat(getal(f.rijen().get(2).cellen().get(k))).isEqualTo(laatste.fteZiek());
        assertThat(getal(f.rijen().get(4).cellen().get(k))).isEqualTo(laatste.fte() - laatste.fteZiek());
        assertThat(getal(f.rijen().get(3).cellen().get(k))).isEqualTo(laatste.verzuim() * 100);
        assertThat(YearMonth.from(v.nu().peildatum())).isAfterOrEqualTo(laatste.maand());
    }

    @Test
    void tijdigheidTeltOpTotDeIndicatorVanDeBewaardeAudit() {
        Tabel t = v.tabel("tijdigheid");
        Auditrapport nu = RAPPORTEN.get(1);
        int totaal = kolom(t, "totaal");
        assertThat(t.rijen()).hasSize(3 * TIJDIG.size());
        for (int i = 0; i < TIJDIG.size(); i++) {
            String id = TIJDIG.get(i);
            IndicatorRij ir = nu.normen().stream().flatMap(n -> n.indicatoren().stream())
                    .filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            Tabel.Rij teDoen = t.rijen().get(3 * i);
            Tabel.Rij opTijd = t.rijen().get(3 * i + 1);
            assertThat(teDoen.label()).startsWith(id);
            double somTeDoen = teDoen.cellen().subList(0, totaal).stream().mapToDouble(VoortgangsrapportageTest::getal)
                    .sum();
            double somOpTijd = opTijd.cellen().subList(0, totaal).stream().mapToDouble(VoortgangsrapportageTest::getal)
                    .sum();
            assertThat(somTeDoen).as(id + " te doen").isEqualTo(ir.toepasbaar()).isEqualTo(getal(teDoen.cellen()
                    .get(totaal)));
            assertThat(somOpTijd).as(id + " op tijd").isEqualTo(ir.voldoet());
            assertThat(getal(t.rijen().get(3 * i + 2).cellen().get(kolom(t, "norm")))).isEqualTo(80.0);
        }
    }

    @Test
    void zonderVasteJeugdbeschermerTeltZoals34B() {
        Tabel z = v.tabel("zonder-vast");
        Tabel.Rij zonder = z.rijen().get(z.rijen().size() - 1);
        assertThat(zonder.label()).isEqualTo("Zonder vaste jeugdbeschermer");
        int totaalNu = z.kolommen().size() - 2;
        int vorige = z.kolommen().size() - 1;
        assertThat(getal(zonder.cellen().get(totaalNu))).isEqualTo(tekort(RAPPORTEN.get(1), "3.4-B"))
                .isPositive();
        assertThat(getal(zonder.cellen().get(vorige))).isEqualTo(tekort(RAPPORTEN.get(0), "3.4-B"));
        // CCP + CRT + other make the total, per kind of measure too
        for (int k = 0; k <= totaalNu; k++) {
            int kk = k;
            double som = z.rijen().stream().filter(r -> r.label().startsWith("Bij ") || r.label().startsWith("Niet "))
                    .mapToDouble(r -> getal(r.cellen().get(kk))).sum();
            assertThat(som).isEqualTo(getal(zonder.cellen().get(k)));
        }
        // regio rows add up to all running measures, which 3.4-B judged one by one
        Tabel.Rij maatregelen = z.rijen().get(0);
        double regios = z.rijen().stream().filter(r -> r.label().startsWith("Regio "))
                .mapToDouble(r -> getal(r.cellen().get(totaalNu))).sum();
        assertThat(regios).isEqualTo(getal(maatregelen.cellen().get(totaalNu)))
                .isEqualTo(RAPPORTEN.get(1).bevindingen().stream().filter(b -> b.indicator().equals("3.4-B")
                        && (b.uitkomst() == Uitkomst.VOLDOET || b.uitkomst() == Uitkomst.TEKORT)).count());
    }

    static long tekort(Auditrapport r, String indicator) {
        return r.bevindingen().stream().filter(b -> b.indicator().equals(indicator) && b.uitkomst() == Uitkomst.TEKORT)
                .count();
    }

    @Test
    void oordeelPerNormNuEnVorige() {
        Tabel o = v.tabel("oordelen");
        assertThat(o.rijen()).hasSize(RAPPORTEN.get(1).normen().size());
        var n13 = RAPPORTEN.get(1).normen().stream().filter(n -> n.id().equals("1a.3")).findFirst().orElseThrow();
        var oud13 = RAPPORTEN.get(0).normen().stream().filter(n -> n.id().equals("1a.3")).findFirst().orElseThrow();
        Tabel.Rij rij = o.rijen().stream().filter(r -> r.label().equals("1a.3")).findFirst().orElseThrow();
        assertThat(rij.cellen().get(1).tekst()).isEqualTo(nl.normtoets.report.Labels.oordeel(n13.score()));
        assertThat(rij.cellen().get(3).tekst()).isEqualTo(nl.normtoets.report.Labels.oordeel(oud13.score()));
        assertThat(rij.cellen().get(2).getal()).isEqualTo(n13.oordeelsbasis());
    }

    @Test
    void verbeteractiesMetHunKoers() {
        assertThat(v.acties()).hasSize(2);
        var laag = v.acties().stream().filter(a -> a.actie().onderwerp().equals("1b.3-A")).findFirst().orElseThrow();
        assertThat(laag.koers()).isEqualTo(Koers.GEHAALD); // a target of 1% is met by any measured share above it
        var f2f = v.acties().stream().filter(a -> a.actie().onderwerp().equals("1a.3-A")).findFirst().orElseThrow();
        assertThat(f2f.punten()).hasSize(2);
        assertThat(f2f.laatst()).isEqualTo(RAPPORTEN.get(1).normen().stream().flatMap(n -> n.indicatoren().stream())
                .filter(i -> i.id().equals("1a.3-A")).findFirst().orElseThrow().percentage());
        assertThat(v.tabel("verbeteracties").rijen()).hasSize(2);
    }

    @Test
    void paginaPdfEnWerkboek() throws Exception {
        String html = Voortgangsopmaak.html(v, Map.of("PDF", "/voortgang?formaat=pdf"));
        assertThat(html).contains("Voortgangsrapportage JBN", "Formatie per maand", "href=\"/voortgang?formaat=pdf\"")
                .doesNotContain("VOLDOET_NIET");

        byte[] pdf = Voortgangsopmaak.pdf(v);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "voortgang.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(doc);
            assertThat(tekst).contains("Formatie per maand", "Tijdigheid per startmaand",
                    "Maatregelen zonder vaste jeugdbeschermer", "Oordeel per norm", "Verbeteracties en hun koers",
                    "Eerste contact binnen vijf dagen", "80,0%");
            BufferedImage beeld = new PDFRenderer(doc).renderImageWithDPI(0, 70);
            ImageIO.write(beeld, "png", Path.of("target", "voortgang-1.png").toFile());
            if (doc.getNumberOfPages() > 1) {
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(1, 70), "png",
                        Path.of("target", "voortgang-2.png").toFile());
            }
        }

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        VoortgangXlsx.schrijf(v, xlsx);
        Files.write(Path.of("target", "voortgang.xlsx"), xlsx.toByteArray());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            Sheet z = wb.getSheet("Zonder vaste JB");
            assertThat(z.getPaneInformation().isFreezePane()).isTrue();
            assertThat(z.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Jeugdreclassering");
            assertThat(wb.getFontAt(z.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row laatste = z.getRow(z.getLastRowNum());
            Cell totaal = laatste.getCell(4);
            assertThat(totaal.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(totaal.getNumericCellValue()).isEqualTo(tekort(RAPPORTEN.get(1), "3.4-B"));
            Sheet t = wb.getSheet("Tijdigheid");
            Cell pct = t.getRow(3).getCell(t.getRow(0).getLastCellNum() - 1);
            assertThat(pct.getNumericCellValue()).isEqualTo(0.8);
            assertThat(pct.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Sheet a = wb.getSheet("Verbeteracties");
            assertThat(a.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
        }
    }

    /** The CLI writes the same report from the store folder; an unknown extension is unusable input (exit 2). */
    @Test
    void cliSchrijftWerkboekEnPdf() throws Exception {
        Path xlsx = Path.of("target", "voortgang-cli.xlsx");
        Path pdf = Path.of("target", "voortgang-cli.pdf");
        Files.deleteIfExists(xlsx);
        assertThat(nl.normtoets.cli.Main.run(new String[] {"voortgang", "--organisatie", "JBN", "--data",
                map.toString(), "--uitvoer", xlsx.toString()})).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Oordeel per norm").getLastRowNum()).isEqualTo(RAPPORTEN.get(1).normen().size());
        }
        assertThat(nl.normtoets.cli.Main.run(new String[] {"voortgang", "--organisatie", "JBN", "--data",
                map.toString(), "--uitvoer", pdf.toString()})).isZero();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Formatie per maand");
        }
        assertThat(nl.normtoets.cli.Main.run(new String[] {"voortgang", "--organisatie", "JBN", "--data",
                map.toString(), "--uitvoer", "target/voortgang.txt"})).isEqualTo(2);
        assertThat(nl.normtoets.cli.Main.run(new String[] {"voortgang", "--organisatie", "ONBEKEND", "--data",
                map.toString(), "--uitvoer", "target/voortgang-x.html"})).isEqualTo(2);
    }

    @Test
    void afgerondeActieKrijgtEenDagEnVoedt52() {
        Verbeteractie a = plan.voegToe(new Verbeteractie(null, "X", "5.2", "Evaluatie", "kwaliteit", 100,
                LocalDate.of(2026, 1, 1), Verbeteractie.Status.OPEN));
        assertThat(plan.zetStatus(a.id(), Verbeteractie.Status.AFGEROND)).isTrue();
        Verbeteractie na = plan.actie(a.id()).orElseThrow();
        assertThat(na.afgerond()).isNotNull();
        assertThat(plan.alsOrganisatiefeiten("X")).singleElement()
                .satisfies(f -> assertThat(f.afgerondOp(na.afgerond())).isTrue());
        assertThat(plan.zetStatus(a.id(), Verbeteractie.Status.BEZIG)).isTrue();
        assertThat(plan.actie(a.id()).orElseThrow().afgerond()).isNull();
    }

    @Test
    void deDossierlezingVanDeLaatsteAuditStaatNaastDeRegistratie() {
        var reviews = new nl.normtoets.geschiedenis.Reviewarchief(ds, archief);
        var lijst = nl.normtoets.review.DossierlezingLezer.standaard(CATALOGUS);
        var audits = archief.lijst("JBN");
        String laatste = audits.get(audits.size() - 1).id();
        var sp = reviews.trekEnBewaar(laatste, 20, 7, "kwaliteit");
        // two dossiers read on the first-contact question: one really on time, one not (the 1a.3 case of seed 002)
        reviews.bewaarAntwoorden(new nl.normtoets.review.Dossierantwoorden(sp.id(), sp.dossiers().get(0).dossier(),
                "lezer-a", Instant.parse("2026-02-09T09:00:00Z"), List.of(new nl.normtoets.review.Vraagantwoord(
                        "1a.3-L1", nl.normtoets.review.Antwoord.JA, null))), lijst);
        reviews.bewaarAntwoorden(new nl.normtoets.review.Dossierantwoorden(sp.id(), sp.dossiers().get(1).dossier(),
                "lezer-a", Instant.parse("2026-02-09T10:00:00Z"), List.of(new nl.normtoets.review.Vraagantwoord(
                        "1a.3-L1", nl.normtoets.review.Antwoord.NEE, "pas na twee weken"))), lijst);
        Voortgangsrapportage metLezing = new Voortgangsopbouw(archief, plan, CATALOGUS, reviews, lijst)
                .maak("JBN", TIJDIG, LocalDate.of(2026, 2, 10)).orElseThrow();
        Tabel t = metLezing.tabellen().stream().filter(x -> x.id().equals("dossierlezing")).findFirst()
                .orElseThrow();
        Tabel.Rij r = t.rijen().stream().filter(x -> x.label().equals("1a.3")).findFirst().orElseThrow();
        assertThat(r.cellen().get(kolom(t, "Dossierlezing")).tekst()).isEqualTo("1 van 2");
        assertThat(v.tabellen()).noneMatch(x -> x.id().equals("dossierlezing"));
    }
}
