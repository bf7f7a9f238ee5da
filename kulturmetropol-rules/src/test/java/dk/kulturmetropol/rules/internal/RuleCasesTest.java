package dk.kulturmetropol.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dk.kulturmetropol.model.AgreementPeriod;
import dk.kulturmetropol.model.ChairMunicipality;
import dk.kulturmetropol.model.FocusAreaHome;
import dk.kulturmetropol.model.PartnerMembership;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.SecretariatHost;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.model.ViceChairMunicipality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;

/**
 * One case per rule of the kommissorium, in the style of a constraint verifier: given the facts the rule
 * matches, it derives exactly the expected facts citing its clause; given every other fact but those, it
 * derives nothing. A rule whose conditions constrain or join facts also has near misses ({@link #factCases}):
 * facts that are there but must not match. {@link DrlMutationTest} makes the same checks against mutants of the DRL.
 */
class RuleCasesTest {

    /** The agreement fact a rule matches first. */
    enum Given { PERIOD, PARTNER, AREA, CHAIR, HOST, VICE, JOINER }

    record RuleCase(String rule, Given given, List<String> expected) {
        @Override
        public String toString() {
            return rule;
        }
    }

    /** A rule given {@code facts}, which derives exactly {@code expected} from them. */
    record FactCase(String rule, String situation, List<Object> facts, List<String> expected) {
        @Override
        public String toString() {
            return rule + ": " + situation;
        }
    }

