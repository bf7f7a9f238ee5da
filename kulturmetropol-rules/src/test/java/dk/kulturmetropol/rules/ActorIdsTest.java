package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import dk.kulturmetropol.model.ActorRef;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Placement;
import dk.kulturmetropol.model.PostHolding;
import dk.kulturmetropol.model.ReportingLine;
import dk.kulturmetropol.model.Seat;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.pack.Derive;
import org.junit.jupiter.api.Test;

/**
 * An actor is its id, a {@code String}, everywhere in the API: a fact's actor, a row's {@code resolvedTo()} and a
 * seat's member compare with an id by plain {@code equals}, so a comparison that compiles is one that can be true.
 */
class ActorIdsTest {
    @Test
    void should_say_whether_an_actor_bears_a_row_through_a_body_or_post_or_jointly_and_refuse_what_is_not_an_id() {
        Governance g = Governance.kulturmetropolen();
        Row<Duty> approve = g.who("approve", "annual-plan", Criteria.any().scope("music").asOf(LocalDate.of(2022, 3, 1))).rows().get(0);
        assertThat(approve.borneBy("kmk")).isTrue();
        assertThat(approve.borneBy("culture-chief:roskilde")).isTrue();
        // near misses: no member of KMK, and an actor with no part in it
        assertThat(approve.borneBy("culture-committee-chair:roskilde")).isFalse();
        assertThat(approve.borneBy("secretariat")).isFalse();

        Row<Duty> hire = g.who("hire", "project-chief", Criteria.any().scope("music").asOf(LocalDate.of(2022, 3, 1))).rows().stream()
                .filter(r -> r.fact().actor().equals("home-municipality:music")).findFirst().orElseThrow();
        assertThat(hire.borneBy("roskilde")).isTrue();
        assertThat(hire.borneBy("secretariat")).isTrue();
        assertThat(hire.borneBy("ishoej")).isFalse();

        assertThatThrownBy(() -> approve.borneBy("KMK")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'KMK'");
    }

    private static final Governance G = Governance.kulturmetropolen();
    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);
    private static final Validity PERIOD = new Validity(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "the agreement period");

    @Test
    void should_compare_a_rows_actor_its_resolution_and_a_seats_member_with_an_id_by_plain_equals() {
        Row<Duty> approves = G.who("approve", "annual-plan", Criteria.any().scope("music").asOf(DAY)).rows().get(0);
        Row<Duty> answers = G.who("answer-for", "home-municipality-duties", Criteria.any().scope("music").asOf(DAY)).rows().get(0);
        List<Row<Seat>> kmk = G.members("kmk", Criteria.any().asOf(DAY)).rows();

        // the same id, from three places of the API, without AssertJ's typed comparisons
        boolean resolvesToRoskilde = approves.resolvedTo().contains("culture-chief:roskilde");
        boolean actorIsRoskilde = answers.fact().actor().equals("culture-chief:roskilde");
        boolean aMemberIsRoskilde = kmk.stream().anyMatch(r -> r.fact().member().equals("culture-chief:roskilde"));
        assertThat(resolvesToRoskilde).as("who approves music's annual plan resolves to Roskilde's culture chief").isTrue();
        assertThat(actorIsRoskilde).as("Roskilde's culture chief answers to KMK for the home municipality's duties").isTrue();
        assertThat(aMemberIsRoskilde).as("Roskilde's culture chief sits in KMK").isTrue();
        assertThat(approves.fact().actor().equals("kmk")).isTrue();
        Object actor = answers.fact().actor();
        assertThat(actor.equals(answers.resolvedTo().get(0))).as("a row's actor and what it resolves to are the same type").isTrue();
        assertThat(G.members("kmk").map(Seat::member).contains("culture-chief:roskilde")).isTrue();
        assertThat(answers.fact().recipients().contains("kmk")).isTrue();
        assertThat(G.reportingTo("kmk").map(ReportingLine::from).contains("project-chief:music")).isTrue();
        assertThat(G.holders("political-chair", Criteria.any().asOf(DAY)).map(PostHolding::holder)
                .contains("culture-committee-chair:ishoej")).isTrue();
        assertThat(G.where("secretariat").map(Placement::actor).contains("secretariat")).isTrue();
    }

