package nl.normtoets.review.blad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.normtoets.review.Antwoord;
import nl.normtoets.review.Combinatieregel;
import nl.normtoets.review.Criterium;
import nl.normtoets.review.Dossierantwoorden;
import nl.normtoets.review.Dossierlezing;
import nl.normtoets.review.Lezingnorm;
import nl.normtoets.review.Lezingvraag;
import nl.normtoets.review.Steekproef;
import nl.normtoets.review.Steekproefdossier;
import nl.normtoets.review.Trekreden;
import nl.normtoets.review.Vraagantwoord;

/** The offline review sheet: written, filled in, read back (.xlsx and CSV), and every kind of error placed. */
class LezingbladTest {

    static final Dossierlezing LIJST = new Dossierlezing("test", List.of(
            new Lezingnorm("1a.3", Combinatieregel.LAAGSTE, null, null, List.of(
                    new Lezingvraag("1a.3-L1", "Was het eerste contact echt binnen vijf dagen?", "1a.3-A", null, null))),
            new Lezingnorm("3.4", Combinatieregel.LAAGSTE, null, null, List.of(
                    new Lezingvraag("3.4-L1", "Kent de jeugdbeschermer de eigen kijk van het kind op veiligheid?",
                            null, null, null),
                    new Lezingvraag("3.4-L2", "=Staat \"veiligheid\" in het verslag; ook bij ë?", null, null,
                            null)))));

    static final Steekproef STEEKPROEF = new Steekproef("S-1", "A-1", 2, 7L, Instant.EPOCH, "kwaliteit", List.of(
            new Steekproefdossier("D-0001", 1, "D1", "OTS", LocalDate.of(2025, 1, 6), List.of("M-001"),
                    List.of(new Trekreden(Criterium.MAATREGEL, "OTS"))),
            new Steekproefdossier("D-0002", 2, "D2", "JR", LocalDate.of(2025, 2, 6), List.of("M-002", "lezer"),
                    List.of(new Trekreden(Criterium.WILLEKEURIG, null)))));

    @Test
    void xlsxHeenEnTerugGeeftDezelfdeRijenEnAntwoorden() throws Exception {
        List<Dossierantwoorden> eerder = List.of(new Dossierantwoorden("S-1", "D-0001", "iemand", Instant.EPOCH,
                List.of(new Vraagantwoord("3.4-L1", Antwoord.DEELS, "kind zelf niet gesproken"))));
        List<Bladrij> rijen = Lezingimport.rijen(STEEKPROEF, LIJST, eerder, List.of());
        assertThat(rijen).hasSize(6);
        assertThat(rijen.get(1).antwoord()).isEqualTo(Antwoord.DEELS);

        byte[] xlsx = schrijf(ingevuld(rijen), Lezingblad.Soort.XLSX);
        Bladinhoud terug = Bladlezer.lees(new ByteArrayInputStream(xlsx), Lezingblad.Soort.XLSX, "lezing.xlsx");
        assertThat(terug.blad()).isEqualTo(Lezingblad.BLAD);
        assertThat(terug.regels()).extracting(Bladinhoud.Regel::rij).isEqualTo(ingevuld(rijen));
        assertThat(terug.regels().get(0).nummer()).isEqualTo(2);

        List<Dossierantwoorden> a = Lezingimport.antwoorden(terug, STEEKPROEF, LIJST, "reviewer",
                List.of("reviewer"), Instant.EPOCH);
        assertThat(a).extracting(Dossierantwoorden::dossier).containsExactly("D-0001", "D-0002");
        assertThat(a.get(0).antwoord("1a.3-L1").orElseThrow().antwoord()).isEqualTo(Antwoord.NEE);
        assertThat(a.get(0).antwoord("3.4-L1").orElseThrow().toelichting()).isEqualTo("kind zelf niet gesproken");
        assertThat(a.get(1).antwoorden()).hasSize(1);
        assertThat(a.get(0).lezer()).isEqualTo("reviewer");
    }

