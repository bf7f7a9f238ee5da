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
            if (due != null) {
                List<LocalDate> dates = due.kind() == Due.Kind.ON ? List.of(due.date()) : due.occurrencesWithin(d.validity());
                for (LocalDate date : dates) {
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                        all.add(Deadline.dated(date, questions.row(d, within(d.validity(), date)), "due " + due));
                    }
                }
            } else if (d.frequency() != null && d.frequency().min() > 0 && d.frequency().per() == Frequency.Per.YEAR
                    && (ACCOUNTS.contains(d.matter()) || PLANS.contains(d.matter()))) {
                boolean accounts = ACCOUNTS.contains(d.matter());
                for (int year = d.validity().from().getYear(); year <= d.validity().to().getYear(); year++) {
                    int concerns = accounts ? year - 1 : year + 1;
                    LocalDate start = LocalDate.of(year, 1, 1);
                    LocalDate end = LocalDate.of(year, 12, 31);
                    if (!d.validity().contains(start) || !d.validity().contains(end)
                            || concerns < d.validity().from().getYear() || concerns > d.validity().to().getYear()) {
                        continue; // the window, or the year it gives account of or plans, lies outside the duty
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

    /**
     * The deadlines grouped into the annual cycle's items: one per actor (or role, for actors that differ only by scope),
     * action and window, in the deadlines' order; with {@code criteria}, only deadlines for its scope (or for none) and
     * items whose window holds its date.
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
            List<Object> key = java.util.Arrays.asList(role(actor), duty.action(), d.isWindow(), d.start(), d.date());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<CycleItem> items = new ArrayList<>();
        groups.values().forEach(group -> {
            List<String> actors = group.stream().map(d -> actorId(d.row().fact())).distinct().toList();
            String actor = actors.size() == 1 ? actors.get(0) : role(actors.get(0));
            Deadline first = group.get(0);
            items.add(new CycleItem(first.start(), first.date(), actor, first.row().fact().action(), group));
        });
        items.sort(Comparator.comparing(CycleItem::due).thenComparing(i -> String.valueOf(i.actor())).thenComparing(CycleItem::action));
        return List.copyOf(items);
    }

    /**
     * Each item placed on a plan of meetings: on the agenda of the last meeting its body (the item's actor, when it is
     * one of {@code bodies}) has planned inside its window, the one nearest where it falls due (so KMK approves the
     * coming year's plan after the project chiefs have had the year to submit it, not at its first meeting); a body's duty to meet with its planned meetings in the window;
     * listed as having no meeting planned when there is none; and as no body's business when its actor is no body.
     * In the order of the day each is listed under (the meeting's, else the due day), then as the cycle has them.
     */
    static List<AgendaItem> agenda(List<CycleItem> items, List<Meeting> plan, Set<String> bodies) {
        List<Meeting> sorted = plan.stream().sorted(Comparator.comparing(Meeting::date)).toList();
        List<AgendaItem> out = new ArrayList<>();
        for (CycleItem item : items) {
            String body = item.actor();
            if (body == null || !bodies.contains(body)) {
                out.add(new AgendaItem(item, AgendaItem.Status.NOT_A_BODY, List.of()));
                continue;
            }
            List<Meeting> inWindow = sorted.stream().filter(m -> m.body().equals(body) && !m.date().isBefore(item.start())
                    && !m.date().isAfter(item.due())).toList();
            boolean meets = item.action().equals("meet") && body.equals(item.deadlines().get(0).row().fact().matter());
            if (inWindow.isEmpty()) {
                out.add(new AgendaItem(item, AgendaItem.Status.NO_MEETING_PLANNED, List.of()));
            } else if (meets) {
                out.add(new AgendaItem(item, AgendaItem.Status.MEETINGS, inWindow));
            } else {
                out.add(new AgendaItem(item, AgendaItem.Status.ON_AGENDA, List.of(inWindow.get(inWindow.size() - 1))));
            }
        }
        List<AgendaItem> ordered = new ArrayList<>(out);
        ordered.sort(Comparator.comparing(AgendaItem::date));
        return List.copyOf(ordered);
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
