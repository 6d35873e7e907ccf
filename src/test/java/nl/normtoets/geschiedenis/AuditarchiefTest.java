package nl.normtoets.geschiedenis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.zaxxer.hikari.HikariDataSource;

import nl.normtoets.dossier.Afwijzing;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bewijsstuk;
import nl.normtoets.engine.ItemBewijs;
import nl.normtoets.engine.RecentBewijs;
import nl.normtoets.engine.TermijnBewijs;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.Aantallen;
import nl.normtoets.report.RapportSchrijver;

/** The store on H2 and on PostgreSQL: the same tests, both databases. */
@ParameterizedClass(name = "{0}")
@MethodSource("nl.normtoets.geschiedenis.Testdatabanken#soorten")
class AuditarchiefTest {

    @Parameter
    String soort;

    @TempDir
    Path tmp;

    HikariDataSource ds;
    Auditarchief archief;
    /** Each test its own organisation: the PostgreSQL database is shared between runs. */
    String organisatie = "ORG-" + UUID.randomUUID();

    @BeforeEach
    void open() {
        ds = Testdatabanken.databank(soort, tmp).open();
        archief = new Auditarchief(ds);
    }

    @AfterEach
    void sluit() {
        if (ds != null) {
            ds.close();
        }
    }

    private Auditset demo(LocalDate peildatum) {
        Auditset s = Testaudits.lees("fixtures/demo.json", peildatum);
        return new Auditset(s.bron(), s.peildatum(), organisatie, s.dossiers(), s.afgewezen(), s.organisatieFeiten(),
                s.organisatieFouten());
    }

    private static Herkomst herkomst(String door) {
        return new Herkomst(null, null, null, "c".repeat(64), "i".repeat(64), Instant.parse("2026-01-05T10:15:30Z"),
                door);
    }

    @Test
    void eenBewaardeAuditKomtTerugAlsHetzelfdeRapport() {
        Auditset set = demo(null);
        Auditrapport rapport = Testaudits.audit(set);
        Auditkop kop = archief.bewaar(rapport, herkomst("kwaliteit"), set, null);

        assertThat(kop.organisatie()).isEqualTo(organisatie);
        assertThat(kop.door()).isEqualTo("kwaliteit");
        assertThat(kop.gemaakt()).isEqualTo(Instant.parse("2026-01-05T10:15:30Z"));
        assertThat(kop.aantallen()).isEqualTo(rapport.aantallen());
        Auditrapport terug = archief.rapport(kop.id()).orElseThrow();
        // byte for byte the same JSON: judgements, counts, every finding with its evidence, rejections, theme 4
        assertThat(RapportSchrijver.alsTekst(terug)).isEqualTo(RapportSchrijver.alsTekst(rapport));
        assertThat(terug.bevindingen()).hasSize(rapport.bevindingen().size());
        // the dossier's attributes on each finding (issue 18) come back too, not only in the JSON's text
        assertThat(terug.bevindingen()).filteredOn(b -> b.dossier() != null).isNotEmpty()
                .allSatisfy(b -> assertThat(b.maatregel()).isNotNull());
        for (int i = 0; i < rapport.bevindingen().size(); i++) {
            var voor = rapport.bevindingen().get(i);
            var na = terug.bevindingen().get(i);
            assertThat(List.of(String.valueOf(na.team()), String.valueOf(na.regio()), String.valueOf(na.gemeente()),
                    String.valueOf(na.maatregel()))).as("kenmerken van bevinding %d", i).containsExactly(
                    String.valueOf(voor.team()), String.valueOf(voor.regio()), String.valueOf(voor.gemeente()),
                    String.valueOf(voor.maatregel()));
        }
    }

