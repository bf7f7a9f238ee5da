package dk.kulturmetropol.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.DataPackDuty;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Vocabulary;
import dk.kulturmetropol.rules.internal.ClauseCatalogue;
import dk.kulturmetropol.rules.internal.Engine;
import dk.kulturmetropol.rules.internal.RuleSet;
import dk.kulturmetropol.rules.internal.RuleSource;
import dk.kulturmetropol.rules.internal.RuleSources;
import dk.kulturmetropol.rules.internal.ShippedSnapshot;
import dk.kulturmetropol.rules.internal.Snapshot;

/**
 * The governance of one agreement, answering who must do what, to whom, with whom, when, and on which
 * sentence. The rules run once, when the governance is built; every question is answered from an
 * immutable snapshot, so one instance is safe to share between threads. Every question takes the same
 * {@link Criteria} (scope, date, subject where it applies); an empty answer says {@linkplain Answer#why() why}.
 *
 * <pre>{@code
 * Governance g = Governance.kulturmetropolen();
 *
 * Answer<Duty> approvers = g.who("approve", "annual-plan", Criteria.any().scope("music"));
 * approvers.rows().get(0).fact().actor();         // kmk
 * approvers.rows().get(0).clause().quote();       // "KMK godkender det forudgående års regnskab ..."
 *
 * g.who("appoint", "vice-chair").unspecified();   // the text names no one: one row, with its clause
 * g.holders("political-chair", Criteria.any().asOf(LocalDate.of(2025, 3, 1))).why(); // OUTSIDE_PERIOD: the term ended 2024-12-31
 *
 * Governance later = g.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));
 * }</pre>
 *
 * Ids are those of the public vocabulary ({@link Vocabulary}); an unknown id is refused with an
 * {@link UnknownTermException} that lists what is accepted.
 */
public final class Governance {
    private final Snapshot snapshot;
    private final RuleSet rules;
    private final Questions questions;
    private final Map<dk.kulturmetropol.model.Language, Map<String, String>> words;

    private Governance(Snapshot snapshot, RuleSet rules, Map<dk.kulturmetropol.model.Language, Map<String, String>> words) {
        this.snapshot = snapshot;
        this.rules = rules;
        this.words = Map.copyOf(words);
        // with each rule's own sentence: find searches the sentence an answer prints, not one composed from labels
        this.questions = new Questions(snapshot, labels(dk.kulturmetropol.model.Language.DA), labels(dk.kulturmetropol.model.Language.EN));
    }

    /**
     * Labels in {@code language} for every id these rules use: the vocabulary's, the agreement's partners and focus
     * areas, and those the data packs give their own ids; and the sentence each rule (or data pack entry) gives for its
     * facts. With {@link dk.kulturmetropol.model.Sentences} they write answers as sentences, each in its rule's own words:
     *
     * <pre>{@code
     * Sentences da = Sentences.of(g.labels(Language.DA));
     * da.of(g.who("approve", "annual-plan").rows().get(0).fact()); // "KMK godkender hvert år det kommende års årsplan for ..."
     * }</pre>
     *
     * @param language the language to label in
     * @return labels for {@link dk.kulturmetropol.model.Sentences#of(dk.kulturmetropol.model.Labels)}; a new instance each call
     */
    public dk.kulturmetropol.model.Labels labels(dk.kulturmetropol.model.Language language) {
        Map<String, String> all = new java.util.HashMap<>(words.getOrDefault(language, Map.of()));
        snapshot.ruleSentences(language).forEach((rule, sentence) ->
                all.put(dk.kulturmetropol.model.Sentences.ruleSentenceKey(rule), sentence));
        return dk.kulturmetropol.model.Labels.of(language, agreement(), all);
    }

    /**
     * The kommissorium of Kulturmetropolen 2021-2024 over its default agreement. Read from the snapshot the build made
     * with the rules (so the rule engine does not start), or derived by the rules when there is none; then shared.
     *
     * @return the shared default governance, loaded on the first call
     */
    public static Governance kulturmetropolen() {
        return Default.INSTANCE;
    }

    /**
     * The kommissorium's rules over {@code agreement}.
     *
     * @param agreement the agreement to answer for, e.g. {@link AgreementYaml#read(Path)} of your own file
     * @return a governance over {@code agreement}; the rules run now, once
     * @throws NullPointerException when {@code agreement} is null
     */
    public static Governance of(Agreement agreement) {
        return builder().agreement(agreement).build();
    }

    /**
     * For an agreement and rule packs of your own.
     *
     * @return a new builder; without an agreement or pack it builds {@link #kulturmetropolen()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same rules over another agreement; this governance keeps answering as before.
     *
     * @param other the agreement to answer for instead
     * @return a new governance; the rules run over {@code other} now, once
     * @throws NullPointerException when {@code other} is null
     */
    public Governance withAgreement(Agreement other) {
        return new Governance(rules.derive(Objects.requireNonNull(other, "agreement")), rules, words);
    }

    /**
     * The same rules with {@code partner} added to the agreement.
     *
     * @param partner the partner to add, e.g. one that joins within the period
     * @return a new governance; this one is unchanged
     * @throws dk.kulturmetropol.model.InvalidAgreementException when the agreement cannot take the partner (its id is
     *     taken, its dates fall outside the period), naming the value
     */
    public Governance withPartner(Partner partner) {
        return withAgreement(agreement().withPartner(partner));
    }

    /**
     * The same rules with the partner {@code id} removed from the agreement.
     *
     * @param id the partner's id, e.g. {@code furesoe}
     * @return a new governance; this one is unchanged
     * @throws dk.kulturmetropol.model.InvalidAgreementException when there is no such partner, or it is a home, chair,
     *     host or vice-chair municipality the agreement still needs
     */
    public Governance withoutPartner(String id) {
        return withAgreement(agreement().withoutPartner(id));
    }

    /**
     * The agreement this governance answers for.
     *
     * @return the agreement, as given or as read from its file
     */
    public Agreement agreement() {
        return snapshot.agreement();
    }

    /**
     * Every clause the rules may cite, by id.
     *
     * @return an unmodifiable map from clause id ({@code kmk.tasks-5}) to clause, the text's and the packs' own
     */
    public Map<String, Clause> clauses() {
        return snapshot.clauses();
    }

    /**
     * The names of every rule, sorted.
     *
     * @return the rule names, the library's and the packs', sorted
     */
    public List<String> ruleNames() {
        return snapshot.ruleNames();
    }

