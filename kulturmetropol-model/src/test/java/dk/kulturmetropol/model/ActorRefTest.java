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
}
