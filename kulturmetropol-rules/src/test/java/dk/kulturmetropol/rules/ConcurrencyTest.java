package dk.kulturmetropol.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dk.kulturmetropol.model.Agreement;
import dk.kulturmetropol.model.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One governance answers the same from many threads as from one, and building new governances from it while it
 * answers neither disturbs it nor yields an answer mixed from two agreements. Answers are compared by their
 * canonical strings ({@link GeneratedAgreementPropertiesTest.Canon}). The smaller check of
 * {@code GovernanceTest.should_answer_the_same_from_many_threads_at_once} stays where it is; this one asks every
 * kind of question with every id, scope and date.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    /** The default agreement with a partner joining late, one leaving early and two vice-chairs, so that dates matter. */
    static Agreement agreement() {
        Agreement a = AgreementYaml.kulturmetropolen()
                .withPartner(new Partner("gladsaxe", "Gladsaxe Kommune", LocalDate.of(2023, 1, 1), null))
                .withPartner(new Partner("lejre", "Lejre Kommune", null, LocalDate.of(2022, 6, 30)));
        return new Agreement(a.name(), a.from(), a.to(), a.partners(), a.focusAreas(), a.chair(), a.secretariatHost(),
                List.of("roskilde", "koege"));
    }

    /** One question, asked of any governance; a refusal is an answer too. */
    record Question(String text, Function<Governance, Answer<?>> asker) {
        String answer(Governance g) {
            try {
                return GeneratedAgreementPropertiesTest.Canon.answer(asker.apply(g));
            } catch (UnknownTermException e) {
                return "refused: " + e.getMessage();
            }
        }
    }

    /** The dates asked about: none (the whole period), the ends of the period and of memberships, each +-1 day, and some others. */
    static final List<LocalDate> DATES = new ArrayList<>();

    static {
        DATES.add(null);
        for (LocalDate d : List.of(START, END, LocalDate.of(2023, 1, 1), LocalDate.of(2022, 6, 30))) {
            DATES.add(d.minusDays(1));
            DATES.add(d);
            DATES.add(d.plusDays(1));
        }
        DATES.add(LocalDate.of(2022, 2, 14));
        DATES.add(LocalDate.of(2024, 2, 29));
        DATES.add(LocalDate.of(2030, 1, 1));
    }

    /** {@code count} questions of every kind, with ids drawn from what {@code g} accepts. */
    static List<Question> questions(Governance g, Random random, int count) {
        List<String> actions = List.copyOf(g.accepted("action"));
        List<String> matters = List.copyOf(g.accepted("matter"));
        List<String> actors = List.copyOf(g.accepted("actor"));
        List<String> scopes = List.copyOf(g.accepted("scope"));
        List<String> posts = List.copyOf(g.accepted("post"));
        List<String> bodies = List.copyOf(g.accepted("body"));
        List<String> subjects = List.copyOf(g.accepted("subject"));
        List<String[]> answered = new ArrayList<>();
        actions.forEach(a -> matters.stream().filter(m -> !g.who(a, m).isEmpty()).forEach(m -> answered.add(new String[] {a, m})));
        List<Question> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = DATES.get(random.nextInt(DATES.size()));
            String scope = random.nextInt(3) == 0 ? null : pick(scopes, random);
            Criteria criteria = new Criteria(scope, date, null);
            questions.add(switch (random.nextInt(6)) {
                case 0 -> {
                    // mostly answered pairs: a random pair is nearly always "no such duty"
                    String[] pair = random.nextInt(5) == 0 ? new String[] {pick(actions, random), pick(matters, random)} : pick(answered, random);
                    String action = pair[0];
                    String matter = pair[1];
                    yield new Question("who " + action + " " + matter + " " + criteria, x -> x.who(action, matter, criteria));
                }
                case 1 -> {
                    String actor = pick(actors, random);
                    yield new Question("duties " + actor + " " + criteria, x -> x.duties(actor, criteria));
                }
                case 2 -> {
                    String actor = pick(actors, random);
                    String subject = random.nextBoolean() ? null : pick(subjects, random);
                    yield new Question("reports " + actor + " " + subject + " " + date, x -> x.reports(actor, Criteria.any().about(subject).asOf(date)));
                }
                case 3 -> {
                    String post = pick(posts, random);
                    yield new Question("holder " + post + " " + date, x -> x.holders(post, Criteria.any().asOf(date)));
                }
                case 4 -> {
                    String body = pick(bodies, random);
                    yield new Question("members " + body + " " + date, x -> x.members(body, Criteria.any().asOf(date)));
                }
                default -> {
                    String actor = pick(actors, random);
                    yield new Question("where " + actor + " " + date, x -> x.where(actor, Criteria.any().asOf(date)));
                }
            });
        }
        return questions;
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    /** The answer to every distinct question, asked one after another on this thread. */
    static Map<String, String> sequentially(Governance g, List<Question> questions) {
        Map<String, String> answers = new HashMap<>();
        for (Question q : questions) {
            answers.computeIfAbsent(q.text(), t -> q.answer(g));
        }
        return answers;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void one_governance_answers_mixed_questions_from_8_threads_as_it_does_from_one() throws Exception {
        Governance g = Governance.of(agreement());
        long seed = new Random().nextLong();
        // 20,000 in the default build, 100,000 in the thorough profile (mvn -B -P thorough verify)
        int count = ThoroughTries.thorough() ? 100_000 : 20_000;
        List<Question> questions = questions(g, new Random(seed), count);
        Map<String, String> expected = sequentially(g, questions);

        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    start.await();
                    int asked = 0;
                    // every thread takes every 8th question, so all threads ask all kinds at once
                    for (int i = first; i < questions.size(); i += THREADS) {
                        Question q = questions.get(i);
                        String answer = q.answer(g);
                        if (!answer.equals(expected.get(q.text()))) {
                            wrong.add(q.text() + "\n  sequential: " + expected.get(q.text()) + "\n  concurrent: " + answer);
                        }
                        asked++;
                    }
                    return asked;
                }));
            }
            start.countDown();
            int asked = 0;
            for (Future<Integer> f : done) {
                asked += f.get(50, TimeUnit.SECONDS);
            }
            assertThat(asked).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }
        assertThat(wrong).as("answers that differ from the sequential run (seed %s)", seed).isEmpty();
    }

    /** A governance built from the shared one, as {@code builder} builds it; {@code index} names which. */
    record Variant(int index, Governance governance) {
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void building_new_governances_while_questions_run_mixes_no_answer_and_leaves_the_old_one_as_it_was() throws Exception {
        Governance old = Governance.of(agreement());
        List<Function<Governance, Governance>> builders = List.of(
                g -> g,
                g -> g.withPartner(new Partner("frederiksberg", "Frederiksberg Kommune", LocalDate.of(2022, 3, 1), LocalDate.of(2024, 6, 30))),
                g -> g.withoutPartner("lejre"),
                g -> g.withAgreement(new Agreement(g.agreement().name(), g.agreement().from(), g.agreement().to(), g.agreement().partners(),
                        g.agreement().focusAreas(), g.agreement().chair(), g.agreement().secretariatHost(), List.of())));
        List<Governance> sequential = builders.stream().map(b -> b.apply(old)).toList();

        // questions over the ids of every variant, so some are refused by some variants
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Question> questions = new ArrayList<>();
        // 500 per variant in the default build, 1,500 in the thorough profile (mvn -B -P thorough verify)
        int perVariant = ThoroughTries.thorough() ? 1_500 : 500;
        sequential.forEach(g -> questions.addAll(questions(g, random, perVariant)));
        List<Map<String, String>> expected = sequential.stream().map(g -> sequentially(g, questions)).toList();
        for (int i = 1; i < expected.size(); i++) {
            assertThat(expected.get(i)).as("variant %s answers otherwise than the old governance", i).isNotEqualTo(expected.get(0));
        }

        AtomicReference<Variant> current = new AtomicReference<>(new Variant(0, old));
        AtomicBoolean building = new AtomicBoolean(true);
        AtomicInteger built = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int first = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int round = first; building.get(); round++) {
                        int index = 1 + round % (builders.size() - 1);
                        current.set(new Variant(index, builders.get(index).apply(old)));
                        built.incrementAndGet();
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < THREADS - 2; t++) {
                int first = t;
                readers.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = first; i < questions.size() * 3; i += THREADS - 2) {
                        Question q = questions.get(i % questions.size());
                        Variant v = current.get();
                        String answer = q.answer(v.governance());
                        String before = expected.get(0).get(q.text());
                        String after = expected.get(v.index()).get(q.text());
                        if (!answer.equals(after)) {
                            wrong.add(q.text() + " on variant " + v.index() + (answer.equals(before) ? " (answered as the old one)" : " (neither old nor new)")
                                    + "\n  expected: " + after + "\n  got:      " + answer);
                        }
                        String fromOld = q.answer(old);
                        if (!fromOld.equals(before)) {
                            wrong.add(q.text() + " on the old governance\n  expected: " + before + "\n  got:      " + fromOld);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> r : readers) {
                r.get(50, TimeUnit.SECONDS);
            }
            building.set(false);
            for (Future<?> b : done) {
                b.get(20, TimeUnit.SECONDS);
            }
        } finally {
            building.set(false);
            pool.shutdownNow();
        }
        assertThat(built.get()).as("governances built while questions ran").isGreaterThan(1);
        assertThat(wrong).as("mixed or changed answers (seed %s)", seed).isEmpty();
        assertThat(old.agreement()).isEqualTo(agreement());
        Map<String, String> after = new LinkedHashMap<>(sequentially(old, questions));
        assertThat(after).as("the old governance, asked again").isEqualTo(expected.get(0));
    }
}
