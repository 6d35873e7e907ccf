package nl.normtoets.web.beveiliging;

/**
 * KWALITEIT sees every dossier; TEAMMANAGER, PRAKTIJKBEGELEIDER and GEDRAGSWETENSCHAPPER only the dossiers of their
 * own team(s) (seed 002, norm 5.2: the latter two had no access to the dashboard); JEUGDBESCHERMER only the morning
 * list of its own dossiers (matched on the assignment's {@code medewerker}).
 */
public enum Rol {
    KWALITEIT, TEAMMANAGER, PRAKTIJKBEGELEIDER, GEDRAGSWETENSCHAPPER, JEUGDBESCHERMER;

    /** Roles that see whole teams (everything but the single worker's own list). */
    public boolean perTeam() {
        return this == TEAMMANAGER || this == PRAKTIJKBEGELEIDER || this == GEDRAGSWETENSCHAPPER;
    }
}
