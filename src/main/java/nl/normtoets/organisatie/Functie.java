package nl.normtoets.organisatie;

/** The role of an employee; 5.4's person checks apply to the functions the catalog names (default JB and JR). */
public enum Functie {
    JEUGDBESCHERMER, JEUGDRECLASSEERDER, GEDRAGSWETENSCHAPPER, PRAKTIJKBEGELEIDER, TEAMMANAGER, ASSISTENT
}
