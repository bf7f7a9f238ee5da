package dk.kulturmetropol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorRefTest {

    @Test
    void should_build_scoped_and_unscoped_actors() {
        // when
        ActorRef scoped = ActorRef.of("project-chief", "music");
        ActorRef unscoped = ActorRef.of("kmk");

        // then
        assertThat(scoped.role()).isEqualTo("project-chief");
        assertThat(scoped.scope()).isEqualTo("music");
        assertThat(unscoped.scope()).isNull();
    }

    @Test
    void should_write_its_id_as_role_or_role_and_scope() {
        assertThat(ActorRef.of("project-chief", "music").id()).isEqualTo("project-chief:music");
        assertThat(ActorRef.of("project-chief", "music")).hasToString("project-chief:music");
        assertThat(ActorRef.of("kmk")).hasToString("kmk");
    }

    @Test
    void should_refuse_a_role_or_scope_that_is_not_kebab_case() {
        assertThatThrownBy(() -> ActorRef.of("Project-chief"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("actor role 'Project-chief' is not an id");
        assertThatThrownBy(() -> ActorRef.of("project-chief", "Musik"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("actor scope 'Musik' is not an id");
        assertThatThrownBy(() -> ActorRef.of(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("actor role 'null' is not an id");
    }

    @Test
    void should_read_an_empty_role_before_the_colon_as_an_empty_role() {
        assertThatThrownBy(() -> ActorRef.parse(":music"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("actor role '' is not an id");
        assertThatThrownBy(() -> ActorRef.parse("kmk:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("actor scope '' is not an id");
    }

    @Test
    void should_tell_ids_from_other_text() {
        assertThat(ActorRef.isId("culture-and-health")).isTrue();
        assertThat(ActorRef.isId("a1-b2")).isTrue();
        assertThat(ActorRef.isId("-music")).isFalse();
        assertThat(ActorRef.isId("music-")).isFalse();
        assertThat(ActorRef.isId("")).isFalse();
        assertThat(ActorRef.isId(null)).isFalse();
    }

    @Test
    void should_read_an_actor_as_answers_print_it_whichever_factory_is_used() {
        assertThat(ActorRef.of("partner-municipality:albertslund")).isEqualTo(ActorRef.parse("partner-municipality:albertslund"))
                .isEqualTo(ActorRef.of("partner-municipality", "albertslund"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActorRef.of("partner-municipality:Albertslund"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Albertslund'");
    }

    /** isId reads a character at a time the language of the regular expression it documents: the two agree on any text. */
    @net.jqwik.api.Property(tries = 2000)
    void an_id_is_what_the_kebab_case_expression_matches(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.Chars({'a', 'z', '0', '9', '-', 'A', 'æ', ':', ' '})
            @net.jqwik.api.constraints.StringLength(max = 8) String text) {
        assertThat(ActorRef.isId(text)).as("'%s'", text).isEqualTo(text.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @org.junit.jupiter.api.Test
    void an_id_has_no_double_hyphen_and_no_letter_outside_ascii_lower_case() {
        assertThat(ActorRef.isId("a--b")).isFalse();
        assertThat(ActorRef.isId("-")).isFalse();
        assertThat(ActorRef.isId("a-b-c9")).isTrue();
        assertThat(ActorRef.isId("Music")).isFalse();
        assertThat(ActorRef.isId("køge")).isFalse();
        assertThat(ActorRef.isId("a b")).isFalse();
        assertThat(ActorRef.isId("`")).isFalse();
        assertThat(ActorRef.isId("{")).isFalse();
        assertThat(ActorRef.isId("/")).isFalse();
        assertThat(ActorRef.isId(":")).isFalse();
    }
}
