package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Partner;
import dk.kulturmetropol.model.Vocabulary;
import org.junit.jupiter.api.Test;

/** Every id the kommissorium's rules use is in {@link Vocabulary} with its Danish label. */
class VocabularyCoverageTest {

    /** The default agreement with a partner that joins later, so that every rule fires. */
    private static final Governance G = Governance.kulturmetropolen()
            .withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null));

    @Test
    void should_label_every_action_matter_and_subject_the_rules_use() {
        Set<String> unlabelled = new TreeSet<>();
        Stream.of(G.accepted("action"), G.accepted("matter"), G.accepted("subject"), G.accepted("body"))
                .flatMap(Set::stream)
                .filter(id -> Vocabulary.danish(id).isEmpty())
                .forEach(unlabelled::add);

        assertThat(unlabelled).as("ids without a Danish label in Vocabulary").isEmpty();
    }

    @Test
    void should_label_every_role_the_rules_use() {
        Set<String> unlabelled = new TreeSet<>();
        G.accepted("actor").stream().map(ActorRef::parse)
                .filter(a -> !G.agreement().partnerIds().contains(a.id()))
                .filter(a -> a.scope() == null ? !Vocabulary.ROLES.containsKey(a.role()) && !Vocabulary.BODIES.containsKey(a.role())
                        : !Vocabulary.SCOPED_ROLES.containsKey(a.role()))
                .forEach(a -> unlabelled.add(a.id()));

        assertThat(unlabelled).as("roles without a Danish label in Vocabulary").isEmpty();
    }

    @Test
    void should_find_an_unlabelled_id_when_there_is_one() {
        assertThat(Vocabulary.danish("publish")).as("a pack's own id is not in the built-in vocabulary").isEmpty();
        assertThat(Vocabulary.danish("agenda:kmk")).hasValue("dagsordener til møderne i");
    }
}
