package nl.normtoets.web.review;

import org.springframework.stereotype.Component;

import nl.normtoets.geschiedenis.Reviewarchief;
import nl.normtoets.norm.Normcatalogus;
import nl.normtoets.report.Auditrapport;

/**
 * Puts an audit's dossierlezing (its newest sample, scored beside the registration) into the report the service
 * serves, so the report page shows the reading next to the registration for the norms it touched. Only the whole
 * report gets it: the sample is drawn from the whole organisation, a team's view is a separate audit.
 */
@Component
public class Rapportlezing {

    private final Reviewarchief reviews;
    private final Normcatalogus catalogus;
    private final Reviewconfiguratie.Checklist checklist;

    public Rapportlezing(Reviewarchief reviews, Normcatalogus catalogus, Reviewconfiguratie.Checklist checklist) {
        this.reviews = reviews;
        this.catalogus = catalogus;
        this.checklist = checklist;
    }

    public Auditrapport met(String auditId, Auditrapport rapport) {
        if (rapport.dossierlezing() != null) {
            return rapport;
        }
        return reviews.verslag(auditId, catalogus, checklist.lijst()).map(rapport::metDossierlezing).orElse(rapport);
    }
}
