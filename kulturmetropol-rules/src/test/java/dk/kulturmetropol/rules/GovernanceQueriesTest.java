package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import org.junit.jupiter.api.Test;

/** Questions to {@link Governance} beyond the worked examples: refusals of unknown ids, places, and resolution on a date. */
class GovernanceQueriesTest {
    private static final Governance G = Governance.kulturmetropolen();

    @Test
    void should_refuse_an_unknown_scope_when_asking_for_duties() {
        assertThatThrownBy(() -> G.duties("kmk", Criteria.any().scope("gladsaxe")))
                .isInstanceOf(UnknownTermException.class).hasMessageStartingWith("unknown scope 'gladsaxe'; the nearest accepted: ");
    }

    @Test
    void should_refuse_a_million_character_id_at_once_quoting_its_start_and_length_with_the_nearest_ids() {
        String value = "approve-".repeat(125_000);

        // the nearest-id search compared every id with the whole value, length times length: 235 s for this one
        UnknownTermException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> catchUnknown(() -> G.who(value, "annual-plan")));

        assertThat(e.value()).isEqualTo(value);
        assertThat(e.getMessage()).startsWith("unknown action '" + value.substring(0, UnknownTermException.QUOTED) + "\u2026' (1000000 characters)")
                .contains("; the nearest accepted: approve, ").hasSizeLessThan(300);
    }

    private static UnknownTermException catchUnknown(Runnable question) {
        try {
            question.run();
        } catch (UnknownTermException e) {
            return e;
        }
        throw new AssertionError("no UnknownTermException");
    }

    @Test
    void should_refuse_an_unknown_actor_or_subject_when_asking_for_reporting_lines() {
        assertThatThrownBy(() -> G.reports("nobody")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown actor 'nobody'");
        assertThatThrownBy(() -> G.reports("secretariat", Criteria.any().about("gossip"))).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown subject 'gossip'");
    }

    @Test
    void should_refuse_an_unknown_actor_when_asking_where_it_sits() {
        assertThatThrownBy(() -> G.where("nobody")).isInstanceOf(UnknownTermException.class)
                .hasMessageStartingWith("unknown actor 'nobody'");
    }

    @Test
    void should_carry_the_kind_value_and_accepted_ids_of_an_unknown_term() {
        // when
        UnknownTermException e = org.assertj.core.api.Assertions.catchThrowableOfType(UnknownTermException.class,
                () -> G.members("choir"));

        // then
        assertThat(e.kind()).isEqualTo("body");
        assertThat(e.value()).isEqualTo("choir");
        assertThat(e.accepted()).containsExactlyElementsOf(G.accepted("body")).contains("kmk");
    }

    @Test
    void should_place_the_secretariat_and_no_other_actor() {
        // when
        Row<Duty> kmkRow = G.who("approve", "annual-plan", Criteria.any().scope("music")).rows().get(0);

        // then
        assertThat(G.where("secretariat").facts()).singleElement().satisfies(p -> assertThat(p.host()).isEqualTo("ishoej"));
        assertThat(G.where("kmk").rows()).isEmpty();
        assertThat(G.where("kmk").note()).contains("the rules place kmk nowhere");
        assertThat(kmkRow.fact().actor()).isEqualTo("kmk");
        assertThat(kmkRow.placedIn()).isEmpty();
    }

    @Test
    void should_accept_as_an_actor_every_actor_an_answer_names() {
        // given: a governance built here, not the shared default
        Governance g = Governance.of(AgreementYaml.kulturmetropolen());
        Set<String> named = new TreeSet<>();

        // when
        for (String action : g.accepted("action")) {
            for (String matter : g.accepted("matter")) {
                Answer<Duty> answer = g.who(action, matter);
                List<Row<Duty>> rows = new ArrayList<>(answer.rows());
                rows.addAll(answer.unspecified());
                for (Row<Duty> row : rows) {
                    Duty d = row.fact();
                    d.actorIfNamed().ifPresent(named::add);
                    named.addAll(d.jointlyWith());
                    named.addAll(d.recipients());
                }
            }
        }
        for (String actor : g.accepted("actor")) {
            for (Row<ReportingLine> row : g.reports(actor).rows()) {
                named.add(row.fact().from());
                named.add(row.fact().to());
            }
        }
        for (String post : g.accepted("post")) {
            for (PostHolding h : g.holders(post).facts()) {
                named.add(h.post());
                named.add(h.holder());
            }
        }
        for (String body : g.accepted("body")) {
            g.members(body).facts().stream().map(Seat::member).forEach(named::add);
        }

        // then: among them those named only as a recipient, a line's end, or a post's holder
        assertThat(named).contains("ministry-of-culture", "municipal-chief:roskilde", "roskilde");
        assertThat(g.accepted("actor")).containsAll(named);
    }

    @Test
    void should_resolve_a_body_to_its_members_on_the_date_asked() {
        // given
        Governance later = G.withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

        // when
        List<String> before = later.who("approve", "annual-plan", Criteria.any().scope("music").asOf(LocalDate.of(2022, 6, 1)))
                .rows().get(0).resolvedTo();
        List<String> after = later.who("approve", "annual-plan", Criteria.any().scope("music").asOf(LocalDate.of(2023, 6, 1)))
                .rows().get(0).resolvedTo();

        // then
        assertThat(before).contains("culture-chief:roskilde").doesNotContain("culture-chief:gladsaxe");
        assertThat(after).contains("culture-chief:roskilde", "culture-chief:gladsaxe");
    }

    @Test
    void should_resolve_a_post_to_no_holder_on_a_date_outside_its_term() {
        // given: roskilde chairs only from 2023, so no one holds the political chair in 2022
        Governance roskildeChairs = Governance.of(new dk.kulturmetropol.model.Agreement("later chair", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 12, 31), G.agreement().partners(), G.agreement().focusAreas(),
                new dk.kulturmetropol.model.ChairTerm("roskilde", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)), "ishoej", List.of()));

        // when
        Answer<PostHolding> in2022 = roskildeChairs.holders("political-chair", Criteria.any().asOf(LocalDate.of(2022, 6, 1)));
        Answer<PostHolding> in2023 = roskildeChairs.holders("political-chair", Criteria.any().asOf(LocalDate.of(2023, 6, 1)));

        // then
        assertThat(in2022.rows()).isEmpty();
        assertThat(in2023.rows()).singleElement().satisfies(r -> assertThat(r.resolvedTo()).containsExactly("culture-committee-chair:roskilde"));
    }

    @Test
    void should_list_every_rule_name_once_in_order() {
        // when
        List<String> names = G.ruleNames();

        // then
        assertThat(names).isSorted().doesNotHaveDuplicates().contains("administrative-chair-hires-head-of-secretariat");
    }

    @Test
    void should_say_for_which_scope_or_subject_nothing_is_stated() {
        assertThat(G.duties("ministry-of-culture", Criteria.any().scope("music")).note())
                .contains("the rules state no duty of ministry-of-culture for music");
        assertThat(G.duties("ministry-of-culture").note()).contains("the rules state no duty of ministry-of-culture");
        assertThat(G.reports("ministry-of-culture", Criteria.any().about("accounts")).note())
                .contains("the rules state no reporting line from ministry-of-culture about accounts");
        assertThat(G.reports("ministry-of-culture").note()).contains("the rules state no reporting line from ministry-of-culture");
    }

    @Test
    void should_tell_an_empty_answer_from_one_with_rows() {
        assertThat(G.who("approve", "annual-plan").isEmpty()).isFalse();
        assertThat(G.who("appoint", "vice-chair").isEmpty()).isFalse();
        assertThat(G.duties("ministry-of-culture").isEmpty()).isTrue();
    }
}
