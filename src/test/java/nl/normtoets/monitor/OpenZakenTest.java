package nl.normtoets.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.generator.DossierGenerator;
import nl.normtoets.generator.Profiel;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.CatalogusLezer;
import nl.normtoets.norm.Normcatalogus;

/**
 * Issue 16, item 1, on the demo set and on a generated 975-dossier jbn-2025 set: the morning list holds no first
 * term that was met late (those sit under afgehandeldTeLaat), and no dossier has two signals for one missing visit.
 * Prints the counts for the before/after note.
 */
class OpenZakenTest {

    static final Normcatalogus CATALOGUS = CatalogusLezer.standaard();
    static final Set<Signaalsoort> CONTACT = Set.of(Signaalsoort.CONTACT_JEUGDIGE, Signaalsoort.EEN_OP_EEN_CONTACT,
            Signaalsoort.CONTACT_EN_EEN_OP_EEN);

    static Stream<Arguments> sets() {
        Auditset demo = new AuditsetLezer().lees(Path.of("fixtures/demo.json"), null);
        LocalDate dag = LocalDate.of(2025, 8, 28);
        List<Dossier> jbn = new DossierGenerator(Profiel.JBN_2025, 1, dag).dossiers(975).toList();
        return Stream.of(Arguments.of("demo", demo.peildatum(), demo.dossiers()),
                Arguments.of("jbn-2025 975", dag, jbn));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void alleenOpenZakenEnEenSignaalPerGemistBezoek(String naam, LocalDate peildatum, List<Dossier> dossiers) {
        Monitoroverzicht o = Monitor.overzicht(CATALOGUS, peildatum, Monitor.STANDAARD_HORIZON, dossiers);

        assertThat(o.signalen()).noneMatch(Monitorsignaal::teLaatGedaan);
        assertThat(o.afgehandeldTeLaat()).isNotEmpty().allMatch(Monitorsignaal::teLaatGedaan)
                .allMatch(s -> s.soort().eenmalig());
        // a late-done kind never sits on the list for the same dossier as well
        Set<String> opLijst = o.signalen().stream().map(s -> s.dossier() + "/" + s.soort()).collect(Collectors.toSet());
        assertThat(o.afgehandeldTeLaat()).noneMatch(s -> opLijst.contains(s.dossier() + "/" + s.soort()));

        Map<String, Long> contactPerDossier = o.signalen().stream().filter(s -> CONTACT.contains(s.soort()))
                .collect(Collectors.groupingBy(Monitorsignaal::dossier, Collectors.counting()));
        assertThat(contactPerDossier.values()).allMatch(n -> n == 1);
        assertThat(o.signalen()).anyMatch(s -> s.soort() == Signaalsoort.CONTACT_EN_EEN_OP_EEN);

        long dossiersMetSignaal = o.signalen().stream().map(Monitorsignaal::dossier).distinct().count();
        System.out.printf("%s: %d open signalen op %d dossiers, %d te laat afgehandeld, %d samengevoegde contactsignalen%n",
                naam, o.signalen().size(), dossiersMetSignaal, o.afgehandeldTeLaat().size(),
                o.signalen().stream().filter(s -> s.soort() == Signaalsoort.CONTACT_EN_EEN_OP_EEN).count());
    }
}
