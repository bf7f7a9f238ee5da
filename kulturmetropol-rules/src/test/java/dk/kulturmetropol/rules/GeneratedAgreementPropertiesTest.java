package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.ChairTerm;
import dk.kulturmetropol.model.Clause;
import dk.kulturmetropol.model.Derived;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.FocusArea;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.model.Vocabulary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties over generated valid agreements: 1 to 60 partners (p1, p2, ...), some joining late or leaving early,
 * 0 to 12 focus areas (f1, ...) whose homes are partners for the whole period, a chair term inside the period for a
 * partner in for the whole term, a secretariat host in for the whole period and 0 to 2 vice-chairs.
 * Answers are compared by {@link Canon canonical strings} of their rows, never by identity.
 */
class GeneratedAgreementPropertiesTest {

    // ------------------------------------------------------------------ generators

    /** A partner's membership as fractions (per mille) of the period; {@code null} for "not given". */
    record Span(Integer join, Integer leave) {
    }

    /** The period: its first day as days after 2015-01-01, and its length in days (0 is a one-day period). */
    record Period(int startDay, int length) {
        LocalDate from() {
            return LocalDate.of(2015, 1, 1).plusDays(startDay);
        }

        LocalDate to() {
            return from().plusDays(length);
        }

        LocalDate at(int perMille) {
            return from().plusDays((long) length * perMille / 1000);
        }
    }