    /**
     * Every fact the rules state for this agreement, in a stable order: duties, reporting lines, seats, post holdings,
     * placements. For the library's own tests (the golden file of sentences); the questions are the API.
     */
    List<dk.kulturmetropol.model.Derived> allFacts() {
        dk.kulturmetropol.rules.internal.DerivedFacts d = snapshot.facts();
        List<dk.kulturmetropol.model.Derived> all = new ArrayList<>(d.duties());
        all.addAll(d.lines());
        all.addAll(d.seats());
        all.addAll(d.holdings());
        all.addAll(d.placements());
        return all;
    }

    /** The sentence each rule gives for its facts in {@code language} ({@code @da}, {@code @en}), by rule name. */
    Map<String, String> ruleSentences(dk.kulturmetropol.model.Language language) {
        return snapshot.ruleSentences(language);
    }

    /**
     * Who must (or may) take {@code action} on {@code matter}, in every scope, over the whole period.
     *
     * @param action the action id ({@code approve}) or its Danish words ({@code godkender}), as {@link #idOf} reads them
     * @param matter the matter id ({@code annual-plan}) or its Danish words ({@code årsplanen})
     * @return the duties that answer, each with its clause; when none, an answer whose {@link Answer#why()} says why
     * @throws UnknownTermException for an action or matter the rules do not know, listing the nearest
     */
    public Answer<Duty> who(String action, String matter) {
        return who(action, matter, Criteria.any());
    }

    /**
     * Who must (or may) take {@code action} on {@code matter}, narrowed by {@code criteria}.
     * A duty stated for every scope answers every scope. The matter is read as {@link #matterFor} reads it: where the
     * text writes the same thing in other words with this action, its rows answer, each with the matter as the text has it.
     *
     * <pre>{@code
     * g.who("hire", "project-chief", Criteria.any().scope("music").asOf(LocalDate.of(2022, 1, 1)))
     * }</pre>
     *
     * @param action   the action id ({@code approve}) or its Danish words ({@code godkender}), as {@link #idOf} reads them
     * @param matter   the matter id ({@code annual-plan}) or its Danish words ({@code årsplanen})
     * @param criteria the scope and date to narrow to; {@link Criteria#any()} for none
     * @return the duties that answer, each with its clause; when none, an answer whose {@link Answer#why()} says why
     * @throws UnknownTermException for an action, matter or scope the rules do not know, listing those they do
     */
    public Answer<Duty> who(String action, String matter, Criteria criteria) {
        return questions.who(action, matter, criteria);
    }

    /**
     * Who must (or may) take {@code action} towards {@code recipient}: the duties of that action whose recipients name
     * it, whatever their matter. For a question whose matter is the one the action is done to, not what it is about:
     * "who orienterer næstformændene?" finds the political chair, who must "orientere og inddrage næstformændene i det
     * løbende arbejde" (chairs.tasks-4), a duty about the ongoing work with the vice-chairs as recipients.
     *
     * <pre>{@code
     * g.whoTo("inform", "vice-chair", Criteria.any()).map(Duty::actor); // [political-chair]
     * }</pre>
     *
     * @param action    the action id or its Danish words
     * @param recipient the actor the action is done to, its id or its Danish words
     * @param criteria  the scope and date to narrow to; {@link Criteria#any()} for none
     * @return the duties whose recipients name {@code recipient}; when none, an answer whose {@link Answer#why()} says why
     * @throws UnknownTermException for an action, actor or scope the rules do not know, listing those they do
     */
    public Answer<Duty> whoTo(String action, String recipient, Criteria criteria) {
        return questions.whoTo(action, recipient, criteria);
    }

    /** How many answers this governance keeps now (for the library's own tests of the cache's bound). */
    long answersKept() {
        return questions.keptCount();
    }

    /**
     * Every duty of {@code actor} over the whole period.
     *
     * @param actor the actor id ({@code culture-chief:koege}) or its Danish words
     * @return its duties, borne directly or through a post, seat or accountability ({@link Row#through()})
     * @throws UnknownTermException for an actor the rules do not know
     */
    public Answer<Duty> duties(String actor) {
        return duties(actor, Criteria.any());
    }

    /**
     * The duties of {@code actor}: those it bears, those it shares (jointly with), those of every post it
     * holds (for {@code culture-committee-chair:ishoej}, the political chair's), those of every body it sits in
     * (for {@code culture-chief:koege}, KMK's), and those it answers for to a body (for {@code culture-chief:roskilde},
     * the home municipality of music's, to KMK). A row borne through a post, seat or accountability says so in
     * {@link Row#through()} and cites the clause that makes that step; it holds only while the step does.
     *
     * @param actor    the actor id ({@code culture-chief:koege}) or its Danish words
     * @param criteria the scope and date to narrow to; {@link Criteria#any()} for none
     * @return its duties; when none, an answer whose {@link Answer#why()} says why
     * @throws UnknownTermException for an actor or scope the rules do not know
     */
    public Answer<Duty> duties(String actor, Criteria criteria) {
        return questions.duties(actor, criteria);
    }

    /**
     * Every reporting line from {@code actor}, direct and transitive, over the whole period.
     *
     * @param actor the actor id or its Danish words
     * @return the lines from {@code actor}, about every subject
     * @throws UnknownTermException for an actor the rules do not know
     */
    public Answer<ReportingLine> reports(String actor) {
        return reports(actor, Criteria.any());
    }

    /**
     * The reporting lines from {@code actor}, direct and transitive, about {@link Criteria#subject()} (every subject
     * when it is {@code null}) on {@link Criteria#asOf()}; every actor in a row is resolved on that date. A line whose
     * sentence names no subject ({@value ReportingLine#GENERAL}) answers every subject.
     *
     * <pre>{@code
     * g.reports("project-chief:youth", Criteria.any().about("employment").asOf(LocalDate.of(2022, 6, 1)))
     * }</pre>
     *
     * @param actor    the actor id or its Danish words
     * @param criteria the subject and date to narrow to; {@link Criteria#any()} for none
     * @return the lines from {@code actor}; when none, an answer whose {@link Answer#why()} says why
     * @throws UnknownTermException for an actor or subject the rules do not know
     */
    public Answer<ReportingLine> reports(String actor, Criteria criteria) {
        return questions.reports(actor, criteria);
    }

