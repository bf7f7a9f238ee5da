package dk.kulturmetropol.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public ids of the built-in vocabulary, each with the Danish words of the text it stands for (the words a
 * reading matched, not display labels: {@link Labels} gives those, in Danish and English).
 * The vocabulary is open: rule packs may use further kebab-case ids, which answers carry as they are.
 *
 * <pre>{@code
 * Vocabulary.danish("approve");        // Optional[godkende, vedtage]
 * Vocabulary.ACTIONS.containsKey("hire"); // true
 * }</pre>
 */
public final class Vocabulary {

    /** Actor roles; scoped ones are written {@code role:scope}. */
    public static final Map<String, String> ROLES = ordered(
            "political-steering-group", "Kulturmetropolens politiske styregruppe",
            "kmk", "Kulturmetropolens kulturchefer (KMK, administrativ følgegruppe)",
            "political-chairmanship", "det politiske formandskab",
            "administrative-board", "administrativ bestyrelse",
            "secretariat", "sekretariatet",
            "political-chair", "politisk formand",
            "administrative-chair", "administrativ formand",
            "vice-chair", "næstformand",
            "head-of-secretariat", "sekretariatschef",
            "project-chief", "projektchef",
            "home-municipality", "hjemkommune",
            "partner-municipality", "partnerkommune",
            "culture-committee-chair", "kulturudvalgsformand",
            "culture-chief", "kulturchef, chef-repræsentant for kulturafdelingen",
            "political-substitute", "politisk suppleant",
            "ministry-of-culture", "Kulturministeriet",
            "municipal-chief", "chefen i den kommune, hvor projektchefen er ansat (unavngivet)");

    /** Roles that take a scope: a focus area for the first two, a municipality for the rest. */
    public static final Map<String, String> SCOPED_ROLES = ordered(
            "project-chief", "focus area",
            "home-municipality", "focus area",
            "partner-municipality", "municipality",
            "culture-committee-chair", "municipality",
            "culture-chief", "municipality",
            "political-substitute", "municipality",
            "municipal-chief", "municipality");

    /**
     * Units: actors that act as one and have no members the text names (the secretariat, "Sekretariatet er placeret i
     * Ishøj Kommune"), each with the post at its head ("Sekretariatschefen har det overordnede budgetansvar for
     * sekretariatets økonomiske ramme").
     */
    public static final Map<String, String> UNITS = ordered(
            "secretariat", "head-of-secretariat");

    /** Bodies: actors with members. */
    public static final Map<String, String> BODIES = ordered(
            "political-steering-group", "Kulturmetropolens politiske styregruppe",
            "kmk", "Kulturmetropolens kulturchefer (KMK)",
            "political-chairmanship", "det politiske formandskab",
            "administrative-board", "administrativ bestyrelse",
            "kulturmetropolen", "Kulturmetropolen, aftalen mellem partnerkommunerne");

    /**
     * Actions: what an actor does, each with the text's Danish words for it.
     */
    public static final Map<String, String> ACTIONS = ordered(
            "approve", "godkende, vedtage",
            "decide", "beslutte",
            "decide-on-behalf", "træffe beslutninger på et organs vegne mellem møderne",
            "submit", "indlevere, indsende, aflægge",
            "report", "afrapportere (levere en rapport til modtagere)",
            "inform", "orientere og inddrage",
            "be-informed", "orienteres",
            "set-agenda", "sætte dagsordenen",
            "prepare", "udarbejde, planlægge",
            "lead", "lede",
            "hire", "ansætte, sørge for ansættelsen af",
            "employ", "ansætte og stille sin organisation til rådighed (være arbejdsgiver)",
            "take-part", "deltage i",
            "set", "angive, udstikke",
            "appoint", "udpege",
            "elect", "vælge",
            "advise", "rådgive",
            "support", "støtte, understøtte, bistå",
            "discuss", "drøfte",
            "propose", "foreslå og kvalificere",
            "follow", "følge",
            "ensure", "sikre, have ansvaret for",
            "promote", "udbrede kendskabet, være ambassadør, arbejde for",
            "fundraise", "søge fonde og puljemidler",
            "host", "huse",
            "provide", "stille til rådighed",
            "evaluate", "evaluere",
            "attend", "deltage",
            "facilitate", "facilitere, være bindeled",
            "operate", "stå for drift",
            "meet", "mødes",
            "consult", "hente faglig sparring",
            "contribute", "bidrage til og høste af",
            "engage", "engagere og inddrage",
            "align", "forene egne aktiviteter med",
            "cooperate", "samarbejde",
            "answer-for", "være ansvarlig overfor nogen for",
            "oversee", "have det overordnede ansvar for");