    @Provide
    Arbitrary<Agreement> agreements() {
        // mostly a few partners, which check and shrink quickly; one in four up to 60, so every run sees large ones
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1, 10)), Tuple.of(1, Arbitraries.integers().between(11, 60)))
                .flatMap(GeneratedAgreementPropertiesTest::agreementsOf);
    }

    static Arbitrary<Agreement> agreementsOf(int partners) {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, partners - 1);
        Arbitrary<Period> periods = Combinators.combine(Arbitraries.integers().between(0, 4000),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(0, 3)),
                        Tuple.of(6, Arbitraries.integers().between(4, 2000)))).as(Period::new);
        Arbitrary<int[]> chairTerm = Combinators.combine(perMille(), perMille()).as((a, b) -> new int[] {a, b});
        return Combinators.combine(periods, spans().list().ofSize(partners), index, index.list().ofMaxSize(12),
                        index, chairTerm, index.list().ofMaxSize(2))
                .as(GeneratedAgreementPropertiesTest::agreement);
    }

    static Arbitrary<Integer> perMille() {
        return Arbitraries.integers().between(0, 1000);
    }

    static Arbitrary<Span> spans() {
        Arbitrary<Integer> end = perMille().injectNull(0.3);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(new Span(null, null))),
                Tuple.of(1, Arbitraries.just(new Span(0, 1000))),
                Tuple.of(5, Combinators.combine(end, end).as(Span::new)));
    }

    /** Builds a valid agreement: every partner a role needs for a time is made a partner for that time. */
    static Agreement agreement(Period period, List<Span> spans, int host, List<Integer> homes, int chair, int[] term,
                               List<Integer> vices) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate chairFrom = period.at(Math.min(term[0], term[1]));
        LocalDate chairTo = period.at(Math.max(term[0], term[1]));
        List<Integer> viceChairs = vices.stream().filter(v -> v != chair).distinct().toList();
        Set<Integer> whole = new HashSet<>(homes);
        whole.add(host);
        whole.addAll(viceChairs);
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            LocalDate joined;
            LocalDate left;
            if (whole.contains(i)) {
                joined = s.join() == null ? null : from;
                left = s.leave() == null ? null : to;
            } else {
                joined = s.join() == null ? null : period.at(s.join());
                left = s.leave() == null ? null : period.at(s.leave());
                if (joined != null && left != null && left.isBefore(joined)) {
                    LocalDate swap = joined;
                    joined = left;
                    left = swap;
                }
            }
            if (i == chair) {
                joined = joined == null || joined.isBefore(chairFrom) ? joined : chairFrom;
                left = left == null || left.isAfter(chairTo) ? left : chairTo;
            }
            partners.add(new Partner(pid(i), "Kommune " + (i + 1), joined, left));
        }
        List<FocusArea> areas = new ArrayList<>();
        for (int j = 0; j < homes.size(); j++) {
            areas.add(new FocusArea("f" + (j + 1), "Indsats " + (j + 1), pid(homes.get(j))));
        }
        return new Agreement("Generated " + from.getYear() + "-" + to.getYear(), from, to, partners, areas,
                new ChairTerm(pid(chair), chairFrom, chairTo), pid(host), viceChairs.stream().map(GeneratedAgreementPropertiesTest::pid).toList());
    }

    static String pid(int index) {
        return "p" + (index + 1);
    }

    /** A partner not yet in {@code a}, with a random membership inside the period. */
    static Arbitrary<Partner> newPartner(Agreement a) {
        Period period = new Period((int) (a.from().toEpochDay() - LocalDate.of(2015, 1, 1).toEpochDay()),
                (int) (a.to().toEpochDay() - a.from().toEpochDay()));
        return spans().map(s -> {
            LocalDate joined = s.join() == null ? null : period.at(s.join());
            LocalDate left = s.leave() == null ? null : period.at(s.leave());
            if (joined != null && left != null && left.isBefore(joined)) {
                return new Partner("q" + (a.partners().size() + 1), "Ny Kommune", left, joined);
            }
            return new Partner("q" + (a.partners().size() + 1), "Ny Kommune", joined, left);
        });
    }

    @Provide
    Arbitrary<Tuple2<Agreement, Partner>> agreementsAndNewPartner() {
        return agreements().flatMap(a -> newPartner(a).map(p -> Tuple.of(a, p)));
    }

    /** An agreement and the same agreement with its partners, focus areas and vice-chairs in another order. */
    @Provide
    Arbitrary<Tuple2<Agreement, Agreement>> agreementsAndShuffled() {
        return agreements().flatMap(a -> Combinators.combine(Arbitraries.shuffle(a.partners()), Arbitraries.shuffle(a.focusAreas()),
                        Arbitraries.shuffle(a.viceChairs()))
                .as((ps, fs, vs) -> Tuple.of(a, new Agreement(a.name(), a.from(), a.to(), ps, fs, a.chair(), a.secretariatHost(), vs))));
    }

    /** A date as per mille of the period, from one day before it to one day after it. */
    static LocalDate dateAt(Agreement a, int perMille) {
        long span = a.to().toEpochDay() - a.from().toEpochDay() + 2;
        return a.from().minusDays(1).plusDays(span * perMille / 1000);
    }

    /** The days where something changes: the period's and the chair term's ends, joins and leaves, each +-1 day. */
    static List<LocalDate> turningPoints(Agreement a) {
        Set<LocalDate> points = new TreeSet<>();
        Stream.of(a.from(), a.to(), a.chair().from(), a.chair().to()).forEach(points::add);
        for (Partner p : a.partners()) {
            Stream.of(p.joined(), p.left()).filter(Objects::nonNull).forEach(points::add);
        }
        Set<LocalDate> all = new TreeSet<>();
        points.forEach(d -> {
            all.add(d.minusDays(1));
            all.add(d);
            all.add(d.plusDays(1));
        });
        return List.copyOf(all);
    }

    /** Up to 20 turning points, spread over the period, and one more date. */
    static List<LocalDate> manyDates(Agreement a, int perMille) {
        List<LocalDate> points = turningPoints(a);
        Set<LocalDate> dates = new TreeSet<>();
        int step = Math.max(1, points.size() / 20);
        for (int i = 0; i < points.size(); i += step) {
            dates.add(points.get(i));
        }
        dates.add(a.to());
        dates.add(dateAt(a, perMille));
        return List.copyOf(dates);
    }

    /** A few dates to ask about: the given ones, plus a turning point picked by {@code pick}. */
    static List<LocalDate> someDates(Agreement a, List<Integer> perMilles, int pick) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        perMilles.forEach(m -> dates.add(dateAt(a, m)));
        List<LocalDate> points = turningPoints(a);
        dates.add(points.get(Math.floorMod(pick * 31, points.size())));
        return List.copyOf(dates);
    }

    // ------------------------------------------------------------------ properties

    /**
     * (a) An answer for a date is the whole-period answer restricted to the rows valid on that date; every row on a
     * date holds on it, every step through which it is borne holds on it, every actor in it resolves on it as the
     * holder and member answers of that date say; an empty answer, and only an empty one, carries a note.
     */
    @Property(tries = 10)
    void an_answer_on_a_date_is_the_whole_period_answer_restricted_to_that_date(
            @ForAll("agreements") Agreement agreement,
            @ForAll @IntRange(min = 0, max = 1000) int when, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Asking ask = new Asking(Governance.of(agreement), Focus.of(agreement, pick));
        Map<String, Answer<?>> wholePeriod = new HashMap<>();
        for (LocalDate date : someDates(agreement, List.of(when), pick)) {
            for (Question q : ask.questions(date, false)) {
                Answer<?> dated = q.ask(ask.g());
                Answer<?> whole = wholePeriod.computeIfAbsent(q.wholePeriod().text(), t -> q.wholePeriod().ask(ask.g()));
                assertThat(dated.note().isPresent()).as("%s: a note iff empty, got %s", q, dated).isEqualTo(dated.isEmpty());
                assertThat(Canon.keys(dated.rows())).as("%s named rows", q)
                        .isEqualTo(Canon.keys(whole.rows().stream().filter(r -> validity(r).contains(date)).toList()));
                assertThat(Canon.keys(dated.unspecified())).as("%s unspecified rows", q)
                        .isEqualTo(Canon.keys(whole.unspecified().stream().filter(r -> validity(r).contains(date)).toList()));
                for (Row<?> row : Canon.allRows(dated)) {
                    assertThat(validity(row).contains(date)).as("%s: row %s holds on %s", q, row, date).isTrue();
                    ask.assertStepsHoldOn(q, row, date);
                    ask.assertResolvedOn(q, row, date);
                }
            }
        }
    }

    /** (b) Adding a partner takes no duty from any other actor, and no row from any "who" answer. */
    @Property(tries = 10)
    void adding_a_partner_never_removes_another_actors_duty(@ForAll("agreementsAndNewPartner") Tuple2<Agreement, Partner> input,
                                                            @ForAll @IntRange(min = 0, max = 1000) int when,
                                                            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Asking before = new Asking(Governance.of(input.get1()), Focus.of(input.get1(), pick));
        Governance after = before.g().withPartner(input.get2());
        LocalDate date = dateAt(input.get1(), when);
        for (String actor : before.actors()) {
            for (Criteria c : List.of(Criteria.any(), Criteria.any().asOf(date))) {
                assertThat(Canon.keys(after.duties(actor, c).rows()))
                        .as("duties of %s %s after adding %s", actor, c, input.get2())
                        .containsAll(Canon.keys(before.g().duties(actor, c).rows()));
            }
        }
        for (Question q : before.whos(Criteria.any(), true)) {
            assertThat(Canon.keys(Canon.allRows(q.ask(after)))).as("%s after adding %s", q, input.get2())
                    .containsAll(Canon.keys(Canon.allRows(q.ask(before.g()))));
        }
    }

    /** (c) Adding a partner and removing it again gives back the same agreement and the same answers, to the letter. */
    @Property(tries = 10)
    void adding_then_removing_a_partner_gives_back_the_same_answers(@ForAll("agreementsAndNewPartner") Tuple2<Agreement, Partner> input,
                                                                    @ForAll @IntRange(min = 0, max = 1000) int when,
                                                                    @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Governance g = Governance.of(input.get1());
        Governance back = g.withPartner(input.get2()).withoutPartner(input.get2().id());
        assertThat(back.agreement()).isEqualTo(input.get1());
        Focus focus = Focus.of(input.get1(), pick);
        List<LocalDate> dates = List.of(dateAt(input.get1(), when));
        assertSameAnswers(new Asking(g, focus).snapshot(dates), new Asking(back, focus).snapshot(dates));
    }

    /**
     * (d) On a day a partner is not a partner, no answer mentions it: the municipality, its culture chief and
     * committee chair have no duty and no seat, nor does anything resolve to them; on its first and last day they do.
     */
    @Property(tries = 12)
    void a_partner_has_no_duty_and_no_seat_outside_its_membership(@ForAll("agreements") Agreement agreement,
                                                                   @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<Partner> part = agreement.partners().stream()
                .filter(p -> !p.membershipWithin(agreement.period()).equals(agreement.period())).toList();
        Assume.that(!part.isEmpty());
        Partner p = part.get(pick % part.size());
        Validity in = p.membershipWithin(agreement.period());
        Asking ask = new Asking(Governance.of(agreement), Focus.of(agreement, pick, p.id()));
        Governance g = ask.g();
        Pattern mention = Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(p.id()) + "(?![a-z0-9-])");
        List<LocalDate> outside = Stream.of(in.from().minusDays(1), in.to().plusDays(1), agreement.from().minusDays(1),
                agreement.to().plusDays(1)).filter(d -> !in.contains(d)).distinct().toList();
        for (LocalDate date : outside) {
            List<Question> questions = new ArrayList<>(ask.questions(date, false));
            questions.addAll(ask.whos(Criteria.any().scope(p.id()).asOf(date), false));
            for (Question q : questions) {
                for (Row<?> row : Canon.allRows(q.ask(g))) {
                    assertThat(mention.matcher(Canon.row(row)).find())
                            .as("%s mentions %s (a partner %s) on %s: %s", q, p.id(), in, date, Canon.row(row)).isFalse();
                }
            }
            for (String actor : List.of(p.id(), "partner-municipality:" + p.id(), "culture-chief:" + p.id(), "culture-committee-chair:" + p.id())) {
                assertThat(g.duties(actor, Criteria.any().asOf(date)).isEmpty()).as("duties of %s on %s", actor, date).isTrue();
            }
        }
        for (LocalDate date : List.of(in.from(), in.to())) {
            assertThat(g.duties("partner-municipality:" + p.id(), Criteria.any().asOf(date)).rows()).as("on %s", date).isNotEmpty();
            assertThat(g.duties("culture-chief:" + p.id(), Criteria.any().asOf(date)).rows()).as("on %s", date).isNotEmpty();
            assertThat(g.members("kmk", Criteria.any().asOf(date)).map(m -> m.member())).contains("culture-chief:" + p.id());
            assertThat(g.members("political-steering-group", Criteria.any().asOf(date)).map(m -> m.member())).contains("culture-committee-chair:" + p.id());
        }
    }

    /**
     * (e) Reporting lines form no cycle, no line runs from an actor to itself, every line answered for an actor starts
     * there, a transitive line rests on one clause per step, and lines compose: X to Y and Y to Z on one subject, at
     * overlapping times, give X to Z.
     */
    @Property(tries = 25)
    void reporting_lines_have_no_cycle_and_compose(@ForAll("agreements") Agreement agreement) {
        Governance g = Governance.of(agreement);
        List<ReportingLine> lines = new ArrayList<>();
        for (String actor : g.accepted("actor")) {
            for (ReportingLine l : g.reports(actor).facts()) {
                assertThat(l.from()).isEqualTo(actor);
                assertThat(l.to()).as("line %s", l).isNotEqualTo(l.from());
                assertThat(l.clauseIds()).as("line %s", l).hasSize(l.via().size() + 1);
                lines.add(l);
            }
        }
        Map<String, Set<String>> edges = new HashMap<>();
        lines.forEach(l -> edges.computeIfAbsent(l.from(), k -> new TreeSet<>()).add(l.to()));
        assertThat(cycle(edges)).as("a cycle of reporting lines").isEmpty();
        for (ReportingLine first : lines) {
            for (ReportingLine next : lines) {
                if (first.to().equals(next.from()) && first.about().equals(next.about()) && !next.to().equals(first.from())
                        && first.validity().overlaps(next.validity())) {
                    assertThat(lines).as("%s then %s", first, next)
                            .anySatisfy(l -> assertThat(List.of(l.from(), l.to(), l.about())).isEqualTo(List.of(first.from(), next.to(), first.about())));
                }
            }
        }
    }

    /**
     * (f) Every matter that must be approved has, for every focus area and every day of the period, an approver that
     * resolves to someone (a body to its members that day) or a row saying the text names no one.
     */
    @Property(tries = 25)
    void every_matter_to_approve_has_an_approver_in_every_focus_area_on_every_day(
            @ForAll("agreements") Agreement agreement, @ForAll @IntRange(min = 0, max = 1000) int when) {
        Governance g = Governance.of(agreement);
        List<String> toApprove = g.accepted("matter").stream()
                .filter(m -> g.who("approve", m).facts().stream().anyMatch(d -> d.modality() == Modality.MUST)).toList();
        if (!agreement.focusAreas().isEmpty()) {
            assertThat(toApprove).as("focus areas have plans to approve").isNotEmpty();
        }
        List<LocalDate> dates = manyDates(agreement, when).stream().filter(agreement.period()::contains).toList();
        Map<String, List<String>> members = new HashMap<>();
        for (String matter : toApprove) {
            for (String area : agreement.focusAreaIds()) {
                for (LocalDate date : dates) {
                    Answer<Duty> a = g.who("approve", matter, Criteria.any().scope(area).asOf(date));
                    assertThat(a.unspecified().isEmpty() && a.rows().isEmpty()).as("approve %s for %s on %s: %s", matter, area, date, a.note()).isFalse();
                    for (Row<Duty> row : a.rows()) {
                        String approver = row.fact().actor();
                        assertThat(row.resolvedTo()).as("approver of %s for %s on %s", matter, area, date).isNotEmpty();
                        if (g.accepted("body").contains(approver)) {
                            assertThat(members.computeIfAbsent(approver + "@" + date, k -> g.members(approver, Criteria.any().asOf(date)).map(m -> m.member())))
                                    .as("members of approver %s on %s", approver, date).containsAll(row.resolvedTo());
                        }
                    }
                }
            }
        }
    }

    /** (g) Answers do not depend on the order in which partners, focus areas and vice-chairs are listed. */
    @Property(tries = 10)
    void answers_do_not_depend_on_the_order_of_partners(@ForAll("agreementsAndShuffled") Tuple2<Agreement, Agreement> input,
                                                        @ForAll @IntRange(min = 0, max = 1000) int when,
                                                        @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Focus focus = Focus.of(input.get1(), pick);
        List<LocalDate> dates = List.of(dateAt(input.get1(), when));
        assertSameAnswers(new Asking(Governance.of(input.get1()), focus).snapshot(dates),
                new Asking(Governance.of(input.get2()), focus).snapshot(dates));
    }

    /** (h) Writing the agreement as YAML to a file and reading it back gives the same agreement and the same answers. */
    @Property(tries = 10)
    void an_agreement_written_as_yaml_and_read_back_answers_the_same(@ForAll("agreements") Agreement agreement,
                                                                    @ForAll @IntRange(min = 0, max = 1000) int when,
                                                                    @ForAll @IntRange(min = 0, max = 1000) int pick) throws Exception {
        Path file = Files.createTempFile("agreement-", ".yaml");
        try {
            Files.writeString(file, AgreementYaml.write(agreement), StandardCharsets.UTF_8);
            Agreement back = AgreementYaml.read(file);
            assertThat(back).isEqualTo(agreement);
            Focus focus = Focus.of(agreement, pick);
            List<LocalDate> dates = List.of(dateAt(agreement, when));
            assertSameAnswers(new Asking(Governance.of(agreement), focus).snapshot(dates), new Asking(Governance.of(back), focus).snapshot(dates));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** (h') Any text in the names survives the YAML round trip: quotes, colons, '#', line breaks, emoji; all but characters that act on the reader. */
    @Property(tries = 50)
    void any_name_survives_the_yaml_round_trip(@ForAll("names") String agreementName, @ForAll("names") String partnerName,
                                               @ForAll("names") String areaName) {
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        Agreement a = new Agreement(agreementName, from, to, List.of(new Partner("p1", partnerName, null, null)),
                List.of(new FocusArea("f1", areaName, "p1")), new ChairTerm("p1", from, to), "p1", List.of());

        Agreement back = AgreementYaml.parse(AgreementYaml.write(a), "round trip");

        assertThat(List.of(back.name(), back.partners().get(0).name(), back.focusAreas().get(0).name()))
                .as("names, escaped: %s", escaped(List.of(agreementName, partnerName, areaName)))
                .isEqualTo(List.of(agreementName, partnerName, areaName));
        assertThat(back).isEqualTo(a);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("Ærø Kommune", "a: b", "#", " # x", "'", "\"", "- ", "? ", "[", "{", "&a", "*a", "!t", "%", "@", "`",
                        "|", ">", "null", "~", "yes", "no", "0x1F", "1e3", "2021-01-01", " ", "\t", "\n", "\r\n", "\\", "\u0000",
                        "\u0007", "\u001b", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ud83d\ude00", "Gl\u00e6dens by"),
                Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\ufffd').ofMaxLength(4));
        // a character that acts on the reader (U+001B, U+0085, ...) is refused on reading back: ActingTextTest
        return fragment.list().ofMaxSize(4).map(l -> String.join("", l).codePoints()
                .filter(c -> !dk.kulturmetropol.rules.internal.ControlCharacters.acts(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    static String escaped(List<String> texts) {
        return texts.stream().map(t -> t.chars().mapToObj(c -> c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c))
                .collect(Collectors.joining("", "\"", "\""))).collect(Collectors.joining(", "));
    }

    /** (i) Every row cites its fact's clauses, then those of the steps it is borne through, each as the catalogue has it. */
    @Property(tries = 12)
    void every_row_cites_its_facts_clauses_from_the_catalogue(@ForAll("agreements") Agreement agreement,
                                                              @ForAll @IntRange(min = 0, max = 1000) int when,
                                                              @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Asking ask = new Asking(Governance.of(agreement), Focus.of(agreement, pick));
        Map<String, Clause> catalogue = ask.g().clauses();
        for (LocalDate date : Stream.of((LocalDate) null, dateAt(agreement, when)).toList()) {
            for (Question q : ask.questions(date, date == null)) {
                for (Row<?> row : Canon.allRows(q.ask(ask.g()))) {
                    List<String> expected = new ArrayList<>(((Derived) row.fact()).clauseIds());
                    row.through().forEach(t -> expected.add(t.clause().id()));
                    assertThat(row.clauses().stream().map(Clause::id).toList()).as("%s: %s", q, Canon.row(row)).isEqualTo(expected);
                    row.clauses().forEach(c -> assertThat(catalogue.get(c.id())).as("clause %s", c.id()).isEqualTo(c));
                    row.through().forEach(t -> assertThat(catalogue.get(t.clause().id())).isEqualTo(t.clause()));
                }
            }
        }
    }

    /**
     * (j) The posts and seats the agreement gives are answered as the agreement says: KMK is the culture chiefs and the
     * steering group the committee chairs of the partners of that day; the chair municipality's chairs hold the chairs
     * during its term only; each home municipality holds its focus area; the secretariat sits with its host; the named
     * vice-chairs hold the post, and the text's own unnamed row stays while fewer than two are named.
     */
    @Property(tries = 25)
    void posts_and_seats_are_those_the_agreement_gives(@ForAll("agreements") Agreement agreement,
                                                       @ForAll @IntRange(min = 0, max = 1000) int when) {
        Governance g = Governance.of(agreement);
        for (LocalDate date : manyDates(agreement, when)) {
            boolean inPeriod = agreement.period().contains(date);
            boolean inTerm = agreement.chair().term().contains(date);
            List<String> partnersThen = agreement.partners().stream()
                    .filter(p -> inPeriod && p.membershipWithin(agreement.period()).contains(date)).map(Partner::id).toList();
            assertThat(g.members("kmk", Criteria.any().asOf(date)).map(m -> m.member())).as("kmk on %s", date)
                    .containsExactlyInAnyOrderElementsOf(partnersThen.stream().map(p -> "culture-chief:" + p).toList());
            assertThat(g.members("political-steering-group", Criteria.any().asOf(date)).rows().stream().filter(r -> r.fact().modality() == Modality.MUST)
                    .map(r -> r.fact().member())).as("steering group on %s", date)
                    .containsExactlyInAnyOrderElementsOf(partnersThen.stream().map(p -> "culture-committee-chair:" + p).toList());
            assertThat(g.members("kulturmetropolen", Criteria.any().asOf(date)).map(m -> m.member())).as("kulturmetropolen on %s", date)
                    .containsExactlyInAnyOrderElementsOf(partnersThen.stream().map(p -> "partner-municipality:" + p).toList());
            assertThat(g.holders("political-chair", Criteria.any().asOf(date)).map(h -> h.holder())).as("political chair on %s", date)
                    .isEqualTo(inTerm ? List.of("culture-committee-chair:" + agreement.chair().municipality()) : List.of());
            assertThat(g.holders("administrative-chair", Criteria.any().asOf(date)).map(h -> h.holder())).as("administrative chair on %s", date)
                    .isEqualTo(inTerm ? List.of("culture-chief:" + agreement.chair().municipality()) : List.of());
            for (FocusArea area : agreement.focusAreas()) {
                assertThat(g.holders("home-municipality:" + area.id(), Criteria.any().asOf(date)).map(h -> h.holder()))
                        .isEqualTo(inPeriod ? List.of(area.homeOn(date, agreement.period()).orElseThrow()) : List.of());
            }
            assertThat(g.where("secretariat", Criteria.any().asOf(date)).map(Placement::host)).isEqualTo(inPeriod ? List.of(agreement.secretariatHost()) : List.of());
            Answer<PostHolding> vice = g.holders("vice-chair", Criteria.any().asOf(date));
            assertThat(vice.map(h -> h.holder())).as("vice-chairs on %s", date).containsExactlyInAnyOrderElementsOf(inPeriod
                    ? agreement.viceChairs().stream().map(v -> "culture-committee-chair:" + v).toList() : List.of());
            assertThat(vice.unspecified()).as("unnamed vice-chair row on %s", date).hasSize(inPeriod && agreement.viceChairs().size() < 2 ? 1 : 0);
        }
    }

    /**
     * (k) Answers do not depend on what a partner is called: renaming one partner to any id the agreement accepts
     * gives the same answers with the id renamed.
     */
    @Property(tries = 12)
    void renaming_a_partner_renames_it_in_every_answer_and_changes_nothing_else(@ForAll("agreementsAndNewId") Tuple2<Agreement, String> input,
                                                                              @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Agreement a = input.get1();
        String old = a.partnerIds().get(pick % a.partners().size());
        String renamed = input.get2();
        Agreement b = rename(a, old, renamed);
        Asking g = new Asking(Governance.of(a), Focus.of(a, pick, old));
        Governance h = Governance.of(b);
        UnaryOperator<String> ids = Canon.renaming(old, renamed);
        for (String kind : List.of("actor", "scope", "post", "body", "subject")) {
            assertThat(h.accepted(kind)).as("accepted %s, %s renamed %s", kind, old, renamed)
                    .isEqualTo(g.g().accepted(kind).stream().map(ids).collect(Collectors.toCollection(TreeSet::new)));
        }
        for (Question q : g.questions(null, true)) {
            assertThat(Canon.sortedAnswer(q.renamed(ids).ask(h), UnaryOperator.identity()))
                    .as("%s, %s renamed %s", q, old, renamed).isEqualTo(Canon.sortedAnswer(q.ask(g.g()), ids));
        }
    }

    @Provide
    Arbitrary<Tuple2<Agreement, String>> agreementsAndNewId() {
        // ids of the text's roles and bodies (kmk, administrative-board) are refused by Agreement: see AgreementTest
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(s -> "x" + s);
        return agreements().flatMap(a -> id.filter(s -> !a.partnerIds().contains(s) && !a.focusAreaIds().contains(s))
                .map(s -> Tuple.of(a, s)));
    }

    static Agreement rename(Agreement a, String old, String renamed) {
        UnaryOperator<String> r = s -> s.equals(old) ? renamed : s;
        return new Agreement(a.name(), a.from(), a.to(),
                a.partners().stream().map(p -> new Partner(r.apply(p.id()), p.name(), p.joined(), p.left())).toList(),
                a.focusAreas().stream().map(f -> new FocusArea(f.id(), f.name(), f.homes().stream().map(h -> new FocusArea.Home(r.apply(h.municipality()), h.from(), h.to())).toList(), f.from(), f.to())).toList(),
                new ChairTerm(r.apply(a.chair().municipality()), a.chair().from(), a.chair().to()),
                r.apply(a.secretariatHost()), a.viceChairs().stream().map(r).toList());
    }

    // ------------------------------------------------------------------ checks

    static Validity validity(Row<?> row) {
        return ((Derived) row.fact()).validity();
    }

    static List<String> cycle(Map<String, Set<String>> edges) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, edges, state, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean visit(String node, Map<String, Set<String>> edges, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null) {
            if (s == 1) {
                path.add(node);
            }
            return s == 1;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (visit(next, edges, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return false;
    }

    static void assertSameAnswers(Map<String, String> expected, Map<String, String> actual) {
        Set<String> questions = new TreeSet<>(expected.keySet());
        questions.addAll(actual.keySet());
        List<String> differences = questions.stream().filter(q -> !Objects.equals(expected.get(q), actual.get(q)))
                .limit(3).map(q -> q + "\n  expected: " + expected.get(q) + "\n  actual:   " + actual.get(q)).toList();
        if (!differences.isEmpty()) {
            fail("answers differ:\n" + String.join("\n", differences));
        }
    }

    // ------------------------------------------------------------------ questions

    /**
     * Which partners, focus areas and (action, matter) pairs the questions ask about, so that a 60-partner agreement
     * stays quick to check: the chair, the host, two partners picked and any named, one focus area in three and one
     * pair in three, picked. Every actor not scoped to a partner or focus area is always asked about.
     */
    record Focus(Set<String> partners, Set<String> areas, Set<String> allPartners, Set<String> allAreas, int pick) {
        static Focus of(Agreement a, int pick, String... also) {
            List<String> ps = a.partnerIds();
            List<String> fs = a.focusAreaIds();
            Set<String> partners = new TreeSet<>(List.of(also));
            partners.add(a.chair().municipality());
            partners.add(a.secretariatHost());
            partners.add(ps.get(Math.floorMod(pick * 7, ps.size())));
            partners.add(ps.get(Math.floorMod(pick * 7 + 13, ps.size())));
            Set<String> areas = new TreeSet<>();
            for (int i = 0; i < fs.size(); i++) {
                if ((i + pick) % 3 == 0) {
                    areas.add(fs.get(i));
                }
            }
            return new Focus(partners, areas, Set.copyOf(ps), Set.copyOf(fs), pick);
        }

        /** Whether to ask about {@code id}: an unscoped role, or one scoped to a partner or area in focus. */
        boolean covers(String id) {
            ActorRef r = ActorRef.parse(id);
            String scope = r.scope() != null ? r.scope() : r.role();
            if (allPartners.contains(scope)) {
                return partners.contains(scope);
            }
            return !allAreas.contains(scope) || areas.contains(scope);
        }

        /** Whether to ask about the {@code index}th answered (action, matter) pair. */
        boolean coversPair(int index) {
            return (index + pick) % 3 == 0;
        }

        List<String> scopes() {
            return Stream.concat(partners.stream(), areas.stream()).toList();
        }
    }

    /** Questions to one governance about the actors in focus, with the caches that keep checking them quick. */
    static final class Asking {
        private final Governance g;
        private final Focus focus;
        private List<String[]> pairs;
        private final Map<String, List<String>> resolutions = new HashMap<>();
        private final Map<String, Object> lookups = new HashMap<>();

        Asking(Governance g, Focus focus) {
            this.g = g;
            this.focus = focus;
        }

        Governance g() {
            return g;
        }

        List<String> actors() {
            return g.accepted("actor").stream().filter(focus::covers).toList();
        }

        /** The (action, matter) pairs answered with at least one row over the whole period. */
        List<String[]> pairs() {
            if (pairs == null) {
                pairs = new ArrayList<>();
                for (String action : g.accepted("action")) {
                    for (String matter : g.accepted("matter")) {
                        if (!g.who(action, matter).isEmpty()) {
                            pairs.add(new String[] {action, matter});
                        }
                    }
                }
            }
            return pairs;
        }

        /** The duties, lines and place of every actor in focus, the holders of every post and members of every body, and every answered "who", on {@code date}. */
        List<Question> questions(LocalDate date, boolean scoped) {
            List<Question> all = new ArrayList<>();
            Criteria c = Criteria.any().asOf(date);
            for (String actor : actors()) {
                all.add(Question.duties(actor, c));
                all.add(Question.reports(actor, date));
                all.add(Question.where(actor, date));
            }
            g.accepted("post").stream().filter(focus::covers).forEach(p -> all.add(Question.holder(p, date)));
            g.accepted("body").forEach(b -> all.add(Question.members(b, date)));
            all.addAll(whos(c, scoped));
            return all;
        }

        /** "who" for every answered pair in focus, narrowed by {@code c}, and if {@code scoped} also for every scope in focus. */
        List<Question> whos(Criteria c, boolean scoped) {
            List<Question> all = new ArrayList<>();
            for (int i = 0; i < pairs().size(); i++) {
                if (!focus.coversPair(i)) {
                    continue;
                }
                String[] pair = pairs().get(i);
                all.add(Question.who(pair[0], pair[1], c));
                if (scoped && c.scope() == null) {
                    focus.scopes().forEach(s -> all.add(Question.who(pair[0], pair[1], c.scope(s))));
                }
            }
            return all;
        }

        /** Every question over the whole period (and narrowed to every scope in focus) and on each of {@code dates}, by its text. */
        Map<String, String> snapshot(List<LocalDate> dates) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (String kind : List.of("action", "matter", "actor", "scope", "post", "body", "subject")) {
                answers.put("accepted " + kind, g.accepted(kind).toString());
            }
            answers.put("answered pairs", pairs().stream().map(p -> p[0] + " " + p[1]).toList().toString());
            List<Question> questions = new ArrayList<>(questions(null, true));
            dates.forEach(d -> questions.addAll(questions(d, false)));
            questions.forEach(q -> answers.put(q.text(), Canon.answer(q.ask(g))));
            return answers;
        }

        @SuppressWarnings("unchecked")
        private <T> T lookup(String key, java.util.function.Supplier<T> ask) {
            return (T) lookups.computeIfAbsent(key, k -> ask.get());
        }

        List<String> holders(String post, LocalDate date) {
            return lookup("holder " + post + " " + date, () -> g.holders(post, Criteria.any().asOf(date)).map(h -> h.holder()));
        }

        List<String> seated(String body, LocalDate date) {
            return lookup("members " + body + " " + date, () -> g.members(body, Criteria.any().asOf(date)).rows().stream()
                    .filter(r -> r.fact().modality() == Modality.MUST).map(r -> r.fact().member()).toList());
        }

        List<ReportingLine> lines(String actor, LocalDate date) {
            return lookup("reports " + actor + " " + date, () -> g.reports(actor, Criteria.any().asOf(date)).facts());
        }

        /** What {@code actor} resolves to on {@code date}: the holders of that post that day, else the members of that body, else itself. */
        List<String> resolution(String actor, LocalDate date) {
            return resolutions.computeIfAbsent(actor + " " + date, k -> {
                if (g.accepted("post").contains(actor)) {
                    List<String> holders = holders(actor, date).stream().distinct().toList();
                    if (!holders.isEmpty()) {
                        return holders;
                    }
                }
                if (g.accepted("body").contains(actor)) {
                    List<String> members = seated(actor, date).stream().distinct().toList();
                    if (!members.isEmpty()) {
                        return members;
                    }
                }
                return List.of(actor);
            });
        }

        /** Every step a row is borne through holds on {@code date}, and the steps lead from the actor asked about to the fact's actor (or a joint one). */
        void assertStepsHoldOn(Question q, Row<?> row, LocalDate date) {
            if (row.through().isEmpty()) {
                return;
            }
            String current = q.subject();
            for (Through step : row.through()) {
                String at = current;
                switch (step.kind()) {
                    case "post" -> assertThat(holders(step.actor(), date)).as("%s: %s holds %s on %s", q, at, step.actor(), date).contains(at);
                    case "seat" -> assertThat(seated(step.actor(), date)).as("%s: %s sits in %s on %s", q, at, step.actor(), date).contains(at);
                    case "accountable" -> assertThat(lines(at, date)).as("%s: %s answers to %s for %s on %s", q, at, step.to(), step.actor(), date)
                            .anySatisfy(l -> {
                                assertThat(l.to()).isEqualTo(step.to());
                                assertThat(l.forDutiesOf()).isEqualTo(step.actor());
                            });
                    default -> fail("%s: unknown step kind %s", q, step.kind());
                }
                current = step.actor();
            }
            Duty duty = (Duty) row.fact();
            List<String> sharers = Stream.concat(Stream.of(duty.actor()), duty.jointlyWith().stream()).toList();
            assertThat(sharers).as("%s: the steps end at the bearer or one it acts jointly with", q).contains(current);
        }

        /** Every actor in a row, and the row's own actor, resolves on {@code date} as {@link #resolution} says. */
        void assertResolvedOn(Question q, Row<?> row, LocalDate date) {
            row.resolved().forEach((actor, to) -> assertThat(to).as("%s: %s resolves on %s", q, actor, date)
                    .isEqualTo(resolution(actor, date)));
            Object fact = row.fact();
            String main = fact instanceof Duty d ? d.actor() : fact instanceof ReportingLine l ? l.from()
                    : fact instanceof PostHolding h ? h.holder() : fact instanceof Seat m ? m.member()
                    : ((Placement) fact).actor();
            if (main != null) {
                assertThat(row.resolvedTo()).as("%s: %s resolves on %s", q, main, date).isEqualTo(resolution(main, date));
            }
        }
    }

    /** One question to a governance, with a text that names it; {@code subject} is the actor, post or body asked about. */
    record Question(String text, String subject, Function<Governance, Answer<?>> asker, Function<UnaryOperator<String>, Question> renamer,
                    Question wholePeriodForm) {

        Answer<?> ask(Governance g) {
            return asker.apply(g);
        }

        Question renamed(UnaryOperator<String> ids) {
            return renamer.apply(ids);
        }

        Question wholePeriod() {
            return wholePeriodForm == null ? this : wholePeriodForm;
        }

        @Override
        public String toString() {
            return text;
        }

        static Question who(String action, String matter, Criteria c) {
            return new Question("who " + action + " " + matter + " " + c, null, g -> g.who(action, matter, c),
                    ids -> who(action, matter, new Criteria(c.scope() == null ? null : ids.apply(c.scope()), c.asOf(), null)),
                    c.asOf() == null ? null : who(action, matter, new Criteria(c.scope(), null, null)));
        }

        static Question duties(String actor, Criteria c) {
            return new Question("duties " + actor + " " + c, actor, g -> g.duties(actor, c),
                    ids -> duties(ids.apply(actor), new Criteria(c.scope() == null ? null : ids.apply(c.scope()), c.asOf(), null)),
                    c.asOf() == null ? null : duties(actor, new Criteria(c.scope(), null, null)));
        }

        static Question reports(String actor, LocalDate date) {
            return new Question("reports " + actor + " " + date, actor, g -> g.reports(actor, Criteria.any().asOf(date)),
                    ids -> reports(ids.apply(actor), date), date == null ? null : reports(actor, null));
        }

        static Question where(String actor, LocalDate date) {
            return new Question("where " + actor + " " + date, actor, g -> g.where(actor, Criteria.any().asOf(date)),
                    ids -> where(ids.apply(actor), date), date == null ? null : where(actor, null));
        }

        static Question holder(String post, LocalDate date) {
            return new Question("holder " + post + " " + date, post, g -> g.holders(post, Criteria.any().asOf(date)),
                    ids -> holder(ids.apply(post), date), date == null ? null : holder(post, null));
        }

        static Question members(String body, LocalDate date) {
            return new Question("members " + body + " " + date, body, g -> g.members(body, Criteria.any().asOf(date)),
                    ids -> members(ids.apply(body), date), date == null ? null : members(body, null));
        }
    }

    // ------------------------------------------------------------------ canonical strings

    /** Answers as text: every field of every fact, what it resolves to, its steps and its clause ids; ids may be renamed. */
    static final class Canon {
        private Canon() {
        }

        /** The whole answer: named rows, unspecified rows and the note, in order. */
        static String answer(Answer<?> a) {
            return answer(a, UnaryOperator.identity(), false);
        }

        /** The answer with its rows sorted and ids renamed, for comparing answers whose order follows the ids. */
        static String sortedAnswer(Answer<?> a, UnaryOperator<String> ids) {
            return answer(a, ids, true);
        }

        static String answer(Answer<?> a, UnaryOperator<String> ids, boolean sort) {
            Stream<String> named = a.rows().stream().map(r -> row(r, ids, sort));
            Stream<String> unnamed = a.unspecified().stream().map(r -> row(r, ids, sort));
            if (sort) {
                named = named.sorted();
                unnamed = unnamed.sorted();
            }
            return "rows " + named.toList() + " unspecified " + unnamed.toList() + " note " + a.note().map(ids).orElse("-");
        }

        static String row(Row<?> r) {
            return row(r, UnaryOperator.identity());
        }

        static String row(Row<?> r, UnaryOperator<String> ids) {
            return row(r, ids, false);
        }

        /** With {@code sort}, what an actor resolves to is sorted too: members and holders are listed in the order of their ids. */
        static String row(Row<?> r, UnaryOperator<String> ids, boolean sort) {
            UnaryOperator<List<String>> order = l -> sort ? l.stream().map(ids).sorted().toList() : l;
            Map<String, List<String>> resolved = new LinkedHashMap<>();
            r.resolved().forEach((k, v) -> resolved.put(k, order.apply(v)));
            return key(r, ids) + " resolvedTo=" + value(order.apply(r.resolvedTo()), ids) + " resolved=" + value(resolved, ids)
                    + " placedIn=" + value(r.placedIn(), ids);
        }

        /** The fact, its clauses and its steps: what a row says, apart from what its actors resolve to. */
        static String key(Row<?> r, UnaryOperator<String> ids) {
            return value(r.fact(), ids) + " clauses=" + r.clauses().stream().map(Clause::id).toList()
                    + " through=" + r.through().stream().map(t -> t.kind() + " " + ids.apply(t.actor()) + " "
                    + (t.to() == null ? "-" : ids.apply(t.to())) + " " + t.clause().id()).toList();
        }

        static List<String> keys(List<? extends Row<?>> rows) {
            return rows.stream().map(r -> key(r, UnaryOperator.identity())).toList();
        }

        static List<Row<?>> allRows(Answer<?> a) {
            List<Row<?>> all = new ArrayList<>(a.rows());
            all.addAll(a.unspecified());
            return all;
        }

        static String value(Object o, UnaryOperator<String> ids) {
            if (o == null) {
                return "null";
            }
            if (o instanceof String s) {
                return ids.apply(s);
            }
            if (o instanceof Clause c) {
                return c.id();
            }
            if (o instanceof Enum<?> e) {
                return e.name();
            }
            if (o instanceof Optional<?> opt) {
                return opt.map(v -> value(v, ids)).orElse("-");
            }
            if (o instanceof Collection<?> c) {
                return c.stream().map(v -> value(v, ids)).collect(Collectors.joining(", ", "[", "]"));
            }
            if (o instanceof Map<?, ?> m) {
                return m.entrySet().stream().map(e -> value(e.getKey(), ids) + "=" + value(e.getValue(), ids))
                        .collect(Collectors.joining(", ", "{", "}"));
            }
            if (o.getClass().isRecord()) {
                StringBuilder s = new StringBuilder(o.getClass().getSimpleName()).append('(');
                List<Map.Entry<String, Method>> components = COMPONENTS.get(o.getClass());
                for (int i = 0; i < components.size(); i++) {
                    try {
                        s.append(i == 0 ? "" : ", ").append(components.get(i).getKey()).append('=')
                                .append(value(components.get(i).getValue().invoke(o), ids));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return s.append(')').toString();
            }
            return o.toString();
        }

        /** Each record class's components, by name and accessor: {@link Class#getRecordComponents()} is slow to ask each time. */
        private static final ClassValue<List<Map.Entry<String, Method>>> COMPONENTS = new ClassValue<>() {
            @Override
            protected List<Map.Entry<String, Method>> computeValue(Class<?> type) {
                // made accessible once: Method.invoke then skips finding and checking its caller on each call
                return Stream.of(type.getRecordComponents()).map(c -> {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    return Map.entry(c.getName(), accessor);
                }).toList();
            }
        };

        /** Renames the id {@code old} to {@code renamed} wherever it stands as a whole id, in ids and in text alike. */
        static UnaryOperator<String> renaming(String old, String renamed) {
            Pattern token = Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(old) + "(?![a-z0-9-])");
            return s -> token.matcher(s).replaceAll(Matcher.quoteReplacement(renamed));
        }
    }
}
