package nl.normtoets.ingest;

import java.time.LocalDate;

import nl.normtoets.dossier.Datumpool;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads a date as databind does (same formats, same errors) and hands out the {@link Datumpool}'s object for that
 * day, so the dossiers of a large set share one object per day instead of holding millions of equal ones.
 */
final class GedeeldeDatum extends DelegatingDeserializer {

    /** Dates read through this module come from the pool. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a delegating deserializer is typed Object; it yields a LocalDate
    static SimpleModule module() {
        return new SimpleModule("gedeelde-datums").addDeserializer(LocalDate.class,
                (ValueDeserializer) new GedeeldeDatum(LocalDateDeserializer.INSTANCE));
    }

    private GedeeldeDatum(ValueDeserializer<?> standaard) {
        super(standaard);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> standaard) {
        return new GedeeldeDatum(standaard);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        Object datum = super.deserialize(p, ctxt);
        return datum instanceof LocalDate d ? Datumpool.gedeeld(d) : datum;
    }
}