    /**
     * The reports {@code actor} delivers ("afrapportering": the action {@code report}), on {@link Criteria#asOf()}:
     * duties with recipients, not reporting lines, so a body with no line of its own may still report to others.
     *
     * <pre>{@code
     * g.reportsDeliveredBy("secretariat", Criteria.any()).facts().get(0).recipients();
     * // [ministry-of-culture, political-steering-group, kmk]: secretariat.bullet-2
     * }</pre>
     *
     * @param actor    the actor id or its Danish words
     * @param criteria the date to narrow to; {@link Criteria#any()} for the whole period
     * @return the duties to report that {@code actor} bears
     * @throws UnknownTermException for an actor the rules do not know
     */
    public Answer<Duty> reportsDeliveredBy(String actor, Criteria criteria) {
        return questions.reportsDelivered(actor, false, criteria);
    }

    /**
     * The reports delivered to {@code actor} ("afrapportering til"): the duties to {@code report} whose recipients
     * include it, on {@link Criteria#asOf()}; the reverse of {@link #reportsDeliveredBy(String, Criteria)}.
     *
     * <pre>{@code
     * g.reportsDeliveredTo("political-steering-group", Criteria.any()).map(Duty::actor); // [secretariat]
     * }</pre>
     *
     * @param actor    the actor id or its Danish words
     * @param criteria the date to narrow to; {@link Criteria#any()} for the whole period
     * @return the duties to report whose recipients include {@code actor}
     * @throws UnknownTermException for an actor the rules do not know
     */
    public Answer<Duty> reportsDeliveredTo(String actor, Criteria criteria) {
        return questions.reportsDelivered(actor, true, criteria);
    }

    /**
     * Who employs {@code actor} or makes its organisation available to it, on {@link Criteria#asOf()}: duties, for an
     * actor the text places without saying "placeret i" (the home municipality and its project chief, home.tasks-3).
     *
     * <pre>{@code
     * g.homeOf("project-chief:music", Criteria.any()).map(Duty::actor); // [home-municipality:music, home-municipality:music]
     * }</pre>
     *
     * @param actor    the actor id or its Danish words
     * @param criteria the date to narrow to; {@link Criteria#any()} for the whole period
     * @return the duties by which another actor employs or hosts {@code actor}
     * @throws UnknownTermException for an actor the rules do not know
     */
    public Answer<Duty> homeOf(String actor, Criteria criteria) {
        return questions.homeOf(actor, criteria);
    }

    /**
     * Every reporting line to {@code actor}, direct and transitive, over the whole period.
     *
     * @param actor the actor id or its Danish words
     * @return the lines to {@code actor}, about every subject
     * @throws UnknownTermException for an actor the rules do not know
     */
    public Answer<ReportingLine> reportingTo(String actor) {
        return reportingTo(actor, Criteria.any());
    }

    /**
     * The reporting lines that end at {@code actor}, direct and transitive: who answers to it, about what, on which
     * sentence; the reverse of {@link #reports(String, Criteria)}, in the same rows. Narrowed, as there, to
     * {@link Criteria#subject()} (a line whose sentence names no subject answers every subject) and
     * {@link Criteria#asOf()}.
     *
     * <pre>{@code
     * g.reportingTo("kmk").map(ReportingLine::from); // [home-municipality:culture-and-health, ..., project-chief:music, ...]
     * g.reportingTo("secretariat", Criteria.any().about("realisation").asOf(LocalDate.of(2022, 6, 1)))
     * }</pre>
     *
     * @param actor    the actor id or its Danish words
     * @param criteria the subject and date to narrow to; {@link Criteria#any()} for none
     * @return the lines that end at {@code actor}; when none, an answer whose {@link Answer#why()} says why
     * @throws UnknownTermException for an actor or subject the rules do not know
     */
    public Answer<ReportingLine> reportingTo(String actor, Criteria criteria) {
        return questions.reportingTo(actor, criteria);
    }

    /**
     * Every fact whose words have {@code words}, best first, over the whole period; see {@link #find(List, Criteria)}.
     *
     * @param words one word or more, Danish or English; each may hold several, separated by spaces
     * @return the facts, best first; or, when none has the words, an empty answer saying so
     * @throws IllegalArgumentException when no word is given, or every word is too common to find anything by
     */
    public Answer<dk.kulturmetropol.model.Derived> find(String... words) {
        return find(List.of(words), Criteria.any());
    }

    /**
     * Every fact the rules state (duty, reporting line, post holding, seat, placement) whose sentence in Danish or English,
     * labels or quoted clause has all of {@code words}, best first, in the rows every question answers in. Words are
     * matched by their stem, so an inflected Danish form finds the others ({@code regnskabet}, {@code regnskab}; a
     * compound such as {@code årsregnskab} too), whatever the case and accents; common words ({@code og}, {@code the})
     * are left out. Facts whose own sentence (the one an answer prints, in Danish or English) has every word come
     * first, then those whose sentence and labels have them, and last those that have a word only in the quoted clause
     * (a clause is quoted under every fact read from it: {@link #foundOnlyInQuote} tells them apart); within each, a
     * match in the sentence ranks above one in the quoted clause, which ranks above one in a label, and a word found as
     * it is ranks above one found by its stem. Narrowed to {@link Criteria#scope()} (for duties) and
     * {@link Criteria#asOf()}; a fact whose sentence names no one is in {@link Answer#unspecified()}.
     *
     * <pre>{@code
     * g.find(List.of("regnskab"), Criteria.any()).map(f -> f instanceof Duty d ? d.actor() : "");
     *     // [kmk, ..., head-of-secretariat, ...]: who approves, renders and assists with accounts
     * g.find("samlede", "vision").rows().get(0).clause().id(); // kmk.tasks-2
     * }</pre>
     *
     * @param words    one word or more; each may hold several, separated by spaces
     * @param criteria the scope and date; its subject is not used
     * @return the facts, best first; or, when none has the words, an empty answer saying so
     * @throws IllegalArgumentException when no word is given, or every word is too common to find anything by
     */
    public Answer<dk.kulturmetropol.model.Derived> find(List<String> words, Criteria criteria) {
        return questions.find(words, criteria);
    }