    @Test
    void should_refuse_a_fact_naming_an_actor_that_is_not_an_id_with_actor_refs_message() {
        String expected = "actor role 'Kmk' is not an id: expected ASCII kebab-case such as 'project-chief' (æ, ø, å written ae, oe, aa)";

        assertThatThrownBy(() -> ActorRef.parse("Kmk")).hasMessage(expected);
        assertThatThrownBy(() -> Duty.of("r", "c", "Kmk", "approve", "annual-plan", PERIOD)).hasMessage(expected);
        assertThatThrownBy(() -> Duty.of("r", "c", "kmk", "approve", "annual-plan", PERIOD).to("Kmk")).hasMessage(expected);
        assertThatThrownBy(() -> Duty.of("r", "c", "kmk", "approve", "annual-plan", PERIOD).jointlyWith("secretariat", "Kmk"))
                .hasMessage(expected);
        assertThatThrownBy(() -> new Seat("r", "c", "kmk", "Kmk", Modality.MUST, PERIOD, null)).hasMessage(expected);
        assertThatThrownBy(() -> new PostHolding("r", "c", "political-chair", "Kmk", PERIOD, false, null)).hasMessage(expected);
        assertThatThrownBy(() -> new Placement("r", "c", "Kmk", "ishoej", PERIOD)).hasMessage(expected);
        assertThatThrownBy(() -> ReportingLine.direct("r", "c", "project-chief:music", "Kmk", "realisation", PERIOD)).hasMessage(expected);
        assertThatThrownBy(() -> ReportingLine.direct("r", "c", "project-chief:Music", "kmk", "realisation", PERIOD))
                .hasMessageStartingWith("actor scope 'Music' is not an id");
        assertThatThrownBy(() -> Derive.to("kmk", "Kmk")).hasMessage(expected);
        assertThat(ActorRef.requireActor("project-chief:music")).isEqualTo("project-chief:music");
        assertThat(ActorRef.parse("project-chief:music").role()).isEqualTo("project-chief");
        assertThat(ActorRef.parse("project-chief:music").scope()).isEqualTo("music");
    }

    @Test
    void should_have_no_public_api_that_returns_or_takes_an_actor_ref() throws Exception {
        List<String> packages = List.of("dk.kulturmetropol.model", "dk.kulturmetropol.rules", "dk.kulturmetropol.rules.pack",
                "dk.kulturmetropol.rules.verify");
        List<Class<?>> classes = new ArrayList<>();
        classes.addAll(classesIn(Duty.class, packages));
        classes.addAll(classesIn(Governance.class, packages));
        assertThat(classes).as("the public classes looked at").contains(Duty.class, Seat.class, Row.class, Governance.class, Derive.class)
                .hasSizeGreaterThan(40);

        TreeSet<String> found = new TreeSet<>();
        for (Class<?> c : classes) {
            if (c == ActorRef.class || !Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                    types.add(m.getGenericReturnType());
                    types.stream().filter(ActorIdsTest::namesActorRef).forEach(t -> found.add(c.getName() + "." + m.getName()));
                }
            }
            for (java.lang.reflect.Constructor<?> k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers()) && Stream.of(k.getGenericParameterTypes()).anyMatch(ActorIdsTest::namesActorRef)) {
                    found.add(c.getName() + ".<init>");
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && namesActorRef(f.getGenericType())) {
                    found.add(c.getName() + "." + f.getName());
                }
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (namesActorRef(rc.getGenericType())) {
                        found.add(c.getName() + "." + rc.getName());
                    }
                }
            }
        }

        assertThat(found).as("public members returning or taking an ActorRef").isEmpty();
        assertThat(Duty.class.getRecordComponents()[2].getType()).isEqualTo(String.class);
    }

    private static boolean namesActorRef(Type type) {
        return type.getTypeName().contains(ActorRef.class.getName());
    }

    /** The classes of {@code packages} (not their subpackages) found where {@code anchor} was loaded from. */
    private static List<Class<?>> classesIn(Class<?> anchor, List<String> packages) throws IOException, URISyntaxException,
            ClassNotFoundException {
        URI location = anchor.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path root = Path.of(location);
        List<Class<?>> out = new ArrayList<>();
        if (Files.isDirectory(root)) {
            collect(root, packages, out);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location), Map.of())) {
                collect(jar.getPath("/"), packages, out);
            }
        }
        return out;
    }

    private static void collect(Path root, List<String> packages, List<Class<?>> out) throws IOException, ClassNotFoundException {
        for (String pkg : packages) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> listed = Files.list(dir)) {
                files = listed.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : files) {
                String simple = file.getFileName().toString().replace(".class", "");
                if (!simple.equals("package-info")) {
                    out.add(Class.forName(pkg + "." + simple.replace('/', '.'), false, ActorIdsTest.class.getClassLoader()));
                }
            }
        }
    }
}