    /** The typed evidence the rules made comes back as the same class (the charts and the monitor read it). */
    @Test
    void bewijsKomtTerugAlsHetzelfdeSoortBewijsstuk() {
        Auditset set = demo(null);
        Auditrapport rapport = Testaudits.audit(set);
        String id = archief.bewaar(rapport, herkomst("k"), set, null).id();
        assertThat(rapport.bevindingen()).anyMatch(b -> b.bewijs() instanceof TermijnBewijs)
                .anyMatch(b -> b.bewijs() instanceof RecentBewijs).anyMatch(b -> b.bewijs() instanceof ItemBewijs);

        zelfdeSoorten(rapport, archief.rapport(id).orElseThrow());

        // rows stored before the kind was kept: the shape of the evidence decides, with the same result
        new org.springframework.jdbc.core.JdbcTemplate(ds)
                .update("UPDATE audit_bevinding SET bewijssoort = NULL WHERE audit_id = ?", id);
        Auditrapport oud = archief.rapport(id).orElseThrow();
        zelfdeSoorten(rapport, oud);
        assertThat(RapportSchrijver.alsTekst(oud)).isEqualTo(RapportSchrijver.alsTekst(rapport));
    }

    private static void zelfdeSoorten(Auditrapport rapport, Auditrapport terug) {
        assertThat(terug.bevindingen()).hasSize(rapport.bevindingen().size());
        for (int i = 0; i < rapport.bevindingen().size(); i++) {
            Map<String, Object> voor = rapport.bevindingen().get(i).bewijs();
            Map<String, Object> na = terug.bevindingen().get(i).bewijs();
            if (voor instanceof TermijnBewijs || voor instanceof RecentBewijs || voor instanceof ItemBewijs) {
                // the kinds the testmonitor and the chart read by field
                assertThat(na).as("bewijs van bevinding %d", i).isExactlyInstanceOf(voor.getClass());
            } else if (voor instanceof Bewijsstuk) {
                // other typed evidence (the family check's) comes back as its keys in order; the report text check
                // below shows the values are the same; nothing reads its fields
                assertThat(na.keySet()).as("bewijs van bevinding %d", i).containsExactlyElementsOf(voor.keySet());
            } else {
                assertThat(na).as("bewijs van bevinding %d", i).isNotInstanceOf(Bewijsstuk.class);
            }
            if (voor instanceof ItemBewijs v && na instanceof ItemBewijs n && v.ergste() instanceof Bewijsstuk) {
                assertThat(n.ergste()).isExactlyInstanceOf(v.ergste().getClass());
            }
        }
    }

    @Test
    void samenvattingGeeftOordelenEnTellingenZonderBevindingen() {
        Auditset set = demo(null);
        Auditrapport rapport = Testaudits.audit(set);
        String id = archief.bewaar(rapport, herkomst("k"), set, null).id();

        Auditsamenvatting s = archief.samenvatting(id).orElseThrow();
        assertThat(s.normen()).isEqualTo(rapport.normen());
        assertThat(s.themas()).isEqualTo(rapport.themas());
        assertThat(archief.samenvatting("bestaat-niet")).isEmpty();
    }

    @Test
    void bevindingenDragenTeamVanHunDossier() {
        Auditset set = demo(null);
        String id = archief.bewaar(Testaudits.audit(set), herkomst("k"), set, null).id();

        Map<String, String> teams = new LinkedHashMap<>();
        set.dossiers().forEach(d -> teams.put(d.id(), d.team()));
        List<Dossieruitkomst> uitkomsten = archief.uitkomsten(id);
        assertThat(uitkomsten).isNotEmpty();
        assertThat(uitkomsten).allSatisfy(u -> assertThat(u.team()).isEqualTo(teams.get(u.dossier())));
    }

    @Test
    void auditsetKomtTerugMetDeAfwijzingenVanHetInlezen() {
        Auditset s = Testaudits.lees("fixtures/ongeldig.json", null);
        Auditset set = new Auditset(s.bron(), s.peildatum(), organisatie, s.dossiers(), s.afgewezen(),
                s.organisatieFeiten(), s.organisatieFouten());
        String id = archief.bewaar(Testaudits.audit(set), herkomst("k"), set, null).id();

        Auditset terug = archief.auditset(id).orElseThrow();
        assertThat(terug.dossiers()).isEqualTo(set.dossiers());
        assertThat(terug.afgewezen()).isEqualTo(set.afgewezen());
        assertThat(terug.peildatum()).isEqualTo(set.peildatum());
    }

