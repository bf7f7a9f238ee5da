package dk.kulturmetropol.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dk.kulturmetropol.model.Due;
import dk.kulturmetropol.model.Duty;
import dk.kulturmetropol.model.Frequency;
import dk.kulturmetropol.model.Validity;
import dk.kulturmetropol.rules.internal.Snapshot;

/**
 * Behind {@link Governance#calendar}: what falls due in a window, from the rules' typed deadlines and frequencies. What
 * the text dates falls due on its date. What it asks yearly without a date gets a window, a reading: an account of a
 * year in the year after ("det forudgående års regnskab"), a plan or budget for a year in the year before it begins
 * ("det kommende års årsplan"), a counted duty (meetings) within the year or quarter it counts over; each falls due on
 * the last day of its window, never on a day the text names.
 */
final class Calendar {
    private Calendar() {
    }

    /** Matters that give account of a year: read as due in the year after it ("det forudgående års regnskab"). */
    static final Set<String> ACCOUNTS = Set.of("annual-accounts", "audited-annual-accounts", "secretariat-accounts");

    /** Matters that plan a year: read as due in the year before it begins ("det kommende års årsplan", budget). */
    static final Set<String> PLANS = Set.of("annual-plan", "budget", "budget-proposal");

    static List<Deadline> between(Snapshot snapshot, Questions questions, LocalDate from, LocalDate to) {
        List<Deadline> all = new ArrayList<>();
        for (Duty d : snapshot.facts().duties()) {
            Due due = d.due();
            if (due != null && due.kind() == Due.Kind.AFTER_PERIOD) {
                // the text sets no date: the duty holds once the focus area has ended, read as due within its validity
                LocalDate end = d.validity().to();
                if (!end.isBefore(from) && !end.isAfter(to)) {
                    all.add(new Deadline(end, Deadline.Kind.AFTER_END, questions.row(d, end), "due " + due, d.validity().from(), "",
                            "a reading: the text gives no date; what can be done only once the period ending " + due.date()
                                    + " is over is read as due in the year after, " + d.validity().from() + ".." + end));
                }
            } else if (due != null) {
                List<LocalDate> dates = due.kind() == Due.Kind.ON ? List.of(due.date()) : due.occurrencesWithin(d.validity());
                for (LocalDate date : dates) {
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        all.add(Deadline.dated(date, questions.row(d, within(d.validity(), date)), "due " + due));
                    }
                }
            } else if (yearlyUndated(d) && (ACCOUNTS.contains(d.matter()) || PLANS.contains(d.matter()))) {
                boolean accounts = ACCOUNTS.contains(d.matter());
                for (int year = d.validity().from().getYear(); year <= d.validity().to().getYear(); year++) {
                    int concerns = accounts ? year - 1 : year + 1;
                    LocalDate start = LocalDate.of(year, 1, 1);
                    LocalDate end = LocalDate.of(year, 12, 31);
                    if (!windowHolds(d, year)) {
                        continue; // the window, or the year it gives account of or plans, lies outside the duty
                    }
                    java.util.Optional<Onward> onward = accounts ? onward(snapshot.facts().duties(), d, start, end) : java.util.Optional.empty();
                    if (onward.isPresent()) {
                        // the accounts go on to another bearer's dated deadline inside the year: they are due the day before
                        Onward next = onward.get();
                        LocalDate by = next.date().minusDays(1);
                        Duty o = next.duty();
                        if (!by.isBefore(from) && !by.isAfter(to)) {
                            all.add(new Deadline(by, Deadline.Kind.YEAR_AFTER, questions.row(d, by), "for " + concerns + ", in the year after",
                                    start, String.valueOf(concerns), "a reading: the text gives no date; what accounts for " + concerns
                                    + " is read as due in the year after, " + year + ", and before " + o.actor() + " must " + o.action() + " "
                                    + o.matter() + (o.recipients().isEmpty() ? "" : " to " + String.join(", ", o.recipients())) + " by "
                                    + next.date() + " (" + o.clauseId() + "), so by " + by, questions.row(o, next.date())));
                        }
                        continue;
                    }
                    if (!end.isBefore(from) && !end.isAfter(to)) {
                        all.add(new Deadline(end, accounts ? Deadline.Kind.YEAR_AFTER : Deadline.Kind.YEAR_BEFORE, questions.row(d, end),
                                (accounts ? "for " + concerns + ", in the year after" : "for " + concerns + ", in the year before"),
                                start, String.valueOf(concerns),
                                accounts ? "a reading: the text gives no date; what accounts for " + concerns + " is read as due in the year after, "
                                        + year : "a reading: the text gives no date; what plans " + concerns
                                        + " is read as due before that year begins, in " + year));
                    }
                }
            } else if (d.frequency() != null && d.frequency().min() > 0
                    && (d.frequency().per() == Frequency.Per.YEAR || d.frequency().per() == Frequency.Per.QUARTER)) {
                for (CountedPeriod counted : CountedPeriod.of(d.frequency().per(), d.validity().from().getYear(), d.validity().to().getYear())) {
                    if (counted.to().isBefore(d.validity().from()) || counted.from().isAfter(d.validity().to())) {
                        continue;
                    }
                    LocalDate date = counted.to().isAfter(d.validity().to()) ? d.validity().to() : counted.to();
                    LocalDate start = counted.from().isBefore(d.validity().from()) ? d.validity().from() : counted.from();
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        all.add(new Deadline(date, Deadline.Kind.RECURRING, questions.row(d, date), "counted over " + counted.label(),
                                start, counted.label(), "a reading: the text gives no date within " + counted.label() + "; due by its last day"));
                    }
                }
            }
        }
        all.sort(Comparator.comparing(Deadline::date).thenComparing(x -> x.row().fact().action())
                .thenComparing(x -> x.row().fact().matter()).thenComparing(x -> String.valueOf(x.row().fact().scope())));
        return List.copyOf(all);
    }

    /** A duty the text gives yearly (at least once a year) and no date: the calendar reads a year's window for it. */
    static boolean yearlyUndated(Duty d) {
        return d.due() == null && d.frequency() != null && d.frequency().min() > 0 && d.frequency().per() == Frequency.Per.YEAR;
    }

    /**
     * Whether the window of {@code year} is read for {@code d}, a yearly duty on accounts or plans: the whole year lies in
     * its validity, and so does the year it gives account of (the year before) or plans (the year after); the accounts
     * for a focus area's last year are read in the year after it (chief.duty-4, kmk.tasks-5, a reading), which the
     * validity of {@link Validity#lastYearsAccountsOf} is.
     */
    static boolean windowHolds(Duty d, int year) {
        boolean accounts = ACCOUNTS.contains(d.matter());
        int concerns = accounts ? year - 1 : year + 1;
        Validity v = d.validity();
        boolean lastYears = accounts && v.isForLastYearsAccounts() && concerns == v.from().getYear() - 1;
        return v.contains(LocalDate.of(year, 1, 1)) && v.contains(LocalDate.of(year, 12, 31))
                && (lastYears || concerns >= v.from().getYear() && concerns <= v.to().getYear());
    }

    /**
     * A dated deadline of another bearer's duty on the same accounts, and its date.
     *
     * @param date the day it falls due
     * @param duty the duty
     */
    record Onward(LocalDate date, Duty duty) {
    }

    /**
     * The first dated deadline after {@code start} and up to {@code end} (a year read as the window for the accounts of
     * the year before) of a duty on the same accounts as {@code windowed}, or on the same accounts in the text's other
     * words ({@link dk.kulturmetropol.model.Vocabulary#SAME_THING}), borne by someone else, in its scope or in none: what
     * those accounts go on to. A rule pack's "audited account for the previous year due to Slots- og Kulturstyrelsen each
     * 15 September" is one for the project chiefs' audited accounts (chief.duty-4) and KMK's approval of the year's
     * accounts (kmk.tasks-5): they cannot be handed in after the secretariat has sent them on.
     */
    static java.util.Optional<Onward> onward(List<Duty> duties, Duty windowed, LocalDate start, LocalDate end) {
        List<String> same = new ArrayList<>(dk.kulturmetropol.model.Vocabulary.SAME_THING.getOrDefault(windowed.matter(), List.of()));
        same.add(windowed.matter());
        Onward first = null;
        for (Duty o : duties) {
            if (o.due() == null || o.actor() == null || o.actor().equals(windowed.actor()) || !same.contains(o.matter())
                    || o.due().kind() == Due.Kind.AFTER_PERIOD
                    || o.scope() != null && windowed.scope() != null && !o.scope().equals(windowed.scope())) {
                continue;
            }
            List<LocalDate> dates = o.due().kind() == Due.Kind.ON ? List.of(o.due().date()) : o.due().occurrencesWithin(o.validity());
            for (LocalDate date : dates) {
                if (date.isAfter(start) && !date.isAfter(end) && (first == null || date.isBefore(first.date()))) {
                    first = new Onward(date, o);
                }
            }
        }
        return java.util.Optional.ofNullable(first);
    }

    /**
     * The deadlines grouped into the annual cycle's items: one per actor (or role, for actors that differ only by scope),
     * action and window, by the day they fall due, an approval after the rest of its day (what it approves is handed in
     * first), then by actor and action; with {@code criteria}, only deadlines for its scope (or for none) and items whose
     * window holds its date.
     */
    static List<CycleItem> cycle(List<Deadline> deadlines, Criteria criteria) {
        java.util.Map<List<Object>, List<Deadline>> groups = new java.util.LinkedHashMap<>();
        for (Deadline d : deadlines) {
            Duty duty = d.row().fact();
            String actor = actorId(duty);
            if (criteria.scope() != null && duty.scope() != null && !duty.scope().equals(criteria.scope())
                    && (actor == null || !actor.endsWith(":" + criteria.scope()))) {
                continue;
            }
            if (criteria.asOf() != null && (criteria.asOf().isBefore(d.start()) || criteria.asOf().isAfter(d.date()))) {
                continue;
            }
            // what the text assigns to no one stays one item per scope, in its rule's own sentence
            List<Object> key = java.util.Arrays.asList(role(actor), duty.action(), d.isWindow(), d.start(), d.date(),
                    actor == null ? String.valueOf(duty.scope()) : "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<CycleItem> items = new ArrayList<>();
        groups.values().forEach(group -> {
            List<String> actors = group.stream().map(d -> actorId(d.row().fact())).distinct().toList();
            String actor = actors.size() == 1 ? actors.get(0) : role(actors.get(0));
            Deadline first = group.get(0);
            items.add(new CycleItem(first.start(), first.date(), actor, first.row().fact().action(), group));
        });
        // on one day an approval comes after the rest: the text has what is approved handed in first ("indlevere årsplan
        // ... til KMK", then "KMK godkender ... årsplan")
        items.sort(Comparator.comparing(CycleItem::due).thenComparing(i -> i.action().equals("approve"))
                .thenComparing(i -> String.valueOf(i.actor())).thenComparing(CycleItem::action));
        return List.copyOf(items);
    }

    /**
     * What an approval waits for: the matters whose submission comes before the approval of a matter, read from the text's
     * order ("indlevere årsplan og årligt budgetforslag ... til KMK", then "KMK godkender ... årsplan"; "indsende et
     * revideret årsregnskab", then "KMK godkender det forudgående års regnskab"). A matter also waits for itself.
     */
    static final java.util.Map<String, Set<String>> SUBMITTED_BEFORE = java.util.Map.of(
            "annual-plan", Set.of("annual-plan"),
            "budget", Set.of("budget", "budget-proposal"),
            "annual-accounts", Set.of("annual-accounts", "audited-annual-accounts"));

    /**
     * Each item placed on a plan of meetings, the way a secretariat builds its årshjul. An item is split by the kind of
     * window its deadlines have, so the accounts of the year gone and the plan of the year to come are placed apart. An
     * account of the year gone ({@link Deadline.Kind#YEAR_AFTER}) goes on the agenda of the first meeting its body has
     * planned inside its window, early in the year after; anything else on the last one, nearest where it falls due. An
     * approval that waits for a submission ({@link #SUBMITTED_BEFORE}: of the same year or inside its window, for the same
     * scope) goes on a meeting on or after the submission falls due; when no meeting of its window is, it stays, and the
     * submission is listed as due by that meeting ({@link AgendaItem.Status#DUE_BY_MEETING}): the text's order, submit
     * then approve, is kept either way. A body's duty to meet is listed with its planned meetings in the window; an item
     * whose body has none there is listed as having no meeting planned; one whose actor is no body as no body's business.
     * In the order of the day each is listed under (the meeting's, else the due day; what is due by a meeting before what
     * the meeting does), then as the cycle has them.
     */
    static List<AgendaItem> agenda(List<CycleItem> items, List<Meeting> plan, Set<String> bodies) {
        List<Meeting> sorted = plan.stream().sorted(Comparator.comparing(Meeting::date)).toList();
        List<CycleItem> split = items.stream().flatMap(item -> byKind(item).stream()).toList();
        List<AgendaItem> out = new ArrayList<>();
        for (CycleItem item : split) {
            String body = item.actor();
            if (body == null || !bodies.contains(body)) {
                out.add(new AgendaItem(item, AgendaItem.Status.NOT_A_BODY, List.of()));
                continue;
            }
            List<Meeting> inWindow = meetingsOf(item, sorted);
            boolean meets = item.action().equals("meet") && body.equals(item.deadlines().get(0).row().fact().matter());
            if (inWindow.isEmpty()) {
                out.add(new AgendaItem(item, AgendaItem.Status.NO_MEETING_PLANNED, List.of()));
            } else if (meets) {
                out.add(new AgendaItem(item, AgendaItem.Status.MEETINGS, inWindow));
            } else {
                boolean yearGone = item.deadlines().get(0).kind() == Deadline.Kind.YEAR_AFTER;
                out.add(new AgendaItem(item, AgendaItem.Status.ON_AGENDA, List.of(inWindow.get(yearGone ? 0 : inWindow.size() - 1))));
            }
        }
        // an approval after what it waits for: on a later meeting when there is one, else what it waits for is due by it
        for (int i = 0; i < out.size(); i++) {
            AgendaItem approval = out.get(i);
            if (approval.status() != AgendaItem.Status.ON_AGENDA || !approval.item().action().equals("approve")) {
                continue;
            }
            List<Integer> waitsFor = new ArrayList<>();
            for (int j = 0; j < out.size(); j++) {
                if (approval.item().waitsFor(out.get(j).item())) {
                    waitsFor.add(j);
                }
            }
            if (waitsFor.isEmpty()) {
                continue;
            }
            LocalDate submitted = waitsFor.stream().map(j -> out.get(j).item().due()).max(Comparator.naturalOrder()).orElseThrow();
            Meeting meeting = approval.meeting().orElseThrow();
            if (!meeting.date().isBefore(submitted)) {
                continue;
            }
            java.util.Optional<Meeting> later = meetingsOf(approval.item(), sorted).stream().filter(m -> !m.date().isBefore(submitted)).findFirst();
            if (later.isPresent()) {
                out.set(i, new AgendaItem(approval.item(), AgendaItem.Status.ON_AGENDA, List.of(later.get())));
                continue;
            }
            for (int j : waitsFor) {
                AgendaItem submission = out.get(j);
                boolean placed = submission.status() == AgendaItem.Status.ON_AGENDA || submission.status() == AgendaItem.Status.MEETINGS;
                boolean earlier = submission.status() == AgendaItem.Status.DUE_BY_MEETING && !submission.date().isAfter(meeting.date());
                if (!placed && !earlier) {
                    out.set(j, new AgendaItem(submission.item(), AgendaItem.Status.DUE_BY_MEETING, List.of(meeting)));
                }
            }
        }
        List<AgendaItem> ordered = new ArrayList<>(out);
        ordered.sort(Comparator.comparing(AgendaItem::date).thenComparing(a -> a.status() != AgendaItem.Status.DUE_BY_MEETING));
        return List.copyOf(ordered);
    }

    /** The item's body's meetings inside its window, in order. */
    private static List<Meeting> meetingsOf(CycleItem item, List<Meeting> sorted) {
        return sorted.stream().filter(m -> m.body().equals(item.actor()) && !m.date().isBefore(item.start())
                && !m.date().isAfter(item.due())).toList();
    }

    /** The item as one item per kind of window its deadlines have (the year gone's accounts, the coming year's plan). */
    private static List<CycleItem> byKind(CycleItem item) {
        java.util.Map<Deadline.Kind, List<Deadline>> kinds = new java.util.LinkedHashMap<>();
        item.deadlines().forEach(d -> kinds.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));
        return kinds.size() == 1 ? List.of(item) : kinds.values().stream()
                .map(group -> new CycleItem(item.start(), item.due(), item.actor(), item.action(), group)).toList();
    }

    /**
     * Whether {@code approval} (an approval) waits for {@code submission} (a submission): one of its matters waits for one the submission hands in
     * ({@link #SUBMITTED_BEFORE}), for the same scope (or neither has one), concerning the same year, or, where either
     * is dated, handed in inside the approval's window.
     */
    static boolean waitsFor(CycleItem approval, CycleItem submission) {
        if (!approval.action().equals("approve") || !submission.action().equals("submit")) {
            return false;
        }
        for (Deadline a : approval.deadlines()) {
            Set<String> before = SUBMITTED_BEFORE.getOrDefault(a.row().fact().matter(), Set.of());
            for (Deadline s : submission.deadlines()) {
                Duty approving = a.row().fact();
                Duty submitting = s.row().fact();
                boolean sameYear = !a.concerns().isEmpty() && !s.concerns().isEmpty() ? a.concerns().equals(s.concerns())
                        : !s.date().isBefore(approval.start()) && !s.date().isAfter(approval.due());
                if (before.contains(submitting.matter()) && java.util.Objects.equals(approving.scope(), submitting.scope()) && sameYear) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The id of the duty's bearer, or {@code null} when the text names no one. */
    static String actorId(Duty duty) {
        return duty.actor();
    }

    /** The role of an actor id: {@code project-chief} for {@code project-chief:music}; {@code ""} for no one. */
    static String role(String actorId) {
        return actorId == null ? "" : actorId.contains(":") ? actorId.substring(0, actorId.indexOf(':')) : actorId;
    }

    /** The day to resolve a deadline's actors on: the deadline, or the last day the duty holds when it falls after. */
    private static LocalDate within(Validity v, LocalDate date) {
        return v.contains(date) ? date : date.isAfter(v.to()) ? v.to() : v.from();
    }
}