    /**
     * Whether {@code fact} has some of {@code words} only in the clause it quotes, not in its own sentence (Danish or
     * English) nor its labels: {@link #find(List, Criteria)} lists such facts last, and the command line under a heading
     * of their own.
     *
     * <pre>{@code
     * // "Sekretariatschefen ansættes af, refererer til og aflægger årligt regnskab ...": the hiring has "regnskab" only in the quote
     * g.foundOnlyInQuote(hiring, List.of("regnskab")); // true
     * }</pre>
     *
     * @param fact  a fact of a {@link #find(List, Criteria)} answer
     * @param words the words asked, as given to {@code find}
     * @return true when the words are found in the quoted clause alone
     * @throws IllegalArgumentException when every word is too common to find anything by
     * @throws NullPointerException when {@code fact} or {@code words} is null
     */
    public boolean foundOnlyInQuote(dk.kulturmetropol.model.Derived fact, List<String> words) {
        return questions.foundOnlyInQuote(Objects.requireNonNull(fact, "fact"), List.copyOf(words));
    }

    /**
     * Every holder of {@code post}, over all terms.
     *
     * @param post the post id ({@code political-chair}) or its Danish words
     * @return the holdings, every term; a holding the text leaves unnamed is in {@link Answer#unspecified()}
     * @throws UnknownTermException for a post the rules do not know
     */
    public Answer<PostHolding> holders(String post) {
        return holders(post, Criteria.any());
    }

    /**
     * Who holds {@code post} on {@link Criteria#asOf()} (every term when it is {@code null}).
     *
     * @param post     the post id ({@code political-chair}) or its Danish words
     * @param criteria the date to narrow to; {@link Criteria#any()} for every term
     * @return the holdings; when none holds on the date, an answer whose {@link Answer#why()} says why (the term ended)
     * @throws UnknownTermException for a post the rules do not know
     */
    public Answer<PostHolding> holders(String post, Criteria criteria) {
        return questions.holders(post, criteria);
    }

    /**
     * Every member of {@code body}, over the whole period.
     *
     * @param body the body id ({@code kmk}) or its Danish words
     * @return the seats, every member over the whole period
     * @throws UnknownTermException for a body the rules do not know
     */
    public Answer<Seat> members(String body) {
        return members(body, Criteria.any());
    }

    /**
     * The members of {@code body} on {@link Criteria#asOf()} (the whole period when it is {@code null}).
     *
     * @param body     the body id ({@code kmk}) or its Danish words
     * @param criteria the date to narrow to; {@link Criteria#any()} for the whole period
     * @return the seats; a seat the sentence leaves unnamed is in {@link Answer#unspecified()}
     * @throws UnknownTermException for a body the rules do not know
     */
    public Answer<Seat> members(String body, Criteria criteria) {
        return questions.members(body, criteria);
    }

    /**
     * Where {@code actor} sits, over the whole period.
     *
     * @param actor the actor id ({@code secretariat}) or its Danish words
     * @return where it is placed; empty, saying why, for an actor the text places nowhere
     * @throws UnknownTermException for an actor the rules do not know
     */
    public Answer<Placement> where(String actor) {
        return where(actor, Criteria.any());
    }

    /**
     * Where {@code actor} sits on {@link Criteria#asOf()}: "Sekretariatet er placeret i Ishøj Kommune". A place is a
     * host, not the bearer of the actor's duties.
     *
     * <pre>{@code
     * g.where("secretariat").facts().get(0).host(); // "ishoej"
     * }</pre>
     *
     * @param actor    the actor id ({@code secretariat}) or its Danish words
     * @param criteria the date to narrow to; {@link Criteria#any()} for the whole period
     * @return where it is placed; empty, saying why, when nowhere on that date
     * @throws UnknownTermException for an actor the rules do not know
     */
    public Answer<Placement> where(String actor, Criteria criteria) {
        return questions.where(actor, criteria);
    }

    /**
     * What changes from this governance to {@code after}: every duty, seat, post holding, reporting line and placement
     * that appears, disappears or changes, compared as the rules state them (the bearer as named, not as resolved).
     *
     * <pre>{@code
     * Governance now = Governance.kulturmetropolen();
     * List<Change> joining = now.changesTo(now.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null)));
     * }</pre>
     *
     * @param after the governance to compare with, e.g. this one {@link #withPartner}
     * @return the changes: those of facts {@code after} states, in its order, then those it no longer states
     * @throws NullPointerException when {@code after} is null
     */
    public List<Change> changesTo(Governance after) {
        return changesTo(after, Criteria.any());
    }

    /**
     * What changes from this governance to {@code after} on {@link Criteria#asOf()}: the changes whose fact holds on
     * that day on either side (every change when it is {@code null}).
     *
     * @param after    the governance to compare with
     * @param criteria the date to narrow to; {@link Criteria#any()} for every change. Scope and subject are not used
     * @return the changes, as {@link #changesTo(Governance)} orders them
     * @throws NullPointerException when {@code after} or {@code criteria} is null
     */
    public List<Change> changesTo(Governance after, Criteria criteria) {
        java.time.LocalDate on = Objects.requireNonNull(criteria, "criteria").asOf();
        List<Change> all = Diff.between(snapshot, Objects.requireNonNull(after, "after").snapshot);
        return on == null ? all : all.stream().filter(c -> c.before().map(f -> f.validity().contains(on)).orElse(false)
                || c.after().map(f -> f.validity().contains(on)).orElse(false)).toList();
    }