    /** COPY reads CSV: quotes, commas, line breaks and non-ASCII text must survive it. */
    @Test
    void lastigeTekstOverleeftHetBulkSchrijven() {
        Map<String, Object> bewijs = new LinkedHashMap<>();
        bewijs.put("startdatum", "2025-01-06");
        bewijs.put("eersteContact", null);
        bewijs.put("aantal", 3);
        String lastig = "Geen \"fysiek\" contact, al wel;\nnaar ouders\r\nbelde — één keer, \\N";
        Bevinding b = new Bevinding("1a.3", "1a.3-A", "D-\"1\"", null, Uitkomst.TEKORT, lastig, bewijs);
        Bevinding leeg = new Bevinding("5.4", "5.4-A", null, "M-1", Uitkomst.VOLDOET, "", Map.of());
        Auditrapport r = new Auditrapport(LocalDate.of(2025, 3, 10), organisatie, "v-test",
                new Aantallen(1, 1, 0, 2), List.of(), List.of(), List.of(b, leeg),
                List.of(new Afwijzing("D-2", "T", List.of("fout, \"met\" tekens"))));

        Auditrapport terug = archief.rapport(archief.bewaar(r, herkomst(null), null, null).id()).orElseThrow();
        assertThat(terug.bevindingen()).containsExactly(b, leeg);
        assertThat(terug.afgewezen()).isEqualTo(r.afgewezen());
    }

    @Test
    void geschiedenisPerOrganisatieOpPeildatum() {
        Auditrapport later = Testaudits.audit(demo(LocalDate.of(2025, 6, 1)));
        Auditrapport eerder = Testaudits.audit(demo(null));
        String b = archief.bewaar(later, herkomst("k"), null, null).id();
        String a = archief.bewaar(eerder, herkomst("k"), null, null).id();
        List<Auditkop> lijst = archief.lijst(organisatie);
        assertThat(lijst).extracting(Auditkop::id).containsExactly(a, b);
        assertThat(lijst.get(0).peildatum()).isBefore(lijst.get(lijst.size() - 1).peildatum());
        assertThat(archief.lijst("ANDERE-" + organisatie)).isEmpty();
    }

    @Test
    void opruimenVerwijdertDossierbevindingenEnBehoudtOordelen() {
        Auditset set = demo(null);
        Auditrapport rapport = Testaudits.audit(set);
        String oud = archief.bewaar(rapport, herkomst("k"), set, null).id();
        Auditset nieuwSet = demo(rapport.peildatum().plusYears(3));
        String nieuw = archief.bewaar(Testaudits.audit(nieuwSet), herkomst("k"), nieuwSet, null).id();

        int opgeruimd = archief.ruimOp(rapport.peildatum().plusDays(1));

        assertThat(opgeruimd).isGreaterThanOrEqualTo(1);
        Auditrapport terug = archief.rapport(oud).orElseThrow();
        assertThat(terug.bevindingen()).allSatisfy(b -> assertThat(b.dossier()).isNull());
        assertThat(terug.bevindingen()).hasSize((int) rapport.bevindingen().stream().filter(b -> b.dossier() == null).count());
        assertThat(terug.afgewezen()).isEmpty();
        assertThat(terug.normen()).isEqualTo(rapport.normen());
        assertThat(archief.auditset(oud)).isEmpty();
        assertThat(archief.kop(oud).orElseThrow().opgeruimd()).isNotNull();
        assertThat(archief.uitkomsten(nieuw)).isNotEmpty();
        assertThat(archief.kop(nieuw).orElseThrow().opgeruimd()).isNull();
        assertThat(archief.ruimOp(rapport.peildatum().plusDays(1))).isZero(); // already done: nothing again
    }

    @Test
    void omschrijvingNoemtGeenWachtwoord() {
        Databank d = Databank.uit(tmp, "jdbc:postgresql://db/x?password=geheim1",
                Map.of(Databank.GEBRUIKER, "u", Databank.WACHTWOORD, "geheim2"));
        assertThat(d.toString()).doesNotContain("geheim1").doesNotContain("geheim2");
        assertThat(d.wachtwoord()).isEqualTo("geheim2");
    }
}
