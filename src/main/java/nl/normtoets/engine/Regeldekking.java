package nl.normtoets.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;

/**
 * Which catalog indicators the compiled rules cover. A rule covers an indicator when its name starts with the
 * indicator id and a space ("1a.3-A eerste contact binnen 5 dagen"), the convention of the rule files. The audit
 * refuses a catalog that names a dossier indicator no rule covers: that is a configuration error, not something
 * wrong with the dossiers.
 */
public final class Regeldekking {

    private Regeldekking() {
    }

    public static Set<String> gedekteIndicatoren(KieBase kieBase) {
        Set<String> ids = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                int spatie = r.getName().indexOf(' ');
                ids.add(spatie < 0 ? r.getName() : r.getName().substring(0, spatie));
            }
        }
        return ids;
    }

    /** The catalog's dossier indicators without a rule, in catalog order. */
    public static List<String> zonderRegel(Normcatalogus catalogus, Set<String> gedekt) {
        return catalogus.indicatoren(Niveau.DOSSIER).stream().map(i -> i.id()).filter(id -> !gedekt.contains(id))
                .toList();
    }
}