    /**
     * How often each body met, against the frequency the text sets (the political steering group one to two times a
     * year, KMK four times a year, the administrative board at least once a quarter; "efter behov" is not judged). Every
     * year or quarter of the agreement period up to {@code asOf} gets a finding, those with no meeting in the record
     * included (a meeting not in the record counts as not held); one still running on {@code asOf} is {@code open} while
     * short of the count, {@code ok-so-far} once the count is reached where the text sets a most (one more would be
     * {@code above}), {@code ok} where it sets only a least; more than a most is {@code above} at once; a meeting
     * recorded outside the period is {@code outside-period} and not judged. Only meetings on or before {@code asOf} count. A year or quarter
     * the agreement covers only in part is judged on the days it covers against the text's count read pro rata, a
     * reading the finding states ({@link MeetingFinding#reading()}).
     *
     * <pre>{@code
     * List<MeetingFinding> f = g.meetings(MeetingLog.read(Path.of("meetings.csv"), g.accepted("body")), LocalDate.now());
     * }</pre>
     *
     * @param log  the meetings held
     * @param asOf the day judged on
     * @return a finding per body and year or quarter
     */
    public List<MeetingFinding> meetings(List<Meeting> log, java.time.LocalDate asOf) {
        return Meetings.judge(snapshot, List.copyOf(log), Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * May {@code post} decide on {@code body}'s behalf on {@code date}? "I perioderne mellem møderne har den politiske
     * formand myndighed til at træffe beslutninger på den politiske styregruppes vegne": yes between meetings, while
     * someone holds the post; no on a day the body itself meets (from {@code log}), and no outside the agreement.
     *
     * <pre>{@code
     * g.mayDecide("political-chair", "political-steering-group", LocalDate.of(2022, 3, 1), List.of()).answer(); // true
     * }</pre>
     *
     * A post the text gives no such power over the body gets no, naming the post that has it
     * ({@code mayDecide("vice-chair", "political-steering-group", ...)}: the political chair's, chairs.tasks-3).
     *
     * @param post the post id ({@code political-chair}) or its Danish words
     * @param body the body id ({@code political-steering-group}) or its Danish words
     * @param date the day asked about
     * @param log  the body's meetings held or planned ({@link MeetingLog#read}); empty when none is known
     * @return yes or no, with the reason and the clause it rests on
     * @throws UnknownTermException when {@code post} or {@code body} is no known id, or the rules give no post power to
     *                              decide on {@code body}'s behalf
     */
    public Decision mayDecide(String post, String body, java.time.LocalDate date, List<Meeting> log) {
        return Meetings.mayDecide(snapshot, questions.idOf("post", post), questions.idOf("body", body), Objects.requireNonNull(date, "date"), List.copyOf(log));
    }

    /**
     * What falls due from {@code from} to {@code to}, both included: dated deadlines the rules set (from packs such as
     * the ministry's reporting rules, or each 1 February) on their date, and what the text asks yearly or quarterly
     * without a date over a window that is a reading ({@link Deadline#reading()}): the accounts of a year in the year after
     * (KMK approves the 2021 accounts in 2022), the plan and budget for a year in the year before it begins, a counted duty
     * (KMK meets four times a year) within the year or quarter it counts over; each falls due on its window's last day.
     * Each with its bearer resolved on that day, and its clause.
     *
     * <pre>{@code
     * g.calendar(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).forEach(System.out::println);
     * }</pre>
     *
     * @param from the first day of the window
     * @param to   the last day of the window
     * @return the deadlines, in the order of their dates
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     * @throws NullPointerException when {@code from} or {@code to} is null
     */
    public List<Deadline> calendar(java.time.LocalDate from, java.time.LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends " + to + ", before it starts " + from);
        }
        return Calendar.between(snapshot, questions, from, to);
    }

    /**
     * The annual cycle ("årshjulet") from {@code from} to {@code to}: the deadlines of {@link #calendar} grouped, one item
     * per actor, action and window, so a year's end does not carry one to-do per focus area per matter. KMK approving
     * the 2021 accounts and the 2023 annual plan and budget of the three focus areas is one item over 2022, citing both
     * sentences it rests on (kmk.tasks-5, chief.role-5) and marked as a reading, as each of its deadlines is; the project
     * chiefs' submissions of the focus areas are one item, their role shared. No date is invented: every item keeps its
     * deadlines' window. With {@code criteria}, only deadlines for its scope (and those for none), and only items whose
     * window holds its date.
     *
     * <pre>{@code
     * for (CycleItem item : g.annualCycle(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), Criteria.any())) {
     *     System.out.println(item); // 2022-01-01..2022-12-31 kmk approve annual-accounts 2021, annual-plan 2023, ...
     * }
     * }</pre>
     *
     * @param from     the first day of the window
     * @param to       the last day of the window
     * @param criteria the scope and date to narrow to; {@link Criteria#any()} for none
     * @return the items, in the order of their windows' last days
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public List<CycleItem> annualCycle(java.time.LocalDate from, java.time.LocalDate to, Criteria criteria) {
        return Calendar.cycle(calendar(from, to), Objects.requireNonNull(criteria, "criteria"));
    }

    /**
     * The annual cycle placed on a plan of meetings, the way a secretariat builds its "årshjul": each item on the agenda
     * of a meeting its body has planned inside its window, the accounts of the year gone on the first (KMK approves the
     * 2021 accounts on 3 February 2022), the rest on the last, nearest where it falls due (the 2023 plan and budget on 3
     * November 2022); an approval never before what it waits for is handed in: on a later meeting when one is planned,
     * else the submission is due by the approving meeting (the project chiefs' 2023 plan by 3 November 2022), a body's
     * duty to meet with the meetings planned for it, an item whose body has no meeting planned in its window listed as
     * such (never dropped), and an item no body acts on (a project chief's, the head of secretariat's) listed as no
     * meeting's business. Read the plan with {@link MeetingLog#read}, as a record of meetings held is read. What is listed
     * is what lands from {@code from} to {@code to}: an item on a meeting of those days (KMK's approval of the plan due by
     * 31 December 2022 on its meeting of 3 November 2022, in a window of November), what is due by such a meeting, and an
     * item due in them that no meeting of its window carries. An item of the cycle that groups the year gone's accounts
     * with the coming year's plan is placed as two.
     *
     * <pre>{@code
     * List<Meeting> plan = MeetingLog.read(Path.of("plan.csv"), g.accepted("body"));
     * g.annualCycle(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), Criteria.any(), plan)
     *         .forEach(System.out::println); // kmk, 2022-02-03: 2022-01-01..2022-12-31 kmk approve annual-accounts 2021 ...
     * }</pre>
     *
     * @param plan the meetings planned, each a body and a day
     * @param from     the first day listed
     * @param to       the last day listed
     * @param criteria the scope and date to narrow to; {@link Criteria#any()} for none
     * @return an agenda item per annual cycle item listed from {@code from} to {@code to}, in the order of those days
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public List<AgendaItem> annualCycle(java.time.LocalDate from, java.time.LocalDate to, Criteria criteria, List<Meeting> plan) {
        // an item due after the window may go on a meeting inside it: no window is longer than a year
        List<CycleItem> items = annualCycle(from, to.plusYears(1), criteria);
        return Calendar.agenda(items, List.copyOf(plan), accepted("body")).stream()
                .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to)).toList();
    }

    /**
     * The org chart on {@link Criteria#asOf()} (the whole period when it is {@code null}), labelled in {@code language}:
     * the bodies, posts, named holders, focus areas and municipalities, and a line for each fact that joins two of them
     * (seat, post holding, home, reporting line, placement, and the duties that lead, elect, hire, appoint, propose or
     * report to a body or post), each with its clause. Plain data: draw it as you like.
     *
     * <pre>{@code
     * OrgChart c = g.orgChart(Criteria.any().asOf(LocalDate.of(2022, 6, 1)), Language.DA);
     * c.node("music").get().label(); // "Musikindsatsen"
     * }</pre>
     *
     * @param criteria the date to draw on; its scope and subject are not used
     * @param language the language of the labels
     * @return the chart's nodes and edges
     * @throws IllegalArgumentException when the date is outside the agreement period, naming both
     */
    public OrgChart orgChart(Criteria criteria, dk.kulturmetropol.model.Language language) {
        return OrgChart.of(this, Objects.requireNonNull(criteria, "criteria").asOf(), Objects.requireNonNull(language, "language"));
    }

    /**
     * The org chart on {@link Criteria#asOf()}, labelled in English; see {@link #orgChart(Criteria, dk.kulturmetropol.model.Language)}.
     *
     * @param criteria the date to draw on; its scope and subject are not used
     * @return the chart's nodes and edges, labelled in English
     * @throws IllegalArgumentException when the date is outside the agreement period, naming both
     */
    public OrgChart orgChart(Criteria criteria) {
        return orgChart(criteria, dk.kulturmetropol.model.Language.EN);
    }

    /**
     * The RACI matrix of what the rules state, narrowed by {@code criteria} (a scope, a date): a row per matter and scope,
     * a column per role, each cell the role's letters (A accountable: approves or answers for the matter; R does it; C
     * consulted: gives advice; I informed), with its modality and every clause it rests on; rows grouped by the section
     * of the text. Plain data: write it as you like.
     *
     * <pre>{@code
     * Raci raci = g.raci(Criteria.any());
     * raci.row("annual-plan", "music").get().cells().get("kmk").letters(); // "A": KMK approves the plan it receives
     * raci.sections().get(0).heading();                                    // "Kulturmetropolens politiske styregruppe"
     * }</pre>
     *
     * @param criteria the scope and date to narrow to; {@link Criteria#any()} for the whole matrix
     * @return the matrix, its rows grouped in sections
     * @throws UnknownTermException for a scope the rules do not know
     */
    public Raci raci(Criteria criteria) {
        return Raci.of(this, Objects.requireNonNull(criteria, "criteria"));
    }

    /**
     * The annotated text on {@link Criteria#asOf()} (the whole period when it is {@code null}), in {@code language}: the
     * whole kommissorium, section by section and sentence by sentence, each sentence verbatim with what the rules read
     * in it (each fact in its sentence, with who bears it, when it holds and the reading it rests on), or why it states
     * no duty, and a count per section; facts resting on a rule pack's own clauses after the text. Plain data: lay it out
     * as you like. The criteria's scope and subject are not used.
     *
     * <pre>{@code
     * Review r = g.review(Criteria.any().asOf(LocalDate.of(2022, 6, 1)), Language.DA);
     * for (Review.Section s : r.sections()) {
     *     System.out.println(s.heading() + ": " + s.counts().facts() + " facts");
     *     s.sentences().forEach(x -> System.out.println("  " + x.text() + " -> " + x.facts().size()));
     * }
     * }</pre>
     *
     * @param criteria the date to read on; {@link Criteria#any()} for the whole period
     * @param language the language of the facts' sentences and labels
     * @return the annotated text
     * @throws IllegalArgumentException when the date is outside the agreement period, naming both
     */
    public Review review(Criteria criteria, dk.kulturmetropol.model.Language language) {
        return Review.of(this, questions, Objects.requireNonNull(criteria, "criteria").asOf(), Objects.requireNonNull(language, "language"), allFacts());
    }

    /**
     * Checks the mandate set as a whole over the whole period; see {@link #validate(Criteria)}.
     *
     * @return the findings, errors first; none when the mandate set is sound
     */
    public List<Finding> validate() {
        return validate(Criteria.any());
    }

    /**
     * Checks the mandate set as a whole, from the rules' own facts: duties whose sentence names no one (a warning, as
     * the text leaves it open); a matter that must be approved with no approver on some day and scope of the period,
     * or two approvers who must each approve it alone; reporting lines that lead back to where they start; a post
     * without a holder on some day (a holder the text leaves unnamed is a warning); a chair term that does not cover
     * the period; a pack rule that says may where the kommissorium says must, or the other way round. With
     * {@link Criteria#asOf()}, only what holds on that day.
     *
     * <pre>{@code
     * boolean sound = g.validate().stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR);
     * }</pre>
     *
     * @param criteria the date to check on; {@link Criteria#any()} for the whole period. Scope and subject are not used
     * @return the findings, errors first
     */
    public List<Finding> validate(Criteria criteria) {
        // an actor a pack labels is one it brings on purpose (a ministry, an agency), not a misspelt id
        java.util.Set<String> labelled = new java.util.HashSet<>();
        words.values().forEach(w -> w.keySet().stream().filter(k -> k.startsWith("actor.")).forEach(k -> labelled.add(k.split("\\.")[1])));
        return Validation.of(snapshot, Objects.requireNonNull(criteria, "criteria").asOf(), labelled);
    }

    /**
     * The ids accepted for {@code kind}: action, matter, actor, scope, post, body or subject.
     *
     * @param kind the kind of id
     * @return an unmodifiable set of ids, the library's and the packs' own
     * @throws UnknownTermException for another kind
     */
    public Set<String> accepted(String kind) {
        return questions.accepted(kind);
    }

    /**
     * The id of {@code kind} (action, matter, actor, scope, post, body or subject) that {@code words} names: the id
     * itself, or its Danish label as people type it. Every question reads its ids this way, so
     * {@code g.who("godkender", "årsplanen", Criteria.any().scope("Musikindsatsen"))} asks
     * {@code g.who("approve", "annual-plan", Criteria.any().scope("music"))}; answers keep the ids.
     *
     * <pre>{@code
     * g.idOf("action", "godkende");      // "approve" (the infinitive; "godkender", the present, too)
     * g.idOf("action", "orientere");     // "inform" (the verb of "orientere og inddrage" alone, "orienterer" too)
     * g.idOf("matter", "aarsplanen");    // "annual-plan" (any case, aa for å, with or without the article)
     * g.idOf("matter", "næstformændene");// "vice-chair" (singular or plural, with or without the article)
     * g.idOf("matter", "suppleant");     // "political-substitute" (a label's head noun alone)
     * g.idOf("scope", "Roskilde");       // "roskilde"
     * g.idOf("scope", "Musikindsatsen"); // "music"
     * g.idOf("body", "den politiske styregruppe"); // "political-steering-group" (the text's article for "Kulturmetropolens ...")
     * g.idOf("scope", "musik");          // "music" (a focus area by the stem of its name)
     * g.idOf("body", "styregruppen");    // "political-steering-group" (a body by its short name)
     * }</pre>
     *
     * <p>Accepted, in any case and with {@code aa}, {@code oe} and {@code ae} for å, ø and æ: the id; its Danish label
     * and the form a sentence uses; the text's own words for it; for an action, its infinitive and present, and the verb
     * of a phrase alone ({@code foreslå} for "foreslå og kvalificere"); for a noun, the label with and without its
     * article, the same id's label as a role or a matter (a matter the text names in the plural is asked in the singular
     * too), and the head noun alone, without adjectives or complement, with its article (in the plural where the text
     * uses the plural: {@code næstformændene}); a partner by its name with or without "Kommune"; a focus area by its name
     * or the stem of it ({@code unge}, {@code kultur og sundhed}). Forms are ranked (the label before the text's words,
     * these before a head noun alone): the best-ranked form decides, and a form that fits several ids at that rank is
     * refused, naming each ({@code fremdrift}: focus-area-progress or progress).</p>
     *
     * @param kind  the kind of id
     * @param words the id, or words naming it, as typed
     * @return the id
     * @throws UnknownTermException   for a kind that is none of these, or words that name nothing, with the nearest ids
     * @throws AmbiguousTermException for words that fit two or more ids equally well, naming each
     */
    public String idOf(String kind, String words) {
        return questions.idOf(kind, Objects.requireNonNull(words, "words"));
    }

    /**
     * The {@code limit} ids of {@code kind} nearest to {@code words}, nearest first: by edit distance to the id and to
     * each Danish form {@link #idOf} reads, so that a "did you mean" can offer a Danish reader the words they nearly
     * typed. Words written {@code role:scope} whose scope alone names an id put that id first, and the ids of that scope
     * ({@code partner-municipality:roskilde}, ...) next.
     *
     * <pre>{@code
     * g.nearest("matter", "aarsplaner", 1);         // [annual-plan]
     * g.nearest("actor", "partner:roskilde", 2);    // [roskilde, partner-municipality:roskilde]
     * }</pre>
     *
     * @param kind  the kind of id: action, matter, actor, scope, post, body or subject
     * @param words the words typed
     * @param limit how many ids at most
     * @return up to {@code limit} ids, nearest first
     * @throws UnknownTermException for a kind that is none of action, matter, actor, scope, post, body or subject
     */
    public List<String> nearest(String kind, String words, int limit) {
        return questions.nearest(kind, Objects.requireNonNull(words, "words"), limit);
    }

    /**
     * The matter {@code words} name when asked with {@code action}, as {@link #who(String, String, Criteria)} reads it:
     * like {@code idOf("matter", words)}, except that words which fit several matters equally well are read as the
     * one of them the text pairs with the action, the text's own idiom; and a matter the text never pairs with the
     * action is read as the same thing in the words it does pair with it ({@link dk.kulturmetropol.model.Vocabulary#SAME_THING}).
     *
     * <pre>{@code
     * g.matterFor("aflægge", "regnskab");   // "secretariat-accounts" (sekretariatschefen "aflægger årligt regnskab")
     * g.matterFor("godkende", "regnskab");  // "annual-accounts" (KMK godkender "det forudgående års regnskab")
     * g.matterFor("submit", "annual-accounts"); // "audited-annual-accounts" (projektchefen indsender "revideret årsregnskab")
     * }</pre>
     *
     * @param action the action id or its Danish words
     * @param words  the words that name the matter
     * @return the matter id
     * @throws UnknownTermException   for an action or words that name nothing
     * @throws AmbiguousTermException when the words fit several matters and the action takes none or more than one
     */
    public String matterFor(String action, String words) {
        return questions.matterFor(questions.idOf("action", Objects.requireNonNull(action, "action")), Objects.requireNonNull(words, "words"));
    }

    /**
     * Every matter {@code words} can mean when asked with {@code action}: the one matter they name, or, for a bare word
     * that fits several matters equally well, each matter that has the word (alone or as the tail of a compound) and
     * that the text pairs with the action, in the order the rules state them. Ask {@link #who} for each to answer a
     * question in a general word without narrowing it silently to one reading.
     *
     * <pre>{@code
     * g.mattersFor("aflægge", "regnskab");
     * // [secretariat-accounts, audited-annual-accounts, final-accounts]: sekretariatschefen "aflægger årligt regnskab",
     * // projektchefen indsender "revideret årsregnskab", and the text names no one who renders the final accounts
     * g.mattersFor("godkende", "årsplanen"); // [annual-plan]
     * }</pre>
     *
     * @param action the action id or its Danish words
     * @param words  the words that name the matter
     * @return the matter ids, one or more
     * @throws UnknownTermException   for an action or words that name nothing
     * @throws AmbiguousTermException for words of several words that fit several matters equally well
     */
    public List<String> mattersFor(String action, String words) {
        return questions.mattersFor(questions.idOf("action", Objects.requireNonNull(action, "action")), Objects.requireNonNull(words, "words"));
    }

    /** Holds the default governance, built on first use. */
    private static final class Default {
        static final Governance INSTANCE = new Governance(ShippedSnapshot.load()
                .orElseGet(() -> RuleSet.kommissorium().derive(AgreementYaml.kulturmetropolen())), RuleSet.kommissorium(), Map.of());
    }

    /**
     * Builds a governance from an agreement and rule packs. Packs are code (their consequences run Java):
     * load them only from paths and resources you name yourself.
     *
     * <pre>{@code
     * Governance g = Governance.builder()
     *         .agreement(myAgreement)
     *         .rulePack(Path.of("ministry-reporting.drl"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private Agreement agreement;
        private final List<RuleSource> packs = new ArrayList<>();
        private final List<DataPackYaml.Pack> dataPacks = new ArrayList<>();
        private java.time.Duration timeLimit = dk.kulturmetropol.rules.internal.DerivedFacts.DEFAULT_TIME_LIMIT;

        private Builder() {
        }

        /**
         * The agreement to answer for; the default is {@link AgreementYaml#kulturmetropolen()}.
         *
         * @param value the agreement
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder agreement(Agreement value) {
            this.agreement = Objects.requireNonNull(value, "agreement");
            return this;
        }

        /**
         * The agreement in a YAML file (see {@link AgreementYaml}); read now, so a bad file is refused here.
         *
         * @param file the agreement's YAML file
         * @return this builder
         * @throws InvalidConfigException naming the file, line and value when the file cannot be read or the agreement
         *     cannot hold
         */
        public Builder config(Path file) {
            Objects.requireNonNull(file, "config file");
            Engine.prepareKommissorium();
            return agreement(AgreementYaml.read(file));
        }

        /**
         * How long the rules may run over the agreement before they are stopped and the build refused, naming the rule
         * that was running: a DRL pack whose condition or consequence never returns. The default is 10 seconds. What
         * counts is the processor time the rules use, so a large agreement on a busy machine is not refused for waiting
         * its turn; a rule that sleeps or waits is stopped once the limit has passed on the clock.
         *
         * <pre>{@code
         * Governance g = Governance.builder().rulePack(Path.of("my-pack.drl")).timeLimit(Duration.ofSeconds(30)).build();
         * }</pre>
         *
         * @param value a positive duration
         * @return this builder
         * @throws IllegalArgumentException when {@code value} is zero or negative
         */
        public Builder timeLimit(java.time.Duration value) {
            Objects.requireNonNull(value, "time limit");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the time limit is " + value + ", expected a positive duration such as 10 seconds");
            }
            this.timeLimit = value;
            return this;
        }

        /**
         * A rule pack from a file, read now so a bad file is refused here: a data pack ({@code .yaml} or {@code .yml},
         * see {@link DataPackYaml}; data, safe to load from anyone) or a DRL pack ({@code .drl}; code). A file named
         * otherwise is refused, so that a file named as data is never run as code.
         *
         * @param file the pack's file, {@code .yaml}, {@code .yml} or {@code .drl}
         * @return this builder
         * @throws RulePackException naming the file and line of what is wrong
         */
        public Builder rulePack(Path file) {
            Objects.requireNonNull(file, "rule pack file");
            AgreementYaml.requireFile(file, "rule pack file", "a data pack (.yaml, .yml) or a DRL pack (.drl)", RulePackException::new);
            requireKnownKind(file.toString());
            if (isDataPack(file.toString())) {
                dataPacks.add(DataPackYaml.read(file));
            } else {
                packs.add(RuleSources.file(file));
            }
            return this;
        }

        /**
         * A rule pack from the classpath, e.g. {@code dk/example/ministry.drl} or {@code dk/example/duties.yaml}.
         *
         * @param resource the resource's path on the classpath, with or without a leading {@code /}
         * @return this builder
         * @throws RulePackException when the resource is not on the classpath, is not named {@code .yaml}, {@code .yml} or
         *     {@code .drl}, or (a data pack) is refused, naming where and why
         */
        public Builder rulePackResource(String resource) {
            Objects.requireNonNull(resource, "rule pack resource");
            requireKnownKind(resource);
            if (isDataPack(resource)) {
                String path = resource.startsWith("/") ? resource.substring(1) : resource;
                dataPacks.add(DataPackYaml.parse(RuleSources.classpathText(path).orElseThrow(() ->
                        new RulePackException("rule pack resource '" + resource + "' is not on the classpath")), "classpath:" + path));
            } else {
                packs.add(RuleSources.resource(resource));
            }
            return this;
        }

        private static void requireKnownKind(String name) {
            if (!isDataPack(name) && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".drl")) {
                throw new RulePackException("rule pack '" + name + "' is neither a data pack (.yaml, .yml: read as data) "
                        + "nor a DRL pack (.drl: compiled as code); name the file by what it holds");
            }
        }

