package nl.normtoets.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.normtoets.dossier.Maatregel;
import nl.normtoets.dossier.Toewijzing;
import nl.normtoets.dossier.Wachtreden;
import nl.normtoets.dossier.Werkwijze;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bewijs;
import nl.normtoets.engine.GezinBewijs;
import nl.normtoets.engine.ItemBewijs;
import nl.normtoets.engine.RecentBewijs;
import nl.normtoets.engine.TermijnBewijs;
import nl.normtoets.engine.Toelichting;
import nl.normtoets.engine.ToewijzingBewijs;
import nl.normtoets.engine.Uitkomst;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** The finding writer gives the bytes databind's bean serializer gave, for every kind of evidence and layout. */
class BevindingSerializerTest {

    private static final LocalDate DAG = LocalDate.of(2025, 3, 10);

    /**
     * How the report wrote findings before the finding writer: databind with null fields left out (and the reason
     * under its contract name, {@link BevindingJson}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class DatabindMixin extends BevindingJson.Veldnamen {
    }

    private static JsonMapper databind(Opmaak opmaak) {
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(new SimpleModule().addSerializer(Toelichting.class, ToStringSerializer.instance))
                .addMixIn(Bevinding.class, DatabindMixin.class);
        return (opmaak == Opmaak.LEESBAAR ? b.enable(SerializationFeature.INDENT_OUTPUT) : b).build();
    }

    private static JsonMapper nieuw(Opmaak opmaak) {
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(new SimpleModule().addSerializer(Bevinding.class, new BevindingSerializer()));
        return (opmaak == Opmaak.LEESBAAR ? b.enable(SerializationFeature.INDENT_OUTPUT) : b).build();
    }

    private static List<Bevinding> bevindingen() {
        TermijnBewijs termijn = new TermijnBewijs("signaal", DAG.minusDays(20), "5 dagen", DAG.minusDays(15),
                "opgevolgd", null, Bewijs.van().met("termijn", "anders").met("soort", "X").alsMap(),
                DAG.minusDays(2), DAG);
        RecentBewijs recent = new RecentBewijs(DAG, "91 dagen", DAG.minusDays(91), "laatsteFaceToFaceContact",
                DAG.minusDays(100), DAG.minusDays(300), DAG.minusDays(9), Map.of("contacten", 3), DAG.minusDays(1));
        ItemBewijs item = new ItemBewijs(termijn, 4, 2L);
        Map<String, Uitkomst> perDossier = new LinkedHashMap<>();
        perDossier.put("D-000002", Uitkomst.VOLDOET);
        perDossier.put("D-000001", Uitkomst.TEKORT);
        GezinBewijs gezin = new GezinBewijs("G-1", perDossier, "D-000001", item);
        ToewijzingBewijs actief = ToewijzingBewijs.actief(DAG,
                new Toewijzing(DAG.minusDays(40), null, Werkwijze.CCP, "M-07"));
        ToewijzingBewijs niemand = ToewijzingBewijs.niemand(DAG, 2);

        Map<String, Object> genest = new LinkedHashMap<>();
        genest.put("datum", DAG);
        genest.put("leeg", null);
        genest.put("reden", Wachtreden.WACHTLIJST_AANBIEDER);
        Map<String, Object> kaart = Bewijs.van().met("startdatum", DAG.minusDays(3)).met("geen", null)
                .met("wachtreden", Wachtreden.GEEN_AANBOD).met("genest", genest)
                .met("lijst", Arrays.asList("a", null, DAG, 7, Uitkomst.VOLDOET, List.of()))
                .met("aandeel", 0.25).met("groot", 12_345_678_901L).met("ja", true)
                .met("tekst", "é \"aan\" \\ \n\t").alsMap();
        Map<String, Object> gewoneKaart = new LinkedHashMap<>(kaart);
        ItemBewijs itemUitKaart = new ItemBewijs(kaart, 1, 0L);

        return List.of(
                dossierbevinding("1a.3-A", Uitkomst.TEKORT, termijn),
                dossierbevinding("1b.1-A", Uitkomst.VOLDOET, recent),
                dossierbevinding("2.1-A", Uitkomst.TEKORT, item),
                dossierbevinding("1a.2-D", Uitkomst.TEKORT, gezin),
                dossierbevinding("3.4-B", Uitkomst.VOLDOET, actief),
                dossierbevinding("3.4-B", Uitkomst.TEKORT, niemand),
                dossierbevinding("2.2-A", Uitkomst.NOG_NIET_TOETSBAAR, kaart),
                dossierbevinding("2.2-B", Uitkomst.VOLDOET, gewoneKaart),
                dossierbevinding("2.3-A", Uitkomst.VOLDOET, itemUitKaart),
                dossierbevinding("1a.1-A", Uitkomst.NIET_VAN_TOEPASSING, null),
                // an organisation finding: a subject instead of a dossier, no dossier attributes
                new Bevinding("5.1", "5.1-A", null, "M-07", Uitkomst.TEKORT, "Te veel dossiers.",
                        Map.of("aantal", 19)),
                // a dossier finding made before the attributes existed
                new Bevinding("1a.3", "1a.3-A", "D-000003", null, Uitkomst.VOLDOET, "Op tijd.", termijn));
    }

    private static Bevinding dossierbevinding(String indicator, Uitkomst uitkomst, Map<String, Object> bewijs) {
        return new Bevinding(indicator.substring(0, indicator.indexOf('-')), indicator, "D-000001", null, uitkomst,
                "Toelichting bij " + indicator + ".", bewijs, "G2", "Groningen", "Groningen", Maatregel.OTS);
    }

    /** As the spool and the report write findings: one after another in an array, through one generator. */
    private static byte[] alsReeks(JsonMapper mapper, List<Bevinding> bevindingen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (JsonGenerator g = mapper.writer().createGenerator(uit)) {
            schrijfReeks(g, bevindingen);
        }
        return uit.toByteArray();
    }

    private static void schrijfReeks(JsonGenerator g, List<Bevinding> bevindingen) {
        g.writeStartObject();
        g.writeName("bevindingen");
        g.writeStartArray();
        for (Bevinding b : bevindingen) {
            g.writePOJO(b);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Test
    void elkeSoortBewijsGeeftDezelfdeBytesAlsDatabind() {
        List<Bevinding> bevindingen = bevindingen();
        for (Opmaak opmaak : Opmaak.values()) {
            byte[] verwacht = alsReeks(databind(opmaak), bevindingen);
            assertThat(new String(alsReeks(nieuw(opmaak), bevindingen)))
                    .as(opmaak.name()).isEqualTo(new String(verwacht));
            assertThat(nieuw(opmaak).writeValueAsBytes(bevindingen))
                    .isEqualTo(databind(opmaak).writeValueAsBytes(bevindingen));

            // the report's own set-up: the generator the spool uses, and the mapper behind the whole report
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            try (JsonGenerator g = RapportSchrijver.generator(uit, opmaak)) {
                schrijfReeks(g, bevindingen);
            }
            assertThat(uit.toByteArray()).as(opmaak.name()).isEqualTo(verwacht);
        }
        for (Bevinding b : bevindingen) {
            assertThat(new String(RapportSchrijver.alsRegel(b)))
                    .isEqualTo(databind(Opmaak.COMPACT).writeValueAsString(b));
        }
    }
}
