package nl.normtoets.organisatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import nl.normtoets.dossier.Dossier;
import nl.normtoets.engine.Bevinding;
import nl.normtoets.engine.Bevindingen;
import nl.normtoets.engine.Toets;
import nl.normtoets.engine.RegelBasis;
import nl.normtoets.engine.Toetsing;
import nl.normtoets.norm.Indicator;
import nl.normtoets.norm.Niveau;
import nl.normtoets.norm.Normcatalogus;

/**
 * Runs the theme-5 rules once for the organisation, in one session of its own (not per dossier batch): the
 * ORGANISATIE indicators, the organisation facts, each employee, the caseloads and the gemeenten of the dossiers. The
 * dossiers themselves are not inserted, so dossier rules never fire here and memory stays small.
 */
public final class OrganisatieEngine {

    private final KieBase kieBase;

    public OrganisatieEngine() {
        this(RegelBasis.gedeeld());
    }

    public OrganisatieEngine(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    public List<Bevinding> evalueer(Normcatalogus catalogus, LocalDate peildatum, OrganisatieFeiten feiten,
                                    List<Dossier> dossiers) {
        return evalueer(catalogus, peildatum, feiten, OrganisatieTelling.van(dossiers, peildatum));
    }

    /** The same, with what theme 5 needs from the dossiers already counted (a streaming audit keeps no dossiers). */
    public List<Bevinding> evalueer(Normcatalogus catalogus, LocalDate peildatum, OrganisatieFeiten feiten,
                                    OrganisatieTelling dossiers) {
        List<Indicator> indicatoren = catalogus.indicatoren(Niveau.ORGANISATIE);
        KieSession sessie = kieBase.newKieSession();
        Bevindingen.Lijst genoteerd = new Bevindingen.Lijst();
        try {
            sessie.setGlobal(Bevindingen.GLOBAL, genoteerd);
            sessie.insert(new Toetsing(peildatum));
            indicatoren.forEach(sessie::insert);
            sessie.insert(feiten);
            feiten.medewerkers().forEach(sessie::insert);
            dossiers.caseloads(feiten.medewerkers()).forEach(sessie::insert);
            dossiers.gemeenten().forEach(sessie::insert);
            sessie.fireAllRules();
            List<Bevinding> uit = new ArrayList<>(genoteerd.alle());
            controleerVolledig(indicatoren, uit);
            // the rules fire in no particular order; the report lists organisation findings by indicator, then subject
            uit.sort(Comparator.comparing(Bevinding::indicator)
                    .thenComparing(b -> String.valueOf(b.onderwerp())));
            return uit;
        } finally {
            sessie.dispose();
        }
    }

    /** Gemeenten of the dossiers that started on or before the peildatum, with their number of dossiers. */
    static List<DossierGemeente> gemeenten(List<Dossier> dossiers, LocalDate peildatum) {
        return OrganisatieTelling.van(dossiers, peildatum).gemeenten();
    }

    /** Each organisation indicator yields at least one finding; a silent indicator is a defect in the rules. */
    private static void controleerVolledig(List<Indicator> indicatoren, List<Bevinding> uit) {
        List<String> stil = indicatoren.stream().map(Indicator::id)
                .filter(id -> uit.stream().noneMatch(b -> Objects.equals(b.indicator(), id))).toList();
        if (!stil.isEmpty()) {
            throw new IllegalStateException("geen bevinding voor organisatie-indicator(en) " + stil
                    + " (controleer of elke indicator uit de catalogus een regel heeft)");
        }
    }
}
