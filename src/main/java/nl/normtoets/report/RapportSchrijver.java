package nl.normtoets.report;

import java.io.OutputStream;

import nl.normtoets.engine.Bevinding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Writes the report as JSON (contract v1). Dates are ISO strings; evidence keeps its nulls. */
public final class RapportSchrijver {

    /**
     * Findings have a writer of their own (the bulk of a large report, see {@link BevindingSerializer}); it leaves
     * null fields out, so organisation findings name their subject and dossier findings leave it out.
     */
    private static final SimpleModule BEVINDINGEN = new SimpleModule("bevindingen")
            .addSerializer(Bevinding.class, new BevindingSerializer());

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(BEVINDINGEN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final JsonMapper COMPACT = JsonMapper.builder()
            .addModule(BEVINDINGEN)
            .build();

    private RapportSchrijver() {
    }

    public static void schrijf(Auditrapport rapport, OutputStream uit) {
        MAPPER.writeValue(uit, rapport);
    }

    public static void schrijf(Auditrapport rapport, OutputStream uit, Opmaak opmaak) {
        mapper(opmaak).writeValue(uit, rapport);
    }

    static byte[] alsBytes(Auditrapport rapport, Opmaak opmaak) {
        return mapper(opmaak).writeValueAsBytes(rapport);
    }

    /** A generator with the report's layout and mix-ins, for writing findings one at a time. */
    static JsonGenerator generator(OutputStream uit, Opmaak opmaak) {
        return mapper(opmaak).writer().createGenerator(uit);
    }

    /** One finding as one line of compact JSON, the way the report writes it (JSON Lines). */
    static byte[] alsRegel(Bevinding b) {
        return COMPACT.writeValueAsBytes(b);
    }

    private static JsonMapper mapper(Opmaak opmaak) {
        return opmaak == Opmaak.COMPACT ? COMPACT : MAPPER;
    }

    public static String alsTekst(Auditrapport rapport) {
        return MAPPER.writeValueAsString(rapport);
    }
}
