package nl.normtoets.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Norm;
import nl.normtoets.norm.Normcatalogus;

/**
 * The part of a catalog that the compiled rules cover. While the rules for themes 1-3 are still being written the
 * engine rejects every dossier for an indicator without a rule; measuring and calibrating on the covered part keeps
 * the figures meaningful. A rule covers an indicator when its name starts with the indicator id and a space
 * ("1a.3-A eerste contact binnen 5 dagen"), the convention of the rule files.
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

    /** The catalog with only the dossier indicators that have a rule (organisation indicators are kept). */
    public static Normcatalogus beperkTot(Normcatalogus catalogus, Set<String> gedekt) {
        List<Norm> normen = catalogus.normen().stream()
                .map(n -> new Norm(n.id(), n.thema(), n.titel(), n.beschrijving(), n.indicatoren().stream()
                        .filter(i -> i.niveau() != Niveau.DOSSIER || gedekt.contains(i.id())).toList(),
                        n.oordeelsgrenzen()))
                .toList();
        return new Normcatalogus(catalogus.versie(), catalogus.oordeelsgrenzen(), catalogus.themas(), normen);
    }

    public static int aantalDossierIndicatoren(Normcatalogus catalogus) {
        return catalogus.indicatoren(Niveau.DOSSIER).size();
    }
}
