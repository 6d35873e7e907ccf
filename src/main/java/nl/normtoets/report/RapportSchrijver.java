package nl.normtoets.report;

import java.io.OutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.normtoets.engine.Bevinding;
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

    public static String alsTekst(Auditrapport rapport) {
        return MAPPER.writeValueAsString(rapport);
    }
}
