package nl.normtoets.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.Auditset;

/** The draw over a generated set: reproducible from its start value, and every criterium met where it can be. */
class SteekproefTest {

    static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 10);
    static final List<Dossier> SET = new DossierGenerator(Profiel.JBN_2025, 11, PEILDATUM).dossiers(400).toList();
    static final Map<String, Dossier> PER_ID = SET.stream().collect(Collectors.toMap(Dossier::id, Function.identity()));

    static Auditset set(List<Dossier> dossiers) {
        return new Auditset("test", PEILDATUM, "ORG", dossiers, List.of(), null, List.of());
    }

    static Steekproef trek(long startwaarde, Set<String> afgewezen, int aantal) {
        return Steekproef.trek("A-1", set(SET), afgewezen, aantal, startwaarde, "kwaliteit");
    }

    @Test
    void dezelfdeStartwaardeGeeftDezelfdeSteekproefOokInAndereVolgorde() {
        Steekproef a = trek(42, Set.of(), 20);
        List<Dossier> omgekeerd = new java.util.ArrayList<>(SET);
        java.util.Collections.reverse(omgekeerd);
        Steekproef b = Steekproef.trek("A-1", set(omgekeerd), Set.of(), 20, 42, "kwaliteit");
        assertThat(b.dossiers()).isEqualTo(a.dossiers());
        assertThat(trek(43, Set.of(), 20).dossiers().stream().map(Steekproefdossier::dossier).toList())
                .isNotEqualTo(a.dossiers().stream().map(Steekproefdossier::dossier).toList());
    }

    @Test
    void deCriteriaZijnGehaaldEnElkeRedenKlopt() {
        Steekproef s = trek(7, Set.of(), 20);
        assertThat(s.dossiers()).hasSize(20);
        assertThat(s.dossiers().stream().map(Steekproefdossier::dossier).distinct()).hasSize(20);
        List<Dossier> getrokken = s.dossiers().stream().map(d -> PER_ID.get(d.dossier())).toList();

        // every maatregel and every team of the set is in the sample
        assertThat(getrokken.stream().map(Dossier::maatregel).collect(Collectors.toSet()))
                .isEqualTo(SET.stream().map(Dossier::maatregel).collect(Collectors.toSet()));
        assertThat(getrokken.stream().map(Dossier::team).collect(Collectors.toSet()))
                .isEqualTo(SET.stream().map(Dossier::team).collect(Collectors.toSet()));
        // the set has plenty of each kind, so the sample has at least two of each
        assertThat(SET.stream().filter(d -> Trekking.zonderVaste(d, PEILDATUM)).count()).isGreaterThan(2);
        assertThat(getrokken.stream().filter(d -> Trekking.zonderVaste(d, PEILDATUM)).count()).isGreaterThanOrEqualTo(2);
        assertThat(getrokken.stream().filter(d -> Trekking.recent(d, PEILDATUM)).count()).isGreaterThanOrEqualTo(2);
        assertThat(getrokken.stream().filter(d -> !d.signalen().isEmpty()).count()).isGreaterThanOrEqualTo(2);

        // each reason is true of its dossier, and each dossier has at least one
        for (Steekproefdossier sd : s.dossiers()) {
            Dossier d = PER_ID.get(sd.dossier());
            assertThat(sd.redenen()).isNotEmpty();
            assertThat(sd.maatregel()).isEqualTo(d.maatregel().name());
            assertThat(sd.startdatum()).isEqualTo(d.startdatum());
            for (Trekreden r : sd.redenen()) {
                boolean klopt = switch (r.criterium()) {
                    case MAATREGEL -> d.maatregel().name().equals(r.waarde());
                    case TEAM -> d.team().equals(r.waarde());
                    case ZONDER_VASTE_JEUGDBESCHERMER -> Trekking.zonderVaste(d, PEILDATUM);
                    case RECENTE_START -> Trekking.recent(d, PEILDATUM);
                    case ONVEILIGHEIDSSIGNALEN -> !d.signalen().isEmpty();
                    case WILLEKEURIG -> sd.redenen().size() == 1;
                };
                assertThat(klopt).as(sd.dossier() + " " + r.tekst()).isTrue();
            }
        }
        assertThat(s.dossiers().stream().anyMatch(d -> d.redenen().get(0).criterium() == Criterium.WILLEKEURIG))
                .as("criteria leave room for random dossiers in a sample of 20").isTrue();
        assertThat(s.dossiers()).extracting(Steekproefdossier::volgorde)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void afgewezenDossiersDoenNietMee() {
        Set<String> afgewezen = SET.stream().limit(390).map(Dossier::id).collect(Collectors.toSet());
        Steekproef s = trek(7, afgewezen, 20);
        assertThat(s.dossiers()).hasSize(10);
        assertThat(s.dossiers()).noneMatch(d -> afgewezen.contains(d.dossier()));
    }

    @Test
    void eenKleineSteekproefGeeftDeEerdereCriteriaVoorrang() {
        Steekproef s = trek(3, Set.of(), 3);
        assertThat(s.dossiers()).hasSize(3);
        assertThat(s.dossiers()).allMatch(d -> d.redenen().stream()
                .anyMatch(r -> r.criterium() == Criterium.MAATREGEL));
        assertThatThrownBy(() -> trek(3, Set.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deMedewerkersVanAlleToewijzingenGaanMeeVoorDeVierOgen() {
        Steekproef s = trek(5, Set.of(), 20);
        Steekproefdossier metWerker = s.dossiers().stream().filter(d -> !d.medewerkers().isEmpty()).findFirst()
                .orElseThrow();
        Dossier d = PER_ID.get(metWerker.dossier());
        assertThat(metWerker.medewerkers()).containsExactlyInAnyOrderElementsOf(d.toewijzingen().stream()
                .filter(t -> t.benoemd()).map(t -> t.medewerker()).distinct().toList());
        String werker = metWerker.medewerkers().get(0);
        assertThat(metWerker.magLezen(werker)).isFalse();
        assertThat(metWerker.magLezen(" " + werker.toLowerCase() + " ")).isFalse();
        assertThat(metWerker.magLezen("lezer-kwaliteit")).isTrue();
        assertThat(metWerker.magLezen("")).isFalse();
    }
}
