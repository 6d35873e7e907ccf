package nl.normtoets.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;

/**
 * Which catalog indicators the compiled rules cover. A rule covers an indicator through its metadata,
 * {@code @indicator("1a.3-A")}; the rule's name is free text. The audit refuses a catalog that names a dossier
 * indicator no rule covers: that is a configuration error, not something wrong with the dossiers.
 */
public final class Regeldekking {

    /** The rule metadata that names the catalog indicator a rule judges. */
    public static final String INDICATOR = "indicator";

    private Regeldekking() {
    }

    public static Set<String> gedekteIndicatoren(KieBase kieBase) {
        Set<String> ids = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                indicator(r).ifPresent(ids::add);
            }
        }
        return ids;
    }

    /** The indicator a rule judges, from its {@code @indicator} metadata; empty for rules without one. */
    public static Optional<String> indicator(Rule regel) {
        Object waarde = regel.getMetaData().get(INDICATOR);
        if (waarde == null) {
            return Optional.empty();
        }
        String s = String.valueOf(waarde).trim();
        // the DRL parser may keep the quotes of a metadata value
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return Optional.of(s);
    }

    /** The catalog's dossier indicators without a rule, in catalog order. */
    public static List<String> zonderRegel(Normcatalogus catalogus, Set<String> gedekt) {
        return catalogus.indicatoren(Niveau.DOSSIER).stream().map(i -> i.id()).filter(id -> !gedekt.contains(id))
                .toList();
    }
}
