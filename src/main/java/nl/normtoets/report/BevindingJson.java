package nl.normtoets.report;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Toelichting;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * How databind writes a finding where the report's own writer is not used (the service's JSON, e.g. one dossier's
 * findings): its reason under {@code toelichting}, as text, in the place it always had. The reason is made when it
 * is read ({@link Toelichting}), so without this module databind would write the object, under its Java name.
 */
public final class BevindingJson {

    private BevindingJson() {
    }

    public static JacksonModule module() {
        return new SimpleModule("bevinding-json")
                .setMixInAnnotation(Bevinding.class, Veldnamen.class)
                .addSerializer(Toelichting.class, ToStringSerializer.instance);
    }

    /** The contract's field name for the record component that holds the reason. */
    abstract static class Veldnamen {
        @JsonProperty("toelichting")
        abstract Toelichting uitleg();
    }
}
