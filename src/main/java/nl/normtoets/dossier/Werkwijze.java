package nl.normtoets.dossier;

/** How a dossier is staffed: a permanent worker, or one of the interim teams (start team, pool team). */
public enum Werkwijze {
    VAST, CCP, CRT
}
