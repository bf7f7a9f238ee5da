package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.kulturmetropol.model.Condition;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Modality;
import dk.kulturmetropol.model.Sentences;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.internal.Snapshot;

/** Behind {@link Governance#meetings} and {@link Governance#mayDecide}: judged from the rules' typed frequencies. */
final class Meetings {
    private Meetings() {
    }

    static List<MeetingFinding> judge(Snapshot snapshot, List<Meeting> log, LocalDate asOf) {
        Validity period = snapshot.agreement().period();
        List<MeetingFinding> findings = new ArrayList<>();
        for (Duty meet : meetingDuties(snapshot)) {
            String body = meet.matter();
            Frequency f = meet.frequency();
            // every year (or quarter) of the period up to the day judged: a year with nothing in the record is judged too,
            // as the text asks for meetings every year of the period, not only in the years a record happens to cover
            int first = period.from().getYear();
            int last = Math.min(asOf.getYear(), period.to().getYear());
            for (CountedPeriod counted : CountedPeriod.of(f.per(), first, last)) {
                // the days of the year or quarter the agreement and the duty cover: only those are judged
                LocalDate from = latest(counted.from(), period.from(), meet.validity().from());
                LocalDate to = earliest(counted.to(), period.to(), meet.validity().to());
                if (from.isAfter(to) || from.isAfter(asOf)) {
                    continue;
                }
                int held = (int) log.stream().filter(m -> m.body().equals(body) && !m.date().isBefore(from) && !m.date().isAfter(to)
                        && !m.date().isAfter(asOf)).count();
                boolean partial = !from.equals(counted.from()) || !to.equals(counted.to());
                Frequency judgedBy = partial ? proRata(f, counted, from, to) : f;
                MeetingFinding.Status status = status(held, judgedBy, !to.isBefore(asOf));
                findings.add(new MeetingFinding(body, counted.label(), held, MeetingFinding.count(f), status, snapshot.clause(meet.clauseId()), f,
                        from, to, partial ? judgedBy : null));
            }
            log.stream().filter(m -> m.body().equals(body) && !period.contains(m.date()) && !m.date().isAfter(asOf)).forEach(m ->
                    findings.add(new MeetingFinding(body, CountedPeriod.containing(f.per(), m.date()).label(), 1, "not judged",
                            MeetingFinding.Status.OUTSIDE_PERIOD, snapshot.clause(meet.clauseId()))));
        }
        return List.copyOf(findings);
    }

    /**
     * How {@code held} meetings compare with {@code judgedBy}. More than a most is above at once (a meeting held stays
     * held); in a year or quarter still running ({@code running}), fewer than the least is open, the least reached is ok
     * where the text sets no most ("som minimum kvartalsvis": no later meeting can make it wrong) and ok so far where it
     * does ("fire gange årligt" is exact, "en til to gange" has a most: one more may be too many).
     */
    static MeetingFinding.Status status(int held, Frequency judgedBy, boolean running) {
        if (judgedBy.max() != null && held > judgedBy.max()) {
            return MeetingFinding.Status.ABOVE;
        }
        if (held < judgedBy.min()) {
            return running ? MeetingFinding.Status.OPEN : MeetingFinding.Status.BELOW;
        }
        return running && judgedBy.max() != null ? MeetingFinding.Status.OK_SO_FAR : MeetingFinding.Status.OK;
    }

    /**
     * The text's count for a whole year or quarter, read pro rata for the days {@code from}-{@code to} of it (a reading:
     * the text sets no count for a part): at least the whole meetings the share comes to (rounded down), at most the
     * meetings it has begun (rounded up).
     */
    static Frequency proRata(Frequency f, CountedPeriod counted, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long whole = ChronoUnit.DAYS.between(counted.from(), counted.to()) + 1;
        int min = (int) (f.min() * days / whole);
        Integer max = f.max() == null ? null : (int) ((f.max() * days + whole - 1) / whole);
        return new Frequency(f.per(), min, max, f.alsoAsNeeded());
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate ab = a.isAfter(b) ? a : b;
        return ab.isAfter(c) ? ab : c;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate ab = a.isBefore(b) ? a : b;
        return ab.isBefore(c) ? ab : c;
    }