    private static final Validity TERM = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "the agreement period");
    private static final Map<Given, Object> FACTS = Map.of(
            Given.PERIOD, new AgreementPeriod("test", TERM),
            Given.PARTNER, new PartnerMembership("roskilde", TERM),
            Given.AREA, new FocusAreaHome("music", "roskilde", TERM),
            Given.CHAIR, new ChairMunicipality("ishoej", TERM),
            Given.HOST, new SecretariatHost("ishoej", TERM),
            Given.VICE, new ViceChairMunicipality("roskilde", TERM));
    /** A partner that joins after the period starts: only its case adds it, so every other case is its near miss. */
    private static final PartnerMembership JOINER = new PartnerMembership("gladsaxe",
            new Validity(LocalDate.of(2023, 1, 1), TERM.to(), "the membership of partner 'gladsaxe'"));

    /** More rule firings than the kommissorium needs for any case here: rules that fire this often never come to rest. */

    private static KieBase base;

    @BeforeAll
    static void compile() {
        base = KieBases.compile(RuleSources.kommissorium());
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                rule("psg-members-are-culture-committee-chairs", Given.PARTNER,
                        "culture-committee-chair:roskilde must sit in political-steering-group @psg.who"),
                rule("psg-is-highest-decision-authority", Given.PERIOD,
                        "political-steering-group may decide kulturmetropolen (reading) @psg.tasks-1"),
                rule("psg-works-for-regional-cultural-policy", Given.PERIOD,
                        "political-steering-group must promote regional-cultural-policy @psg.tasks-2"),
                rule("psg-ensures-local-anchoring", Given.PERIOD,
                        "political-steering-group must ensure local-anchoring @psg.tasks-2"),
                rule("psg-is-informed-of-progress", Given.AREA,
                        "political-steering-group must be-informed focus-area-progress for music [continuously] @psg.tasks-3"),
                rule("psg-progress-informer-unnamed", Given.AREA,
                        "(unnamed) must inform focus-area-progress for music to political-steering-group [continuously] (reading) @psg.tasks-3"),
                rule("psg-discusses-regional-cultural-policy", Given.PERIOD,
                        "political-steering-group must discuss regional-cultural-policy @psg.tasks-3"),
                rule("psg-may-start-new-focus-areas", Given.PERIOD,
                        "political-steering-group may decide new-focus-area @psg.tasks-3"),
                rule("psg-cooperates-with-kmk-on-awareness", Given.PERIOD,
                        "political-steering-group must cooperate awareness-outside-agreement with kmk [continuously] @psg.tasks-4"),
                rule("partner-may-appoint-political-substitute", Given.PARTNER,
                        "partner-municipality:roskilde may appoint political-substitute for roskilde @psg.substitute"),
                rule("psg-seat-for-political-substitute", Given.PARTNER,
                        "political-substitute:roskilde may sit in political-steering-group @psg.substitute"),
                rule("psg-meets", Given.PERIOD,
                        "political-steering-group must meet political-steering-group [1-2 per year] @psg.meetings"),
                rule("kmk-members-are-culture-chiefs", Given.PARTNER,
                        "culture-chief:roskilde must sit in kmk (reading) @kmk.who"),
                rule("kmk-follows-progress", Given.AREA,
                        "kmk must follow focus-area-progress for music @kmk.tasks-1"),
                rule("kmk-ensures-shared-vision", Given.AREA,
                        "kmk must ensure shared-vision for music @kmk.tasks-2"),
                rule("kmk-ensures-local-anchoring", Given.PERIOD,
                        "kmk must ensure local-anchoring @kmk.tasks-3"),
                rule("kmk-overall-responsibility-for-focus-areas", Given.AREA,
                        "kmk must oversee focus-area for music @kmk.tasks-4"),
                rule("kmk-approves-annual-accounts", Given.AREA,
                        "kmk must approve annual-accounts for music [yearly] @kmk.tasks-5"),
                rule("kmk-approves-last-years-accounts", Given.AREA,
                        "kmk must approve annual-accounts for music [yearly] (reading) @kmk.tasks-5"),
                rule("kmk-approves-annual-plan", Given.AREA,
                        "kmk must approve annual-plan for music [yearly] @kmk.tasks-5"),
                rule("kmk-discusses-regional-cultural-policy", Given.PERIOD,
                        "kmk must discuss regional-cultural-policy @kmk.tasks-6"),
                rule("kmk-proposes-to-psg", Given.PERIOD,
                        "kmk must propose proposals:political-steering-group to political-steering-group @kmk.tasks-6"),
                rule("kmk-promotes-awareness", Given.PERIOD,
                        "kmk must promote awareness-outside-agreement [continuously] @kmk.tasks-7"),
                rule("kmk-meets", Given.PERIOD,
                        "kmk must meet kmk [4 per year] @kmk.meetings"),
                rule("political-chair-is-chair-municipality-committee-chair", Given.CHAIR,
                        "political-chair held by culture-committee-chair:ishoej @chairs.who-1"),
                rule("administrative-chair-is-chair-municipality-culture-chief", Given.CHAIR,
                        "administrative-chair held by culture-chief:ishoej @chairs.who-2"),
                rule("chair-municipality-elector-unnamed", Given.CHAIR,
                        "(unnamed) stated elect chair-municipality for ishoej when already-done (reading) @chairs.who-3"),
                rule("political-chair-leads-psg", Given.PERIOD,
                        "political-chair must lead political-steering-group @chairs.tasks-1"),
                rule("political-chair-sets-psg-agenda", Given.PERIOD,
                        "political-chair must set-agenda agenda:political-steering-group @chairs.tasks-2"),
                rule("political-chair-decides-on-behalf-of-psg", Given.PERIOD,
                        "political-chair may decide-on-behalf political-steering-group when between-meetings @chairs.tasks-3"),
                rule("political-chair-informs-vice-chairs", Given.PERIOD,
                        "political-chair must inform ongoing-work to vice-chair @chairs.tasks-4"),
                rule("political-chair-links-political-and-administrative-level", Given.PERIOD,
                        "political-chair must facilitate intermediary to political-steering-group,kmk @chairs.tasks-4"),
                rule("administrative-chair-leads-kmk", Given.PERIOD,
                        "administrative-chair must lead kmk @chairs.tasks-5"),
                rule("administrative-chair-sets-kmk-agenda", Given.PERIOD,
                        "administrative-chair must set-agenda agenda:kmk @chairs.tasks-6"),
                rule("administrative-chair-decides-on-behalf-of-kmk", Given.PERIOD,
                        "administrative-chair may decide-on-behalf kmk when between-meetings @chairs.tasks-7"),
                rule("administrative-chair-sets-secretariat-framework", Given.PERIOD,
                        "administrative-chair must decide secretariat-framework with head-of-secretariat @chairs.tasks-8"),
                rule("host-municipality-houses-secretariat", Given.HOST,
                        "partner-municipality:ishoej must host secretariat for ishoej @chairs.host"),
                rule("host-municipality-provides-organisation", Given.HOST,
                        "partner-municipality:ishoej must provide organisation for ishoej to secretariat @chairs.host"),
                rule("vice-chair-appointer-unnamed", Given.PERIOD,
                        "(unnamed) must appoint vice-chair @vice.who-1"),
                rule("vice-chair-holders-unnamed", Given.PERIOD,
                        "vice-chair held by (unnamed) @vice.who-1"),
                rule("vice-chair-holder-named-by-agreement", Given.VICE,
                        "vice-chair held by culture-committee-chair:roskilde (from agreement) @vice.who-1"),
                rule("vice-chair-elector-unnamed", Given.PERIOD,
                        "(unnamed) must elect vice-chair @vice.who-2"),
                rule("vice-chairs-advise-political-chair", Given.PERIOD,
                        "vice-chair must advise political-chair to political-chair @vice.tasks"),
                rule("vice-chairs-support-political-chair", Given.PERIOD,
                        "vice-chair must support political-chair to political-chair @vice.tasks"),
                rule("vice-chairs-take-part-in-planning-psg-meetings", Given.PERIOD,
                        "vice-chair must take-part meeting-planning:political-steering-group @vice.tasks"),
                rule("vice-chairs-take-part-in-holding-psg-meetings", Given.PERIOD,
                        "vice-chair must take-part meeting-holding:political-steering-group @vice.tasks"),
                rule("vice-chairs-meet-political-chair", Given.PERIOD,
                        "vice-chair must meet political-chairmanship with political-chair [as needed] (reading) @vice.meetings"),
                rule("political-chairmanship-has-political-chair", Given.PERIOD,
                        "political-chair must sit in political-chairmanship (reading) @vice.meetings"),
                rule("political-chairmanship-has-vice-chairs", Given.PERIOD,
                        "vice-chair must sit in political-chairmanship (reading) @vice.meetings"),
                rule("board-members-unnamed-kmk-representatives", Given.PERIOD,
                        "(unnamed) must sit in administrative-board drawn from kmk @board.who-1"),
                rule("administrative-chair-leads-board", Given.PERIOD,
                        "administrative-chair must lead administrative-board @board.who-2"),
                rule("kmk-elects-board", Given.PERIOD,
                        "kmk must elect administrative-board @board.who-3"),
                rule("board-advises-administrative-chair", Given.PERIOD,
                        "administrative-board must advise administrative-chair to administrative-chair @board.tasks"),
                rule("board-supports-administrative-chair", Given.PERIOD,
                        "administrative-board must support administrative-chair to administrative-chair @board.tasks"),
                rule("board-takes-part-in-planning-kmk-meetings", Given.PERIOD,
                        "administrative-board must take-part meeting-planning:kmk @board.tasks"),
                rule("board-takes-part-in-holding-kmk-meetings", Given.PERIOD,
                        "administrative-board must take-part meeting-holding:kmk @board.tasks"),
                rule("board-meets", Given.PERIOD,
                        "administrative-board must meet administrative-board [at least quarterly, and as needed] @board.meetings"),
                rule("secretariat-is-placed-in-host", Given.HOST,
                        "secretariat placed in ishoej @secretariat.who"),
                rule("secretariat-ensures-progress", Given.PERIOD,
                        "secretariat must ensure progress @secretariat.tasks"),
                rule("secretariat-ensures-communication", Given.PERIOD,
                        "secretariat must ensure communication @secretariat.tasks"),
                rule("secretariat-ensures-financial-management", Given.PERIOD,
                        "secretariat must ensure financial-management @secretariat.tasks"),
                rule("secretariat-facilitates-next-agreement", Given.PERIOD,
                        "secretariat must facilitate next-culture-agreement @secretariat.bullet-1"),
                rule("secretariat-reports-on-kulturmetropolen", Given.PERIOD,
                        "secretariat must report kulturmetropolen-report to ministry-of-culture,political-steering-group,kmk @secretariat.bullet-2"),
                rule("secretariat-links-project-chiefs-and-kmk", Given.AREA,
                        "secretariat must facilitate liaison for music to project-chief:music,kmk @secretariat.bullet-3"),
                rule("secretariat-hires-project-chief-with-home", Given.AREA,
                        "secretariat must hire project-chief for music with home-municipality:music @secretariat.bullet-4"),
                rule("secretariat-guides-project-chiefs", Given.AREA,
                        "secretariat must support guidance for music to project-chief:music @secretariat.bullet-5"),
                rule("secretariat-keeps-project-chiefs-within-framework", Given.AREA,
                        "secretariat must ensure agreement-framework for music @secretariat.bullet-5"),
                rule("secretariat-available-to-bodies-and-partners", Given.PERIOD,
                        "secretariat must provide guidance to political-steering-group,kmk,kulturmetropolen (reading) @secretariat.bullet-6"),
                rule("secretariat-supports-knowledge-sharing", Given.PERIOD,
                        "secretariat must support knowledge-sharing @secretariat.bullet-7"),
                rule("secretariat-assists-chairs", Given.PERIOD,
                        "secretariat must support ongoing-work to political-chair,administrative-chair @secretariat.bullet-8"),
                rule("secretariat-prepares-agendas-and-proposals", Given.PERIOD,
                        "secretariat must prepare agenda:administrative-board to political-chair,administrative-chair @secretariat.bullet-8",
                        "secretariat must prepare agenda:kmk to political-chair,administrative-chair @secretariat.bullet-8",
                        "secretariat must prepare agenda:political-chairmanship to political-chair,administrative-chair @secretariat.bullet-8",
                        "secretariat must prepare agenda:political-steering-group to political-chair,administrative-chair @secretariat.bullet-8",
                        "secretariat must prepare proposals:administrative-board to political-chair,administrative-chair @secretariat.bullet-8",
                        "secretariat must prepare proposals:kmk to political-chair,administrative-chair @secretariat.bullet-8",
                        "secretariat must prepare proposals:political-chairmanship to political-chair,administrative-chair @secretariat.bullet-8",
                        "secretariat must prepare proposals:political-steering-group to political-chair,administrative-chair @secretariat.bullet-8"),
                rule("secretariat-prepares-communication-plan", Given.PERIOD,
                        "secretariat must prepare communication-plan @secretariat.bullet-9"),
                rule("secretariat-operates-digital-platforms", Given.PERIOD,
                        "secretariat must operate digital-platforms @secretariat.bullet-10"),
                rule("secretariat-sets-accounts-guidelines", Given.AREA,
                        "secretariat must set accounts-guidelines for music to project-chief:music (reading) @chief.duty-4"),
                rule("secretariat-sets-final-accounts-guidelines", Given.AREA,
                        "secretariat must set accounts-guidelines for music to home-municipality:music (reading) @home.tasks-3"),
                rule("secretariat-budget-setter-unnamed", Given.PERIOD,
                        "(unnamed) must decide secretariat-budget due 2021-01-01 (reading) @secretariat.economy"),
                rule("head-of-secretariat-holds-budget-responsibility", Given.PERIOD,
                        "head-of-secretariat must ensure secretariat-budget @secretariat.head-1"),
                rule("head-of-secretariat-holder-unnamed", Given.PERIOD,
                        "head-of-secretariat held by (unnamed) @secretariat.head-2"),
                rule("administrative-chair-hires-head-of-secretariat", Given.PERIOD,
                        "administrative-chair must hire head-of-secretariat @secretariat.head-2"),
                rule("head-of-secretariat-reports-to-administrative-chair", Given.PERIOD,
                        "head-of-secretariat reports to administrative-chair about general @secretariat.head-2"),
                rule("head-of-secretariat-submits-accounts", Given.PERIOD,
                        "head-of-secretariat must submit secretariat-accounts to administrative-chair [yearly] @secretariat.head-2"),
                rule("head-of-secretariat-submits-last-years-accounts", Given.PERIOD,
                        "head-of-secretariat must submit secretariat-accounts to administrative-chair [yearly] (reading) @secretariat.head-2"),
                rule("home-municipality-is-named-by-agreement", Given.AREA,
                        "home-municipality:music held by roskilde @home.list"),
                rule("home-municipality-leads-focus-area", Given.AREA,
                        "home-municipality:music must lead focus-area for music @home.who"),
                rule("home-municipality-ensures-focus-area", Given.AREA,
                        "home-municipality:music must ensure focus-area for music @home.tasks-1"),
                rule("home-municipality-hires-project-chief-with-secretariat", Given.AREA,
                        "home-municipality:music must hire project-chief for music with secretariat @home.tasks-2"),
                rule("home-municipality-employs-project-chief", Given.AREA,
                        "home-municipality:music must employ project-chief for music (reading) @home.tasks-3"),
                rule("home-municipality-provides-organisation", Given.AREA,
                        "home-municipality:music must provide organisation for music to project-chief:music @home.tasks-3"),
                rule("home-municipality-provides-finance-function", Given.AREA,
                        "home-municipality:music must provide finance-function for music to project-chief:music @home.tasks-3"),
                rule("home-municipality-assists-with-accounts", Given.AREA,
                        "home-municipality:music must support annual-and-final-accounts for music to project-chief:music @home.tasks-3"),
                rule("final-accounts-renderer-unnamed", Given.AREA,
                        "(unnamed) must submit final-accounts for music to secretariat due after 2024-12-31, on a date the text leaves open (reading) @home.tasks-3"),
                rule("home-municipality-is-ambassador", Given.AREA,
                        "home-municipality:music must promote focus-area for music @home.tasks-4"),
                rule("home-representative-answers-to-kmk", Given.AREA,
                        "culture-chief:roskilde reports to kmk about home-municipality-duties for duties of home-municipality:music (reading) @home.tasks-5"),
                rule("home-representative-answers-for-home-duties", Given.AREA,
                        "culture-chief:roskilde must answer-for home-municipality-duties for music to kmk (reading) @home.tasks-5"),
                rule("project-chief-holder-unnamed", Given.AREA,
                        "project-chief:music held by (unnamed) @home.tasks-2"),
                rule("project-chief-manages-focus-area", Given.AREA,
                        "project-chief:music must lead focus-area for music @chief.role-1"),
                rule("project-chief-reports-realisation", Given.AREA,
                        "project-chief:music reports to kmk about realisation with home-municipality:music @chief.role-2",
                        "project-chief:music reports to secretariat about realisation with home-municipality:music @chief.role-2"),
                rule("home-municipality-reports-realisation", Given.AREA,
                        "home-municipality:music reports to kmk about realisation with project-chief:music @chief.role-2",
                        "home-municipality:music reports to secretariat about realisation with project-chief:music @chief.role-2"),
                rule("project-chief-reports-employment-to-employer", Given.AREA,
                        "project-chief:music reports to municipal-chief:roskilde about employment (reading) @chief.role-3"),
                rule("project-chief-may-consult", Given.AREA,
                        "project-chief:music may consult guidance for music to culture-chief:roskilde,secretariat when at-any-time @chief.role-4"),
                rule("project-chief-may-lead-within-plan-and-budget", Given.AREA,
                        "project-chief:music may lead focus-area for music when within-approved-plan-and-budget (reading) @chief.role-5"),
                rule("kmk-approves-budget", Given.AREA,
                        "kmk must approve budget for music [yearly] (reading) @chief.role-5"),
                rule("project-chief-ensures-management", Given.AREA,
                        "project-chief:music must ensure focus-area for music @chief.duty-1"),
                rule("project-chief-ensures-activities", Given.AREA,
                        "project-chief:music must ensure activities for music @chief.duty-2"),
                rule("project-chief-fundraises", Given.AREA,
                        "project-chief:music must fundraise external-funding for music @chief.duty-3"),
                rule("project-chief-evaluates", Given.AREA,
                        "project-chief:music must evaluate focus-area for music (reading) @chief.duty-4"),
                rule("project-chief-reports-progress-to-secretariat", Given.AREA,
                        "project-chief:music must report focus-area-progress for music to secretariat @chief.duty-4"),
                rule("project-chief-submits-audited-accounts", Given.AREA,
                        "project-chief:music must submit audited-annual-accounts for music to secretariat [yearly] @chief.duty-4"),
                rule("project-chief-submits-last-years-audited-accounts", Given.AREA,
                        "project-chief:music must submit audited-annual-accounts for music to secretariat [yearly] (reading) @chief.duty-4"),
                rule("project-chief-attends-secretariat-meetings", Given.AREA,
                        "project-chief:music must attend meetings:secretariat for music @chief.duty-5"),
                rule("project-chief-submits-annual-plan", Given.AREA,
                        "project-chief:music must submit annual-plan for music to kmk [yearly] @chief.duty-6"),
                rule("project-chief-submits-budget-proposal", Given.AREA,
                        "project-chief:music must submit budget-proposal for music to kmk [yearly] @chief.duty-6"),
                rule("project-chief-ensures-communication", Given.AREA,
                        "project-chief:music must ensure communication for music @chief.duty-7"),
                rule("partners-form-kulturmetropolen", Given.PARTNER,
                        "partner-municipality:roskilde must sit in kulturmetropolen @partner.who-1"),
                rule("kommissorium-binds-joining-partner", Given.JOINER,
                        "partner-municipality:gladsaxe must sit in kulturmetropolen (from agreement) @partner.joiners"),
                rule("partner-municipality-is-itself", Given.PARTNER,
                        "partner-municipality:roskilde held by roskilde @partner.who-1"),
                rule("culture-chief-answers-for-participation", Given.PARTNER,
                        "culture-chief:roskilde must ensure participation for roskilde (reading) @partner.who-2"),
                rule("partner-works-for-coherent-kulturmetropol", Given.PARTNER,
                        "partner-municipality:roskilde must promote kulturmetropolen for roskilde @partner.tasks-1"),
                rule("partner-contributes-to-cooperation", Given.PARTNER,
                        "partner-municipality:roskilde must contribute cooperation for roskilde @partner.tasks-2"),
                rule("partner-engages-staff-and-institutions", Given.PARTNER,
                        "partner-municipality:roskilde must engage cooperation for roskilde @partner.duty-1"),
                rule("partner-ensures-local-anchoring", Given.PARTNER,
                        "partner-municipality:roskilde must ensure local-anchoring for roskilde @partner.duty-2"),
                rule("partner-is-ambassador", Given.PARTNER,
                        "partner-municipality:roskilde must promote cooperation for roskilde @partner.duty-3"),
                rule("partner-communicates-locally", Given.PARTNER,
                        "partner-municipality:roskilde must ensure communication for roskilde @partner.duty-4"),
                rule("partner-may-decide-engagement-level", Given.PARTNER,
                        "partner-municipality:roskilde may decide engagement-level for roskilde @partner.tasks-3"),
                rule("partner-encouraged-to-align-activities", Given.PARTNER,
                        "partner-municipality:roskilde should align cultural-activities for roskilde (reading) @partner.tasks-4"));
    }

    /**
     * Cases given as the facts themselves, for the rules whose conditions constrain or join facts: near misses, facts
     * that are present but must not match (the rule then derives exactly {@code expected}, often nothing), and the cases
     * of the derived rule, which matches derived lines rather than agreement facts.
     */
    static Stream<FactCase> factCases() {
        Validity firstHalf = new Validity(TERM.from(), LocalDate.of(2022, 12, 31), "the first half");
        Validity secondHalf = new Validity(LocalDate.of(2023, 1, 1), TERM.to(), "the second half");
        return Stream.of(
                // near misses of the agreement's rules
                given("final-accounts-renderer-unnamed", "a focus area whose home moves, and one that ends early: one day each, its last",
                        standardFactsAnd(new FocusAreaHome("youth", "albertslund", firstHalf),
                                new FocusAreaHome("literature", "herlev", firstHalf), new FocusAreaHome("literature", "koege", secondHalf)),
                        "(unnamed) must submit final-accounts for music to secretariat due after 2024-12-31, on a date the text leaves open (reading) @home.tasks-3",
                        "(unnamed) must submit final-accounts for youth to secretariat due after 2022-12-31, on a date the text leaves open (reading) @home.tasks-3",
                        "(unnamed) must submit final-accounts for literature to secretariat due after 2024-12-31, on a date the text leaves open (reading) @home.tasks-3"),
                given("project-chief-submits-last-years-audited-accounts", "a focus area whose home moves, and one that ends early: once each, for its last year",
                        standardFactsAnd(new FocusAreaHome("youth", "albertslund", firstHalf), new FocusAreaHome("youth", "koege", secondHalf),
                                new FocusAreaHome("literature", "herlev", firstHalf)),
                        "project-chief:music must submit audited-annual-accounts for music to secretariat [yearly] (reading) @chief.duty-4",
                        "project-chief:youth must submit audited-annual-accounts for youth to secretariat [yearly] (reading) @chief.duty-4",
                        "project-chief:literature must submit audited-annual-accounts for literature to secretariat [yearly] (reading) @chief.duty-4"),
                given("kmk-approves-last-years-accounts", "a focus area whose home moves, and one that ends early: once each, for its last year",
                        standardFactsAnd(new FocusAreaHome("youth", "albertslund", firstHalf), new FocusAreaHome("youth", "koege", secondHalf),
                                new FocusAreaHome("literature", "herlev", firstHalf)),
                        "kmk must approve annual-accounts for music [yearly] (reading) @kmk.tasks-5",
                        "kmk must approve annual-accounts for youth [yearly] (reading) @kmk.tasks-5",
                        "kmk must approve annual-accounts for literature [yearly] (reading) @kmk.tasks-5"),
                given("chair-municipality-elector-unnamed", "a chair municipality whose term is given but not its name",
                        List.of(FACTS.get(Given.PERIOD), new ChairMunicipality(null, TERM))),
                given("vice-chair-holders-unnamed", "two vice-chairs are named",
                        standardFactsAnd(new PartnerMembership("koege", TERM), new ViceChairMunicipality("koege", TERM))),
                given("vice-chair-holder-named-by-agreement", "a vice-chair municipality that is not a partner",
                        standardFactsAnd(new ViceChairMunicipality("koege", TERM)),
                        "vice-chair held by culture-committee-chair:roskilde (from agreement) @vice.who-1"),
                given("vice-chair-holder-named-by-agreement", "two vice-chairs are named, both partners",
                        standardFactsAnd(new PartnerMembership("koege", TERM), new ViceChairMunicipality("koege", TERM)),
                        "vice-chair held by culture-committee-chair:roskilde (from agreement) @vice.who-1",
                        "vice-chair held by culture-committee-chair:koege (from agreement) @vice.who-1"),
                given("vice-chair-holder-named-by-agreement", "a vice-chair whose post and partnership never meet",
                        standardFactsAnd(new PartnerMembership("koege", secondHalf), new ViceChairMunicipality("koege", firstHalf)),
                        "vice-chair held by culture-committee-chair:roskilde (from agreement) @vice.who-1"),
                given("partners-form-kulturmetropolen", "a partner that joins the day after the period starts",
                        standardFactsAnd(new PartnerMembership("gladsaxe",
                                new Validity(TERM.from().plusDays(1), TERM.to(), "the membership of partner 'gladsaxe'"))),
                        "partner-municipality:roskilde must sit in kulturmetropolen @partner.who-1"),
                given("kommissorium-binds-joining-partner", "a partner that takes part from the first day of the period",
                        List.of(FACTS.get(Given.PERIOD), new PartnerMembership("koege", TERM))),
                // the derived rule: its cases, then its near misses
                given("reporting-is-transitive", "the kommissorium's facts alone",
                        // afrapportering to the ministry is a duty with recipients, not a line: nothing chains a project chief to the ministry
                        standardFactsAnd()),
                given("reporting-is-transitive", "two lines on the same subject",
                        List.of(line("project-chief:music", "secretariat", "realisation", TERM),
                                line("secretariat", "ministry-of-culture", "realisation", TERM)),
                        "project-chief:music reports to ministry-of-culture about realisation via secretariat @project-chief:music>secretariat+secretariat>ministry-of-culture"),
                given("reporting-is-transitive", "a direct line between the same ends on another subject",
                        List.of(line("x", "y", "accounts", TERM), line("y", "z", "accounts", TERM), line("x", "z", "employment", TERM)),
                        "x reports to z about accounts via y @x>y+y>z"),
                given("reporting-is-transitive", "lines on different subjects",
                        List.of(line("project-chief:music", "home-municipality:music", "employment", TERM),
                                line("home-municipality:music", "kmk", "realisation", TERM))),
                given("reporting-is-transitive", "lines that do not meet",
                        List.of(line("x", "y", "accounts", TERM), line("w", "z", "accounts", TERM))),
                given("reporting-is-transitive", "a line back to the start",
                        List.of(line("x", "y", "accounts", TERM), line("y", "x", "accounts", TERM))),
                given("reporting-is-transitive", "lines that hold one after the other, never together",
                        List.of(line("x", "y", "accounts", firstHalf), line("y", "z", "accounts", secondHalf))),
                given("reporting-is-transitive", "a direct line on the same subject for only part of the time",
                        List.of(line("x", "y", "accounts", TERM), line("y", "z", "accounts", TERM), line("x", "z", "accounts", firstHalf)),
                        "x reports to z about accounts via y @x>y+y>z"),
                given("reporting-is-transitive", "two routes that hold one after the other",
                        List.of(line("x", "y1", "accounts", firstHalf), line("y1", "z", "accounts", firstHalf),
                                line("x", "y2", "accounts", secondHalf), line("y2", "z", "accounts", secondHalf)),
                        "x reports to z about accounts via y1 @x>y1+y1>z", "x reports to z about accounts via y2 @x>y2+y2>z"),
                given("reporting-is-transitive", "a direct line already there",
                        List.of(line("x", "y", "accounts", TERM), line("y", "z", "accounts", TERM), line("x", "z", "accounts", TERM))));
    }

    private static RuleCase rule(String name, Given given, String... expected) {
        return new RuleCase(name, given, Arrays.asList(expected));
    }

    private static FactCase given(String rule, String situation, List<Object> facts, String... expected) {
        return new FactCase(rule, situation, facts, Arrays.asList(expected));
    }

    /** The facts every {@link RuleCase} applies to, and {@code more}. */
    private static List<Object> standardFactsAnd(Object... more) {
        List<Object> facts = new ArrayList<>(FACTS.values());
        facts.addAll(Arrays.asList(more));
        return facts;
    }

    /** A direct line citing the clause {@code from>to}, so a joined line shows which lines it joined. */
    private static ReportingLine line(String from, String to, String about, Validity validity) {
        return ReportingLine.direct("r", from + ">" + to, from, to, about, validity);
    }

    /** One assertion of this class, by name, made against any base: DrlMutationTest makes them against mutants. */
    record Check(String name, Consumer<KieBase> assertion) {
    }

    /** Every case of this class as a check: each fact case, then each rule case applied and withheld. */
    static Stream<Check> checks() {
        return Stream.of(
                factCases().map(c -> new Check(c.toString(), b -> assertDerives(b, c))),
                cases().map(c -> new Check(c + " applies", b -> assertApplies(b, c))),
                cases().map(c -> new Check(c + " does not apply without its fact", b -> assertNothingWithout(b, c)))).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_derive_its_facts_when_what_it_matches_holds(RuleCase c) {
        assertApplies(base, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_derive_nothing_without_what_it_matches(RuleCase c) {
        assertNothingWithout(base, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factCases")
    void should_derive_exactly_what_the_facts_allow(FactCase c) {
        assertDerives(base, c);
    }

    @Test
    void should_have_a_case_for_every_rule_but_the_derived_one() {
        List<String> named = cases().map(RuleCase::rule).toList();
        List<String> all = base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> !r.getMetaData().containsKey("derived")).map(r -> r.getName()).toList();

        assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    static void assertApplies(KieBase base, RuleCase c) {
        List<Object> facts = new ArrayList<>(FACTS.values());
        if (c.given() == Given.JOINER) {
            facts.add(JOINER);
        }
        DerivedFacts derived = derive(base, facts);

        assertThat(describedBy(derived, c.rule())).containsExactlyInAnyOrderElementsOf(c.expected());
    }

    static void assertNothingWithout(KieBase base, RuleCase c) {
        List<Object> allBut = FACTS.entrySet().stream().filter(e -> e.getKey() != c.given()).map(Map.Entry::getValue).toList();

        DerivedFacts derived = derive(base, allBut);

        assertThat(describedBy(derived, c.rule())).isEmpty();
    }

    static void assertDerives(KieBase base, FactCase c) {
        DerivedFacts derived = derive(base, c.facts());

        assertThat(describedBy(derived, c.rule())).as(c.situation()).containsExactlyInAnyOrderElementsOf(c.expected());
    }

    /**
     * The derivation from {@code facts}. A rule whose join is broken (as in a mutant) can chain lines forever; the
     * derivation stops it at its firing limit and throws, which fails the case instead of hanging.
     */
    static DerivedFacts derive(KieBase base, List<Object> facts) {
        return DerivedFacts.run(base, facts);
    }

    static List<String> describedBy(DerivedFacts d, String rule) {
        return Stream.of(d.duties(), d.lines(), d.seats(), d.holdings(), d.placements()).flatMap(List::stream)
                .filter(x -> x.rule().equals(rule)).map(Describe::of).toList();
    }
}
