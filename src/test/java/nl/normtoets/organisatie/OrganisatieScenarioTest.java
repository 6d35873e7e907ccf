package nl.normtoets.organisatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Uitkomst;
import nl.normtoets.ingest.Auditset;
import nl.normtoets.ingest.AuditsetLezer;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.rules.Regelmappen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One scenario fixture per organisation indicator ({@code rules/5-bestuur/<id>-<woorden>/gevallen.json}): each case is
 * a small audit set (peildatum, organisatieFeiten, optional dossiers) with the outcome expected per onderwerp. The
 * case goes through the real reader, schema check and rules. Each fixture covers met, failed and a boundary.
 */
class OrganisatieScenarioTest {


    static Stream<String> organisatieIndicatoren() {
        return Org.CATALOGUS.indicatoren(Niveau.ORGANISATIE).stream().map(Indicator::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organisatieIndicatoren")
    void indicatorGeeftDeVerwachteUitkomstPerGeval(String indicator) throws Exception {
        Path bestand = Regelmappen.gevallen(indicator);
        assertThat(bestand).as("scenario-fixture voor " + indicator).exists();
        JsonNode fixture = AuditsetLezer.MAPPER.readTree(Files.readString(bestand));
        List<String> afwijkingen = new ArrayList<>();
        Set<Uitkomst> gedekt = EnumSet.noneOf(Uitkomst.class);
        boolean grens = false;
        for (JsonNode geval : fixture.get("gevallen")) {
            String naam = geval.get("geval").asString();
            grens |= naam.startsWith("grens");
            ObjectNode set = AuditsetLezer.MAPPER.createObjectNode();
            set.set("peildatum", geval.get("peildatum"));
            set.set("dossiers", geval.has("dossiers") ? geval.get("dossiers") : AuditsetLezer.MAPPER.createArrayNode());
            set.set("organisatieFeiten", geval.get("organisatieFeiten"));
            Auditset a = new AuditsetLezer().lees(new java.io.ByteArrayInputStream(
                    AuditsetLezer.MAPPER.writeValueAsBytes(set)), bestand + ": " + naam, null);
            assertThat(a.afgewezen()).as(naam + ": dossiers geldig").isEmpty();
            assertThat(a.organisatieFouten()).as(naam + ": organisatieFeiten geldig").isEmpty();
            List<Bevinding> b = new OrganisatieEngine().evalueer(Org.CATALOGUS, a.peildatum(), a.organisatieFeiten(),
                    a.dossiers());
            Map<String, Uitkomst> kreeg = Org.van(b, indicator).stream()
                    .collect(Collectors.toMap(Bevinding::onderwerp, Bevinding::uitkomst));
            Map<String, Uitkomst> verwacht = new java.util.HashMap<>();
            geval.get("verwacht").properties().forEach(e -> verwacht.put(e.getKey(), Uitkomst.valueOf(e.getValue().asString())));
            gedekt.addAll(verwacht.values());
            if (!kreeg.equals(verwacht)) {
                afwijkingen.add(naam + ": verwacht " + verwacht + ", kreeg " + kreeg);
            }
        }
        assertThat(afwijkingen).as("afwijkende uitkomsten voor " + indicator).isEmpty();
        assertThat(gedekt).as("fixture dekt voldoet en tekort").contains(Uitkomst.VOLDOET, Uitkomst.TEKORT);
        assertThat(grens).as("fixture heeft een grensgeval").isTrue();
    }
}