        private static boolean isDataPack(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith(".yaml") || lower.endsWith(".yml");
        }

        /**
         * Compiles the rules and derives every fact for the agreement.
         *
         * @return the governance; without an agreement or pack, the shared {@link #kulturmetropolen()}
         * @throws RulePackException when a pack does not compile or a rule cites no known clause
         */
        public Governance build() {
            if (agreement == null && packs.isEmpty() && dataPacks.isEmpty()) {
                return kulturmetropolen();
            }
            Agreement chosen = agreement == null ? AgreementYaml.kulturmetropolen() : agreement;
            List<DataPackDuty> dataDuties = dataPacks.stream().flatMap(p -> p.duties().stream()).toList();
            if (packs.isEmpty() && dataPacks.isEmpty()) {
                RuleSet rules = RuleSet.kommissorium().within(timeLimit);
                return new Governance(rules.derive(chosen), rules, Map.of());
            }
            Engine.Compiled compiled = Engine.compile(packs);
            RuleSet rules = RuleSet.of(compiled, withDataClauses(compiled.catalogue()), dataDuties, timeLimit);
            Map<dk.kulturmetropol.model.Language, Map<String, String>> words = new java.util.EnumMap<>(dk.kulturmetropol.model.Language.class);
            Map<String, String> labelledBy = new java.util.HashMap<>();
            // the DRL packs' label declarations first, then the data packs' labels; one id has one label across them
            compiled.labels().forEach((language, w) -> w.forEach((key, label) -> {
                words.computeIfAbsent(language, l -> new java.util.LinkedHashMap<>()).put(key, label);
                labelledBy.put(language.id() + " " + key, compiled.labelledAt().getOrDefault(language.id() + " " + key, "a DRL pack"));
            }));
            for (DataPackYaml.Pack p : dataPacks) {
                p.labels().forEach((language, w) -> w.forEach((key, label) -> {
                    Map<String, String> those = words.computeIfAbsent(language, l -> new java.util.LinkedHashMap<>());
                    String before = labelledBy.putIfAbsent(language.id() + " " + key, p.origin());
                    if (before != null && !label.equals(those.get(key))) {
                        // the last pack would win: refuse instead, naming both
                        throw new RulePackException(p.origin() + ": label '" + key + "' (" + language.id() + ") is '" + label
                                + "', but " + before + " labels it '" + those.get(key) + "'; one id has one label: label it in one pack");
                    }
                    those.put(key, label);
                }));
            }
            return new Governance(rules.derive(chosen), rules, words);
        }

        /** The catalogue with every data pack's clauses, refusing one declared twice at the entry that does. */
        private ClauseCatalogue withDataClauses(ClauseCatalogue catalogue) {
            ClauseCatalogue result = catalogue;
            for (DataPackYaml.Pack pack : dataPacks) {
                for (int i = 0; i < pack.clauses().size(); i++) {
                    try {
                        result = result.with(List.of(pack.clauses().get(i)));
                    } catch (RulePackException e) {
                        throw new RulePackException(pack.duties().get(i).origin() + ": " + e.getMessage());
                    }
                }
            }
            return result;
        }
    }

}
