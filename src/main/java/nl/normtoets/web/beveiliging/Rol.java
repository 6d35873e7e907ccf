package nl.normtoets.web.beveiliging;

/** KWALITEIT sees every dossier; TEAMMANAGER only the dossiers of its own team(s). */
public enum Rol {
    KWALITEIT, TEAMMANAGER
}
