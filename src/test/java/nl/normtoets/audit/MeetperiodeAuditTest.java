package nl.normtoets.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.AuditEngine;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;
import nl.normtoets.report.Auditrapport.IndicatorRij;
import nl.normtoets.scoring.Maandtabel;
import nl.normtoets.scoring.Meetperiode;

/** The measurement period at its boundary days, and the month table adding up to the audit's findings. */
class MeetperiodeAuditTest {

    static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 10);
    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static Auditset set;
    static Map<String, Dossier> perId;
    static Auditrapport volledig;

    @BeforeAll
    static void genereer() {
        List<Dossier> dossiers = new DossierGenerator(Profiel.JBN_2025, 2025L, PEILDATUM).dossiers(400).toList();
        set = new Auditset("jbn-2025", PEILDATUM, "JBN", dossiers, List.of(), null, List.of());
        perId = dossiers.stream().collect(Collectors.toMap(Dossier::id, d -> d));
        volledig = new Audit(new AuditEngine()).voerUit(set, CATALOGUS);
    }

    @Test
    void startfaseTeltAlleenDossiersDieInDePeriodeStarttenGrensdagenInbegrepen() {
        // two start dates that occur in the set, some months apart; dossiers start on both of them
        List<LocalDate> starts = set.dossiers().stream().map(Dossier::startdatum).distinct().sorted().toList();
        LocalDate van = starts.get(starts.size() / 3);
        LocalDate tot = starts.get(2 * starts.size() / 3);
        Auditrapport r = new Audit(new AuditEngine()).voerUit(set, CATALOGUS, new Meetperiode(van, tot));

        long verwacht = aantal("1a.3-A", d -> !d.isBefore(van) && !d.isAfter(tot));
        long opGrens = aantal("1a.3-A", d -> d.equals(van) || d.equals(tot));
        assertThat(opGrens).isPositive();
        assertThat(alle(indicator(r, "1a.3", "1a.3-A"))).isEqualTo(verwacht);
        assertThat(alle(indicator(r, "1b.3", "1b.3-A"))).isEqualTo(aantal("1b.3-A",
                d -> !d.isBefore(van) && !d.isAfter(tot)));

        // one day narrower on both sides drops exactly the dossiers started on the boundary days
        Auditrapport smaller = new Audit(new AuditEngine()).voerUit(set, CATALOGUS,
                new Meetperiode(van.plusDays(1), tot.minusDays(1)));
        assertThat(alle(indicator(smaller, "1a.3", "1a.3-A"))).isEqualTo(verwacht - opGrens);

        assertThat(r.periode().van()).isEqualTo(van);
        assertThat(r.periode().buitenPeriode()).isPositive();
        // the report still lists every finding
        assertThat(r.bevindingen()).hasSameSizeAs(volledig.bevindingen());
    }

    @Test
    void doorlopendeNormenTellenDossiersDieOpDePeildatumLopen() {
        LocalDate van = PEILDATUM.minusMonths(3);
        Auditrapport r = new Audit(new AuditEngine()).voerUit(set, CATALOGUS, new Meetperiode(van, PEILDATUM));
        long lopend = aantal("3.4-B", d -> true, dos -> dos.einddatum() == null || !dos.einddatum().isBefore(PEILDATUM));
        assertThat(alle(indicator(r, "3.4", "3.4-B"))).isEqualTo(lopend);
    }

    @Test
    void zonderPeriodeHetGedragVanVoorheen() {
        assertThat(volledig.periode()).isNull();
        IndicatorRij i = indicator(volledig, "1a.3", "1a.3-A");
        assertThat(alle(i)).isEqualTo(aantal("1a.3-A", d -> true));
    }

    @Test
    void maandtabelTeltOpTotDeBevindingenVanDeAudit() {
        Maandtabel t = volledig.maandtabel();
        for (String[] id : new String[][] {{"1a.3", "1a.3-A"}, {"1b.3", "1b.3-A"}}) {
            IndicatorRij i = indicator(volledig, id[0], id[1]);
            Maandtabel.Rij rij = t.alleen(List.of(id[1])).rijen().get(0);
            assertThat(rij.cellen()).hasSize(t.maanden().size());
            assertThat(rij.cellen().stream().mapToInt(Maandtabel.Cel::teDoen).sum()).isEqualTo(i.toepasbaar());
            assertThat(rij.cellen().stream().mapToInt(Maandtabel.Cel::opTijd).sum()).isEqualTo(i.voldoet());
            assertThat(rij.cellen().stream().mapToInt(Maandtabel.Cel::nogNietToetsbaar).sum())
                    .isEqualTo(i.nogNietToetsbaar());
            assertThat(rij.totaal().teDoen()).isEqualTo(i.toepasbaar());
            assertThat(rij.streefwaarde()).isEqualTo(0.80);
            // each month holds exactly the applicable findings of dossiers started in it
            for (Maandtabel.Cel c : rij.cellen()) {
                long inMaand = volledig.bevindingen().stream()
                        .filter(b -> b.indicator().equals(id[1]) && b.uitkomst().toepasbaar())
                        .filter(b -> perId.get(b.dossier()).startdatum().toString().startsWith(c.maand()))
                        .count();
                assertThat(c.teDoen()).as(id[1] + " " + c.maand()).isEqualTo(inMaand);
            }
        }
        // no gaps on the time axis
        for (int k = 1; k < t.maanden().size(); k++) {
            assertThat(java.time.YearMonth.parse(t.maanden().get(k)))
                    .isEqualTo(java.time.YearMonth.parse(t.maanden().get(k - 1)).plusMonths(1));
        }
    }

    @Test
    void periodeInBeideDatumvormen() {
        Meetperiode iso = Meetperiode.lees("2025-10-01..2026-01-31");
        Meetperiode nl = Meetperiode.lees("01-10-2025..31-01-2026");
        assertThat(iso).isEqualTo(nl);
        assertThat(iso.bevat(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(iso.bevat(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(iso.bevat(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(iso.bevat(LocalDate.of(2026, 2, 1))).isFalse();
        assertThat(iso.tekst()).isEqualTo("01-10-2025 t/m 31-01-2026");
        assertThatThrownBy(() -> Meetperiode.lees("2025-10-01")).hasMessageContaining("VAN..TOT");
        assertThatThrownBy(() -> Meetperiode.lees("2026-01-31..2025-10-01")).hasMessageContaining("eindigt");
        assertThatThrownBy(() -> Meetperiode.lees("31-02-2025..2025-10-01")).hasMessageContaining("geen datum");
    }

    private static long aantal(String indicator, Predicate<LocalDate> start) {
        return aantal(indicator, start, d -> true);
    }

    private static long aantal(String indicator, Predicate<LocalDate> start, Predicate<Dossier> extra) {
        return volledig.bevindingen().stream().filter(b -> b.indicator().equals(indicator))
                .map(Bevinding::dossier).map(perId::get)
                .filter(d -> start.test(d.startdatum()) && extra.test(d) && !d.startdatum().isAfter(PEILDATUM))
                .count();
    }

    private static int alle(IndicatorRij i) {
        return i.toepasbaar() + i.nogNietToetsbaar() + i.nietVanToepassing();
    }

    static IndicatorRij indicator(Auditrapport r, String norm, String id) {
        return r.normen().stream().filter(n -> n.id().equals(norm)).findFirst().orElseThrow().indicatoren().stream()
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

}