    @Test
    void xlsxHeeftKeuzelijstVastgezetteKopregelEnFilter() throws Exception {
        byte[] xlsx = schrijf(Lezingimport.rijen(STEEKPROEF, LIJST, List.of(), List.of()), Lezingblad.Soort.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet blad = wb.getSheet(Lezingblad.BLAD);
            assertThat(blad.getRow(0).getCell(4).getStringCellValue()).isEqualTo("antwoord");
            List<? extends DataValidation> v = blad.getDataValidations();
            assertThat(v).hasSize(1);
            assertThat(v.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("ja", "deels", "nee", "n.v.t.");
            assertThat(v.get(0).getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("E2:E7");
            assertThat(blad.getPaneInformation().isFreezePane()).isTrue();
            assertThat(blad.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F7");
        }
        // the arrow of the drop-down stays visible: Excel hides it when showDropDown is set
        assertThat(sheetXml(xlsx)).doesNotContain("showDropDown=\"1\"").doesNotContain("showDropDown=\"true\"");
    }

    @Test
    void csvVoorNederlandseExcelHeenEnTerug() {
        List<Bladrij> rijen = ingevuld(Lezingimport.rijen(STEEKPROEF, LIJST, List.of(), List.of()));
        byte[] csv = schrijf(rijen, Lezingblad.Soort.CSV);
        String tekst = new String(csv, StandardCharsets.UTF_8);
        assertThat(tekst).startsWith("\uFEFFdossier;norm;vraag-id;vraag;antwoord;toelichting\r\n");
        assertThat(tekst).contains(";\"'=Staat"); // formula guard
        Bladinhoud terug = Bladlezer.lees(new ByteArrayInputStream(csv), Lezingblad.Soort.CSV, "lezing.csv");
        assertThat(terug.blad()).isEqualTo("lezing.csv");
        assertThat(terug.regels()).extracting(Bladinhoud.Regel::rij).isEqualTo(rijen);
    }

    @Test
    void csvMetKommaEnGetypteAntwoordenWordtOokGelezen() {
        String csv = "Dossier,Vraag-id,Antwoord,Toelichting\nD-0001,1a.3-L1,NVT,\n\nD-0001,3.4-L1, Ja ,prima\n";
        Bladinhoud b = Bladlezer.lees(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                Lezingblad.Soort.CSV, "x.csv");
        assertThat(b.regels()).extracting(r -> r.rij().antwoord()).containsExactly(Antwoord.NVT, Antwoord.JA);
        assertThat(b.regels()).extracting(Bladinhoud.Regel::nummer).containsExactly(2, 4);
    }

    @Test
    void fouteRijenNoemenBladRijEnKolomMaarGeenWaarde() {
        String geheim = "GEHEIM-WAARDE";
        String csv = "\uFEFFdossier;norm;vraag-id;vraag;antwoord;toelichting\r\n"
                + "D-0001;1a.3;1a.3-L1;v;" + geheim + ";\r\n"       // row 2: answer not allowed
                + ";3.4;3.4-L1;v;ja;\r\n"                              // row 3: no dossier
                + "D-0001;3.4;3.4-L1;v;;" + geheim + "\r\n"           // row 4: note without answer
                + "D-0001;1a.3;1a.3-L1;v;ja;\r\n";                     // row 5: same question twice
        assertThatThrownBy(() -> Bladlezer.lees(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                Lezingblad.Soort.CSV, "lezing.csv"))
                .isInstanceOfSatisfying(OnleesbaarBlad.class, e -> {
                    assertThat(e.fouten()).extracting(Bladfout::rij, Bladfout::kolom).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, "antwoord"),
                            org.assertj.core.groups.Tuple.tuple(3, "dossier"),
                            org.assertj.core.groups.Tuple.tuple(4, "antwoord"),
                            org.assertj.core.groups.Tuple.tuple(5, "vraag-id"));
                    assertThat(e.getMessage()).contains("blad 'lezing.csv' rij 2 kolom 'antwoord'")
                            .doesNotContain(geheim);
                });
    }

    @Test
    void steekproefChecklistEnVierOgenWordenPerRijGecontroleerd() throws Exception {
        List<Bladrij> rijen = List.of(
                new Bladrij("D-0001", "1a.3", "1a.3-L1", "v", Antwoord.JA, ""),
                new Bladrij("D-9999", "1a.3", "1a.3-L1", "v", Antwoord.JA, ""),
                new Bladrij("D-0001", "1a.3", "1a.3-L9", "v", Antwoord.JA, ""),
                new Bladrij("D-0002", "1a.3", "1a.3-L1", "v", Antwoord.NEE, ""));
        byte[] xlsx = schrijf(rijen, Lezingblad.Soort.XLSX);
        Bladinhoud b = Bladlezer.lees(new ByteArrayInputStream(xlsx), Lezingblad.Soort.XLSX, "lezing.xlsx");
        assertThatThrownBy(() -> Lezingimport.antwoorden(b, STEEKPROEF, LIJST, "lezer", List.of("lezer"),
                Instant.EPOCH)).isInstanceOfSatisfying(OnleesbaarBlad.class, e -> {
                    assertThat(e.fouten()).extracting(Bladfout::toString).containsExactly(
                            "blad 'Dossierlezing' rij 3 kolom 'dossier': dit dossier zit niet in de steekproef van deze audit",
                            "blad 'Dossierlezing' rij 4 kolom 'vraag-id': deze vraag staat niet in de checklist",
                            "blad 'Dossierlezing' rij 5 kolom 'dossier': u bent medewerker op dit dossier; vier ogen: een ander leest het");
                    assertThat(e.getMessage()).doesNotContain("D-9999").doesNotContain("1a.3-L9");
                });
        // the reviewer's export leaves out the dossier they work on
        assertThat(Lezingimport.rijen(STEEKPROEF, LIJST, List.of(), List.of("lezer")))
                .extracting(Bladrij::dossier).containsOnly("D-0001");
    }

    @Test
    void ontbrekendeKolomEnOnleesbaarBestand() throws Exception {
        String csv = "dossier;vraag;toelichting\nD-0001;v;x\n";
        assertThatThrownBy(() -> Bladlezer.lees(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                Lezingblad.Soort.CSV, "lezing.csv")).isInstanceOfSatisfying(OnleesbaarBlad.class,
                e -> assertThat(e.fouten()).extracting(Bladfout::toString).containsExactly(
                        "blad 'lezing.csv' rij 1 kolom 'vraag-id': deze kolom ontbreekt in de kopregel",
                        "blad 'lezing.csv' rij 1 kolom 'antwoord': deze kolom ontbreekt in de kopregel"));
        assertThatThrownBy(() -> Bladlezer.lees(new ByteArrayInputStream("geen werkboek".getBytes()),
                Lezingblad.Soort.XLSX, "lezing.xlsx")).isInstanceOf(OnleesbaarBlad.class)
                .hasMessageContaining("blad 'lezing.xlsx': geen leesbaar .xlsx-werkboek");
        byte[] latin1 = "dossier;vraag-id;antwoord\nD-0001;3.4-L1;ja\u00EB\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Bladlezer.lees(new ByteArrayInputStream(latin1), Lezingblad.Soort.CSV, "l.csv"))
                .isInstanceOf(OnleesbaarBlad.class).hasMessageContaining("geen UTF-8");
    }

    /** The reviewer's work: answers on D-0001 (one with a note) and one on D-0002. */
    private static List<Bladrij> ingevuld(List<Bladrij> rijen) {
        return rijen.stream().map(r -> switch (r.dossier() + " " + r.vraagId()) {
            case "D-0001 1a.3-L1" -> new Bladrij(r.dossier(), r.norm(), r.vraagId(), r.vraag(), Antwoord.NEE,
                    "-eerste bezoek pas na drie weken; \"gepland\" stond wel");
            case "D-0002 3.4-L2" -> new Bladrij(r.dossier(), r.norm(), r.vraagId(), r.vraag(), Antwoord.NVT, "");
            default -> r;
        }).toList();
    }

    private static byte[] schrijf(List<Bladrij> rijen, Lezingblad.Soort soort) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Bladschrijver.schrijf(rijen, soort, uit);
        return uit.toByteArray();
    }

    private static String sheetXml(byte[] xlsx) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("geen sheet1.xml");
    }
}