    /**
     * Matters: what an action is done to, each with the text's Danish words for it; a matter for one body or focus
     * area takes a scope ({@link #SCOPED_MATTERS}).
     */
    public static final Map<String, String> MATTERS = ordered(
            "annual-plan", "årsplan",
            "annual-accounts", "det forudgående års regnskab",
            "budget-proposal", "årligt budgetforslag",
            "budget", "budget",
            "audited-annual-accounts", "revideret årsregnskab",
            "annual-and-final-accounts", "års- og slutregnskab",
            "final-accounts", "slutregnskab",
            "secretariat-accounts", "sekretariatets årlige regnskab",
            "secretariat-budget", "sekretariatets økonomi og økonomiske ramme",
            "secretariat-framework", "rammerne for sekretariatets arbejde",
            "new-focus-area", "nye indsatsområder eller aktiviteter",
            "focus-area-progress", "fremdriften i indsatsområderne",
            "focus-area", "indsatsområdet",
            "kulturmetropolen", "Kulturmetropolen (øverste besluttende myndighed)",
            "kulturmetropolen-report", "afrapportering på den samlede kulturmetropol",
            "communication-plan", "overordnet kommunikationsplan og -strategi",
            "communication", "kommunikation og formidling",
            "digital-platforms", "Kulturmetropolens digitale platforme",
            "next-culture-agreement", "udviklingsprocessen frem mod den kommende kulturaftale",
            "awareness-outside-agreement", "kendskabet til Kulturmetropolen hos kommuner uden for kulturaftalen",
            "external-funding", "fonde, puljemidler og eksterne midler",
            "project-chief", "projektchef",
            "head-of-secretariat", "sekretariatschef",
            "administrative-board", "administrativ bestyrelse",
            "vice-chair", "politiske næstformænd",
            "chair-municipality", "formandskommunen",
            "political-substitute", "politisk suppleant",
            "secretariat", "sekretariatet",
            "finance-function", "økonomifunktion",
            "accounts-guidelines", "de af sekretariatet angivne retningslinjer for regnskab",
            "home-municipality-duties", "hjemkommunens opgaver (ovenstående)",
            "organisation", "sin organisation",
            "regional-cultural-policy", "regional kulturpolitik og regionale kulturpolitiske emner",
            "local-anchoring", "lokal opbakning og forankring",
            "shared-vision", "den samlede vision",
            "progress", "den overordnede fremdrift",
            "financial-management", "økonomistyring",
            "liaison", "bindeled",
            "intermediary", "mellemled mellem det politiske og det administrative niveau",
            "guidance", "information, sparring og vejledning",
            "agreement-framework", "de rammer, der er udstukket i aftaleteksten",
            "knowledge-sharing", "den tværgående videndeling",
            "ongoing-work", "det løbende arbejde",
            "activities", "aktiviteter, videnopsamling og initiativer",
            "participation", "kommunens deltagelse i og bidrag til Kulturmetropolen",
            "cooperation", "kulturmetropolsamarbejdet",
            "engagement-level", "graden og omfanget af egen engagement",
            "cultural-activities", "egne og lokale institutioners kulturaktiviteter");

    /** Matters written {@code kind:body}, e.g. {@code agenda:kmk}. */
    public static final Map<String, String> SCOPED_MATTERS = ordered(
            "agenda", "dagsordener til møderne i",
            "proposals", "oplæg til",
            "meetings", "møderne i",
            "meeting-planning", "planlægningen af møderne i",
            "meeting-holding", "udførelsen af møderne i");

    /**
     * Other words for the same matter, where the text names one thing in several ways: the accounts KMK approves
     * ("det forudgående års regnskab", kmk.tasks-5) are the annual accounts the project chief submits audited
     * ("revideret årsregnskab", chief.duty-4) and the home municipality renders ("års- og slutregnskab", home.tasks-3).
     * A question or a search in these words finds the matter, with its own clause.
     *
     * <pre>{@code
     * Vocabulary.ALSO_CALLED.get("annual-accounts"); // [årsregnskab, årsregnskabet, det årlige regnskab]
     * }</pre>
     */
    public static final Map<String, java.util.List<String>> ALSO_CALLED = Map.of(
            // "regnskab" alone is both: KMK godkender "det forudgående års regnskab", sekretariatschefen "aflægger årligt
            // regnskab"; a question's action tells them apart (who aflægge regnskab, who godkende regnskab)
            "annual-accounts", java.util.List.of("årsregnskab", "årsregnskabet", "det årlige regnskab", "regnskab", "regnskabet"),
            "secretariat-accounts", java.util.List.of("regnskab", "regnskabet", "årligt regnskab"),
            "audited-annual-accounts", java.util.List.of("revideret regnskab", "det reviderede regnskab", "det reviderede årsregnskab"),
            "annual-and-final-accounts", java.util.List.of("årsregnskab og slutregnskab", "årsregnskabet og slutregnskabet"));

    /**
     * Matters that are one thing the text writes in different words, each with the matters it also is: the accounts KMK
     * approves ("KMK godkender det forudgående års regnskab", kmk.tasks-5) are the annual accounts the project chief
     * submits audited ("indsende et revideret årsregnskab", chief.duty-4). The text pairs each action with one of the
     * words only; a question that asks the action with the other word is answered with the rows of the word the text
     * uses, with its clause (who submits the annual accounts: the project chief, by chief.duty-4).
     *
     * <pre>{@code
     * Vocabulary.SAME_THING.get("annual-accounts"); // [audited-annual-accounts]
     * }</pre>
     */
    public static final Map<String, java.util.List<String>> SAME_THING = Map.of(
            "annual-accounts", java.util.List.of("audited-annual-accounts"),
            "audited-annual-accounts", java.util.List.of("annual-accounts"));

    /** Subjects of reporting lines. */
    public static final Map<String, String> SUBJECTS = ordered(
            "realisation", "indsatsområdets realisering",
            "employment", "den øvrige ansættelse",
            "accounts", "regnskab",
            "home-municipality-duties", "hjemkommunens opgaver (ovenstående)",
            "general", "uden afgrænsning: \"refererer til\" uden emne");

    private Vocabulary() {
    }

    /**
     * The text's Danish words for any built-in id (role, body, action, matter or subject); scoped ids use their kind's.
     *
     * @param id an id of any kind, scoped ({@code project-chief:music}) or not
     * @return the Danish words, or empty for an id the library does not know (such as a pack's own)
     */
    public static Optional<String> danish(String id) {
        String bare = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
        for (Map<String, String> terms : java.util.List.of(ROLES, BODIES, ACTIONS, MATTERS, SCOPED_MATTERS, SUBJECTS)) {
            if (terms.containsKey(bare)) {
                return Optional.of(terms.get(bare));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
