package nl.normtoets.report;

import java.io.OutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.normtoets.engine.Bevinding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the report as JSON (contract v1). Dates are ISO strings; evidence keeps its nulls. */
public final class RapportSchrijver {

    /** Organisation findings name their subject; dossier findings leave it out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class BevindingMixin {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Bevinding.class, BevindingMixin.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RapportSchrijver() {
    }

    public static void schrijf(Auditrapport rapport, OutputStream uit) {
        MAPPER.writeValue(uit, rapport);
    }

    static byte[] alsBytes(Auditrapport rapport) {
        return MAPPER.writeValueAsBytes(rapport);
    }

    /** A generator with the report's pretty printer and mix-ins, for writing findings one at a time. */
    static JsonGenerator generator(OutputStream uit) {
        return MAPPER.writer().createGenerator(uit);
    }

    public static String alsTekst(Auditrapport rapport) {
        return MAPPER.writeValueAsString(rapport);
    }
}
