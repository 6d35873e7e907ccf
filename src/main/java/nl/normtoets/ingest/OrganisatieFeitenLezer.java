package nl.normtoets.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import nl.normtoets.organisatie.Medewerker;
import nl.normtoets.organisatie.OrganisatieFeiten;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks and binds the audit set's {@code organisatieFeiten}. Errors never stop the audit: they come back with
 * their field path ("organisatieFeiten.medewerkers[3].vogDatum: ...") and the caller leaves theme 5 unjudged,
 * while the dossiers are audited as usual. All errors are collected, not just the first.
 */
public final class OrganisatieFeitenLezer {

    private static final String PAD = "organisatieFeiten";

    private OrganisatieFeitenLezer() {
    }

    /** {@code feiten} is null when there were errors (or nothing to read); {@code fouten} lists every error. */
    public record Gelezen(OrganisatieFeiten feiten, List<String> fouten) {
        public Gelezen {
            fouten = List.copyOf(fouten);
        }
    }

    public static Gelezen lees(JsonNode node) {
        return lees(node, Dossiercontroles::organisatiefouten);
    }

    /**
     * With a given schema check: {@code schema} gives the errors of the facts with each path starting with the field
     * name it is passed ({@link SchemaDossiercontrole#organisatiefouten} or the compiled
     * {@code GecompileerdSchema.organisatieFeiten()::fouten}); {@link #lees(JsonNode)} uses the one the run chose.
     */
    public static Gelezen lees(JsonNode node, BiFunction<JsonNode, String, List<String>> schema) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Gelezen(null, List.of());
        }
        List<String> fouten = new ArrayList<>(schema.apply(node, PAD));
        if (!fouten.isEmpty()) {
            return new Gelezen(null, fouten);
        }
        OrganisatieFeiten feiten;
        try {
            feiten = AuditsetLezer.MAPPER.treeToValue(node, OrganisatieFeiten.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return new Gelezen(null, List.of(PAD + ": kan niet worden gelezen: "
                    + (e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage())));
        }
        fouten.addAll(samenhang(feiten));
        return fouten.isEmpty() ? new Gelezen(feiten, List.of()) : new Gelezen(null, fouten);
    }

    /**
     * What the schema cannot express: unique employee ids, dates in order, sick FTE within FTE. Dates after the
     * peildatum are not errors here: the rules ignore them, so an audit on an earlier peildatum sees the
     * organisation as it was then.
     */
    static List<String> samenhang(OrganisatieFeiten f) {
        List<String> fouten = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < f.medewerkers().size(); i++) {
            Medewerker m = f.medewerkers().get(i);
            String pad = PAD + ".medewerkers[" + i + "]";
            if (!ids.add(m.id())) {
                fouten.add(pad + ".id: '" + m.id() + "' komt al eerder voor; elke medewerker staat er één keer in");
            }
            if (m.inDienst() != null && m.uitDienst() != null && m.uitDienst().isBefore(m.inDienst())) {
                fouten.add(pad + ".uitDienst: " + m.uitDienst() + " ligt voor inDienst " + m.inDienst());
            }
        }
        for (int i = 0; i < f.personeelscijfers().size(); i++) {
            var c = f.personeelscijfers().get(i);
            if (c.fteZiek() > c.fte() || c.fteExtern() > c.fte()) {
                fouten.add(PAD + ".personeelscijfers (" + c.maand() + "): fteZiek en fteExtern zijn een deel van fte "
                        + c.fte() + " en kunnen niet groter zijn");
            }
        }
        return fouten;
    }
}