    /** The duties of bodies to meet a counted number of times a year or quarter; "efter behov" alone is not judged. */
    static List<Duty> meetingDuties(Snapshot snapshot) {
        return snapshot.facts().duties().stream()
                .filter(d -> d.action().equals("meet") && d.actor() != null && d.actor().equals(d.matter()) && d.frequency() != null
                        && (d.frequency().per() == Frequency.Per.YEAR || d.frequency().per() == Frequency.Per.QUARTER))
                .toList();
    }

    static Decision mayDecide(Snapshot snapshot, String post, String body, LocalDate date, List<Meeting> log) {
        Optional<Duty> power = snapshot.dutiesTo("decide-on-behalf", body).stream()
                .filter(d -> d.actor() != null && d.actor().equals(post) && d.modality() == Modality.MAY
                        && d.condition() == Condition.BETWEEN_MEETINGS)
                .findFirst();
        if (power.isEmpty()) {
            // a post and a body the question names right, but the power over the body is another post's: no, and whose
            Optional<Duty> other = snapshot.dutiesTo("decide-on-behalf", body).stream()
                    .filter(d -> d.actor() != null && d.modality() == Modality.MAY && d.condition() == Condition.BETWEEN_MEETINGS)
                    .findFirst();
            if (other.isPresent()) {
                return decision(false, "decision.no-power", snapshot.clause(other.get().clauseId()), "actor", post, "body", body,
                        "actor2", other.get().actor());
            }
            List<String> pairs = snapshot.facts().duties().stream()
                    .filter(x -> x.action().equals("decide-on-behalf") && x.actor() != null && x.modality() == Modality.MAY
                            && x.condition() == Condition.BETWEEN_MEETINGS)
                    .map(x -> x.actor() + " " + x.matter()).distinct().sorted().toList();
            throw new UnknownTermException("post and body", post + " " + body, pairs);
        }
        Duty d = power.get();
        var clause = snapshot.clause(d.clauseId());
        Validity period = snapshot.agreement().period();
        if (!period.contains(date)) {
            return decision(false, "decision.outside-period", clause, "date", date.toString(), "period", period.toString());
        }
        List<String> holders = snapshot.holdingsOf(post).stream()
                .filter(h -> h.holder() != null && h.validity().contains(date)).map(h -> h.holder()).toList();
        if (holders.isEmpty()) {
            return decision(false, "decision.no-holder", clause, "post", post, "date", date.toString());
        }
        if (!d.validity().contains(date)) {
            return decision(false, "decision.outside-term", clause, "why", d.validity().whyNotOn(date), "date", date.toString(),
                    "validity", d.validity().toString());
        }
        if (log.stream().anyMatch(m -> m.body().equals(body) && m.date().equals(date))) {
            return decision(false, "decision.meeting-day", clause, "body", body, "date", date.toString(), "actor", post);
        }
        // before the body's first meeting in the record (within the period), "between the meetings" is a reading
        boolean beforeFirst = log.stream().filter(m -> m.body().equals(body) && period.contains(m.date())).map(Meeting::date)
                .min(java.util.Comparator.naturalOrder()).map(date::isBefore).orElse(false);
        return decision(true, log.isEmpty() ? "decision.yes.no-log" : beforeFirst ? "decision.yes.before-first" : "decision.yes", clause, "actor", post,
                "holders", String.join("|", holders), "body", body, "date", date.toString());
    }

    private static Decision decision(boolean answer, String key, dk.kulturmetropol.model.Clause clause, String... namesAndValues) {
        java.util.Map<String, String> parts = Sentences.parts(namesAndValues);
        if (parts.containsKey("body")) {
            // the body's genitive ("på KMK's vegne"), and its short name once named ("styregruppen", "styregruppens vegne")
            parts.put("bodyOf", parts.get("body"));
            parts.put("bodyShort", parts.get("body"));
            parts.put("bodyShortOf", parts.get("body"));
        }
        String reason = Sentences.english().message(key, parts, true);
        parts.put("key", key);
        return new Decision(answer, reason, clause, parts);
    }
}
